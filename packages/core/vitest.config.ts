import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Native model tests share two cores; forks keep llama.cpp state per file.
    pool: "forks",
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Provides tinyGgufPath (a GGUF built by the project's own code) to the native embedded tests.
    globalSetup: ["./test-support/tiny-gguf.ts"]
  }
});
