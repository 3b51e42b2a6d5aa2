#!/usr/bin/env node
/* global process, performance, console */
// Cold start of `medslm ask`: from spawning the process to the first token of the answer, on the
// embedded default model (or, when @medslm/model-tiny is not installed, the tiny test GGUF).
// Each run is a fresh process, as a user typing the command gets. Writes the median of N runs to
// bench-results/cold-start.json and .md.
//
//   node bench/cold-start.mjs [--runs 11] [--threads N] [--model path.gguf]
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const here = dirname(fileURLToPath(import.meta.url));
const cliDir = resolve(here, "..");
const bin = join(cliDir, "dist", "bin.js");
const outDir = join(cliDir, "bench-results");

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: process.env.BENCH_RUNS ?? "11" },
    // Default: no --threads flag, the embedded backend's own choice (what a user gets).
    threads: { type: "string" },
    model: { type: "string" },
    question: { type: "string", default: "What are the common symptoms of the flu?" }
  }
});
const runs = Number(values.runs);
if (!existsSync(bin)) throw new Error(`Build the CLI first (npx turbo run build --filter=@medslm/cli): ${bin} is missing.`);

/** The default model when installed; else the test GGUF (MEDSLM_TEST_GGUF or the built fixture). */
async function chooseModel() {
  if (values.model) return { path: resolve(values.model), label: "as given (--model)", viaDefault: false };
  const { defaultModelPath } = await import("@medslm/core/embedded");
  const demo = await defaultModelPath();
  if (demo) return { path: demo, label: "embedded default model (@medslm/model-tiny)", viaDefault: true };
  if (process.env.MEDSLM_TEST_GGUF) return { path: resolve(process.env.MEDSLM_TEST_GGUF), label: "MEDSLM_TEST_GGUF", viaDefault: false };
  const fixtures = join(cliDir, "..", "..", "packages", "core", ".cache", "fixtures");
  const built = existsSync(fixtures)
    ? readdirSync(fixtures)
        .filter((f) => /^tiny-[0-9a-f]+\.gguf$/.test(f))
        .map((f) => join(fixtures, f))
        .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
    : [];
  if (built.length > 0) return { path: built[0], label: "tiny test GGUF (the newest in packages/core/.cache/fixtures)", viaDefault: false };
  throw new Error("No model: install @medslm/model-tiny, set MEDSLM_TEST_GGUF, or run the core tests once to build the tiny fixture.");
}

function once(model) {
  // Plain `medslm ask`, as a user types it: the first stdout byte is the first text of the answer
  // (a routine question prints no notice). --verbose adds one stderr line when the backend is
  // ready, which splits the wait in two. With the default model no --model flag is given: the
  // Ollama probe (refused at once here) is part of the wait.
  // A fixed seed: every run generates the same text, so the first sentence (which the output
  // checks release as a whole) ends at the same token each time.
  const args = [bin, "ask", "--verbose", "--max-tokens", "16", "--seed", "42"];
  if (values.threads) args.push("--threads", values.threads);
  if (!model.viaDefault) args.push("--model", model.path);
  args.push(values.question);
  const env = { ...process.env, OLLAMA_HOST: "http://127.0.0.1:9", NO_COLOR: "1" };
  delete env.MEDSLM_BACKEND;
  delete env.MEDSLM_MODEL;
  delete env.MEDSLM_THREADS;
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    const result = { backendReadyMs: undefined, firstTokenMs: undefined, exitMs: undefined };
    child.stdout.on("data", () => {
      result.firstTokenMs ??= performance.now() - started;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk) => {
      stderr += chunk;
      if (result.backendReadyMs === undefined && /^backend: /m.test(stderr)) result.backendReadyMs = performance.now() - started;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      result.exitMs = performance.now() - started;
      if (code !== 0 || result.firstTokenMs === undefined || result.backendReadyMs === undefined) {
        reject(new Error(`run failed (exit ${code}):\n${stderr}`));
      } else resolvePromise(result);
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x) => Math.round(x * 10) / 10;
const stats = (xs) => ({ median: round(median(xs)), min: round(Math.min(...xs)), max: round(Math.max(...xs)) });

const model = await chooseModel();
const { describeEmbeddedRuntime } = await import("@medslm/core/embedded");
const threads = values.threads ? `${values.threads} (--threads)` : `${(await describeEmbeddedRuntime()).defaultThreads} (the backend's default)`;
console.log(`cold start: ${runs} runs, model ${model.path} (${model.label}), threads ${threads}`);
await once(model); // warm the OS file cache once, so every measured run sees the same disk state
const samples = [];
for (let i = 0; i < runs; i++) {
  const sample = await once(model);
  samples.push(sample);
  console.log(`  run ${i + 1}: first token ${sample.firstTokenMs.toFixed(0)} ms (backend ready ${sample.backendReadyMs.toFixed(0)} ms, exit ${sample.exitMs.toFixed(0)} ms)`);
}

const result = {
  benchmark: "medslm ask cold start: process spawn to first token",
  date: new Date().toISOString(),
  machine: { cpu: os.cpus()[0]?.model ?? "unknown", cores: os.availableParallelism(), memoryGiB: round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}`, node: process.version, loadAverageAtEnd: os.loadavg().map(round) },
  model: { path: model.path, label: model.label, selectedWithoutFlags: model.viaDefault },
  settings: { runs, threads, maxTokens: 16, seed: 42, question: values.question, warmupRuns: 1, command: "medslm ask --verbose" },
  spawnToFirstTokenMs: stats(samples.map((s) => s.firstTokenMs)),
  spawnToBackendReadyMs: stats(samples.map((s) => s.backendReadyMs)),
  backendReadyToFirstTokenMs: stats(samples.map((s) => s.firstTokenMs - s.backendReadyMs)),
  spawnToExitMs: stats(samples.map((s) => s.exitMs)),
  samples
};

await mkdir(outDir, { recursive: true });
await writeFile(join(outDir, "cold-start.json"), JSON.stringify(result, null, 2) + "\n");
const row = (name, s, note) => `| ${name} | ${s.median} | ${s.min} | ${s.max} | ${note} |`;
await writeFile(
  join(outDir, "cold-start.md"),
  [
    "# `medslm ask` cold start",
    "",
    `${result.date} · ${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memoryGiB} GiB · ${result.machine.platform} · Node ${result.machine.node} · load average at the end ${result.machine.loadAverageAtEnd.join(" / ")}`,
    "",
    `Model: \`${model.path}\` (${model.label}). ${runs} fresh processes after one warm-up, threads ${threads}, \`--max-tokens 16 --seed 42\`, Ollama not reachable.`,
    "",
    "\"First token\" is the first text the user sees: the output safety checks release the answer a sentence at a time",
    "(or at most 160 characters), so it is the end of the first sentence, or of the answer when that comes first.",
    "",
    "| Phase (ms from spawn) | median | min | max | |",
    "| --- | ---: | ---: | ---: | --- |",
    row("**first token on stdout**", result.spawnToFirstTokenMs, "what the user waits for"),
    row("backend ready", result.spawnToBackendReadyMs, "node start, imports, input safety check, backend selection, model load"),
    row("backend ready → first token", result.backendReadyToFirstTokenMs, "prompt evaluation, tokens up to the first released sentence"),
    row("process exit", result.spawnToExitMs, "16 tokens at most, dispose"),
    "",
    "Command: `npm run bench -w @medslm/cli` (`node bench/cold-start.mjs --runs N --threads T`).",
    ""
  ].join("\n")
);
console.log(`first token: median ${result.spawnToFirstTokenMs.median} ms → ${join(outDir, "cold-start.md")}`);
