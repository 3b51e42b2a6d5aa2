import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOllamaServer, type FakeOllamaServer } from "../../../../packages/core/test-support/fake-ollama-server.js";
import { tempDir } from "../testing/empty-gguf.js";
import { cleanEnv, runCli } from "../testing/run-cli.js";

const fixture = (name: string): string => fileURLToPath(new URL(`../../../../packages/eval/src/__fixtures__/${name}`, import.meta.url));

let ollama: FakeOllamaServer;
let dir: string;

beforeAll(async () => {
  // A "model" that always answers B: 2 of the 5 fixture questions have B as the answer.
  ollama = await startFakeOllamaServer({ reply: "The answer is B." });
  dir = await tempDir();
});

afterAll(async () => {
  await ollama.close();
  await rm(dir, { recursive: true, force: true });
});

const env = (): Record<string, string> => cleanEnv({ OLLAMA_HOST: ollama.url });

describe("medslm eval", () => {
  it("should run a suite, print the Markdown summary and write the run directory", async () => {
    const out = join(dir, "always-b");
    const result = await runCli(["eval", "medqa", fixture("medqa-mini.jsonl"), "-b", "ollama", "-m", "medslm", "--no-constrained", "--out", out], { env: env() });
    expect(result.stderr).not.toContain("error [");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("# MedQA (USMLE, 4 options, zero-shot)");
    expect(result.stdout).toContain("| Accuracy | 40.0% (95% CI 11.8-76.9) | 5 |");
    const summary = JSON.parse(await readFile(join(out, "summary.json"), "utf8")) as { config: { command: string; seed: number } };
    expect(summary.config.command).toContain("medslm eval medqa");
    expect(summary.config.seed).toBe(42);
    expect((await readFile(join(out, "results.jsonl"), "utf8")).trim().split("\n")).toHaveLength(5);
  });

  it("should refuse to overwrite a run without --resume, and resume it with --resume", async () => {
    const out = join(dir, "resume");
    const args = ["eval", "medqa", fixture("medqa-mini.jsonl"), "-b", "ollama", "-m", "medslm", "--out", out, "--limit", "2"];
    expect((await runCli(args, { env: env() })).code).toBe(0);
    const again = await runCli(args, { env: env() });
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain("error [EVAL_RUN]");
    expect(again.stderr).toContain("--resume");
    const resumed = await runCli([...args.slice(0, -2), "--resume", "--json"], { env: env() });
    expect(resumed.code).toBe(0);
    expect((JSON.parse(resumed.stdout) as { items: number }).items).toBe(5);
  });

  it("should name the file and line of a malformed line", async () => {
    const result = await runCli(["eval", "medqa", fixture("medqa-malformed.jsonl"), "-b", "ollama", "--out", join(dir, "bad")], { env: env() });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("error [EVAL_DATA]");
    expect(result.stderr).toContain("medqa-malformed.jsonl:3");
  });

  it("should compare two runs and write the report and chart", async () => {
    const a = join(dir, "always-b");
    const b = join(dir, "always-c");
    await ollama.close();
    ollama = await startFakeOllamaServer({ reply: "C" });
    expect((await runCli(["eval", "medqa", fixture("medqa-mini.jsonl"), "-b", "ollama", "-m", "medslm", "--no-constrained", "--out", b], { env: env() })).code).toBe(0);
    const reports = join(dir, "reports");
    const result = await runCli(["eval", "compare", a, b, "--out", reports], { env: env() });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("# Compare medqa: A vs B");
    // Always-B is right on 2 items, always-C on 1 (mq-3): discordant 2 vs 1.
    expect(result.stdout).toMatch(/\| Accuracy \| McNemar exact \| 5 \| 2 \| 1 \|/);
    expect(await readFile(join(reports, "compare.svg"), "utf8")).toMatch(/^<svg/);
    expect(JSON.parse(await readFile(join(reports, "compare.json"), "utf8"))).toMatchObject({ suite: "medqa", pairedItems: 5 });
  });
});
