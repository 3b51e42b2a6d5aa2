import { loadPubmedqa, PUBMEDQA_LABELS } from "../data/pubmedqa.js";
import { EvalDataError } from "../errors/eval-data-error.js";
import { extractYesNoMaybe } from "../extract/yes-no-maybe.js";
import { macroF1 } from "../metrics/classification.js";
import type { SuiteDefinition } from "./suite.js";
import { accuracyMetric, proportion } from "./accuracy.js";

export const pubmedqaSuite: SuiteDefinition = {
  name: "pubmedqa",
  audience: "student",
  needsData: true,
  async load(file) {
    if (file === undefined) throw new EvalDataError({ file: "(none)", reason: "pubmedqa needs a data file: medslm eval pubmedqa path/to/ori_pqal.json" });
    return loadPubmedqa(file);
  },
  score(item, answer) {
    const { label, method } = extractYesNoMaybe(answer);
    return { parsed: label, method, correct: label === item.expected };
  },
  summarize(records) {
    const { macroF1: f1, perClass } = macroF1(
      records.map((r) => ({ gold: r.expected, predicted: r.parsed })),
      PUBMEDQA_LABELS
    );
    return {
      metrics: [
        accuracyMetric(records),
        { key: "macroF1", label: "Macro-F1", kind: "score", value: records.length ? f1 : null, n: records.length },
        proportion("parsed", "Answer found", records.filter((r) => r.parsed !== null).length, records.length)
      ],
      breakdown: perClass.map((c) => ({
        topic: `gold ${c.label}`,
        metrics: [
          { key: "f1", label: "F1", kind: "score", value: c.f1, n: c.support },
          { key: "precision", label: "Precision", kind: "score", value: c.precision, n: c.support },
          { key: "recall", label: "Recall", kind: "score", value: c.recall, n: c.support }
        ]
      }))
    };
  },
  paired: [{ key: "accuracy", label: "Accuracy", of: (r) => r.correct === true }]
};
