import { EvalDataEmptyError } from "../errors/eval-data-empty-error.js";
import { EvalDataError } from "../errors/eval-data-error.js";
import type { EvalItem } from "../types.js";
import { readJson, requireString } from "./read-data-file.js";

export const PUBMEDQA_LABELS = ["yes", "no", "maybe"] as const;

/**
 * The documented PubMedQA prompt (README, "pubmedqa"): the abstract's contexts, then the
 * question, answered with one word. This is the "reasoning-required" setting: the long answer
 * (the abstract's conclusion) is never shown to the model.
 */
export function pubmedqaQuestion(question: string, contexts: readonly string[]): string {
  return [
    "Read the abstract and answer the research question with one word: yes, no or maybe.",
    "",
    "Abstract:",
    ...contexts.map((c) => c.trim()),
    "",
    `Research question: ${question.trim()}`,
    "",
    "Answer (yes, no or maybe):"
  ].join("\n");
}

/**
 * PubMedQA PQA-L JSON: one object keyed by PubMed id; each value has `QUESTION`, `CONTEXTS`
 * (a list of strings), `final_decision` (yes/no/maybe) and usually `LONG_ANSWER` (not used).
 */
export async function loadPubmedqa(file: string): Promise<EvalItem[]> {
  const data = await readJson(file);
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new EvalDataError({ file, reason: "PubMedQA PQA-L is one JSON object keyed by id, e.g. {\"12345\": {\"QUESTION\": ...}}." });
  }
  const items: EvalItem[] = [];
  for (const [id, record] of Object.entries(data as Record<string, unknown>)) {
    const where = { file, record: id };
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      throw new EvalDataError({ ...where, reason: "each value must be an object with QUESTION, CONTEXTS and final_decision." });
    }
    const value = record as Record<string, unknown>;
    const question = requireString(value, "QUESTION", where);
    const contexts = value.CONTEXTS;
    if (!Array.isArray(contexts) || contexts.length === 0 || !contexts.every((c) => typeof c === "string")) {
      throw new EvalDataError({ ...where, reason: 'field "CONTEXTS" must be a non-empty list of strings.' });
    }
    const decision = value.final_decision;
    if (typeof decision !== "string" || !(PUBMEDQA_LABELS as readonly string[]).includes(decision.trim().toLowerCase())) {
      throw new EvalDataError({ ...where, reason: 'field "final_decision" must be "yes", "no" or "maybe".' });
    }
    items.push({
      id,
      question: pubmedqaQuestion(question, contexts as string[]),
      choices: PUBMEDQA_LABELS,
      expected: decision.trim().toLowerCase(),
      maxTokens: 16
    });
  }
  if (items.length === 0) throw new EvalDataEmptyError({ file });
  return items;
}
