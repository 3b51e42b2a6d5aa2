import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startFakeOllamaServer, type FakeOllamaServer } from "../../../../packages/core/test-support/fake-ollama-server.js";
import { cleanEnv, runCli, stackFrames } from "../testing/run-cli.js";

let ollama: FakeOllamaServer;

function chat(input: string, args: readonly string[] = []) {
  return runCli(["chat", "--backend", "ollama", ...args], { env: cleanEnv({ OLLAMA_HOST: ollama.url }), input });
}

function prompts(): string[] {
  return ollama.requests.filter((r) => r.path === "/api/generate").map((r) => (r.body as { prompt: string }).prompt);
}

beforeAll(async () => {
  ollama = await startFakeOllamaServer({
    tokenIntervalMs: 2,
    // The fake model answers with the question it saw last, so each reply is recognisable.
    reply: (body) => {
      const prompt = String(body.prompt);
      const questions = [...prompt.matchAll(/### Question:\n(.*)\n/g)].map((m) => m[1]);
      return `Answer to: ${questions.at(-1)}.`;
    }
  });
});

afterEach(() => {
  // A reply a failed test did not use must not answer the next test.
  ollama.script.length = 0;
  ollama.requests.length = 0;
});

afterAll(async () => {
  await ollama.close();
});

describe("medslm chat", () => {
  it("should answer each line and keep the conversation for follow-up questions", async () => {
    const result = await chat("What is hypertension?\nHow is it treated?\n/exit\n");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Answer to: What is hypertension?.");
    expect(result.stdout).toContain("Answer to: How is it treated?.");
    const [first, second] = prompts();
    expect(first).not.toContain("How is it treated?");
    // The second prompt carries the first turn, question and answer, before the new question.
    expect(second).toContain("What is hypertension?");
    expect(second).toContain("Answer to: What is hypertension?.");
    expect(second?.indexOf("What is hypertension?")).toBeLessThan(second?.indexOf("How is it treated?") ?? -1);
  });

  it("should forget the conversation after /clear", async () => {
    const result = await chat("What is hypertension?\n/clear\nHow is it treated?\n/exit\n");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("(conversation cleared)");
    const [, second] = prompts();
    expect(second).not.toContain("What is hypertension?");
  });

  it("should stop at /exit and ignore what follows", async () => {
    const result = await chat("/exit\nWhat is hypertension?\n");
    expect(result.code, result.stderr).toBe(0);
    expect(prompts()).toHaveLength(0);
  });

  it("should end cleanly at the end of input (Ctrl-D)", async () => {
    const result = await chat("What is a fever?\n");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Answer to: What is a fever?.");
  });

  it("should explain an unknown slash command and carry on", async () => {
    const result = await chat("/frobnicate\nWhat is a fever?\n/exit\n");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Unknown command /frobnicate");
    expect(result.stdout).toContain("Answer to: What is a fever?.");
  });

  it("should show the emergency notice first in a chat too", async () => {
    const result = await chat("I have crushing chest pain spreading to my left arm and I am sweating\n/exit\n");
    expect(result.code, result.stderr).toBe(0);
    const notice = result.stdout.search(/911|emergency/i);
    expect(notice).toBeGreaterThanOrEqual(0);
    expect(result.stdout.indexOf("Answer to:")).toBeGreaterThan(notice);
  });

  it("should stop the current answer on Ctrl-C and go on with the next question", async () => {
    ollama.script.push({ tokens: Array.from({ length: 400 }, (_, i) => ` word${i}`) });
    const result = await runCli(["chat", "--backend", "ollama"], {
      env: cleanEnv({ OLLAMA_HOST: ollama.url }),
      input: "Tell me a long story\nWhat is a fever?\n/exit\n",
      interruptWhen: (out) => out.includes("word3")
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("(stopped)");
    expect(result.stdout).not.toContain("word399");
    expect(result.stdout).toContain("Answer to: What is a fever?.");
  });

  it("should exit 3 with a clear message when Ollama is down", async () => {
    const result = await runCli(["chat", "--backend", "ollama"], { env: cleanEnv({ OLLAMA_HOST: "http://127.0.0.1:9" }), input: "hello\n/exit\n" });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("ollama serve");
    expect(stackFrames(result.stderr)).toEqual([]);
  });
});
