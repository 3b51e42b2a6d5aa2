// Native: real inference through node-llama-cpp on the tiny GGUF from test-support/tiny-gguf.ts.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { BackendStreamPart } from "../backend/model-backend.js";
import { renderPrompt } from "../template/prompt-template.js";
import { createEmbeddedBackend, describeEmbeddedRuntime, type EmbeddedBackend, type EmbeddedLoadProgress } from "./index.js";

const modelPath = inject("tinyGgufPath");
const prompt = renderPrompt({
  question: "I have had a fever and a dry cough for three days. What should I do?",
  context: { age: 42, sex: "female" }
});

async function collect(stream: AsyncIterable<BackendStreamPart>): Promise<{ deltas: string[]; finish: BackendStreamPart | undefined }> {
  const deltas: string[] = [];
  let finish: BackendStreamPart | undefined;
  for await (const part of stream) {
    if (part.type === "text-delta") deltas.push(part.text);
    else finish = part;
  }
  return { deltas, finish };
}

let backend: EmbeddedBackend;

/** A sampling seed whose answer runs past 30 tokens, so an abort surely lands mid-answer. */
async function longAnswerSeed(): Promise<number> {
  for (let seed = 1; seed <= 50; seed++) {
    const result = await backend.doGenerate({ prompt, temperature: 1, seed, maxTokens: 30, stop: [] });
    if (result.finishReason === "length") return seed;
  }
  throw new Error("the fixture model never wrote 30 tokens in 50 seeds");
}
const progress: EmbeddedLoadProgress[] = [];

beforeAll(async () => {
  backend = await createEmbeddedBackend({
    model: modelPath,
    threads: 1,
    gpu: false,
    contextSize: 512,
    onProgress: (p) => progress.push(p)
  });
});

afterAll(async () => {
  await backend?.dispose();
});

