// Public API of @medslm/core. The embedded (node-llama-cpp) backend is on "@medslm/core/embedded".
export * from "./errors/index.js";

export {
  defaultPromptTemplate,
  renderContext,
  renderPrompt,
  type ConversationTurn,
  type PatientContext,
  type PromptInput,
  type PromptTemplate
} from "./template/prompt-template.js";
export { generateModelfile, type ModelfileOptions } from "./template/modelfile.js";

export type {
  BackendCapabilities,
  BackendHealth,
  BackendKind,
  BackendModelInfo,
  BackendStreamPart,
  FinishReason,
  GenerateOptions,
  GenerateResult,
  ModelBackend,
  Usage
} from "./backend/model-backend.js";
export { StopSequenceFilter } from "./backend/stop-sequences.js";
export {
  createOllamaBackend,
  normalizeOllamaHost,
  DEFAULT_OLLAMA_HOST,
  type OllamaBackend,
  type OllamaBackendOptions,
  type OllamaCreateModelOptions,
  type OllamaModelDetails,
  type OllamaProgress
} from "./backend/ollama-backend.js";
export { ollamaPullHint, OLLAMA_START_HINT } from "./backend/ollama-errors.js";
export { parseModelfile, type ParsedModelfile } from "./backend/ollama-modelfile-parser.js";
export {
  createOpenAICompatibleBackend,
  normalizeBaseURL,
  type ChoiceMode,
  type OpenAICompatibleBackend,
  type OpenAICompatibleBackendOptions
} from "./backend/openai-compatible-backend.js";
export { OPENAI_START_HINT } from "./backend/openai-compatible-errors.js";
export {
  DEFAULT_OLLAMA_MODEL,
  selectBackend,
  type SelectBackendOptions,
  type SelectedBackend
} from "./backend/select-backend.js";

export { AnswerStream, type AnswerPart, type AnswerResult, type AnswerTimings } from "./chat/answer-stream.js";
export { createJsonLinesAuditLog, type AuditRecord } from "./chat/audit.js";
export {
  createMedslm,
  Medslm,
  MedslmConversation,
  type AskOptions,
  type GenerationSettings,
  type MedslmOptions
} from "./chat/medslm.js";

export * from "./safety/index.js";
