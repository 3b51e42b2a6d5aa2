/**
 * Against a real Ollama, only when OLLAMA_HOST is set:
 *   OLLAMA_HOST=http://127.0.0.1:11434 [MEDSLM_LIVE_MODEL=medslm] npx vitest run src/backend/ollama-live
 * Uses MEDSLM_LIVE_MODEL, else the first model Ollama lists.
 */
import { describe, expect, it } from "vitest";
import { AbortedError } from "../errors/aborted-error.js";
import { ModelNotFoundError } from "../errors/model-not-found-error.js";
import { renderPrompt } from "../template/prompt-template.js";
import { createOllamaBackend } from "./ollama-backend.js";

const host = process.env.OLLAMA_HOST;

describe.runIf(host)("Ollama backend against a live server", () => {
  async function pickModel(): Promise<string> {
    if (process.env.MEDSLM_LIVE_MODEL) return process.env.MEDSLM_LIVE_MODEL;
    const lister = createOllamaBackend({ model: "unused", ...(host ? { host } : {}) });
    const models = await lister.listModels();
    await lister.dispose();
    const first = models[0];
    if (!first) throw new Error("The live Ollama has no models: pull one or set MEDSLM_LIVE_MODEL.");
    return first.name;
  }

  it("should report health, stream an answer and stop at the template's stops", async () => {
    const model = await pickModel();
    await using backend = createOllamaBackend({ model, ...(host ? { host } : {}) });
    const health = await backend.checkHealth();
    expect(health).toMatchObject({ ok: true, modelAvailable: true });
    expect(health.version).toMatch(/^\d+\.\d+/);

    let deltas = 0;
    let text = "";
    let finish: unknown;
    for await (const part of backend.doStream({
      prompt: renderPrompt({ question: "What is a normal body temperature?" }),
      stop: ["### Question:"],
      maxTokens: 24,
      temperature: 0,
      seed: 1
    })) {
      if (part.type === "text-delta") {
        deltas++;
        text += part.text;
      } else finish = part;
    }
    expect(deltas).toBeGreaterThan(0);
    expect(text).not.toContain("### Question:");
    expect(finish).toMatchObject({ type: "finish", usage: { completionTokens: expect.any(Number) } });
  });

  it("should constrain an answer to the given choices", async () => {
    const model = await pickModel();
    await using backend = createOllamaBackend({ model, ...(host ? { host } : {}) });
    const result = await backend.doGenerate({
      prompt: renderPrompt({ question: "Is paracetamol an analgesic? Answer yes or no." }),
      choices: ["yes", "no"],
      maxTokens: 8,
      temperature: 0
    });
    expect(["yes", "no"]).toContain(result.text);
  });

  it("should abort a live generation", async () => {
    const model = await pickModel();
    await using backend = createOllamaBackend({ model, ...(host ? { host } : {}) });
    const controller = new AbortController();
    const run = (async () => {
      for await (const part of backend.doStream({ prompt: renderPrompt({ question: "Explain hypertension." }), maxTokens: 400, abortSignal: controller.signal })) {
        if (part.type === "text-delta") controller.abort();
      }
    })();
    await expect(run).rejects.toBeInstanceOf(AbortedError);
  });

  it("should say how to get a model the server does not have", async () => {
    await using backend = createOllamaBackend({ model: "medslm-no-such-model-xyz", ...(host ? { host } : {}) });
    await expect(backend.doGenerate({ prompt: "hi" })).rejects.toBeInstanceOf(ModelNotFoundError);
  });
});
