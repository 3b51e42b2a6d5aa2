import { createInterface } from "node:readline";
import type { Medslm, MedslmConversation } from "@medslm/core";
import type { CommandModule } from "yargs";
import { printAnswer } from "../answer-printer.js";
import { openMedslm, withBackendOptions, withGenerationOptions, type BackendArgs, type GenerationArgs } from "../backend-options.js";
import { exitCodeFor } from "../exit-codes.js";
import { printError, stderrColors, stdoutColors } from "../output.js";
import { patientContextFromArgs, withPatientContextOptions, type PatientContextArgs } from "../patient-context.js";

interface ChatArgs extends BackendArgs, GenerationArgs, PatientContextArgs {}

const HELP = [
  "Type a question and press Enter. The conversation is remembered until /clear.",
  "  /clear   forget the conversation",
  "  /exit    leave (or Ctrl-D; Ctrl-C at an empty prompt)",
  "  /help    this text",
  "Ctrl-C while an answer is being written stops that answer."
].join("\n");

export async function chat(args: ChatArgs): Promise<void> {
  // Line editing and the prompt only when a person is at a terminal on both ends.
  const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
  const c = stdoutColors;
  const context = patientContextFromArgs(args);

  const loading = new AbortController();
  const onLoadSigint = (): void => loading.abort();
  process.on("SIGINT", onLoadSigint);
  let medslm: Medslm;
  try {
    ({ medslm } = await openMedslm(args, { abortSignal: loading.signal }));
  } finally {
    process.off("SIGINT", onLoadSigint);
  }

  const conversation: MedslmConversation = medslm.conversation();
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive, prompt: interactive ? c.bold(c.cyan("> ")) : "" });
  let answering: AbortController | undefined;

  // Ctrl-C: stop the answer being written; at an empty prompt, leave; otherwise clear the line.
  const onInterrupt = (): void => {
    if (answering) {
      answering.abort();
      return;
    }
    if (rl.line === "") {
      rl.close();
      return;
    }
    rl.write(null, { ctrl: true, name: "e" });
    rl.write(null, { ctrl: true, name: "u" });
    process.stdout.write("\n");
    rl.prompt();
  };
  rl.on("SIGINT", onInterrupt);
  // Piped stdin (no raw mode): the terminal delivers Ctrl-C as a signal instead.
  process.on("SIGINT", onInterrupt);

  if (interactive) process.stdout.write(c.dim(`medslm chat with ${medslm.backend.provider} (${medslm.backend.modelId}). /help for commands.`) + "\n");
  rl.prompt();

  try {
    for await (const raw of rl) {
      const line = raw.trim();
      if (line === "") {
        rl.prompt();
        continue;
      }
      if (line.startsWith("/")) {
        const command = line.slice(1).toLowerCase();
        if (command === "exit" || command === "quit") break;
        if (command === "clear") {
          conversation.clear();
          process.stdout.write(c.dim("(conversation cleared)") + "\n");
        } else if (command === "help") {
          process.stdout.write(HELP + "\n");
        } else {
          process.stdout.write(c.yellow(`Unknown command ${line}. Try /help.`) + "\n");
        }
        rl.prompt();
        continue;
      }

      answering = new AbortController();
      try {
        await printAnswer(conversation.ask(line, { ...(context ? { context } : {}), abortSignal: answering.signal }));
      } catch (error) {
        if (answering.signal.aborted) process.stderr.write(stderrColors.dim("(stopped)") + "\n");
        else printError(error);
        // A backend that went away will not come back by itself; the rest (bad input, ...) is per question.
        if (!answering.signal.aborted && isFatal(error)) {
          process.exitCode = exitCodeFor(error);
          break;
        }
      } finally {
        answering = undefined;
      }
      if (interactive) process.stdout.write("\n");
      rl.prompt();
    }
  } finally {
    process.off("SIGINT", onInterrupt);
    rl.close();
    await medslm.dispose();
  }
}

function isFatal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "BACKEND_UNAVAILABLE" || code === "MODEL_NOT_FOUND" || code === "DISPOSED";
}

export const chatCommand: CommandModule<object, ChatArgs> = {
  command: "chat",
  describe: "Talk with the model; the conversation is remembered",
  builder: (yargs) =>
    withPatientContextOptions(withGenerationOptions(withBackendOptions(yargs)))
      .example("$0 chat", "Start a conversation with the best available model")
      .example("$0 chat --backend ollama --model medslm", "Use a model served by Ollama"),
  handler: chat
};

export default chatCommand;
