#!/usr/bin/env node
/**
 * SDK overhead of the embedded backend: @medslm/core/embedded vs the raw node-llama-cpp API on
 * the same GGUF, in one process, same prompt, threads, context size and greedy sampling.
 * Runs alternate (raw, SDK, SDK, raw, ...) so drift in machine speed hits both alike.
 * Then times the SDK with 1, 2 and 4 threads.
 *
 *   node bench/embedded-overhead.mjs            (after `npx tsup`)
 *
 * GGUF: $MEDSLM_BENCH_GGUF, else $MEDSLM_TEST_GGUF, else @medslm/model-tiny, else the fixture the
 * tests built in .cache/fixtures/. $MEDSLM_BENCH_THREADS_GGUF adds a second (larger) GGUF to the
 * threads table. $BENCH_ITERATIONS (default 200), $BENCH_MAX_TOKENS (default 64), $BENCH_THREADS (default: the SDK's defaultThreads()),
 * $BENCH_THREAD_SECONDS (time cap per thread count, default 40; 0 skips the threads table).
 * Writes bench-results/embedded-overhead.json and .md.
 */
import { readdir, mkdir, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getLlama, getModuleVersion, LlamaCompletion, readGgufFileInfo } from "node-llama-cpp";
import { createEmbeddedBackend, defaultModelPath, defaultThreads } from "../dist/embedded/index.js";
import template from "../templates/medslm-v1.json" with { type: "json" };

const coreDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const iterations = Number(process.env.BENCH_ITERATIONS ?? 200);
const warmup = Math.max(3, Math.floor(iterations / 20));
const maxTokens = Number(process.env.BENCH_MAX_TOKENS ?? 64);
const threads = Number(process.env.BENCH_THREADS ?? defaultThreads());
const threadSeconds = Number(process.env.BENCH_THREAD_SECONDS ?? 40);
const contextSize = 1024;

async function findGguf() {
  const given = process.env.MEDSLM_BENCH_GGUF ?? process.env.MEDSLM_TEST_GGUF ?? (await defaultModelPath());
  if (given) return given;
  const fixtures = join(coreDir, ".cache", "fixtures");
  const names = (await readdir(fixtures).catch(() => [])).filter((n) => /^tiny-.*\.gguf$/.test(n) && !n.includes(".partial"));
  const dated = await Promise.all(names.map(async (n) => ({ path: join(fixtures, n), mtime: (await stat(join(fixtures, n))).mtimeMs })));
  const newest = dated.sort((a, b) => b.mtime - a.mtime)[0];
  if (!newest) {
    throw new Error("No GGUF to measure: set MEDSLM_BENCH_GGUF, install @medslm/model-tiny, or run `npx vitest run src/embedded` once to build the fixture.");
  }
  return newest.path;
}

/** The template's prompt, with a different question each iteration so prompt evaluation is measured too. */
function promptFor(i) {
  const question = `Question number ${i}: I have had a fever and a dry cough for ${(i % 20) + 2} days. Could it be influenza, and what should I do?`;
  return `${template.heading}${template.turnSeparator}${template.questionHeader}\n${question}\n\n${template.contextHeader}\nAge: ${30 + (i % 50)}\nSex: female\n\n${template.responseHeader}\n`;
}

const stops = [...template.stop];

async function runRaw(completion, prompt) {
  const start = performance.now();
  let first;
  let tokens = 0;
  let text = "";
  await completion.generateCompletionWithMeta(prompt, {
    temperature: 0,
    maxTokens,
    customStopTriggers: stops,
    onToken: (t) => {
      tokens += t.length;
    },
    onTextChunk: (chunk) => {
      first ??= performance.now();
      text += chunk;
    }
  });
  const end = performance.now();
  return { ttftMs: (first ?? end) - start, totalMs: end - start, tokens, text };
}

async function runSdk(backend, prompt, abortSignal) {
  const start = performance.now();
  let first;
  let tokens = 0;
  let text = "";
  for await (const part of backend.doStream({ prompt, temperature: 0, maxTokens, stop: stops, ...(abortSignal ? { abortSignal } : {}) })) {
    if (part.type === "text-delta") {
      first ??= performance.now();
      text += part.text;
    } else tokens = part.usage.completionTokens ?? 0;
  }
  const end = performance.now();
  return { ttftMs: (first ?? end) - start, totalMs: end - start, tokens, text };
}

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

