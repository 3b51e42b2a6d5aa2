/**
 * An optional learned place step for PHI redaction: a logistic regression per word that says
 * whether it is part of a town, city, suburb or neighbourhood (CITY), over the hashed word and
 * context features the name step uses (word-model.ts) plus place cues: how large a listed place of
 * that name is (GeoNames, places.ts) alone and with the word before or after, compromise's tag,
 * the preposition before it and the kind of word before that ("lives in", "the pharmacy in", "we
 * flew back from", "I'm in"), a state or country after it ("Dayton, OH", "Ibadan, Nigeria"), a
 * street address before it. Trained by `medslm-train place-model` on the development PHI sets.
 * Words it scores at or above the threshold, next to each other, become one CITY span; the pipeline
 * adds a span only where no rules hit (or learned name) overlaps it: the model adds towns the rules
 * miss, it never removes or retypes a span.
 *
 * It never marks a state, country, continent, language or people ("in Ohio", "from Nigeria", "in
 * Spanish"), a month or weekday, a listed medicine, a title or kinship word, a lone letter, a
 * lower-case dictionary word ("reading"), a lower-case word that no listed place has, a possessive
 * ("St. Mary's") or a word before an institution word ("Boston Children's", "Mercy Hospital");
 * those words are not even scored.
 */
import { DOSE_LIMITS } from "./dose-limits.js";
import { lexicon } from "./known-words.js";
import { KIN_WORDS, TITLE_WORDS } from "./name-model.js";
import { INSTITUTION_NEXT, type PhiHit } from "./phi.js";
import { STATE_ABBR, STATE_NAMES, STREET_SUFFIX } from "./phi-patterns.js";
import { placePopulation } from "./places.js";
import {
  bundledWordModel,
  createWordModel,
  featurePrefixes,
  loadWordModel,
  mix,
  wordModelTokens,
  type AddFeature,
  type Tok,
  type WordModelData,
  type WordModelKind,
  type WordModelToken,
  type WordModelWord,
  type WordStep
} from "./word-model.js";

/** The model file's shape (models/place-model.json). */
export type PlaceModelData = WordModelData;
export type PlaceModelWord = WordModelWord;
/** One word the place model scores: its span, whether it continues the place before, and its features. */
export type PlaceModelToken = WordModelToken;

export interface PlaceModel {
  readonly threshold: number;
  readonly trainedOn: readonly string[];
  /** Each word the model may mark (a capitalised word, or a lower-case one that a listed place has) with the probability that it is part of a place. */
  score(text: string): PlaceModelWord[];
  /** CITY spans: adjacent words at or above the threshold, merged. */
  places(text: string): PhiHit[];
}

const STATE_NAME_SET = new Set(STATE_NAMES.toLowerCase().split("|"));
const STATE_ABBR_SET = new Set(STATE_ABBR.toLowerCase().split("|"));
const STREET_WORDS = new Set([...STREET_SUFFIX.split("|"), "close", "grove", "mews", "gardens", "apt", "unit", "suite", "hill"]);
// Regions no identifier under Safe Harbor, besides compromise's countries, regions, demonyms and languages
const NOT_PLACES = new Set([
  "europe", "asia", "africa", "america", "americas", "antarctica", "oceania", "australasia", "caribbean", "scandinavia", "balkans",
  "english", "spanish", "french", "arabic", "hindi", "urdu", "tagalog", "mandarin", "cantonese", "portuguese", "russian", "somali",
  "catholic", "christian", "jewish", "muslim", "hindu", "sikh", "buddhist", "christmas", "easter", "ramadan", "diwali", "thanksgiving", "eid",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight", "tomorrow", "yesterday"
]);
const NOT_PLACE_TAG = /Country|Region|Demonym|Language|Religion|Month|WeekDay|Date|Pronoun|Determiner|Conjunction|Preposition|Honorific/;
const DRUGS = new Set(DOSE_LIMITS.flatMap((d) => d.names.map((n) => n.toLowerCase())));

