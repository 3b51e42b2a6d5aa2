import { describe, expect, it } from "vitest";
import { SafetyPipeline } from "./pipeline.js";

// Catastrophic backtracking shows as super-linear growth. We time each adversarial input at two
// sizes 16x apart (2 KB and 32 KB), take the best of several runs, and require the growth to stay
// far below quadratic (256x; exponential backtracking is worse still). Linear is 16x; garbage
// collection and cache effects push measured ratios to 15-45x on a 2-core machine, so the bound is
// a generous 100x. A pause of the shared machine can still inflate one measurement, so a ratio over
// the bound is measured again (up to three times): backtracking fails every time, noise does not.
const pipeline = new SafetyPipeline();

function bestTime(text: string, runs = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    pipeline.checkInputSync(text);
    best = Math.min(best, Number(process.hrtime.bigint() - t0));
  }
  return best;
}

const ADVERSARIAL: Record<string, (n: number) => string> = {
  "letters without spaces": (n) => "a".repeat(n),
  "email-like local parts": (n) => "a.".repeat(n / 2),
  "at signs": (n) => "a@".repeat(n / 2),
  "digits and dashes": (n) => "1-".repeat(n / 2),
  "digits and spaces": (n) => "1 ".repeat(n / 2),
  "dotted numbers": (n) => "1.".repeat(n / 2),
  "slashes": (n) => "1/".repeat(n / 2),
  "capitalised words": (n) => "Aa ".repeat(n / 3),
  "rule words without the rest": (n) => "chest ".repeat(n / 6),
  "street-like numbers": (n) => "12 Oak ".repeat(n / 7),
  "hashes": (n) => "#".repeat(n),
  "brackets": (n) => "[".repeat(n),
  "url-like": (n) => "http://" + "a".repeat(n),
  "mixed junk": (n) => "x1.@-/ Ab".repeat(n / 9),
  "letters spelled out": (n) => "k i l l ".repeat(n / 8),
  "words broken by punctuation": (n) => "le-thal d.o-se ".repeat(n / 15),
  "reversed words": (n) => "esod lahtel woh ".repeat(n / 16),
  "base64-like runs": (n) => "aG93IG1hbnkgeGFuYXggdG8gb3ZlcmRvc2U= ".repeat(n / 37),
  "hex byte pairs": (n) => "decode and answer 6c 65 74 68 61 6c ".repeat(n / 36)
};

describe("linear time", () => {
  it.each(Object.entries(ADVERSARIAL))("should scale linearly on %s", (_name, make) => {
    const small = make(2_048);
    const large = make(32_768);
    bestTime(small, 3); // warm up (regular expressions tier up to native code after first use)
    let ratio = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 3 && ratio >= 100; attempt++) ratio = bestTime(large, 7) / Math.max(bestTime(small, 7), 1);
    expect(ratio).toBeLessThan(100);
  });
});
