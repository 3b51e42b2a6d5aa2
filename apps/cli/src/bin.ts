import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import packageJson from "../package.json" with { type: "json" };
import type { CommandModule } from "yargs";
import { ExitCode, exitCodeFor, exitCodesHelp } from "./exit-codes.js";
import { printError } from "./output.js";
import { UsageError } from "./usage-error.js";

const environmentHelp = [
  "Environment:",
  "  MEDSLM_BACKEND          ollama | embedded | openai-compatible",
  "  MEDSLM_MODEL            Ollama model name, GGUF path, hf: address or URL",
  "  OLLAMA_HOST             Ollama address (default http://127.0.0.1:11434)",
  "  MEDSLM_OPENAI_BASE_URL  OpenAI-compatible server, e.g. http://localhost:8000/v1",
  "  MEDSLM_OPENAI_API_KEY   its API key, if it needs one",
  "  MEDSLM_THREADS          CPU threads for the embedded backend",
  "  MEDSLM_CACHE_DIR        where downloaded GGUFs are kept",
  "  NO_COLOR                no colour; MEDSLM_DEBUG=1: error details"
].join("\n");

/** Flush what is still buffered for a pipe before leaving. */
function flush(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.writableLength === 0) resolve();
    else stream.write("", () => resolve());
  });
}

async function exit(code: number): Promise<never> {
  await Promise.all([flush(process.stdout), flush(process.stderr)]);
  // Native runtimes and keep-alive sockets can hold the event loop open after the work is done.
  process.exit(code);
}

// Each command types its own arguments; here they are only registered.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyCommand = CommandModule<object, any>;
type Loader = () => Promise<{ default: AnyCommand }>;

/** One file per command (as node-llama-cpp's src/cli/commands), in the order `--help` lists them. */
const COMMANDS: ReadonlyArray<[name: string, load: Loader]> = [
  ["ask", () => import("./commands/ask.js")],
  ["chat", () => import("./commands/chat.js")],
  ["modelfile", () => import("./commands/modelfile.js")],
  ["create", () => import("./commands/create.js")],
  ["models", () => import("./commands/models.js")],
  ["doctor", () => import("./commands/doctor.js")],
  ["safety", () => import("./commands/safety.js")],
  ["eval", () => import("./commands/eval.js")]
];

/**
 * The command named on the command line, alone; every command for `--help`, a typo or none.
 * `medslm ask` then never loads what `eval` needs: it counts against the cold start.
 */
async function commandsFor(args: readonly string[]): Promise<AnyCommand[]> {
  const first = args.find((arg) => !arg.startsWith("-"));
  const chosen = COMMANDS.filter(([name]) => name === first);
  const loaders = chosen.length > 0 ? chosen : COMMANDS;
  return Promise.all(loaders.map(async ([, load]) => (await load()).default));
}

async function main(): Promise<void> {
  const args = hideBin(process.argv);
  const cli = yargs(args);
  for (const command of await commandsFor(args)) cli.command(command);
  cli
    .scriptName("medslm")
    .usage("$0 <command> [options]\n\nA private, local medical assistant. Answers are not medical advice.")
    .demandCommand(1, "Choose a command, e.g. `medslm ask \"...\"`.")
    .recommendCommands()
    .strict()
    .example('$0 ask "What are the side effects of metformin?"', "Ask one question")
    .example("$0 chat", "Have a conversation")
    .example("$0 create ./medslm.Q4_K_M.gguf", "Build the Ollama model `medslm` from a GGUF")
    .example("$0 doctor", "Check what works on this machine")
    .epilog(`${exitCodesHelp}\n\n${environmentHelp}`)
    .help("help")
    .alias("h", "help")
    .version(packageJson.version)
    .alias("v", "version")
    .wrap(Math.min(110, cli.terminalWidth()))
    .fail((message, error) => {
      // Errors thrown by a command's handler go to main's catch; yargs' own are usage errors.
      if (error && error.name !== "YError") throw error;
      const text = message ?? error?.message ?? "invalid arguments.";
      throw new UsageError(text.startsWith("Did you mean") ? `Unknown command. ${text}` : text);
    });
  await cli.parseAsync();
}

// A reader that went away (`medslm ask ... | head -1`) is not an error: stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(ExitCode.ok);
    throw error;
  });
}

// Whatever escapes the commands still reaches the user as one line, never a stack trace.
const fatal = (error: unknown): void => {
  printError(error);
  process.exit(exitCodeFor(error));
};
process.on("uncaughtException", fatal);
process.on("unhandledRejection", fatal);

try {
  await main();
  await exit(typeof process.exitCode === "number" ? process.exitCode : ExitCode.ok);
} catch (error) {
  printError(error);
  await exit(exitCodeFor(error));
}
