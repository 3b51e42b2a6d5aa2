import { describe, expect, it } from "vitest";
import { chrf, chrfStatistics, corpusChrf } from "./chrf.js";

describe("chrf", () => {
  it("should score identical text 100 and unrelated or empty text 0", () => {
    expect(chrf("the cat sat on the mat", "the cat sat on the mat")).toBeCloseTo(100, 10);
    expect(chrf("", "hello")).toBe(0);
    expect(chrf("xyz", "abc")).toBe(0);
  });

  it("should match a hand computation: 'abc' vs 'abd'", () => {
    // Orders 1-3 only (4-6 have no n-grams): P = R = (2/3 + 1/2 + 0) / 3 = 7/18, so F2 = 7/18.
    expect(chrf("abc", "abd")).toBeCloseTo((100 * 7) / 18, 10);
  });

  it("should ignore whitespace and weight recall (beta 2): 'ab' vs 'ab c'", () => {
    // Reference "abc": P = 1, R = (2/3 + 1/2) / 2 = 7/12; F2 = 5PR / (4P + R) = 35/55.
    expect(chrf("ab", "ab c")).toBeCloseTo((100 * 35) / 55, 10);
    expect(chrfStatistics("a b", "ab").slice(0, 6)).toEqual([2, 2, 2, 1, 1, 1]);
  });

  it("should agree with sacreBLEU 2.6.0 sentence_chrf on real sentences", () => {
    // Values printed by sacrebleu.metrics.CHRF().sentence_score(h, [r]).score.
    expect(chrf("Take ibuprofen with food and rest the ankle.", "Rest the ankle, ice it, and take ibuprofen with food.")).toBeCloseTo(67.36937514258825, 9);
    // Code points, not UTF-16 units: the emoji is one character.
    expect(chrf("Drink fluids 💧 daily", "drink fluids 💧 every day")).toBeCloseTo(53.265418576027024, 9);
  });

  it("should sum statistics over pairs for the corpus score, as sacreBLEU corpus_score does", () => {
    const pairs = [
      { hypothesis: "the cat sat on the mat", reference: "the cat sat on the mat" },
      { hypothesis: "abc", reference: "abd" },
      { hypothesis: "Take ibuprofen with food and rest the ankle.", reference: "Rest the ankle, ice it, and take ibuprofen with food." }
    ];
    expect(corpusChrf(pairs)).toBeCloseTo(75.30661040897795, 9);
  });
});
