import { readFile } from "node:fs/promises";
import { EvalDataEmptyError } from "../errors/eval-data-empty-error.js";
import { EvalDataError } from "../errors/eval-data-error.js";
import { EvalDataNotFoundError } from "../errors/eval-data-not-found-error.js";

/** Reads a data file as UTF-8, with typed errors for a missing or empty file. */
export async function readDataFile(file: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new EvalDataNotFoundError({ file, cause: error });
  }
  // A UTF-8 byte order mark is common in files saved by spreadsheet tools.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") throw new EvalDataEmptyError({ file });
  return text;
}

/** One parsed JSONL line and its 1-based line number. */
export interface JsonLine {
  line: number;
  value: Record<string, unknown>;
}

/** Parses JSON Lines: blank lines are skipped; anything else must be one JSON object. */
export async function readJsonLines(file: string): Promise<JsonLine[]> {
  const text = await readDataFile(file);
  const out: JsonLine[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] ?? "").replace(/\r$/, "");
    if (raw.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new EvalDataError({ file, line: i + 1, reason: "the line is not valid JSON.", cause: error });
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new EvalDataError({ file, line: i + 1, reason: "each line must be one JSON object." });
    }
    out.push({ line: i + 1, value: value as Record<string, unknown> });
  }
  if (out.length === 0) throw new EvalDataEmptyError({ file });
  return out;
}

/** Parses a whole-file JSON document. */
export async function readJson(file: string): Promise<unknown> {
  const text = await readDataFile(file);
  try {
    return JSON.parse(text);
  } catch (error) {
    // JSON.parse names a position; turn it into a line number the user can open.
    const message = String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const lineText = /line (\d+)/.exec(message)?.[1];
    const line = position !== undefined ? text.slice(0, Number(position)).split("\n").length : lineText !== undefined ? Number(lineText) : undefined;
    throw new EvalDataError({ file, ...(line !== undefined ? { line } : {}), reason: "the file is not valid JSON.", cause: error });
  }
}

/** A required non-empty string field of a record. */
export function requireString(value: Record<string, unknown>, field: string, where: { file: string; line?: number; record?: string }): string {
  const v = value[field];
  if (typeof v !== "string" || v.trim() === "") {
    throw new EvalDataError({ ...where, reason: `field "${field}" must be a non-empty string${v === undefined ? " (it is missing)" : ""}.` });
  }
  return v;
}
