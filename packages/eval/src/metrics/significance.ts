import binomialTest from "@stdlib/stats-binomial-test";

export interface PairedTest {
  method: string;
  /** Pairs where A is better, and where B is better (ties are left out). */
  aBetter: number;
  bBetter: number;
  pValue: number;
}

function exactTwoSided(x: number, n: number): number {
  if (n === 0) return 1;
  return binomialTest(x, n, { p: 0.5, alternative: "two-sided" }).pValue;
}

/**
 * McNemar's exact test for two runs over the same items: only discordant pairs count
 * (b = right in A only, c = right in B only), tested as Binomial(b + c, 1/2).
 */
export function mcnemarExact(pairs: ReadonlyArray<{ a: boolean; b: boolean }>): PairedTest {
  let aOnly = 0;
  let bOnly = 0;
  for (const { a, b } of pairs) {
    if (a && !b) aOnly++;
    else if (b && !a) bOnly++;
  }
  return { method: "McNemar exact", aBetter: aOnly, bBetter: bOnly, pValue: exactTwoSided(aOnly, aOnly + bOnly) };
}

/** Two-sided sign test on paired continuous scores (ties dropped): no normality assumption. */
export function signTest(pairs: ReadonlyArray<{ a: number; b: number }>): PairedTest {
  let aBetter = 0;
  let bBetter = 0;
  for (const { a, b } of pairs) {
    if (a > b) aBetter++;
    else if (b > a) bBetter++;
  }
  return { method: "sign test", aBetter, bBetter, pValue: exactTwoSided(aBetter, aBetter + bBetter) };
}
