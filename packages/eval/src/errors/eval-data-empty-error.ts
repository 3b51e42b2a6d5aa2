import { MedslmError } from "@medslm/core";

/** A data file exists but holds no items. */
export class EvalDataEmptyError extends MedslmError {
  static readonly code = "EVAL_DATA_EMPTY";
  readonly file: string;

  constructor(options: { file: string }) {
    super(EvalDataEmptyError.code, {
      message: `The evaluation data file ${options.file} has no items. Check that it is the right file and that it is not truncated.`
    });
    this.name = "EvalDataEmptyError";
    this.file = options.file;
  }
}
