import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { InvalidInputError, InvalidModelFileError } from "../errors/index.js";
import { SafetyPipeline } from "./pipeline.js";
import { bundledTriageModel, createTriageModelClassifier, loadTriageModel, triageModelFeatures, type TriageModelData } from "./triage-model.js";

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
    expect(v.triage.reasons.find((r) => r.rule === "classifier.triage")?.finding).toMatch(/^triage model p=[01]\.\d\d >= 0\.8/);
  });

  it("never lowers a rules verdict and leaves scope alone", async () => {
    const pipeline = new SafetyPipeline({ classifier: createTriageModelClassifier({ threshold: 0.999999 }) });
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

