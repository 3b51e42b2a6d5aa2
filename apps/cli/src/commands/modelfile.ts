import { writeFile } from "node:fs/promises";
import { dirname, relative, resolve, sep } from "node:path";
import { generateModelfile, type ModelfileOptions } from "@medslm/core";
import type { CommandModule } from "yargs";
import { assertGgufFile } from "../gguf-file.js";
import { UsageError } from "../usage-error.js";

interface ModelfileArgs {
  gguf: string;
  output?: string | undefined;
  temperature?: number | undefined;
  topP?: number | undefined;
  contextSize?: number | undefined;
  system?: string | undefined;
  license?: string | undefined;
}

/** The FROM path as Ollama resolves it: relative to the Modelfile's own folder. */
export function fromPathFor(gguf: string, modelfilePath: string): string {
  const rel = relative(dirname(resolve(modelfilePath)), resolve(gguf));
  return rel.startsWith("..") || rel.startsWith(sep) ? resolve(gguf) : `./${rel.split(sep).join("/")}`;
}

export function modelfileOptions(args: Omit<ModelfileArgs, "gguf" | "output">, from: string): ModelfileOptions {
  const options: ModelfileOptions = { from };
  if (args.temperature !== undefined) options.temperature = args.temperature;
  if (args.topP !== undefined) options.topP = args.topP;
  if (args.contextSize !== undefined) {
    if (!Number.isInteger(args.contextSize) || args.contextSize <= 0) throw new UsageError("--context-size expects a whole number of tokens above 0.");
    options.contextSize = args.contextSize;
  }
  if (args.system !== undefined) options.system = args.system;
  if (args.license !== undefined) options.license = args.license;
  return options;
}

async function modelfile(args: ModelfileArgs): Promise<void> {
  await assertGgufFile(args.gguf);
  if (args.output === undefined) {
    process.stdout.write(generateModelfile(modelfileOptions(args, args.gguf)));
    return;
  }
  await writeFile(args.output, generateModelfile(modelfileOptions(args, fromPathFor(args.gguf, args.output))));
  process.stderr.write(`Wrote ${args.output}\n`);
}

export const modelfileCommand: CommandModule<object, ModelfileArgs> = {
  command: "modelfile <gguf>",
  describe: "Print the Ollama Modelfile for a medslm GGUF (template, stop sequences, sampling defaults)",
  builder: (yargs) =>
    yargs
      .positional("gguf", { type: "string", demandOption: true, describe: "The GGUF file (FROM line)" })
      .option("output", { alias: "o", type: "string", describe: "Write to this file instead of stdout (FROM is made relative to it)" })
      .option("temperature", { type: "number", describe: "PARAMETER temperature (default 0.7)" })
      .option("top-p", { type: "number", describe: "PARAMETER top_p (default 0.9)" })
      .option("context-size", { type: "number", describe: "PARAMETER num_ctx (default: the model's own)" })
      .option("system", { type: "string", describe: "A SYSTEM line" })
      .option("license", { type: "string", describe: "A LICENSE line" })
      .example("$0 modelfile ./medslm.Q4_K_M.gguf > Modelfile", "Then: ollama create medslm -f Modelfile")
      .example("$0 modelfile ./medslm.gguf -o out/Modelfile", "Write it to a file"),
  handler: modelfile
};

export default modelfileCommand;
