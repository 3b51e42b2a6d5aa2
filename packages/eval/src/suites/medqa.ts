import { loadMedqa, MEDQA_LETTERS } from "../data/medqa.js";
import { EvalDataError } from "../errors/eval-data-error.js";
import { extractAnswerLetter } from "../extract/answer-letter.js";
import type { SuiteDefinition } from "./suite.js";
import { accuracyMetric, byTopic, proportion } from "./accuracy.js";

/** Options of a MedQA question, read back from the documented prompt ("A. text" lines). */
function optionsOf(question: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of question.split("\n")) {
    const m = /^([A-D])\. (.*)$/.exec(line);
    if (m?.[1] && m[2] !== undefined) out[m[1]] = m[2];
  }
  return out;
}

export const medqaSuite: SuiteDefinition = {
  name: "medqa",
  audience: "student",
  needsData: true,
  async load(file) {
    if (file === undefined) throw new EvalDataError({ file: "(none)", reason: "medqa needs a data file: medslm eval medqa path/to/medqa.jsonl" });
    return loadMedqa(file);
  },
  score(item, answer) {
    const { letter, method } = extractAnswerLetter(answer, optionsOf(item.question), MEDQA_LETTERS);
    return { parsed: letter, method, correct: letter === item.expected };
  },
  summarize(records) {
    const metrics = [accuracyMetric(records), proportion("parsed", "Answer letter found", records.filter((r) => r.parsed !== null).length, records.length)];
    return { metrics, breakdown: byTopic(records, (g) => [accuracyMetric(g)]) };
  },
  paired: [{ key: "accuracy", label: "Accuracy", of: (r) => r.correct === true }]
};
