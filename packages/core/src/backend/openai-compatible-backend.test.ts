import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeOpenAIServer, type FakeOpenAIServer } from "../../test-support/fake-openai-server.js";
import { AbortedError } from "../errors/aborted-error.js";
import { BackendResponseError } from "../errors/backend-response-error.js";
import { BackendUnavailableError } from "../errors/backend-unavailable-error.js";
import { ContextTooLongError } from "../errors/context-too-long-error.js";
import { DisposedError } from "../errors/disposed-error.js";
import { InvalidInputError } from "../errors/invalid-input-error.js";
import { ModelNotFoundError } from "../errors/model-not-found-error.js";
import { MedslmTimeoutError } from "../errors/timeout-error.js";
import { defaultPromptTemplate, renderPrompt } from "../template/prompt-template.js";
import type { BackendStreamPart } from "./model-backend.js";
import { createOpenAICompatibleBackend, normalizeBaseURL, type OpenAICompatibleBackend } from "./openai-compatible-backend.js";
import { deadPort } from "../../test-support/dead-port.js";

const PROMPT = renderPrompt({ question: "Can I take ibuprofen with lisinopril?" });
const STOP = [...defaultPromptTemplate.stop];

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}


describe("createOpenAICompatibleBackend", () => {
  let server: FakeOpenAIServer;
  let backend: OpenAICompatibleBackend;

  beforeEach(async () => {
    server = await startFakeOpenAIServer();
    backend = createOpenAICompatibleBackend({ baseURL: server.baseURL, model: "medslm", maxRetries: 0 });
  });
  afterEach(async () => {
    await backend.dispose();
    await server.close();
  });

  describe("doStream", () => {
    it("should stream a completion of the rendered prompt through /v1/completions", async () => {
      server.script.push({ tokens: ["NSAIDs", " can", " blunt", " ACE inhibitors."] });
      const parts: BackendStreamPart[] = [];
      for await (const part of backend.doStream({ prompt: PROMPT, stop: STOP, temperature: 0.3, topP: 0.8, maxTokens: 100, seed: 3 })) parts.push(part);
      expect(parts.filter((p) => p.type === "text-delta").map((p) => (p.type === "text-delta" ? p.text : ""))).toEqual([
        "NSAIDs",
        " can",
        " blunt",
        " ACE inhibitors."
      ]);
      expect(parts.at(-1)).toEqual({ type: "finish", finishReason: "stop", usage: { promptTokens: expect.any(Number), completionTokens: 4 } });
      const sent = server.requests.find((r) => r.path === "/v1/completions");
      expect(sent?.body).toEqual({
        model: "medslm",
        prompt: PROMPT,
        stream: true,
        max_tokens: 100,
        temperature: 0.3,
        top_p: 0.8,
        seed: 3,
        stop: STOP,
        stream_options: { include_usage: true }
      });
    });

    it("should always send max_tokens, since the API's default is 16", async () => {
      await backend.doGenerate({ prompt: PROMPT });
      expect((server.requests[0]?.body as Record<string, unknown>).max_tokens).toBe(512);
    });

    it("should report finishReason length", async () => {
      server.script.push({ tokens: "a b c d e f" });
      const result = await backend.doGenerate({ prompt: PROMPT, maxTokens: 2 });
      expect(result).toMatchObject({ text: "a b", finishReason: "length" });
    });

    it("should send at most four stops and cut the others client-side", async () => {
      const ignoring = await startFakeOpenAIServer({ applyStops: false, tokenIntervalMs: 10 });
      const client = createOpenAICompatibleBackend({ baseURL: ignoring.baseURL, model: "medslm", maxRetries: 0 });
      try {
        ignoring.script.push({ tokens: ["Yes,", " with care.", "\nEND", "-OF-ANSWER", ...Array.from({ length: 40 }, () => " more")] });
        const result = await client.doGenerate({ prompt: PROMPT, stop: [...STOP, "END-OF-ANSWER"] });
        expect(result.text).toBe("Yes, with care.\n");
        expect((ignoring.requests[0]?.body as { stop: string[] }).stop).toEqual(STOP);
        const closed = await ignoring.waitForClientClose();
        expect(closed.tokensSent).toBeLessThan(20);
      } finally {
        await client.dispose();
        await ignoring.close();
      }
    });

    it("should ask for a constrained choice only in a mode the server supports", async () => {
      expect(backend.capabilities.constrainedChoices).toBe(false);
      await backend.doGenerate({ prompt: PROMPT, choices: ["yes", "no"] });
      expect(server.requests[0]?.body).not.toHaveProperty("grammar");

      const llama = createOpenAICompatibleBackend({ baseURL: server.baseURL, model: "medslm", choiceMode: "llama-cpp", maxRetries: 0 });
      expect(llama.capabilities.constrainedChoices).toBe(true);
      await llama.doGenerate({ prompt: PROMPT, choices: ["yes", 'say "no"'] });
      expect((server.requests[1]?.body as Record<string, unknown>).grammar).toBe('root ::= "yes" | "say \\"no\\""');
    });

    it("should refuse an invalid maxTokens before sending", async () => {
      await expect(backend.doGenerate({ prompt: PROMPT, maxTokens: 0 })).rejects.toBeInstanceOf(InvalidInputError);
      expect(server.requests).toHaveLength(0);
    });
  });

  describe("abort", () => {
    it("should end with AbortedError and close the HTTP request when aborted mid-stream", async () => {
      const slow = await startFakeOpenAIServer({ tokenIntervalMs: 20 });
      const client = createOpenAICompatibleBackend({ baseURL: slow.baseURL, model: "medslm", maxRetries: 0 });
      try {
        slow.script.push({ tokens: Array.from({ length: 200 }, (_, i) => ` w${i}`) });
        const controller = new AbortController();
        let received = 0;
        const error = await caught(
          (async () => {
            for await (const part of client.doStream({ prompt: PROMPT, maxTokens: 500, abortSignal: controller.signal })) {
              if (part.type === "text-delta" && ++received === 2) controller.abort();
            }
          })()
        );
        expect(error).toBeInstanceOf(AbortedError);
        const closed = await slow.waitForClientClose();
        expect(closed.tokensSent).toBeLessThan(20);
      } finally {
        await client.dispose();
        await slow.close();
      }
    });

    it("should cancel a running stream on dispose, and refuse use afterwards", async () => {
      const slow = await startFakeOpenAIServer({ tokenIntervalMs: 20 });
      const client = createOpenAICompatibleBackend({ baseURL: slow.baseURL, model: "medslm", maxRetries: 0 });
      slow.script.push({ tokens: Array.from({ length: 200 }, (_, i) => ` w${i}`) });
      const error = await caught(
        (async () => {
          for await (const part of client.doStream({ prompt: PROMPT, maxTokens: 500 })) if (part.type === "text-delta") await client.dispose();
        })()
      );
      expect(error).toBeInstanceOf(DisposedError);
      await slow.waitForClientClose();
      await client.dispose();
      await expect(client.listModels()).rejects.toBeInstanceOf(DisposedError);
      await slow.close();
    });
  });

  describe("errors", () => {
    it("should name the base URL and how to start a server when nothing listens", async () => {
      const url = `http://127.0.0.1:${await deadPort()}/v1`;
      const down = createOpenAICompatibleBackend({ baseURL: url, model: "medslm", maxRetries: 0 });
      const error = await caught(down.doGenerate({ prompt: PROMPT }));
      expect(error).toBeInstanceOf(BackendUnavailableError);
      expect((error as Error).message).toContain(url);
      expect((error as Error).message).toContain("vllm serve");
      expect((error as Error).message).not.toMatch(/Connection error|fetch failed/);
      const health = await down.checkHealth();
      expect(health.ok).toBe(false);
    });

    it("should turn vLLM's 404 for an unknown model into ModelNotFoundError", async () => {
      const missing = createOpenAICompatibleBackend({ baseURL: server.baseURL, model: "ghost", maxRetries: 0 });
      const error = await caught(missing.doGenerate({ prompt: PROMPT }));
      expect(error).toBeInstanceOf(ModelNotFoundError);
      expect((error as ModelNotFoundError).model).toBe("ghost");
      expect((error as Error).message).toContain(`${server.baseURL}/models`);
    });

    it("should turn a context-length 400 into ContextTooLongError with the sizes", async () => {
      const small = await startFakeOpenAIServer({ contextSize: 50 });
      const client = createOpenAICompatibleBackend({ baseURL: small.baseURL, model: "medslm", maxRetries: 0 });
      try {
        const error = await caught(client.doGenerate({ prompt: PROMPT, maxTokens: 40 }));
        expect(error).toBeInstanceOf(ContextTooLongError);
        expect((error as ContextTooLongError).contextSize).toBe(50);
        expect((error as ContextTooLongError).promptTokens).toBeGreaterThan(10);
      } finally {
        await small.close();
      }
    });

    it("should time out when the server does not start answering in time", async () => {
      const impatient = createOpenAICompatibleBackend({ baseURL: server.baseURL, model: "medslm", maxRetries: 0, requestTimeoutMs: 100 });
      server.script.push({ tokens: "late", firstTokenDelayMs: 1000 });
      const error = await caught(impatient.doGenerate({ prompt: PROMPT }));
      expect(error).toBeInstanceOf(MedslmTimeoutError);
      expect((error as MedslmTimeoutError).timeoutMs).toBe(100);
    });

    it("should keep the server's words for other errors", async () => {
      server.script.push({ tokens: "", httpError: { status: 500, body: { object: "error", message: "CUDA out of memory", type: "InternalServerError", code: 500 } } });
      const error = await caught(backend.doGenerate({ prompt: PROMPT }));
      expect(error).toBeInstanceOf(BackendResponseError);
      expect((error as BackendResponseError).status).toBe(500);
      expect((error as Error).message).toContain("CUDA out of memory");
    });

    it("should ask for the API key on a 401", async () => {
      const locked = await startFakeOpenAIServer({ apiKey: "secret" });
      try {
        const anonymous = createOpenAICompatibleBackend({ baseURL: locked.baseURL, model: "medslm", maxRetries: 0 });
        const error = await caught(anonymous.doGenerate({ prompt: PROMPT }));
        expect(error).toBeInstanceOf(BackendResponseError);
        expect((error as Error).message).toContain("API key");
        const keyed = createOpenAICompatibleBackend({ baseURL: locked.baseURL, model: "medslm", apiKey: "secret", maxRetries: 0 });
        expect((await keyed.doGenerate({ prompt: PROMPT })).text).toBe("A fake completion.");
      } finally {
        await locked.close();
      }
    });

    it("should fail a malformed event stream with BackendResponseError", async () => {
      server.script.push({ tokens: "one two three", malformedAfter: 1 });
      const error = await caught(backend.doGenerate({ prompt: PROMPT }));
      expect(error).toBeInstanceOf(BackendResponseError);
      expect((error as Error).message).toContain("not JSON");
    });

    it("should pass on an error event inside the stream", async () => {
      server.script.push({ tokens: "one two three", errorAfter: { tokens: 1, message: "engine crashed" } });
      const error = await caught(backend.doGenerate({ prompt: PROMPT }));
      expect(error).toBeInstanceOf(BackendResponseError);
      expect((error as Error).message).toContain("engine crashed");
    });

    it("should pass on older vLLM's error object inside the stream", async () => {
      server.script.push({ tokens: "one two three", errorAfter: { tokens: 2, message: "This model's maximum context length is 2048 tokens.", legacyShape: true } });
      await expect(backend.doGenerate({ prompt: PROMPT })).rejects.toBeInstanceOf(ContextTooLongError);
      server.script.push({ tokens: "one two three", errorAfter: { tokens: 1, message: "engine dead", legacyShape: true } });
      const error = await caught(backend.doGenerate({ prompt: PROMPT }));
      expect(error).toBeInstanceOf(BackendResponseError);
      expect((error as Error).message).toContain("engine dead");
    });

    it("should report a stream that ends before the server finished", async () => {
      server.script.push({ tokens: "one two three", endEarlyAfter: 2 });
      const error = await caught(backend.doGenerate({ prompt: PROMPT }));
      expect(error).toBeInstanceOf(BackendResponseError);
      expect((error as Error).message).toContain("ended before");
    });

    it("should explain a base URL without the API", async () => {
      const wrong = createOpenAICompatibleBackend({ baseURL: `${server.baseURL}/nothing`, model: "medslm", maxRetries: 0 });
      const error = await caught(wrong.doGenerate({ prompt: PROMPT }));
      expect(error).toBeInstanceOf(BackendResponseError);
      expect((error as Error).message).toContain("ends in /v1");
    });
  });

  describe("models", () => {
    it("should list models from /v1/models and check health", async () => {
      expect(await backend.listModels()).toEqual([expect.objectContaining({ name: "medslm", modifiedAt: expect.any(String) })]);
      expect(await backend.checkHealth()).toEqual({ ok: true, modelAvailable: true });
      const other = createOpenAICompatibleBackend({ baseURL: server.baseURL, model: "other", maxRetries: 0 });
      const health = await other.checkHealth();
      expect(health).toMatchObject({ ok: true, modelAvailable: false });
      expect(health.hint).toContain("medslm");
    });

    it("should add /v1 to a bare host and refuse a non-URL", () => {
      expect(normalizeBaseURL("http://127.0.0.1:8000")).toBe("http://127.0.0.1:8000/v1");
      expect(normalizeBaseURL("http://gpu-box:8000/v1/")).toBe("http://gpu-box:8000/v1");
      expect(() => normalizeBaseURL("gpu-box:8000")).toThrow(InvalidInputError);
    });
  });
});
