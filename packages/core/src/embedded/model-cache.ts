import { readdir, stat } from "node:fs/promises";
import { homedir } from "node:os";
import { basename, join, resolve } from "node:path";
import type { BackendModelInfo } from "../backend/model-backend.js";

/**
 * Where downloaded GGUFs are kept: `$MEDSLM_CACHE_DIR/models` when MEDSLM_CACHE_DIR is set,
 * else `$XDG_CACHE_HOME/medslm/models`, else `~/.cache/medslm/models`.
 */
export function modelCacheDir(env: Record<string, string | undefined> = process.env): string {
  if (env.MEDSLM_CACHE_DIR) return resolve(env.MEDSLM_CACHE_DIR, "models");
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "medslm", "models");
}

/** `hf:user/repo/file.gguf`, `hf:user/repo:quant` or an http(s) URL: fetched into the cache. */
export function isRemoteModelAddress(model: string): boolean {
  return model.startsWith("hf:") || /^https?:\/\//i.test(model);
}

/** The GGUF files in the model cache, newest first. A missing cache folder is an empty list. */
export async function listCachedModels(cacheDir: string = modelCacheDir()): Promise<BackendModelInfo[]> {
  let names: string[];
  try {
    names = await readdir(cacheDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const models: BackendModelInfo[] = [];
  for (const name of names) {
    if (!name.toLowerCase().endsWith(".gguf")) continue;
    const path = join(cacheDir, name);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) continue;
    models.push({ name: basename(name), sizeBytes: info.size, modifiedAt: info.mtime.toISOString(), details: { path } });
  }
  return models.sort((a, b) => (b.modifiedAt ?? "").localeCompare(a.modifiedAt ?? ""));
}
