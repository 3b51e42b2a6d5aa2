import { MedslmError } from "./medslm-error.js";

/** The rendered prompt does not fit in the model's context window. */
export class ContextTooLongError extends MedslmError {
  static readonly code = "CONTEXT_TOO_LONG";
  readonly promptTokens: number | undefined;
  readonly contextSize: number | undefined;

  constructor(options: { promptTokens?: number; contextSize?: number; cause?: unknown }) {
    const sizes =
      options.promptTokens !== undefined && options.contextSize !== undefined
        ? ` (${options.promptTokens} tokens, the model holds ${options.contextSize})`
        : "";
    super(ContextTooLongError.code, {
      message: `The question and conversation are too long for the model${sizes}. Shorten the question, start a new conversation, or use a model with a larger context.`,
      cause: options.cause
    });
    this.name = "ContextTooLongError";
    this.promptTokens = options.promptTokens;
    this.contextSize = options.contextSize;
  }
}
