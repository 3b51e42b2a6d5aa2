import { MedslmError } from "@medslm/core";
import { UsageError } from "./usage-error.js";

/**
 * The exit codes `medslm` uses. They are part of the CLI's interface (scripts branch on them):
 * documented in README.md and in `--help`'s epilog; never renumber one.
 */
export const ExitCode = {
  ok: 0,
  /** Anything else that went wrong at run time (a backend error, a timeout, a bug). */
  runtimeError: 1,
  /** Bad flags or arguments, or input the SDK rejects (empty question, malformed --context). */
  usageError: 2,
  /** No backend could be reached or started (Ollama down, native runtime missing, nothing configured). */
  backendUnavailable: 3,
  /** The backend is up but the model is missing, or the GGUF file is unreadable. */
  modelNotFound: 4,
  /** `ask` only: the safety pipeline refused the question; no model was called. */
  refused: 5,
  /** Interrupted with Ctrl-C (128 + SIGINT, as shells do). */
  interrupted: 130
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

const byErrorCode: Record<string, ExitCodeValue> = {
  INVALID_INPUT: ExitCode.usageError,
  SAFETY_INPUT: ExitCode.usageError,
  BACKEND_UNAVAILABLE: ExitCode.backendUnavailable,
  MODEL_NOT_FOUND: ExitCode.modelNotFound,
  INVALID_MODEL_FILE: ExitCode.modelNotFound,
  ABORTED: ExitCode.interrupted,
  // @medslm/eval: a bad data file or run folder is the user's input.
  EVAL_DATA: ExitCode.usageError,
  EVAL_DATA_EMPTY: ExitCode.usageError,
  EVAL_DATA_NOT_FOUND: ExitCode.usageError,
  EVAL_RUN: ExitCode.usageError
};

export function exitCodeFor(error: unknown): ExitCodeValue {
  if (MedslmError.isInstance(error)) return byErrorCode[error.code] ?? ExitCode.runtimeError;
  if (error instanceof UsageError) return ExitCode.usageError;
  return ExitCode.runtimeError;
}

/** The epilog of `medslm --help`: the same table as the README. */
export const exitCodesHelp = [
  "Exit codes:",
  "  0    ok",
  "  1    runtime error (backend error, timeout, unexpected failure)",
  "  2    usage error (bad flags or arguments, invalid input)",
  "  3    backend unavailable (Ollama not running, native runtime missing)",
  "  4    model not found (missing Ollama model, unreadable GGUF)",
  "  5    refused: the safety checks declined the question (ask)",
  "  130  interrupted (Ctrl-C)"
].join("\n");
