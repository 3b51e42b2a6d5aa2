import { describe, expect, it } from "vitest";
import { extractAnswerLetter } from "./answer-letter.js";

const options = {
  A: "Aspirin",
  B: "Aspirin and heparin",
  C: "Refer to cardiology",
  D: "Reassure and discharge"
};

describe("extractAnswerLetter", () => {
  it.each([
    ["B", "B", "exact"],
    ["b", "B", "exact"],
    [" (C) ", "C", "exact"],
    ["**D.**", "D", "exact"],
    ["[A]", "A", "exact"],
    ["C)", "C", "exact"],
    ["The answer is C.", "C", "phrase"],
    ["Answer: (B) Aspirin and heparin", "B", "phrase"],
    ["The correct answer is option D: reassure.", "D", "phrase"],
    ["The most likely answer is **A**", "A", "phrase"],
    ["I would choose B because the patient is anticoagulated.", "B", "phrase"],
    ["answer: d", "D", "phrase"],
    ["Correct option: C", "C", "phrase"],
    ["B. Aspirin and heparin, because the ECG shows ...", "B", "leading"],
    ["(D) Reassure and discharge", "D", "leading"],
    ["C: refer, since the murmur is new.", "C", "leading"],
    ["Refer to cardiology for an echocardiogram.", "C", "option-text"],
    ["Give aspirin and heparin now.", "B", "option-text"],
    ["I'd go with D here.", "D", "lone-letter"]
  ])("should read %j as %s (%s)", (output, letter, method) => {
    expect(extractAnswerLetter(output, options)).toEqual({ letter, method });
  });

  it.each([
    [""],
    ["   "],
    ["A patient with chest pain should be seen urgently."],
    ["It could be A or C, I am not sure."],
    ["I don't know."],
    ["Both aspirin and referral are reasonable: Aspirin, Refer to cardiology."]
  ])("should return null for %j rather than guess", (output) => {
    expect(extractAnswerLetter(output, options).letter).toBeNull();
  });

  it("should prefer an explicit answer over letters mentioned earlier", () => {
    expect(extractAnswerLetter("A is tempting and so is B, but the answer is D.", options).letter).toBe("D");
  });

  it("should respect a custom letter set", () => {
    expect(extractAnswerLetter("E", {}, ["A", "B", "C", "D", "E"]).letter).toBe("E");
    expect(extractAnswerLetter("E", {}).letter).toBeNull();
  });
});
