import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startFakeOllamaServer, type FakeOllamaServer } from "../../test-support/fake-ollama-server.js";
import { AbortedError } from "../errors/aborted-error.js";
import { BackendResponseError } from "../errors/backend-response-error.js";
import { BackendUnavailableError } from "../errors/backend-unavailable-error.js";
import { ContextTooLongError } from "../errors/context-too-long-error.js";
import { DisposedError } from "../errors/disposed-error.js";
import { InvalidInputError } from "../errors/invalid-input-error.js";
import { InvalidModelFileError } from "../errors/invalid-model-file-error.js";
import { ModelNotFoundError } from "../errors/model-not-found-error.js";
import { MedslmTimeoutError } from "../errors/timeout-error.js";
import { defaultPromptTemplate, renderPrompt } from "../template/prompt-template.js";
import { generateModelfile } from "../template/modelfile.js";
import type { BackendStreamPart } from "./model-backend.js";
import { createOllamaBackend, normalizeOllamaHost, type OllamaBackend, type OllamaProgress } from "./ollama-backend.js";
import { deadPort } from "../../test-support/dead-port.js";

const PROMPT = renderPrompt({ question: "What is a normal resting heart rate?", context: { age: 54, medications: ["metformin"] } });
const STOP = [...defaultPromptTemplate.stop];

