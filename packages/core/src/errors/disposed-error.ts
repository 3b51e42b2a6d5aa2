import { MedslmError } from "./medslm-error.js";

/** A backend or session was used after dispose(). */
export class DisposedError extends MedslmError {
  static readonly code = "DISPOSED";

  constructor(options: { what: string }) {
    super(DisposedError.code, { message: `The ${options.what} was disposed; create a new one.` });
    this.name = "DisposedError";
  }
}
