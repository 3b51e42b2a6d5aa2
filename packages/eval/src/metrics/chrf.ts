/**
 * chrF (Popović 2015) as sacreBLEU 2.x computes it by default (`chrF2`): character n-grams of
 * orders 1-6 with whitespace removed, no word n-grams, beta = 2, case-sensitive, and sacreBLEU's
 * "effective order" averaging (precision and recall averaged over the orders both texts have,
 * then one F-beta). No maintained npm library implements it, so it is written here; the tests
 * check it against values from sacreBLEU 2.6.0.
 */

export const CHRF_CHAR_ORDER = 6;
export const CHRF_BETA = 2;

/** Per order n = 1..6: [hypothesis n-grams, reference n-grams, matches]. Summable across segments. */
export type ChrfStatistics = number[];

function charNgrams(text: string, order: number): Array<Map<string, number>> {
  // Code points, like Python's str: an emoji is one character, not two.
  const chars = Array.from(text.split(/\s+/).join(""));
  const out: Array<Map<string, number>> = [];
  for (let n = 1; n <= order; n++) {
    const counts = new Map<string, number>();
    for (let i = 0; i + n <= chars.length; i++) {
      const gram = chars.slice(i, i + n).join("");
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
    out.push(counts);
  }
  return out;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const c of counts.values()) sum += c;
  return sum;
}

export function chrfStatistics(hypothesis: string, reference: string, order = CHRF_CHAR_ORDER): ChrfStatistics {
  const hyp = charNgrams(hypothesis, order);
  const ref = charNgrams(reference, order);
  const stats: number[] = [];
  for (let n = 0; n < order; n++) {
    const h = hyp[n] ?? new Map<string, number>();
    const r = ref[n] ?? new Map<string, number>();
    let match = 0;
    for (const [gram, count] of h) match += Math.min(count, r.get(gram) ?? 0);
    stats.push(total(h), total(r), match);
  }
  return stats;
}

/** chrF in [0, 100] from (possibly summed) statistics. */
export function chrfFromStatistics(stats: ChrfStatistics, beta = CHRF_BETA): number {
  const factor = beta * beta;
  let precision = 0;
  let recall = 0;
  let effectiveOrder = 0;
  for (let i = 0; i + 2 < stats.length; i += 3) {
    const nHyp = stats[i] ?? 0;
    const nRef = stats[i + 1] ?? 0;
    const nMatch = stats[i + 2] ?? 0;
    if (nHyp > 0 && nRef > 0) {
      precision += nMatch / nHyp;
      recall += nMatch / nRef;
      effectiveOrder++;
    }
  }
  if (effectiveOrder === 0) return 0;
  precision /= effectiveOrder;
  recall /= effectiveOrder;
  if (precision + recall === 0) return 0;
  return (100 * (1 + factor) * precision * recall) / (factor * precision + recall);
}

/** Sentence-level chrF of one answer against one reference, in [0, 100]. */
export function chrf(hypothesis: string, reference: string): number {
  return chrfFromStatistics(chrfStatistics(hypothesis, reference));
}

/** Corpus-level chrF (sacreBLEU's `corpus_chrf`): statistics summed over all pairs, then one score. */
export function corpusChrf(pairs: ReadonlyArray<{ hypothesis: string; reference: string }>): number {
  const sum: number[] = new Array<number>(CHRF_CHAR_ORDER * 3).fill(0);
  for (const { hypothesis, reference } of pairs) {
    chrfStatistics(hypothesis, reference).forEach((v, i) => (sum[i] = (sum[i] ?? 0) + v));
  }
  return chrfFromStatistics(sum);
}
