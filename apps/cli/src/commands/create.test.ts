import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { generateModelfile } from "@medslm/core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startFakeOllamaServer, type FakeOllamaServer } from "../../../../packages/core/test-support/fake-ollama-server.js";
import { tempDir, writeEmptyGguf } from "../testing/empty-gguf.js";
import { cleanEnv, runCli, stackFrames } from "../testing/run-cli.js";

let ollama: FakeOllamaServer;
let dir: string;

beforeAll(async () => {
  ollama = await startFakeOllamaServer({ models: [] });
});

afterEach(async () => {
  ollama.requests.length = 0;
  if (dir) await rm(dir, { recursive: true, force: true });
});

afterAll(async () => {
  await ollama.close();
});

function create(args: readonly string[]) {
  return runCli(["create", ...args], { env: cleanEnv({ OLLAMA_HOST: ollama.url }) });
}

describe("medslm create", () => {
  it("should write the Modelfile beside the GGUF and create the model in Ollama", async () => {
    dir = await tempDir();
    const gguf = await writeEmptyGguf(dir, "medslm.Q4_K_M.gguf");
    const result = await create([gguf]);
    expect(result.code, result.stderr).toBe(0);
    expect(stackFrames(result.stderr)).toEqual([]);

    // Step 2 of the seed: the Modelfile, FROM relative to itself.
    expect(await readFile(join(dir, "Modelfile"), "utf8")).toBe(generateModelfile({ from: "./medslm.Q4_K_M.gguf" }));
    // Step 3: the GGUF uploaded as a blob, then /api/create with the template and parameters.
    const upload = ollama.requests.find((r) => r.method === "POST" && r.path.startsWith("/api/blobs/"));
    expect(upload?.body).toBe(24);
    const request = ollama.requests.find((r) => r.path === "/api/create")?.body as {
      model: string;
      files: Record<string, string>;
      template: string;
      parameters: { temperature: number; top_p: number; stop: string[] };
    };
    expect(request.model).toBe("medslm");
    expect(Object.keys(request.files)).toEqual(["medslm.Q4_K_M.gguf"]);
    expect(request.template).toContain("{{ .Prompt }}");
    expect(request.parameters).toMatchObject({ temperature: 0.7, top_p: 0.9 });
    expect(request.parameters.stop).toContain("### Question:");
    expect(ollama.models.has("medslm:latest")).toBe(true);
    expect(result.stdout).toContain('Created Ollama model "medslm"');
  });

  it("should use --name for the model", async () => {
    dir = await tempDir();
    const gguf = await writeEmptyGguf(dir);
    const result = await create([gguf, "--name", "medslm-test"]);
    expect(result.code, result.stderr).toBe(0);
    expect(ollama.models.has("medslm-test:latest")).toBe(true);
    expect(result.stdout).toContain("medslm ask --model medslm-test");
  });

  it("should not replace a different Modelfile unless --force is given", async () => {
    dir = await tempDir();
    const gguf = await writeEmptyGguf(dir);
    await writeFile(join(dir, "Modelfile"), "FROM llama3\n");
    const refused = await create([gguf]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--force");
    expect(await readFile(join(dir, "Modelfile"), "utf8")).toBe("FROM llama3\n");
    expect(ollama.requests.some((r) => r.path === "/api/create")).toBe(false);

    const forced = await create([gguf, "--force"]);
    expect(forced.code).toBe(0);
    expect(await readFile(join(dir, "Modelfile"), "utf8")).toBe(generateModelfile({ from: "./medslm.gguf" }));
  });

  it("should exit 4 for a file that is not a GGUF, before talking to Ollama", async () => {
    dir = await tempDir();
    const path = join(dir, "model.safetensors");
    await writeFile(path, "{}");
    const result = await create([path]);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain("error [INVALID_MODEL_FILE]");
    expect(ollama.requests).toHaveLength(0);
  });

  it("should exit 3 and name `ollama serve` when Ollama is down", async () => {
    dir = await tempDir();
    const gguf = await writeEmptyGguf(dir);
    const result = await runCli(["create", gguf], { env: cleanEnv({ OLLAMA_HOST: "http://127.0.0.1:9" }) });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("ollama serve");
    expect(stackFrames(result.stderr)).toEqual([]);
  });
});
