import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { homedir } from "node:os";
import { basename, isAbsolute, resolve } from "node:path";
import { Readable } from "node:stream";
import { Ollama, type CreateRequest, type GenerateRequest, type Options as OllamaOptions } from "ollama";
import { AbortedError } from "../errors/aborted-error.js";
import { BackendResponseError } from "../errors/backend-response-error.js";
import { DisposedError } from "../errors/disposed-error.js";
import { InvalidInputError } from "../errors/invalid-input-error.js";
import { InvalidModelFileError } from "../errors/invalid-model-file-error.js";
import { MedslmError } from "../errors/medslm-error.js";
import { ModelNotFoundError } from "../errors/model-not-found-error.js";
import { MedslmTimeoutError } from "../errors/timeout-error.js";
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
import { OLLAMA_START_HINT, ollamaPullHint, toOllamaError } from "./ollama-errors.js";
import { createRequestFetch, type RequestState } from "./ollama-fetch.js";
import { parseModelfile } from "./ollama-modelfile-parser.js";
import { StopSequenceFilter } from "./stop-sequences.js";

export const DEFAULT_OLLAMA_HOST = "http://127.0.0.1:11434";

export interface OllamaBackendOptions {
  /** The Ollama model name, e.g. "medslm" or "medslm:latest". */
  model: string;
  /** Where Ollama runs; else OLLAMA_HOST; else http://127.0.0.1:11434. */
  host?: string;
  /** A fetch to use instead of the global one (proxies, tests). */
  fetch?: typeof fetch;
  /** How long Ollama keeps the model loaded after a request ("5m", or seconds). */
  keepAlive?: string | number;
  /** How long to wait for Ollama to start answering a generation, model loading included (ms, default 300 000). */
  requestTimeoutMs?: number;
  /** How long the quick calls (version, tags, show) may take (ms, default 10 000). */
  metadataTimeoutMs?: number;
  /** Extra HTTP headers, e.g. for an authenticating proxy in front of Ollama. */
  headers?: Record<string, string>;
  /** Where OLLAMA_HOST is read; process.env by default. */
  env?: Record<string, string | undefined>;
}

/** One status line of `createModel`, as Ollama streams it (plus our own upload steps). */
export interface OllamaProgress {
  status: string;
  digest?: string;
  total?: number;
  completed?: number;
}

export interface OllamaCreateModelOptions {
  /** Name of the model to create; the backend's model by default. */
  name?: string;
  /** Modelfile text. Parsed here: /api/create takes its fields, not the text. */
  modelfile?: string;
  /** Folder that relative FROM/ADAPTER paths are resolved against (the Modelfile's folder); cwd by default. */
  baseDir?: string;
  /** A base model name or a GGUF file path; overrides the Modelfile's FROM. A file is uploaded as a blob. */
  from?: string;
  template?: string;
  system?: string;
  license?: string | string[];
  /** Ollama options, e.g. `{ temperature: 0.7, stop: ["### Question:"] }`; merged over the Modelfile's. */
  parameters?: Record<string, unknown>;
  quantize?: string;
  onProgress?: (progress: OllamaProgress) => void;
  abortSignal?: AbortSignal;
}

export interface OllamaModelDetails {
  name: string;
  template: string;
  /** The Modelfile parameters as Ollama prints them, one per line. */
  parameters: string;
  modelfile: string;
  system: string;
  license: string;
  details: Record<string, unknown>;
  modelInfo: Record<string, unknown>;
  capabilities: string[];
}

/** The Ollama backend, with the model-management calls the CLI needs. */
export interface OllamaBackend extends ModelBackend {
  readonly provider: "ollama";
  /** The normalised server address, e.g. http://127.0.0.1:11434. */
  readonly host: string;
  /** Creates (or replaces) a model through /api/create, uploading a local GGUF first. */
  createModel(options: OllamaCreateModelOptions): Promise<void>;
  /** /api/show for a model (the backend's own by default). */
  showModel(options?: { model?: string; abortSignal?: AbortSignal }): Promise<OllamaModelDetails>;
  /** What to tell a user whose Ollama lacks the model. */
  pullHint(model?: string): string;
}

