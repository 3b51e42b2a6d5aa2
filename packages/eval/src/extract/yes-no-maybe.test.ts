import { describe, expect, it } from "vitest";
import { extractYesNoMaybe } from "./yes-no-maybe.js";

describe("extractYesNoMaybe", () => {
  it.each([
    ["yes", "yes", "exact"],
    ["No.", "no", "exact"],
    ["**Maybe**", "maybe", "exact"],
    ["Yes, the trial showed a reduction in mortality.", "yes", "leading"],
    ["no - the difference was not significant", "no", "leading"],
    ["The answer is maybe, since results were mixed.", "maybe", "phrase"],
    ["Based on the abstract, answer: no", "no", "phrase"],
    ["Conclusion: yes", "yes", "phrase"]
  ])("should read %j as %s (%s)", (output, label, method) => {
    expect(extractYesNoMaybe(output)).toEqual({ label, method });
  });

  it.each([[""], ["There is no evidence either way in this abstract."], ["Yesterday the study was published."], ["Nobody knows."]])(
    "should return null for %j",
    (output) => {
      expect(extractYesNoMaybe(output).label).toBeNull();
    }
  );
});
