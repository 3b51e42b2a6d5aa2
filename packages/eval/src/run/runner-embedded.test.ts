/**
 * End to end through the SDK and the embedded (node-llama-cpp) backend on the project's tiny
 * GGUF: constrained MedQA answers, interruption and resume, and the run-directory rules.
 */
import { appendFile, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { AbortedError, selectBackend } from "@medslm/core";
import { beforeEach, describe, expect, inject, it } from "vitest";
// Declares the tinyGgufPath that the shared globalSetup provides.
import type {} from "../../../core/test-support/tiny-gguf.js";
import { EvalRunError } from "../errors/eval-run-error.js";
import type { ItemRecord } from "./records.js";
import { runEval, type BackendFactory } from "./runner.js";

const fixture = (name: string): string => fileURLToPath(new URL(`../__fixtures__/${name}`, import.meta.url));
const data = fixture("medqa-mini.jsonl");

const embedded: BackendFactory = async () => {
  const selected = await selectBackend({ backend: "embedded", model: inject("tinyGgufPath"), threads: 1, gpu: false, env: {} });
  return { backend: selected.backend, description: selected.reason };
};

async function records(dir: string): Promise<ItemRecord[]> {
  const text = await readFile(join(dir, "results.jsonl"), "utf8");
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ItemRecord);
}

let base: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), "medslm-eval-embedded-"));
});

describe("runEval through the embedded backend", () => {
  it("should answer every MedQA item with a constrained letter and score it", async () => {
    const out = join(base, "full");
    const summary = await runEval({ suite: "medqa", data, out, createBackend: embedded });
    const rs = await records(out);
    expect(rs).toHaveLength(5);
    for (const r of rs) {
      expect(r.constrained).toBe(true);
      expect(["A", "B", "C", "D"]).toContain(r.raw);
      expect(r.parsed).toBe(r.raw);
      expect(r.correct).toBe(r.parsed === r.expected);
      expect(r.prompt).toContain("### Question:\nAnswer the following multiple-choice question");
    }
    expect(summary.config.backend).toMatchObject({ provider: "embedded", constrainedChoices: true });
    expect(summary.metrics.find((m) => m.key === "accuracy")?.value).toBeCloseTo(rs.filter((r) => r.correct).length / 5, 12);
    expect(summary.outcomes.constrained).toBe(5);
  });

  it("should resume an interrupted run (with a torn last line) and end with the same summary", async () => {
    const full = join(base, "full");
    const reference = await runEval({ suite: "medqa", data, out: full, createBackend: embedded });

    const out = join(base, "interrupted");
    const stop = new AbortController();
    const first = runEval({
      suite: "medqa",
      data,
      out,
      createBackend: embedded,
      abortSignal: stop.signal,
      onProgress: (p) => {
        if (p.done >= 2) stop.abort();
      }
    });
    await expect(first).rejects.toBeInstanceOf(AbortedError);
    const partial = await records(out);
    expect(partial.length).toBeGreaterThanOrEqual(2);
    expect(partial.length).toBeLessThan(5);
    // A process killed mid-write leaves half a line behind.
    await appendFile(join(out, "results.jsonl"), '{"id":"mq-4","index":3,"question":"Which electrol');

    const seen: number[] = [];
    const resumed = await runEval({ suite: "medqa", data, out, createBackend: embedded, resume: true, onProgress: (p) => seen.push(p.resumed) });
    expect(seen[0]).toBe(partial.length);
    const after = await records(out);
    expect(after.map((r) => r.id).sort()).toEqual(["line-5", "mq-1", "mq-2", "mq-3", "mq-4"]);
    expect(resumed.metrics).toEqual(reference.metrics);
    expect(resumed.breakdown).toEqual(reference.breakdown);
    const byId = new Map((await records(full)).map((r) => [r.id, r.raw]));
    for (const r of after) expect(r.raw).toBe(byId.get(r.id));

    // Resuming a finished run asks nothing and gives the same summary again.
    const again = await runEval({ suite: "medqa", data, out, createBackend: embedded, resume: true });
    expect(again.metrics).toEqual(reference.metrics);
    expect(await records(out)).toHaveLength(5);
  });

  it("should give the same answers at concurrency 1 and 3 (free text, so every token counts)", async () => {
    const one = join(base, "c1");
    const three = join(base, "c3");
    const a = await runEval({ suite: "medqa", data, out: one, createBackend: embedded, constrained: false, maxTokens: 24 });
    const b = await runEval({ suite: "medqa", data, out: three, createBackend: embedded, constrained: false, maxTokens: 24, concurrency: 3 });
    const rawOf = async (dir: string) => new Map((await records(dir)).map((r) => [r.id, r.raw]));
    expect(await rawOf(three)).toEqual(await rawOf(one));
    expect(b.metrics).toEqual(a.metrics);
    expect(b.config.concurrency).toBe(3);
  });

  it("should refuse to resume with another seed, and to run over results without --resume", async () => {
    const out = join(base, "rules");
    await runEval({ suite: "medqa", data, out, createBackend: embedded, limit: 1 });
    await expect(runEval({ suite: "medqa", data, out, createBackend: embedded, limit: 1 })).rejects.toBeInstanceOf(EvalRunError);
    const error = await runEval({ suite: "medqa", data, out, createBackend: embedded, resume: true, seed: 7 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvalRunError);
    expect((error as Error).message).toMatch(/seed was 42, now 7/);
    // --overwrite starts over.
    await runEval({ suite: "medqa", data, out, createBackend: embedded, limit: 2, overwrite: true });
    expect(await records(out)).toHaveLength(2);
  });
});
