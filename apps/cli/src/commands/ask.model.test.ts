import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
// Declares the `tinyGgufPath` that setup provides.
import type {} from "../../../../packages/core/test-support/tiny-gguf.js";
import { loadEmbeddedModule } from "../embedded-module.js";
import { tempDir } from "../testing/empty-gguf.js";
import { cleanEnv, runCli, stackFrames } from "../testing/run-cli.js";

// The tiny GGUF made by the project's own code (packages/core/test-support/tiny-gguf.ts).
const gguf = inject("tinyGgufPath");
let dir: string;

beforeAll(async () => {
  dir = await tempDir();
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("medslm ask (embedded llama.cpp)", () => {
  it("should stream an answer from a GGUF given with --model", async () => {
    const result = await runCli(["ask", "--model", gguf, "--threads", "1", "--gpu", "cpu", "--max-tokens", "12", "--seed", "1", "What is a fever?"]);
    expect(result.code, result.stderr).toBe(0);
    expect(stackFrames(result.stderr)).toEqual([]);
    // Some model text, then the disclaimer paragraph.
    const paragraphs = result.stdout.trim().split("\n\n");
    expect(paragraphs.length).toBeGreaterThanOrEqual(2);
    expect(paragraphs[0]?.trim().length).toBeGreaterThan(0);
    // A GGUF the user named is not the demo model: no demo notice. Not a terminal: no progress bar.
    expect(result.stderr).not.toContain("demo model");
    expect(result.stderr).not.toContain("Loading");
  });

  it("should report the embedded backend, the model and the timings with --json", async () => {
    const result = await runCli(["ask", "--json", "--model", gguf, "--threads", "1", "--max-tokens", "8", "--seed", "1", "What is a fever?"]);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown> & { timings: Record<string, number>; usage: Record<string, number> };
    expect(json).toMatchObject({ backend: "embedded", triage: "routine", refused: false, demoModel: false });
    expect(String(json.model)).toContain(".gguf");
    expect(json.usage.completionTokens).toBeGreaterThan(0);
    expect(json.usage.completionTokens).toBeLessThanOrEqual(8);
    expect(json.timings.loadMs).toBeGreaterThan(0);
  });

  it("should give the same answer twice for the same --seed", async () => {
    const args = ["ask", "--json", "--model", gguf, "--threads", "1", "--max-tokens", "10", "--seed", "42", "--temperature", "0.8", "What is a fever?"];
    const [a, b] = [await runCli(args), await runCli(args)];
    expect((JSON.parse(a.stdout) as { answer: string }).answer).toBe((JSON.parse(b.stdout) as { answer: string }).answer);
  });

  it("should exit 4 for a file that is not a GGUF", async () => {
    const bad = join(dir, "broken.gguf");
    await writeFile(bad, "this is not a model");
    const result = await runCli(["ask", "--model", bad, "--threads", "1", "hello"]);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^error \[INVALID_MODEL_FILE\]/m);
    expect(stackFrames(result.stderr)).toEqual([]);
  });

  it("should name the demo model plainly when it falls back to it, or say what to do when there is none", async () => {
    const demo = await (await loadEmbeddedModule()).defaultModelPath();
    const result = await runCli(["ask", "--threads", "1", "--max-tokens", "4", "What is a fever?"], { env: cleanEnv() });
    if (demo !== undefined) {
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain("tiny demo model");
      expect(result.stderr).toContain("not medical advice");
      expect(result.stderr).toContain("ollama serve");
      expect(result.stderr).toContain("--model");
    } else {
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(/^error \[BACKEND_UNAVAILABLE\]: .*--model/m);
    }
  });
});
