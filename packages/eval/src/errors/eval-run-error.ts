import { MedslmError } from "@medslm/core";

/**
 * A run directory cannot be used as asked: resuming with a different suite, data file, model
 * or seed; starting over a finished run without --resume or --overwrite; comparing different suites.
 */
export class EvalRunError extends MedslmError {
  static readonly code = "EVAL_RUN";
  readonly dir: string;

  constructor(options: { dir: string; reason: string; cause?: unknown }) {
    super(EvalRunError.code, { message: `Run ${options.dir}: ${options.reason}`, cause: options.cause });
    this.name = "EvalRunError";
    this.dir = options.dir;
  }
}
