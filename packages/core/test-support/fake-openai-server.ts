/**
 * A local stand-in for an OpenAI-compatible completions server (vLLM, llama.cpp server, LM Studio):
 * GET /v1/models, POST /v1/completions with `stream: true` as server-sent events
 * (`data: {...}` chunks, a usage chunk when `stream_options.include_usage`, then `data: [DONE]`),
 * and error bodies in vLLM's shape (`{"object":"error","message":...,"code":404}`) or
 * OpenAI's (`{"error":{"message":...}}`). Replies are scripted; only the model is fake.
 */
import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { testServerControls } from "./test-server-controls.js";

export interface OpenAIScriptedReply {
  tokens: readonly string[] | string;
  /** Delay before the first token; the headers go with it. */
  firstTokenDelayMs?: number;
  /** Send a `data:` line that is not JSON after this many tokens. */
  malformedAfter?: number;
  /** Send an error event after this many tokens: `data: {"error": {...}}`, or older vLLM's `data: {"object": "error", ...}`. */
  errorAfter?: { tokens: number; message: string; legacyShape?: boolean };
  /** End the response after this many tokens without a finish_reason or [DONE]. */
  endEarlyAfter?: number;
  /** Answer with this HTTP status and body instead of streaming. */
  httpError?: { status: number; body: unknown };
}

export interface OpenAIRecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: unknown;
  closedByClient: boolean;
  tokensSent: number;
}

export interface FakeOpenAIServerOptions {
  models?: readonly string[];
  tokenIntervalMs?: number;
  /** Context window in whitespace-separated words; longer prompts get vLLM's 400. */
  contextSize?: number;
  /** When set, requests must carry `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** Apply `stop` server-side (default true, as vLLM does). */
  applyStops?: boolean;
  /** The reply when the script is empty; a function picks it from the prompt (for concurrent requests). */
  reply?: string | OpenAIScriptedReply | ((prompt: string) => string | OpenAIScriptedReply);
}

export interface FakeOpenAIServer {
  /** http://127.0.0.1:PORT/v1 */
  readonly baseURL: string;
  readonly port: number;
  readonly requests: OpenAIRecordedRequest[];
  readonly script: OpenAIScriptedReply[];
  waitForClientClose(timeoutMs?: number): Promise<OpenAIRecordedRequest>;
  close(): Promise<void>;
}

function splitTokens(text: string): string[] {
  return text.match(/\s*\S+|\s+/g) ?? [];
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}

/** vLLM's error body. */
function vllmError(status: number, message: string, type: string): unknown {
  return { object: "error", message, type, param: null, code: status };
}

