/**
 * An optional learned person-name step for PHI redaction: a logistic regression per word over
 * hashed features of the word and its context (the word itself, its shape, prefixes and suffixes,
 * the words around it, capitals away from a sentence start, whether the name list or the English
 * dictionary knows it, whether a title or kinship word stands before it). Trained by
 * `medslm-train name-model` on the project's development PHI sets. Words it scores at or above the
 * threshold, and that sit next to each other, become one NAME span. The pipeline adds a span only
 * where no rules hit overlaps it: the model can add names the lexicons and cues miss, never remove
 * or retype a rules hit. Rules miss names that a new writer puts in contexts no cue anticipated;
 * the model generalises from the contexts seen across writers (see the safety README for numbers).
 */
import { InvalidInputError, InvalidModelFileError } from "../errors/index.js";
import { englishWordLevel, isEnglishWord } from "./english-words.js";
import { int8Weights, readBundledModelFile, type HashedModelFile } from "./model-file.js";
import { foldName, inNameList } from "./person-names.js";
import type { PhiHit } from "./phi.js";

/** The model file's shape (models/name-model.json). */
export interface NameModelData extends HashedModelFile {
  bias: number;
  /** Reference per-word probabilities computed by the trainer, checked by the tests. */
  checks: { text: string; probabilities: number[] }[];
}

export interface NameModelWord {
  start: number;
  end: number;
  probability: number;
}

export interface NameModel {
  readonly threshold: number;
  readonly trainedOn: readonly string[];
  /**
   * Each word of the text that could be part of a name (not a number, and not a lower-case
   * dictionary word the name list lacks) with the probability that it is.
   */
  score(text: string): NameModelWord[];
  /** NAME spans: adjacent words at or above the threshold, merged. */
  names(text: string): PhiHit[];
}

/** One word the model scores: its span, whether it continues a name started by the word before, and its features. */
export interface NameModelToken {
  start: number;
  end: number;
  /** Only spaces (or an initial's period) lie between it and the previous scored word. */
  joinsPrevious: boolean;
  /**
   * False for words never taken as a name whatever their score: cue words themselves ("Hi
   * Doctor,"), eponyms before a clinical noun ("Homan's sign", "Kernig and Brudzinski signs"),
   * lone letters that are no initial, mojibake ("Iâ€™ve").
   */
  eligible: boolean;
  features: number[];
}

const MAX_TOKEN_CHARS = 24;
// Letters or digits, then letters, marks, digits, apostrophes and hyphens (linear: one class, no nesting).
const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
const POSSESSIVE = /(?:'s|’s|'|’|-)$/;

// Words that introduce a person: titles and roles, kinship and relations, naming and greeting words.
const TITLE_WORDS = new Set([
  "dr", "doctor", "doc", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "nurse", "dra", "sr", "sra", "srta", "rev", "pastor",
  "np", "rn", "pa", "dentist", "therapist", "counselor", "counsellor", "pharmacist", "surgeon", "midwife", "coach", "physio",
  "señor", "señora", "senor", "senora", "doctora", "enfermera", "enfermero", "imam", "rabbi", "father", "sister", "officer", "captain"
]);
const KIN_WORDS = new Set([
  "son", "daughter", "husband", "wife", "mom", "mother", "mum", "mommy", "dad", "father", "daddy", "brother", "sister", "grandma",
  "grandmother", "grandpa", "grandfather", "granddaughter", "grandson", "friend", "partner", "boyfriend", "girlfriend", "fiance",
  "fiancee", "uncle", "aunt", "auntie", "cousin", "nephew", "niece", "baby", "child", "kid", "toddler", "patient", "pt", "neighbor",
  "neighbour", "roommate", "boss", "coworker", "colleague", "stepson", "stepdaughter", "stepmom", "stepdad", "spouse", "twin", "teen",
  "infant", "newborn", "caregiver", "carer", "client", "resident", "student", "hijo", "hija", "esposo", "esposa", "mamá", "mama", "papá",
  "papa", "abuela", "abuelo", "hermano", "hermana", "amigo", "amiga", "paciente", "nan", "nana", "granny", "gran", "boy", "girl",
  "nonna", "nonno", "oma", "opa", "lola", "lolo", "tita", "tito", "babcia", "koro", "kuia"
]);
const NAMING_WORDS = new Set([
  "named", "called", "name", "nombre", "llama", "llamo", "signed", "regards", "sincerely", "thanks", "thank", "cheers", "love",
  "dear", "hi", "hello", "hey", "from", "cc", "attn", "am", "i'm", "im", "this", "is", "with", "by", "to", "for"
]);

