import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAIServer, type FakeOpenAIServer } from "../../../../packages/core/test-support/fake-openai-server.js";
import { cleanEnv, runCli, stackFrames } from "../testing/run-cli.js";

const ANSWER = "Paracetamol and ibuprofen both relieve fever; follow the dose on the pack.";
let server: FakeOpenAIServer;

beforeAll(async () => {
  server = await startFakeOpenAIServer({ models: ["medslm-7b"], apiKey: "sk-test", reply: ANSWER });
});

afterAll(async () => {
  await server.close();
});

describe("medslm ask (OpenAI-compatible server)", () => {
  it("should stream from the server named by --base-url, with the key from MEDSLM_OPENAI_API_KEY", async () => {
    const result = await runCli(["ask", "--backend", "openai-compatible", "--base-url", server.baseURL, "--model", "medslm-7b", "What helps a fever?"], {
      env: cleanEnv({ MEDSLM_OPENAI_API_KEY: "sk-test" })
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(ANSWER);
    const request = server.requests.find((r) => r.path === "/v1/completions");
    expect(request?.headers.authorization).toBe("Bearer sk-test");
    expect((request?.body as { prompt: string }).prompt).toContain("### Question:\nWhat helps a fever?\n");
  });

  it("should take the server and model from the environment", async () => {
    const result = await runCli(["ask", "--json", "What helps a fever?"], {
      env: cleanEnv({ MEDSLM_BACKEND: "openai-compatible", MEDSLM_OPENAI_BASE_URL: server.baseURL, MEDSLM_MODEL: "medslm-7b", MEDSLM_OPENAI_API_KEY: "sk-test" })
    });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ answer: ANSWER, backend: "openai-compatible", model: "medslm-7b" });
  });

  it("should exit 3 and say what to give when the base URL is missing", async () => {
    const result = await runCli(["ask", "--backend", "openai-compatible", "hello"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("--base-url");
    expect(stackFrames(result.stderr)).toEqual([]);
  });

  it("should ask the model a guard prompt first with --guard, which can raise a question to emergency", async () => {
    const guarded = await startFakeOpenAIServer({
      models: ["medslm-7b"],
      reply: (prompt) => (prompt.includes("Triage the patient message") ? "emergency" : prompt.includes("Classify the request") ? "none" : ANSWER)
    });
    try {
      const args = ["ask", "--json", "--backend", "openai-compatible", "--base-url", guarded.baseURL, "--model", "medslm-7b"];
      const result = await runCli([...args, "--guard", "What helps a mild sore throat?"]);
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ triage: "emergency", triageMessage: expect.stringMatching(/911/), answer: ANSWER });
      expect(guarded.requests.filter((r) => r.path === "/v1/completions")).toHaveLength(3);

      const plain = await runCli([...args, "--no-triage-model", "What helps a mild sore throat?"]);
      expect(JSON.parse(plain.stdout)).toMatchObject({ triage: "routine", answer: ANSWER });
      expect(guarded.requests.filter((r) => r.path === "/v1/completions")).toHaveLength(4);
    } finally {
      await guarded.close();
    }
  });
});