/** Normalises an OLLAMA_HOST value the way Ollama does: scheme http, port 11434 unless given. */
export function normalizeOllamaHost(host: string): string {
  let value = host.trim();
  if (value === "") return DEFAULT_OLLAMA_HOST;
  const explicitScheme = value.includes("://");
  if (value.startsWith(":")) value = `127.0.0.1${value}`;
  let url: URL;
  try {
    url = new URL(explicitScheme ? value : `http://${value}`);
  } catch (error) {
    throw new InvalidInputError({ field: "host", reason: `"${host}" is not a host name or URL`, cause: error });
  }
  if (!url.port && !explicitScheme) url.port = "11434";
  return url.toString().replace(/\/+$/, "");
}

function sameModel(a: string, b: string): boolean {
  const tag = (name: string) => (name.slice(name.lastIndexOf("/") + 1).includes(":") ? name : `${name}:latest`);
  return tag(a) === tag(b);
}

function parseChoice(text: string, choices: readonly string[]): string {
  // Ollama constrains the answer with a JSON schema, so it arrives as a JSON string.
  try {
    const value: unknown = JSON.parse(text.trim());
    if (typeof value === "string") return value;
  } catch {
    // A server that ignored `format` answered freely; pass that on.
  }
  const trimmed = text.trim();
  return choices.find((c) => c === trimmed) ?? trimmed;
}

function validate(options: GenerateOptions): void {
  if (typeof options.prompt !== "string" || options.prompt.length === 0) {
    throw new InvalidInputError({ field: "prompt", reason: "must be a non-empty string (Ollama treats an empty prompt as 'load the model')" });
  }
  const numbers: Array<[string, number | undefined]> = [
    ["temperature", options.temperature],
    ["topP", options.topP],
    ["maxTokens", options.maxTokens],
    ["seed", options.seed]
  ];
  for (const [field, value] of numbers) {
    if (value !== undefined && (typeof value !== "number" || !Number.isFinite(value))) {
      throw new InvalidInputError({ field, reason: "must be a finite number" });
    }
  }
  if (options.maxTokens !== undefined && (!Number.isInteger(options.maxTokens) || options.maxTokens < 1)) {
    throw new InvalidInputError({ field: "maxTokens", reason: "must be a whole number of at least 1" });
  }
}

/** A local file for FROM/ADAPTER, or undefined when the value is a model name. */
async function localFile(value: string, baseDir: string): Promise<string | undefined> {
  const expanded = value.startsWith("~/") ? resolve(homedir(), value.slice(2)) : value;
  const looksLikePath = isAbsolute(expanded) || /^\.\.?[/\\]/.test(expanded) || /\.(gguf|bin|safetensors)$/i.test(expanded);
  const path = resolve(baseDir, expanded);
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (looksLikePath) throw new InvalidModelFileError({ path, reason: "it is a folder, not a GGUF file" });
  } catch (error) {
    if (MedslmError.isInstance(error)) throw error;
    if (looksLikePath) throw new InvalidModelFileError({ path, reason: "the file does not exist", cause: error });
  }
  return undefined;
}

/**
 * Creates an Ollama backend. Generation goes through /api/generate with `raw: true`: the SDK
 * renders the prompt itself, so Ollama must not wrap it in the model's template.
 */
