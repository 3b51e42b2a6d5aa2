import { InvalidInputError } from "../errors/invalid-input-error.js";

/** A GBNF string literal: llama.cpp's grammar parser reads \" \\ \n \r \t and \xNN escapes. */
function gbnfLiteral(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === "\\") out += `\\${char}`;
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += char;
  }
  return `${out}"`;
}

/** A grammar whose only sentences are the given strings, exactly. */
export function choicesToGbnf(choices: readonly string[]): string {
  if (choices.length === 0) throw new InvalidInputError({ field: "choices", reason: "give at least one choice." });
  if (choices.some((choice) => choice.length === 0)) {
    throw new InvalidInputError({ field: "choices", reason: "a choice cannot be an empty string." });
  }
  return `root ::= ${[...new Set(choices)].map(gbnfLiteral).join(" | ")}`;
}
