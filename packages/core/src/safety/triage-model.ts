/**
 * An optional learned triage step: a logistic-regression model over hashed word, word-pair and
 * character n-gram features of the (redacted) message, trained by `medslm-train triage-model` on
 * the project's own labelled triage sets. It plugs in as a `SafetyClassifier`, so it can only
 * raise a verdict to emergency, never lower one. Rules miss emergencies that new writers describe
 * in words no rule anticipated; the model generalises from wording seen across writers, at the
 * cost of more false alarms (see the safety README for both numbers).
 */
import { InvalidInputError, InvalidModelFileError } from "../errors/index.js";
import { int8Weights, readBundledModelFile, type HashedModelFile } from "./model-file.js";
import { tokenize } from "./normalize.js";
import type { Audience, ClassifierResult, SafetyClassifier } from "./types.js";

/** The model file's shape (models/triage-model.json). */
export interface TriageModelData extends HashedModelFile {
  bias: number;
  /** Reference probabilities computed by the trainer, checked by the tests. */
  checks: { text: string; probability: number }[];
}

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
  let h = 0x811c9dc5;
  for (let i = 0; i < prefix.length; i++) h = Math.imul(h ^ prefix.charCodeAt(i), 0x01000193);
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
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

/** `source` names the file in errors. */
export function loadTriageModel(data: TriageModelData, source = "triage model"): TriageModel {
  const bad = (reason: string) => new InvalidModelFileError({ path: source, reason: `${reason} (retrain it with \`medslm-train triage-model\`)` });
  if (data.version !== 1 || !Number.isInteger(data.bits) || data.bits < 8 || data.bits > 24) throw bad("not a version 1 triage model");
  const weights = int8Weights(data.weights, 1 << data.bits, bad);
  const model: TriageModel = {
    threshold: data.threshold,
    trainedOn: data.trainedOn,
    score(text) {
      const { features, words } = collectFeatures(text, data.bits);
      if (features.size === 0) return { probability: 1 / (1 + Math.exp(-data.bias)), topFeatures: [], words };
      const norm = 1 / Math.sqrt(features.size);
      let sum = 0;
      const named: { name: string; weight: number }[] = [];
      for (const f of features.values()) {
        const w = weights[f.index] ?? 0;
        sum += w;
        if (f.name !== undefined && w > 0 && /[a-z0-9]{4}/.test(f.name)) named.push({ name: f.name, weight: w });
      }
      const z = data.bias + sum * data.scale * norm;
      named.sort((a, b) => b.weight - a.weight);
      return { probability: 1 / (1 + Math.exp(-z)), topFeatures: named.slice(0, 3).map((n) => n.name), words };
    },
    raises(text) {
      const { probability, words } = model.score(text);
      return probability >= data.threshold && words >= TRIAGE_MODEL_MIN_WORDS;
    }
  };
  return model;
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
