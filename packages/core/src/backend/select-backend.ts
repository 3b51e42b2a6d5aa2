import { BackendUnavailableError } from "../errors/backend-unavailable-error.js";
import { ModelNotFoundError } from "../errors/model-not-found-error.js";
import type * as Embedded from "../embedded/index.js";
import type { BackendKind, ModelBackend } from "./model-backend.js";
import { createOllamaBackend } from "./ollama-backend.js";
import { createOpenAICompatibleBackend } from "./openai-compatible-backend.js";

/** The Ollama model name `medslm create` makes by default. */
export const DEFAULT_OLLAMA_MODEL = "medslm";

export interface SelectBackendOptions {
  backend?: BackendKind;
  /** An Ollama model name, a GGUF path, an `hf:` address or an https URL. */
  model?: string;
  ollamaHost?: string;
  /** Base URL of an OpenAI-compatible server. */
  baseURL?: string;
  apiKey?: string;
  /** Embedded backend: CPU threads and GPU use. */
  threads?: number;
  gpu?: Embedded.EmbeddedBackendOptions["gpu"];
  onProgress?: Embedded.EmbeddedBackendOptions["onProgress"];
  abortSignal?: AbortSignal;
  /** Where MEDSLM_* and OLLAMA_HOST are read from; process.env by default. */
  env?: Record<string, string | undefined>;
  /** How long the Ollama probe may take before falling back (ms). */
  probeTimeoutMs?: number;
}

export interface SelectedBackend {
  backend: ModelBackend;
  /** Why this backend was chosen, one line for `--verbose` and `doctor`. */
  reason: string;
  /** True when the embedded demo model was chosen because nothing else was configured. */
  isDemoModel: boolean;
}

const BACKENDS: readonly BackendKind[] = ["ollama", "embedded", "openai-compatible"];

function looksLikeFile(model: string): boolean {
  return /\.gguf$/i.test(model) || model.startsWith("hf:") || /^https?:\/\//.test(model) || model.startsWith("/") || model.startsWith("./") || model.startsWith("../");
}

async function loadEmbedded(): Promise<typeof Embedded> {
  try {
    // Loaded on demand, so importing @medslm/core never loads the native module.
    return await import("../embedded/index.js");
  } catch (error) {
    throw new BackendUnavailableError({
      backend: "embedded",
      hint: "Install the native runtime with `npm install node-llama-cpp`, or use Ollama (--backend ollama).",
      cause: error
    });
  }
}

async function embedded(model: string | undefined, options: SelectBackendOptions, env: Record<string, string | undefined>): Promise<{ backend: ModelBackend; isDemoModel: boolean }> {
  const mod = await loadEmbedded();
  let path = model;
  let isDemoModel = false;
  if (path === undefined) {
    path = await mod.defaultModelPath();
    isDemoModel = true;
    if (path === undefined) {
      throw new BackendUnavailableError({
        backend: "embedded",
        hint: "No model is configured and the demo model @medslm/model-tiny is not installed. Pass --model <file.gguf|hf:user/repo/file.gguf>, set MEDSLM_MODEL, or start Ollama and run `medslm create`."
      });
    }
  }
  const threads = options.threads ?? (env.MEDSLM_THREADS ? Number(env.MEDSLM_THREADS) : undefined);
  const backend = await mod.createEmbeddedBackend({
    model: path,
    ...(threads !== undefined && Number.isFinite(threads) ? { threads } : {}),
    ...(options.gpu !== undefined ? { gpu: options.gpu } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.abortSignal ? { abortSignal: options.abortSignal } : {})
  });
  return { backend, isDemoModel };
}

/**
 * Model selection without configuration: the configured backend/model; else Ollama when it is
 * reachable and has the model; else the embedded backend with the default GGUF; else an error
 * that says exactly what to do.
 */
export async function selectBackend(options: SelectBackendOptions = {}): Promise<SelectedBackend> {
  const env = options.env ?? process.env;
  const kindText = options.backend ?? env.MEDSLM_BACKEND;
  if (kindText !== undefined && !BACKENDS.includes(kindText as BackendKind)) {
    throw new BackendUnavailableError({ backend: kindText, hint: `Choose one of: ${BACKENDS.join(", ")}.` });
  }
  const kind = kindText as BackendKind | undefined;
  const model = options.model ?? env.MEDSLM_MODEL;
  const host = options.ollamaHost ?? env.OLLAMA_HOST;

  if (kind === "openai-compatible") {
    const baseURL = options.baseURL ?? env.MEDSLM_OPENAI_BASE_URL;
    if (!baseURL || !model) {
      throw new BackendUnavailableError({
        backend: "openai-compatible",
        hint: "Give the server's address and the model name: --base-url http://host:8000/v1 --model NAME (or MEDSLM_OPENAI_BASE_URL and MEDSLM_MODEL)."
      });
    }
    const apiKey = options.apiKey ?? env.MEDSLM_OPENAI_API_KEY;
    return {
      backend: createOpenAICompatibleBackend({ baseURL, model, ...(apiKey ? { apiKey } : {}) }),
      reason: `openai-compatible server at ${baseURL}, model ${model}`,
      isDemoModel: false
    };
  }
  if (kind === "ollama") {
    const name = model ?? DEFAULT_OLLAMA_MODEL;
    return {
      backend: createOllamaBackend({ model: name, ...(host ? { host } : {}) }),
      reason: `ollama (as configured), model ${name}`,
      isDemoModel: false
    };
  }
  if (kind === "embedded" || (model !== undefined && looksLikeFile(model))) {
    const chosen = await embedded(model, options, env);
    return { ...chosen, reason: `embedded llama.cpp, ${model ?? "the demo model @medslm/model-tiny"}` };
  }

  // Nothing forces a backend: ask Ollama first.
  const name = model ?? DEFAULT_OLLAMA_MODEL;
  const ollama = createOllamaBackend({ model: name, ...(host ? { host } : {}) });
  const probe = new AbortController();
  const timer = setTimeout(() => probe.abort(), options.probeTimeoutMs ?? 1500);
  const health = await ollama.checkHealth({ abortSignal: probe.signal }).finally(() => clearTimeout(timer));
  if (health.ok && health.modelAvailable !== false) {
    return { backend: ollama, reason: `ollama is reachable and has ${name}`, isDemoModel: false };
  }
  await ollama.dispose();
  if (model !== undefined) {
    // The user named an Ollama model: falling back to another model would be a surprise.
    if (health.ok) {
      throw new ModelNotFoundError({ backend: "ollama", model, hint: `Run \`ollama pull ${model}\`, or build it with \`medslm create\`.` });
    }
    throw new BackendUnavailableError({
      backend: "ollama",
      location: host ?? "http://127.0.0.1:11434",
      hint: `Model "${model}" is an Ollama model name. Start Ollama with \`ollama serve\` (or set OLLAMA_HOST), or pass a GGUF file with --model ./file.gguf.`
    });
  }
  const chosen = await embedded(undefined, options, env);
  const why = health.ok ? `ollama has no "${name}" model` : "ollama is not reachable";
  return { ...chosen, reason: `${why}; using the embedded demo model @medslm/model-tiny` };
}
