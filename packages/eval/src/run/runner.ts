import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import {
  AbortedError,
  createMedslm,
  createScopeModelClassifier,
  createTriageModelClassifier,
  defaultPromptTemplate,
  MedslmError,
  renderPrompt,
  SafetyPipeline,
  type Audience,
  type ModelBackend
} from "@medslm/core";
import { LATENCY_QUESTIONS } from "../data/latency.js";
import { EvalRunError } from "../errors/eval-run-error.js";
import { getSuite } from "../suites/index.js";
import type { SuiteDefinition } from "../suites/suite.js";
import type { EvalItem, SuiteName } from "../types.js";
import type { ItemRecord, RunConfig, RunSummary } from "./records.js";
import { RecordingBackend } from "./recording-backend.js";
import { prepareRunDir, readConfig, readRecords, RecordWriter, writeConfig } from "./run-dir.js";
import { summarizeRun, writeSummary } from "./summary.js";

/** Creates the backend under test; called once per run (latency: once per cold measurement). */
export type BackendFactory = () => Promise<{ backend: ModelBackend; description?: string }>;

export interface EvalProgress {
  /** Items finished, including those a resumed run found already done. */
  done: number;
  total: number;
  /** Items found done in the run directory when it was resumed. */
  resumed: number;
  lastId?: string;
}

export interface RunEvalOptions {
  suite: SuiteName | SuiteDefinition;
  /** The data file; latency and safety have built-in sets. */
  data?: string;
  /** Run directory: config.json, results.jsonl, summary.json, summary.md. */
  out: string;
  createBackend: BackendFactory;
  /** The first N items of the file, in file order (the same N items for every model). */
  limit?: number;
  concurrency?: number;
  /** Continue a run in `out`: skip items already recorded. */
  resume?: boolean;
  /** Delete the results in `out` and start over. */
  overwrite?: boolean;
  /** Generation seed (temperature is always 0). Default 42. */
  seed?: number;
  /** Ask for constrained decoding on multiple-choice suites where the backend supports it. Default true. */
  constrained?: boolean;
  /** Override the suite's token limit per answer. */
  maxTokens?: number;
  /** Override the suite's safety audience. */
  audience?: Audience;
  /** Add the learned triage step to the rules, as the CLI does by default. Default false (rules only). */
  triageModel?: boolean;
  /** Add the learned scope step (it can only refuse more), as the CLI does by default. Default false. */
  scopeModel?: boolean;
  /** Add the learned name step (it can only redact more), as the CLI does by default. Default false. */
  nameModel?: boolean;
  /** Latency suite: how many cold measurements (each creates the backend anew). Default 1. */
  coldRuns?: number;
  /** Recorded in config.json so the report shows how to reproduce the run. */
  command?: string;
  onProgress?: (progress: EvalProgress) => void;
  abortSignal?: AbortSignal;
}

export const DEFAULT_SEED = 42;

/** Per-item failures that are a property of the item, not of the run: recorded and moved past. */
const ITEM_ERRORS = new Set(["CONTEXT_TOO_LONG", "SAFETY_INPUT", "INVALID_INPUT"]);

async function sha256Of(file: string | undefined, suite: SuiteName): Promise<string> {
  const hash = createHash("sha256");
  if (file !== undefined && (await stat(file)).isDirectory()) {
    // A directory of sets (safety): every .jsonl file, by name, in order.
    for (const name of (await readdir(file)).filter((n) => n.endsWith(".jsonl")).sort()) {
      hash.update(name);
      hash.update(await readFile(join(file, name)));
    }
  } else if (file !== undefined) hash.update(await readFile(file));
  else hash.update(suite === "latency" ? JSON.stringify(LATENCY_QUESTIONS) : `builtin:${suite}`);
  return hash.digest("hex");
}

function hostInfo(): RunConfig["host"] {
  const cpu = cpus();
  return {
    platform: process.platform,
    arch: process.arch,
    cpu: cpu[0]?.model.trim() ?? "unknown",
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version
  };
}

/** What must match for a resumed run to mean the same thing. */
function checkResumable(dir: string, previous: RunConfig, next: RunConfig): void {
  const fields: Array<[string, unknown, unknown]> = [
    ["suite", previous.suite, next.suite],
    ["data file contents (sha256)", previous.dataSha256, next.dataSha256],
    ["seed", previous.seed, next.seed],
    ["backend", previous.backend.provider, next.backend.provider],
    ["model", previous.backend.modelId, next.backend.modelId],
    ["constrained decoding", previous.constrained, next.constrained],
    ["audience", previous.audience, next.audience],
    ["--max-tokens", previous.maxTokens ?? null, next.maxTokens ?? null],
    ["triage model", previous.triageModel ?? false, next.triageModel ?? false],
    ["scope model", previous.scopeModel ?? false, next.scopeModel ?? false],
    ["name model", previous.nameModel ?? false, next.nameModel ?? false]
  ];
  const diff = fields.filter(([, a, b]) => a !== b);
  if (diff.length > 0) {
    throw new EvalRunError({
      dir,
      reason: `cannot resume: ${diff.map(([name, a, b]) => `${name} was ${JSON.stringify(a)}, now ${JSON.stringify(b)}`).join("; ")}. Use another --out directory, or --overwrite to start over.`
    });
  }
}

