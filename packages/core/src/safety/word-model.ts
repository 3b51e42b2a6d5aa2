/**
 * What the per-word learned PHI steps share (name-model.ts, place-model.ts): one tokenizer, the
 * hashed features of a word and the words around it, scoring with int8 weights, merging the words
 * at or above a threshold into spans, and loading a model file. Each step adds its own cue
 * features and says which words it may ever mark; `medslm-train name-model` and `place-model` train
 * on exactly these features (they call the built SDK).
 */
import { InvalidInputError, InvalidModelFileError } from "../errors/index.js";
import { englishWordLevel, isEnglishWord } from "./english-words.js";
import { hiddenActivations, int8Weights, readBundledModelFile, type HashedModelFile } from "./model-file.js";
import { foldName, inNameList } from "./person-names.js";
import type { PhiHit } from "./phi.js";
import type { PhiType } from "./types.js";

/** A version 1 per-word model file: logistic regression over the word's hashed features. */
export interface WordModelDataV1 extends HashedModelFile {
  bias: number;
  /** Reference per-word probabilities computed by the trainer, checked by the tests. */
  checks: { text: string; probabilities: number[] }[];
}

/**
 * A version 2 per-word model file: one hidden layer over the same features, so that a word's
 * context can count differently for different words ("Grace" after "pray for" vs after "my aunt").
 */
export interface WordModelDataV2 extends Omit<HashedModelFile, "version"> {
  version: 2;
  hidden: number;
  /** int8 rows of `hidden` values, one row per feature; value = byte * scale. */
  weights: string;
  hiddenBias: number[];
  output: number[];
  bias: number;
  checks: { text: string; probabilities: number[] }[];
}

/** A per-word model file's shape (models/name-model.json, models/place-model.json), either version. */
export type WordModelData = WordModelDataV1 | WordModelDataV2;

/** A scored word: its span and the probability that it is part of the step's PHI type. */
export interface WordModelWord {
  start: number;
  end: number;
  probability: number;
}

/** One word a per-word model scores: its span, whether it continues a span started by the word before, and its features. */
export interface WordModelToken {
  start: number;
  end: number;
  /** Only spaces (or an abbreviation's period) lie between it and the previous scored word. */
  joinsPrevious: boolean;
  /** False for words the step never marks whatever their score. */
  eligible: boolean;
  /**
   * Marked together with the word before it, whichever of the two reaches the threshold (the
   * second word of a listed two-word place, "Port Harcourt"); only steps with `follows` set it.
   */
  follows?: boolean;
  features: number[];
}

const MAX_TOKEN_CHARS = 24;
// Letters or digits, then letters, marks, digits, apostrophes and hyphens (linear: one class, no nesting).
const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
const POSSESSIVE = /(?:'s|’s|'|’|-)$/;

/** A word of the text with what every step's features need, worked out once per text. */
export interface Tok {
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
export const FNV_OFFSET = 0x811c9dc5;
export function mix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** Hash states after each feature name's prefix, computed once. */
export function featurePrefixes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, mix(FNV_OFFSET, k)])) as Record<K, number>;
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

const P = featurePrefixes(["w:", "sh:", "cap:", "ls:", "cl:", "lv:", "len:", "p1:", "p2:", "n1:", "n2:", "p1c:", "n1c:", "p12:", "pb:", "pa:", "pcap:", "ncap:", "pls:", "nls:", "pre2:", "suf2:", "pre3:", "suf3:", "pre4:", "suf4:", "poss|"]);
const AFFIX = [undefined, undefined, [P["pre2:"], P["suf2:"]], [P["pre3:"], P["suf3:"]], [P["pre4:"], P["suf4:"]]] as const;
const BIAS_WORD = mix(FNV_OFFSET, "bias-word");
const HYPHEN = mix(FNV_OFFSET, "hyphen");
const APOSTROPHE = mix(FNV_OFFSET, "apostrophe");

