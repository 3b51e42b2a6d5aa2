import { loadChatdoctor } from "../data/chatdoctor.js";
import { EvalDataError } from "../errors/eval-data-error.js";
import { corpusChrf } from "../metrics/chrf.js";
import { chrf } from "../metrics/chrf.js";
import { mean, percentile } from "../metrics/proportion.js";
import { rougeL, wordCount } from "../metrics/rouge.js";
import type { Metric } from "../run/records.js";
import type { SuiteDefinition } from "./suite.js";

function meanOf(key: string, label: string, kind: Metric["kind"], values: number[]): Metric {
  return { key, label, kind, value: mean(values) ?? null, n: values.length };
}

export const chatdoctorSuite: SuiteDefinition = {
  name: "chatdoctor",
  audience: "patient",
  needsData: true,
  async load(file) {
    if (file === undefined) throw new EvalDataError({ file: "(none)", reason: "chatdoctor needs a data file: medslm eval chatdoctor path/to/dialogues.json" });
    return loadChatdoctor(file);
  },
  score(item, answer) {
    return {
      parsed: null,
      correct: null,
      scores: { rougeL: rougeL(answer, item.expected), chrf: chrf(answer, item.expected), words: wordCount(answer), referenceWords: wordCount(item.expected) }
    };
  },
  summarize(records) {
    const s = (k: string): number[] => records.map((r) => r.scores?.[k]).filter((v): v is number => typeof v === "number");
    const words = s("words");
    return {
      metrics: [
        meanOf("rougeL", "ROUGE-L F1 (mean)", "score", s("rougeL")),
        meanOf("chrf", "chrF (mean of items)", "score", s("chrf")),
        {
          key: "corpusChrf",
          label: "chrF (corpus, sacreBLEU-style)",
          kind: "score",
          value: records.length ? corpusChrf(records.map((r) => ({ hypothesis: r.raw, reference: r.expected }))) : null,
          n: records.length
        },
        meanOf("words", "Answer length (words, mean)", "words", words),
        { key: "wordsP50", label: "Answer length (words, median)", kind: "words", value: percentile(words, 0.5) ?? null, n: words.length },
        meanOf("referenceWords", "Doctor's answer length (words, mean)", "words", s("referenceWords"))
      ],
      breakdown: []
    };
  },
  paired: [
    { key: "rougeL", label: "ROUGE-L F1", of: (r) => r.scores?.rougeL ?? null, higherIsBetter: true },
    { key: "chrf", label: "chrF", of: (r) => r.scores?.chrf ?? null, higherIsBetter: true }
  ]
};
