import { mkdir, open, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { EvalDataNotFoundError } from "../errors/eval-data-not-found-error.js";
import { EvalRunError } from "../errors/eval-run-error.js";
import type { ItemRecord, RunConfig, RunSummary } from "./records.js";

/** The files of one run directory. */
export const RUN_FILES = {
  config: "config.json",
  results: "results.jsonl",
  summaryJson: "summary.json",
  summaryMd: "summary.md"
} as const;

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

export async function readConfig(dir: string): Promise<RunConfig | undefined> {
  const text = await readText(join(dir, RUN_FILES.config));
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as RunConfig;
  } catch (error) {
    throw new EvalRunError({ dir, reason: `${RUN_FILES.config} is not valid JSON; start over with --overwrite.`, cause: error });
  }
}

/**
 * Reads results.jsonl. A run killed mid-write can leave a torn last line (no newline, not JSON):
 * with `repair` it is cut off so the item runs again; a bad line anywhere else is an error.
 */
export async function readRecords(dir: string, options: { repair?: boolean } = {}): Promise<ItemRecord[]> {
  const path = join(dir, RUN_FILES.results);
  const text = await readText(path);
  if (text === undefined) return [];
  const lines = text.split("\n");
  const records: ItemRecord[] = [];
  let goodBytes = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const isLast = i === lines.length - 1;
    if (line.trim() === "") {
      if (!isLast) goodBytes += Buffer.byteLength(line) + 1;
      continue;
    }
    try {
      records.push(JSON.parse(line) as ItemRecord);
      goodBytes += Buffer.byteLength(line) + (isLast ? 0 : 1);
    } catch (error) {
      if (isLast) {
        if (options.repair) await truncate(path, goodBytes);
        break;
      }
      throw new EvalRunError({ dir, reason: `${RUN_FILES.results} line ${i + 1} is not valid JSON; fix or delete that line, then --resume.`, cause: error });
    }
  }
  return records;
}

/** Reads a finished (or partial) run for `compare` and `chart`. */
export async function readRun(dir: string): Promise<{ config: RunConfig; records: ItemRecord[]; summary: RunSummary | undefined }> {
  const config = await readConfig(dir);
  if (!config) throw new EvalDataNotFoundError({ file: join(dir, RUN_FILES.config) });
  const records = await readRecords(dir);
  const summaryText = await readText(join(dir, RUN_FILES.summaryJson));
  return { config, records, summary: summaryText === undefined ? undefined : (JSON.parse(summaryText) as RunSummary) };
}

export async function prepareRunDir(dir: string, overwrite: boolean): Promise<void> {
  if (overwrite) {
    for (const f of Object.values(RUN_FILES)) await rm(join(dir, f), { force: true });
  }
  await mkdir(dir, { recursive: true });
}

export async function writeConfig(dir: string, config: RunConfig): Promise<void> {
  await writeFile(join(dir, RUN_FILES.config), `${JSON.stringify(config, null, 2)}\n`);
}

/** Appends records one line at a time, in order, each flushed before the next item is counted done. */
export class RecordWriter {
  private queue: Promise<void> = Promise.resolve();

  private constructor(private readonly handle: Awaited<ReturnType<typeof open>>) {}

  static async open(dir: string): Promise<RecordWriter> {
    return new RecordWriter(await open(join(dir, RUN_FILES.results), "a"));
  }

  append(record: ItemRecord): Promise<void> {
    const line = `${JSON.stringify(record)}\n`;
    this.queue = this.queue.then(async () => {
      await this.handle.write(line);
    });
    return this.queue;
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    await this.handle.close();
  }
}
