import type { ExtractionMethod } from "./answer-letter.js";

export type YesNoMaybe = "yes" | "no" | "maybe";

/**
 * Reads yes/no/maybe from free output: the first word ("Yes.", "**No**, because ...",
 * "Maybe - the data are mixed"), else an explicit phrase ("The answer is no", "Answer: maybe").
 * A "no" later in a sentence ("there is no evidence") is not an answer, so nothing else is guessed.
 */
export function extractYesNoMaybe(output: string): { label: YesNoMaybe | null; method: ExtractionMethod } {
  const text = output.trim();
  if (!text) return { label: null, method: "none" };
  const first = /^[\s*_"'`([]*(yes|no|maybe)\b/i.exec(text);
  if (first?.[1]) {
    const label = first[1].toLowerCase() as YesNoMaybe;
    const rest = text.slice(first[0].length).replace(/^[\s*_"'`)\].!,:;-]*/, "");
    return { label, method: rest ? "leading" : "exact" };
  }
  const phrase = /\b(?:answer|decision|conclusion)\s*(?:is|would\s+be|:)?\s*[:-]?\s*[*_"'`]*(yes|no|maybe)\b/i.exec(text);
  if (phrase?.[1]) return { label: phrase[1].toLowerCase() as YesNoMaybe, method: "phrase" };
  return { label: null, method: "none" };
}
