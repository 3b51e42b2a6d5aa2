import OpenAI, { APIError } from "openai";
import type { CompletionCreateParamsStreaming } from "openai/resources/completions";
import { DisposedError } from "../errors/disposed-error.js";
import { InvalidInputError } from "../errors/invalid-input-error.js";
import { BackendResponseError } from "../errors/backend-response-error.js";
import { MedslmError } from "../errors/medslm-error.js";
import { throwIfAborted } from "./abort.js";
import { collectStream } from "./collect-stream.js";
import type {
  BackendHealth,
  BackendModelInfo,
  BackendStreamPart,
  FinishReason,
  GenerateOptions,
  GenerateResult,
  ModelBackend,
  Usage
} from "./model-backend.js";
import { toOpenAIError } from "./openai-compatible-errors.js";
import { StopSequenceFilter } from "./stop-sequences.js";

/**
 * How `choices` is enforced, since the OpenAI API has no portable way: vLLM's guided choice, or
 * a llama.cpp server GBNF grammar. "none" generates freely (capabilities say so).
 */
export type ChoiceMode = "none" | "vllm" | "llama-cpp";

export interface OpenAICompatibleBackendOptions {
  /** The server's API root, e.g. http://127.0.0.1:8000/v1 ("/v1" is added to a bare host). */
  baseURL: string;
  /** The model name the server knows (vLLM: the served model name). */
  model: string;
  /** Sent as a bearer token. OPENAI_API_KEY is deliberately not read: it must not leak to other servers. */
  apiKey?: string;
  fetch?: typeof fetch;
  /** Retries of connection errors, 429 and 5xx, with backoff (default 1). */
  maxRetries?: number;
  /** How long to wait for the server to start answering (ms, default 300 000). */
  requestTimeoutMs?: number;
  /** How long listing models or a health check may take (ms, default 10 000). */
  metadataTimeoutMs?: number;
  headers?: Record<string, string>;
  /** max_tokens when the caller gives none; the API's own default is 16 (default 512). */
  defaultMaxTokens?: number;
  /** Ask for a usage chunk (`stream_options.include_usage`, default true). */
  includeUsage?: boolean;
  choiceMode?: ChoiceMode;
}

export interface OpenAICompatibleBackend extends ModelBackend {
  readonly provider: "openai-compatible";
  readonly baseURL: string;
}

/** The OpenAI API allows at most four stop strings; the rest are cut client-side. */
const MAX_SERVER_STOPS = 4;

export function normalizeBaseURL(baseURL: string): string {
  let url: URL;
  try {
    url = new URL(baseURL.trim());
  } catch (error) {
    throw new InvalidInputError({ field: "baseURL", reason: `"${baseURL}" is not a URL like http://127.0.0.1:8000/v1`, cause: error });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new InvalidInputError({ field: "baseURL", reason: "must start with http:// or https://" });
  }
  if (url.pathname === "/" || url.pathname === "") url.pathname = "/v1";
  return url.toString().replace(/\/+$/, "");
}

/**
 * The SDK keeps an error's message only from OpenAI's `{"error": {...}}` shape; vLLM answers
 * `{"object": "error", "message": ...}` and FastAPI `{"detail": ...}`. Rewrap those so the
 * server's words reach the user.
 */
function errorBodyFetch(base: typeof fetch): typeof fetch {
  return async (input, init) => {
    const response = await base(input, init);
    if (response.ok) return response;
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    if (body && typeof body === "object" && !("error" in body)) {
      const record = body as Record<string, unknown>;
      const message = typeof record.message === "string" ? record.message : record.detail !== undefined ? (typeof record.detail === "string" ? record.detail : JSON.stringify(record.detail)) : undefined;
      if (message !== undefined) {
        headers.set("content-type", "application/json");
        const error = { message, type: record.type, code: record.code, param: record.param };
        return new Response(JSON.stringify({ error }), { status: response.status, statusText: response.statusText, headers });
      }
    }
    return new Response(text, { status: response.status, statusText: response.statusText, headers });
  };
}

function gbnfString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, "\\n").replace(/\r/g, "\\r")}"`;
}

