import { createInterface } from "node:readline";
import {
  createScopeModelClassifier,
  createTriageModelClassifier,
  MedslmError,
  SafetyPipeline,
  type Audience,
  type InputVerdict,
  type SafetyClassifier
} from "@medslm/core";
import { NAME_MODEL_HELP, PLACE_MODEL_HELP, SCOPE_MODEL_HELP, TRIAGE_MODEL_HELP } from "../backend-options.js";
import type { CommandModule } from "yargs";

interface SafetyArgs {
  json: boolean;
  audience: Audience;
  locale?: string | undefined;
  emergencyNumber?: string | undefined;
  crisisNumber?: string | undefined;
  maxInputChars?: number | undefined;
  triageModel?: boolean | undefined;
  nameModel?: boolean | undefined;
  placeModel?: boolean | undefined;
  scopeModel?: boolean | undefined;
  /** Injected by tests through yargs' parse context; never a command-line flag. */
  io?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream } | undefined;
}

/** The stable `safety --json` record (see packages/core/src/safety/README.md). */
export function toRecord(v: InputVerdict): Record<string, unknown> {
  return {
    triage: { level: v.triage.level, reasons: v.triage.reasons },
    redacted: v.redacted,
    phi: v.phi.map((p) => ({ type: p.type, text: p.text, start: p.start, end: p.end })),
    scope: { allowed: v.scope.allowed, category: v.scope.category, reasons: v.scope.reasons }
  };
}

function errorRecord(line: number, code: string, message: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { error: { code, line, message, ...extra } };
}

function humanLine(line: number, v: InputVerdict): string {
  const rules = [...v.triage.reasons, ...v.scope.reasons].map((r) => r.rule).join(", ");
  const scope = v.scope.allowed ? "allowed" : `refused (${v.scope.category})`;
  return `${line}: ${v.triage.level} · ${scope} · ${v.phi.length} PHI · ${v.redacted}${rules ? `\n   ${rules}` : ""}\n`;
}

/**
 * Read JSON Lines `{"text": "..."}` and write one verdict per input line, in order. A line that is
 * not such an object, or text the pipeline refuses, gives an error line naming the line number;
 * processing goes on. Blank lines are skipped.
 */
export async function runSafety(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  pipeline: SafetyPipeline,
  json: boolean
): Promise<{ lines: number; errors: number }> {
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  let errors = 0;
  const write = (record: Record<string, unknown>) => output.write(`${JSON.stringify(record)}\n`);
  for await (const raw of rl) {
    lineNo++;
    if (raw.trim().length === 0) continue;
    let text: unknown;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed) || !("text" in parsed)) {
        throw new Error('expected an object with a "text" string, e.g. {"text": "..."}');
      }
      text = (parsed as { text: unknown }).text;
      if (typeof text !== "string") throw new Error('"text" must be a string');
    } catch (error) {
      errors++;
      const message = `line ${lineNo}: ${error instanceof Error ? error.message : String(error)}`;
      if (json) write(errorRecord(lineNo, "SAFETY_JSONL", message));
      else output.write(`${lineNo}: error [SAFETY_JSONL] ${message}\n`);
      continue;
    }
    try {
      const verdict = await pipeline.checkInput(text as string);
      if (json) write(toRecord(verdict));
      else output.write(humanLine(lineNo, verdict));
    } catch (error) {
      if (!MedslmError.isInstance(error)) throw error;
      errors++;
      const extra = "problem" in error ? { problem: (error as { problem: unknown }).problem } : {};
      if (json) write(errorRecord(lineNo, error.code, `line ${lineNo}: ${error.message}`, extra));
      else output.write(`${lineNo}: error [${error.code}] ${error.message}\n`);
    }
  }
  return { lines: lineNo, errors };
}

const safetyCommand: CommandModule<object, SafetyArgs> = {
  command: "safety",
  describe: "Run the safety pipeline (triage, PHI redaction, scope) on JSON Lines from stdin, no model needed",
  builder: (yargs) =>
    yargs
      .option("json", { type: "boolean", default: false, describe: "One JSON verdict per input line (the audit format)" })
      .option("audience", { choices: ["patient", "care-team", "student"] as const, default: "patient" as Audience, describe: "Who the answers are for" })
      .option("locale", { type: "string", describe: "Locale of the notices, e.g. en-US, es-US (default en-US)" })
      .option("emergency-number", { type: "string", describe: "Emergency number in notices (default 911)" })
      .option("crisis-number", { type: "string", describe: "Crisis line in notices (default 988 in the US)" })
      .option("max-input-chars", { type: "number", describe: "Longest text accepted per line (default 65536)" })
      .option("triage-model", { type: "boolean", default: true, describe: TRIAGE_MODEL_HELP })
      .option("name-model", { type: "boolean", default: true, describe: NAME_MODEL_HELP })
      .option("place-model", { type: "boolean", default: true, describe: PLACE_MODEL_HELP })
      .option("scope-model", { type: "boolean", default: true, describe: SCOPE_MODEL_HELP })
      .example(`echo '{"text":"my dad has chest pain and his arm is numb"}' | $0 safety --json`, "Audit one message")
      .example("$0 safety --json < messages.jsonl > verdicts.jsonl", "Audit a file of messages")
      .example("$0 safety --json --no-triage-model --no-scope-model --no-name-model --no-place-model < messages.jsonl", "Rules only: deterministic verdicts, no learned step"),
  handler: async (args) => {
    const classifiers: SafetyClassifier[] = [];
    if (args.triageModel !== false) classifiers.push(createTriageModelClassifier());
    if (args.scopeModel !== false) classifiers.push(createScopeModelClassifier());
    const pipeline = new SafetyPipeline({
      audience: args.audience,
      ...(args.locale !== undefined ? { locale: args.locale } : {}),
      ...(args.emergencyNumber !== undefined ? { emergencyNumber: args.emergencyNumber } : {}),
      ...(args.crisisNumber !== undefined ? { crisisNumber: args.crisisNumber } : {}),
      ...(args.maxInputChars !== undefined ? { maxInputChars: args.maxInputChars } : {}),
      nameModel: args.nameModel !== false,
      placeModel: args.placeModel !== false,
      classifier: classifiers
    });
    const io = typeof args.io === "object" && args.io !== null ? args.io : { input: process.stdin, output: process.stdout };
    await runSafety(io.input, io.output, pipeline, args.json);
  }
};

export default safetyCommand;
