/**
 * The OpenAI-compatible backend (vLLM, llama.cpp server) through the harness, against the
 * project's fake server: a question too long for the server's context is recorded as a
 * per-item error and counted wrong, and the run goes on.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { selectBackend } from "@medslm/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAIServer, type FakeOpenAIServer } from "../../../core/test-support/fake-openai-server.js";
import type { ItemRecord } from "./records.js";
import { runEval } from "./runner.js";

const data = fileURLToPath(new URL("../__fixtures__/medqa-mini.jsonl", import.meta.url));
let server: FakeOpenAIServer;

beforeAll(async () => {
  // 100 "tokens" (words): with 32 for the answer, the two longest fixture prompts (80 and 74 words) do not fit.
  server = await startFakeOpenAIServer({ models: ["medslm-7b"], contextSize: 100, reply: "Answer: B" });
});
afterAll(async () => {
  await server.close();
});

describe("runEval through an OpenAI-compatible server", () => {
  it("should record context-length failures per item and score the rest", async () => {
    const out = await mkdtemp(join(tmpdir(), "medslm-eval-openai-"));
    const summary = await runEval({
      suite: "medqa",
      data,
      out,
      constrained: false,
      createBackend: async () => ({
        backend: (await selectBackend({ backend: "openai-compatible", baseURL: server.baseURL, model: "medslm-7b", env: {} })).backend
      })
    });
    const rs = (await readFile(join(out, "results.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as ItemRecord)
      .sort((a, b) => a.index - b.index);
    expect(rs.map((r) => [r.id, r.error?.code ?? null, r.parsed, r.correct])).toEqual([
      ["mq-1", "CONTEXT_TOO_LONG", null, false],
      ["mq-2", null, "B", false],
      ["mq-3", "CONTEXT_TOO_LONG", null, false],
      ["mq-4", null, "B", false],
      ["line-5", null, "B", true]
    ]);
    expect(summary.outcomes.errors).toBe(2);
    expect(summary.metrics.find((m) => m.key === "accuracy")?.value).toBeCloseTo(1 / 5, 12);
    expect(summary.config.backend.provider).toBe("openai-compatible");
  });
});
