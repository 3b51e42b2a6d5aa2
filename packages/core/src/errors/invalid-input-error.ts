import { MedslmError } from "./medslm-error.js";

export interface InvalidInputErrorOptions {
  /** Which input was wrong, e.g. "question" or "context.age". */
  field: string;
  /** Why, in words a user understands. */
  reason: string;
  cause?: unknown;
}

/** Input the SDK refuses to send to a model: empty, too large, binary, malformed. */
export class InvalidInputError extends MedslmError {
  static readonly code = "INVALID_INPUT";
  readonly field: string;
  readonly reason: string;

  constructor(options: InvalidInputErrorOptions) {
    super(InvalidInputError.code, {
      message: `Invalid ${options.field}: ${options.reason}`,
      cause: options.cause
    });
    this.name = "InvalidInputError";
    this.field = options.field;
    this.reason = options.reason;
  }
}
