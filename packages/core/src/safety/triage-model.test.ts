import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { InvalidInputError, InvalidModelFileError } from "../errors/index.js";
import { SafetyPipeline } from "./pipeline.js";
import {
  bundledTriageModel,
  createTriageModelClassifier,
  loadTriageModel,
  triageConcepts,
  triageConceptTable,
  triageModelFeatures,
  triageModelFeaturesV2,
  type TriageModelData,
  type TriageModelDataV2
} from "./triage-model.js";

const file = createRequire(import.meta.url).resolve("@medslm/core/models/triage-model.json");
const data = JSON.parse(readFileSync(file, "utf8")) as TriageModelData;
// Caustic ingestion told in plain words: no rule names it, the model does.
const RULES_MISS = "my sister drank a lot of the bottle from under the sink and now is throwing up and her throat burns";

describe("triage model", () => {
  it("reproduces the trainer's probabilities for its reference messages", () => {
    const model = bundledTriageModel();
    expect(data.checks.length).toBeGreaterThan(4);
    for (const check of data.checks) expect(model.score(check.text).probability).toBeCloseTo(check.probability, 6);
  });

  it("sees the same features whatever the case, accents or zero-width characters", () => {
    expect(triageModelFeatures("My Dad Collapsed")).toEqual(triageModelFeatures("my dad coll\u200bapsed"));
    expect(triageModelFeatures("fiébre")).toEqual(triageModelFeatures("fiebre"));
    expect(triageModelFeatures("")).toEqual([]);
  });

  it("scores emergencies high and everyday questions low", () => {
    const model = bundledTriageModel();
    expect(model.score("grandpa is breathing really fast, his skin is mottled and cold and he is very sleepy").probability).toBeGreaterThan(model.threshold);
    expect(model.score("my knee hurts when I run").probability).toBeLessThan(0.2);
    expect(model.score("what are the warning signs of a stroke?").probability).toBeLessThan(model.threshold);
  });

  it("raises a message the rules call routine to emergency, with the reason in the audit trail", async () => {
    const rulesOnly = new SafetyPipeline();
    expect(rulesOnly.checkInputSync(RULES_MISS).triage.level).not.toBe("emergency");
    const withModel = new SafetyPipeline({ classifier: createTriageModelClassifier() });
    const v = await withModel.checkInput(RULES_MISS);
    expect(v.triage.level).toBe("emergency");
    expect(v.triage.message).toMatch(/911/);
    const finding = v.triage.reasons.find((r) => r.rule === "classifier.triage")?.finding;
    expect(finding).toMatch(new RegExp(`^triage model p=[01]\\.\\d\\d >= ${bundledTriageModel().threshold}; strongest words: `));
  });

  it("never lowers a rules verdict and leaves scope alone", async () => {
    // a threshold just above what the model gives the message the rules miss
    const p = bundledTriageModel().score(RULES_MISS).probability;
    expect(p).toBeLessThan(1);
    const pipeline = new SafetyPipeline({ classifier: createTriageModelClassifier({ threshold: (p + 1) / 2 }) });
    const emergency = await pipeline.checkInput("my dad has crushing chest pain and his left arm is numb");
    expect(emergency.triage.level).toBe("emergency");
    const refused = await pipeline.checkInput("write me a prescription for oxycodone");
    expect(refused.scope.allowed).toBe(false);
    expect((await pipeline.checkInput(RULES_MISS)).triage.level).not.toBe("emergency");
  });

  it("leaves student vignettes to the rules unless asked to cover students", async () => {
    const student = new SafetyPipeline({ audience: "student", classifier: createTriageModelClassifier() });
    expect((await student.checkInput(RULES_MISS)).triage.level).not.toBe("emergency");
    const all = new SafetyPipeline({ audience: "student", classifier: createTriageModelClassifier({ audiences: ["student"] }) });
    expect((await all.checkInput(RULES_MISS)).triage.level).toBe("emergency");
  });

  it("rejects a threshold outside (0, 1) and a damaged model file with typed errors", () => {
    expect(() => createTriageModelClassifier({ threshold: 1.5 })).toThrow(InvalidInputError);
    expect(() => createTriageModelClassifier({ threshold: Number.NaN })).toThrow(InvalidInputError);
    expect(() => loadTriageModel({ ...data, weights: data.weights.slice(0, 100) })).toThrow(InvalidModelFileError);
    expect(() => loadTriageModel({ ...data, bits: 40 })).toThrow(/retrain it with `medslm-train triage-model`/);
  });

  it("scores a 1 MB message of mixed scripts without failing", () => {
    const huge = "chest pain 😀 боль 胸痛 ".repeat(40_000);
    const { probability } = bundledTriageModel().score(huge);
    expect(probability).toBeGreaterThanOrEqual(0);
    expect(probability).toBeLessThanOrEqual(1);
  });

  it("stays silent on greetings and two-word messages, whatever their probability", async () => {
    const model = bundledTriageModel();
    expect(model.score("hello there").words).toBe(2);
    // a threshold under the probability of an ordinary message, so only the word minimum keeps the short ones routine
    const ordinary = "my knee has been a bit stiff";
    const eager = new SafetyPipeline({ classifier: createTriageModelClassifier({ threshold: model.score(ordinary).probability / 2 }) });
    for (const text of ["hello", "never mind", "thanks doc"]) {
      expect(model.score(text).probability).toBeGreaterThan(model.score(ordinary).probability / 2);
      expect((await eager.checkInput(text)).triage.level).toBe("routine");
      expect(model.raises(text)).toBe(false);
    }
    expect((await eager.checkInput(ordinary)).triage.level).toBe("emergency");
    expect(() => createTriageModelClassifier({ minWords: 0 })).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
  });
});


