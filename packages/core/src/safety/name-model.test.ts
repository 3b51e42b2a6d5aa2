import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { InvalidInputError, InvalidModelFileError } from "../errors/index.js";
import { bundledNameModel, createNameModel, loadNameModel, mergeNameWords, nameModelTokens, type NameModelData } from "./name-model.js";
import { SafetyPipeline } from "./pipeline.js";

const file = createRequire(import.meta.url).resolve("@medslm/core/models/name-model.json");
const data = JSON.parse(readFileSync(file, "utf8")) as NameModelData;

// A nickname that is no listed name and that no title or kinship word introduces: only its place
// in the sentence (a subject, then a verb) says it is a person.
const RULES_MISS = "Bubba keeps wheezing since the weekend and his inhaler isn't helping much";
const MISSED = ["Bubba"];

describe("name model", () => {
  it("gives the trainer's per-word probabilities for its reference texts", () => {
    const model = bundledNameModel();
    expect(data.checks.length).toBeGreaterThan(4);
    for (const check of data.checks) {
      const got = model.score(check.text).map((w) => w.probability);
      expect(got).toHaveLength(check.probabilities.length);
      got.forEach((p, i) => expect(p).toBeCloseTo(check.probabilities[i]!, 6));
    }
  });

  it("scores candidate words with their offsets, skipping numbers, placeholders and lower-case dictionary words", () => {
    const text = "Ask [NAME_1] about 3 doses, Mereana, jack";
    const words = bundledNameModel().score(text).map((w) => text.slice(w.start, w.end));
    expect(words).toEqual(["Ask", "Mereana", "jack"]);
    expect(nameModelTokens("")).toEqual([]);
    expect(nameModelTokens("Jacob's cough", 12)[0]).toMatchObject({ start: 0, end: 5 });
    for (const t of nameModelTokens("Saw Dr. Lee today", 12)) for (const f of t.features) expect(f).toBeLessThan(1 << 12);
  });

  it("merges neighbouring name words into one span and keeps separate names apart", () => {
    const w = (start: number, end: number, probability: number, joinsPrevious = true, eligible = true) => ({ start, end, probability, joinsPrevious, eligible });
    const words = [w(0, 4, 0.99, false), w(5, 10, 0.97), w(11, 14, 0.1), w(15, 20, 0.98), w(21, 25, 0.99, false), w(26, 30, 0.99, true, false)];
    expect(mergeNameWords(words, 0.9)).toEqual([
      { type: "NAME", start: 0, end: 10 },
      { type: "NAME", start: 15, end: 20 },
      { type: "NAME", start: 21, end: 25 }
    ]);
  });

  it("redacts names the rules miss when the pipeline is given the model", () => {
    const rules = new SafetyPipeline().checkInputSync(RULES_MISS);
    for (const name of MISSED) expect(rules.redacted).toContain(name);
    const withModel = new SafetyPipeline({ nameModel: true }).checkInputSync(RULES_MISS);
    for (const name of MISSED) expect(withModel.redacted).not.toContain(name);
    expect(withModel.phi.filter((p) => MISSED.includes(p.text)).map((p) => p.type)).toEqual(["NAME"]);
    expect(withModel.redacted).toBe("[NAME_1] keeps wheezing since the weekend and his inhaler isn't helping much");
  });

  it("only adds NAME spans: every rules hit stays as it was", () => {
    const text = "My son Jacob Miller, age 7, saw Dr. Patel on 3/14/2024; call 415-555-0132. Bubba has been coughing all week.";
    const rules = new SafetyPipeline().checkInputSync(text).phi.map(({ type, start, end }) => ({ type, start, end }));
    const withModel = new SafetyPipeline({ nameModel: true }).checkInputSync(text).phi;
    for (const hit of rules) expect(withModel).toContainEqual(expect.objectContaining(hit));
    for (const extra of withModel.filter((p) => !rules.some((r) => r.start === p.start))) {
      expect(extra.type).toBe("NAME");
      expect(rules.some((r) => r.start < extra.end && r.end > extra.start)).toBe(false);
    }
  });

  it("leaves drug names, eponyms, ordinary capitalised words and clinical values alone", () => {
    const pipeline = new SafetyPipeline({ nameModel: true });
    const texts = [
      "Is Parkinson's disease hereditary? My grandmother had it and I am 52.",
      "Is there a 3-day Grace period on refills of my Januvia?",
      "Started Ozempic 0.25 mg and Jardiance 10 mg last week, BP 150/95, temp 39.2 C, HbA1c 8.1%.",
      "Hi Doctor, I've been having chest tightness when I climb stairs.",
      "Kernig and Brudzinski signs were negative and Homan's sign was negative too.",
      "A 45-year-old man presents with Bell's palsy after a trip to Southeast Asia."
    ];
    for (const text of texts) {
      const v = pipeline.checkInputSync(text);
      expect(v.phi.filter((p) => p.type === "NAME")).toEqual([]);
    }
    expect(pipeline.checkInputSync(texts[2]!).redacted).toBe(texts[2]);
  });

  it("gives a name the same placeholder everywhere in a conversation", async () => {
    const conversation = new SafetyPipeline({ nameModel: true }).createConversation();
    const first = await conversation.checkInput("My son Jacob is fine, but Bubba has been coughing all week");
    const second = await conversation.checkInput("Bubba's had a rash on his arms for two days too, he's 6");
    const placeholder = first.phi.find((p) => p.text === "Bubba")?.placeholder;
    expect(placeholder).toBe("[NAME_2]");
    expect(second.phi.find((p) => p.text === "Bubba")?.placeholder).toBe(placeholder);
    expect(conversation.restore(`${placeholder} should rest`)).toBe("Bubba should rest");
  });

  it("is off unless asked for, and a threshold can be chosen", () => {
    expect(new SafetyPipeline().checkInputSync(RULES_MISS).redacted).toContain("Bubba");
    const strict = createNameModel({ threshold: 0.999999 });
    expect(strict.threshold).toBe(0.999999);
    expect(createNameModel()).toBe(bundledNameModel());
    const loose = createNameModel({ data, threshold: 0.5 });
    expect(loose.names(RULES_MISS).length).toBeGreaterThanOrEqual(bundledNameModel().names(RULES_MISS).length);
  });

  it("rejects a threshold outside (0, 1) and a damaged model file with typed errors", () => {
    expect(() => createNameModel({ threshold: 1 })).toThrow(InvalidInputError);
    expect(() => createNameModel({ threshold: Number.NaN })).toThrow(InvalidInputError);
    expect(() => loadNameModel({ ...data, weights: data.weights.slice(0, 100) })).toThrow(InvalidModelFileError);
    expect(() => loadNameModel({ ...data, bits: 40 })).toThrow(/retrain it with `medslm-train name-model`/);
  });

  it("never takes a lower-case clinical term for a name, even one the broad name list holds, and keeps lower-case given names", () => {
    const names = (t: string) => bundledNameModel().names(t).map((h) => t.slice(h.start, h.end));
    for (const t of ["Doctor, I have been experiencing peripheral edema, melena and fatigue.", "i get peripheral oedema and some anemia", "Hi doctor, Iâ€™ve been experiencing fatigue"]) {
      expect(names(t), t).toEqual([]);
    }
    expect(names("my aunt elena has anemia")).toEqual(["elena"]);
  });

  it("reads deflated weights (the bundled file) exactly as plain ones, and refuses an unknown or damaged encoding", () => {
    expect(data.weightsEncoding).toBe("deflate");
    const { weightsEncoding: _deflate, ...rest } = data;
    const plain = loadNameModel({ ...rest, weights: inflateSync(Buffer.from(data.weights, "base64")).toString("base64") });
    expect(plain.score(RULES_MISS)).toEqual(bundledNameModel().score(RULES_MISS));
    expect(() => loadNameModel({ ...data, weightsEncoding: "gzip" } as unknown as NameModelData)).toThrow(/unknown weightsEncoding.*retrain it with `medslm-train name-model`/);
    expect(() => loadNameModel({ ...data, weights: Buffer.from("not deflate").toString("base64") })).toThrow(/deflated weights are damaged/);
  });

  it("is a version 2 file (one hidden layer) and rejects a damaged one with a typed error", () => {
    if (data.version !== 2) throw new Error("the bundled name model should be version 2");
    expect(data.hiddenBias).toHaveLength(data.hidden);
    expect(() => loadNameModel({ ...data, hiddenBias: data.hiddenBias.slice(1) })).toThrow(InvalidModelFileError);
    expect(() => loadNameModel({ ...data, output: [...data.output, 1] })).toThrow(/output weights expected.*retrain it with `medslm-train name-model`/);
    expect(() => loadNameModel({ ...data, hidden: 2000 })).toThrow(InvalidModelFileError);
    expect(() => loadNameModel({ ...data, version: 3 } as unknown as NameModelData)).toThrow(/version 1 or 2/);
  });

  it("handles a 1 MB message of mixed scripts", () => {
    const huge = "Mereana 😀 боль 胸痛 Taavetti ".repeat(30_000);
    const names = bundledNameModel().names(huge);
    for (const n of names.slice(0, 50)) expect(n.type).toBe("NAME");
  });
});
