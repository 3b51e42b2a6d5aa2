import { EvalDataError } from "../errors/eval-data-error.js";
import type { EvalItem } from "../types.js";
import { readJsonLines, requireString } from "./read-data-file.js";

export const MEDQA_LETTERS = ["A", "B", "C", "D"] as const;

/**
 * The documented zero-shot MedQA prompt (README, "medqa"). It is the `question` given to
 * `Medslm.ask`, so the SDK's own template wraps it exactly as it wraps a user's question.
 */
export function medqaQuestion(question: string, options: Readonly<Record<string, string>>): string {
  const lines = MEDQA_LETTERS.map((letter) => `${letter}. ${(options[letter] ?? "").trim()}`);
  return [
    "Answer the following multiple-choice question from a medical licensing exam. Reply with the letter of the single best answer (A, B, C or D).",
    "",
    question.trim(),
    "",
    ...lines,
    "",
    "Answer:"
  ].join("\n");
}

/**
 * MedQA 4-option JSONL: one object a line with `question`, `options` {A, B, C, D},
 * `answer_idx` (one of A-D), optional `id` and `meta_info` (the topic, e.g. "step1").
 * Items without an `id` are named by their line number, which is stable for the same file.
 */
export async function loadMedqa(file: string): Promise<EvalItem[]> {
  const lines = await readJsonLines(file);
  const seen = new Set<string>();
  return lines.map(({ line, value }) => {
    const where = { file, line };
    const question = requireString(value, "question", where);
    const options = value.options;
    if (typeof options !== "object" || options === null || Array.isArray(options)) {
      throw new EvalDataError({ ...where, reason: 'field "options" must be an object {"A": ..., "B": ..., "C": ..., "D": ...}.' });
    }
    const opts = options as Record<string, unknown>;
    for (const letter of MEDQA_LETTERS) {
      if (typeof opts[letter] !== "string" || (opts[letter] as string).trim() === "") {
        throw new EvalDataError({ ...where, reason: `option "${letter}" is missing or empty (MedQA 4-option needs A, B, C and D).` });
      }
    }
    const answer = value.answer_idx;
    if (typeof answer !== "string" || !(MEDQA_LETTERS as readonly string[]).includes(answer.trim().toUpperCase())) {
      throw new EvalDataError({ ...where, reason: 'field "answer_idx" must be one of "A", "B", "C", "D".' });
    }
    const id = value.id === undefined ? `line-${line}` : String(value.id);
    if (seen.has(id)) throw new EvalDataError({ ...where, reason: `duplicate id "${id}".` });
    seen.add(id);
    const topic = typeof value.meta_info === "string" && value.meta_info.trim() ? value.meta_info.trim() : undefined;
    return {
      id,
      question: medqaQuestion(question, opts as Record<string, string>),
      choices: MEDQA_LETTERS,
      expected: answer.trim().toUpperCase(),
      ...(topic !== undefined ? { topic } : {}),
      maxTokens: 32
    };
  });
}
