import { MedslmError } from "./medslm-error.js";

/** The backend did not answer within the configured time. */
export class MedslmTimeoutError extends MedslmError {
  static readonly code = "TIMEOUT";
  readonly timeoutMs: number;

  constructor(options: { timeoutMs: number; what: string; cause?: unknown }) {
    super(MedslmTimeoutError.code, {
      message: `${options.what} took longer than ${options.timeoutMs} ms. Try again, use a smaller model, or raise the timeout.`,
      cause: options.cause,
      isRetryable: true
    });
    this.name = "MedslmTimeoutError";
    this.timeoutMs = options.timeoutMs;
  }
}
