/**
 * A local stand-in for an Ollama server, speaking its documented HTTP API (docs/api.md in
 * ollama/ollama): NDJSON streaming on /api/generate, /api/chat and /api/create, JSON on /api/tags,
 * /api/show and /api/version, blobs on /api/blobs/:digest, and error bodies `{"error": "..."}`
 * with Ollama's status codes. Tests point the real `ollama` client at it; only the model is fake:
 * replies are scripted, tokens come at a configurable rate, and it can misbehave on request
 * (malformed line, error line, stream cut short, connection dropped).
 *
 * Benchmarks run it in a worker thread (fake-ollama-worker.mjs bundles it).
 */
import { createHash } from "node:crypto";
import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { testServerControls } from "./test-server-controls.js";

export interface FakeOllamaModel {
  /** As Ollama lists it, e.g. "medslm:latest". A name without a tag gets ":latest". */
  name: string;
  size?: number;
  template?: string;
  system?: string;
  license?: string;
  /** Modelfile parameters, as /api/show prints them ("stop \"### Question:\"" lines). */
  parameters?: string;
  family?: string;
  contextLength?: number;
}

/** What the fake "model" says next. */
export interface ScriptedReply {
  /** The tokens, in order; a string is split into words with their leading spaces. */
  tokens: readonly string[] | string;
  /** Delay before the first token (prompt evaluation), ms. */
  firstTokenDelayMs?: number;
  /** Send a line that is not JSON after this many tokens. */
  malformedAfter?: number;
  /** Send `{"error": message}` after this many tokens (Ollama does this mid-stream). */
  errorAfter?: { tokens: number; message: string };
  /** End the response after this many tokens without the final `done` object. */
  endWithoutDoneAfter?: number;
  /** Destroy the socket after this many tokens. */
  dropConnectionAfter?: number;
  /** Answer with this HTTP error instead of streaming. */
  httpError?: { status: number; error: string };
  promptEvalCount?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  /** The parsed JSON body, or the byte length for blob uploads. */
  body: unknown;
  /** True when the client closed the connection before the response finished. */
  closedByClient: boolean;
  /** Tokens written before the response ended or the client left. */
  tokensSent: number;
}

export interface FakeOllamaServerOptions {
  models?: readonly FakeOllamaModel[];
  version?: string;
  /** Milliseconds between tokens; 0 writes them as fast as the socket takes them. */
  tokenIntervalMs?: number;
  /** The reply when the script is empty; a function gets the request body. */
  reply?: string | ScriptedReply | ((body: Record<string, unknown>) => string | ScriptedReply);
  /** Apply `options.stop` server-side, as Ollama does (default true). */
  applyStops?: boolean;
  /** Answer every request with this status and error body (e.g. a broken proxy). */
  failAll?: { status: number; error: string };
}

