import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRemoteModelAddress, listCachedModels, modelCacheDir } from "./model-cache.js";

describe("modelCacheDir", () => {
  it("should use MEDSLM_CACHE_DIR/models when MEDSLM_CACHE_DIR is set", () => {
    expect(modelCacheDir({ MEDSLM_CACHE_DIR: "/srv/medslm", XDG_CACHE_HOME: "/xdg" })).toBe(resolve("/srv/medslm/models"));
  });

  it("should use XDG_CACHE_HOME, then ~/.cache", () => {
    expect(modelCacheDir({ XDG_CACHE_HOME: "/xdg" })).toBe("/xdg/medslm/models");
    expect(modelCacheDir({})).toBe(join(homedir(), ".cache", "medslm", "models"));
  });
});

describe("isRemoteModelAddress", () => {
  it("should tell addresses to download from local paths", () => {
    expect(isRemoteModelAddress("hf:medslm/tiny/model.gguf")).toBe(true);
    expect(isRemoteModelAddress("https://example.org/m.gguf")).toBe(true);
    expect(isRemoteModelAddress("HTTP://example.org/m.gguf")).toBe(true);
    expect(isRemoteModelAddress("./models/m.gguf")).toBe(false);
    expect(isRemoteModelAddress("/abs/hf:odd.gguf")).toBe(false);
  });
});

describe("listCachedModels", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "medslm-cache-"));
    await writeFile(join(dir, "old.gguf"), Buffer.alloc(10));
    await writeFile(join(dir, "new.GGUF"), Buffer.alloc(20));
    await writeFile(join(dir, "new.gguf.ipull"), Buffer.alloc(5)); // a download in progress
    await writeFile(join(dir, "notes.txt"), "x");
    await mkdir(join(dir, "folder.gguf"));
    await utimes(join(dir, "old.gguf"), new Date("2024-01-01"), new Date("2024-01-01"));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("should list only GGUF files, newest first, with size and path", async () => {
    const models = await listCachedModels(dir);
    expect(models.map((m) => m.name)).toEqual(["new.GGUF", "old.gguf"]);
    expect(models[0]).toMatchObject({ sizeBytes: 20, details: { path: join(dir, "new.GGUF") } });
    expect(models[1]?.modifiedAt).toBe("2024-01-01T00:00:00.000Z");
  });

  it("should return an empty list when the cache folder does not exist yet", async () => {
    expect(await listCachedModels(join(dir, "missing"))).toEqual([]);
  });
});
