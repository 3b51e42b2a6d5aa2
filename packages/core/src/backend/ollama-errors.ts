import { AbortedError } from "../errors/aborted-error.js";
import { BackendResponseError } from "../errors/backend-response-error.js";
import { BackendUnavailableError } from "../errors/backend-unavailable-error.js";
import { ContextTooLongError } from "../errors/context-too-long-error.js";
import { DisposedError } from "../errors/disposed-error.js";
import { MedslmError } from "../errors/medslm-error.js";
import { ModelNotFoundError } from "../errors/model-not-found-error.js";
import { MedslmTimeoutError } from "../errors/timeout-error.js";
import { isAbortError } from "./abort.js";

export const OLLAMA_START_HINT =
  "Start Ollama with `ollama serve`, or set OLLAMA_HOST to where it runs; or use --backend embedded.";

/** What to tell a user whose Ollama lacks `model`. */
export function ollamaPullHint(model: string): string {
  return `Run \`ollama pull ${model}\` to download it, or build it from a GGUF with \`medslm create\`.`;
}

/** Error codes of Node's network stack and undici that mean "could not reach the server". */
const CONNECT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EHOSTDOWN",
  "ETIMEDOUT",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT"
]);

/** Codes that mean the connection broke after it was made. */
const BROKEN_CODES = new Set(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED", "ECONNABORTED"]);

/** Network error codes anywhere in an error's cause chain (fetch wraps them in TypeError). */
export function networkErrorCodes(error: unknown): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  const visit = (e: unknown, depth: number): void => {
    if (typeof e !== "object" || e === null || seen.has(e) || depth > 6) return;
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") codes.push(code);
    const errors = (e as { errors?: unknown }).errors;
    if (Array.isArray(errors)) for (const inner of errors) visit(inner, depth + 1);
    visit((e as { cause?: unknown }).cause, depth + 1);
  };
  visit(error, 0);
  return codes;
}

export function isConnectError(error: unknown): boolean {
  return networkErrorCodes(error).some((code) => CONNECT_CODES.has(code));
}

/** fetch's "TypeError: terminated" and socket errors: the server went away mid-response. */
export function isBrokenConnection(error: unknown): boolean {
  if (networkErrorCodes(error).some((code) => BROKEN_CODES.has(code))) return true;
  return error instanceof TypeError && error.message === "terminated";
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What the request was doing when it failed, so the right typed error can be chosen. */
export interface OllamaFailureContext {
  host: string;
  model: string;
  /** The caller's signal fired. */
  aborted?: boolean;
  /** Our own time limit fired; the value is that limit. */
  timedOutAfterMs?: number;
  /** The backend was disposed while the request ran. */
  disposed?: boolean;
  /** What timed out, for the message ("Waiting for Ollama to answer"). */
  what?: string;
  /** The server had started answering (headers received) when the error came. */
  responded?: boolean;
}

function classifyServerMessage(message: string, status: number | undefined, context: OllamaFailureContext, cause: unknown): MedslmError {
  if (/404 page not found/i.test(message)) {
    return new BackendResponseError({
      backend: "ollama",
      detail: `404 page not found: the server at ${context.host} does not speak Ollama's API (or is a very old Ollama). Check OLLAMA_HOST.`,
      status: 404,
      cause
    });
  }
  if (status === 404 || /model ['"]?[^'"]*['"]? not found|not found, try pulling/i.test(message)) {
    const quoted = /model ['"]([^'"]+)['"]/.exec(message);
    const model = quoted?.[1] ?? context.model;
    return new ModelNotFoundError({ backend: "ollama", model, hint: ollamaPullHint(model), cause });
  }
  if (/context (length|window|size)|exceeds? the (available )?context|too many tokens|prompt is too long/i.test(message)) {
    return new ContextTooLongError({ cause });
  }
  return new BackendResponseError({
    backend: "ollama",
    detail: message || "an empty error",
    ...(status !== undefined ? { status } : {}),
    cause,
    // 503 is Ollama's "server busy" (its request queue is full); 5xx may pass.
    isRetryable: status !== undefined && status >= 500
  });
}

/**
 * Turns whatever the ollama client, fetch or the stream threw into one typed MedslmError.
 * Never lets a raw fetch error or a stack trace through to the user.
 */
export function toOllamaError(error: unknown, context: OllamaFailureContext): MedslmError {
  if (context.disposed) return new DisposedError({ what: "Ollama backend" });
  if (context.aborted) return new AbortedError({ cause: error });
  if (context.timedOutAfterMs !== undefined) {
    return new MedslmTimeoutError({ timeoutMs: context.timedOutAfterMs, what: context.what ?? "Waiting for Ollama to answer", cause: error });
  }
  if (MedslmError.isInstance(error)) return error;
  if (isAbortError(error)) return new AbortedError({ cause: error });

  // ollama-js's (unexported) ResponseError: an HTTP error with the server's `error` text.
  if (error instanceof Error && error.name === "ResponseError") {
    const status = (error as Error & { status_code?: unknown }).status_code;
    return classifyServerMessage(error.message, typeof status === "number" ? status : undefined, context, error);
  }
  if (isConnectError(error)) {
    return new BackendUnavailableError({ backend: "ollama", location: context.host, hint: OLLAMA_START_HINT, cause: error });
  }
  if (!context.responded && error instanceof TypeError && error.message === "fetch failed") {
    return new BackendUnavailableError({ backend: "ollama", location: context.host, hint: OLLAMA_START_HINT, cause: error });
  }
  if (isBrokenConnection(error)) {
    return new BackendResponseError({
      backend: "ollama",
      detail: "the connection closed before the answer was complete. Check that Ollama is still running, then try again.",
      cause: error,
      isRetryable: true
    });
  }
  if (error instanceof SyntaxError) {
    return new BackendResponseError({ backend: "ollama", detail: "a response that is not valid JSON", cause: error });
  }
  const message = errorMessage(error);
  if (message === "Did not receive done or success response in stream.") {
    return new BackendResponseError({ backend: "ollama", detail: "the stream ended before the server said it was done", cause: error, isRetryable: true });
  }
  // The ollama client turns a `{"error": ...}` line inside a stream into a plain Error.
  return classifyServerMessage(message, undefined, context, error);
}
