import os from "node:os";
import { getLlama, getModuleVersion, LlamaLogLevel, type Llama, type LlamaGpuType } from "node-llama-cpp";
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

/**
 * Threads for generation when none are given: half the logical CPUs (the physical cores on SMT
 * machines), at least 1 and at most 4. llama.cpp's threads spin while they wait for each other,
 * so more threads than free cores is far slower, not faster: on a 2-core machine its own default
 * of 4 made a tiny model ~100x slower than 1-2 (bench/embedded-overhead.mjs measures 1/2/4).
 */
export function defaultThreads(): number {
  return Math.max(1, Math.min(4, Math.floor(os.availableParallelism() / 2)));
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

export interface EmbeddedRuntimeInfo {
  /** The GPU llama.cpp uses ("cuda", "vulkan", "metal"), or false for the CPU. */
  gpu: string | false;
  /** node-llama-cpp's version. */
  version: string;
  /** Threads a backend uses when none are given. */
  defaultThreads: number;
  /** Total and free memory llama.cpp can use (VRAM on a GPU, RAM on the CPU), in bytes. */
  memory: { total: number; free: number };
}

/** What the embedded backend would run on here; throws BackendUnavailableError when it cannot run. */
export async function describeEmbeddedRuntime(options: { gpu?: EmbeddedGpu } = {}): Promise<EmbeddedRuntimeInfo> {
  const { llama } = await getLlamaRuntime(options.gpu ?? "auto");
  const memory = llama.gpu === false ? { total: os.totalmem(), free: os.freemem() } : await llama.getVramState();
  return {
    gpu: llama.gpu,
    version: await getModuleVersion(),
    defaultThreads: defaultThreads(),
    memory: { total: memory.total, free: memory.free }
  };
}
