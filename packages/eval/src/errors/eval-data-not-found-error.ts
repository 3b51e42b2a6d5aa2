import { MedslmError } from "@medslm/core";

/** A data file (or run directory) the user named does not exist or cannot be read. */
export class EvalDataNotFoundError extends MedslmError {
  static readonly code = "EVAL_DATA_NOT_FOUND";
  readonly file: string;

  constructor(options: { file: string; cause?: unknown }) {
    super(EvalDataNotFoundError.code, {
      message: `Cannot read ${options.file}: no such file, or it is not readable. Check the path (it is resolved from the current directory).`,
      cause: options.cause
    });
    this.name = "EvalDataNotFoundError";
    this.file = options.file;
  }
}
