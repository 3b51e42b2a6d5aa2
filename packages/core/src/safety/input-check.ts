import { SafetyInputError } from "../errors/safety-input-error.js";
import type { SafetyReason } from "./types.js";

export const DEFAULT_MAX_INPUT_CHARS = 65_536;

export interface CheckedInput {
  /** Text to judge: lone surrogates replaced by U+FFFD, control characters by spaces. */
  text: string;
  notes: SafetyReason[];
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATE_G = new RegExp(LONE_SURROGATE.source, "g");
// Nothing visible: whitespace, zero-width and format characters, soft hyphens.
const BLANK = /^[\s\u200b-\u200f\u2060-\u2064\ufeff\u00ad]*$/;
// C0/C1 controls other than tab, newline and carriage return.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * Refuse what cannot be judged (typed error), repair what can (with a note in the verdict).
 * Replacement keeps offsets: every repaired character is one UTF-16 unit in and out.
 */
export function checkInputText(input: unknown, maxChars: number): CheckedInput {
  if (typeof input !== "string") {
    throw new SafetyInputError({ problem: "not-string", reason: `expected a string, got ${input === null ? "null" : typeof input}.` });
  }
  if (input.length > maxChars) {
    throw new SafetyInputError({
      problem: "too-long",
      reason: `${input.length} characters is over the limit of ${maxChars}; split the message or raise maxInputChars.`
    });
  }
  const notes: SafetyReason[] = [];
  let text = input;
  if (LONE_SURROGATE.test(text)) {
    text = text.replace(LONE_SURROGATE_G, "\ufffd");
    notes.push({ rule: "input.invalid-utf16-repaired", finding: "lone surrogates replaced by U+FFFD" });
  }
  let controls = 0;
  let nul = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f)) controls++;
  }
  if (BLANK.test(text)) {
    throw new SafetyInputError({ problem: "empty", reason: "the message is empty or only whitespace." });
  }
  // Binary data (a file pasted or piped by mistake): NUL bytes or mostly control characters.
  if ((nul > 0 && nul * 20 > text.length) || controls * 10 > text.length) {
    throw new SafetyInputError({ problem: "binary", reason: "the message looks like binary data, not text." });
  }
  if (controls > 0) {
    text = text.replace(CONTROL, " ");
    notes.push({ rule: "input.control-characters-removed", finding: `${controls} control character(s) replaced by spaces` });
  }
  return { text, notes };
}
