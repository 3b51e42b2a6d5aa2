const marker = Symbol.for("medslm.error");

export interface MedslmErrorOptions {
  message: string;
  cause?: unknown;
  /** True when the same call may succeed if tried again later. */
  isRetryable?: boolean;
}

/**
 * Base class of every error the SDK throws. `code` is stable across versions; `message`
 * tells the user what to do. Use `MedslmError.isInstance(e)` rather than `instanceof`, which
 * fails when two copies of the package are installed.
 */
export class MedslmError extends Error {
  readonly [marker] = true;
  readonly code: string;
  readonly isRetryable: boolean;

  constructor(code: string, options: MedslmErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "MedslmError";
    this.code = code;
    this.isRetryable = options.isRetryable ?? false;
  }

  static isInstance(error: unknown): error is MedslmError {
    return typeof error === "object" && error !== null && marker in error;
  }

  toJSON(): { name: string; code: string; message: string } {
    return { name: this.name, code: this.code, message: this.message };
  }
}
