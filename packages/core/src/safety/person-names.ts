import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isEnglishWord } from "./english-words.js";

/**
 * Given names and surnames from many cultures, for names that compromise's ~4,000 (mostly
 * English) names do not know: "Chukwuemeka", "Przemysław", "Nguyen", "Harpreet", "Agnieszka".
 *
 * Source: the `humannames` npm package (MIT; ~197,000 first and last names gathered from
 * government censuses and public profiles, English and non-English; data only, no install
 * script, no download). We weighed it against `@cspell/dict-people-names` (MIT, maintained,
 * curated, ~39,000 names): on the name words of the two fresh PHI sets humannames knows 97%
 * (accents folded, double names split) against about 70% for cspell's list, and cspell's adds only
 * ~240 names to it.
 * humannames is a scraped list, so it also holds ~9,000 ordinary English words ("pain",
 * "patient", "the"): a word counts as a listed name only when SCOWL (english-words.ts) does not
 * list it, so "Hope", "Will" and "Grace" still need the cues in phi.ts.
 *
 * Loaded on the first check (~1.7 MB of text, adds ~60-100 ms to it), not when the SDK is imported;
 * a lookup is one Set probe.
 */
let names: Set<string> | undefined;

function load(): Set<string> {
  const file = createRequire(import.meta.url).resolve("humannames/list.txt");
  const set = new Set<string>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const w = line.trim();
    if (w.length > 1) set.add(foldName(w));
  }
  return set;
}

/** Lower case without accents or apostrophes: "Zieliński" -> "zielinski", "O'Brien" -> "obrien". */
export function foldName(word: string): string {
  const lower = word.toLowerCase();
  // ASCII words (most of them) need no Unicode folding
  if (/^[a-z-]*$/.test(lower)) return lower;
  return lower
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’']/g, "")
    .replace(/ı/g, "i")
    .replace(/ł/g, "l")
    .replace(/ø/g, "o")
    .replace(/đ/g, "d")
    .replace(/ß/g, "ss");
}

/** In the name list (accents folded), whatever else the word is. */
export function inNameList(word: string): boolean {
  names ??= load();
  return names.has(foldName(word));
}

// "non-", "anti-", "post-": an English prefix, not the first part of a double name
const PREFIX = /^(?:non|anti|pre|post|sub|semi|self|co|re|ex|mid|multi|over|under|pseudo|hyper|hypo|para|peri|trans|intra|inter|extra|neo)$/;

/**
 * A word that is a person's name and no English word: "Tomasz", "priya", "Zieliński",
 * "Mary-Kate", "Seo-yeon", "Al-Farsi" (a double name counts when each part is a listed name or a
 * short particle, and one part is a name and no English word).
 */
export function isListedName(lower: string): boolean {
  if (lower.length < 2 || isEnglishWord(lower)) return false;
  if (inNameList(lower)) return true;
  if (!lower.includes("-")) return false;
  const parts = lower.split("-");
  if (parts.length > 3 || PREFIX.test(parts[0]!)) return false;
  let strong = false;
  let syllables = true;
  for (const p of parts) {
    if (p.length === 0) return false;
    const listed = inNameList(p);
    if (!listed && p.length > 3) return false;
    if (listed && !isEnglishWord(p) && p.length > 2) strong = true;
    if (!listed || p.length > 4) syllables = false;
  }
  // "Ji-woo", "Soo-ah", "Hye-jin": Korean given names of two listed syllables
  return strong || syllables;
}