describe("createEmbeddedBackend", () => {
  it("should load a GGUF from a path and report load progress up to 1", () => {
    expect(backend.provider).toBe("embedded");
    expect(backend.modelPath).toBe(modelPath);
    expect(backend.contextSize).toBe(512);
    expect(backend.threads).toBe(1);
    expect(backend.gpu).toBe(false);
    expect(backend.disposed).toBe(false);
    expect(backend.capabilities.constrainedChoices).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p.phase === "load" && p.ratio >= 0 && p.ratio <= 1)).toBe(true);
    expect(progress.at(-1)?.ratio).toBe(1);
  });

  it("should say it is healthy and list the loaded model first", async () => {
    const health = await backend.checkHealth();
    expect(health.ok).toBe(true);
    expect(health.modelAvailable).toBe(true);
    expect(health.version).toMatch(/^node-llama-cpp \d+\.\d+\.\d+/);
    const models = await backend.listModels();
    expect(models[0]?.details).toMatchObject({ path: modelPath, loaded: true, contextSize: 512 });
    expect(models[0]?.sizeBytes).toBeGreaterThan(0);
  });

  it("should refuse a non-integer thread count with InvalidInputError", async () => {
    await expect(createEmbeddedBackend({ model: modelPath, threads: 0 })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("should throw AbortedError when the signal is already aborted", async () => {
    await expect(createEmbeddedBackend({ model: modelPath, gpu: false, abortSignal: AbortSignal.abort() })).rejects.toMatchObject({
      code: "ABORTED"
    });
  });
});

describe("describeEmbeddedRuntime", () => {
  it("should report the CPU runtime, its version, memory and default threads", async () => {
    const info = await describeEmbeddedRuntime({ gpu: false });
    expect(info.gpu).toBe(false);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(info.memory.total).toBeGreaterThan(info.memory.free);
    expect(info.memory.free).toBeGreaterThan(0);
    expect(info.defaultThreads).toBeGreaterThanOrEqual(1);
    expect(info.defaultThreads).toBeLessThanOrEqual(4);
  });
});

describe("doStream", () => {
  it("should stream several text deltas and then one finish part with usage", async () => {
    const { deltas, finish } = await collect(backend.doStream({ prompt, temperature: 0, maxTokens: 24, stop: [] }));
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join("").length).toBeGreaterThan(0);
    expect(finish).toMatchObject({ type: "finish" });
    if (finish?.type !== "finish") throw new Error("no finish part");
    expect(["stop", "length"]).toContain(finish.finishReason);
    expect(finish.usage.promptTokens).toBeGreaterThan(20);
    expect(finish.usage.completionTokens).toBeGreaterThan(0);
    expect(finish.usage.completionTokens).toBeLessThanOrEqual(24);
  });

  it("should stop at maxTokens with finishReason length", async () => {
    const result = await backend.doGenerate({ prompt, temperature: 0, maxTokens: 3, stop: [] });
    expect(result.finishReason).toBe("length");
    expect(result.usage.completionTokens).toBe(3);
  });

  it("should give the same text twice at temperature 0", async () => {
    const a = await backend.doGenerate({ prompt, temperature: 0, maxTokens: 40, stop: [] });
    const b = await backend.doGenerate({ prompt, temperature: 0, maxTokens: 40, stop: [] });
    expect(a.text.length).toBeGreaterThan(0);
    expect(b.text).toBe(a.text);
  });

  it("should give the same text twice with the same seed when sampling", async () => {
    const options = { prompt, temperature: 1.2, topP: 1, seed: 1234, maxTokens: 40, stop: [] };
    const a = await backend.doGenerate(options);
    const b = await backend.doGenerate(options);
    expect(b.text).toBe(a.text);
  });

  it("should end the answer before a stop sequence and never emit it", async () => {
    const free = await backend.doGenerate({ prompt, temperature: 0, maxTokens: 60, stop: [] });
    // A piece of the model's own greedy answer, so the stop is certain to come up.
    const start = Math.floor(free.text.length / 2);
    const stop = free.text.slice(start, start + 4);
    expect(stop.trim().length).toBeGreaterThan(0);
    const { deltas, finish } = await collect(backend.doStream({ prompt, temperature: 0, maxTokens: 60, stop: [stop] }));
    const text = deltas.join("");
    expect(text).toBe(free.text.slice(0, free.text.indexOf(stop)));
    expect(text).not.toContain(stop);
    expect(finish).toMatchObject({ type: "finish", finishReason: "stop" });
  });

  it("should answer with exactly one of the choices when choices are given", async () => {
    const choices = ["urgent", "routine", "self-care"];
    for (const seed of [1, 2, 3]) {
      const result = await backend.doGenerate({ prompt, choices, temperature: 1, seed });
      expect(choices).toContain(result.text);
      expect(result.finishReason).toBe("stop");
    }
  });

  it("should constrain to choices holding quotes, backslashes and newlines", async () => {
    const choices = ['say "yes"', "back\\slash", "two\nlines"];
    const result = await backend.doGenerate({ prompt, choices, temperature: 0 });
    expect(choices).toContain(result.text);
  });

  it("should refuse empty choices with InvalidInputError", async () => {
    await expect(backend.doGenerate({ prompt, choices: [] })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("should throw ContextTooLongError when the prompt does not fit in the context", async () => {
    const long = renderPrompt({ question: "fever and cough ".repeat(400) });
    const error = await backend.doGenerate({ prompt: long }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CONTEXT_TOO_LONG", contextSize: 512 });
    expect((error as { promptTokens: number }).promptTokens).toBeGreaterThan(512);
    // The backend is still usable.
    const after = await backend.doGenerate({ prompt, temperature: 0, maxTokens: 2 });
    expect(after.usage.completionTokens).toBeGreaterThan(0);
  });

  it("should stop generating soon after an abort mid-stream and throw AbortedError", async () => {
    const controller = new AbortController();
    let deltasAfterAbort = 0;
    const error = await (async () => {
      const seed = await longAnswerSeed();
      for await (const part of backend.doStream({ prompt, temperature: 1, seed, maxTokens: 400, stop: [], abortSignal: controller.signal })) {
        if (part.type !== "text-delta") continue;
        if (controller.signal.aborted) deltasAfterAbort++;
        else controller.abort();
      }
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ABORTED", name: "AbortedError" });
    // At most the chunks already produced when the signal fired, not the other ~400 tokens.
    expect(deltasAfterAbort).toBeLessThanOrEqual(2);
    const after = await backend.doGenerate({ prompt, temperature: 0, maxTokens: 3, stop: [] });
    expect(after.usage.completionTokens).toBe(3);
  });

  it("should throw AbortedError at once for an already aborted signal", async () => {
    await expect(backend.doGenerate({ prompt, abortSignal: AbortSignal.abort() })).rejects.toMatchObject({ code: "ABORTED" });
  });

  it("should stop generating when the consumer breaks out of the loop", async () => {
    let seen = 0;
    const seed = await longAnswerSeed();
    for await (const part of backend.doStream({ prompt, temperature: 1, seed, maxTokens: 400, stop: [] })) {
      if (part.type === "text-delta" && ++seen === 2) break;
    }
    expect(seen).toBe(2);
    const after = await backend.doGenerate({ prompt, temperature: 0, maxTokens: 3, stop: [] });
    expect(after.usage.completionTokens).toBe(3);
  });

  it("should run two requests one after the other when called concurrently", async () => {
    const [a, b] = await Promise.all([
      backend.doGenerate({ prompt, temperature: 0, maxTokens: 20, stop: [] }),
      backend.doGenerate({ prompt, temperature: 0, maxTokens: 20, stop: [] })
    ]);
    expect(a.text.length).toBeGreaterThan(0);
    expect(b.text).toBe(a.text);
  });
});

describe("dispose", () => {
  it("should free the model, be safe to call twice and refuse later use with DisposedError", async () => {
    const own = await createEmbeddedBackend({ model: modelPath, threads: 1, gpu: false, contextSize: 256 });
    await own.doGenerate({ prompt, temperature: 0, maxTokens: 2 });
    await own.dispose();
    await own[Symbol.asyncDispose]();
    expect(own.disposed).toBe(true);
    await expect(own.doGenerate({ prompt })).rejects.toMatchObject({ code: "DISPOSED", name: "DisposedError" });
    await expect(own.listModels()).rejects.toMatchObject({ code: "DISPOSED" });
    expect(await own.checkHealth()).toMatchObject({ ok: false });
  });

  it("should end a stream in progress with DisposedError", async () => {
    const own = await createEmbeddedBackend({ model: modelPath, threads: 1, gpu: false, contextSize: 512 });
    const seed = await longAnswerSeed();
    let disposing: Promise<void> | undefined;
    const error = await (async () => {
      for await (const part of own.doStream({ prompt, temperature: 1, seed, maxTokens: 400, stop: [] })) {
        if (part.type === "text-delta") disposing ??= own.dispose();
      }
    })().catch((e: unknown) => e);
    await disposing;
    expect(error).toMatchObject({ code: "DISPOSED" });
    expect(own.disposed).toBe(true);
  });
});
