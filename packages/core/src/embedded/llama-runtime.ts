import { getLlama, LlamaLogLevel, type Llama, type LlamaGpuType } from "node-llama-cpp";
import { BackendUnavailableError } from "../errors/backend-unavailable-error.js";

/**
 * `"auto"` uses a GPU when node-llama-cpp finds a working one (CUDA, Vulkan, Metal) and the CPU
 * otherwise; `false` forces the CPU; a named type fails when that GPU cannot be used.
 */
export type EmbeddedGpu = "auto" | false | "cuda" | "vulkan" | "metal";

export interface LlamaRuntime {
  llama: Llama;
  /** A position in llama.cpp's log, for `logsSince`. */
  logMark(): number;
  /** llama.cpp warnings and errors since `mark`: they explain a failed load better than its generic error. */
  logsSince(mark: number): string[];
}

const runtimes = new Map<string, Promise<LlamaRuntime>>();

/**
 * One llama.cpp runtime per GPU choice for the whole process: loading the binding tests the
 * binary in a child process (~0.6 s), so backends share it. It lives until the process exits
 * (node-llama-cpp frees it then); backends free their own models and contexts.
 */
export function getLlamaRuntime(gpu: EmbeddedGpu): Promise<LlamaRuntime> {
  const key = String(gpu);
  let runtime = runtimes.get(key);
  if (!runtime) {
    runtime = createRuntime(gpu);
    runtimes.set(key, runtime);
    // A failed start (say, no CUDA binary) must not stay cached: the user may fix it and retry.
    runtime.catch(() => runtimes.delete(key));
  }
  return runtime;
}

async function createRuntime(gpu: EmbeddedGpu): Promise<LlamaRuntime> {
  const logs: string[] = [];
  let total = 0;
  try {
    const llama = await getLlama({
      gpu: gpu as "auto" | LlamaGpuType,
      // Never compile llama.cpp from source at run time: that needs a toolchain and minutes.
      build: "never",
      // 0 = no process-wide cap, so each context gets exactly the threads it asks for.
      maxThreads: 0,
      logLevel: LlamaLogLevel.warn,
      // Keep llama.cpp's own log lines off the user's terminal; they are attached to our errors instead.
      logger: (level, message) => {
        if (level !== LlamaLogLevel.warn && level !== LlamaLogLevel.error && level !== LlamaLogLevel.fatal) return;
        logs.push(message.trim());
        total++;
        if (logs.length > 20) logs.shift();
      },
      progressLogs: false
    });
    return {
      llama,
      logMark: () => total,
      logsSince: (mark) => logs.slice(Math.max(0, logs.length - (total - mark)))
    };
  } catch (error) {
    const what = gpu === false ? "the CPU" : gpu === "auto" ? "this machine" : `GPU type "${gpu}"`;
    throw new BackendUnavailableError({
      backend: "embedded",
      hint: `node-llama-cpp has no working llama.cpp binary for ${what} (${error instanceof Error ? error.message : String(error)}). ${
        gpu === false || gpu === "auto"
          ? "Reinstall node-llama-cpp (npm install node-llama-cpp), or use Ollama (--backend ollama)."
          : 'Use gpu: "auto" or false, or install that GPU\'s drivers.'
      }`,
      cause: error
    });
  }
}
