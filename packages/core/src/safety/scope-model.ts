/**
 * An optional learned scope step: a classifier (no refusal + the six refused categories) over the
 * same hashed word, word-pair and character n-gram features as the triage model (version 1 files:
 * multinomial logistic regression; version 2: one hidden layer), trained by `medslm-train
 * scope-model` on the project's scope sets, with their allowed questions and the plain patient
 * messages of the triage and PHI sets as negatives. It plugs in as
 * a `SafetyClassifier`, so it can only refuse what the rules allowed, never allow what they refused.
 * New writers word prohibited asks in ways no rule knows; the model generalises from wording seen
 * across writers, at the cost of some over-refusal (see the safety README for both numbers).
 */
import { InvalidInputError, InvalidModelFileError } from "../errors/index.js";
import { hiddenActivations, int8Weights, readBundledModelFile, type HashedModelFile } from "./model-file.js";
import { collectFeatures, type HashedFeature } from "./triage-model.js";
import type { Audience, ClassifierResult, SafetyClassifier, ScopeCategory } from "./types.js";

const CATEGORIES: readonly ScopeCategory[] = ["prescription", "lethal-dose", "self-harm", "harm-to-others", "controlled-substance", "prompt-injection"];

/** A version 1 model file: multinomial logistic regression over the hashed word features. */
export interface ScopeModelDataV1 extends HashedModelFile {
  kind: "scope";
  /** Class names: "none" first, then refused categories; the weights come class after class. */
  classes: string[];
  /** One bias per class. */
  biases: number[];
  /** Reference probabilities (per class) computed by the trainer, checked by the tests. */
  checks: { text: string; probabilities: number[] }[];
}

/**
 * A version 2 model file (models/scope-model.json): one hidden layer over the same hashed word
 * features, so that words which mean little alone ("enough", "nobody", "wake") can count together.
 */
export interface ScopeModelDataV2 extends Omit<HashedModelFile, "version"> {
  version: 2;
  kind: "scope";
  classes: string[];
  hidden: number;
  /** int8 rows of `hidden` values, one row per feature; value = byte * scale. */
  weights: string;
  hiddenBias: number[];
  /** `hidden` output weights per class, class after class. */
  output: number[];
  /** One output bias per class. */
  biases: number[];
  checks: { text: string; probabilities: number[] }[];
}

/** The model file's shape (models/scope-model.json), either version. */
export type ScopeModelData = ScopeModelDataV1 | ScopeModelDataV2;

export interface ScopeModelScore {
  /** Probability that the text asks for something refused (1 - P(none)). */
  probability: number;
  /** The most likely refused category. */
  category: ScopeCategory;
  /** Probability of every class, in the model's class order. */
  probabilities: number[];
  /** Words (of 4+ letters) that pushed most toward `category` rather than "none". */
  topFeatures: string[];
}

export interface ScopeModel {
  readonly threshold: number;
  readonly classes: readonly string[];
  readonly trainedOn: readonly string[];
  score(text: string): ScopeModelScore;
}

const READABLE = /[a-z0-9]{4}/;

/** `source` names the file in errors. */
export function loadScopeModel(data: ScopeModelData, source = "scope model"): ScopeModel {
  const bad = (reason: string) => new InvalidModelFileError({ path: source, reason: `${reason} (retrain it with \`medslm-train scope-model\`)` });
  if (typeof data !== "object" || data === null || (data.version !== 1 && data.version !== 2) || data.kind !== "scope") throw bad("not a version 1 or 2 scope model");
  if (!Number.isInteger(data.bits) || data.bits < 8 || data.bits > 24) throw bad(`bits must be 8..24 (got ${String(data.bits)})`);
  const classes = data.classes;
  if (!Array.isArray(classes) || classes[0] !== "none" || classes.length < 2 || !classes.slice(1).every((c) => (CATEGORIES as readonly string[]).includes(c))) {
    throw bad(`classes must be "none" then scope categories (got ${JSON.stringify(classes)})`);
  }
  if (!Array.isArray(data.biases) || data.biases.length !== classes.length || !data.biases.every(Number.isFinite)) throw bad(`${classes.length} biases expected`);
  if (!(typeof data.scale === "number" && data.scale > 0 && Number.isFinite(data.scale))) throw bad("scale must be a positive number");
  if (!(typeof data.threshold === "number" && data.threshold > 0 && data.threshold < 1)) throw bad(`threshold must be between 0 and 1 (got ${String(data.threshold)})`);
  const logits = data.version === 2 ? hiddenLayerLogits(data, bad) : linearLogits(data, bad);
  return {
    threshold: data.threshold,
    classes,
    trainedOn: data.trainedOn,
    score(text) {
      const features = [...collectFeatures(text, data.bits).features.values()];
      const { z, pull } = logits(features);
      const max = Math.max(...z);
      const e = z.map((v) => Math.exp(v - max));
      const total = e.reduce((a, b) => a + b, 0);
      const probabilities = e.map((v) => v / total);
      let best = 1;
      for (let c = 2; c < classes.length; c++) if ((probabilities[c] ?? 0) > (probabilities[best] ?? 0)) best = c;
      const named: { name: string; weight: number }[] = [];
      for (const f of features) {
        if (f.name === undefined || !READABLE.test(f.name)) continue;
        const w = pull(f.index, best);
        if (w > 0) named.push({ name: f.name, weight: w });
      }
      named.sort((a, b) => b.weight - a.weight);
      return {
        probability: 1 - (probabilities[0] ?? 0),
        category: classes[best] as ScopeCategory,
        probabilities,
        topFeatures: named.slice(0, 3).map((n) => n.name)
      };
    }
  };
}

