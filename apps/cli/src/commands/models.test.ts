import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOllamaServer, type FakeOllamaServer } from "../../../../packages/core/test-support/fake-ollama-server.js";
import { tempDir, writeEmptyGguf } from "../testing/empty-gguf.js";
import { cleanEnv, runCli } from "../testing/run-cli.js";

let ollama: FakeOllamaServer;
let cache: string;

beforeAll(async () => {
  ollama = await startFakeOllamaServer({ models: [{ name: "medslm", size: 68_000_000 }, { name: "llama3.2:1b", size: 1_300_000_000 }] });
  cache = await tempDir();
  await mkdir(join(cache, "models"));
  await writeEmptyGguf(join(cache, "models"), "downloaded.Q8_0.gguf");
});

afterAll(async () => {
  await ollama.close();
  await rm(cache, { recursive: true, force: true });
});

describe("medslm models", () => {
  it("should list Ollama's models and the GGUFs in the cache", async () => {
    const result = await runCli(["models"], { env: cleanEnv({ OLLAMA_HOST: ollama.url, MEDSLM_CACHE_DIR: cache }) });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Ollama (${ollama.url})`);
    expect(result.stdout).toMatch(/medslm:latest\s+68\.0 MB/);
    expect(result.stdout).toMatch(/llama3\.2:1b\s+1\.3 GB/);
    expect(result.stdout).toContain(`cache: ${join(cache, "models")}`);
    expect(result.stdout).toContain("downloaded.Q8_0.gguf");
  });

  it("should print JSON with --json", async () => {
    const result = await runCli(["models", "--json"], { env: cleanEnv({ OLLAMA_HOST: ollama.url, MEDSLM_CACHE_DIR: cache }) });
    const listing = JSON.parse(result.stdout) as { ollama: { reachable: boolean; models: Array<{ name: string }> }; embedded: { cached: Array<{ name: string }> } };
    expect(listing.ollama.reachable).toBe(true);
    expect(listing.ollama.models.map((m) => m.name).sort()).toEqual(["llama3.2:1b", "medslm:latest"]);
    expect(listing.embedded.cached.map((m) => m.name)).toEqual(["downloaded.Q8_0.gguf"]);
  });

  it("should still list the embedded side when Ollama is down, and say how to start it", async () => {
    const result = await runCli(["models"], { env: cleanEnv({ MEDSLM_CACHE_DIR: cache }) });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("not reachable");
    expect(result.stdout).toContain("ollama serve");
    expect(result.stdout).toContain("downloaded.Q8_0.gguf");
  });
});
