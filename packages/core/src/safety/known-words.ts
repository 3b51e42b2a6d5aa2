import { createRequire } from "node:module";

/**
 * Word knowledge borrowed from compromise's English lexicon (maintained, ~24k entries with
 * part-of-speech tags, ~3,100 first names, ~900 surnames, ~480 cities). We read the lexicon
 * once instead of running compromise's full parser on every message: the parser costs ~20 ms
 * per 2 KB, the lexicon lookup well under 1 ms (see README.md for the comparison).
 */
interface Lexicon {
  tagOf(word: string): string | undefined;
  /** True when some phrase of the lexicon ("new jersey", "sri lanka") begins with `word` and a space. */
  startsPhrase(word: string): boolean;
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

/** What compromise's lexicon says a word is, reduced to what the safety rules need. */
const enum WordKind {
  Common = 1,
  GivenStrong = 2,
  GivenWeak = 3,
  Surname = 4,
  City = 5,
  Other = 6
}

let tags: Map<string, string> | undefined;
let kinds: Map<string, WordKind> | undefined;
let phraseStarts: Set<string> | undefined;

function load(): Map<string, string> {
  if (tags) return tags;
  const model = compromise().model();
  const map = new Map<string, string>();
  const kindMap = new Map<string, WordKind>();
  for (const [word, tag] of Object.entries(model.one.lexicon)) {
    const t = Array.isArray(tag) ? tag.join(",") : tag;
    map.set(word, t);
    kindMap.set(
      word,
      t === "MaleName" || t === "FemaleName" || t === "Person"
        ? WordKind.GivenStrong
        : t === "FirstName"
          ? WordKind.GivenWeak
          : t === "LastName"
            ? WordKind.Surname
            : t === "City"
              ? WordKind.City
              : /(?:MaleName|FemaleName|FirstName|LastName|Person|City)/.test(t)
                ? WordKind.Other
                : WordKind.Common
    );
  }
  tags = map;
  kinds = kindMap;
  phraseStarts = new Set([...map.keys()].filter((w) => w.includes(" ")).map((w) => w.slice(0, w.indexOf(" "))));
  return map;
}

function kindOf(word: string): WordKind | undefined {
  if (!kinds) load();
  return kinds!.get(word);
}

export const lexicon: Lexicon = {
  tagOf(word: string) {
    return (tags ?? load()).get(word);
  },
  startsPhrase(word: string) {
    if (!phraseStarts) load();
    return phraseStarts!.has(word);
  }
};

/** Strong given names: compromise tags unambiguous ones MaleName/FemaleName, ambiguous ones FirstName. */
export function isGivenName(lower: string): "strong" | "weak" | undefined {
  const k = kindOf(lower);
  return k === WordKind.GivenStrong ? "strong" : k === WordKind.GivenWeak ? "weak" : undefined;
}

export function isSurname(lower: string): boolean {
  return kindOf(lower) === WordKind.Surname;
}

export function isCity(lower: string): boolean {
  return kindOf(lower) === WordKind.City;
}

/** A known English word that is not a name (so a capitalised one is probably not a person). */
export function isCommonWord(lower: string): boolean {
  return kindOf(lower) === WordKind.Common;
}