export interface FakeOllamaServer {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  /** Replies used first, in order, before `options.reply`. */
  readonly script: ScriptedReply[];
  readonly models: Map<string, FakeOllamaModel>;
  readonly blobs: Map<string, number>;
  /** Resolves once a streamed response has been closed by the client, with that request. */
  waitForClientClose(timeoutMs?: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

const DEFAULT_MODEL: FakeOllamaModel = {
  name: "medslm:latest",
  size: 68_000_000,
  family: "llama",
  contextLength: 2048,
  template: "{{ .Prompt }}",
  parameters: 'stop "### Question:"\ntemperature 0.7\ntop_p 0.9'
};

export function withTag(name: string): string {
  const slash = name.lastIndexOf("/");
  return name.slice(slash + 1).includes(":") ? name : `${name}:latest`;
}

/** Words with their leading whitespace, the way a tokenizer roughly splits text. */
export function splitTokens(text: string): string[] {
  return text.match(/\s*\S+|\s+/g) ?? [];
}

function digestOf(name: string): string {
  return createHash("sha256").update(name).digest("hex");
}

function nowIso(): string {
  return new Date().toISOString();
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, error: string): void {
  sendJson(res, status, { error });
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function sleepUntil(at: number): Promise<void> {
  const wait = at - performance.now();
  return wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait)) : Promise.resolve();
}

export async function startFakeOllamaServer(options: FakeOllamaServerOptions = {}): Promise<FakeOllamaServer> {
  const models = new Map<string, FakeOllamaModel>();
  for (const model of options.models ?? [DEFAULT_MODEL]) models.set(withTag(model.name), { ...model, name: withTag(model.name) });
  const blobs = new Map<string, number>();
  const requests: RecordedRequest[] = [];
  const script: ScriptedReply[] = [];
  const events = new EventEmitter();
  const interval = options.tokenIntervalMs ?? 0;
  const applyStops = options.applyStops ?? true;
  const version = options.version ?? "0.12.6";

  function nextReply(body: Record<string, unknown>): ScriptedReply {
    const scripted = script.shift();
    if (scripted) return scripted;
    const fallback = typeof options.reply === "function" ? options.reply(body) : options.reply;
    if (fallback === undefined) return { tokens: "A fake answer from the test server." };
    return typeof fallback === "string" ? { tokens: fallback } : fallback;
  }

  function modelDetails(model: FakeOllamaModel): Record<string, unknown> {
    return {
      parent_model: "",
      format: "gguf",
      family: model.family ?? "llama",
      families: [model.family ?? "llama"],
      parameter_size: "17M",
      quantization_level: "Q8_0"
    };
  }

  /** Streams a scripted reply as Ollama's NDJSON, honouring num_predict, stop and format. */
  async function streamReply(req: IncomingMessage, res: ServerResponse, record: RecordedRequest, kind: "generate" | "chat", body: Record<string, unknown>): Promise<void> {
    const reply = nextReply(body);
    if (reply.httpError) return sendError(res, reply.httpError.status, reply.httpError.error);
    const opts = (body.options ?? {}) as Record<string, unknown>;
    let tokens = typeof reply.tokens === "string" ? splitTokens(reply.tokens) : [...reply.tokens];
    let doneReason = "stop";
    // A JSON-schema enum in `format` constrains the answer to one of its values, as a grammar would.
    const format = body.format as { enum?: unknown[] } | undefined;
    if (format && typeof format === "object" && Array.isArray(format.enum)) {
      const said = tokens.join("").trim();
      const chosen = format.enum.includes(said) ? said : format.enum[0];
      tokens = splitTokens(JSON.stringify(chosen));
    }
    if (applyStops && Array.isArray(opts.stop)) {
      const stops = (opts.stop as unknown[]).filter((s): s is string => typeof s === "string" && s.length > 0);
      const full = tokens.join("");
      const at = Math.min(...stops.map((s) => full.indexOf(s)).filter((n) => n !== -1));
      if (Number.isFinite(at)) {
        // Ollama never sends the stop text, even when it spans tokens.
        const kept: string[] = [];
        let pos = 0;
        for (const token of tokens) {
          if (pos + token.length <= at) kept.push(token);
          else {
            if (at > pos) kept.push(token.slice(0, at - pos));
            break;
          }
          pos += token.length;
        }
        tokens = kept;
      }
    }
    const numPredict = typeof opts.num_predict === "number" ? opts.num_predict : -1;
    if (numPredict >= 0 && tokens.length > numPredict) {
      tokens = tokens.slice(0, numPredict);
      doneReason = "length";
    }
    const model = String(body.model);
    // Pre-serialised lines keep the server's own cost per token to one write.
    const lines = tokens.map((token) =>
      kind === "generate"
        ? JSON.stringify({ model, created_at: nowIso(), response: token, done: false }) + "\n"
        : JSON.stringify({ model, created_at: nowIso(), message: { role: "assistant", content: token }, done: false }) + "\n"
    );
    const promptText = kind === "generate" ? String(body.prompt ?? "") : JSON.stringify(body.messages ?? []);
    const final = {
      model,
      created_at: nowIso(),
      ...(kind === "generate" ? { response: "" } : { message: { role: "assistant", content: "" } }),
      done: true,
      done_reason: doneReason,
      total_duration: 1_000_000,
      load_duration: 100_000,
      prompt_eval_count: reply.promptEvalCount ?? splitTokens(promptText).length,
      prompt_eval_duration: 200_000,
      eval_count: tokens.length,
      eval_duration: Math.max(1, tokens.length * interval) * 1_000_000
    };

    // Node sends these headers with the first write: like Ollama, after the model is loaded.
    res.writeHead(200, { "Content-Type": "application/x-ndjson" });
    const start = performance.now() + (reply.firstTokenDelayMs ?? 0);
    for (let i = 0; i <= tokens.length; i++) {
      if (record.closedByClient) return;
      if (reply.malformedAfter === i) res.write('{"model":"' + model + '","response":\n');
      if (reply.errorAfter?.tokens === i) {
        res.end(JSON.stringify({ error: reply.errorAfter.message }) + "\n");
        return;
      }
      if (reply.endWithoutDoneAfter === i) {
        res.end();
        return;
      }
      if (reply.dropConnectionAfter === i) {
        // Let what was written reach the client first, then crash.
        await new Promise((resolve) => setTimeout(resolve, 20));
        res.socket?.destroy();
        return;
      }
      if (i === tokens.length) break;
      const due = start + i * interval;
      if (due > performance.now()) await sleepUntil(due);
      if (record.closedByClient) return;
      res.write(lines[i] as string);
      record.tokensSent++;
    }
    res.end(JSON.stringify(final) + "\n");
  }

  async function create(res: ServerResponse, body: Record<string, unknown>): Promise<void> {
    const name = typeof body.model === "string" ? body.model : "";
    if (!name) return sendError(res, 400, "model is required");
    const files = (body.files ?? {}) as Record<string, string>;
    const from = typeof body.from === "string" ? body.from : undefined;
    if (!from && Object.keys(files).length === 0) return sendError(res, 400, "neither 'from' or 'files' was specified");
    const statuses: Array<Record<string, unknown>> = [];
    let size = 0;
    if (from) {
      const base = models.get(withTag(from));
      if (!base) {
        // Ollama tries to pull an unknown base model and fails inside the stream.
        statuses.push({ status: "pulling manifest" }, { error: "pull model manifest: file does not exist" });
      } else {
        size = base.size ?? 0;
        statuses.push({ status: `using existing layer sha256:${digestOf(base.name)}` });
      }
    }
    for (const [file, digest] of Object.entries(files)) {
      const blobSize = blobs.get(digest.replace(/^sha256:/, "sha256-"));
      if (blobSize === undefined) return sendError(res, 400, `invalid digest for file ${file}: blob ${digest} not found`);
      size += blobSize;
      statuses.push({ status: "parsing GGUF" }, { status: `using existing layer ${digest}` });
    }
    if (typeof body.template === "string") statuses.push({ status: `creating new layer sha256:${digestOf(body.template)}` });
    if (body.parameters) statuses.push({ status: `creating new layer sha256:${digestOf(JSON.stringify(body.parameters))}` });
    if (!statuses.some((s) => "error" in s)) {
      statuses.push({ status: "writing manifest" }, { status: "success" });
      const parameters = Object.entries((body.parameters ?? {}) as Record<string, unknown>)
        .flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${key} ${JSON.stringify(v)}`))
        .join("\n");
      models.set(withTag(name), {
        name: withTag(name),
        size,
        ...(typeof body.template === "string" ? { template: body.template } : {}),
        ...(typeof body.system === "string" ? { system: body.system } : {}),
        ...(typeof body.license === "string" ? { license: body.license } : {}),
        parameters
      });
    }
    if (body.stream === false) {
      const error = statuses.find((s) => "error" in s);
      return error ? sendError(res, 500, String(error.error)) : sendJson(res, 200, { status: "success" });
    }
    res.writeHead(200, { "Content-Type": "application/x-ndjson" });
    for (const status of statuses) {
      res.write(JSON.stringify(status) + "\n");
      await new Promise((resolve) => setImmediate(resolve));
    }
    res.end();
  }

  async function blob(req: IncomingMessage, res: ServerResponse, record: RecordedRequest, digest: string): Promise<void> {
    const key = digest.replace(/^sha256:/, "sha256-");
    if (req.method === "HEAD") {
      res.writeHead(blobs.has(key) ? 200 : 404);
      res.end();
      return;
    }
    if (req.method !== "POST") return sendError(res, 405, "method not allowed");
    const hash = createHash("sha256");
    let size = 0;
    for await (const chunk of req) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
    record.body = size;
    const actual = `sha256-${hash.digest("hex")}`;
    if (actual !== key) return sendError(res, 400, "digest mismatch");
    blobs.set(key, size);
    res.writeHead(201);
    res.end();
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const record: RecordedRequest = {
      method: req.method ?? "GET",
      path: url.pathname,
      headers: req.headers,
      body: undefined,
      closedByClient: false,
      tokensSent: 0
    };
    requests.push(record);
    res.on("close", () => {
      if (!res.writableFinished) {
        record.closedByClient = true;
        events.emit("client-close", record);
      }
    });
    if (options.failAll) return sendError(res, options.failAll.status, options.failAll.error);

    const blobMatch = /^\/api\/blobs\/(sha256[:-][0-9a-f]{64})$/.exec(url.pathname);
    if (blobMatch) return blob(req, res, record, blobMatch[1] as string);

    let body: Record<string, unknown> = {};
    if (req.method === "POST" || req.method === "DELETE") {
      const raw = await readBody(req);
      try {
        body = raw.length > 0 ? (JSON.parse(raw.toString("utf8")) as Record<string, unknown>) : {};
      } catch {
        return sendError(res, 400, "invalid character in request body");
      }
      record.body = body;
    }
    const route = `${req.method} ${url.pathname}`;
    switch (route) {
      case "GET /api/version":
        return sendJson(res, 200, { version });
      case "GET /api/tags":
        return sendJson(res, 200, {
          models: [...models.values()].map((m) => ({
            name: m.name,
            model: m.name,
            modified_at: "2026-11-20T10:00:00.000000000Z",
            size: m.size ?? 0,
            digest: digestOf(m.name),
            details: modelDetails(m)
          }))
        });
      case "POST /api/show": {
        const model = models.get(withTag(String(body.model ?? body.name ?? "")));
        if (!model) return sendError(res, 404, `model '${String(body.model)}' not found`);
        return sendJson(res, 200, {
          license: model.license ?? "",
          modelfile: `# Modelfile generated by "ollama show"\nFROM ${model.name}\nTEMPLATE """${model.template ?? "{{ .Prompt }}"}"""\n`,
          parameters: model.parameters ?? "",
          template: model.template ?? "{{ .Prompt }}",
          system: model.system ?? "",
          details: modelDetails(model),
          model_info: { "general.architecture": model.family ?? "llama", "llama.context_length": model.contextLength ?? 2048 },
          capabilities: ["completion"],
          modified_at: "2026-11-20T10:00:00.000000000Z"
        });
      }
      case "POST /api/generate":
      case "POST /api/chat": {
        const name = typeof body.model === "string" ? body.model : "";
        if (!name) return sendError(res, 400, "model is required");
        if (!models.has(withTag(name))) return sendError(res, 404, `model "${name}" not found, try pulling it first`);
        const kind = route === "POST /api/generate" ? "generate" : "chat";
        if (body.stream === false) {
          const reply = nextReply(body);
          if (reply.httpError) return sendError(res, reply.httpError.status, reply.httpError.error);
          const text = typeof reply.tokens === "string" ? reply.tokens : reply.tokens.join("");
          return sendJson(res, 200, {
            model: name,
            created_at: nowIso(),
            ...(kind === "generate" ? { response: text } : { message: { role: "assistant", content: text } }),
            done: true,
            done_reason: "stop"
          });
        }
        return streamReply(req, res, record, kind, body);
      }
      case "POST /api/create":
        return create(res, body);
      default:
        // Gin's answer for an unknown route.
        res.writeHead(404, { "Content-Type": "text/plain" });
        res.end("404 page not found");
    }
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, String(error));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    script,
    models,
    blobs,
    ...testServerControls(server, requests, events)
  };
}
