import { createRequire } from "node:module";

/**
 * Word knowledge borrowed from compromise's English lexicon (maintained, ~24k entries with
 * part-of-speech tags, ~3,100 first names, ~900 surnames, ~480 cities). We read the lexicon
 * once instead of running compromise's full parser on every message: the parser costs ~20 ms
 * per 2 KB, the lexicon lookup well under 1 ms (see README.md for the comparison).
 */
interface Lexicon {
  tagOf(word: string): string | undefined;
}

export interface CompromiseLike {
  (text: string): { people(): { json(options: { offset: boolean }): unknown } };
  model(): { one: { lexicon: Record<string, string | string[]> } };
}

let nlpCached: CompromiseLike | undefined;

/**
 * compromise costs about half a second to load, so it is required on the first check, not when
 * the SDK is imported (commands that never check text do not pay for it).
 */
export function compromise(): CompromiseLike {
  nlpCached ??= createRequire(import.meta.url)("compromise") as CompromiseLike;
  return nlpCached;
}

let cached: Map<string, string> | undefined;

function load(): Map<string, string> {
  if (cached) return cached;
  const model = compromise().model();
  const map = new Map<string, string>();
  for (const [word, tag] of Object.entries(model.one.lexicon)) {
    map.set(word, Array.isArray(tag) ? tag.join(",") : tag);
  }
  cached = map;
  return map;
}

export const lexicon: Lexicon = {
  tagOf(word: string) {
    return load().get(word);
  }
};

/** Strong given names: compromise tags unambiguous ones MaleName/FemaleName, ambiguous ones FirstName. */
export function isGivenName(lower: string): "strong" | "weak" | undefined {
  const tag = lexicon.tagOf(lower);
  if (tag === undefined) return undefined;
  if (tag === "MaleName" || tag === "FemaleName" || tag === "Person") return "strong";
  if (tag === "FirstName") return "weak";
  return undefined;
}

export function isSurname(lower: string): boolean {
  return lexicon.tagOf(lower) === "LastName";
}

export function isCity(lower: string): boolean {
  const tag = lexicon.tagOf(lower);
  return tag === "City";
}

/** A known English word that is not a name (so a capitalised one is probably not a person). */
export function isCommonWord(lower: string): boolean {
  const tag = lexicon.tagOf(lower);
  if (tag === undefined) return false;
  return !/(?:MaleName|FemaleName|FirstName|LastName|Person|City)/.test(tag);
}
