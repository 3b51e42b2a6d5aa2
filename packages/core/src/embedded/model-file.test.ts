// Native: model files through node-llama-cpp (bad files, downloads into the cache).
import { createReadStream } from "node:fs";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { renderPrompt } from "../template/prompt-template.js";
import { createEmbeddedBackend, listCachedModels, validateGgufFile, type EmbeddedLoadProgress } from "./index.js";

const modelPath = inject("tinyGgufPath");
let dir: string;
let model: Buffer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "medslm-embedded-"));
  model = await readFile(modelPath);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeVariant(name: string, bytes: Buffer | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

async function loadError(path: string): Promise<{ code?: string; message: string; path?: string }> {
  const error = await createEmbeddedBackend({ model: path, threads: 1, gpu: false }).then(
    async (backend) => {
      await backend.dispose();
      throw new Error(`${path} loaded, but it should have been refused`);
    },
    (e: unknown) => e as { code?: string; message: string; path?: string }
  );
  return error;
}

describe("bad model files", () => {
  it("should refuse a missing file with InvalidModelFileError", async () => {
    const error = await loadError(join(dir, "nope.gguf"));
    expect(error).toMatchObject({ code: "INVALID_MODEL_FILE", path: join(dir, "nope.gguf") });
    expect(error.message).toContain("does not exist");
  });

  it("should refuse a text file that is not a GGUF", async () => {
    const path = await writeVariant("notes.gguf", "This is not a model, just some notes about a patient.\n".repeat(20));
    const error = await loadError(path);
    expect(error.code).toBe("INVALID_MODEL_FILE");
    expect(error.message).toContain("not a GGUF");
  });

  it("should refuse a file too short to hold a GGUF header", async () => {
    const error = await loadError(await writeVariant("tiny.gguf", model.subarray(0, 10)));
    expect(error.code).toBe("INVALID_MODEL_FILE");
    expect(error.message).toContain("too short");
  });

  it("should refuse a GGUF cut inside its header", async () => {
    const error = await loadError(await writeVariant("cut-header.gguf", model.subarray(0, 2000)));
    expect(error.code).toBe("INVALID_MODEL_FILE");
    expect(error.message).toMatch(/header is (cut short|damaged)/);
  });

  it("should refuse a GGUF cut inside its weights", async () => {
    const error = await loadError(await writeVariant("cut-weights.gguf", model.subarray(0, Math.floor(model.length * 0.75))));
    expect(error.code).toBe("INVALID_MODEL_FILE");
    expect(error.message).toContain("truncated");
  });

  it("should refuse a GGUF missing only its last byte, without crashing the process", async () => {
    const error = await loadError(await writeVariant("cut-1.gguf", model.subarray(0, model.length - 1)));
    expect(error.code).toBe("INVALID_MODEL_FILE");
    expect(error.message).toMatch(/truncated|file bounds|could not load/);
  });

  it("should accept the intact file in validateGgufFile", async () => {
    const info = await validateGgufFile(modelPath);
    expect(typeof info.metadata.general.architecture).toBe("string");
  });
});

describe("downloading a model address", () => {
  let server: Server;
  let base: string;
  let requests = 0;
  const unknown: string[] = [];

  beforeAll(async () => {
    // A plain static file server on 127.0.0.1 stands in for the model host (HTTP is its wire protocol).
    server = createServer((req, res) => {
      requests++;
      // `/models/...` is a plain URL; `/medslm/tiny/resolve/main/...` is the Hugging Face file layout.
      const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
      if (path !== "/models/tiny-medslm.gguf" && path !== "/medslm/tiny/resolve/main/tiny-medslm.gguf") {
        unknown.push(`${req.method} ${req.url}`);
        res.writeHead(404).end("not found");
        return;
      }
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(model.length) });
      if (req.method === "HEAD") res.end();
      else createReadStream(modelPath).pipe(res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("should download a URL into the cache with progress, then load it from the cache", async () => {
    const cacheDir = join(dir, "cache");
    const progress: EmbeddedLoadProgress[] = [];
    const backend = await createEmbeddedBackend({
      model: `${base}/models/tiny-medslm.gguf`,
      cacheDir,
      threads: 1,
      gpu: false,
      contextSize: 256,
      onProgress: (p) => progress.push(p)
    });
    try {
      const downloads = progress.filter((p) => p.phase === "download");
      expect(downloads.length).toBeGreaterThan(0);
      expect(downloads.at(-1)).toMatchObject({ downloadedBytes: model.length, totalBytes: model.length, ratio: 1 });
      expect(progress.at(-1)).toMatchObject({ phase: "load", ratio: 1 });
      expect(backend.modelPath.startsWith(cacheDir)).toBe(true);
      expect((await stat(backend.modelPath)).size).toBe(model.length);
      const answer = await backend.doGenerate({ prompt: renderPrompt({ question: "Is a fever dangerous?" }), temperature: 0, maxTokens: 4 });
      expect(answer.usage.completionTokens).toBeGreaterThan(0);
      const cached = await listCachedModels(cacheDir);
      expect(cached.map((m) => m.details?.path)).toContain(backend.modelPath);
    } finally {
      await backend.dispose();
    }

    // The second time the file comes from the cache: no download phase.
    const before = requests;
    const again: EmbeddedLoadProgress[] = [];
    const cachedBackend = await createEmbeddedBackend({
      model: `${base}/models/tiny-medslm.gguf`,
      cacheDir,
      threads: 1,
      gpu: false,
      contextSize: 256,
      onProgress: (p) => again.push(p)
    });
    await cachedBackend.dispose();
    expect(again.some((p) => p.phase === "download")).toBe(false);
    expect(requests).toBe(before);
    expect((await readdir(cacheDir)).filter((name) => name.endsWith(".gguf"))).toHaveLength(1);
  });

  it("should download an hf: address from the Hugging Face endpoint (HF_ENDPOINT) and find it in the cache offline", async () => {
    const cacheDir = join(dir, "hf-cache");
    const saved = process.env.HF_ENDPOINT;
    process.env.HF_ENDPOINT = `${base}/`;
    try {
      const progress: EmbeddedLoadProgress[] = [];
      const backend = await createEmbeddedBackend({
        model: "hf:medslm/tiny/tiny-medslm.gguf",
        cacheDir,
        threads: 1,
        gpu: false,
        contextSize: 256,
        onProgress: (p) => progress.push(p)
      });
      await backend.dispose();
      expect(unknown).toEqual([]);
      expect(progress.some((p) => p.phase === "download")).toBe(true);
      expect(backend.modelId).toBe("hf:medslm/tiny/tiny-medslm.gguf");
      expect(backend.modelPath.startsWith(cacheDir)).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.HF_ENDPOINT;
      else process.env.HF_ENDPOINT = saved;
    }
    // With the server gone from the picture (no HF_ENDPOINT, no network), the cached copy still loads.
    const offline = await createEmbeddedBackend({ model: "hf:medslm/tiny/tiny-medslm.gguf", cacheDir, threads: 1, gpu: false, contextSize: 256 });
    expect(offline.modelPath.startsWith(cacheDir)).toBe(true);
    await offline.dispose();
  });

  it("should throw ModelNotFoundError when the address cannot be downloaded", async () => {
    const error = await createEmbeddedBackend({ model: `${base}/models/missing.gguf`, cacheDir: join(dir, "cache2"), gpu: false }).catch(
      (e: unknown) => e
    );
    expect(error).toMatchObject({ code: "MODEL_NOT_FOUND" });
    expect((error as Error).message).toContain("download");
  });
});
