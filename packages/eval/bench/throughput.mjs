/* global process, console, performance */
/**
 * Eval throughput (items/s) at concurrency 1 and 4, through the harness (`runEval`: SDK safety
 * pipeline, template, recording, scoring, one JSONL line per item) and through the raw backend
 * (`backend.doGenerate` on the same rendered prompts, same settings, same concurrency), in the
 * same process and run. The difference is what the harness costs.
 *
 * Backends: Ollama (the project's fake Ollama server in a worker thread, at a fixed token rate)
 * and embedded (node-llama-cpp on the project's tiny GGUF, 1 thread).
 *
 *   node bench/throughput.mjs [--items 40] [--repeats 3] [--rate 200]
 *
 * Writes bench-results/throughput.json and throughput.md. Needs `npx tsup` in packages/core and here.
 */
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { cpus, platform, arch, totalmem, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startFakeOllamaWorker } from "../../core/test-support/fake-ollama-worker.mjs";
import { createMedslm, defaultPromptTemplate, renderPrompt, selectBackend } from "@medslm/core";
import { loadMedqa, runEval } from "../dist/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, "..");
const coreDir = join(packageDir, "..", "core");

const { values: args } = parseArgs({
  options: {
    items: { type: "string", default: "40" },
    repeats: { type: "string", default: "3" },
    rate: { type: "string", default: "200" },
    threads: { type: "string", default: "1" }
  }
});
const ITEMS = Number(args.items);
const REPEATS = Number(args.repeats);
const RATE = Number(args.rate);
const THREADS = Number(args.threads);
const CONCURRENCY = [1, 4];
const SEED = 42;
const REPLY = "The answer is B because the findings point to it and the other options do not fit the history.";

/** Synthetic MedQA-format items written by this script (never the shared data). */
async function writeItems(dir) {
  const lines = [];
  for (let i = 0; i < ITEMS; i++) {
    lines.push(
      JSON.stringify({
        id: `bench-${i + 1}`,
        question: `Benchmark question ${i + 1}: a ${20 + (i % 50)}-year-old patient has a cough for ${1 + (i % 9)} days and no fever. Which of the following is the most appropriate next step?`,
        options: { A: "Chest X-ray", B: "Reassurance and fluids", C: "Antibiotics", D: "CT of the chest" },
        answer_idx: "B",
        meta_info: i % 2 ? "step1" : "step2&3"
      })
    );
  }
  const file = join(dir, "bench-medqa.jsonl");
  await writeFile(file, lines.join("\n") + "\n");
  return file;
}


async function tinyGguf() {
  if (process.env.MEDSLM_TEST_GGUF) return process.env.MEDSLM_TEST_GGUF;
  const { defaultModelPath } = await import("@medslm/core/embedded");
  const demo = await defaultModelPath();
  if (demo) return demo;
  const fixtures = join(coreDir, ".cache", "fixtures");
  const names = (await readdir(fixtures).catch(() => [])).filter((n) => /^tiny-[0-9a-f]{12}\.gguf$/.test(n));
  if (names.length === 0) throw new Error("No tiny GGUF: set MEDSLM_TEST_GGUF, install @medslm/model-tiny, or run packages/core's tests once.");
  const withTimes = await Promise.all(names.map(async (n) => ({ n, t: (await stat(join(fixtures, n))).mtimeMs })));
  return join(fixtures, withTimes.sort((a, b) => b.t - a.t)[0].n);
}

/** runEval and Medslm dispose their backend at the end; keep the shared one alive for the next measurement. */
function keeper(backend) {
  return {
    specificationVersion: "v1",
    provider: backend.provider,
    modelId: backend.modelId,
    capabilities: backend.capabilities,
    disposed: false,
    doStream: (o) => backend.doStream(o),
    doGenerate: (o) => backend.doGenerate(o),
    checkHealth: (o) => backend.checkHealth(o),
    listModels: (o) => backend.listModels(o),
    dispose: async () => {},
    [Symbol.asyncDispose]: async () => {}
  };
}

/** The same work without the harness: rendered prompt -> backend.doGenerate, N at a time. */
async function rawThroughput(backend, items, concurrency, maxTokens) {
  const prompts = items.map((item) => renderPrompt({ question: item.question }, defaultPromptTemplate));
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < prompts.length) {
      const prompt = prompts[next++];
      await backend.doGenerate({ prompt, stop: defaultPromptTemplate.stop, temperature: 0, topP: 1, seed: SEED, maxTokens });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return prompts.length / ((performance.now() - started) / 1000);
}

