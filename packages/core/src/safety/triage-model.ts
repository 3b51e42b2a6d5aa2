/**
 * An optional learned triage step: a logistic-regression model over hashed word, word-pair and
 * character n-gram features of the (redacted) message, trained by `medslm-train triage-model` on
 * the project's own labelled triage sets. It plugs in as a `SafetyClassifier`, so it can only
 * raise a verdict to emergency, never lower one. Rules miss emergencies that new writers describe
 * in words no rule anticipated; the model generalises from wording seen across writers, at the
 * cost of more false alarms (see the safety README for both numbers).
 */
import { InvalidInputError, InvalidModelFileError } from "../errors/index.js";
import { hiddenActivations, int8Weights, readBundledModelFile, type HashedModelFile } from "./model-file.js";
import { tokenize } from "./normalize.js";
import { sharedCanonicalizer } from "./rule-vocabulary.js";
import { TRIAGE_GROUPS } from "./triage-rules.js";
import { ALL_MORE_TRIAGE_GROUPS } from "./triage-rules-more.js";
import type { Audience, ClassifierResult, SafetyClassifier } from "./types.js";

/** A version 1 model file: logistic regression over the hashed word features. */
export interface TriageModelDataV1 extends HashedModelFile {
  bias: number;
  /** Reference probabilities computed by the trainer, checked by the tests. */
  checks: { text: string; probability: number }[];
}

/**
 * A version 2 model file (models/triage-model.json): one hidden layer over the hashed word features
 * and the rules' concepts (which word groups a message mentions, and which two together), so
 * "my dad" + "cant breathe" can count for more than each alone, and a word the model never saw
 * still counts through the group the rules put it in.
 */
export interface TriageModelDataV2 extends Omit<HashedModelFile, "version"> {
  version: 2;
  /** Concept and concept-pair hash spaces: 2^conceptBits and 2^pairBits rows after the word rows. */
  conceptBits: number;
  pairBits: number;
  hidden: number;
  /** int8 rows of `hidden` values, word rows then concept rows then pair rows; value = byte * scale. */
  weights: string;
  hiddenBias: number[];
  output: number[];
  bias: number;
  /**
   * The rules' word groups when the model was trained: phrase (canonical words) -> group names. Kept
   * in the file so later rule edits cannot shift the features under a trained model.
   */
  concepts: Record<string, string[]>;
  checks: { text: string; probability: number }[];
}

/** The model file's shape (models/triage-model.json), either version. */
export type TriageModelData = TriageModelDataV1 | TriageModelDataV2;

export interface TriageModel {
  readonly threshold: number;
  readonly trainedOn: readonly string[];
  /**
   * Probability that the text describes an emergency, the words (of 4+ letters) that pushed it up
   * most, and how many words the text has.
   */
  score(text: string): { probability: number; topFeatures: string[]; words: number };
  /** What the default classifier decides: probability at or above the threshold, and enough words. */
  raises(text: string): boolean;
}

/**
 * Below this many words the model does not raise a level: "hello" or "never mind" give it too
 * little to go on (its probabilities there are noise), and the rules catch short explicit emergencies
 * ("not breathing", "took all my pills").
 */
export const TRIAGE_MODEL_MIN_WORDS = 3;

// n-grams longer tokens would add are noise (hashes, URLs); the cap keeps time linear and small
const MAX_TOKEN_CHARS = 24;
const CHAR_GRAMS = [3, 4, 5] as const;

/** FNV-1a over UTF-16 code units of prefix + text.slice(start, end), without building the string. */
function fnv(prefix: string, text: string, start: number, end: number): number {
  return fnvMore(fnvMore(0x811c9dc5, prefix), text, start, end) >>> 0;
}