function wordInfo(raw: string): WordInfo {
  const known = WORD_CACHE.get(raw);
  if (known) return known;
  const lower = foldName(raw).replace(/’/g, "'");
  const list = listState(lower);
  const own = [mix(P["w:"], lower), mix(P["sh:"], shape(raw)), mix(P["ls:"], list), mix(P["len:"], String(Math.min(lower.length, 10)))];
  for (let n = 2; n <= 4; n++) {
    if (lower.length > n) own.push(mix(AFFIX[n]![0], lower.slice(0, n)), mix(AFFIX[n]![1], lower.slice(-n)));
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

/** Skip placeholders already in the text ("[NAME_1]"). */
function isPlaceholder(text: string, t: Tok): boolean {
  return text.charCodeAt(t.start - 1) === 91 && text.charCodeAt(t.end) === 95 && /^[A-Z_]+$/.test(t.raw);
}

// The last text's tokens: the name and place steps read the same message one after the other
// (steps only read tokens). Only for texts of ordinary size, so that no huge one stays in memory.
const CACHE_TEXT_MAX = 65_536;
let lastText: string | undefined;
let lastToks: Tok[] = [];

function textTokens(text: string): Tok[] {
  if (text === lastText) return lastToks;
  let upper = 0;
  let lowerCount = 0;
  for (let i = 0; i < text.length && upper + lowerCount < 400; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lowerCount++;
  }
  const toks = tokens(text, upper > 2 * lowerCount);
  if (text.length <= CACHE_TEXT_MAX) {
    lastText = text;
    lastToks = toks;
  } else lastText = undefined;
  return toks;
}

/** Appends one feature (an unmasked hash) to the word's list. */
export type AddFeature = (h: number) => void;

/** What a per-word step adds to the shared tokenizer and features. */
export interface WordStep {
  /**
   * Adds the step's own features of toks[i] (a word that may be scored) and says whether the step
   * may ever mark it. With `skipIneligible`, it is first asked with no `add`, and the words it
   * refuses are not scored at all (nor seen by the trainer).
   */
  features(text: string, toks: readonly Tok[], i: number, add: AddFeature | undefined): boolean;
  skipIneligible?: boolean;
  /** Whether a word after "<prev>. " continues the span (an initial for names, "St." for places). */
  joinsAfterDot(prev: Tok): boolean;
  /** Whether toks[i] is marked together with the scored word right before it (see WordModelToken.follows). */
  follows?(toks: readonly Tok[], i: number): boolean;
}

/**
 * The words a per-word step scores and their features as hash indices in [0, 2^bits): every word
 * but numbers, placeholders and lower-case dictionary words the name list lacks ("the", "swollen"),
 * which are never part of a name or a place (most words of a message; this keeps the steps cheap).
 */
export function wordModelTokens(text: string, bits: number, step: WordStep): WordModelToken[] {
  const mask = (1 << bits) - 1;
  const toks = textTokens(text);
  const out: WordModelToken[] = [];
  let prevScored = -2;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.word || (t.cap === "low" && t.list === "word") || isPlaceholder(text, t)) continue;
    const features: number[] = [];
    const add = (h: number) => features.push((h >>> 0) & mask);
    let eligible: boolean;
    if (step.skipIneligible) {
      // asked first: a word the step never marks is not scored, and breaks a span
      if (!step.features(text, toks, i, undefined)) continue;
      contextFeatures(text, toks, i, add);
      eligible = step.features(text, toks, i, add);
    } else {
      contextFeatures(text, toks, i, add);
      eligible = step.features(text, toks, i, add);
    }
    const p1 = toks[i - 1];
    const joinsPrevious = prevScored === i - 1 && (t.spaced || (p1 !== undefined && t.dotted && step.joinsAfterDot(p1)));
    out.push(step.follows ? { start: t.start, end: t.end, joinsPrevious, eligible, follows: joinsPrevious && step.follows(toks, i), features } : { start: t.start, end: t.end, joinsPrevious, eligible, features });
    prevScored = i;
  }
  return out;
}

