import type { BackendStreamPart, GenerateOptions, GenerateResult, ModelBackend } from "@medslm/core";

/**
 * Passes every call to the real backend, adding `choices` for constrained decoding and keeping
 * what the evaluation must record: the exact prompt the SDK sent (after PHI redaction and the
 * template) and when tokens came. The SDK path is unchanged; this only watches it.
 */
export class RecordingBackend implements ModelBackend {
  readonly specificationVersion = "v1" as const;
  prompt: string | null = null;
  firstDeltaAt: number | undefined;
  lastDeltaAt: number | undefined;
  deltas = 0;
  completionTokens: number | undefined;

  constructor(
    private readonly inner: ModelBackend,
    private readonly choices: readonly string[] | undefined
  ) {}

  get provider(): ModelBackend["provider"] {
    return this.inner.provider;
  }
  get modelId(): string {
    return this.inner.modelId;
  }
  get capabilities(): ModelBackend["capabilities"] {
    return this.inner.capabilities;
  }
  get disposed(): boolean {
    return this.inner.disposed;
  }

  private withChoices(options: GenerateOptions): GenerateOptions {
    this.prompt = options.prompt;
    return this.choices ? { ...options, choices: this.choices } : options;
  }

  async *doStream(options: GenerateOptions): AsyncIterable<BackendStreamPart> {
    for await (const part of this.inner.doStream(this.withChoices(options))) {
      if (part.type === "text-delta" && part.text) {
        const now = performance.now();
        this.firstDeltaAt ??= now;
        this.lastDeltaAt = now;
        this.deltas++;
      } else if (part.type === "finish") {
        this.completionTokens = part.usage.completionTokens;
      }
      yield part;
    }
  }

  doGenerate(options: GenerateOptions): Promise<GenerateResult> {
    return this.inner.doGenerate(this.withChoices(options));
  }
  checkHealth(options?: { abortSignal?: AbortSignal }): ReturnType<ModelBackend["checkHealth"]> {
    return this.inner.checkHealth(options);
  }
  listModels(options?: { abortSignal?: AbortSignal }): ReturnType<ModelBackend["listModels"]> {
    return this.inner.listModels(options);
  }

  /** The run owns the real backend; a per-item client must never dispose it. */
  async dispose(): Promise<void> {}
  async [Symbol.asyncDispose](): Promise<void> {}

  /** Generation speed after the first token, at the backend (tokens per second). */
  tokensPerSecond(): number | null {
    const tokens = this.completionTokens ?? this.deltas;
    if (this.firstDeltaAt === undefined || this.lastDeltaAt === undefined || tokens < 2) return null;
    const seconds = (this.lastDeltaAt - this.firstDeltaAt) / 1000;
    return seconds > 0 ? (tokens - 1) / seconds : null;
  }
}
