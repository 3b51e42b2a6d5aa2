import { MedslmError } from "@medslm/core";

export interface EvalDataErrorOptions {
  /** The data file, as the user gave it. */
  file: string;
  /** 1-based line number (JSONL) or record key (JSON objects), when the problem is in one record. */
  line?: number;
  /** Record id or key, for JSON files keyed by id. */
  record?: string;
  /** What is wrong, in words the user can act on. */
  reason: string;
  cause?: unknown;
}

/** A data file has a malformed line or record (bad JSON, a missing or wrong field). */
export class EvalDataError extends MedslmError {
  static readonly code = "EVAL_DATA";
  readonly file: string;
  readonly line: number | undefined;
  readonly record: string | undefined;
  readonly reason: string;

  constructor(options: EvalDataErrorOptions) {
    const where = options.line !== undefined ? `${options.file}:${options.line}` : options.record !== undefined ? `${options.file} (record "${options.record}")` : options.file;
    super(EvalDataError.code, {
      message: `Bad evaluation data at ${where}: ${options.reason} See packages/eval/README.md for the expected format.`,
      cause: options.cause
    });
    this.name = "EvalDataError";
    this.file = options.file;
    this.line = options.line;
    this.record = options.record;
    this.reason = options.reason;
  }
}