/** FNV-1a state `h` carried on over text.slice(start, end). */
function fnvMore(h: number, text: string, start = 0, end = text.length): number {
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** A hashed feature of a text: its index, and a readable name for word and word-pair features. */
export interface HashedFeature {
  index: number;
  /** Readable name for word and word-pair features (reasons); undefined for character n-grams. */
  name?: string;
}

/** The features the model sees, as hash indices in [0, 2^bits); the one featuriser training and inference share. */
export function triageModelFeatures(text: string, bits = 18): number[] {
  return [...collectFeatures(text, bits).features.keys()];
}

/**
 * The same features under a neutral name, for the other learned steps (the scope model) that share
 * this featuriser.
 */
export const hashedTextFeatures = triageModelFeatures;

/** Features with their readable names (for the learned steps' reasons), and the number of words. */
export function collectFeatures(text: string, bits: number): { features: Map<number, HashedFeature>; words: number } {
  const mask = (1 << bits) - 1;
  const features = new Map<number, HashedFeature>();
  let words = 0;
  const add = (prefix: string, s: string, start: number, end: number, named: boolean) => {
    const index = fnv(prefix, s, start, end) & mask;
    if (!features.has(index)) features.set(index, named ? { index, name: s.slice(start, end) } : { index });
  };
  let prev = "|";
  for (const token of tokenize(text)) {
    const t = token.text.length > MAX_TOKEN_CHARS ? token.text.slice(0, MAX_TOKEN_CHARS) : token.text;
    if (t !== "|") {
      words++;
      add("u:", t, 0, t.length, true);
      const w = `<${t}>`;
      for (const n of CHAR_GRAMS) for (let i = 0; i + n <= w.length; i++) add("c:", w, i, i + n, false);
    }
    const pair = `${prev} ${t}`;
    add("b:", pair, 0, pair.length, true);
    prev = t;
  }
  return { features, words };
}

// Groups that are vocabulary lists for typo correction or grammar, not clinical concepts.
const NOT_CONCEPTS = /^(?:xVocabulary|notTypos$)/;

/**
 * The rules' word groups as a concept table: phrase (canonical words) -> the groups it belongs to.
 * The trainer stores it in the model file.
 */
export function triageConceptTable(): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const groups of [TRIAGE_GROUPS, ALL_MORE_TRIAGE_GROUPS]) {
    for (const [name, phrases] of Object.entries(groups)) {
      if (NOT_CONCEPTS.test(name)) continue;
      for (const raw of phrases) {
        const phrase = raw.trim();
        if (!phrase) continue;
        const list = Object.hasOwn(table, phrase) ? table[phrase]! : (table[phrase] = []);
        if (!list.includes(name)) list.push(name);
      }
    }
  }
  return table;
}

/** What the version 2 featuriser needs besides the text. */
export interface ConceptLayout {
  bits: number;
  conceptBits: number;
  pairBits: number;
  concepts: ReadonlyMap<string, readonly string[]>;
}

const layoutLongest = new WeakMap<ReadonlyMap<string, readonly string[]>, number>();

/** The concepts (group names, sorted) a text mentions, read through the rules' canonicalizer. */
export function triageConcepts(text: string, concepts: ReadonlyMap<string, readonly string[]>): string[] {
  let longest = layoutLongest.get(concepts);
  if (longest === undefined) {
    longest = 1;
    for (const phrase of concepts.keys()) longest = Math.max(longest, phrase.split(" ").length);
    layoutLongest.set(concepts, longest);
  }
  const words = sharedCanonicalizer().canonicalize(text).words;
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let key = "";
    for (let n = 1; n <= longest && i + n <= words.length; n++) {
      const w = words[i + n - 1]!;
      if (w === "|") break;
      key = n === 1 ? w : `${key} ${w}`;
      const groups = concepts.get(key);
      if (groups) for (const g of groups) found.add(g);
    }
  }
  return [...found].sort();
}