// A capitalised word before one of these is an eponym ("Bell's palsy", "Lachman's tests"), not a person.
const EPONYM_NOUN = new Set([
  "sign", "signs", "test", "tests", "disease", "syndrome", "palsy", "reflex", "maneuver", "manoeuvre", "sarcoma", "lymphoma",
  "criteria", "score", "scale", "classification", "law", "triad", "phenomenon", "procedure", "operation", "fracture", "ulcer",
  "murmur", "hernia", "node", "nodes", "cell", "cells", "body", "bodies", "disorder", "anomaly", "deformity", "contracture",
  "neuroma", "neuralgia", "aneurysm", "dementia", "ataxia", "chorea", "thyroiditis", "encephalopathy", "dystrophy", "tumor", "tumour",
  "position", "incision", "method", "technique", "maneuvers", "point", "line", "lines", "rule", "rules", "formula", "equation",
  "index", "stain", "agar", "classification", "staging", "stage", "grade", "respirations", "breathing", "pouch", "ring", "rings"
]);

interface Tok {
  raw: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  sentenceStart: boolean;
  /** Nearest non-space character before and after the token ("" at the ends). */
  before: string;
  after: string;
  /** Only spaces or tabs (one or two) lie between it and the previous token; or only a period and spaces. */
  spaced: boolean;
  dotted: boolean;
  /** Worked out once per token: capitalisation, name list / dictionary state, context form. */
  cap: string;
  list: string;
  context: string;
  info: WordInfo | undefined;
}

// FNV-1a, fed piece by piece (the same as hashing the joined string, without building it)
const FNV_OFFSET = 0x811c9dc5;
function mix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** What a word contributes on its own, worked out once per distinct word (bounded cache). */
interface WordInfo {
  lower: string;
  list: string;
  level: string;
  /** Unmasked hashes of the features of the word alone (word, shape, list state, length, affixes). */
  own: number[];
}
const WORD_CACHE = new Map<string, WordInfo>();
const WORD_CACHE_MAX = 50_000;

// hash states after each feature's prefix, computed once
const P = Object.fromEntries(
  ["w:", "sh:", "cap:", "ls:", "cl:", "lv:", "len:", "p1:", "p2:", "n1:", "n2:", "p1c:", "n1c:", "p12:", "pb:", "pa:", "pcap:", "ncap:", "pls:", "nls:", "pre2:", "suf2:", "pre3:", "suf3:", "pre4:", "suf4:", "poss|", "cue1:", "cue1l:", "cue1p:", "cue2:"].map((k) => [k, mix(FNV_OFFSET, k)])
) as Record<string, number>;
const BIAS_WORD = mix(FNV_OFFSET, "bias-word");
const HYPHEN = mix(FNV_OFFSET, "hyphen");
const APOSTROPHE = mix(FNV_OFFSET, "apostrophe");

