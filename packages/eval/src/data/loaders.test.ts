import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EvalDataEmptyError, EvalDataError, EvalDataNotFoundError } from "../errors/index.js";
import { loadChatdoctor } from "./chatdoctor.js";
import { LATENCY_QUESTIONS, loadLatency } from "./latency.js";
import { loadMedqa } from "./medqa.js";
import { loadPubmedqa } from "./pubmedqa.js";

const fixture = (name: string): string => fileURLToPath(new URL(`../__fixtures__/${name}`, import.meta.url));

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

describe("loadMedqa", () => {
  it("should read questions, options, answers and topics, naming id-less lines by line number", async () => {
    const items = await loadMedqa(fixture("medqa-mini.jsonl"));
    expect(items.map((i) => [i.id, i.expected, i.topic])).toEqual([
      ["mq-1", "B", "step1"],
      ["mq-2", "A", "step1"],
      ["mq-3", "C", "step2&3"],
      ["mq-4", "D", "step2&3"],
      ["line-5", "B", undefined]
    ]);
    expect(items[0]?.choices).toEqual(["A", "B", "C", "D"]);
    expect(items[0]?.question).toContain("\nA. Vitamin C alone\nB. Oral iron\nC. Vitamin B12 injections\nD. Folic acid alone\n");
  });

  it("should name the file and line of a malformed line", async () => {
    const error = await caught(loadMedqa(fixture("medqa-malformed.jsonl")));
    expect(error).toBeInstanceOf(EvalDataError);
    expect(error).toMatchObject({ code: "EVAL_DATA", line: 3, file: fixture("medqa-malformed.jsonl") });
    expect((error as Error).message).toContain("medqa-malformed.jsonl:3");
  });

  it("should count blank lines when naming the line of a record with a missing option", async () => {
    const error = await caught(loadMedqa(fixture("medqa-missing-option.jsonl")));
    expect(error).toMatchObject({ code: "EVAL_DATA", line: 3 });
    expect((error as Error).message).toMatch(/option "C" is missing/);
  });

  it("should give EVAL_DATA_EMPTY for a file of blank lines and EVAL_DATA_NOT_FOUND for a missing file", async () => {
    expect(await caught(loadMedqa(fixture("empty.jsonl")))).toBeInstanceOf(EvalDataEmptyError);
    const missing = await caught(loadMedqa(fixture("no-such-file.jsonl")));
    expect(missing).toBeInstanceOf(EvalDataNotFoundError);
    expect(missing).toMatchObject({ code: "EVAL_DATA_NOT_FOUND" });
  });

  it("should reject an answer that is not A-D and duplicate ids", async () => {
    const dir = await mkdtemp(join(tmpdir(), "medslm-eval-"));
    const bad = join(dir, "bad.jsonl");
    await writeFile(bad, `${JSON.stringify({ question: "q", options: { A: "a", B: "b", C: "c", D: "d" }, answer_idx: "E" })}\n`);
    expect(await caught(loadMedqa(bad))).toMatchObject({ code: "EVAL_DATA", line: 1 });
    const dup = join(dir, "dup.jsonl");
    const line = JSON.stringify({ id: "x", question: "q", options: { A: "a", B: "b", C: "c", D: "d" }, answer_idx: "A" });
    await writeFile(dup, `${line}\n${line}\n`);
    expect(await caught(loadMedqa(dup))).toMatchObject({ code: "EVAL_DATA", line: 2 });
  });
});

describe("loadPubmedqa", () => {
  it("should read PQA-L records keyed by id, without the long answer in the prompt", async () => {
    const items = await loadPubmedqa(fixture("pubmedqa-mini.json"));
    expect(items.map((i) => [i.id, i.expected])).toEqual([
      ["900001", "yes"],
      ["900002", "no"],
      ["900003", "maybe"]
    ]);
    expect(items[0]?.question).toContain("Resting systolic pressure fell by 6 mmHg");
    expect(items[0]?.question).not.toContain("Daily walking lowered resting blood pressure");
    expect(items[0]?.choices).toEqual(["yes", "no", "maybe"]);
  });

  it("should name the record with a bad label, and the line of broken JSON", async () => {
    expect(await caught(loadPubmedqa(fixture("pubmedqa-bad-label.json")))).toMatchObject({ code: "EVAL_DATA", record: "900004" });
    const broken = await caught(loadPubmedqa(fixture("pubmedqa-broken.json")));
    expect(broken).toMatchObject({ code: "EVAL_DATA", line: 5 });
  });
});

describe("loadChatdoctor", () => {
  it("should use the patient's input as the question and the doctor's output as the reference", async () => {
    const items = await loadChatdoctor(fixture("chatdoctor-mini.json"));
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({ id: "item-1", question: expect.stringContaining("twisted my ankle") as unknown, expected: expect.stringContaining("Rest the ankle") as unknown });
  });

  it("should name the record that has no output", async () => {
    expect(await caught(loadChatdoctor(fixture("chatdoctor-missing-output.json")))).toMatchObject({ code: "EVAL_DATA", record: "#2" });
  });

  it("should read JSON Lines too, with line numbers in errors", async () => {
    const dir = await mkdtemp(join(tmpdir(), "medslm-eval-"));
    const file = join(dir, "cd.jsonl");
    await writeFile(file, `${JSON.stringify({ instruction: "i", input: "q1", output: "a1" })}\n{"instruction": "i", "input": "q2"}\n`);
    expect(await caught(loadChatdoctor(file))).toMatchObject({ code: "EVAL_DATA", line: 2 });
  });
});

describe("loadLatency", () => {
  it("should use the built-in set by default", async () => {
    const items = await loadLatency();
    expect(items.map((i) => i.id)).toEqual(LATENCY_QUESTIONS.map((q) => q.id));
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });
});
