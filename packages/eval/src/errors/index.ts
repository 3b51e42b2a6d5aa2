export { EvalDataError, type EvalDataErrorOptions } from "./eval-data-error.js";
export { EvalDataEmptyError } from "./eval-data-empty-error.js";
export { EvalDataNotFoundError } from "./eval-data-not-found-error.js";
export { EvalRunError } from "./eval-run-error.js";
