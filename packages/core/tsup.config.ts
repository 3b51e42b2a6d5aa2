import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "embedded/index": "src/embedded/index.ts" },
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  // node-llama-cpp is a native, optional peer: never bundle it.
  external: ["node-llama-cpp"]
});
