import { defineConfig } from "vitest/config";

// Two projects, as node-llama-cpp splits its tests: `*.model.test.ts` loads a real (tiny) GGUF
// through the native runtime and needs the fixture; the rest needs no model file.
export default defineConfig({
  test: {
    // Builds dist/bin.js when it is older than the sources: the tests run the binary.
    globalSetup: ["src/testing/global-setup.ts"],
    pool: "forks",
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: { name: "cli", include: ["src/**/*.test.ts"], exclude: ["src/**/*.model.test.ts"] }
      },
      {
        extends: true,
        test: {
          name: "model",
          include: ["src/**/*.model.test.ts"],
          globalSetup: ["src/testing/global-setup.ts", "../../packages/core/test-support/tiny-gguf.ts"],
          testTimeout: 300_000
        }
      }
    ]
  }
});
