import { MedslmError } from "./medslm-error.js";

export type SafetyInputProblem = "not-string" | "empty" | "too-long" | "binary";

export interface SafetyInputErrorOptions {
  problem: SafetyInputProblem;
  /** Why, in words a user understands. */
  reason: string;
  cause?: unknown;
}

/**
 * Text the safety pipeline will not judge: not a string, empty, over the configured size limit,
 * or binary data. Callers must not send such input to a model either.
 */
export class SafetyInputError extends MedslmError {
  static readonly code = "SAFETY_INPUT";
  readonly problem: SafetyInputProblem;

  constructor(options: SafetyInputErrorOptions) {
    super(SafetyInputError.code, {
      message: `The safety check refused this message (${options.problem}): ${options.reason}`,
      cause: options.cause
    });
    this.name = "SafetyInputError";
    this.problem = options.problem;
  }

  override toJSON(): { name: string; code: string; message: string; problem: SafetyInputProblem } {
    return { ...super.toJSON(), problem: this.problem };
  }
}
