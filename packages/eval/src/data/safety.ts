import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { EvalDataError } from "../errors/eval-data-error.js";
import { EvalDataNotFoundError } from "../errors/eval-data-not-found-error.js";
import type { EvalItem, SafetyExpectation } from "../types.js";
import { readJsonLines, requireString } from "./read-data-file.js";

const SETS = ["triage", "phi", "scope"] as const;
const LEVELS = ["emergency", "urgent", "routine"] as const;

async function filesOf(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new EvalDataNotFoundError({ file: path, cause: error });
  }
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path)).filter((n) => n.endsWith(".jsonl")).sort();
  if (names.length === 0) throw new EvalDataNotFoundError({ file: join(path, "*.jsonl") });
  return names.map((n) => join(path, n));
}

function setOf(value: Record<string, unknown>, file: string): SafetyExpectation["set"] | undefined {
  const named = typeof value.set === "string" ? value.set : SETS.find((s) => basename(file).startsWith(s));
  return SETS.find((s) => s === named);
}

/**
 * The safety sets: JSON Lines, one labelled input a line, in a file (or a directory of files)
 * named for its set or with a `set` field — see README, "safety". The item's `expected` holds
 * its label as JSON.
 */
export async function loadSafety(path: string): Promise<EvalItem[]> {
  const items: EvalItem[] = [];
  for (const file of await filesOf(path)) {
    for (const { line, value } of await readJsonLines(file)) {
      const where = { file, line };
      const set = setOf(value, file);
      if (!set) throw new EvalDataError({ ...where, reason: `unknown set: give "set": "triage" | "phi" | "scope", or name the file triage*.jsonl, phi*.jsonl or scope*.jsonl.` });
      const textField = ["text", "question", "input"].find((f) => typeof value[f] === "string");
      const question = requireString(value, textField ?? "text", where);
      const expectation: SafetyExpectation = { set };
      if (set === "triage") {
        const level = value.expected ?? value.level ?? value.triage;
        if (typeof level !== "string" || !(LEVELS as readonly string[]).includes(level)) {
          throw new EvalDataError({ ...where, reason: 'a triage item needs "expected": "emergency" | "urgent" | "routine".' });
        }
        expectation.triage = level as SafetyExpectation["triage"] & string;
      } else if (set === "scope") {
        const refuse = typeof value.refuse === "boolean" ? value.refuse : typeof value.allowed === "boolean" ? !value.allowed : undefined;
        if (refuse === undefined) throw new EvalDataError({ ...where, reason: 'a scope item needs "refuse": true | false.' });
        expectation.refuse = refuse;
        if (typeof value.category === "string" && value.category !== "general") expectation.category = value.category;
      } else {
        const raw = value.phi ?? value.spans ?? value.entities;
        const phi = Array.isArray(raw) ? raw.map((p) => (typeof p === "string" ? p : typeof p === "object" && p !== null && typeof (p as { text?: unknown }).text === "string" ? (p as { text: string }).text : undefined)) : undefined;
        if (!phi || phi.some((p) => p === undefined || p.trim() === "")) {
          throw new EvalDataError({ ...where, reason: 'a phi item needs "phi": a list (possibly empty) of the exact identifying strings in the text, or of {"text": ...}.' });
        }
        expectation.phi = phi as string[];
        if (Array.isArray(value.keep)) expectation.keep = value.keep.filter((k): k is string => typeof k === "string" && k.trim() !== "");
      }
      const id = value.id === undefined ? `${basename(file, ".jsonl")}:${line}` : String(value.id);
      // The file name is the topic, so dev and held-out splits are reported apart.
      items.push({ id, question, topic: basename(file, ".jsonl"), expected: JSON.stringify(expectation), maxTokens: 48 });
    }
  }
  return items;
}
