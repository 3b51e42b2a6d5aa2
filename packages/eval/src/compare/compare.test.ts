import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EvalRunError } from "../errors/eval-run-error.js";
import { renderChart } from "../report/chart.js";
import { renderCompareMarkdown } from "../report/compare-markdown.js";
import type { ItemRecord, RunConfig } from "../run/records.js";
import { compareRuns } from "./compare.js";

function config(suite: RunConfig["suite"], model: string): RunConfig {
  return {
    schema: "medslm-eval-run/v1",
    suite,
    data: "/data/set.jsonl",
    dataSha256: "ab".repeat(32),
    limit: null,
    seed: 42,
    temperature: 0,
    concurrency: 1,
    audience: "student",
    constrained: true,
    backend: { provider: "embedded", modelId: model, constrainedChoices: true, description: `embedded ${model}` },
    promptTemplate: "medslm-v1",
    host: { platform: "linux", arch: "x64", cpu: "Test CPU", cores: 2, memoryGiB: 24, node: "v20" },
    startedAt: "2026-11-25T00:00:00.000Z"
  };
}

function record(i: number, fields: Partial<ItemRecord>): ItemRecord {
  return {
    id: `q${i}`,
    index: i,
    question: `question ${i}`,
    prompt: `prompt ${i}`,
    raw: "",
    parsed: null,
    expected: "A",
    correct: null,
    constrained: true,
    safety: { triage: "routine", refused: false, flags: [], escalation: false, redacted: false },
    finishReason: "stop",
    timings: { phase: "warm", ttftMs: 10, totalMs: 100, completionTokens: 5, tokensPerSecond: 50 },
    ...fields
  };
}

async function writeRun(suite: RunConfig["suite"], model: string, records: ItemRecord[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `medslm-eval-${model}-`));
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "config.json"), JSON.stringify(config(suite, model)));
  await writeFile(join(dir, "results.jsonl"), records.map((r) => JSON.stringify(r)).join("\n") + "\n");
  return dir;
}

describe("compareRuns", () => {
  it("should pair items by id and run McNemar's exact test on right/wrong", async () => {
    // 20 items: both right on 0-7, only B right on 8-15, only A right on 16, both wrong on 17-19.
    const right = (i: number, who: "a" | "b"): boolean => i < 8 || (who === "b" ? i >= 8 && i < 16 : i === 16);
    const make = (who: "a" | "b") =>
      Array.from({ length: 20 }, (_, i) => record(i, { parsed: right(i, who) ? "A" : "B", correct: right(i, who) }));
    const a = await writeRun("medqa", "base", make("a"));
    const b = await writeRun("medqa", "tuned", make("b").reverse());
    const result = await compareRuns(a, b);
    expect(result.pairedItems).toBe(20);
    const accuracy = result.metrics.find((m) => m.key === "accuracy");
    expect(accuracy?.a?.value).toBeCloseTo(9 / 20, 12);
    expect(accuracy?.b?.value).toBeCloseTo(16 / 20, 12);
    expect(accuracy?.diff).toBeCloseTo(7 / 20, 12);
    const test = result.paired.find((p) => p.key === "accuracy");
    expect(test).toMatchObject({ method: "McNemar exact", n: 20, aBetter: 1, bBetter: 8 });
    // Two-sided exact: 2 * P(X <= 1 | Binomial(9, 1/2)) = 2 * 10/512.
    expect(test?.pValue).toBeCloseTo(20 / 512, 12);
    const md = renderCompareMarkdown(result);
    expect(md).toContain("| Accuracy | 45.0% (95% CI");
    expect(md).toContain("| +35.0 pts |");
    expect(md).toMatch(/\| Accuracy \| McNemar exact \| 20 \| 1 \| 8 \| {2}\| 0\.039 \| yes \(p < 0\.05\) \|/);
  });

  it("should use a sign test for continuous scores and orient latency so lower is better", async () => {
    const scores = (shift: number) => Array.from({ length: 6 }, (_, i) => record(i, { raw: "x", scores: { rougeL: 0.2 + shift, chrf: 30, words: 10, referenceWords: 12 } }));
    const a = await writeRun("chatdoctor", "base", scores(0));
    const b = await writeRun("chatdoctor", "tuned", scores(0.1));
    const result = await compareRuns(a, b);
    const rouge = result.paired.find((p) => p.key === "rougeL");
    expect(rouge).toMatchObject({ method: "sign test", n: 6, aBetter: 0, bBetter: 6 });
    expect(rouge?.pValue).toBeCloseTo(2 / 64, 12);
    expect(rouge?.medianDiff).toBeCloseTo(0.1, 12);
    // All chrF ties: nothing to test, p = 1.
    expect(result.paired.find((p) => p.key === "chrf")).toMatchObject({ aBetter: 0, bBetter: 0, pValue: 1 });

    const timed = (ms: number) => Array.from({ length: 5 }, (_, i) => record(i, { timings: { phase: "warm", ttftMs: ms / 10, totalMs: ms + i, completionTokens: 5, tokensPerSecond: 10 } }));
    const slow = await writeRun("latency", "f16", timed(900));
    const fast = await writeRun("latency", "q4", timed(300));
    const latency = await compareRuns(slow, fast);
    expect(latency.paired.find((p) => p.key === "totalMs")).toMatchObject({ aBetter: 0, bBetter: 5 });
    expect(latency.timings.find((t) => t.key === "warm.totalP50")?.diff).toBeCloseTo(-600, 10);
  });

  it("should refuse to compare runs of different suites", async () => {
    const a = await writeRun("medqa", "base", [record(0, { correct: true, parsed: "A" })]);
    const b = await writeRun("pubmedqa", "base", [record(0, { correct: true, parsed: "yes", expected: "yes" })]);
    await expect(compareRuns(a, b)).rejects.toBeInstanceOf(EvalRunError);
  });

  it("should draw one bar per run and metric, with CI whiskers, as valid SVG", async () => {
    const a = await writeRun("medqa", "base<1>", [record(0, { correct: true, parsed: "A" }), record(1, { correct: false, parsed: "B" })]);
    const b = await writeRun("medqa", "tuned", [record(0, { correct: true, parsed: "A" }), record(1, { correct: true, parsed: "A" })]);
    const result = await compareRuns(a, b);
    const svg = renderChart([
      { label: result.a.label, summary: result.a.summary },
      { label: result.b.label, summary: result.b.summary }
    ]);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("base&lt;1&gt;");
    expect(svg).not.toContain("base<1>");
    // Accuracy and "answer letter found", two runs each.
    expect(svg.match(/<rect x="250"/g)).toHaveLength(4);
    expect(svg).toContain(">50.0%<");
    expect(svg).toContain(">100.0%<");
  });
});
