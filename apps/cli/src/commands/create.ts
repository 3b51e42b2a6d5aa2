import { readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { createOllamaBackend, DEFAULT_OLLAMA_MODEL, generateModelfile, type OllamaProgress } from "@medslm/core";
import type { CommandModule } from "yargs";
import { loadEmbeddedModule } from "../embedded-module.js";
import { assertGgufFile } from "../gguf-file.js";
import { stderrColors } from "../output.js";
import { ProgressBar, formatBytes } from "../progress.js";
import { UsageError } from "../usage-error.js";
import { fromPathFor, modelfileOptions } from "./modelfile.js";

interface CreateArgs {
  gguf?: string | undefined;
  name: string;
  host?: string | undefined;
  modelfile?: string | undefined;
  force?: boolean | undefined;
  quantize?: string | undefined;
  temperature?: number | undefined;
  topP?: number | undefined;
  contextSize?: number | undefined;
  system?: string | undefined;
  license?: string | undefined;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Writes the Modelfile unless a different one is there; false when the folder is read-only. */
async function writeModelfile(path: string, text: string, force: boolean): Promise<boolean> {
  const existing = await readIfExists(path);
  if (existing === text) return true;
  if (existing !== undefined && !force) {
    throw new UsageError(`A different Modelfile is already at ${path}. Pass --force to replace it, or --modelfile <path> to write another.`);
  }
  try {
    await writeFile(path, text);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EROFS" || code === "EPERM") return false;
    throw error;
  }
}

/** Ollama's create steps: a bar for byte counts (the upload), a line for each named step. */
function createProgress(bar: ProgressBar): (progress: OllamaProgress) => void {
  let lastStatus = "";
  return (progress) => {
    if (progress.total && progress.completed !== undefined) {
      bar.update("Uploading", progress.completed / progress.total, `${formatBytes(progress.completed)} / ${formatBytes(progress.total)}`);
      return;
    }
    if (progress.status === lastStatus) return;
    lastStatus = progress.status;
    bar.stop();
    process.stderr.write(stderrColors.dim(`  ${progress.status}`) + "\n");
  };
}

export async function create(args: CreateArgs): Promise<void> {
  const gguf = args.gguf ?? (await (await loadEmbeddedModule()).defaultModelPath());
  if (gguf === undefined) throw new UsageError("Give the GGUF to build from: medslm create path/to/medslm.gguf");
  await assertGgufFile(gguf);

  const modelfilePath = resolve(args.modelfile ?? join(dirname(gguf), "Modelfile"));
  const text = generateModelfile(modelfileOptions(args, fromPathFor(gguf, modelfilePath)));
  const written = await writeModelfile(modelfilePath, text, args.force === true);
  process.stderr.write(
    written
      ? `Modelfile: ${modelfilePath}\n`
      : stderrColors.yellow(`Could not write ${modelfilePath} (read-only); creating from the generated Modelfile anyway.`) + "\n"
  );

  const controller = new AbortController();
  const onSigint = (): void => controller.abort();
  process.on("SIGINT", onSigint);
  const backend = createOllamaBackend({ model: args.name, ...(args.host !== undefined ? { host: args.host } : {}) });
  const bar = new ProgressBar();
  try {
    process.stderr.write(`Creating Ollama model "${args.name}" at ${backend.host}\n`);
    await backend.createModel({
      name: args.name,
      modelfile: text,
      baseDir: dirname(modelfilePath),
      ...(args.quantize !== undefined ? { quantize: args.quantize } : {}),
      onProgress: createProgress(bar),
      abortSignal: controller.signal
    });
  } finally {
    bar.stop();
    process.off("SIGINT", onSigint);
    await backend.dispose();
  }
  const tryIt = args.name === DEFAULT_OLLAMA_MODEL ? 'medslm ask "..."' : `medslm ask --model ${args.name} "..."`;
  process.stdout.write(`Created Ollama model "${args.name}". Try: ${tryIt}\n`);
}

export const createCommand: CommandModule<object, CreateArgs> = {
  command: "create [gguf]",
  describe: "Build an Ollama model from a GGUF: writes the Modelfile beside it and runs Ollama's create",
  builder: (yargs) =>
    yargs
      .positional("gguf", { type: "string", describe: "The GGUF file (default: the demo model)" })
      .option("name", { alias: "n", type: "string", default: DEFAULT_OLLAMA_MODEL, describe: "Name of the Ollama model" })
      .option("host", { type: "string", describe: "Ollama address [env: OLLAMA_HOST]" })
      .option("modelfile", { type: "string", describe: "Where to write the Modelfile (default: Modelfile beside the GGUF)" })
      .option("force", { type: "boolean", describe: "Replace a different Modelfile that is already there" })
      .option("quantize", { type: "string", describe: "Let Ollama quantize an F16/F32 GGUF, e.g. q4_K_M" })
      .option("temperature", { type: "number", describe: "PARAMETER temperature (default 0.7)" })
      .option("top-p", { type: "number", describe: "PARAMETER top_p (default 0.9)" })
      .option("context-size", { type: "number", describe: "PARAMETER num_ctx (default: the model's own)" })
      .option("system", { type: "string", describe: "A SYSTEM line" })
      .option("license", { type: "string", describe: "A LICENSE line" })
      .example("$0 create ./out/medslm.Q4_K_M.gguf", 'Writes ./out/Modelfile and creates the Ollama model "medslm"')
      .example("$0 create ./medslm.gguf --name medslm-test --host http://gpu-box:11434", "Another name, another Ollama"),
  handler: create
};

export default createCommand;