function summarize(runs) {
  const ttft = runs.map((r) => r.ttftMs);
  // Decode speed: tokens after the first over the time after the first.
  const tps = runs.filter((r) => r.tokens > 1 && r.totalMs > r.ttftMs).map((r) => (r.tokens - 1) / ((r.totalMs - r.ttftMs) / 1000));
  const total = runs.map((r) => r.totalMs);
  const round = (x) => Math.round(x * 1000) / 1000;
  return {
    runs: runs.length,
    meanTokens: round(runs.reduce((s, r) => s + r.tokens, 0) / runs.length),
    ttftMs: { median: round(quantile(ttft, 0.5)), p95: round(quantile(ttft, 0.95)) },
    decodeTokensPerSecond: { median: round(quantile(tps, 0.5)), p95Low: round(quantile(tps, 0.05)) },
    totalMs: { median: round(quantile(total, 0.5)), p95: round(quantile(total, 0.95)) }
  };
}

async function measureOverhead(modelPath) {
  const llama = await getLlama({ gpu: false, build: "never", maxThreads: 0 });
  const model = await llama.loadModel({ modelPath, gpuLayers: 0 });
  const context = await model.createContext({ contextSize, sequences: 1, threads: { ideal: threads, min: threads } });
  const completion = new LlamaCompletion({ contextSequence: context.getSequence() });
  const backend = await createEmbeddedBackend({ model: modelPath, threads, gpu: false, contextSize });

  const raw = [];
  const sdk = [];
  let mismatches = 0;
  for (let i = 0; i < warmup + iterations; i++) {
    const prompt = promptFor(i);
    const order = i % 2 === 0 ? ["raw", "sdk"] : ["sdk", "raw"];
    const result = {};
    for (const which of order) result[which] = which === "raw" ? await runRaw(completion, prompt) : await runSdk(backend, prompt);
    if (result.raw.text !== result.sdk.text) mismatches++;
    if (i >= warmup) {
      raw.push(result.raw);
      sdk.push(result.sdk);
    }
  }
  await backend.dispose();
  await context.dispose();
  await model.dispose();
  await llama.dispose();

  const r = summarize(raw);
  const s = summarize(sdk);
  const round = (x) => Math.round(x * 1000) / 1000;
  // Paired per iteration (same prompt, back to back): load swings hit both runs of a pair alike,
  // so the median of the pairs' differences is steadier than a difference of medians.
  const decodeRate = (run) => (run.tokens - 1) / ((run.totalMs - run.ttftMs) / 1000);
  const pairs = raw.map((rawRun, i) => ({ raw: rawRun, sdk: sdk[i] })).filter((p) => p.raw.tokens > 1 && p.sdk.tokens > 1);
  const paired = {
    addedTtftMs: round(quantile(pairs.map((p) => p.sdk.ttftMs - p.raw.ttftMs), 0.5)),
    decodeOverheadPercent: round(quantile(pairs.map((p) => (1 - decodeRate(p.sdk) / decodeRate(p.raw)) * 100), 0.5)),
    totalOverheadPercent: round(quantile(pairs.map((p) => (p.sdk.totalMs / p.raw.totalMs - 1) * 100), 0.5))
  };
  return {
    raw: r,
    sdk: s,
    paired,
    // Same prompts, same greedy decoding: the texts must match; a mismatch means the comparison is unfair.
    textMismatches: mismatches,
    addedTtftMs: round(s.ttftMs.median - r.ttftMs.median),
    decodeOverheadPercent: round(((r.decodeTokensPerSecond.median - s.decodeTokensPerSecond.median) / r.decodeTokensPerSecond.median) * 100),
    totalOverheadPercent: round(((s.totalMs.median - r.totalMs.median) / r.totalMs.median) * 100)
  };
}

