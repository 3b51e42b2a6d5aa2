import { createOllamaBackend, DEFAULT_OLLAMA_MODEL, type BackendModelInfo } from "@medslm/core";
import type { CommandModule } from "yargs";
import { loadEmbeddedModule } from "../embedded-module.js";
import { stdoutColors, writeJsonLine } from "../output.js";
import { formatBytes } from "../progress.js";

interface ModelsArgs {
  host?: string | undefined;
  json?: boolean | undefined;
}

interface Listing {
  ollama: { host: string; reachable: boolean; models: BackendModelInfo[]; error?: string };
  embedded: { defaultModel: string | null; cacheDir: string | null; cached: BackendModelInfo[]; error?: string };
}

const OLLAMA_DEFAULT_HOST = "http://127.0.0.1:11434";

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function listModels(args: ModelsArgs): Promise<Listing> {
  const host = args.host ?? process.env.OLLAMA_HOST ?? OLLAMA_DEFAULT_HOST;
  const listing: Listing = {
    ollama: { host, reachable: false, models: [] },
    embedded: { defaultModel: null, cacheDir: null, cached: [] }
  };

  const ollama = createOllamaBackend({ model: process.env.MEDSLM_MODEL ?? DEFAULT_OLLAMA_MODEL, host });
  try {
    const health = await ollama.checkHealth({ abortSignal: AbortSignal.timeout(3000) });
    if (health.ok) {
      listing.ollama.reachable = true;
      listing.ollama.models = await ollama.listModels({ abortSignal: AbortSignal.timeout(10_000) });
    } else if (health.hint) {
      listing.ollama.error = health.hint;
    }
  } catch (error) {
    listing.ollama.error = errorText(error);
  } finally {
    await ollama.dispose();
  }

  try {
    const embedded = await loadEmbeddedModule();
    listing.embedded.defaultModel = (await embedded.defaultModelPath()) ?? null;
    listing.embedded.cacheDir = embedded.modelCacheDir();
    listing.embedded.cached = await embedded.listCachedModels();
  } catch (error) {
    listing.embedded.error = errorText(error);
  }
  return listing;
}

function row(name: string, info: BackendModelInfo): string {
  const size = info.sizeBytes !== undefined ? formatBytes(info.sizeBytes) : "";
  const modified = info.modifiedAt ? info.modifiedAt.slice(0, 10) : "";
  return `  ${name.padEnd(40)} ${size.padStart(9)}  ${modified}`;
}

async function models(args: ModelsArgs): Promise<void> {
  const listing = await listModels(args);
  if (args.json) {
    writeJsonLine(listing);
    return;
  }
  const c = stdoutColors;
  const out: string[] = [];
  out.push(c.bold(`Ollama (${listing.ollama.host})`));
  if (!listing.ollama.reachable) out.push(c.yellow("  not reachable: start it with `ollama serve`, or set OLLAMA_HOST (--host) to where it runs"));
  else if (listing.ollama.models.length === 0) out.push("  no models yet: build one with `medslm create path/to/medslm.gguf`");
  else
    for (const m of listing.ollama.models) {
      const isMedslm = m.name === DEFAULT_OLLAMA_MODEL || m.name.startsWith(`${DEFAULT_OLLAMA_MODEL}:`);
      out.push(isMedslm ? c.green(row(m.name, m)) : row(m.name, m));
    }
  out.push("");
  out.push(c.bold("Embedded (llama.cpp)"));
  if (listing.embedded.error) out.push(c.yellow(`  unavailable: ${listing.embedded.error}`));
  else {
    out.push(`  default model: ${listing.embedded.defaultModel ?? c.yellow("none installed (pass --model file.gguf)")}`);
    out.push(`  cache: ${listing.embedded.cacheDir}`);
    if (listing.embedded.cached.length === 0) out.push("  no downloaded models");
    for (const m of listing.embedded.cached) out.push(row(m.name, m));
  }
  process.stdout.write(out.join("\n") + "\n");
}

export const modelsCommand: CommandModule<object, ModelsArgs> = {
  command: "models",
  describe: "List models: Ollama's (if it runs) and the GGUFs the embedded backend can use",
  builder: (yargs) =>
    yargs
      .option("host", { type: "string", describe: "Ollama address [env: OLLAMA_HOST]" })
      .option("json", { type: "boolean", describe: "Print JSON" })
      .example("$0 models", "What can I use?"),
  handler: models
};

export default modelsCommand;