function choiceFields(mode: ChoiceMode, choices: readonly string[]): Record<string, unknown> {
  if (mode === "vllm") return { structured_outputs: { choice: [...choices] }, guided_choice: [...choices] };
  if (mode === "llama-cpp") return { grammar: `root ::= ${choices.map(gbnfString).join(" | ")}` };
  return {};
}

function validate(options: GenerateOptions): void {
  if (typeof options.prompt !== "string" || options.prompt.length === 0) {
    throw new InvalidInputError({ field: "prompt", reason: "must be a non-empty string" });
  }
  if (options.maxTokens !== undefined && (!Number.isInteger(options.maxTokens) || options.maxTokens < 1)) {
    throw new InvalidInputError({ field: "maxTokens", reason: "must be a whole number of at least 1" });
  }
  for (const [field, value] of [["temperature", options.temperature], ["topP", options.topP], ["seed", options.seed]] as const) {
    if (value !== undefined && (typeof value !== "number" || !Number.isFinite(value))) {
      throw new InvalidInputError({ field, reason: "must be a finite number" });
    }
  }
}

/**
 * A backend for an OpenAI-compatible server (vLLM, llama.cpp server, LM Studio) through the
 * `openai` client. It uses the completions endpoint, not chat: the SDK renders the prompt
 * itself and the server must not apply a chat template.
 */
