#!/usr/bin/env node
/**
 * SDK overhead on the Ollama path: time to first token and tokens/s through @medslm/core's
 * Ollama backend vs the raw `ollama` client, against the same fake Ollama server (which streams
 * at a fixed token rate from a worker thread, so the client's work cannot slow it down).
 * Runs alternate between the two clients so drift hits both alike.
 *
 *   npx tsup && node bench/remote-overhead.mjs [--iterations 150] [--tokens 48] [--rate 200]
 *
 * Writes bench-results/remote-overhead.json and .md.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { cpus, platform, arch } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import process from "node:process";
import { parseArgs } from "node:util";
import { startFakeOllamaWorker } from "../test-support/fake-ollama-worker.mjs";
import { Ollama } from "ollama";

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = resolve(here, "..");
const { values: args } = parseArgs({
  options: {
    iterations: { type: "string", default: "150" },
    warmup: { type: "string", default: "20" },
    tokens: { type: "string", default: "48" },
    rate: { type: "string", default: "200" },
    out: { type: "string", default: join(packageDir, "bench-results") }
  }
});
const iterations = Number(args.iterations);
const warmup = Number(args.warmup);
const tokenCount = Number(args.tokens);
const rate = Number(args.rate);

// The SDK as users get it: the built package (MEDSLM_BENCH_CORE points elsewhere for a partial build).
const core = await import(process.env.MEDSLM_BENCH_CORE ? pathToFileURL(resolve(process.env.MEDSLM_BENCH_CORE)).href : "../dist/index.js");
const { createOllamaBackend, renderPrompt, defaultPromptTemplate } = core;
if (typeof createOllamaBackend !== "function") throw new Error("dist/index.js does not export createOllamaBackend: run `npx tsup` first.");


function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), mean, min: sorted[0], max: sorted.at(-1), n: values.length };
}

const round = (v, d = 3) => Math.round(v * 10 ** d) / 10 ** d;

// Words without "#" or "<", so no tail is held back as a possible stop sequence.
const words = Array.from({ length: tokenCount }, (_, i) => ` word${i}`);
const prompt = renderPrompt({ question: "What are the early signs of dehydration in older adults?", context: { age: 78, medications: ["furosemide"] } });
const stop = [...defaultPromptTemplate.stop];
const sampling = { temperature: 0.7, top_p: 0.9, num_predict: 512, stop };

async function runSdk(host) {
  const backend = createOllamaBackend({ model: "medslm", host });
  const start = performance.now();
  let first;
  let last;
  let chunks = 0;
  for await (const part of backend.doStream({ prompt, stop, temperature: 0.7, topP: 0.9, maxTokens: 512 })) {
    if (part.type !== "text-delta") continue;
    last = performance.now();
    first ??= last;
    chunks++;
  }
  await backend.dispose();
  return { ttft: first - start, span: last - first, chunks };
}

async function runRaw(host) {
  const client = new Ollama({ host });
  const start = performance.now();
  let first;
  let last;
  let chunks = 0;
  const stream = await client.generate({ model: "medslm", prompt, raw: true, stream: true, options: sampling });
  for await (const chunk of stream) {
    if (!chunk.response) continue;
    last = performance.now();
    first ??= last;
    chunks++;
  }
  return { ttft: first - start, span: last - first, chunks };
}

async function measure(label, intervalMs) {
  const server = await startFakeOllamaWorker({ tokenIntervalMs: intervalMs, reply: { tokens: words } });
  const samples = { sdk: [], raw: [] };
  try {
    for (let i = 0; i < warmup + iterations; i++) {
      // Alternate which client goes first so neither always follows the other.
      const order = i % 2 === 0 ? ["sdk", "raw"] : ["raw", "sdk"];
      for (const which of order) {
        const run = which === "sdk" ? await runSdk(server.url) : await runRaw(server.url);
        if (run.chunks !== tokenCount) throw new Error(`${which} received ${run.chunks} chunks, expected ${tokenCount}`);
        if (i >= warmup) samples[which].push(run);
      }
    }
  } finally {
    await server.close();
  }
  const stats = (runs) => ({
    ttftMs: summarize(runs.map((r) => r.ttft)),
    tokensPerSecond: summarize(runs.map((r) => ((tokenCount - 1) / r.span) * 1000)),
    // Client time per token once the first arrived; what bounds tokens/s when the server is faster.
    clientMicrosPerToken: summarize(runs.map((r) => (r.span / (tokenCount - 1)) * 1000))
  });
  const sdk = stats(samples.sdk);
  const raw = stats(samples.raw);
  return {
    label,
    tokenIntervalMs: intervalMs,
    sdk,
    raw,
    overhead: {
      ttftAddedMsMedian: sdk.ttftMs.median - raw.ttftMs.median,
      ttftAddedMsP95: sdk.ttftMs.p95 - raw.ttftMs.p95,
      tokensPerSecondPctMedian: ((raw.tokensPerSecond.median - sdk.tokensPerSecond.median) / raw.tokensPerSecond.median) * 100
    }
  };
}

const fixed = await measure(`fixed rate, ${rate} tokens/s`, 1000 / rate);
// As fast as the socket goes: the tokens arrive in a few TCP reads, so tokens/s here is the
// client's parsing ceiling (per-token cost in µs), not a generation speed.
const unthrottled = await measure("unthrottled server", 0);

const target = { ttftAddedMsMax: 1, tokensPerSecondPctMax: 3 };
const pass = fixed.overhead.ttftAddedMsMedian < target.ttftAddedMsMax && fixed.overhead.tokensPerSecondPctMedian <= target.tokensPerSecondPctMax;
const result = {
  benchmark: "remote-overhead",
  date: new Date().toISOString(),
  command: `node bench/remote-overhead.mjs --iterations ${iterations} --warmup ${warmup} --tokens ${tokenCount} --rate ${rate}`,
  machine: { node: process.version, platform: platform(), arch: arch(), cpus: cpus().length, cpuModel: cpus()[0]?.model },
  config: { core: process.env.MEDSLM_BENCH_CORE ?? "dist/index.js", iterations, warmup, tokens: tokenCount, ratePerSecond: rate, server: "test-support/fake-ollama-server.ts in a worker thread", promptChars: prompt.length },
  target,
  pass,
  scenarios: [fixed, unthrottled]
};

await mkdir(args.out, { recursive: true });
await writeFile(join(args.out, "remote-overhead.json"), JSON.stringify(result, null, 2) + "\n");

const row = (s, who) => {
  const r = s[who];
  return `| ${s.label} | ${who === "sdk" ? "@medslm/core Ollama backend" : "raw `ollama` client"} | ${round(r.ttftMs.median)} | ${round(r.ttftMs.p95)} | ${round(r.tokensPerSecond.median, 1)} | ${round(r.tokensPerSecond.p95, 1)} |`;
};
const md = [
  "# SDK overhead on the Ollama path",
  "",
  `${result.date} · Node ${process.version} · ${result.machine.cpus} × ${result.machine.cpuModel ?? "CPU"} · ${iterations} runs each (after ${warmup} warm-up), ${tokenCount} tokens a run`,
  "",
  `Command: \`${result.command}\` (in packages/core, after \`npx tsup\`)`,
  "",
  "| scenario | client | TTFT median (ms) | TTFT p95 (ms) | tokens/s median | tokens/s p95 |",
  "| --- | --- | ---: | ---: | ---: | ---: |",
  ...[fixed, unthrottled].flatMap((s) => [row(s, "sdk"), row(s, "raw")]),
  "",
  "| scenario | added TTFT median (ms) | added TTFT p95 (ms) | tokens/s lost (median) | client µs/token, SDK vs raw (median) |",
  "| --- | ---: | ---: | ---: | ---: |",
  ...[fixed, unthrottled].map(
    (s) =>
      `| ${s.label} | ${round(s.overhead.ttftAddedMsMedian)} | ${round(s.overhead.ttftAddedMsP95)} | ${round(s.overhead.tokensPerSecondPctMedian, 2)} % | ${round(s.sdk.clientMicrosPerToken.median, 1)} vs ${round(s.raw.clientMicrosPerToken.median, 1)} |`
  ),
  "",
  `Target (fixed rate): under ${target.ttftAddedMsMax} ms added TTFT and within ${target.tokensPerSecondPctMax} % tokens/s: **${pass ? "met" : "not met"}**.`,
  ""
].join("\n");
await writeFile(join(args.out, "remote-overhead.md"), md);
process.stdout.write(md);
