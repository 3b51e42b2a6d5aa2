/**
 * End to end through the SDK and the Ollama backend, against the project's fake Ollama server
 * (the real `ollama` client over HTTP; only the model's replies are scripted). Scripted answers
 * make every metric checkable by hand.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { selectBackend } from "@medslm/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeOllamaServer, type FakeOllamaServer } from "../../../core/test-support/fake-ollama-server.js";
import type { ItemRecord } from "./records.js";
import { runEval, type BackendFactory } from "./runner.js";

const fixture = (name: string): string => fileURLToPath(new URL(`../__fixtures__/${name}`, import.meta.url));

let server: FakeOllamaServer;
let out: string;
const ollama = (): BackendFactory => async () => {
  const selected = await selectBackend({ backend: "ollama", model: "medslm", ollamaHost: server.url, env: {} });
  return { backend: selected.backend, description: selected.reason };
};

function answerFor(replies: Array<[string, string]>): (body: Record<string, unknown>) => string {
  return (body) => {
    const prompt = String(body.prompt ?? "");
    const hit = replies.find(([needle]) => prompt.includes(needle));
    return hit ? hit[1] : "I am not sure.";
  };
}

async function records(dir: string): Promise<ItemRecord[]> {
  return (await readFile(join(dir, "results.jsonl"), "utf8"))
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as ItemRecord);
}

beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), "medslm-eval-ollama-"));
});
afterEach(async () => {
  await server?.close();
});

describe("runEval through the Ollama backend", () => {
  it("should score MedQA free-text answers: extraction, accuracy with Wilson CI, per topic", async () => {
    server = await startFakeOllamaServer({
      reply: answerFor([
        ["low ferritin", "The answer is B."], // right
        ["given at birth", "(C) Varicella"], // wrong
        ["epigastric pain", "Helicobacter pylori is the usual cause."], // right, by option text
        ["peaked T waves", "I do not know."], // unparsed: wrong
        ["produces insulin", "B"] // right
      ])
    });
    const summary = await runEval({ suite: "medqa", data: fixture("medqa-mini.jsonl"), out, createBackend: ollama(), constrained: false });
    const rs = await records(out);
    expect(rs.map((r) => [r.id, r.parsed, r.method, r.correct])).toEqual([
      ["mq-1", "B", "phrase", true],
      ["mq-2", "C", "leading", false],
      ["mq-3", "C", "option-text", true],
      ["mq-4", null, "none", false],
      ["line-5", "B", "exact", true]
    ]);
    const accuracy = summary.metrics.find((m) => m.key === "accuracy");
    expect(accuracy?.value).toBeCloseTo(3 / 5, 12);
    // Wilson 95% for 3/5.
    expect(accuracy?.low).toBeCloseTo(0.2307, 3);
    expect(accuracy?.high).toBeCloseTo(0.8824, 3);
    expect(summary.breakdown.map((b) => [b.topic, b.metrics[0]?.value, b.metrics[0]?.n])).toEqual([
      ["step1", 0.5, 2],
      ["step2&3", 0.5, 2]
    ]);
    expect(summary.outcomes.unparsed).toBe(1);
    // The prompt recorded is the one the server received: the SDK template around the documented question.
    const sent = server.requests.filter((r) => r.path === "/api/generate").map((r) => (r.body as { prompt: string }).prompt);
    expect(sent).toContain(rs[0]?.prompt);
    expect(rs[0]?.prompt).toMatch(/^Below is a medical question[\s\S]*### Question:\nAnswer the following multiple-choice question[\s\S]*B\. Oral iron[\s\S]*### Medical Response:\n$/);
    // Deterministic settings reach the backend.
    const options = (server.requests.find((r) => r.path === "/api/generate")?.body as { options?: Record<string, unknown> }).options;
    expect(options).toMatchObject({ temperature: 0, seed: 42 });
    const md = await readFile(join(out, "summary.md"), "utf8");
    expect(md).toContain("| Accuracy | 60.0% (95% CI 23.1-88.2) | 5 |");
  });

  it("should send choices to a backend that constrains them, and read the constrained answer", async () => {
    server = await startFakeOllamaServer({ reply: (body) => (body.format ? "D" : "free text") });
    const summary = await runEval({ suite: "medqa", data: fixture("medqa-mini.jsonl"), out, createBackend: ollama(), limit: 4 });
    const rs = await records(out);
    expect(rs.map((r) => [r.constrained, r.raw, r.parsed, r.method])).toEqual(Array.from({ length: 4 }, () => [true, "D", "D", "exact"]));
    expect(summary.metrics.find((m) => m.key === "accuracy")?.value).toBeCloseTo(1 / 4, 12);
    expect(summary.outcomes.constrained).toBe(4);
  });

  it("should compute PubMedQA accuracy and macro-F1 from known answers", async () => {
    server = await startFakeOllamaServer({
      reply: answerFor([
        ["daily walking", "Yes, blood pressure fell."], // gold yes
        ["vitamin D", "No."], // gold no
        ["screen time", "The answer is yes"] // gold maybe
      ])
    });
    const summary = await runEval({ suite: "pubmedqa", data: fixture("pubmedqa-mini.json"), out, createBackend: ollama(), constrained: false });
    expect(summary.metrics.find((m) => m.key === "accuracy")?.value).toBeCloseTo(2 / 3, 12);
    // yes: P 1/2 R 1 F1 2/3; no: F1 1; maybe: F1 0 -> macro (2/3 + 1 + 0) / 3.
    expect(summary.metrics.find((m) => m.key === "macroF1")?.value).toBeCloseTo((2 / 3 + 1) / 3, 12);
  });

  it("should score ChatDoctor answers against the doctor's reply", async () => {
    const reference = "Rest the ankle, put ice on it for 20 minutes a few times a day, keep it raised and use a compression bandage. If you cannot put weight on it, get an X-ray.";
    server = await startFakeOllamaServer({ reply: answerFor([["twisted my ankle", reference]]) });
    const summary = await runEval({ suite: "chatdoctor", data: fixture("chatdoctor-mini.json"), out, createBackend: ollama(), limit: 2 });
    const rs = await records(out);
    expect(rs[0]?.scores?.rougeL).toBeCloseTo(1, 10);
    expect(rs[0]?.scores?.chrf).toBeCloseTo(100, 10);
    expect(rs[0]?.scores?.words).toBe(33);
    expect(rs[1]?.raw).toBe("I am not sure.");
    expect(rs[1]?.scores?.words).toBe(4);
    expect(summary.metrics.find((m) => m.key === "words")?.value).toBe(18.5);
  });

  it("should measure latency cold and warm at the fake server's token rate", async () => {
    server = await startFakeOllamaServer({ tokenIntervalMs: 5, reply: { tokens: "Drink water and rest for a day or two.", firstTokenDelayMs: 30 } });
    const summary = await runEval({ suite: "latency", out, createBackend: ollama(), limit: 3, coldRuns: 2 });
    const rs = await records(out);
    expect(rs.map((r) => [r.id, r.timings.phase])).toEqual([
      ["cold-1", "cold"],
      ["cold-2", "cold"],
      ["lat-01", "warm"],
      ["lat-02", "warm"],
      ["lat-03", "warm"]
    ]);
    const warmTtft = summary.timings.find((t) => t.key === "warm.ttftP50");
    expect(warmTtft?.n).toBe(3);
    expect(warmTtft?.value).toBeGreaterThanOrEqual(30);
    expect(summary.timings.find((t) => t.key === "cold.totalP50")?.n).toBe(2);
    expect(rs[2]?.timings.completionTokens).toBeGreaterThan(1);
  });
});