async function measureThreads(modelPath) {
  const rows = [];
  for (const n of [1, 2, 4]) {
    const backend = await createEmbeddedBackend({ model: modelPath, threads: n, gpu: false, contextSize });
    const runs = [];
    let timedOut = 0;
    const count = Math.max(10, Math.floor(iterations / 4));
    // Oversubscribed threads can be ~100x slower: cap the time, aborting a run that overstays.
    const deadline = performance.now() + threadSeconds * 1000;
    for (let i = -1; i < count && performance.now() < deadline; i++) {
      const signal = AbortSignal.timeout(Math.max(1, Math.ceil(deadline - performance.now())));
      const run = await runSdk(backend, promptFor(i), signal).catch((error) => {
        if (error?.code !== "ABORTED") throw error;
        timedOut++;
        return undefined;
      });
      if (run && i >= 0) runs.push(run); // i = -1 is the warm-up
    }
    await backend.dispose();
    rows.push({ threads: n, timedOut, ...(runs.length > 0 ? summarize(runs) : { runs: 0 }) });
  }
  return rows;
}

async function describeModel(path) {
  const { metadata } = await readGgufFileInfo(path, { logWarnings: false, readTensorInfo: false });
  const arch = metadata.general.architecture;
  const shape = metadata[arch] ?? {};
  return {
    file: basename(path),
    sizeBytes: (await stat(path)).size,
    name: metadata.general.name,
    architecture: arch,
    layers: shape.block_count,
    width: shape.embedding_length
  };
}

const describe = (m) => `\`${m.file}\` (${m.name ?? "unnamed"}, ${m.architecture}, ${m.layers} layers × ${m.width} wide, ${(m.sizeBytes / 2 ** 20).toFixed(2)} MiB)`;

const loadBefore = os.loadavg()[0];
const modelPath = await findGguf();
console.log(`embedded overhead: ${modelPath}, ${iterations} iterations (+${warmup} warm-up), ${maxTokens} tokens max, ${threads} threads`);
const overhead = await measureOverhead(modelPath);
console.log(`  raw node-llama-cpp: TTFT median ${overhead.raw.ttftMs.median} ms, decode ${overhead.raw.decodeTokensPerSecond.median} tok/s`);
console.log(`  @medslm/core:       TTFT median ${overhead.sdk.ttftMs.median} ms, decode ${overhead.sdk.decodeTokensPerSecond.median} tok/s`);
console.log(
  `  paired: added TTFT ${overhead.paired.addedTtftMs} ms, decode overhead ${overhead.paired.decodeOverheadPercent} %, whole answer ${overhead.paired.totalOverheadPercent} %; text mismatches ${overhead.textMismatches}`
);

// BENCH_THREAD_SECONDS=0 skips the threads table.
const threadModels = threadSeconds > 0 ? [modelPath, process.env.MEDSLM_BENCH_THREADS_GGUF].filter(Boolean) : [];
const threadTables = [];
for (const path of threadModels) {
  const rows = await measureThreads(path);
  threadTables.push({ model: await describeModel(path), rows });
  for (const row of rows) {
    console.log(
      row.runs > 0
        ? `  ${basename(path)} threads ${row.threads}: TTFT ${row.ttftMs.median} ms, decode ${row.decodeTokensPerSecond.median} tok/s (${row.runs} runs)`
        : `  ${basename(path)} threads ${row.threads}: no answer finished within ${threadSeconds} s`
    );
  }
}

