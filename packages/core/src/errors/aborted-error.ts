import { MedslmError } from "./medslm-error.js";

/** The caller aborted the request through its AbortSignal. */
export class AbortedError extends MedslmError {
  static readonly code = "ABORTED";

  constructor(options: { cause?: unknown } = {}) {
    super(AbortedError.code, { message: "The request was aborted.", cause: options.cause });
    this.name = "AbortedError";
  }
}
