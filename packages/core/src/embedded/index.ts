/**
 * `@medslm/core/embedded`: the node-llama-cpp backend. A subpath of its own so that importing
 * `@medslm/core` never loads a native module.
 */
export {
  createEmbeddedBackend,
  type EmbeddedBackend,
  type EmbeddedBackendOptions,
  type EmbeddedLoadProgress
} from "./embedded-backend.js";
export { DEFAULT_MODEL_PACKAGE, defaultModelPath } from "./default-model.js";
export { validateGgufFile } from "./gguf-file.js";
export { defaultThreads, describeEmbeddedRuntime, type EmbeddedGpu, type EmbeddedRuntimeInfo } from "./llama-runtime.js";
export { isRemoteModelAddress, listCachedModels, modelCacheDir } from "./model-cache.js";
