import { MedslmError } from "./medslm-error.js";

/** A model file that is missing, truncated or not a GGUF. */
export class InvalidModelFileError extends MedslmError {
  static readonly code = "INVALID_MODEL_FILE";
  readonly path: string;

  constructor(options: { path: string; reason: string; cause?: unknown }) {
    super(InvalidModelFileError.code, {
      message: `Cannot load the model file ${options.path}: ${options.reason}. Check the path, or download the file again.`,
      cause: options.cause
    });
    this.name = "InvalidModelFileError";
    this.path = options.path;
  }
}