/**
 * A version's scoring: the class logits of a text's features, and `pull`, how much one feature
 * pushed toward class `c` rather than "none" (for the reasons), valid until the next call.
 */
type Logits = (features: readonly HashedFeature[]) => { z: number[]; pull: (index: number, c: number) => number };

function linearLogits(data: ScopeModelDataV1, bad: (reason: string) => Error): Logits {
  const size = 1 << data.bits;
  const k = data.classes.length;
  const weights = int8Weights(data, k * size, bad);
  const pull = (index: number, c: number) => (weights[c * size + index] ?? 0) - (weights[index] ?? 0);
  return (features) => {
    const norm = features.length > 0 ? 1 / Math.sqrt(features.length) : 0;
    const z = data.biases.slice();
    for (let c = 0; c < k; c++) {
      let sum = 0;
      const base = c * size;
      for (const f of features) sum += weights[base + f.index] ?? 0;
      z[c] = (z[c] ?? 0) + sum * data.scale * norm;
    }
    return { z, pull };
  };
}

function hiddenLayerLogits(data: ScopeModelDataV2, bad: (reason: string) => Error): Logits {
  const { hidden } = data;
  const k = data.classes.length;
  if (!Number.isInteger(hidden) || hidden < 1 || hidden > 1024) throw bad(`hidden must be 1..1024 (got ${String(hidden)})`);
  if (!Array.isArray(data.hiddenBias) || data.hiddenBias.length !== hidden || !data.hiddenBias.every(Number.isFinite)) throw bad(`${hidden} hidden biases expected`);
  if (!Array.isArray(data.output) || data.output.length !== k * hidden || !data.output.every(Number.isFinite)) throw bad(`${k * hidden} output weights expected`);
  const weights = int8Weights(data, (1 << data.bits) * hidden, bad);
  const hiddenBias = Float64Array.from(data.hiddenBias);
  const output = Float64Array.from(data.output);
  const h = new Float64Array(hidden);
  // a feature's pull toward c: its row through the units that are on, weighted by c's output minus none's
  const pull = (index: number, c: number) => {
    let sum = 0;
    const row = index * hidden;
    for (let j = 0; j < hidden; j++) if (h[j]! > 0) sum += (output[c * hidden + j]! - output[j]!) * weights[row + j]!;
    return sum;
  };
  return (features) => {
    hiddenActivations(weights, hidden, features.map((f) => f.index), hiddenBias, features.length > 0 ? data.scale / Math.sqrt(features.length) : 0, h);
    const z = data.biases.slice();
    for (let c = 0; c < k; c++) {
      let sum = z[c]!;
      for (let j = 0; j < hidden; j++) sum += output[c * hidden + j]! * h[j]!;
      z[c] = sum;
    }
    return { z, pull };
  };
}

let bundled: ScopeModel | undefined;
/** The model shipped in this package (models/scope-model.json), loaded once on first use. */
export function bundledScopeModel(): ScopeModel {
  if (bundled) return bundled;
  const { data, file } = readBundledModelFile<ScopeModelData>("scope-model");
  bundled = loadScopeModel(data, file);
  return bundled;
}

export interface ScopeModelClassifierOptions {
  /** Default: the bundled model. */
  model?: ScopeModel;
  /** Override the model's threshold: lower refuses more prohibited asks and more allowed questions. */
  threshold?: number;
  /** Audiences it applies to. Default all: the scope rules do not depend on the audience either. */
  audiences?: readonly Audience[];
}

/** The learned scope step as a `SafetyClassifier` (`new SafetyPipeline({ classifier: createScopeModelClassifier() })`). */
export function createScopeModelClassifier(options: ScopeModelClassifierOptions = {}): SafetyClassifier {
  const threshold = options.threshold;
  if (threshold !== undefined && !(threshold > 0 && threshold < 1)) {
    throw new InvalidInputError({ field: "threshold", reason: `must be between 0 and 1 (got ${threshold})` });
  }
  const model = options.model ?? bundledScopeModel();
  const cut = threshold ?? model.threshold;
  const audiences = options.audiences ? new Set(options.audiences) : undefined;
  return {
    classify(input): Promise<ClassifierResult> {
      if (audiences && !audiences.has(input.audience)) return Promise.resolve({});
      const { probability, category, topFeatures } = model.score(input.redacted);
      if (probability < cut) return Promise.resolve({});
      const words = topFeatures.length > 0 ? `; strongest words: ${topFeatures.join(", ")}` : "";
      return Promise.resolve({ refuse: category, rationale: `scope model p=${probability.toFixed(2)} ${category} >= ${cut}${words}` });
    }
  };
}