/** Version 2 features: the word features, then one row per concept and per pair of concepts. */
export function collectConceptFeatures(text: string, layout: ConceptLayout): { features: Map<number, HashedFeature>; words: number } {
  const { features, words } = collectFeatures(text, layout.bits);
  const conceptBase = 1 << layout.bits;
  const pairBase = conceptBase + (1 << layout.conceptBits);
  const conceptMask = (1 << layout.conceptBits) - 1;
  const pairMask = (1 << layout.pairBits) - 1;
  const found = triageConcepts(text, layout.concepts);
  // a message can name many concepts (pairs grow with their square): each pair's hash carries on
  // from the first concept's, so no pair string is built
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    const index = conceptBase + (fnv("g:", a, 0, a.length) & conceptMask);
    if (!features.has(index)) features.set(index, { index });
    const head = fnvMore(fnvMore(fnvMore(0x811c9dc5, "p:"), a), "&");
    for (let j = i + 1; j < found.length; j++) {
      const p = pairBase + ((fnvMore(head, found[j]!) >>> 0) & pairMask);
      if (!features.has(p)) features.set(p, { index: p });
    }
  }
  return { features, words };
}

/** Version 2 feature indices of a text, for the trainer. */
export function triageModelFeaturesV2(text: string, layout: ConceptLayout): number[] {
  return [...collectConceptFeatures(text, layout).features.keys()].sort((a, b) => a - b);
}

const READABLE = /[a-z0-9]{4}/;

/** `source` names the file in errors. */
export function loadTriageModel(data: TriageModelData, source = "triage model"): TriageModel {
  const bad = (reason: string) => new InvalidModelFileError({ path: source, reason: `${reason} (retrain it with \`medslm-train triage-model\`)` });
  if (!Number.isInteger(data.bits) || data.bits < 8 || data.bits > 24) throw bad("not a version 1 or 2 triage model");
  if (data.version === 2) return loadHiddenLayerModel(data, bad);
  if (data.version !== 1) throw bad("not a version 1 or 2 triage model");
  const weights = int8Weights(data, 1 << data.bits, bad);
  return modelOf(data, (text) => {
    const { features, words } = collectFeatures(text, data.bits);
    if (features.size === 0) return { probability: 1 / (1 + Math.exp(-data.bias)), topFeatures: [], words };
    const norm = 1 / Math.sqrt(features.size);
    let sum = 0;
    const named: { name: string; weight: number }[] = [];
    for (const f of features.values()) {
      const w = weights[f.index] ?? 0;
      sum += w;
      if (f.name !== undefined && w > 0 && READABLE.test(f.name)) named.push({ name: f.name, weight: w });
    }
    return outcome(data.bias + sum * data.scale * norm, named, words);
  });
}

/** The probability of logit `z`, with the three named features that pushed it up most. */
function outcome(z: number, named: { name: string; weight: number }[], words: number): ReturnType<TriageModel["score"]> {
  named.sort((a, b) => b.weight - a.weight);
  return { probability: 1 / (1 + Math.exp(-z)), topFeatures: named.slice(0, 3).map((n) => n.name), words };
}

/** A model around its scoring function: it raises at the file's threshold, given enough words. */
function modelOf(data: { threshold: number; trainedOn: string[] }, score: TriageModel["score"]): TriageModel {
  return {
    threshold: data.threshold,
    trainedOn: data.trainedOn,
    score,
    raises(text) {
      const { probability, words } = score(text);
      return probability >= data.threshold && words >= TRIAGE_MODEL_MIN_WORDS;
    }
  };
}

