/**
 * `@medslm/core/embedded`: the node-llama-cpp backend. A subpath of its own so that importing
 * `@medslm/core` never loads a native module.
 */
export {
  createEmbeddedBackend,
  defaultThreads,
  type EmbeddedBackend,
  type EmbeddedBackendOptions,
  type EmbeddedLoadProgress
} from "./embedded-backend.js";
export { DEFAULT_MODEL_PACKAGE, defaultModelPath } from "./default-model.js";
export { validateGgufFile } from "./gguf-file.js";
export type { EmbeddedGpu } from "./llama-runtime.js";
export { isRemoteModelAddress, listCachedModels, modelCacheDir } from "./model-cache.js";
