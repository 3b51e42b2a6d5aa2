import { EvalDataEmptyError } from "../errors/eval-data-empty-error.js";
import { EvalDataError } from "../errors/eval-data-error.js";
import type { EvalItem } from "../types.js";
import { readDataFile, readJson, readJsonLines, requireString } from "./read-data-file.js";

/**
 * ChatDoctor dialogues in the Alpaca schema (`instruction`, `input`, `output`), as a JSON array
 * (HealthCareMagic-100k, GenMedGPT-5k) or as JSON Lines. The patient's message is `input`; the
 * instruction is ChatDoctor's fixed "If you are a doctor..." line, used as the question only
 * when `input` is empty. The doctor's `output` is the reference answer.
 */
export async function loadChatdoctor(file: string): Promise<EvalItem[]> {
  const text = await readDataFile(file);
  const records: Array<{ value: Record<string, unknown>; where: { file: string; line?: number; record?: string }; index: number }> = [];
  if (text.trimStart().startsWith("[")) {
    const data = await readJson(file);
    if (!Array.isArray(data)) throw new EvalDataError({ file, reason: "expected a JSON array of {instruction, input, output}." });
    data.forEach((value, i) => {
      const where = { file, record: `#${i + 1}` };
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw new EvalDataError({ ...where, reason: "each entry must be an object {instruction, input, output}." });
      }
      records.push({ value: value as Record<string, unknown>, where, index: i + 1 });
    });
  } else {
    for (const { line, value } of await readJsonLines(file)) records.push({ value, where: { file, line }, index: line });
  }
  if (records.length === 0) throw new EvalDataEmptyError({ file });
  return records.map(({ value, where, index }) => {
    const input = typeof value.input === "string" ? value.input.trim() : "";
    const question = input || requireString(value, "instruction", where).trim();
    const reference = requireString(value, "output", where);
    const id = value.id === undefined ? (where.line !== undefined ? `line-${index}` : `item-${index}`) : String(value.id);
    return { id, question, expected: reference.trim(), maxTokens: 256 };
  });
}
