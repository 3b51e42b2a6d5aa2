import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { InvalidInputError, InvalidModelFileError } from "../errors/index.js";
import { bundledPlaceModel, createPlaceModel, loadPlaceModel, placeModelTokens, type PlaceModelData } from "./place-model.js";
import { SafetyPipeline } from "./pipeline.js";
import { mergeWords } from "./word-model.js";

const file = createRequire(import.meta.url).resolve("@medslm/core/models/place-model.json");
const bytes = readFileSync(file);
const data = JSON.parse(bytes.toString("utf8")) as PlaceModelData;
// The file `medslm-train place-model` wrote, its int8 weights since stored deflated (same values; the
// reference probabilities below still hold). Retrained: update this and the safety README's numbers.
const SHA256 = "01b6e26dbbde29d7dbaf7758ab906b158dc64caca0bd3332d005943e6b27dc7b";

// Towns after "at" with a person of a ward or surgery before: no place cue of the rules says town there.
const RULES_MISS = [
  { text: "the ward clerk at Leominster lost the records", town: "Leominster" },
  { text: "the nurse at Hereford said to keep him hydrated", town: "Hereford" }
];

describe("place model", () => {
  it("is the file the trainer wrote, and gives its reference probabilities", () => {
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(SHA256);
    expect(data.threshold).toBe(0.93);
    expect(data.trainedOn).toContain("phi-dev");
    for (const heldOut of ["phi-c", "phi-e", "phi-i"]) expect(data.trainedOn).not.toContain(heldOut);
    const model = bundledPlaceModel();
    expect(data.checks.length).toBeGreaterThan(4);
    for (const check of data.checks) {
      const got = model.score(check.text).map((w) => w.probability);
      expect(got).toHaveLength(check.probabilities.length);
      got.forEach((p, i) => expect(p).toBeCloseTo(check.probabilities[i]!, 6));
    }
  });

  it("scores only words that could be a town: no numbers, states, countries, months, medicines or lower-case words", () => {
    const text = "Mum in Ohio took 2 Tylenol in March, then flew to Nigeria and on to Kumasi, she speaks Spanish";
    expect(bundledPlaceModel().score(text).map((w) => text.slice(w.start, w.end))).toEqual(["Kumasi"]);
    // a lower-case word counts only when a listed place has it and no dictionary does
    const lower = "we're in salinas and the reading is high";
    expect(placeModelTokens(lower).map((t) => lower.slice(t.start, t.end))).toEqual(["salinas"]);
    expect(placeModelTokens("")).toEqual([]);
    for (const t of placeModelTokens("Saw a GP in St. Albans today", 12)) for (const f of t.features) expect(f).toBeLessThan(1 << 12);
  });

  it("joins the words of one place, and marks a listed two-word place whole", () => {
    const text = "moving from Fort McMurray to St. Albans";
    const toks = placeModelTokens(text);
    expect(toks.map((t) => [text.slice(t.start, t.end), t.joinsPrevious, t.follows ?? false])).toEqual([
      ["Fort", false, false],
      ["McMurray", true, true],
      ["St", false, false],
      ["Albans", true, true]
    ]);
    const w = (start: number, end: number, probability: number, joinsPrevious: boolean, follows = false) => ({ start, end, probability, joinsPrevious, eligible: true, follows });
    expect(mergeWords([w(0, 4, 0.99, false), w(5, 13, 0.1, true, true), w(14, 18, 0.1, true)], 0.9, "CITY")).toEqual([{ type: "CITY", start: 0, end: 13 }]);
    expect(mergeWords([w(0, 4, 0.1, false), w(5, 13, 0.99, true, true)], 0.9, "CITY")).toEqual([{ type: "CITY", start: 0, end: 13 }]);
    expect(mergeWords([w(0, 4, 0.1, false), w(5, 13, 0.99, true)], 0.9, "CITY")).toEqual([{ type: "CITY", start: 5, end: 13 }]);
  });

  it("redacts towns the rules miss when the pipeline is given the model", () => {
    const rules = new SafetyPipeline();
    const withModel = new SafetyPipeline({ placeModel: true });
    for (const { text, town } of RULES_MISS) {
      expect(rules.checkInputSync(text).redacted).toContain(town);
      const v = withModel.checkInputSync(text);
      expect(v.redacted).not.toContain(town);
      expect(v.phi.filter((p) => p.text === town).map((p) => p.type)).toEqual(["CITY"]);
    }
    expect(withModel.checkInputSync(RULES_MISS[0]!.text).redacted).toBe("the ward clerk at [CITY_1] lost the records");
  });

  it("only adds CITY spans: every rules hit, and every name the name step adds, stays as it was", () => {
    const text = "My son Jacob Miller, age 7, saw Dr. Patel in Dayton on 3/14/2024; call 415-555-0132. Bubba's nurse at Hereford said he is fine.";
    const rules = new SafetyPipeline().checkInputSync(text).phi.map(({ type, start, end }) => ({ type, start, end }));
    const names = new SafetyPipeline({ nameModel: true }).checkInputSync(text).phi.map(({ type, start, end }) => ({ type, start, end }));
    const both = new SafetyPipeline({ nameModel: true, placeModel: true }).checkInputSync(text).phi;
    for (const hit of names) expect(both).toContainEqual(expect.objectContaining(hit));
    const extra = both.filter((p) => !names.some((r) => r.start === p.start));
    expect(extra.map((p) => p.text)).toEqual(["Hereford"]);
    for (const p of extra) {
      expect(p.type).toBe("CITY");
      expect(rules.some((r) => r.start < p.end && r.end > p.start)).toBe(false);
    }
  });

  it("leaves clinical values, drug names, eponyms, states and countries alone", () => {
    const pipeline = new SafetyPipeline({ placeModel: true });
    const texts = [
      "Started Ozempic 0.25 mg and Jardiance 10 mg last week, BP 150/95, temp 39.2 C, HbA1c 8.1%.",
      "Is it safe to take Tylenol and Advil together? I'm on Lisinopril 10 mg.",
      "We live in Ohio and my husband is from Nigeria; we moved from New Mexico to South Carolina last year.",
      "I'm suffering from Amyloidosis and Hemarthrosis, what should I take?",
      "Is Parkinson's disease hereditary? My grandmother had it and I am 52.",
      "My son goes to Boston Children's and Dad is in St. Mary's for his heart.",
      "We travelled around Europe and Southeast Asia in June, now I have a rash."
    ];
    for (const text of texts) {
      const rules = new SafetyPipeline().checkInputSync(text).phi.length;
      expect(pipeline.checkInputSync(text).phi).toHaveLength(rules);
    }
    expect(pipeline.checkInputSync(texts[0]!).redacted).toBe(texts[0]);
  });

  it("gives a town the same placeholder everywhere in a conversation", async () => {
    const conversation = new SafetyPipeline({ placeModel: true }).createConversation();
    const first = await conversation.checkInput("the nurse at Hereford said to keep him hydrated");
    const second = await conversation.checkInput("the ward clerk at Hereford lost his records too");
    const placeholder = first.phi.find((p) => p.text === "Hereford")?.placeholder;
    expect(placeholder).toBe("[CITY_1]");
    expect(second.phi.find((p) => p.text === "Hereford")?.placeholder).toBe(placeholder);
    expect(conversation.restore(`back to ${placeholder}`)).toBe("back to Hereford");
  });

  it("is off unless asked for, and a threshold can be chosen", () => {
    expect(new SafetyPipeline().checkInputSync(RULES_MISS[0]!.text).redacted).toContain("Leominster");
    expect(createPlaceModel()).toBe(bundledPlaceModel());
    const strict = createPlaceModel({ threshold: 0.999999 });
    expect(strict.threshold).toBe(0.999999);
    expect(strict.places(RULES_MISS[1]!.text)).toEqual([]);
    const loose = createPlaceModel({ data, threshold: 0.5 });
    expect(loose.places(RULES_MISS[1]!.text).length).toBeGreaterThanOrEqual(bundledPlaceModel().places(RULES_MISS[1]!.text).length);
  });

  it("rejects a threshold outside (0, 1) and a damaged model file with typed errors", () => {
    expect(() => createPlaceModel({ threshold: 0 })).toThrow(InvalidInputError);
    expect(() => createPlaceModel({ threshold: Number.NaN })).toThrow(InvalidInputError);
    expect(() => loadPlaceModel({ ...data, weights: data.weights.slice(0, 100) })).toThrow(InvalidModelFileError);
    expect(() => loadPlaceModel({ ...data, bits: 40 })).toThrow(/retrain it with `medslm-train place-model`/);
  });

  it("handles a 1 MB message of mixed scripts", () => {
    const huge = "Kumasi 😀 боль 胸痛 in Taavetti ".repeat(30_000);
    const places = bundledPlaceModel().places(huge);
    for (const p of places.slice(0, 50)) expect(p.type).toBe("CITY");
  });
});