interface AskContext {
  backend: ModelBackend;
  safety: SafetyPipeline;
  suite: SuiteDefinition;
  seed: number;
  constrained: boolean;
  maxTokens: number | undefined;
  signal: AbortSignal;
}

/** Asks one item through the SDK (safety pipeline, template, backend) and scores it. */
async function askItem(ctx: AskContext, item: EvalItem, index: number, phase: "cold" | "warm", id = item.id): Promise<ItemRecord> {
  const useChoices = ctx.constrained && item.choices !== undefined && ctx.backend.capabilities.constrainedChoices;
  const recorder = new RecordingBackend(ctx.backend, useChoices ? item.choices : undefined);
  const client = createMedslm({ backend: recorder, safety: ctx.safety, generation: { temperature: 0, topP: 1, seed: ctx.seed } });
  const maxTokens = ctx.maxTokens ?? item.maxTokens;
  const started = performance.now();
  const flags: string[] = [];
  let escalation = false;
  let category: string | undefined;
  const base = {
    id,
    index,
    ...(item.topic !== undefined ? { topic: item.topic } : {}),
    question: item.question,
    expected: item.expected,
    constrained: useChoices
  };
  const unredacted = renderPrompt({ question: item.question, ...(item.context ? { context: item.context } : {}) }, defaultPromptTemplate);
  try {
    const stream = client.ask(item.question, {
      temperature: 0,
      seed: ctx.seed,
      ...(maxTokens !== undefined ? { maxTokens } : {}),
      ...(item.context ? { context: item.context } : {}),
      abortSignal: ctx.signal
    });
    for await (const part of stream) {
      if (part.type === "flag") flags.push(part.reason.rule);
      else if (part.type === "escalation") escalation = true;
      else if (part.type === "refusal") category = part.category;
    }
    const result = await stream.result;
    const safety = {
      triage: result.triage,
      refused: result.refused,
      ...(category !== undefined ? { category } : {}),
      flags,
      escalation,
      redacted: recorder.prompt !== null && recorder.prompt !== unredacted
    };
    const score = ctx.suite.score(item, result.answer, { safety, prompt: recorder.prompt });
    return {
      ...base,
      prompt: recorder.prompt,
      raw: result.answer,
      ...score,
      safety,
      finishReason: result.finishReason,
      timings: {
        phase,
        ttftMs: result.timings.timeToFirstTokenMs ?? null,
        totalMs: result.timings.totalMs,
        completionTokens: recorder.completionTokens ?? (recorder.deltas > 0 ? recorder.deltas : null),
        tokensPerSecond: recorder.tokensPerSecond()
      }
    };
  } catch (error) {
    if (!MedslmError.isInstance(error) || !ITEM_ERRORS.has(error.code)) throw error;
    const safety = { triage: "routine" as const, refused: false, flags, escalation, redacted: false };
    return {
      ...base,
      prompt: recorder.prompt,
      raw: "",
      ...ctx.suite.score(item, "", { safety, prompt: recorder.prompt }),
      correct: item.expected === "" ? null : false,
      safety,
      finishReason: "error",
      timings: { phase, ttftMs: null, totalMs: performance.now() - started, completionTokens: null, tokensPerSecond: null },
      error: { code: error.code, message: error.message }
    };
  }
}

/**
 * Runs one suite into a run directory and returns its summary. Deterministic settings
 * (temperature 0, fixed seed); one results.jsonl line per item, written as each finishes, so an
 * interrupted run resumes where it stopped and ends with the same summary.
 */
