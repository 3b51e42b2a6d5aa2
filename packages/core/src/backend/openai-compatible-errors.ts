import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import { AbortedError } from "../errors/aborted-error.js";
import { BackendResponseError } from "../errors/backend-response-error.js";
import { BackendUnavailableError } from "../errors/backend-unavailable-error.js";
import { ContextTooLongError } from "../errors/context-too-long-error.js";
import { DisposedError } from "../errors/disposed-error.js";
import { MedslmError } from "../errors/medslm-error.js";
import { ModelNotFoundError } from "../errors/model-not-found-error.js";
import { MedslmTimeoutError } from "../errors/timeout-error.js";
import { isAbortError } from "./abort.js";

const BACKEND = "openai-compatible";

export const OPENAI_START_HINT =
  "Start an OpenAI-compatible server there (for example `vllm serve <model>`, " +
  "`llama-server -m model.gguf --port 8080`, or LM Studio's local server), " +
  "or point --base-url / MEDSLM_OPENAI_BASE_URL at the one you run (it usually ends in /v1).";

function modelHint(baseURL: string): string {
  return `Check the name against the models the server lists at ${baseURL}/models (\`medslm models --backend openai-compatible\`).`;
}

export interface OpenAIFailureContext {
  baseURL: string;
  model: string;
  aborted?: boolean;
  disposed?: boolean;
  timeoutMs: number;
}

const CONTEXT_PATTERN = /context length|context window|context size|maximum context|exceed_context_size|context_length_exceeded|too many tokens|prompt is too long/i;

function contextError(message: string, body: Record<string, unknown> | undefined, cause: unknown): ContextTooLongError {
  // llama.cpp server puts the numbers in the error object; vLLM and OpenAI in the text.
  const nPrompt = body?.n_prompt_tokens;
  const nCtx = body?.n_ctx;
  if (typeof nPrompt === "number" && typeof nCtx === "number") return new ContextTooLongError({ promptTokens: nPrompt, contextSize: nCtx, cause });
  const size = /maximum context length is (\d+)/i.exec(message)?.[1];
  const prompt = /(\d+) in the messages/i.exec(message)?.[1] ?? /(?:requested|has) (\d+)(?: input)? tokens/i.exec(message)?.[1];
  if (size !== undefined && prompt !== undefined) return new ContextTooLongError({ promptTokens: Number(prompt), contextSize: Number(size), cause });
  return new ContextTooLongError({ cause });
}

function serverMessage(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined;
  if (body && typeof body.message === "string") return body.message;
  // APIError prefixes the status; the user gets it separately.
  return error.message.replace(/^\d{3}\s+/, "");
}

/** Turns whatever the openai client or fetch threw into one typed MedslmError. */
export function toOpenAIError(error: unknown, context: OpenAIFailureContext): MedslmError {
  if (context.disposed) return new DisposedError({ what: "OpenAI-compatible backend" });
  if (context.aborted) return new AbortedError({ cause: error });
  if (MedslmError.isInstance(error)) return error;
  if (error instanceof APIConnectionTimeoutError) {
    return new MedslmTimeoutError({ timeoutMs: context.timeoutMs, what: `Waiting for the server at ${context.baseURL}`, cause: error });
  }
  if (error instanceof APIUserAbortError || isAbortError(error)) return new AbortedError({ cause: error });
  if (error instanceof APIConnectionError) {
    return new BackendUnavailableError({ backend: BACKEND, location: context.baseURL, hint: OPENAI_START_HINT, cause: error });
  }
  if (error instanceof APIError) {
    const message = serverMessage(error);
    const body = error.error as Record<string, unknown> | undefined;
    const status = error.status;
    const mentionsModel = /model/i.test(message) && /not exist|not found|unknown|no such|does not have/i.test(message);
    if ((status === 404 && (mentionsModel || error.code === "model_not_found")) || (status === 400 && mentionsModel)) {
      return new ModelNotFoundError({ backend: BACKEND, model: context.model, hint: modelHint(context.baseURL), cause: error });
    }
    if (status === 404) {
      return new BackendResponseError({
        backend: BACKEND,
        detail: `404 Not Found from ${context.baseURL}: it has no /completions endpoint there. Check that the base URL ends in /v1.`,
        status,
        cause: error
      });
    }
    if (CONTEXT_PATTERN.test(message) || CONTEXT_PATTERN.test(String(body?.type ?? "")) || error.code === "context_length_exceeded") {
      return contextError(message, body, error);
    }
    if (status === 401 || status === 403) {
      return new BackendResponseError({
        backend: BACKEND,
        detail: `${message} (${status}). Check the API key (--api-key or MEDSLM_OPENAI_API_KEY).`,
        status,
        cause: error
      });
    }
    return new BackendResponseError({
      backend: BACKEND,
      detail: message || "an empty error",
      ...(status !== undefined ? { status } : {}),
      cause: error,
      isRetryable: status === undefined || status === 429 || status >= 500
    });
  }
  if (error instanceof SyntaxError) {
    return new BackendResponseError({ backend: BACKEND, detail: "a stream event that is not JSON", cause: error });
  }
  if (error instanceof TypeError && error.message === "terminated") {
    return new BackendResponseError({
      backend: BACKEND,
      detail: "the connection closed before the answer was complete. Check that the server is still running, then try again.",
      cause: error,
      isRetryable: true
    });
  }
  return new BackendResponseError({ backend: BACKEND, detail: error instanceof Error ? error.message : String(error), cause: error });
}
