export type ExtractionMethod = "exact" | "phrase" | "leading" | "option-text" | "lone-letter" | "none";

export interface LetterExtraction {
  letter: string | null;
  method: ExtractionMethod;
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[*_`#>]/g, " ")
    .replace(/[^\p{L}\p{N}%.\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Finds the answer letter in free model output, trying the most explicit forms first:
 * 1. the whole answer is a letter ("B", "(B)", "**B.**", "b)");
 * 2. an explicit phrase ("the answer is C", "Answer: (C)", "correct option is D", "I choose B");
 * 3. a letter opening the answer ("B. Tell the attending...", "(C) Refuse ...", "D: ...");
 * 4. the text of exactly one option ("Tell the attending that he cannot ...");
 * 5. exactly one distinct capital letter standing alone ("I would go with C here").
 * "A" followed by a word is read as the article, not an answer. Returns null when unsure.
 */
export function extractAnswerLetter(output: string, options: Readonly<Record<string, string>> = {}, letters: readonly string[] = ["A", "B", "C", "D"]): LetterExtraction {
  const set = letters.join("");
  const text = output.replace(/\r\n?/g, "\n").trim();
  if (!text) return { letter: null, method: "none" };

  const exact = new RegExp(`^[\\s(\\[*_"'\`]*([${set}])[\\s)\\]*_.:"'\`]*$`, "i").exec(text);
  if (exact?.[1]) return { letter: exact[1].toUpperCase(), method: "exact" };

  // Capital letters in phrases; a lowercase one only when closed by ) . : or the end.
  const letterRe = `(?:\\(?([${set}])\\b|\\(?([${set.toLowerCase()}])(?=[).:]|\\s*$))`;
  const phrase = new RegExp(
    `(?:answer|option|choice)(?:\\s+(?:is|would\\s+be|should\\s+be|must\\s+be|=))?(?:\\s+(?:probably|likely|most\\s+likely|therefore))?\\s*[:\\-]?\\s*(?:option\\s+|choice\\s+|letter\\s+)?[*_"'\`]*${letterRe}|(?:i\\s+(?:would\\s+)?(?:choose|pick|select|go\\s+with))\\s+(?:option\\s+)?[*_"'\`]*${letterRe}`,
    "i"
  ).exec(text);
  const phraseLetter = phrase?.[1] ?? phrase?.[2] ?? phrase?.[3] ?? phrase?.[4];
  if (phraseLetter) return { letter: phraseLetter.toUpperCase(), method: "phrase" };

  const leading = new RegExp(`^[\\s*_"'\`]*(?:\\(([${set}])\\)|([${set}])[).:\\]](?:\\s|$))`, "i").exec(text);
  const leadingLetter = leading?.[1] ?? leading?.[2];
  if (leadingLetter) return { letter: leadingLetter.toUpperCase(), method: "leading" };

  const norm = normalize(text);
  const matched = letters.filter((l) => {
    const option = options[l];
    return option !== undefined && normalize(option).length > 0 && norm.includes(normalize(option));
  });
  // When one matched option's text contains another's ("aspirin" in "aspirin and heparin"), keep the longer.
  const maximal = matched.filter((l) => !matched.some((m) => m !== l && normalize(options[m] ?? "").includes(normalize(options[l] ?? ""))));
  if (maximal.length === 1 && maximal[0] !== undefined) return { letter: maximal[0], method: "option-text" };

  const lone = new Set<string>();
  const loneRe = new RegExp(`(?<![\\p{L}\\p{N}'-])([${set}])(?![\\p{L}\\p{N}'-])`, "gu");
  for (const m of text.matchAll(loneRe)) {
    const letter = m[1] as string;
    const after = text.slice((m.index ?? 0) + 1);
    // "A patient ..." is the article; "A or C", "A is right" name the option.
    if (letter === "A" && /^\s+[a-z]/.test(after) && !/^\s+(?:or|and|nor|is|was|seems|looks|vs\.?|versus|would|could|might)\b/.test(after)) continue;
    lone.add(letter);
  }
  if (lone.size === 1) return { letter: [...lone][0] as string, method: "lone-letter" };
  return { letter: null, method: "none" };
}
