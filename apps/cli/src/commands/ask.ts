import type { AnswerPart, AnswerResult, Medslm, SelectedBackend } from "@medslm/core";
import type { CommandModule } from "yargs";
import { printAnswer, printTriageNotice } from "../answer-printer.js";
import { openMedslm, safetyPipeline, withBackendOptions, withGenerationOptions, type BackendArgs, type GenerationArgs } from "../backend-options.js";
import { onInterrupt } from "../interrupt.js";
import { ExitCode, exitCodeFor } from "../exit-codes.js";
import { describeError, printError, stderrColors, writeJsonLine } from "../output.js";
import { patientContextFromArgs, withPatientContextOptions, type PatientContextArgs } from "../patient-context.js";
import { readStdin } from "../read-stdin.js";
import { UsageError } from "../usage-error.js";

interface AskArgs extends BackendArgs, GenerationArgs, PatientContextArgs {
  question: string[];
  json?: boolean | undefined;
  streamJson?: boolean | undefined;
}

type Mode = "text" | "json" | "stream-json";

async function questionFrom(words: readonly string[]): Promise<string> {
  // yargs reports a lone "-" as an empty list; both mean "read the question from stdin".
  const fromStdin = words.length === 0 || (words.length === 1 && words[0] === "-");
  const question = fromStdin ? await readStdin() : words.join(" ");
  if (question.trim() === "") throw new UsageError("The question is empty. Example: medslm ask \"What are the side effects of metformin?\"");
  return question;
}

function backendInfo(selected: SelectedBackend | undefined): { backend: string | null; model: string | null; demoModel: boolean } {
  return {
    backend: selected?.backend.provider ?? null,
    model: selected?.backend.modelId ?? null,
    demoModel: selected?.isDemoModel ?? false
  };
}

interface Notices {
  triageMessage?: string;
  escalation?: string;
  flags: unknown[];
}

function jsonResult(result: AnswerResult, selected: SelectedBackend, loadMs: number, notices: Notices): Record<string, unknown> {
  return {
    answer: result.answer,
    text: result.text,
    triage: result.triage,
    ...(notices.triageMessage !== undefined ? { triageMessage: notices.triageMessage } : {}),
    ...(notices.escalation !== undefined ? { escalation: notices.escalation } : {}),
    flags: notices.flags,
    refused: result.refused,
    finishReason: result.finishReason,
    usage: { promptTokens: result.usage.promptTokens ?? null, completionTokens: result.usage.completionTokens ?? null },
    timings: { loadMs, timeToFirstTokenMs: result.timings.timeToFirstTokenMs ?? null, totalMs: result.timings.totalMs },
    ...backendInfo(selected)
  };
}

export async function ask(args: AskArgs): Promise<void> {
  const mode: Mode = args.json ? "json" : args.streamJson ? "stream-json" : "text";
  const interrupt = onInterrupt();

  let medslm: Medslm | undefined;
  let selected: SelectedBackend | undefined;
  try {
    const question = await questionFrom(args.question);
    const context = patientContextFromArgs(args);
    const safety = safetyPipeline(args);
    const shown = new Set<string>();
    if (mode === "text") {
      // Loading a model can take many seconds: an emergency notice must not wait for it. The SDK
      // checks the question again when asked (same pipeline, same verdict); the notice is not repeated.
      const verdict = await safety.createConversation().checkInput(question);
      if (verdict.triage.level !== "routine" && verdict.triage.message) {
        printTriageNotice(verdict.triage.level, verdict.triage.message);
        shown.add(verdict.triage.message);
      }
    }
    const started = performance.now();
    ({ medslm, selected } = await openMedslm(args, { abortSignal: interrupt.signal, safety }));
    const loadMs = performance.now() - started;
    const stream = medslm.ask(question, { ...(context ? { context } : {}), abortSignal: interrupt.signal });

    let refused = false;
    if (mode === "text") {
      const finish = await printAnswer(stream, undefined, { alreadyShown: shown });
      refused = finish?.finishReason === "refused";
    } else if (mode === "stream-json") {
      writeJsonLine({ type: "start", ...backendInfo(selected), loadMs });
      for await (const part of stream) {
        writeJsonLine(part satisfies AnswerPart);
        if (part.type === "finish") refused = part.finishReason === "refused";
      }
    } else {
      const notices: Notices = { flags: [] };
      for await (const part of stream) {
        if (part.type === "triage") notices.triageMessage = part.message;
        else if (part.type === "escalation") notices.escalation = part.message;
        else if (part.type === "flag") notices.flags.push(part.reason);
      }
      const result = await stream.result;
      refused = result.refused;
      writeJsonLine(jsonResult(result, selected, loadMs, notices));
    }
    if (refused) process.exitCode = ExitCode.refused;
  } catch (error) {
    const failure = interrupt.interrupted ? { code: "ABORTED", message: "Interrupted." } : describeError(error);
    const code = interrupt.interrupted ? ExitCode.interrupted : exitCodeFor(error);
    if (mode === "json") writeJsonLine({ error: failure, ...backendInfo(selected) });
    else if (mode === "stream-json") writeJsonLine({ type: "error", error: failure });
    if (interrupt.interrupted) process.stderr.write(stderrColors.dim("\nStopped.") + "\n");
    else if (mode === "text") printError(error);
    process.exitCode = code;
  } finally {
    interrupt.release();
    await medslm?.dispose();
    if (!medslm) await selected?.backend.dispose();
  }
}

export const askCommand: CommandModule<object, AskArgs> = {
  command: "ask <question..>",
  describe: "Ask one question; the answer streams as it is written",
  builder: (yargs) =>
    withPatientContextOptions(withGenerationOptions(withBackendOptions(yargs)))
      .positional("question", { type: "string", array: true, demandOption: true, describe: 'The question (quote it, or "-" to read stdin)' })
      .option("json", { type: "boolean", describe: "Print one JSON object at the end (for scripts)", group: "Output:" })
      .option("stream-json", { type: "boolean", describe: "Print each part of the answer as one JSON line as it comes", group: "Output:" })
      .conflicts("json", "stream-json")
      .example('$0 ask "What are common side effects of metformin?"', "Stream an answer from the best available model")
      .example('$0 ask --age 67 --medications warfarin "Can I take ibuprofen?"', "Give patient context")
      .example('$0 ask --json "Is 38.5 C a fever?" | jq .answer', "Use the answer in a script")
      .example('$0 ask -m ./medslm.gguf --threads 2 "..."', "Use a GGUF file with the embedded backend"),
  handler: ask
};

export default askCommand;