/** The SDK path apps use, without the harness: Medslm.ask (safety pipeline, template) on each item. */
async function sdkThroughput(backend, items, concurrency, maxTokens) {
  const medslm = createMedslm({ backend: keeper(backend), safety: { audience: "student" }, generation: { temperature: 0, topP: 1, seed: SEED } });
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      for await (const part of medslm.ask(item.question, { maxTokens })) void part;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return items.length / ((performance.now() - started) / 1000);
}

/** The harness: runEval on a backend that is already loaded (creation is not timed). */
async function harnessThroughput(backend, data, concurrency, maxTokens, limit = ITEMS) {
  const out = await mkdtemp(join(tmpdir(), "medslm-eval-bench-run-"));
  let started;
  const keep = keeper(backend);
  await runEval({
    suite: "medqa",
    data,
    out,
    createBackend: async () => ({ backend: keep }),
    concurrency,
    limit,
    constrained: false,
    maxTokens,
    seed: SEED,
    onProgress: () => {
      started ??= performance.now();
    }
  });
  const seconds = (performance.now() - started) / 1000;
  await rm(out, { recursive: true, force: true });
  return limit / seconds;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

async function measure(name, backend, data, items, maxTokens) {
  const rows = [];
  // One untimed pass of each warms caches (model pages, sockets, the safety pipeline's lexicons).
  await rawThroughput(backend, items.slice(0, 2), 1, maxTokens);
  await sdkThroughput(backend, items.slice(0, 2), 1, maxTokens);
  await harnessThroughput(backend, data, 1, maxTokens, 2);
  for (const concurrency of CONCURRENCY) {
    const runs = { raw: [], sdk: [], harness: [] };
    // CPU time of this process per item (JS plus llama.cpp's threads): less sensitive than
    // wall-clock rates to other work on a shared machine.
    const cpu = { raw: [], sdk: [], harness: [] };
    const sides = {
      raw: () => rawThroughput(backend, items, concurrency, maxTokens),
      sdk: () => sdkThroughput(backend, items, concurrency, maxTokens),
      harness: () => harnessThroughput(backend, data, concurrency, maxTokens)
    };
    const orders = [["raw", "sdk", "harness"], ["harness", "raw", "sdk"], ["sdk", "harness", "raw"]];
    let error;
    for (let r = 0; r < REPEATS; r++) {
      try {
        // Rotate the order so no side always runs on a warmer (or busier) machine.
        for (const side of orders[r % orders.length]) {
          const before = process.cpuUsage();
          runs[side].push(await sides[side]());
          const used = process.cpuUsage(before);
          cpu[side].push((used.user + used.system) / 1000 / ITEMS);
        }
      } catch (e) {
        error = `${e?.code ?? e?.name ?? "Error"}: ${String(e?.message ?? e).split("\n")[0]}`;
        break;
      }
    }
    const rawIps = runs.raw.length ? median(runs.raw) : null;
    const sdkIps = runs.sdk.length ? median(runs.sdk) : null;
    const harnessIps = runs.harness.length ? median(runs.harness) : null;
    const pct = (base, x) => (base && x ? ((base - x) / base) * 100 : null);
    const row = {
      backend: name,
      concurrency,
      rawItemsPerSecond: rawIps,
      sdkItemsPerSecond: sdkIps,
      harnessItemsPerSecond: harnessIps,
      /** What the harness itself costs on top of the SDK path apps use. */
      harnessOverheadPercent: pct(sdkIps, harnessIps),
      /** What the SDK (safety pipeline, template) costs on top of the raw backend; apps pay it too. */
      sdkOverheadPercent: pct(rawIps, sdkIps),
      totalOverheadPercent: pct(rawIps, harnessIps),
      cpuMsPerItem: { raw: cpu.raw.length ? median(cpu.raw) : null, sdk: cpu.sdk.length ? median(cpu.sdk) : null, harness: cpu.harness.length ? median(cpu.harness) : null },
      runs,
      cpuRuns: cpu,
      ...(error ? { error } : {})
    };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
  return rows;
}

const dir = await mkdtemp(join(tmpdir(), "medslm-eval-bench-data-"));
const data = await writeItems(dir);
const items = await loadMedqa(data);
const results = [];

const server = await startFakeOllamaWorker({ tokenIntervalMs: 1000 / RATE, reply: { tokens: REPLY, firstTokenDelayMs: 20 } });
try {
  const { backend } = await selectBackend({ backend: "ollama", model: "medslm", ollamaHost: server.url, env: {} });
  results.push(...(await measure("ollama (fake server)", backend, data, items, 64)));
  await backend.dispose();
} finally {
  await server.close();
}

const gguf = await tinyGguf();
const { backend: embedded } = await selectBackend({ backend: "embedded", model: gguf, threads: THREADS, gpu: false, env: {} });
try {
  results.push(...(await measure("embedded (tiny GGUF)", embedded, data, items, 32)));
} finally {
  await embedded.dispose();
}
await rm(dir, { recursive: true, force: true });

const machine = { cpu: cpus()[0]?.model.trim(), cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), platform: `${platform()}-${arch()}`, node: process.version };
const config = {
  items: ITEMS,
  repeats: REPEATS,
  statistic: "median items/s over repeats",
  ollama: { server: "packages/core/test-support/fake-ollama-server.ts in a worker thread", tokensPerSecond: RATE, firstTokenDelayMs: 20, replyTokens: REPLY.split(" ").length, maxTokens: 64 },
  embedded: { model: gguf.replace(/^.*[\\/]/, ""), threads: THREADS, maxTokens: 32 },
  harness: "runEval medqa, free text (constrained off, so both sides generate the same tokens), temperature 0, seed 42",
  raw: "backend.doGenerate on the same rendered prompts with the same settings and concurrency"
};
await mkdir(join(packageDir, "bench-results"), { recursive: true });
await writeFile(join(packageDir, "bench-results", "throughput.json"), JSON.stringify({ date: new Date().toISOString(), machine, config, results }, null, 2) + "\n");

const pctText = (v) => (v === null || v === undefined ? "n/a" : `${v.toFixed(1)}%`);
const fmt = (v, d = 2) => (v === null || v === undefined ? "n/a" : v.toFixed(d));
const md = [
  "# Eval harness throughput",
  "",
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine.cpu}, ${machine.cores} threads, ${machine.memoryGiB} GiB, ${machine.platform}, Node ${machine.node}.`,
  `Command: \`node packages/eval/bench/throughput.mjs --items ${ITEMS} --repeats ${REPEATS} --rate ${RATE} --threads ${THREADS}\`.`,
  "",
  `${ITEMS} synthetic MedQA-format items per measurement, median of ${REPEATS}. "Raw" calls \`backend.doGenerate\` on the same rendered`,
  "prompts with the same settings and concurrency; \"SDK\" asks each item through `Medslm.ask` (safety pipeline, template), as apps do;",
  "\"harness\" is `runEval` (the SDK path plus recording, scoring, one JSONL line per item).",
  `Ollama: the fake server at ${RATE} tokens/s with a 20 ms first-token delay (${config.ollama.replyTokens}-word reply). Embedded: the tiny GGUF, ${THREADS} thread, at most 32 tokens.`,
  "",
  "| Backend | Concurrency | Raw backend (items/s) | SDK `Medslm.ask` (items/s) | Harness `runEval` (items/s) | Harness vs SDK | SDK vs raw | CPU ms/item raw / SDK / harness |",
  "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ...results.map(
    (r) =>
      `| ${r.backend} | ${r.concurrency} | ${fmt(r.rawItemsPerSecond)} | ${fmt(r.sdkItemsPerSecond)} | ${fmt(r.harnessItemsPerSecond)} | ${r.error ?? pctText(r.harnessOverheadPercent)} | ${pctText(r.sdkOverheadPercent)} | ${fmt(r.cpuMsPerItem.raw, 1)} / ${fmt(r.cpuMsPerItem.sdk, 1)} / ${fmt(r.cpuMsPerItem.harness, 1)} |`
  ),
  "",
  "Overhead is the drop in items/s (negative: faster, i.e. within noise). \"Harness vs SDK\" is what `medslm eval` adds (recording,",
  "scoring, JSONL writes); \"SDK vs raw\" is the safety pipeline and template, which every app pays on every answer as well.",
  "CPU ms/item is this process's CPU time (JS and llama.cpp threads) per item, median over repeats: on a busy machine it is the",
  "steadier measure of what each layer costs. Per-repeat values are in throughput.json.",
  ""
].join("\n");
await writeFile(join(packageDir, "bench-results", "throughput.md"), md);
console.log(md);