export function createOpenAICompatibleBackend(options: OpenAICompatibleBackendOptions): OpenAICompatibleBackend {
  if (typeof options.model !== "string" || options.model.trim() === "") {
    throw new InvalidInputError({ field: "model", reason: "give the model name the server serves" });
  }
  const baseURL = normalizeBaseURL(options.baseURL);
  const model = options.model.trim();
  const requestTimeoutMs = options.requestTimeoutMs ?? 300_000;
  const metadataTimeoutMs = options.metadataTimeoutMs ?? 10_000;
  const choiceMode = options.choiceMode ?? "none";
  const client = new OpenAI({
    baseURL,
    apiKey: options.apiKey ?? "not-needed",
    fetch: errorBodyFetch(options.fetch ?? globalThis.fetch),
    maxRetries: options.maxRetries ?? 1,
    timeout: requestTimeoutMs,
    logLevel: "off",
    ...(options.headers ? { defaultHeaders: options.headers } : {})
  });
  const inflight = new Set<AbortController>();
  let disposed = false;

  const ensureUsable = (): void => {
    if (disposed) throw new DisposedError({ what: "OpenAI-compatible backend" });
  };

  const open = (abortSignal: AbortSignal | undefined, timeoutMs: number) => {
    const controller = new AbortController();
    const onAbort = (): void => controller.abort(abortSignal?.reason);
    abortSignal?.addEventListener("abort", onAbort, { once: true });
    inflight.add(controller);
    return {
      controller,
      fail(error: unknown): MedslmError {
        return toOpenAIError(error, { baseURL, model, aborted: abortSignal?.aborted === true, disposed, timeoutMs });
      },
      close(): void {
        abortSignal?.removeEventListener("abort", onAbort);
        inflight.delete(controller);
      }
    };
  };

  async function* doStream(generate: GenerateOptions): AsyncGenerator<BackendStreamPart> {
    ensureUsable();
    validate(generate);
    throwIfAborted(generate.abortSignal);
    const stops = generate.stop?.filter((s) => s.length > 0) ?? [];
    const choices = generate.choices && generate.choices.length > 0 ? generate.choices : undefined;
    const body = {
      model,
      prompt: generate.prompt,
      stream: true,
      max_tokens: generate.maxTokens ?? options.defaultMaxTokens ?? 512,
      ...(generate.temperature !== undefined ? { temperature: generate.temperature } : {}),
      ...(generate.topP !== undefined ? { top_p: generate.topP } : {}),
      ...(generate.seed !== undefined ? { seed: generate.seed } : {}),
      ...(stops.length > 0 ? { stop: stops.slice(0, MAX_SERVER_STOPS) } : {}),
      ...((options.includeUsage ?? true) ? { stream_options: { include_usage: true } } : {}),
      ...(choices ? choiceFields(choiceMode, choices) : {})
    } as CompletionCreateParamsStreaming;
    const filter = new StopSequenceFilter(stops);
    const exchange = open(generate.abortSignal, requestTimeoutMs);
    let finishReason: FinishReason = "stop";
    const usage: Usage = { promptTokens: undefined, completionTokens: undefined };
    let sawFinish = false;
    let complete = false;
    try {
      const stream = await client.completions.create(body, { signal: exchange.controller.signal });
      for await (const chunk of stream) {
        // Older vLLM sends a failure inside the stream as `{"object": "error", "message": ...}`.
        const maybeError = chunk as unknown as { object?: unknown; message?: unknown; type?: unknown; code?: unknown };
        if (maybeError.object === "error") {
          throw new APIError(undefined, { message: String(maybeError.message), type: maybeError.type, code: maybeError.code }, undefined, undefined);
        }
        const choice = chunk.choices?.[0];
        if (choice?.text) {
          const text = filter.push(choice.text);
          if (text) yield { type: "text-delta", text };
          if (filter.hasStopped) break;
        }
        if (choice?.finish_reason) {
          sawFinish = true;
          finishReason = choice.finish_reason === "length" ? "length" : "stop";
        }
        if (chunk.usage) {
          usage.promptTokens = chunk.usage.prompt_tokens;
          usage.completionTokens = chunk.usage.completion_tokens;
        }
      }
      // The client ends an aborted stream quietly; the caller must still hear about it.
      if (exchange.controller.signal.aborted) throw exchange.fail(exchange.controller.signal.reason);
      if (!sawFinish && !filter.hasStopped) {
        throw new BackendResponseError({ backend: "openai-compatible", detail: "the stream ended before the server finished the answer", isRetryable: true });
      }
      complete = sawFinish;
      const rest = filter.flush();
      if (rest) yield { type: "text-delta", text: rest };
    } catch (error) {
      throw exchange.fail(error);
    } finally {
      if (!complete) exchange.controller.abort();
      exchange.close();
    }
    yield { type: "finish", finishReason, usage };
  }

  const listModels = async (listOptions: { abortSignal?: AbortSignal } = {}, maxRetries?: number): Promise<BackendModelInfo[]> => {
    ensureUsable();
    throwIfAborted(listOptions.abortSignal);
    const exchange = open(listOptions.abortSignal, metadataTimeoutMs);
    try {
      const models: BackendModelInfo[] = [];
      for await (const entry of client.models.list({
        signal: exchange.controller.signal,
        timeout: metadataTimeoutMs,
        ...(maxRetries !== undefined ? { maxRetries } : {})
      })) {
        const { id, created, object: _object, ...details } = entry;
        models.push({
          name: id,
          ...(typeof created === "number" ? { modifiedAt: new Date(created * 1000).toISOString() } : {}),
          details
        });
      }
      return models;
    } catch (error) {
      throw exchange.fail(error);
    } finally {
      exchange.close();
    }
  };

  const backend: OpenAICompatibleBackend = {
    specificationVersion: "v1",
    provider: "openai-compatible",
    modelId: model,
    baseURL,
    capabilities: { constrainedChoices: choiceMode !== "none" },

    get disposed() {
      return disposed;
    },

    doStream,

    doGenerate(generate: GenerateOptions): Promise<GenerateResult> {
      return collectStream(doStream(generate));
    },

    listModels: (listOptions) => listModels(listOptions),

    async checkHealth(healthOptions = {}): Promise<BackendHealth> {
      if (disposed) return { ok: false, hint: "The OpenAI-compatible backend was disposed; create a new one." };
      try {
        // A health check answers now: no retries with backoff.
        const models = await listModels(healthOptions, 0);
        const modelAvailable = models.some((m) => m.name === model);
        return {
          ok: true,
          modelAvailable,
          ...(modelAvailable
            ? {}
            : { hint: `The server at ${baseURL} does not list "${model}"; it lists: ${models.map((m) => m.name).join(", ") || "nothing"}.` })
        };
      } catch (error) {
        return { ok: false, hint: MedslmError.isInstance(error) ? error.message : String(error) };
      }
    },

    async dispose(): Promise<void> {
      if (disposed) return;
      disposed = true;
      for (const controller of inflight) controller.abort(new DisposedError({ what: "OpenAI-compatible backend" }));
      inflight.clear();
    },

    [Symbol.asyncDispose](): Promise<void> {
      return backend.dispose();
    }
  };
  return backend;
}
