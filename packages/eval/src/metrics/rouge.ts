import { l as rougeLsum } from "js-rouge";

/**
 * ROUGE-L F1 of an answer against the reference, case-insensitive, from js-rouge: the
 * summary-level union-LCS variant (Google's `rougeLsum`), which suits multi-sentence answers.
 * Empty text on either side scores 0.
 */
export function rougeL(hypothesis: string, reference: string): number {
  if (!hypothesis.trim() || !reference.trim()) return 0;
  return rougeLsum(hypothesis, reference, { caseSensitive: false });
}

/** Whitespace-separated words: the answer length reported beside the overlap metrics. */
export function wordCount(text: string): number {
  const t = text.trim();
  return t ? t.split(/\s+/).length : 0;
}
