import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // End-to-end tests load a GGUF through llama.cpp; one fork at a time on two cores.
    pool: "forks",
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Provides tinyGgufPath: the project's tiny GGUF ($MEDSLM_TEST_GGUF, @medslm/model-tiny, or built once).
    globalSetup: ["../core/test-support/tiny-gguf.ts"]
  }
});
