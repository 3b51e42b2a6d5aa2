import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startFakeOllamaServer, type FakeOllamaServer } from "../../../../packages/core/test-support/fake-ollama-server.js";
import { cleanEnv, runCli, stackFrames } from "../testing/run-cli.js";

const ANSWER = "Metformin commonly causes nausea, diarrhoea and stomach upset, which often settle within weeks.";
const EMERGENCY = "I have crushing chest pain spreading to my left arm and I am sweating";

let ollama: FakeOllamaServer;

function ask(args: readonly string[], env: Record<string, string | undefined> = {}) {
  return runCli(["ask", "--backend", "ollama", ...args], { env: cleanEnv({ OLLAMA_HOST: ollama.url, ...env }) });
}

function generateRequests() {
  return ollama.requests.filter((r) => r.path === "/api/generate");
}

beforeAll(async () => {
  ollama = await startFakeOllamaServer({ reply: ANSWER, tokenIntervalMs: 2 });
});

afterEach(() => {
  // A reply a failed test did not use must not answer the next test.
  ollama.script.length = 0;
  ollama.requests.length = 0;
});

afterAll(async () => {
  await ollama.close();
});

describe("medslm ask (Ollama)", () => {
  it("should stream the model's answer to stdout, then the disclaimer", async () => {
    const result = await ask(["What are the side effects of metformin?"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(ANSWER);
    // The disclaimer comes after the answer, as its own paragraph.
    const [, after] = result.stdout.split(ANSWER);
    expect(after).toMatch(/^\n\n\S/);
    expect(stackFrames(result.stderr)).toEqual([]);
    // The SDK rendered the prompt; the question reached the model inside the template.
    const body = generateRequests()[0]?.body as { prompt: string; raw: boolean; model: string };
    expect(body.model).toBe("medslm");
    expect(body.prompt).toContain("### Question:\nWhat are the side effects of metformin?\n");
  });

  it("should print the answer while the model is still generating it", async () => {
    // 100 tokens, 25 ms apart: the first sentence must reach stdout long before the last token is sent.
    const slow = await startFakeOllamaServer({ tokenIntervalMs: 25 });
    try {
      const sentences = Array.from({ length: 20 }, (_, i) => `Point ${i + 1} about fever care is here.`);
      slow.script.push({ tokens: sentences.join(" ") });
      const total = sentences.join(" ").split(" ").length;
      let sentWhenFirstShown: number | undefined;
      const result = await runCli(["ask", "--backend", "ollama", "How do I care for a fever?"], {
        env: cleanEnv({ OLLAMA_HOST: slow.url }),
        onStdout: (out) => {
          if (sentWhenFirstShown === undefined && out.includes("Point 1")) {
            sentWhenFirstShown = slow.requests.find((r) => r.path === "/api/generate")?.tokensSent;
          }
        }
      });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain("Point 20 about fever care is here.");
      expect(sentWhenFirstShown).toBeLessThan(total / 2);
    } finally {
      await slow.close();
    }
  });

  it("should list what the output checks flagged in --json", async () => {
    ollama.script.push({ tokens: "Call the clinic on 555-867-5309 to book a visit." });
    const result = await ask(["--json", "How do I get my blood pressure checked?"]);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { flags: Array<{ rule: string }> };
    expect(json.flags.map((f) => f.rule)).toContain("output.phi");
  });

  it("should drop the model's leading and trailing blank lines", async () => {
    ollama.script.push({ tokens: ["\n", "\n", "Rest", " and", " fluids", " help.", "\n\n", " \n"] });
    const result = await ask(["How do I treat a cold?"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Rest and fluids help\.\n\n\S/);
  });

  it("should send the patient context from --age, --sex and --medications in the prompt", async () => {
    const result = await ask([
      "--age", "67", "--sex", "male", "--medications", "warfarin, aspirin",
      "--conditions", "asthma", "--conditions", "atrial fibrillation", "Can I take ibuprofen?"
    ]);
    expect(result.code, result.stderr).toBe(0);
    const body = generateRequests()[0]?.body as { prompt: string };
    expect(body.prompt).toContain("Age: 67");
    expect(body.prompt).toContain("Sex: male");
    expect(body.prompt).toMatch(/Medications: warfarin, ?aspirin/);
    expect(body.prompt).toMatch(/Conditions: asthma, ?atrial fibrillation/);
    expect(body.prompt).toContain("### Question:\nCan I take ibuprofen?\n");
  });

  it("should say which backend it chose with --verbose", async () => {
    const result = await runCli(["ask", "--verbose", "What is a fever?"], { env: cleanEnv({ OLLAMA_HOST: ollama.url }) });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^backend: ollama\b.*medslm/m);
  });

  it("should read --context as a JSON object", async () => {
    const result = await ask(["--context", '{"age":54,"conditions":["type 2 diabetes"]}', "Is my fasting glucose of 7 ok?"]);
    expect(result.code, result.stderr).toBe(0);
    const body = generateRequests()[0]?.body as { prompt: string };
    expect(body.prompt).toContain("Age: 54");
    expect(body.prompt).toContain("type 2 diabetes");
  });

  it("should exit 2 for --context that is not a JSON object, without calling the model", async () => {
    const result = await ask(["--context", "age=54", "Is this ok?"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error \[INVALID_INPUT\]: Invalid --context: expected a JSON object/m);
    expect(generateRequests()).toHaveLength(0);
  });

  it("should pass --max-tokens, --temperature and --seed to the backend", async () => {
    const result = await ask(["--max-tokens", "3", "--temperature", "0.1", "--seed", "7", "What is a normal heart rate?"]);
    expect(result.code, result.stderr).toBe(0);
    const options = (generateRequests()[0]?.body as { options: Record<string, unknown> }).options;
    expect(options).toMatchObject({ num_predict: 3, temperature: 0.1, seed: 7 });
    expect(result.stderr).toContain("--max-tokens");
  });

  it("should print one JSON object with --json", async () => {
    const result = await ask(["--json", "What are the side effects of metformin?"]);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0] as string);
    expect(json).toMatchObject({ answer: ANSWER, triage: "routine", refused: false, finishReason: "stop", backend: "ollama", model: "medslm", flags: [] });
    expect(json.text).toContain(ANSWER);
    expect(typeof json.timings.totalMs).toBe("number");
    expect(typeof json.timings.timeToFirstTokenMs).toBe("number");
  });

  it("should print each part as a JSON line with --stream-json", async () => {
    // Several sentences: the output checks release text sentence by sentence, so it arrives in parts.
    const long = Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1} of the answer says something useful about metformin.`).join(" ");
    ollama.script.push({ tokens: long });
    const result = await ask(["--stream-json", "What are the side effects of metformin?"]);
    expect(result.code, result.stderr).toBe(0);
    const parts = result.stdout.trim().split("\n").map((line) => JSON.parse(line) as { type: string; text?: string });
    expect(parts[0]).toMatchObject({ type: "start", backend: "ollama", model: "medslm" });
    expect(parts.at(-1)).toMatchObject({ type: "finish", finishReason: "stop" });
    const deltas = parts.filter((p) => p.type === "text-delta");
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.map((p) => p.text).join("")).toBe(long);
  });

  it("should print the emergency notice before any model text", async () => {
    const result = await ask([EMERGENCY]);
    expect(result.code, result.stderr).toBe(0);
    const notice = result.stdout.search(/911|emergency/i);
    expect(notice).toBeGreaterThanOrEqual(0);
    expect(result.stdout.indexOf(ANSWER)).toBeGreaterThan(notice);
    const json = JSON.parse((await ask(["--json", EMERGENCY])).stdout) as { triage: string; triageMessage: string };
    expect(json.triage).toBe("emergency");
    expect(json.triageMessage).toMatch(/911|emergency/i);
    // Shown once, first: not repeated when the output checks escalate the same notice.
    expect(result.stdout.startsWith(json.triageMessage)).toBe(true);
    expect(result.stdout.split(json.triageMessage)).toHaveLength(2);
  });

  it("should colour the emergency notice red and bold on a terminal", async () => {
    const result = await ask([EMERGENCY], { FORCE_COLOR: "1" });
    const red = "\u001b[31m";
    const bold = "\u001b[1m";
    const styled = result.stdout.indexOf(red + bold);
    expect(styled).toBeGreaterThanOrEqual(0);
    // The red-and-bold run is the emergency notice, the first thing printed.
    expect(result.stdout.slice(styled, result.stdout.indexOf("\u001b[22m", styled))).toMatch(/911|emergency/i);
    expect(result.stdout.slice(0, styled).trim()).toBe("");
  });

  it("should print no colour codes when stdout is not a terminal, or with NO_COLOR", async () => {
    const piped = await ask([EMERGENCY]);
    expect(piped.stdout).not.toContain("\u001b[");
    const noColor = await ask([EMERGENCY], { FORCE_COLOR: "1", NO_COLOR: "1" });
    expect(noColor.stdout).not.toContain("\u001b[");
  });

  it("should refuse an out-of-scope request with exit code 5, without calling the model", async () => {
    const result = await ask(["What is the lethal dose of insulin?"]);
    const json = await ask(["--json", "What is the lethal dose of insulin?"]);
    expect(result.code).toBe(5);
    expect(json.code).toBe(5);
    const parsed = JSON.parse(json.stdout) as { text: string };
    expect(parsed).toMatchObject({ refused: true, finishReason: "refused", answer: "" });
    // The terminal shows the refusal message, and nothing else.
    expect(parsed.text.length).toBeGreaterThan(0);
    expect(result.stdout.trim()).toBe(parsed.text.trim());
    expect(generateRequests()).toHaveLength(0);
  });

  it("should exit 4 with MODEL_NOT_FOUND when Ollama lacks the model", async () => {
    const result = await ask(["--model", "no-such-model", "hello there"]);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^error \[MODEL_NOT_FOUND\]: .*no-such-model/m);
    expect(stackFrames(result.stderr)).toEqual([]);
  });

  it("should report errors as JSON with --json", async () => {
    const result = await ask(["--json", "--model", "no-such-model", "hello there"]);
    expect(result.code).toBe(4);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { code: "MODEL_NOT_FOUND" } });
  });

  it("should read the question from stdin with -", async () => {
    const result = await runCli(["ask", "--backend", "ollama", "-"], {
      env: cleanEnv({ OLLAMA_HOST: ollama.url }),
      input: "What are the side effects of metformin?\n"
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(ANSWER);
  });

  it("should stop quietly when the reader goes away (| head)", async () => {
    ollama.script.push({ tokens: Array.from({ length: 300 }, (_, i) => ` word${i}.`) });
    const result = await runCli(["ask", "--backend", "ollama", "Tell me about fever"], {
      env: cleanEnv({ OLLAMA_HOST: ollama.url }),
      closeStdoutEarly: true
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
  });

  it("should exit 2 for an empty question", async () => {
    const result = await ask(["   "]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error [USAGE]: The question is empty.");
  });

  it("should stop on Ctrl-C mid-answer with exit code 130", async () => {
    ollama.script.push({ tokens: Array.from({ length: 400 }, (_, i) => ` word${i}`) });
    const result = await runCli(["ask", "--backend", "ollama", "Tell me about fever"], {
      env: cleanEnv({ OLLAMA_HOST: ollama.url }),
      interruptWhen: (out) => out.includes("word3")
    });
    expect(result.code).toBe(130);
    expect(result.stdout).not.toContain("word399");
    expect(stackFrames(result.stderr)).toEqual([]);
  });
});

describe("medslm ask with Ollama down", () => {
  it("should exit 3 and say to run `ollama serve`, with no stack trace", async () => {
    const result = await runCli(["ask", "--backend", "ollama", "hello"], { env: cleanEnv({ OLLAMA_HOST: "http://127.0.0.1:9" }) });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^error \[BACKEND_UNAVAILABLE\]: /m);
    expect(result.stderr).toContain("ollama serve");
    expect(stackFrames(result.stderr)).toEqual([]);
    expect(result.stdout).toBe("");
  });

  it("should show the stack only with MEDSLM_DEBUG=1", async () => {
    const result = await runCli(["ask", "--backend", "ollama", "hello"], { env: cleanEnv({ OLLAMA_HOST: "http://127.0.0.1:9", MEDSLM_DEBUG: "1" }) });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^error \[BACKEND_UNAVAILABLE\]: /m);
    expect(stackFrames(result.stderr).length).toBeGreaterThan(0);
  });

  it("should still show the emergency notice, before the error, when no model can be reached", async () => {
    const result = await runCli(["ask", "--backend", "ollama", EMERGENCY], { env: cleanEnv({ OLLAMA_HOST: "http://127.0.0.1:9" }) });
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(/911|emergency/i);
    expect(result.stderr).toContain("error [BACKEND_UNAVAILABLE]");
  });

  it("should exit 3 with a JSON error under --json", async () => {
    const result = await runCli(["ask", "--json", "--backend", "ollama", "hello"], { env: cleanEnv({ OLLAMA_HOST: "http://127.0.0.1:9" }) });
    expect(result.code).toBe(3);
    const json = JSON.parse(result.stdout) as { error: { code: string; message: string } };
    expect(json.error.code).toBe("BACKEND_UNAVAILABLE");
    expect(json.error.message).toContain("ollama serve");
  });
});
