import { describe, expect, it } from "vitest";
import { SafetyInputError } from "../errors/safety-input-error.js";
import { SafetyPipeline } from "./pipeline.js";
import type { SafetyClassifier } from "./types.js";

describe("SafetyPipeline input handling", () => {
  const pipeline = new SafetyPipeline({ maxInputChars: 1000 });

  it.each([
    ["", "empty"],
    ["   \n\t ", "empty"],
    ["\u200b\u200b", "empty"],
    ["a".repeat(1001), "too-long"],
    ["\u0000\u0001\u0002binary\u0003\u0004\u0005\u0006\u0007\u0008", "binary"]
  ])("should refuse %j with a typed error", async (text, problem) => {
    const error = await pipeline.checkInput(text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SafetyInputError);
    expect((error as SafetyInputError).code).toBe("SAFETY_INPUT");
    expect((error as SafetyInputError).problem).toBe(problem);
  });

  it("should refuse a non-string", async () => {
    await expect(pipeline.checkInput(42 as unknown as string)).rejects.toMatchObject({ code: "SAFETY_INPUT", problem: "not-string" });
  });

  it("should refuse 1 MB at the default limit", async () => {
    await expect(new SafetyPipeline().checkInput("x".repeat(1_048_576))).rejects.toMatchObject({ problem: "too-long" });
  });

  it("should repair lone surrogates and control characters, note it, and still judge the text", async () => {
    const v = await pipeline.checkInput("I can't breathe\ud800 and\u0007 my lips are blue");
    expect(v.triage.level).toBe("emergency");
    expect(v.inputNotes.map((n) => n.rule)).toEqual(["input.invalid-utf16-repaired", "input.control-characters-removed"]);
  });

  it("should judge mixed-script text", async () => {
    const v = await pipeline.checkInput("我的父亲 chest pain and left arm numb, 他出汗");
    expect(v.triage.level).toBe("emergency");
  });
});

describe("SafetyPipeline classifier", () => {
  const stricter: SafetyClassifier = { classify: async () => ({ triage: "urgent", refuse: "prescription", rationale: "asks for antibiotics" }) };
  const laxer: SafetyClassifier = { classify: async () => ({ triage: "routine" }) };
  const broken: SafetyClassifier = {
    classify: async () => {
      throw new Error("backend down");
    }
  };

  it("should let a classifier raise the level and refuse", async () => {
    const v = await new SafetyPipeline({ classifier: stricter }).checkInput("I think I need antibiotics");
    expect(v.triage.level).toBe("urgent");
    expect(v.scope).toMatchObject({ allowed: false, category: "prescription" });
  });

  it("should never let a classifier relax a verdict", async () => {
    const v = await new SafetyPipeline({ classifier: laxer }).checkInput("I can't breathe");
    expect(v.triage.level).toBe("emergency");
  });

  it("should keep the rules' verdict and note the failure when the classifier throws", async () => {
    const v = await new SafetyPipeline({ classifier: broken }).checkInput("I can't breathe");
    expect(v.triage.level).toBe("emergency");
    expect(v.inputNotes.map((n) => n.rule)).toContain("classifier.error");
  });

  it("should only show the classifier redacted text", async () => {
    let seen = "";
    const spy: SafetyClassifier = {
      classify: async (input) => {
        seen = input.redacted;
        return {};
      }
    };
    await new SafetyPipeline({ classifier: spy }).checkInput("My name is Maria Lopez, call 555-123-4567");
    expect(seen).toBe("My name is [NAME_1], call [PHONE_1]");
  });
});