async function collect(stream: AsyncIterable<BackendStreamPart>): Promise<{ text: string; parts: BackendStreamPart[] }> {
  const parts: BackendStreamPart[] = [];
  for await (const part of stream) parts.push(part);
  return { text: parts.map((p) => (p.type === "text-delta" ? p.text : "")).join(""), parts };
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

/** A port with nothing listening on it. */

describe("createOllamaBackend", () => {
  let server: FakeOllamaServer;
  let backend: OllamaBackend;

  beforeEach(async () => {
    server = await startFakeOllamaServer();
    backend = createOllamaBackend({ model: "medslm", host: server.url, keepAlive: "10m" });
  });
  afterEach(async () => {
    await backend.dispose();
    await server.close();
  });

  describe("doStream", () => {
    it("should stream the answer token by token and send the prompt raw", async () => {
      server.script.push({ tokens: ["A normal", " resting", " rate is", " 60 to 100", " beats per minute."] });
      const { text, parts } = await collect(
        backend.doStream({ prompt: PROMPT, stop: STOP, temperature: 0.2, topP: 0.9, maxTokens: 64, seed: 7 })
      );
      expect(text).toBe("A normal resting rate is 60 to 100 beats per minute.");
      expect(parts.filter((p) => p.type === "text-delta")).toHaveLength(5);
      expect(parts.at(-1)).toEqual({ type: "finish", finishReason: "stop", usage: { promptTokens: expect.any(Number), completionTokens: 5 } });

      const sent = server.requests.find((r) => r.path === "/api/generate");
      expect(sent?.body).toEqual({
        model: "medslm",
        prompt: PROMPT,
        raw: true,
        stream: true,
        keep_alive: "10m",
        options: { temperature: 0.2, top_p: 0.9, num_predict: 64, seed: 7, stop: STOP }
      });
    });

    it("should report finishReason length when maxTokens cuts the answer", async () => {
      server.script.push({ tokens: "one two three four five six" });
      const result = await backend.doGenerate({ prompt: PROMPT, maxTokens: 3 });
      expect(result.text).toBe("one two three");
      expect(result.finishReason).toBe("length");
      expect(result.usage.completionTokens).toBe(3);
    });

    it("should never return the stop text when Ollama applies the stops", async () => {
      server.script.push({ tokens: ["Drink water.", "\n\n###", " Question:", " next"] });
      const result = await backend.doGenerate({ prompt: PROMPT, stop: STOP });
      expect(result.text).toBe("Drink water.\n\n");
      expect(result.finishReason).toBe("stop");
    });

    it("should cut at a stop sequence split across tokens when the server ignores stops, and close the request", async () => {
      const ignoring = await startFakeOllamaServer({ applyStops: false, tokenIntervalMs: 20 });
      const client = createOllamaBackend({ model: "medslm", host: ignoring.url });
      try {
        const after = Array.from({ length: 50 }, (_, i) => ` more${i}`);
        ignoring.script.push({ tokens: ["Rest", " and fluids.", "\n### Qu", "estion:", " Is", " it", " bad?", ...after] });
        const result = await client.doGenerate({ prompt: PROMPT, stop: STOP });
        expect(result.text).toBe("Rest and fluids.\n");
        expect(result.finishReason).toBe("stop");
        const closed = await ignoring.waitForClientClose();
        expect(closed.tokensSent).toBeLessThan(20);
      } finally {
        await client.dispose();
        await ignoring.close();
      }
    });

    it("should constrain the answer to one of `choices` through Ollama's JSON-schema format", async () => {
      expect(backend.capabilities.constrainedChoices).toBe(true);
      server.script.push({ tokens: "maybe" });
      const result = await backend.doGenerate({ prompt: PROMPT, choices: ["yes", "no"] });
      expect(result.text).toBe("yes");
      const sent = server.requests.find((r) => r.path === "/api/generate")?.body as Record<string, unknown>;
      expect(sent.format).toEqual({ type: "string", enum: ["yes", "no"] });
    });

    it("should refuse an empty prompt with a typed error", async () => {
      const error = await caught(backend.doGenerate({ prompt: "" }));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(server.requests).toHaveLength(0);
    });
  });

  describe("abort", () => {
    it("should end with AbortedError and close the HTTP request when aborted mid-stream", async () => {
      const slow = await startFakeOllamaServer({ tokenIntervalMs: 20 });
      const client = createOllamaBackend({ model: "medslm", host: slow.url });
      try {
        slow.script.push({ tokens: Array.from({ length: 200 }, (_, i) => ` t${i}`) });
        const controller = new AbortController();
        let received = 0;
        const error = await caught(
          (async () => {
            for await (const part of client.doStream({ prompt: PROMPT, abortSignal: controller.signal })) {
              if (part.type === "text-delta" && ++received === 3) controller.abort();
            }
          })()
        );
        expect(error).toBeInstanceOf(AbortedError);
        expect((error as AbortedError).code).toBe("ABORTED");
        const closed = await slow.waitForClientClose();
        expect(closed.path).toBe("/api/generate");
        expect(closed.tokensSent).toBeLessThan(20);
      } finally {
        await client.dispose();
        await slow.close();
      }
    });

    it("should close the HTTP request when the consumer stops reading early", async () => {
      const slow = await startFakeOllamaServer({ tokenIntervalMs: 10 });
      const client = createOllamaBackend({ model: "medslm", host: slow.url });
      try {
        slow.script.push({ tokens: Array.from({ length: 200 }, (_, i) => ` t${i}`) });
        for await (const part of client.doStream({ prompt: PROMPT })) {
          if (part.type === "text-delta") break;
        }
        const closed = await slow.waitForClientClose();
        expect(closed.tokensSent).toBeLessThan(50);
      } finally {
        await client.dispose();
        await slow.close();
      }
    });

    it("should not send anything when the signal is already aborted", async () => {
      const controller = new AbortController();
      controller.abort();
      const error = await caught(backend.doGenerate({ prompt: PROMPT, abortSignal: controller.signal }));
      expect(error).toBeInstanceOf(AbortedError);
      expect(server.requests).toHaveLength(0);
    });
  });

  describe("errors", () => {
    it("should say how to start Ollama when nothing listens at the host", async () => {
      const port = await deadPort();
      const down = createOllamaBackend({ model: "medslm", host: `127.0.0.1:${port}` });
      const error = await caught(down.doGenerate({ prompt: PROMPT }));
      expect(error).toBeInstanceOf(BackendUnavailableError);
      expect((error as BackendUnavailableError).code).toBe("BACKEND_UNAVAILABLE");
      expect((error as Error).message).toContain(`http://127.0.0.1:${port}`);
      expect((error as Error).message).toContain("ollama serve");
      expect((error as Error).message).toContain("OLLAMA_HOST");
      expect((error as Error).message).not.toMatch(/fetch failed|ECONNREFUSED/);
      await expect(down.listModels()).rejects.toBeInstanceOf(BackendUnavailableError);
    });

    it("should say how to get a model Ollama does not have", async () => {
      const missing = createOllamaBackend({ model: "no-such-model", host: server.url });
      const error = await caught(missing.doGenerate({ prompt: PROMPT }));
      expect(error).toBeInstanceOf(ModelNotFoundError);
      expect((error as ModelNotFoundError).model).toBe("no-such-model");
      expect((error as Error).message).toContain("ollama pull no-such-model");
      expect((error as Error).message).toContain("medslm create");
    });

    it("should fail a malformed stream with BackendResponseError instead of dropping the line", async () => {
      const warn = vi.spyOn(console, "warn");
      server.script.push({ tokens: "some words that keep coming", malformedAfter: 2 });
      const parts: string[] = [];
      const error = await caught(
        (async () => {
          for await (const part of backend.doStream({ prompt: PROMPT })) if (part.type === "text-delta") parts.push(part.text);
        })()
      );
      expect(error).toBeInstanceOf(BackendResponseError);
      expect((error as Error).message).toContain("not JSON");
      expect(parts.join("")).toBe("some words");
      expect(warn).not.toHaveBeenCalled();
      warn.mockRestore();
    });

    it("should pass on an error Ollama sends inside the stream", async () => {
      server.script.push({ tokens: "partial answer", errorAfter: { tokens: 1, message: "llama runner process has terminated" } });
      const error = await caught(backend.doGenerate({ prompt: PROMPT }));
      expect(error).toBeInstanceOf(BackendResponseError);
      expect((error as Error).message).toContain("llama runner process has terminated");
    });

    it("should turn a context-length error into ContextTooLongError", async () => {
      server.script.push({ tokens: "", httpError: { status: 400, error: "input length exceeds the context length" } });
      await expect(backend.doGenerate({ prompt: PROMPT })).rejects.toBeInstanceOf(ContextTooLongError);
    });

    it("should report a stream that ends before `done`", async () => {
      server.script.push({ tokens: "cut short here", endWithoutDoneAfter: 2 });
      const error = await caught(backend.doGenerate({ prompt: PROMPT }));
      expect(error).toBeInstanceOf(BackendResponseError);
      expect((error as Error).message).toContain("ended before");
    });

    it("should report a connection dropped mid-answer as retryable", async () => {
      server.script.push({ tokens: "cut short here", dropConnectionAfter: 2 });
      const error = await caught(backend.doGenerate({ prompt: PROMPT }));
      expect(error).toBeInstanceOf(BackendResponseError);
      expect((error as BackendResponseError).isRetryable).toBe(true);
      expect((error as Error).message).not.toContain("terminated");
    });

    it("should carry the status of a server error", async () => {
      server.script.push({ tokens: "", httpError: { status: 500, error: "CUDA error: out of memory" } });
      const error = await caught(backend.doGenerate({ prompt: PROMPT }));
      expect(error).toBeInstanceOf(BackendResponseError);
      expect((error as BackendResponseError).status).toBe(500);
      expect((error as Error).message).toContain("CUDA error: out of memory");
    });

    it("should time out when Ollama does not start answering in time", async () => {
      const impatient = createOllamaBackend({ model: "medslm", host: server.url, requestTimeoutMs: 100 });
      // Ollama sends the headers with the first token, after loading the model.
      server.script.push({ tokens: "late", firstTokenDelayMs: 1000 });
      const error = await caught(impatient.doGenerate({ prompt: PROMPT }));
      expect(error).toBeInstanceOf(MedslmTimeoutError);
      expect((error as MedslmTimeoutError).timeoutMs).toBe(100);
      expect((await server.waitForClientClose()).path).toBe("/api/generate");
    });

    it("should explain a server that is not Ollama, without the ollama client printing to stdout", async () => {
      const log = vi.spyOn(console, "log");
      const error = await caught(
        createOllamaBackend({ model: "medslm", host: server.url, fetch: (_input, init) => fetch(`${server.url}/not-an-api`, init) }).listModels()
      );
      expect(error).toBeInstanceOf(BackendResponseError);
      expect((error as Error).message).toContain("does not speak Ollama's API");
      expect(log).not.toHaveBeenCalled();
      log.mockRestore();
    });
  });

  describe("models", () => {
    it("should list the models from /api/tags", async () => {
      const models = await backend.listModels();
      expect(models).toEqual([
        expect.objectContaining({ name: "medslm:latest", sizeBytes: 68_000_000, modifiedAt: expect.any(String) })
      ]);
    });

    it("should report health with the server version and the model's presence", async () => {
      expect(await backend.checkHealth()).toEqual({ ok: true, version: "0.12.6", modelAvailable: true });
      const missing = createOllamaBackend({ model: "other", host: server.url });
      const health = await missing.checkHealth();
      expect(health).toMatchObject({ ok: true, modelAvailable: false });
      expect(health.hint).toContain("ollama pull other");
    });

    it("should report an unreachable server in checkHealth without throwing", async () => {
      const down = createOllamaBackend({ model: "medslm", host: `http://127.0.0.1:${await deadPort()}` });
      const health = await down.checkHealth();
      expect(health.ok).toBe(false);
      expect(health.hint).toContain("ollama serve");
    });

    it("should show a model's template and parameters, and name a missing one", async () => {
      const info = await backend.showModel();
      expect(info.template).toBe("{{ .Prompt }}");
      expect(info.parameters).toContain("### Question:");
      expect(info.modelInfo).toMatchObject({ "llama.context_length": 2048 });
      const error = await caught(backend.showModel({ model: "ghost" }));
      expect(error).toBeInstanceOf(ModelNotFoundError);
      expect((error as ModelNotFoundError).model).toBe("ghost");
    });
  });

  describe("createModel", () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), "medslm-ollama-"));
    });
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it("should upload a local GGUF, create the model from the Modelfile and report progress", async () => {
      const gguf = join(dir, "medslm-tiny.gguf");
      await writeFile(gguf, Buffer.concat([Buffer.from("GGUF"), Buffer.alloc(300_000, 7)]));
      const modelfile = generateModelfile({ from: "./medslm-tiny.gguf", license: "Apache-2.0" });
      const progress: OllamaProgress[] = [];
      await backend.createModel({ name: "medslm-new", modelfile, baseDir: dir, onProgress: (p) => progress.push(p) });

      const upload = server.requests.find((r) => r.method === "POST" && r.path.startsWith("/api/blobs/"));
      expect(upload?.body).toBe(300_004);
      const create = server.requests.find((r) => r.path === "/api/create")?.body as Record<string, unknown>;
      expect(create.model).toBe("medslm-new");
      expect(create.from).toBeUndefined();
      expect(Object.keys(create.files as object)).toEqual(["medslm-tiny.gguf"]);
      expect(create.template).toContain("{{ .Prompt }}");
      expect(create.license).toEqual(["Apache-2.0"]);
      expect(create.parameters).toEqual({ temperature: 0.7, top_p: 0.9, stop: STOP });
      expect(progress.some((p) => p.status.startsWith("uploading") && p.completed === 300_004)).toBe(true);
      expect(progress.at(-1)?.status).toBe("success");
      expect((await backend.listModels()).map((m) => m.name)).toContain("medslm-new:latest");

      // The blob is already there the second time: no upload.
      await backend.createModel({ name: "medslm-again", modelfile, baseDir: dir });
      expect(server.requests.filter((r) => r.method === "POST" && r.path.startsWith("/api/blobs/"))).toHaveLength(1);
    });

    it("should create from a base model name with a template and parameters", async () => {
      await backend.createModel({ name: "medslm-cool", from: "medslm", template: "{{ .Prompt }}", parameters: { temperature: 0.1 } });
      const create = server.requests.find((r) => r.path === "/api/create")?.body as Record<string, unknown>;
      expect(create).toMatchObject({ model: "medslm-cool", from: "medslm", template: "{{ .Prompt }}", parameters: { temperature: 0.1 }, stream: true });
    });

    it("should report an unknown base model that Ollama cannot pull", async () => {
      const error = await caught(backend.createModel({ name: "x", from: "nowhere-model" }));
      expect(error).toBeInstanceOf(BackendResponseError);
      expect((error as Error).message).toContain("pull model manifest");
    });

    it("should refuse a GGUF path that does not exist", async () => {
      const error = await caught(backend.createModel({ name: "x", from: "./missing.gguf", baseDir: dir }));
      expect(error).toBeInstanceOf(InvalidModelFileError);
      expect(server.requests).toHaveLength(0);
    });
  });

  describe("dispose", () => {
    it("should be safe twice, work with await using, and refuse use afterwards", async () => {
      await backend.dispose();
      await backend.dispose();
      expect(backend.disposed).toBe(true);
      await expect(backend.doGenerate({ prompt: PROMPT })).rejects.toBeInstanceOf(DisposedError);
      await expect(backend.listModels()).rejects.toBeInstanceOf(DisposedError);
      expect((await backend.checkHealth()).ok).toBe(false);

      const scoped = createOllamaBackend({ model: "medslm", host: server.url });
      {
        await using held = scoped;
        expect(held.disposed).toBe(false);
      }
      expect(scoped.disposed).toBe(true);
    });

    it("should cancel a running stream on dispose", async () => {
      const slow = await startFakeOllamaServer({ tokenIntervalMs: 20 });
      const client = createOllamaBackend({ model: "medslm", host: slow.url });
      slow.script.push({ tokens: Array.from({ length: 200 }, (_, i) => ` t${i}`) });
      const error = await caught(
        (async () => {
          for await (const part of client.doStream({ prompt: PROMPT })) if (part.type === "text-delta") await client.dispose();
        })()
      );
      expect(error).toBeInstanceOf(DisposedError);
      expect((await slow.waitForClientClose()).path).toBe("/api/generate");
      await slow.close();
    });
  });

  describe("host", () => {
    it("should take OLLAMA_HOST when no host is given, as Ollama formats it", async () => {
      const fromEnv = createOllamaBackend({ model: "medslm", env: { OLLAMA_HOST: `127.0.0.1:${server.port}` } });
      expect(fromEnv.host).toBe(server.url);
      expect(await fromEnv.listModels()).toHaveLength(1);
      expect(createOllamaBackend({ model: "medslm", env: {} }).host).toBe("http://127.0.0.1:11434");
      expect(normalizeOllamaHost("0.0.0.0")).toBe("http://0.0.0.0:11434");
      expect(normalizeOllamaHost("https://ollama.example.com/")).toBe("https://ollama.example.com");
      expect(normalizeOllamaHost(":8080")).toBe("http://127.0.0.1:8080");
    });
  });
});
