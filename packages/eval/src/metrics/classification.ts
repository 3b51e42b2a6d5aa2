export interface ClassScores {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/**
 * Per-class precision/recall/F1 and their unweighted mean (macro-F1), over the classes that occur
 * in the gold labels or the predictions (scikit-learn's default label set). A prediction that
 * could not be parsed (null) is wrong for its gold class and a false positive for no class.
 * Undefined precision or recall counts as 0 (scikit-learn's zero_division=0).
 */
export function macroF1(pairs: ReadonlyArray<{ gold: string; predicted: string | null }>, labels: readonly string[]): { macroF1: number; perClass: ClassScores[] } {
  const present = labels.filter((l) => pairs.some((p) => p.gold === l || p.predicted === l));
  const perClass = present.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { gold, predicted } of pairs) {
      if (predicted === label && gold === label) tp++;
      else if (predicted === label) fp++;
      else if (gold === label) fn++;
    }
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, precision, recall, f1, support: tp + fn };
  });
  const macro = perClass.length === 0 ? 0 : perClass.reduce((s, c) => s + c.f1, 0) / perClass.length;
  return { macroF1: macro, perClass };
}
