import { describe, expect, it } from "vitest";
import { rougeL, wordCount } from "./rouge.js";

describe("rougeL", () => {
  it("should give 1 for the same text regardless of case, 0 for nothing in common or empty text", () => {
    expect(rougeL("Rest and fluids.", "rest and fluids.")).toBeCloseTo(1, 10);
    expect(rougeL("completely different", "nothing shared here")).toBe(0);
    expect(rougeL("", "rest and fluids")).toBe(0);
    expect(rougeL("rest", "   ")).toBe(0);
  });

  it("should be the LCS F1 of the tokens: 'police kill the gunman' vs 'police killed the gunman'", () => {
    // LCS = police, the, gunman: P = R = 3/4.
    expect(rougeL("police kill the gunman", "police killed the gunman")).toBeCloseTo(0.75, 10);
  });

  it("should balance precision and recall: a 2-word answer inside an 8-word reference", () => {
    // LCS 2: P = 2/2, R = 2/8, F1 = 2PR/(P+R) = 0.4.
    expect(rougeL("drink water", "you should drink water and rest at home")).toBeCloseTo(0.4, 10);
  });
});

describe("wordCount", () => {
  it("should count whitespace-separated words", () => {
    expect(wordCount("  Rest,  drink\nwater. ")).toBe(3);
    expect(wordCount("")).toBe(0);
  });
});