function wordInfo(raw: string): WordInfo {
  const known = WORD_CACHE.get(raw);
  if (known) return known;
  const lower = foldName(raw).replace(/’/g, "'");
  const list = listState(lower);
  const own = [mix(P["w:"]!, lower), mix(P["sh:"]!, shape(raw)), mix(P["ls:"]!, list), mix(P["len:"]!, String(Math.min(lower.length, 10)))];
  for (let n = 2; n <= 4; n++) {
    if (lower.length > n) own.push(mix(P[`pre${n}:`]!, lower.slice(0, n)), mix(P[`suf${n}:`]!, lower.slice(-n)));
  }
  if (lower.includes("-")) own.push(HYPHEN);
  if (lower.includes("'")) own.push(APOSTROPHE);
  const info = { lower, list, level: levelBucket(lower), own };
  if (WORD_CACHE.size >= WORD_CACHE_MAX) WORD_CACHE.clear();
  WORD_CACHE.set(raw, info);
  return info;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 13;

function tokens(text: string, shouting: boolean): Tok[] {
  const out: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let lastEnd = 0;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    let raw = m[0];
    const tail = raw.charCodeAt(raw.length - 1);
    // drop a possessive or a trailing apostrophe or hyphen ("Jacob's" -> "Jacob")
    if (tail === 39 || tail === 0x2019 || tail === 45 || tail === 115) {
      const poss = POSSESSIVE.exec(raw);
      if (poss && raw.length > poss[0].length + 1) raw = raw.slice(0, -poss[0].length);
    }
    if (raw.length > MAX_TOKEN_CHARS) raw = raw.slice(0, MAX_TOKEN_CHARS);
    let k = m.index - 1;
    while (k >= lastEnd && isSpace(text.charCodeAt(k))) k--;
    const before = k >= lastEnd ? text[k]! : "";
    const gapLen = m.index - lastEnd;
    const spaced = gapLen >= 1 && gapLen <= 2 && k < lastEnd;
    const dotted = gapLen >= 1 && gapLen <= 3 && text.charCodeAt(lastEnd) === 46 && k === lastEnd;
    const prev = out[out.length - 1];
    const sentenceStart = prev === undefined || (before !== "" && ".!?\n•*".includes(before) && !(before === "." && /^(?:dr|mr|mrs|ms|st|prof|[a-z])$/i.test(prev.raw)));
    const first = raw.charCodeAt(0);
    const word = !(first >= 48 && first <= 57) && !/^\p{N}/u.test(raw);
    const info = word ? wordInfo(raw) : undefined;
    const lower = info?.lower ?? "";
    const tok: Tok = { raw, lower, start: m.index, end: m.index + raw.length, word, sentenceStart, before, after: "", spaced, dotted, cap: "", list: info?.list ?? "", context: word ? lower : "<num>", info };
    tok.cap = capState(tok, shouting);
    out.push(tok);
    lastEnd = m.index + m[0].length;
  }
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    let k = t.end;
    const limit = Math.min(text.length, t.end + 4);
    while (k < limit && isSpace(text.charCodeAt(k))) k++;
    t.after = k < limit ? text[k]! : "";
  }
  return out;
}

function shape(raw: string): string {
  let s = "";
  let last = "";
  let run = 0;
  for (const ch of raw) {
    const code = ch.charCodeAt(0);
    const c =
      code >= 65 && code <= 90 ? "X"
      : code >= 97 && code <= 122 ? "x"
      : code >= 48 && code <= 57 ? "d"
      : code < 128 ? ch
      : /\p{Lu}/u.test(ch) ? "X"
      : /\p{Ll}/u.test(ch) ? "x"
      : /\p{N}/u.test(ch) ? "d"
      : ch === "’" ? "'"
      : ch;
    if (c === last) {
      if (++run > 2) continue;
    } else run = 1;
    last = c;
    s += c;
  }
  return s;
}

function capState(t: Tok, shouting: boolean): string {
  if (!t.word) return "num";
  const first = t.raw[0]!;
  if (first === first.toLowerCase()) return "low";
  if (t.raw.length > 1 && t.raw === t.raw.toUpperCase()) return shouting ? "shout" : "upper";
  return t.sentenceStart ? "capstart" : "capmid";
}

function listState(lower: string): string {
  const listed = lower.length > 1 && inNameList(lower);
  const english = isEnglishWord(lower);
  return listed ? (english ? "name+word" : "name") : english ? "word" : "unknown";
}