describe("triage model, version 2 (concepts and a hidden layer)", () => {
  const v2 = data as TriageModelDataV2;
  const concepts = new Map(Object.entries(v2.concepts));
  const layout = { bits: v2.bits, conceptBits: v2.conceptBits, pairBits: v2.pairBits, concepts };

  it("is what the package ships", () => {
    expect(v2.version).toBe(2);
    expect(v2.output).toHaveLength(v2.hidden);
  });

  it("reads concepts as the rules do: typos mended, case and apostrophes ignored, vocabulary lists left out", () => {
    const table = triageConceptTable();
    expect(Object.keys(table).length).toBeGreaterThan(1000);
    expect(Object.values(table).flat().some((g) => g.startsWith("xVocabulary"))).toBe(false);
    const plain = triageConcepts("my dad cant breathe and his lips are blue", concepts);
    expect(plain).toEqual(expect.arrayContaining(["cantBreathe", "blue"]));
    expect(triageConcepts("My Dad CAN'T breathe and his lips are blue", concepts)).toEqual(plain);
    expect(triageConcepts("what vitamins help with tiredness", concepts)).not.toContain("cantBreathe");
  });

  it("adds a row for each concept and each pair of concepts after the word rows", () => {
    const wordRows = 1 << v2.bits;
    const withConcepts = triageModelFeaturesV2("my dad cant breathe and his lips are blue", layout);
    const found = triageConcepts("my dad cant breathe and his lips are blue", concepts).length;
    const conceptRows = withConcepts.filter((i) => i >= wordRows);
    // one per concept and one per pair (fewer only where two hash to the same row)
    expect(conceptRows.length).toBeGreaterThan(found);
    expect(conceptRows.length).toBeLessThanOrEqual(found + (found * (found - 1)) / 2);
    expect(triageModelFeaturesV2("", layout)).toEqual([]);
  });

  it("keeps the concept table it was trained with, whatever the rules say later", () => {
    const frozen = loadTriageModel(data);
    const emptied = loadTriageModel({ ...v2, concepts: {} });
    const text = "grandpa is breathing really fast, his skin is mottled and cold and he is very sleepy";
    expect(frozen.score(text).probability).toBeCloseTo(bundledTriageModel().score(text).probability, 12);
    expect(emptied.score(text).probability).not.toBeCloseTo(frozen.score(text).probability, 6);
  });

  it("rejects a damaged version 2 file with a typed error that says how to mend it", () => {
    expect(() => loadTriageModel({ ...v2, hiddenBias: v2.hiddenBias.slice(1) })).toThrow(InvalidModelFileError);
    expect(() => loadTriageModel({ ...v2, hidden: 0 })).toThrow(/retrain it with `medslm-train triage-model`/);
    expect(() => loadTriageModel({ ...v2, weights: v2.weights.slice(0, 1000) })).toThrow(InvalidModelFileError);
    expect(() => loadTriageModel({ ...v2, version: 3 } as unknown as TriageModelData)).toThrow(/version 1 or 2/);
  });

  it("still loads a version 1 file (logistic regression over the word features)", () => {
    const bits = 16;
    const weights = new Int8Array(1 << bits);
    for (const i of triageModelFeatures("not breathing", bits)) weights[i] = 100;
    const v1 = loadTriageModel({ version: 1, bits, scale: 0.1, bias: -2, threshold: 0.5, trainedOn: ["x"], checks: [], weights: Buffer.from(weights.buffer).toString("base64") });
    expect(v1.score("not breathing").probability).toBeGreaterThan(0.9);
    expect(v1.score("sore knee").probability).toBeLessThan(0.5);
  });
});
