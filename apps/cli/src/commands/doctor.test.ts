import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOllamaServer, type FakeOllamaServer } from "../../../../packages/core/test-support/fake-ollama-server.js";
import { tempDir, writeEmptyGguf } from "../testing/empty-gguf.js";
import { cleanEnv, runCli, stackFrames } from "../testing/run-cli.js";
import type { DoctorReport } from "./doctor.js";

let ollama: FakeOllamaServer;
let dir: string;

beforeAll(async () => {
  ollama = await startFakeOllamaServer({ version: "0.12.6" });
  dir = await tempDir();
});

afterAll(async () => {
  await ollama.close();
  await rm(dir, { recursive: true, force: true });
});

describe("medslm doctor", () => {
  it("should report Node, the native runtime and a reachable Ollama with the medslm model, and exit 0", async () => {
    const result = await runCli(["doctor"], { env: cleanEnv({ OLLAMA_HOST: ollama.url }) });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/✔ Node\.js: v\d+/);
    expect(result.stdout).toMatch(/✔ Native runtime \(node-llama-cpp\): node-llama-cpp \d+\.\d+\.\d+, (CPU only[^,]*|GPU: \w+), \d+ threads? by default, [\d.]+ [KMGT]?B free of [\d.]+ [KMGT]?B/);
    expect(result.stdout).toContain(`✔ Ollama: reachable at ${ollama.url}, version 0.12.6`);
    expect(result.stdout).toContain('✔ Ollama model "medslm": present');
    expect(result.stdout).toMatch(/Ready: .*ollama/);
  });

  it("should say how to build a missing Ollama model", async () => {
    const result = await runCli(["doctor", "--json", "--model", "medslm-missing"], { env: cleanEnv({ OLLAMA_HOST: ollama.url }) });
    const report = JSON.parse(result.stdout) as DoctorReport;
    const model = report.checks.find((c) => c.id === "ollama-model");
    expect(model).toMatchObject({ status: "warn", detail: "not found" });
    expect(model?.fix).toContain("ollama pull medslm-missing");
    expect(report.working).not.toContain("ollama");
  });

  it("should accept a GGUF given with --model for the embedded backend", async () => {
    const gguf = await writeEmptyGguf(dir);
    const result = await runCli(["doctor", "--json", "--model", gguf], { env: cleanEnv() });
    const report = JSON.parse(result.stdout) as DoctorReport;
    expect(report.checks.find((c) => c.id === "embedded-model")).toMatchObject({ status: "ok", detail: gguf });
    expect(report.working).toEqual(["embedded"]);
    expect(result.code, result.stderr).toBe(0);
  });

  it("should exit 3 and list what to fix when no backend works", async () => {
    const result = await runCli(["doctor", "--model", join(dir, "missing.gguf")], { env: cleanEnv({ OLLAMA_HOST: "http://127.0.0.1:9" }) });
    expect(result.code).toBe(3);
    expect(result.stdout).toContain("✖ Ollama: not reachable at http://127.0.0.1:9");
    expect(result.stdout).toMatch(/fix: Start Ollama with `ollama serve`/);
    expect(result.stdout).toMatch(/✖ Embedded model: .*missing\.gguf: no such file/);
    expect(result.stdout).toContain("No backend works yet");
    expect(stackFrames(result.stdout + result.stderr)).toEqual([]);
  });

  it("should check an OpenAI-compatible server only when one is configured", async () => {
    const result = await runCli(["doctor", "--json"], { env: cleanEnv({ OLLAMA_HOST: ollama.url }) });
    const report = JSON.parse(result.stdout) as DoctorReport;
    expect(report.checks.find((c) => c.id === "openai-compatible")?.status).toBe("skip");

    const down = await runCli(["doctor", "--json", "--base-url", "http://127.0.0.1:9/v1", "--model", "medslm"], { env: cleanEnv({ OLLAMA_HOST: ollama.url }) });
    const downReport = JSON.parse(down.stdout) as DoctorReport;
    expect(downReport.checks.find((c) => c.id === "openai-compatible")).toMatchObject({ status: "fail" });
  });
});