// Prepositions that put a place after them, and what the word before the preposition says
const PLACE_PREPOSITIONS = new Set(["in", "near", "from", "to", "of", "outside", "around", "past", "beyond", "at", "into", "towards", "toward", "via", "en", "de", "desde", "cerca", "a"]);
const CUE_CLASS = new Map<string, string>();
const cueClass = (cls: string, words: string) => words.split(" ").forEach((w) => CUE_CLASS.set(w, cls));
cueClass("live", "live lives living lived reside resides residing resident based located born raised grew up settled stay stays staying stayed vivo vive vivimos viven nací");
cueClass("move", "moved move moving relocated relocating went go goes going drove drive flew fly flight trip travel traveled travelled traveling travelling came come coming headed heading visit visited visiting vacation holiday back home returned returning commute way");
cueClass("sent", "transferred transfer brought transported discharged airlifted flown evacuated sent arrived arriving admitted referred llegó llego llegamos llegaron vino vinimos trasladado trasladada referido referida regresamos volvimos");
cueClass("care", "hospital hospitals clinic clinics pharmacy pharmacies er ed a&e gp doctor doctors dentist practice office surgery centre center ward unit hospice rehab shelter chemist specialist physio");
cueClass("home", "flat apartment apt house home condo bungalow cottage caravan farm property park hotel motel school church");
cueClass("here", "i'm im we're were we are i am currently still now");
cueClass("direction", "north south east west northeast northwest southeast southwest outside outskirts suburbs suburb city town village area borough county just near");
for (const w of KIN_WORDS) if (!CUE_CLASS.has(w)) CUE_CLASS.set(w, "kin");

const P = featurePrefixes(["gz:", "gzc:", "tag:", "cue:", "cuec:", "gzcue:", "gzn:", "gzp:", "reg:", "addr:"]);

/** What a word says on its own about being a place, worked out once per distinct word (bounded cache). */
interface PlaceInfo {
  /** Whether the step may mark it at all (before the neighbours are looked at). */
  may: boolean;
  /** The largest listed place of this name, as a bucket. */
  size: string;
  tag: string;
}
const CACHE = new Map<string, PlaceInfo>();
const CACHE_MAX = 50_000;

function sizeOf(lower: string): string {
  const pop = placePopulation(lower);
  return pop === undefined ? "none" : pop < 10_000 ? "1k" : pop < 100_000 ? "10k" : pop < 1_000_000 ? "100k" : "1m";
}

function placeInfo(t: Tok): PlaceInfo {
  const known = CACHE.get(t.lower);
  if (known) return known;
  const w = t.lower;
  const tag = lexicon.tagOf(w) ?? "none";
  const notPlace = w.length < 2 || STATE_NAME_SET.has(w) || NOT_PLACES.has(w) || DRUGS.has(w) || TITLE_WORDS.has(w) || KIN_WORDS.has(w) || NOT_PLACE_TAG.test(tag);
  const size = notPlace ? "none" : sizeOf(w);
  const info = { may: !notPlace, size, tag };
  if (CACHE.size >= CACHE_MAX) CACHE.clear();
  CACHE.set(w, info);
  return info;
}

/** What two words together name, worked out once per distinct pair (bounded cache). */
interface PairInfo {
  /** The largest listed place of that two-word name, as a bucket. */
  size: string;
  /** A state or country ("New Mexico", "South Africa", "Sri Lanka"). */
  region: boolean;
}
const PAIRS = new Map<string, PairInfo>();

function pairInfo(a: Tok, b: Tok): PairInfo {
  const joined = `${a.lower} ${b.lower}`;
  const known = PAIRS.get(joined);
  if (known) return known;
  const info = { size: sizeOf(joined), region: STATE_NAME_SET.has(joined) || /Country|Region/.test(lexicon.tagOf(joined) ?? "") };
  if (PAIRS.size >= CACHE_MAX) PAIRS.clear();
  PAIRS.set(joined, info);
  return info;
}

/** A state or country named by two words with this one. */
function inTwoWordRegion(a: Tok | undefined, b: Tok | undefined): boolean {
  if (a === undefined || b === undefined || !a.word || !b.word || !b.spaced || a.cap === "low" || b.cap === "low") return false;
  return pairInfo(a, b).region;
}

/** "Dayton, OH", "Boise ID", "dayton ohio", "Ibadan, Nigeria": what follows the word. */
function regionAfter(t: Tok, n1: Tok | undefined): string {
  if (n1 === undefined || !n1.word) return "";
  if (n1.raw.length === 2 && STATE_ABBR_SET.has(n1.lower) && (n1.cap === "upper" || n1.cap === "shout" || t.after === ",")) return "abbr";
  if (STATE_NAME_SET.has(n1.lower)) return "state";
  if (/Country/.test(lexicon.tagOf(n1.lower) ?? "")) return "country";
  return "";
}

const SAINT_LIKE = /^(?:st|mt|ft|pt|saint)$/;

