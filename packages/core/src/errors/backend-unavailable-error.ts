import { MedslmError } from "./medslm-error.js";

export interface BackendUnavailableErrorOptions {
  backend: string;
  /** Where the backend was looked for (a URL or a path). */
  location?: string;
  /** What the user should do, one sentence. */
  hint: string;
  cause?: unknown;
}

/** The backend could not be reached or started. */
export class BackendUnavailableError extends MedslmError {
  static readonly code = "BACKEND_UNAVAILABLE";
  readonly backend: string;
  readonly location: string | undefined;

  constructor(options: BackendUnavailableErrorOptions) {
    const where = options.location ? ` at ${options.location}` : "";
    super(BackendUnavailableError.code, {
      message: `The ${options.backend} backend is not reachable${where}. ${options.hint}`,
      cause: options.cause,
      isRetryable: true
    });
    this.name = "BackendUnavailableError";
    this.backend = options.backend;
    this.location = options.location;
  }
}