function levelBucket(lower: string): string {
  const level = englishWordLevel(lower);
  return level === undefined ? "none" : level <= 20 ? "common" : level <= 50 ? "mid" : "rare";
}

function cueOf(lower: string | undefined): string {
  if (lower === undefined) return "";
  if (TITLE_WORDS.has(lower)) return "title";
  if (KIN_WORDS.has(lower)) return "kin";
  if (NAMING_WORDS.has(lower)) return "naming";
  return "";
}

/** Skip placeholders already in the text ("[NAME_1]"). */
function isPlaceholder(text: string, t: Tok): boolean {
  return text.charCodeAt(t.start - 1) === 91 && text.charCodeAt(t.end) === 95 && /^[A-Z_]+$/.test(t.raw);
}

/**
 * The words the model scores and their features as hash indices in [0, 2^bits); the one
 * featuriser training (`medslm-train name-model`) and inference share.
 */
export function nameModelTokens(text: string, bits = 18): NameModelToken[] {
  const mask = (1 << bits) - 1;
  let upper = 0;
  let lowerCount = 0;
  for (let i = 0; i < text.length && upper + lowerCount < 400; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lowerCount++;
  }
  const toks = tokens(text, upper > 2 * lowerCount);
  const out: NameModelToken[] = [];
  let prevScored = -2;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // numbers, placeholders, and lower-case dictionary words the name list lacks ("the", "swollen"):
    // never part of a name, so not scored (most words of a message; this keeps the step cheap)
    if (!t.word || (t.cap === "low" && t.list === "word") || isPlaceholder(text, t)) continue;
    const p1 = toks[i - 1];
    const p2 = toks[i - 2];
    const n1 = toks[i + 1];
    const n2 = toks[i + 2];
    const w = t.lower;
    const cap = t.cap;
    // (w is used by the eligibility test below)
    const list = t.list;
    const c1w = p1?.context ?? "<s>";
    const c2w = p2?.context ?? "<s>";
    const features: number[] = [];
    const info = t.info!;
    const add = (h: number) => features.push((h >>> 0) & mask);
    const f = (prefix: string, a: string) => add(mix(P[prefix]!, a));
    const f3 = (prefix: string, a: string, b: string, c: string) => add(mix(mix(mix(P[prefix]!, a), b), c));
    add(BIAS_WORD);
    for (const h of info.own) add(h);
    f("cap:", cap);
    f3("cl:", cap, "|", list);
    f3("lv:", cap, "|", info.level);
    f("p1:", c1w);
    f("p2:", c2w);
    f("n1:", n1?.context ?? "<s>");
    f("n2:", n2?.context ?? "<s>");
    f3("p1c:", c1w, "|", cap);
    f3("n1c:", n1?.context ?? "<s>", "|", cap);
    f3("p12:", c2w, " ", c1w);
    f3("pb:", t.before, "|", cap);
    f3("pa:", t.after, "|", cap);
    f3("pcap:", p1?.cap ?? "none", "|", cap);
    f3("ncap:", n1?.cap ?? "none", "|", cap);
    f3("pls:", p1?.word ? p1.list : "-", "|", cap);
    f3("nls:", n1?.word ? n1.list : "-", "|", cap);
    const nextCode = text.charCodeAt(t.end);
    if ((nextCode === 39 || nextCode === 0x2019) && /^['’]s?\b/.test(text.slice(t.end, t.end + 3))) f("poss|", cap);
    const c1 = cueOf(p1?.lower);
    const c2 = cueOf(p2?.lower);
    if (c1) {
      f3("cue1:", c1, "|", cap);
      f3("cue1l:", c1, "|", list);
      // "my son, Jacob" / "Dr. Lee": the cue, then punctuation, then the word
      if (t.before !== "") f3("cue1p:", c1, "|", t.before);
    }
    if (c2) f3("cue2:", c2, "|", cap);
    const eligible =
      !TITLE_WORDS.has(w) &&
      !KIN_WORDS.has(w) &&
      !NAMING_WORDS.has(w) &&
      !/[âÃ]$/.test(t.raw) &&
      (t.raw.length > 1 || (t.after === "." && cap !== "low")) &&
      !(n1?.word && EPONYM_NOUN.has(n1.lower)) &&
      !(n1 !== undefined && (n1.lower === "and" || n1.lower === "or") && toks[i + 3]?.word && EPONYM_NOUN.has(toks[i + 3]!.lower));
    const joinsPrevious = prevScored === i - 1 && (t.spaced || (p1 !== undefined && p1.raw.length === 1 && t.dotted));
    out.push({ start: t.start, end: t.end, joinsPrevious, eligible, features });
    prevScored = i;
  }
  return out;
}

/** Adjacent words at or above the threshold become one NAME span (shared with the trainer's report). */
export function mergeNameWords(
  words: readonly { start: number; end: number; joinsPrevious: boolean; eligible: boolean; probability: number }[],
  threshold: number
): PhiHit[] {
  const out: PhiHit[] = [];
  let open: PhiHit | undefined;
  for (const w of words) {
    if (w.probability < threshold || !w.eligible) {
      open = undefined;
      continue;
    }
    if (open && w.joinsPrevious) open.end = w.end;
    else {
      open = { type: "NAME", start: w.start, end: w.end };
      out.push(open);
    }
  }
  return out;
}

function checkThreshold(threshold: number, own: number): void {
  if (!(threshold > 0 && threshold < 1)) {
    throw new InvalidInputError({ field: "threshold", reason: `must be between 0 and 1 (got ${threshold}); the model's own is ${own}` });
  }
}

/** `source` names the file in errors; `threshold` overrides the file's. */
export function loadNameModel(data: NameModelData, source = "name model", threshold?: number): NameModel {
  const bad = (reason: string) => new InvalidModelFileError({ path: source, reason: `${reason} (retrain it with \`medslm-train name-model\`)` });
  if (data.version !== 1 || !Number.isInteger(data.bits) || data.bits < 8 || data.bits > 24) throw bad("not a version 1 name model");
  const weights = int8Weights(data.weights, 1 << data.bits, bad);
  const cut = threshold ?? data.threshold;
  checkThreshold(cut, data.threshold);
  const scoreTokens = (text: string) =>
    nameModelTokens(text, data.bits).map((t) => {
      let sum = 0;
      for (const i of t.features) sum += weights[i] ?? 0;
      return { start: t.start, end: t.end, joinsPrevious: t.joinsPrevious, eligible: t.eligible, probability: 1 / (1 + Math.exp(-(data.bias + sum * data.scale))) };
    });
  return {
    threshold: cut,
    trainedOn: data.trainedOn,
    score: (text) => scoreTokens(text).map(({ start, end, probability }) => ({ start, end, probability })),
    names: (text) => mergeNameWords(scoreTokens(text), cut)
  };
}

let bundledData: { data: NameModelData; file: string } | undefined;
let bundled: NameModel | undefined;
function bundledFile(): { data: NameModelData; file: string } {
  if (bundledData) return bundledData;
  bundledData = readBundledModelFile<NameModelData>("name-model");
  return bundledData;
}

/** The model shipped in this package (models/name-model.json) at its own threshold, loaded once on first use. */
export function bundledNameModel(): NameModel {
  if (bundled) return bundled;
  const { data, file } = bundledFile();
  bundled = loadNameModel(data, file);
  return bundled;
}

export interface NameModelOptions {
  /** Default: the bundled model file. */
  data?: NameModelData;
  /** Override the model's threshold: lower finds more names and redacts more ordinary words. */
  threshold?: number;
}

/** A name model for `new SafetyPipeline({ nameModel })`: the bundled one, or your own file, at a threshold of your choice. */
export function createNameModel(options: NameModelOptions = {}): NameModel {
  if (!options.data && options.threshold === undefined) return bundledNameModel();
  if (options.data) return loadNameModel(options.data, "name model", options.threshold);
  const { data, file } = bundledFile();
  return loadNameModel(data, file, options.threshold);
}