/** A possessive ("Mary's", "Thomas'") or a word before an institution word ("Boston Children's", "Mercy Hospital"). */
function namesInstitution(text: string, t: Tok): boolean {
  const next = text.charCodeAt(t.end);
  if ((next === 39 || next === 0x2019) && /^['’](?:s\b|\s|$)/.test(text.slice(t.end, t.end + 3))) return true;
  return INSTITUTION_NEXT.test(text.slice(t.end, t.end + 32));
}

const PLACE_STEP: WordStep = {
  skipIneligible: true,
  features(text: string, toks: readonly Tok[], i: number, add: AddFeature | undefined): boolean {
    const t = toks[i]!;
    const info = placeInfo(t);
    if (add === undefined) {
      // capitalised, or a lower-case word that no dictionary knows and a listed place has ("we're in salinas");
      // as in the rules, no possessive ("St. Mary's") and nothing before an institution word ("Boston Children's")
      if (!info.may || (t.cap === "low" && (info.size === "none" || t.list === "name+word"))) return false;
      if (namesInstitution(text, t)) return false;
      // "St. Mary's", "St Thomas' Hospital": the saint names the institution, not a town
      const n = toks[i + 1];
      if (SAINT_LIKE.test(t.lower) && n?.word && namesInstitution(text, n)) return false;
      return !inTwoWordRegion(toks[i - 1], t) && !inTwoWordRegion(t, n) && !INSTITUTION_NEXT.test(text.slice(t.end, t.end + 32));
    }
    const p1 = toks[i - 1];
    const p2 = toks[i - 2];
    const n1 = toks[i + 1];
    const cap = t.cap;
    const f3 = (prefix: number, a: string, b: string, c: string) => add(mix(mix(mix(prefix, a), b), c));
    add(mix(P["gz:"], info.size));
    f3(P["gzc:"], info.size, "|", cap);
    add(mix(P["tag:"], info.tag));
    if (p1?.word && PLACE_PREPOSITIONS.has(p1.lower)) {
      const cls = p2?.word ? (CUE_CLASS.get(p2.lower) ?? "other") : "none";
      f3(P["cue:"], p1.lower, "|", cls);
      f3(P["cuec:"], cls, "|", cap);
      // a listed town after "lives in" says more than an unknown word there
      f3(P["gzcue:"], info.size, "|", cls);
    }
    // two-word places ("Fort McMurray", "Red Deer", "san antonio") on one line
    if (n1?.word && n1.spaced && (n1.cap !== "low" || n1.list !== "word")) add(mix(P["gzn:"], pairInfo(t, n1).size));
    if (p1?.word && t.spaced && (p1.cap !== "low" || p1.list !== "word")) add(mix(P["gzp:"], pairInfo(p1, t).size));
    const region = regionAfter(t, n1);
    if (region) f3(P["reg:"], region, "|", t.after);
    if (t.before === "," && p1?.word && STREET_WORDS.has(p1.lower)) add(mix(P["addr:"], cap));
    return true;
  },
  // "St. Albans", "Mt. Vernon", "Ft. Myers"
  joinsAfterDot: (prev) => /^(?:st|mt|ft|pt)$/.test(prev.lower),
  // "Port Harcourt", "Red Deer", "Santa Ana": the two words name a listed place
  follows: (toks, i) => pairInfo(toks[i - 1]!, toks[i]!).size !== "none"
};

/**
 * The words the model scores and their features as hash indices in [0, 2^bits); the one
 * featuriser training (`medslm-train place-model`) and inference share. Words the step never marks
 * are left out (and a span never runs across one).
 */
export function placeModelTokens(text: string, bits = 18): PlaceModelToken[] {
  return wordModelTokens(text, bits, PLACE_STEP);
}

const KIND: WordModelKind = { trainer: "place-model", type: "CITY", tokens: placeModelTokens };

/** `source` names the file in errors; `threshold` overrides the file's. */
export function loadPlaceModel(data: PlaceModelData, source = "place model", threshold?: number): PlaceModel {
  const m = loadWordModel(KIND, data, source, threshold);
  return { threshold: m.threshold, trainedOn: m.trainedOn, score: m.score, places: m.spans };
}

const BUNDLED = bundledWordModel("place-model", loadPlaceModel);

/** The model shipped in this package (models/place-model.json) at its own threshold, loaded once on first use. */
export function bundledPlaceModel(): PlaceModel {
  return BUNDLED.model();
}

export interface PlaceModelOptions {
  /** Default: the bundled model file. */
  data?: PlaceModelData;
  /** Override the model's threshold: lower finds more towns and redacts more ordinary words. */
  threshold?: number;
}

/** A place model for `new SafetyPipeline({ placeModel })`: the bundled one, or your own file, at a threshold of your choice. */
export function createPlaceModel(options: PlaceModelOptions = {}): PlaceModel {
  return createWordModel(BUNDLED, loadPlaceModel, options, "place model");
}