export async function runEval(options: RunEvalOptions): Promise<RunSummary> {
  const suite = typeof options.suite === "string" ? getSuite(options.suite) : options.suite;
  const dir = resolve(options.out);
  const data = options.data === undefined ? undefined : resolve(options.data);
  const seed = options.seed ?? DEFAULT_SEED;
  const concurrency = suite.name === "latency" ? 1 : Math.max(1, Math.floor(options.concurrency ?? 1));
  const constrained = options.constrained ?? true;
  const audience = options.audience ?? suite.audience;
  const triageModel = options.triageModel ?? false;
  const scopeModel = options.scopeModel ?? false;
  const nameModel = options.nameModel ?? false;

  // Load and check the data before anything touches the run directory or the model.
  let items = await suite.load(data);
  if (options.limit !== undefined) items = items.slice(0, Math.max(0, options.limit));
  const dataSha256 = await sha256Of(data, suite.name);

  const previous = await readConfig(dir);
  const existing = options.overwrite ? [] : await readRecords(dir);
  if (previous && existing.length > 0 && !options.resume && !options.overwrite) {
    throw new EvalRunError({ dir, reason: `it already holds ${existing.length} results. Pass --resume to continue it, --overwrite to start over, or choose another --out.` });
  }

  const signal = options.abortSignal;
  if (signal?.aborted) throw new AbortedError();
  const loadStarted = performance.now();
  const created = await options.createBackend();
  const initialLoadMs = performance.now() - loadStarted;
  let backend = created.backend;
  const config: RunConfig = {
    schema: "medslm-eval-run/v1",
    suite: suite.name,
    data: data ?? null,
    dataSha256,
    limit: options.limit ?? null,
    seed,
    temperature: 0,
    maxTokens: options.maxTokens ?? null,
    concurrency,
    audience,
    constrained,
    triageModel,
    scopeModel,
    nameModel,
    backend: {
      provider: backend.provider,
      modelId: backend.modelId,
      constrainedChoices: backend.capabilities.constrainedChoices,
      description: created.description ?? `${backend.provider} ${backend.modelId}`
    },
    promptTemplate: defaultPromptTemplate.id,
    host: hostInfo(),
    startedAt: new Date().toISOString(),
    ...(options.command !== undefined ? { command: options.command } : {})
  };

  let writer: RecordWriter | undefined;
  try {
    if (previous && options.resume) {
      checkResumable(dir, previous, config);
      config.startedAt = previous.startedAt;
    }
    await prepareRunDir(dir, options.overwrite ?? false);
    const records = options.resume ? await readRecords(dir, { repair: true }) : [];
    await writeConfig(dir, config);
    writer = await RecordWriter.open(dir);

    const classifiers = [...(triageModel ? [createTriageModelClassifier()] : []), ...(scopeModel ? [createScopeModelClassifier()] : [])];
    const safety = new SafetyPipeline({
      audience,
      nameModel,
      classifier: classifiers
    });
    const ctx: AskContext = {
      backend,
      safety,
      suite,
      seed,
      constrained,
      maxTokens: options.maxTokens,
      signal: signal ?? new AbortController().signal
    };
    const doneIds = new Set(records.map((r) => r.id));
    const coldRuns = suite.name === "latency" ? Math.max(0, options.coldRuns ?? 1) : 0;
    const total = items.length + coldRuns;
    const resumed = [...doneIds].filter((id) => id.startsWith("cold-") || items.some((i) => i.id === id)).length;
    let done = resumed;
    const progress = (lastId?: string): void => options.onProgress?.({ done, total, resumed, ...(lastId !== undefined ? { lastId } : {}) });
    progress();

    // Latency: each cold measurement is the first request after creating the backend.
    let fresh = true;
    let loadMs = initialLoadMs;
    for (let r = 1; r <= coldRuns; r++) {
      const id = `cold-${r}`;
      if (doneIds.has(id)) continue;
      if (!fresh) {
        await backend.dispose();
        const t0 = performance.now();
        backend = (await options.createBackend()).backend;
        loadMs = performance.now() - t0;
        ctx.backend = backend;
      }
      // Every cold run asks the same (first) question, so the runs are comparable.
      const record = await askItem(ctx, items[0] as EvalItem, r - 1, "cold", id);
      record.timings.loadMs = loadMs;
      fresh = false;
      await writer.append(record);
      done++;
      progress(id);
    }

    const todo = items.map((item, i) => ({ item, index: coldRuns + i })).filter(({ item }) => !doneIds.has(item.id));
    if (suite.name === "latency" && fresh && todo[0]) {
      // A resumed latency run: its first request would be cold; warm up without recording it.
      await askItem(ctx, todo[0].item, -1, "warm");
      fresh = false;
    }
    let next = 0;
    // The first request after creating the backend is cold (model pages, caches); later ones warm.
    let firstStarted = suite.name === "latency";
    const failure: { error?: unknown } = {};
    const stop = new AbortController();
    const worker = async (): Promise<void> => {
      while (!stop.signal.aborted && !signal?.aborted) {
        const job = todo[next++];
        if (!job) return;
        const phase = firstStarted ? "warm" : "cold";
        firstStarted = true;
        try {
          const record = await askItem(ctx, job.item, job.index, phase);
          await writer!.append(record);
          done++;
          progress(record.id);
        } catch (error) {
          failure.error ??= error;
          stop.abort();
          return;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(1, todo.length)) }, worker));
    if (failure.error !== undefined) throw failure.error;
    if (signal?.aborted) throw new AbortedError();

    const wanted = new Set([...items.map((i) => i.id), ...Array.from({ length: coldRuns }, (_, r) => `cold-${r + 1}`)]);
    const byId = new Map<string, ItemRecord>();
    for (const r of await readRecords(dir)) if (wanted.has(r.id) && !byId.has(r.id)) byId.set(r.id, r);
    const summary = summarizeRun(suite, config, [...byId.values()]);
    await writeSummary(dir, summary);
    return summary;
  } finally {
    await writer?.close();
    await backend.dispose();
  }
}