export function createOllamaBackend(options: OllamaBackendOptions): OllamaBackend {
  if (typeof options.model !== "string" || options.model.trim() === "") {
    throw new InvalidInputError({ field: "model", reason: "give an Ollama model name, e.g. medslm" });
  }
  const env = options.env ?? process.env;
  const host = normalizeOllamaHost(options.host ?? env.OLLAMA_HOST ?? DEFAULT_OLLAMA_HOST);
  const model = options.model.trim();
  const baseFetch = options.fetch ?? globalThis.fetch;
  const requestTimeoutMs = options.requestTimeoutMs ?? 300_000;
  const metadataTimeoutMs = options.metadataTimeoutMs ?? 10_000;
  const inflight = new Set<AbortController>();
  let disposed = false;

  const ensureUsable = (): void => {
    if (disposed) throw new DisposedError({ what: "Ollama backend" });
  };

  /** One HTTP exchange: its own client, tied to the caller's signal, the time limit and dispose(). */
  const open = (abortSignal: AbortSignal | undefined, timeoutMs: number | undefined, what: string) => {
    const controller = new AbortController();
    const state: RequestState = { responded: false, timedOut: false };
    const fetchForRequest = createRequestFetch(baseFetch, { controller, headersTimeoutMs: timeoutMs, state });
    const client = new Ollama({ host, fetch: fetchForRequest, ...(options.headers ? { headers: options.headers } : {}) });
    const onAbort = (): void => controller.abort(abortSignal?.reason);
    abortSignal?.addEventListener("abort", onAbort, { once: true });
    inflight.add(controller);
    return {
      client,
      controller,
      fetch: fetchForRequest,
      fail(error: unknown): MedslmError {
        return toOllamaError(error, {
          host,
          model,
          aborted: abortSignal?.aborted === true,
          disposed,
          ...(state.timedOut && timeoutMs !== undefined ? { timedOutAfterMs: timeoutMs } : {}),
          responded: state.responded,
          what
        });
      },
      close(): void {
        abortSignal?.removeEventListener("abort", onAbort);
        inflight.delete(controller);
      }
    };
  };

  /** A non-streaming call with the metadata time limit. */
  const call = async <T>(abortSignal: AbortSignal | undefined, what: string, fn: (client: Ollama) => Promise<T>): Promise<T> => {
    ensureUsable();
    throwIfAborted(abortSignal);
    const exchange = open(abortSignal, metadataTimeoutMs, what);
    try {
      return await fn(exchange.client);
    } catch (error) {
      throw exchange.fail(error);
    } finally {
      exchange.close();
    }
  };

  async function* doStream(generate: GenerateOptions): AsyncGenerator<BackendStreamPart> {
    ensureUsable();
    validate(generate);
    throwIfAborted(generate.abortSignal);
    const choices = generate.choices && generate.choices.length > 0 ? generate.choices : undefined;
    const ollamaOptions: Partial<OllamaOptions> = {
      ...(generate.temperature !== undefined ? { temperature: generate.temperature } : {}),
      ...(generate.topP !== undefined ? { top_p: generate.topP } : {}),
      ...(generate.maxTokens !== undefined ? { num_predict: generate.maxTokens } : {}),
      ...(generate.seed !== undefined ? { seed: generate.seed } : {}),
      ...(generate.stop && generate.stop.length > 0 ? { stop: [...generate.stop] } : {})
    };
    const request: GenerateRequest & { stream: true } = {
      model,
      prompt: generate.prompt,
      raw: true,
      stream: true,
      options: ollamaOptions,
      ...(options.keepAlive !== undefined ? { keep_alive: options.keepAlive } : {}),
      ...(choices ? { format: { type: "string", enum: [...choices] } } : {})
    };
    const filter = new StopSequenceFilter(generate.stop ?? []);
    const exchange = open(generate.abortSignal, requestTimeoutMs, "Waiting for Ollama to start answering");
    let finishReason: FinishReason = "stop";
    const usage: Usage = { promptTokens: undefined, completionTokens: undefined };
    let complete = false;
    let choiceText = "";
    try {
      const stream = await exchange.client.generate(request);
      for await (const chunk of stream) {
        if (chunk.response) {
          if (choices) choiceText += chunk.response;
          else {
            const text = filter.push(chunk.response);
            if (text) yield { type: "text-delta", text };
            // The server may not know our stops; leaving now closes the request below.
            if (filter.hasStopped) break;
          }
        }
        if (chunk.done) {
          complete = true;
          finishReason = chunk.done_reason === "length" ? "length" : "stop";
          usage.promptTokens = chunk.prompt_eval_count;
          usage.completionTokens = chunk.eval_count;
        }
      }
      const rest = choices ? parseChoice(choiceText, choices) : filter.flush();
      if (rest) yield { type: "text-delta", text: rest };
    } catch (error) {
      throw exchange.fail(error);
    } finally {
      // Cancels the HTTP request when the consumer stopped early, a stop matched, or it failed.
      if (!complete) exchange.controller.abort();
      exchange.close();
    }
    yield { type: "finish", finishReason, usage };
  }

  async function uploadBlob(path: string, exchange: ReturnType<typeof open>, onProgress?: (p: OllamaProgress) => void): Promise<string> {
    const { size } = await stat(path);
    const hash = createHash("sha256");
    let hashed = 0;
    for await (const chunk of createReadStream(path, { signal: exchange.controller.signal, highWaterMark: 1 << 20 })) {
      hash.update(chunk as Buffer);
      hashed += (chunk as Buffer).length;
      onProgress?.({ status: `hashing ${basename(path)}`, total: size, completed: hashed });
    }
    const digest = `sha256:${hash.digest("hex")}`;
    const url = `${host}/api/blobs/${digest}`;
    const head = await exchange.fetch(url, { method: "HEAD", ...(options.headers ? { headers: options.headers } : {}) });
    if (head.ok) {
      onProgress?.({ status: `using existing blob ${digest}`, digest, total: size, completed: size });
      return digest;
    }
    let sent = 0;
    const body = Readable.toWeb(createReadStream(path, { highWaterMark: 1 << 20 })).pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          sent += chunk.byteLength;
          onProgress?.({ status: `uploading ${basename(path)}`, digest, total: size, completed: sent });
          controller.enqueue(chunk);
        }
      })
    );
    const response = await exchange.fetch(url, {
      method: "POST",
      body,
      duplex: "half",
      headers: { "Content-Length": String(size), ...options.headers }
    } as RequestInit);
    if (!response.ok) {
      const text = await response.text().catch(() => "");
      let detail = text;
      try {
        detail = (JSON.parse(text) as { error?: string }).error ?? text;
      } catch {
        // not JSON: keep the text
      }
      throw new BackendResponseError({ backend: "ollama", detail: `uploading ${basename(path)} failed: ${detail || response.status}`, status: response.status });
    }
    return digest;
  }

  const backend: OllamaBackend = {
    specificationVersion: "v1",
    provider: "ollama",
    modelId: model,
    host,
    capabilities: { constrainedChoices: true },

    get disposed() {
      return disposed;
    },

    doStream,

    doGenerate(generate: GenerateOptions): Promise<GenerateResult> {
      return collectStream(doStream(generate));
    },

    async checkHealth(healthOptions = {}): Promise<BackendHealth> {
      if (disposed) return { ok: false, hint: "The Ollama backend was disposed; create a new one." };
      let version: string | undefined;
      try {
        version = (await call(healthOptions.abortSignal, "Asking Ollama for its version", (c) => c.version())).version;
      } catch (error) {
        const typed = MedslmError.isInstance(error) ? error : toOllamaError(error, { host, model });
        const slow = typed instanceof AbortedError || typed instanceof MedslmTimeoutError;
        return { ok: false, hint: slow ? `Ollama did not answer at ${host} in time. ${OLLAMA_START_HINT}` : typed.message };
      }
      let modelAvailable: boolean | undefined;
      try {
        const list = await call(healthOptions.abortSignal, "Listing Ollama's models", (c) => c.list());
        modelAvailable = list.models.some((m) => sameModel(m.name, model) || sameModel(m.model, model));
        if (!modelAvailable) {
          // Names can differ from the tag list (aliases, digests): ask /api/show too.
          await call(healthOptions.abortSignal, "Asking Ollama about the model", (c) => c.show({ model }));
          modelAvailable = true;
        }
      } catch (error) {
        if (error instanceof ModelNotFoundError) modelAvailable = false;
      }
      return {
        ok: true,
        ...(version !== undefined ? { version } : {}),
        ...(modelAvailable !== undefined ? { modelAvailable } : {}),
        ...(modelAvailable === false ? { hint: `Ollama has no model "${model}". ${ollamaPullHint(model)}` } : {})
      };
    },

    async listModels(listOptions = {}): Promise<BackendModelInfo[]> {
      const list = await call(listOptions.abortSignal, "Listing Ollama's models", (c) => c.list());
      if (!list || !Array.isArray(list.models)) {
        throw new BackendResponseError({ backend: "ollama", detail: "a model list without `models`" });
      }
      return list.models.map((m) => ({
        name: m.name,
        sizeBytes: m.size,
        modifiedAt: String(m.modified_at),
        details: { ...m.details, digest: m.digest }
      }));
    },

    async showModel(showOptions = {}): Promise<OllamaModelDetails> {
      const name = showOptions.model ?? model;
      const info = await call(showOptions.abortSignal, "Asking Ollama about the model", (c) => c.show({ model: name })).catch((error: unknown) => {
        // /api/show names the model it could not find; keep the one asked for.
        if (error instanceof ModelNotFoundError) throw new ModelNotFoundError({ backend: "ollama", model: name, hint: ollamaPullHint(name), cause: error });
        throw error;
      });
      const extra = info as unknown as { system?: string; capabilities?: string[] };
      return {
        name,
        template: info.template ?? "",
        parameters: info.parameters ?? "",
        modelfile: info.modelfile ?? "",
        system: extra.system ?? info.system ?? "",
        license: info.license ?? "",
        details: { ...info.details },
        // Typed as a Map by ollama-js, but JSON gives a plain object.
        modelInfo: info.model_info instanceof Map ? Object.fromEntries(info.model_info) : { ...(info.model_info as object | undefined) },
        capabilities: extra.capabilities ?? []
      };
    },

    async createModel(create: OllamaCreateModelOptions): Promise<void> {
      ensureUsable();
      throwIfAborted(create.abortSignal);
      const name = (create.name ?? model).trim();
      if (name === "") throw new InvalidInputError({ field: "name", reason: "the new model needs a name" });
      const parsed = create.modelfile !== undefined ? parseModelfile(create.modelfile) : undefined;
      const from = create.from ?? parsed?.from;
      if (!from) {
        throw new InvalidInputError({ field: "from", reason: "give a base model name or a GGUF file (FROM in the Modelfile)" });
      }
      const baseDir = create.baseDir ?? process.cwd();
      // No time limit: uploading a multi-gigabyte GGUF to a remote Ollama can take long; Ctrl-C aborts.
      const exchange = open(create.abortSignal, undefined, "Waiting for Ollama to create the model");
      try {
        const request: CreateRequest & { stream: true; files?: Record<string, string> } = { model: name, stream: true };
        const file = await localFile(from, baseDir);
        if (file) request.files = { [basename(file)]: await uploadBlob(file, exchange, create.onProgress) };
        else request.from = from;
        const adapters: Record<string, string> = {};
        for (const adapter of parsed?.adapters ?? []) {
          const path = await localFile(adapter, baseDir);
          if (!path) throw new InvalidModelFileError({ path: adapter, reason: "an ADAPTER must be a local file" });
          adapters[basename(path)] = await uploadBlob(path, exchange, create.onProgress);
        }
        if (Object.keys(adapters).length > 0) request.adapters = adapters;
        const template = create.template ?? parsed?.template;
        if (template !== undefined) request.template = template;
        const system = create.system ?? parsed?.system;
        if (system !== undefined) request.system = system;
        const license = create.license ?? (parsed && parsed.license.length > 0 ? parsed.license : undefined);
        if (license !== undefined) request.license = license;
        const parameters = { ...parsed?.parameters, ...create.parameters };
        if (Object.keys(parameters).length > 0) request.parameters = parameters;
        if (parsed && parsed.messages.length > 0) request.messages = parsed.messages;
        if (create.quantize !== undefined) request.quantize = create.quantize;

        const progress = await exchange.client.create(request);
        for await (const step of progress) {
          create.onProgress?.({
            status: step.status,
            ...(step.digest ? { digest: step.digest } : {}),
            ...(typeof step.total === "number" ? { total: step.total } : {}),
            ...(typeof step.completed === "number" ? { completed: step.completed } : {})
          });
        }
      } catch (error) {
        throw exchange.fail(error);
      } finally {
        exchange.close();
      }
    },

    pullHint(name?: string): string {
      return ollamaPullHint(name ?? model);
    },

    async dispose(): Promise<void> {
      if (disposed) return;
      disposed = true;
      for (const controller of inflight) controller.abort(new DisposedError({ what: "Ollama backend" }));
      inflight.clear();
    },

    [Symbol.asyncDispose](): Promise<void> {
      return backend.dispose();
    }
  };
  return backend;
}