export async function startFakeOpenAIServer(options: FakeOpenAIServerOptions = {}): Promise<FakeOpenAIServer> {
  const models = options.models ?? ["medslm"];
  const requests: OpenAIRecordedRequest[] = [];
  const script: OpenAIScriptedReply[] = [];
  const events = new EventEmitter();
  const interval = options.tokenIntervalMs ?? 0;
  const contextSize = options.contextSize ?? 2048;
  let nextId = 1;

  async function completions(res: ServerResponse, record: OpenAIRecordedRequest, body: Record<string, unknown>): Promise<void> {
    const model = String(body.model ?? "");
    if (!models.includes(model)) return sendJson(res, 404, vllmError(404, `The model \`${model}\` does not exist.`, "NotFoundError"));
    const prompt = typeof body.prompt === "string" ? body.prompt : "";
    const maxTokens = typeof body.max_tokens === "number" ? body.max_tokens : 16;
    const promptTokens = splitTokens(prompt).length;
    if (promptTokens + maxTokens > contextSize) {
      return sendJson(
        res,
        400,
        vllmError(
          400,
          `This model's maximum context length is ${contextSize} tokens. However, you requested ${promptTokens + maxTokens} tokens (${promptTokens} in the messages, ${maxTokens} in the completion). Please reduce the length of the messages or completion.`,
          "BadRequestError"
        )
      );
    }
    const fallback = typeof options.reply === "function" ? options.reply(prompt) : options.reply;
    const reply = script.shift() ?? (typeof fallback === "string" ? { tokens: fallback } : fallback) ?? { tokens: "A fake completion." };
    if (reply.httpError) return sendJson(res, reply.httpError.status, reply.httpError.body);
    let tokens = typeof reply.tokens === "string" ? splitTokens(reply.tokens) : [...reply.tokens];
    let finish = "stop";
    const stops = (Array.isArray(body.stop) ? body.stop : typeof body.stop === "string" ? [body.stop] : []).filter(
      (s): s is string => typeof s === "string" && s.length > 0
    );
    if ((options.applyStops ?? true) && stops.length > 0) {
      const full = tokens.join("");
      const at = Math.min(...stops.map((s) => full.indexOf(s)).filter((n) => n !== -1));
      if (Number.isFinite(at)) tokens = splitTokens(full.slice(0, at));
    }
    if (tokens.length > maxTokens) {
      tokens = tokens.slice(0, maxTokens);
      finish = "length";
    }
    const id = `cmpl-${nextId++}`;
    const created = Math.floor(Date.now() / 1000);
    const chunk = (text: string, finishReason: string | null) =>
      `data: ${JSON.stringify({ id, object: "text_completion", created, model, choices: [{ index: 0, text, logprobs: null, finish_reason: finishReason, stop_reason: null }] })}\n\n`;

    if (body.stream !== true) {
      return sendJson(res, 200, {
        id,
        object: "text_completion",
        created,
        model,
        choices: [{ index: 0, text: tokens.join(""), logprobs: null, finish_reason: finish }],
        usage: { prompt_tokens: promptTokens, completion_tokens: tokens.length, total_tokens: promptTokens + tokens.length }
      });
    }
    // Node sends these headers with the first write, after the prompt is processed.
    res.writeHead(200, { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache" });
    const start = performance.now() + (reply.firstTokenDelayMs ?? 0);
    for (let i = 0; i <= tokens.length; i++) {
      if (record.closedByClient) return;
      if (reply.malformedAfter === i) res.write("data: {\"id\": \"broken\n\n");
      if (reply.errorAfter?.tokens === i) {
        const error = reply.errorAfter.legacyShape
          ? vllmError(500, reply.errorAfter.message, "InternalServerError")
          : { error: { message: reply.errorAfter.message, type: "InternalServerError", code: 500 } };
        res.end(`data: ${JSON.stringify(error)}\n\n`);
        return;
      }
      if (reply.endEarlyAfter === i) {
        res.end();
        return;
      }
      if (i === tokens.length) break;
      const due = start + i * interval;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (record.closedByClient) return;
      res.write(chunk(tokens[i] as string, null));
      record.tokensSent++;
    }
    res.write(chunk("", finish));
    const streamOptions = body.stream_options as { include_usage?: boolean } | undefined;
    if (streamOptions?.include_usage) {
      res.write(
        `data: ${JSON.stringify({ id, object: "text_completion", created, model, choices: [], usage: { prompt_tokens: promptTokens, completion_tokens: tokens.length, total_tokens: promptTokens + tokens.length } })}\n\n`
      );
    }
    res.end("data: [DONE]\n\n");
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const record: OpenAIRecordedRequest = { method: req.method ?? "GET", path: url.pathname, headers: req.headers, body: undefined, closedByClient: false, tokensSent: 0 };
    requests.push(record);
    res.on("close", () => {
      if (!res.writableFinished) {
        record.closedByClient = true;
        events.emit("client-close", record);
      }
    });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: Record<string, unknown> = {};
    if (chunks.length > 0) {
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
      } catch {
        return sendJson(res, 400, vllmError(400, "Invalid JSON body", "BadRequestError"));
      }
    }
    record.body = body;
    if (options.apiKey !== undefined && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      return sendJson(res, 401, { error: { message: "Incorrect API key provided.", type: "invalid_request_error", param: null, code: "invalid_api_key" } });
    }
    const route = `${req.method} ${url.pathname}`;
    if (route === "GET /v1/models") {
      return sendJson(res, 200, {
        object: "list",
        data: models.map((id) => ({ id, object: "model", created: 1_760_000_000, owned_by: "vllm", max_model_len: contextSize }))
      });
    }
    if (route === "POST /v1/completions") return completions(res, record, body);
    return sendJson(res, 404, { detail: "Not Found" });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, vllmError(500, String(error), "InternalServerError"));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    port,
    requests,
    script,
    ...testServerControls(server, requests, events)
  };
}
