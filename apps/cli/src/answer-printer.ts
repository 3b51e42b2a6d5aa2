import type { AnswerPart, AnswerStream } from "@medslm/core";
import { stderrColors, stdoutColors, type Colors } from "./output.js";

type FinishPart = Extract<AnswerPart, { type: "finish" }>;

export interface PrintTarget {
  out: NodeJS.WritableStream;
  colors: Colors;
  /** Where notes about the answer go (cut at --max-tokens, flagged); stderr. */
  notes: NodeJS.WritableStream;
  noteColors: Colors;
}

const defaultTarget = (): PrintTarget => ({ out: process.stdout, colors: stdoutColors, notes: process.stderr, noteColors: stderrColors });

function styleTriage(level: "emergency" | "urgent", message: string, c: Colors): string {
  return level === "emergency" ? c.red(c.bold(message)) : c.yellow(c.bold(message));
}

/** The triage notice on its own, for showing it before the model has even loaded. */
export function printTriageNotice(level: "emergency" | "urgent", message: string, target: PrintTarget = defaultTarget()): void {
  target.out.write(styleTriage(level, message, target.colors) + "\n");
}

export interface PrintAnswerOptions {
  /** Notices already printed (printTriageNotice): not repeated, and the answer starts a new paragraph. */
  alreadyShown?: ReadonlySet<string>;
}

/**
 * Writes an answer as it is generated: the triage notice first (red and bold on a terminal),
 * then a refusal or the model's text, an escalation, the disclaimer. Returns the finish part.
 */
export async function printAnswer(
  answer: AnswerStream,
  target: PrintTarget = defaultTarget(),
  options: PrintAnswerOptions = {}
): Promise<FinishPart | undefined> {
  const { out, colors: c } = target;
  const shown = new Set<string>(options.alreadyShown);
  let atLineStart = true;
  let wroteAnything = shown.size > 0;
  let afterBlock = shown.size > 0;
  let sawText = false;
  // Whitespace at the end of the text so far: written only if more text follows.
  let pendingSpace = "";
  let finish: FinishPart | undefined;
  const write = (text: string): void => {
    if (text === "") return;
    out.write(text);
    wroteAnything = true;
    atLineStart = text.endsWith("\n");
  };
  const block = (text: string): void => {
    pendingSpace = "";
    // A notice is its own paragraph, whatever came before it.
    if (wroteAnything && !afterBlock) write(atLineStart ? "\n" : "\n\n");
    else if (afterBlock) write("\n");
    write(text + "\n");
    afterBlock = true;
  };

  try {
    for await (const part of answer) {
      switch (part.type) {
        case "triage":
          if (shown.has(part.message)) break;
          shown.add(part.message);
          block(styleTriage(part.level, part.message, c));
          break;
        case "refusal":
          block(c.yellow(part.message));
          break;
        case "text-delta": {
          // Models often open with a newline after the response header and end with blank lines:
          // drop the first, and hold trailing whitespace until more text follows.
          const text = sawText ? pendingSpace + part.text : part.text.trimStart();
          const body = text.trimEnd();
          pendingSpace = text.slice(body.length);
          if (body === "") break;
          sawText = true;
          if (afterBlock) {
            // A blank line between a notice and the model's text.
            write("\n");
            afterBlock = false;
          }
          write(body);
          break;
        }
        case "escalation":
          // The output checks repeat an emergency triage notice as an escalation; once is enough.
          if (!shown.has(part.message)) block(c.red(c.bold(part.message)));
          break;
        case "disclaimer":
          block(c.dim(part.text));
          break;
        case "flag":
          break;
        case "finish":
          finish = part;
          break;
      }
    }
  } finally {
    if (wroteAnything && !atLineStart) out.write("\n");
  }
  if (finish?.finishReason === "length") {
    target.notes.write(target.noteColors.dim("(The answer stopped at the token limit; raise it with --max-tokens.)") + "\n");
  }
  return finish;
}
