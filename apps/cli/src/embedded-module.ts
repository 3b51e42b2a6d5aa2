import { BackendUnavailableError } from "@medslm/core";
import type * as Embedded from "@medslm/core/embedded";

export type EmbeddedModule = typeof Embedded;

/**
 * `@medslm/core/embedded` loads node-llama-cpp's native binding: import it only in the commands
 * that need it, so `medslm modelfile` and `--help` stay fast and work without it.
 */
export async function loadEmbeddedModule(): Promise<EmbeddedModule> {
  try {
    return await import("@medslm/core/embedded");
  } catch (error) {
    throw new BackendUnavailableError({
      backend: "embedded",
      hint: "The native runtime could not be loaded: reinstall it with `npm install node-llama-cpp`, or use Ollama (--backend ollama).",
      cause: error
    });
  }
}
