/**
 * The contract every model backend implements (one file per backend). The SDK renders the prompt
 * itself, so every backend receives the same text and only generates a continuation of it.
 */

export type BackendKind = "ollama" | "embedded" | "openai-compatible";

export interface GenerateOptions {
  /** The fully rendered prompt (see renderPrompt). Backends send it raw, with no template of their own. */
  prompt: string;
  /** Generation stops before any of these strings; they are never part of the output. */
  stop?: readonly string[];
  temperature?: number;
  topP?: number;
  /** Upper bound on generated tokens. */
  maxTokens?: number;
  seed?: number;
  /**
   * Restrict the answer to exactly one of these strings (constrained/grammar decoding) where the
   * backend supports it; backends that cannot constrain generate freely and say so in `capabilities`.
   */
  choices?: readonly string[];
  abortSignal?: AbortSignal;
}

export type FinishReason = "stop" | "length" | "abort" | "error";

export interface Usage {
  promptTokens: number | undefined;
  completionTokens: number | undefined;
}

export type BackendStreamPart =
  | { type: "text-delta"; text: string }
  | { type: "finish"; finishReason: FinishReason; usage: Usage };

export interface GenerateResult {
  text: string;
  finishReason: FinishReason;
  usage: Usage;
}

export interface BackendCapabilities {
  /** Whether `choices` is enforced by the backend (grammar/constrained decoding). */
  constrainedChoices: boolean;
}

export interface BackendModelInfo {
  name: string;
  sizeBytes?: number;
  modifiedAt?: string;
  details?: Record<string, unknown>;
}

export interface BackendHealth {
  ok: boolean;
  /** Version of the server or library, when known. */
  version?: string;
  /** Whether the configured model is present (undefined: not checked). */
  modelAvailable?: boolean;
  /** What to do when not ok, one sentence. */
  hint?: string;
}

export interface ModelBackend extends AsyncDisposable {
  readonly specificationVersion: "v1";
  readonly provider: BackendKind;
  readonly modelId: string;
  readonly capabilities: BackendCapabilities;
  /** Stream a continuation of `options.prompt`. Throws typed MedslmErrors; aborting ends with AbortedError. */
  doStream(options: GenerateOptions): AsyncIterable<BackendStreamPart>;
  doGenerate(options: GenerateOptions): Promise<GenerateResult>;
  /** Cheap reachability check, never throws. */
  checkHealth(options?: { abortSignal?: AbortSignal }): Promise<BackendHealth>;
  listModels(options?: { abortSignal?: AbortSignal }): Promise<BackendModelInfo[]>;
  /** Releases sockets, native memory and loaded models. Safe to call twice. */
  dispose(): Promise<void>;
  readonly disposed: boolean;
}