function loadHiddenLayerModel(data: TriageModelDataV2, bad: (reason: string) => Error): TriageModel {
  const { hidden } = data;
  const okBits = (b: unknown) => Number.isInteger(b) && (b as number) >= 4 && (b as number) <= 20;
  if (!okBits(data.conceptBits) || !okBits(data.pairBits) || !Number.isInteger(hidden) || hidden < 1 || hidden > 1024) throw bad("a version 2 triage model with a bad layout");
  if (!Array.isArray(data.hiddenBias) || data.hiddenBias.length !== hidden || !Array.isArray(data.output) || data.output.length !== hidden) throw bad(`hidden layer sizes differ from ${hidden}`);
  if (typeof data.concepts !== "object" || data.concepts === null) throw bad("no concept table");
  const rows = (1 << data.bits) + (1 << data.conceptBits) + (1 << data.pairBits);
  const weights = int8Weights(data, rows * hidden, bad);
  const hiddenBias = Float64Array.from(data.hiddenBias);
  const output = Float64Array.from(data.output);
  const layout: ConceptLayout = { bits: data.bits, conceptBits: data.conceptBits, pairBits: data.pairBits, concepts: new Map(Object.entries(data.concepts)) };
  const h = new Float64Array(hidden);
  return modelOf(data, (text) => {
    const { features, words } = collectConceptFeatures(text, layout);
    hiddenActivations(weights, hidden, features.keys(), hiddenBias, features.size === 0 ? 0 : data.scale / Math.sqrt(features.size), h);
    let z = data.bias;
    for (let j = 0; j < hidden; j++) z += output[j]! * h[j]!;
    // a word's pull: what its row adds to the output through the units that are on
    const named: { name: string; weight: number }[] = [];
    for (const f of features.values()) {
      if (f.name === undefined || !READABLE.test(f.name)) continue;
      let pull = 0;
      const row = f.index * hidden;
      for (let j = 0; j < hidden; j++) if (h[j]! > 0) pull += output[j]! * weights[row + j]!;
      if (pull > 0) named.push({ name: f.name, weight: pull });
    }
    return outcome(z, named, words);
  });
}

let bundled: TriageModel | undefined;
/** The model shipped in this package (models/triage-model.json), loaded once on first use. */
export function bundledTriageModel(): TriageModel {
  if (bundled) return bundled;
  const { data, file } = readBundledModelFile<TriageModelData>("triage-model");
  bundled = loadTriageModel(data, file);
  return bundled;
}

export interface TriageModelClassifierOptions {
  /** Default: the bundled model. */
  model?: TriageModel;
  /** Override the model's threshold: lower catches more emergencies and raises more false alarms. */
  threshold?: number;
  /**
   * Audiences it applies to. Default patient and care-team: students write exam vignettes full of
   * emergency words, which the rules already tell apart from a student speaking about themselves.
   */
  audiences?: readonly Audience[];
  /** Fewer words than this and the model stays silent. Default TRIAGE_MODEL_MIN_WORDS (3). */
  minWords?: number;
}

/** The learned triage step as a `SafetyClassifier` (`new SafetyPipeline({ classifier: createTriageModelClassifier() })`). */
export function createTriageModelClassifier(options: TriageModelClassifierOptions = {}): SafetyClassifier {
  const model = options.model ?? bundledTriageModel();
  const threshold = options.threshold ?? model.threshold;
  if (!(threshold > 0 && threshold < 1)) {
    throw new InvalidInputError({ field: "threshold", reason: `must be between 0 and 1 (got ${threshold}); the model's own is ${model.threshold}` });
  }
  const minWords = options.minWords ?? TRIAGE_MODEL_MIN_WORDS;
  if (!(Number.isInteger(minWords) && minWords >= 1)) {
    throw new InvalidInputError({ field: "minWords", reason: `must be a whole number, 1 or more (got ${minWords})` });
  }
  const audiences = new Set(options.audiences ?? ["patient", "care-team"]);
  return {
    classify(input): Promise<ClassifierResult> {
      if (!audiences.has(input.audience)) return Promise.resolve({});
      const { probability, topFeatures, words } = model.score(input.redacted);
      if (probability < threshold || words < minWords) return Promise.resolve({});
      const strongest = topFeatures.length > 0 ? `; strongest words: ${topFeatures.join(", ")}` : "";
      return Promise.resolve({ triage: "emergency", rationale: `triage model p=${probability.toFixed(2)} >= ${threshold}${strongest}` });
    }
  };
}
