import { MedslmError } from "./medslm-error.js";

/** The backend answered, but with an error or with a response the SDK cannot read. */
export class BackendResponseError extends MedslmError {
  static readonly code = "BACKEND_RESPONSE";
  readonly backend: string;
  readonly status: number | undefined;

  constructor(options: { backend: string; detail: string; status?: number; cause?: unknown; isRetryable?: boolean }) {
    super(BackendResponseError.code, {
      message: `The ${options.backend} backend returned an error: ${options.detail}`,
      cause: options.cause,
      isRetryable: options.isRetryable ?? false
    });
    this.name = "BackendResponseError";
    this.backend = options.backend;
    this.status = options.status;
  }
}
