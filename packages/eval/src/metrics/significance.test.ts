import { describe, expect, it } from "vitest";
import { mcnemarExact, signTest } from "./significance.js";

function pairs(aOnly: number, bOnly: number, both: number, neither: number): Array<{ a: boolean; b: boolean }> {
  return [
    ...Array.from({ length: aOnly }, () => ({ a: true, b: false })),
    ...Array.from({ length: bOnly }, () => ({ a: false, b: true })),
    ...Array.from({ length: both }, () => ({ a: true, b: true })),
    ...Array.from({ length: neither }, () => ({ a: false, b: false }))
  ];
}

describe("mcnemarExact", () => {
  it("should use only the discordant pairs: 1 vs 9 gives p = 2 * 11/1024", () => {
    // P(X <= 1) for Binomial(10, 1/2) is 11/1024; two-sided doubles it.
    const t = mcnemarExact(pairs(1, 9, 40, 50));
    expect([t.aBetter, t.bBetter]).toEqual([1, 9]);
    expect(t.pValue).toBeCloseTo(22 / 1024, 10);
  });

  it("should give p = 1 when the runs disagree equally or never", () => {
    expect(mcnemarExact(pairs(5, 5, 10, 0)).pValue).toBeCloseTo(1, 10);
    expect(mcnemarExact(pairs(0, 0, 10, 3)).pValue).toBe(1);
  });

  it("should not count concordant pairs: the same discordance with more agreement gives the same p", () => {
    expect(mcnemarExact(pairs(2, 10, 0, 0)).pValue).toBeCloseTo(mcnemarExact(pairs(2, 10, 500, 500)).pValue, 12);
  });
});

describe("signTest", () => {
  it("should count wins, drop ties, and give p = 2/64 for 6 wins of 6", () => {
    const t = signTest([
      { a: 0.5, b: 0.4 },
      { a: 0.6, b: 0.1 },
      { a: 0.3, b: 0.2 },
      { a: 0.9, b: 0.8 },
      { a: 0.7, b: 0.6 },
      { a: 0.2, b: 0.1 },
      { a: 0.3, b: 0.3 }
    ]);
    expect([t.aBetter, t.bBetter]).toEqual([6, 0]);
    expect(t.pValue).toBeCloseTo(2 / 64, 12);
  });
});
