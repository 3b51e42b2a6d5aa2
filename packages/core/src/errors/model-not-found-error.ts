import { MedslmError } from "./medslm-error.js";

export interface ModelNotFoundErrorOptions {
  backend: string;
  model: string;
  hint: string;
  cause?: unknown;
}

/** The backend is up but does not have the model asked for. */
export class ModelNotFoundError extends MedslmError {
  static readonly code = "MODEL_NOT_FOUND";
  readonly backend: string;
  readonly model: string;

  constructor(options: ModelNotFoundErrorOptions) {
    super(ModelNotFoundError.code, {
      message: `Model "${options.model}" was not found on the ${options.backend} backend. ${options.hint}`,
      cause: options.cause
    });
    this.name = "ModelNotFoundError";
    this.backend = options.backend;
    this.model = options.model;
  }
}