// Judged on the paired medians (see measureOverhead).
const targets = {
  addedTtftUnder1ms: overhead.paired.addedTtftMs < 1,
  decodeOverheadWithin3Percent: overhead.paired.decodeOverheadPercent <= 3,
  totalOverheadWithin3Percent: overhead.paired.totalOverheadPercent <= 3
};
const result = {
  benchmark: "embedded-overhead",
  date: new Date().toISOString(),
  machine: {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.arch()}`,
    node: process.version,
    // Other work on the machine skews timings; the alternating order keeps the comparison fair.
    loadAverage1m: { before: Math.round(loadBefore * 100) / 100, after: Math.round(os.loadavg()[0] * 100) / 100 },
    nodeLlamaCpp: await getModuleVersion()
  },
  settings: { model: await describeModel(modelPath), iterations, warmup, maxTokens, threads, contextSize, sampling: "greedy (temperature 0)", stops },
  overhead,
  targets,
  threads: threadTables
};

const outDir = join(coreDir, "bench-results");
await mkdir(outDir, { recursive: true });
await writeFile(join(outDir, "embedded-overhead.json"), `${JSON.stringify(result, null, 2)}\n`);

const yes = (ok) => (ok ? "yes" : "**no**");
const md = [
  "# Embedded backend overhead",
  "",
  `Measured ${result.date} by \`node bench/embedded-overhead.mjs\` on ${result.machine.cpu} (${result.machine.cores} cores, ${result.machine.memoryGiB} GiB, ${result.machine.platform}), Node ${result.machine.node}, node-llama-cpp ${result.machine.nodeLlamaCpp}; 1-minute load average ${result.machine.loadAverage1m.before} before, ${result.machine.loadAverage1m.after} after (other work on the machine).`,
  `Model: ${describe(result.settings.model)}. ${iterations} iterations after ${warmup} warm-up, alternating raw/SDK; a new question each iteration; greedy; at most ${maxTokens} tokens; ${threads} threads; context ${contextSize}.`,
  "",
  "| | TTFT median (ms) | TTFT p95 (ms) | decode tok/s median | decode tok/s p5 | total median (ms) |",
  "|---|---:|---:|---:|---:|---:|",
  `| raw node-llama-cpp (LlamaCompletion) | ${overhead.raw.ttftMs.median} | ${overhead.raw.ttftMs.p95} | ${overhead.raw.decodeTokensPerSecond.median} | ${overhead.raw.decodeTokensPerSecond.p95Low} | ${overhead.raw.totalMs.median} |`,
  `| @medslm/core/embedded doStream | ${overhead.sdk.ttftMs.median} | ${overhead.sdk.ttftMs.p95} | ${overhead.sdk.decodeTokensPerSecond.median} | ${overhead.sdk.decodeTokensPerSecond.p95Low} | ${overhead.sdk.totalMs.median} |`,
  "",
  `Median of the per-iteration differences (each SDK run against the raw run of the same prompt beside it): ` +
    `added time to first token **${overhead.paired.addedTtftMs} ms** (target < 1 ms: ${yes(targets.addedTtftUnder1ms)}); ` +
    `decode overhead **${overhead.paired.decodeOverheadPercent} %**, whole answer **${overhead.paired.totalOverheadPercent} %** (target ≤ 3 %: ${yes(targets.decodeOverheadWithin3Percent && targets.totalOverheadWithin3Percent)}). ` +
    `From the table's medians instead: ${overhead.addedTtftMs} ms, ${overhead.decodeOverheadPercent} %, ${overhead.totalOverheadPercent} %. ` +
    `Texts that differed between raw and SDK: ${overhead.textMismatches} of ${iterations + warmup}.`,
  "",
  "## Threads",
  "",
  ...threadTables.flatMap((table) => [
    `${describe(table.model)}, SDK, up to ${Math.max(10, Math.floor(iterations / 4))} runs or ${threadSeconds} s each:`,
    "",
    "| threads | runs | TTFT median (ms) | decode tok/s median | total median (ms) |",
    "|---:|---:|---:|---:|---:|",
    ...table.rows.map((row) =>
      row.runs > 0
        ? `| ${row.threads} | ${row.runs} | ${row.ttftMs.median} | ${row.decodeTokensPerSecond.median} | ${row.totalMs.median} |`
        : `| ${row.threads} | 0 | no answer of ${maxTokens} tokens finished in ${threadSeconds} s | | |`
    ),
    ""
  ]),
  `llama.cpp's threads spin while they wait for each other, so threads beyond the free cores cost far more than they give; the SDK's default is half the logical CPUs, at most 4 (here: ${defaultThreads()}).`
].join("\n");
await writeFile(join(outDir, "embedded-overhead.md"), `${md}\n`);
console.log(`wrote ${join("bench-results", "embedded-overhead.json")} and .md`);