/** The features every per-word step shares: the word itself, its shape and capitals, and the words and punctuation around it. */
function contextFeatures(text: string, toks: readonly Tok[], i: number, add: AddFeature): void {
  const t = toks[i]!;
  const p1 = toks[i - 1];
  const p2 = toks[i - 2];
  const n1 = toks[i + 1];
  const n2 = toks[i + 2];
  const cap = t.cap;
  const list = t.list;
  const c1w = p1?.context ?? "<s>";
  const c2w = p2?.context ?? "<s>";
  const n1w = n1?.context ?? "<s>";
  const info = t.info!;
  const f3 = (prefix: number, a: string, b: string, c: string) => add(mix(mix(mix(prefix, a), b), c));
  add(BIAS_WORD);
  for (const h of info.own) add(h);
  add(mix(P["cap:"], cap));
  f3(P["cl:"], cap, "|", list);
  f3(P["lv:"], cap, "|", info.level);
  add(mix(P["p1:"], c1w));
  add(mix(P["p2:"], c2w));
  add(mix(P["n1:"], n1w));
  add(mix(P["n2:"], n2?.context ?? "<s>"));
  f3(P["p1c:"], c1w, "|", cap);
  f3(P["n1c:"], n1w, "|", cap);
  f3(P["p12:"], c2w, " ", c1w);
  f3(P["pb:"], t.before, "|", cap);
  f3(P["pa:"], t.after, "|", cap);
  f3(P["pcap:"], p1?.cap ?? "none", "|", cap);
  f3(P["ncap:"], n1?.cap ?? "none", "|", cap);
  f3(P["pls:"], p1?.word ? p1.list : "-", "|", cap);
  f3(P["nls:"], n1?.word ? n1.list : "-", "|", cap);
  const nextCode = text.charCodeAt(t.end);
  if ((nextCode === 39 || nextCode === 0x2019) && /^['’]s?\b/.test(text.slice(t.end, t.end + 3))) add(mix(P["poss|"], cap));
}

/** What merging needs of a scored word. */
export interface ScoredWord {
  start: number;
  end: number;
  joinsPrevious: boolean;
  eligible: boolean;
  follows?: boolean;
  probability: number;
}

/**
 * Adjacent eligible words at or above the threshold become one span of the type; a word that
 * `follows` the one before is marked with it when either is (shared with the trainers' reports).
 */
export function mergeWords(words: readonly ScoredWord[], threshold: number, type: PhiType): PhiHit[] {
  const marked = words.map((w) => w.eligible && w.probability >= threshold);
  if (words.some((w) => w.follows)) {
    // forward, then back: "Salt Lake City" is marked whole when any of its words is
    for (let i = 1; i < words.length; i++) if (words[i]!.follows && words[i]!.eligible && words[i - 1]!.eligible && marked[i - 1]) marked[i] = true;
    for (let i = words.length - 1; i > 0; i--) if (words[i]!.follows && words[i]!.eligible && words[i - 1]!.eligible && marked[i]) marked[i - 1] = true;
  }
  const out: PhiHit[] = [];
  let open: PhiHit | undefined;
  words.forEach((w, i) => {
    if (!marked[i]) {
      open = undefined;
      return;
    }
    if (open && w.joinsPrevious) open.end = w.end;
    else {
      open = { type, start: w.start, end: w.end };
      out.push(open);
    }
  });
  return out;
}

/** A loaded per-word model: its threshold and file, its per-word scores and its spans. */
export interface WordModel {
  readonly threshold: number;
  readonly trainedOn: readonly string[];
  /** Each word the step may score, with its probability. */
  score(text: string): WordModelWord[];
  /** The step's spans: adjacent eligible words at or above the threshold, merged. */
  spans(text: string): PhiHit[];
}

/** How a per-word step reads its file: its trainer's name (for errors), its featuriser and its PHI type. */
export interface WordModelKind {
  trainer: string;
  type: PhiType;
  tokens(text: string, bits: number): WordModelToken[];
}

function checkThreshold(threshold: number, own: number): void {
  if (!(threshold > 0 && threshold < 1)) {
    throw new InvalidInputError({ field: "threshold", reason: `must be between 0 and 1 (got ${threshold}); the model's own is ${own}` });
  }
}

/** `source` names the file in errors; `threshold` overrides the file's. */
export function loadWordModel(kind: WordModelKind, data: WordModelData, source: string, threshold?: number): WordModel {
  const bad = (reason: string) => new InvalidModelFileError({ path: source, reason: `${reason} (retrain it with \`medslm-train ${kind.trainer}\`)` });
  const name = kind.trainer.replace("-", " ");
  if ((data.version !== 1 && data.version !== 2) || !Number.isInteger(data.bits) || data.bits < 8 || data.bits > 24) throw bad(`not a version 1 or 2 ${name}`);
  if (!Number.isFinite(data.bias) || !(typeof data.scale === "number" && data.scale > 0 && Number.isFinite(data.scale))) throw bad("bias and a positive scale expected");
  const logit = data.version === 2 ? hiddenLayerLogit(data, bad) : linearLogit(data, bad);
  const cut = threshold ?? data.threshold;
  checkThreshold(cut, data.threshold);
  const scoreTokens = (text: string) =>
    kind.tokens(text, data.bits).map((t) => {
      const probability = 1 / (1 + Math.exp(-logit(t.features)));
      return t.follows ? { start: t.start, end: t.end, joinsPrevious: t.joinsPrevious, eligible: t.eligible, follows: true, probability } : { start: t.start, end: t.end, joinsPrevious: t.joinsPrevious, eligible: t.eligible, probability };
    });
  return {
    threshold: cut,
    trainedOn: data.trainedOn,
    score: (text) => scoreTokens(text).map(({ start, end, probability }) => ({ start, end, probability })),
    spans: (text) => mergeWords(scoreTokens(text), cut, kind.type)
  };
}

function linearLogit(data: WordModelDataV1, bad: (reason: string) => Error): (features: readonly number[]) => number {
  const weights = int8Weights(data, 1 << data.bits, bad);
  return (features) => {
    let sum = 0;
    for (const i of features) sum += weights[i] ?? 0;
    return data.bias + sum * data.scale;
  };
}

function hiddenLayerLogit(data: WordModelDataV2, bad: (reason: string) => Error): (features: readonly number[]) => number {
  const { hidden } = data;
  if (!Number.isInteger(hidden) || hidden < 1 || hidden > 1024) throw bad(`hidden must be 1..1024 (got ${String(hidden)})`);
  if (!Array.isArray(data.hiddenBias) || data.hiddenBias.length !== hidden || !data.hiddenBias.every(Number.isFinite)) throw bad(`${hidden} hidden biases expected`);
  if (!Array.isArray(data.output) || data.output.length !== hidden || !data.output.every(Number.isFinite)) throw bad(`${hidden} output weights expected`);
  const weights = int8Weights(data, (1 << data.bits) * hidden, bad);
  const hiddenBias = Float64Array.from(data.hiddenBias);
  const output = Float64Array.from(data.output);
  const h = new Float64Array(hidden);
  return (features) => {
    hiddenActivations(weights, hidden, features, hiddenBias, data.scale, h);
    let z = data.bias;
    for (let j = 0; j < hidden; j++) z += output[j]! * h[j]!;
    return z;
  };
}

/** A step's bundled file, read once, and its model at the file's own threshold, loaded once. */
export interface BundledWordModel<M> {
  file(): { data: WordModelData; file: string };
  model(): M;
}

export function bundledWordModel<M>(name: string, load: (data: WordModelData, source: string, threshold?: number) => M): BundledWordModel<M> {
  let read: { data: WordModelData; file: string } | undefined;
  let model: M | undefined;
  const file = () => (read ??= readBundledModelFile<WordModelData>(name));
  return { file, model: () => (model ??= load(file().data, file().file)) };
}

/** A step's model for the pipeline: the bundled one, or your own file, at a threshold of your choice. */
export function createWordModel<M>(
  bundled: BundledWordModel<M>,
  load: (data: WordModelData, source: string, threshold?: number) => M,
  options: { data?: WordModelData; threshold?: number },
  label: string
): M {
  if (!options.data && options.threshold === undefined) return bundled.model();
  if (options.data) return load(options.data, label, options.threshold);
  const { data, file } = bundled.file();
  return load(data, file, options.threshold);
}
