// Latency and throughput of the safety pipeline's input check (triage + PHI + scope) on one core,
// for 200 B, 2 KB and 32 KB messages, plus the output guard, the name-engine comparison and a
// linear-time table for adversarial inputs. Writes bench-results/safety-bench.{json,md}.
// Usage: npx tsup && taskset -c 0 node bench/safety-bench.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { SafetyPipeline, bundledPlaceModel, bundledScopeModel, bundledTriageModel } from "../dist/index.js";
import { denseMessages, patientMessages } from "./bench-messages.mjs";

const resultsDir = new URL("../bench-results/", import.meta.url);

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function measure(fn, inputs, minRuns) {
  for (let i = 0; i < Math.min(50, inputs.length); i++) fn(inputs[i]); // warm up (JIT, regex tier-up, lexicon)
  const times = [];
  const t0 = process.hrtime.bigint();
  for (let r = 0; times.length < minRuns; r++) {
    for (const m of inputs) {
      const a = process.hrtime.bigint();
      fn(m);
      times.push(Number(process.hrtime.bigint() - a) / 1e6);
      if (times.length >= minRuns) break;
    }
  }
  const total = Number(process.hrtime.bigint() - t0) / 1e9;
  times.sort((a, b) => a - b);
  return { runs: times.length, p50Ms: +percentile(times, 50).toFixed(4), p99Ms: +percentile(times, 99).toFixed(4), maxMs: +times[times.length - 1].toFixed(3), messagesPerSecond: Math.round(times.length / total) };
}

const lexicon = new SafetyPipeline();
const full = new SafetyPipeline({ nameEngine: "compromise" });
const sizes = [
  ["200 B", 200, 4000],
  ["2 KB", 2048, 2000],
  ["32 KB", 32768, 200]
];
const input = {};
const compare = {};
for (const [label, bytes, runs] of sizes) {
  const msgs = denseMessages(bytes, 200);
  input[label] = measure((m) => lexicon.checkInputSync(m), msgs, runs);
  compare[label] = measure((m) => full.checkInputSync(m), msgs.slice(0, 40), Math.min(runs, label === "32 KB" ? 20 : 200));
  console.log(label, "lexicon", input[label], "compromise-full", compare[label]);
}

// Real patient messages joined to 2 KB: fewer rule words per message than the dense worst case.
const patients = patientMessages(2048, 200);
const patient2KB = patients.length > 0 ? measure((m) => lexicon.checkInputSync(m), patients, 2000) : null;
console.log("2 KB patient messages", patient2KB);

// The optional learned triage step on top of the rules (what the CLI runs by default).
const triageModel = bundledTriageModel();
const model2KB = measure((m) => triageModel.score(m), denseMessages(2048, 200), 2000);
console.log("triage model score, 2 KB", model2KB);
const scopeModel = bundledScopeModel();
const scope2KB = measure((m) => scopeModel.score(m), denseMessages(2048, 200), 2000);
console.log("scope model score, 2 KB", scope2KB);
// The whole input check with the learned name step, as the CLI redacts (rules + name model)
const withNames = new SafetyPipeline({ nameModel: true });
const names2KB = measure((m) => withNames.checkInputSync(m), denseMessages(2048, 200), 2000);
console.log("input check with the name model, 2 KB", names2KB);
// The learned place step alone (its spans before they are merged with the rules' hits)
const placeModel = bundledPlaceModel();
const place2KB = measure((m) => placeModel.places(m), denseMessages(2048, 200), 2000);
console.log("place model spans, 2 KB", place2KB);
// ... and the whole input check with the learned place step as well (what the CLI redacts with by default), on the same messages
const withPlaces = new SafetyPipeline({ nameModel: true, placeModel: true });
const places2KB = measure((m) => withPlaces.checkInputSync(m), denseMessages(2048, 200), 2000);
console.log("input check with the name and place models, 2 KB", places2KB);

// Output guard: a 2 KB answer streamed in 8-character deltas.
const answer = denseMessages(2048, 1)[0];
async function* deltas() {
  for (let i = 0; i < answer.length; i += 8) yield answer.slice(i, i + 8);
}
const conversation = lexicon.createConversation();
const verdict = await conversation.checkInput("How do I lower my blood pressure?");
const guardTimes = [];
for (let r = 0; r < 200; r++) {
  const a = process.hrtime.bigint();
  for await (const _ of conversation.guardOutput(deltas(), verdict)) void _;
  guardTimes.push(Number(process.hrtime.bigint() - a) / 1e6);
}
guardTimes.sort((a, b) => a - b);
const guard = { answerChars: answer.length, deltaChars: 8, p50Ms: +percentile(guardTimes.slice(20), 50).toFixed(3), p99Ms: +percentile(guardTimes.slice(20), 99).toFixed(3) };
console.log("guard", guard);

// Linear time: best-of-5 time per input for adversarial strings, 2 KB to 64 KB.
const big = new SafetyPipeline({ maxInputChars: 1 << 20 });
const ADVERSARIAL = {
  "aaaa… (no spaces)": (n) => "a".repeat(n),
  "a.a.a.… (email/URL-like)": (n) => "a.".repeat(n / 2),
  "1-1-1-… (phone/SSN-like)": (n) => "1-".repeat(n / 2),
  "1/1/1/… (date-like)": (n) => "1/".repeat(n / 2),
  "Aa Aa … (name-like)": (n) => "Aa ".repeat(Math.floor(n / 3)),
  "chest chest … (rule word)": (n) => "chest ".repeat(Math.floor(n / 6)),
  "x1.@-/ Ab… (mixed)": (n) => "x1.@-/ Ab".repeat(Math.floor(n / 9))
};
const linear = {};
for (const [name, make] of Object.entries(ADVERSARIAL)) {
  linear[name] = {};
  for (const n of [2048, 8192, 32768, 65536]) {
    const s = make(n);
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const a = process.hrtime.bigint();
      big.checkInputSync(s);
      best = Math.min(best, Number(process.hrtime.bigint() - a) / 1e6);
    }
    linear[name][n] = +best.toFixed(2);
  }
}
console.log("linear", linear);

const summary = {
  date: new Date().toISOString(),
  machine: `${os.cpus()[0]?.model ?? "cpu"}, ${os.cpus().length} cores (pinned to one with taskset), Node ${process.version}`,
  command: "taskset -c 0 node bench/safety-bench.mjs",
  checkInput: input,
  checkInputCompromiseFullParse: compare,
  checkInputPatient2KB: patient2KB,
  triageModelScore2KB: model2KB,
  scopeModelScore2KB: scope2KB,
  inputCheckWithNameModel2KB: names2KB,
  placeModelSpans2KB: place2KB,
  inputCheckWithNameAndPlaceModels2KB: places2KB,
  outputGuard: guard,
  linearTimeMs: linear
};
mkdirSync(resultsDir, { recursive: true });
writeFileSync(new URL("safety-bench.json", resultsDir), JSON.stringify(summary, null, 2) + "\n");
const md = [
  "# Safety pipeline benchmark",
  "",
  `${summary.date} · ${summary.machine} · \`${summary.command}\``,
  "",
  "Input check (triage + PHI redaction + scope), one message at a time, on messages built from the labelled sets' sentences (the worst case: nearly every rule's trigger words in every message):",
  "",
  "| message | p50 | p99 | messages/s | p50 with compromise full parse | p99 with it |",
  "| --- | --- | --- | --- | --- | --- |",
  ...sizes.map(([l]) => `| ${l} | ${input[l].p50Ms} ms | ${input[l].p99Ms} ms | ${input[l].messagesPerSecond} | ${compare[l].p50Ms} ms | ${compare[l].p99Ms} ms |`),
  "",
  `Learned triage step alone (triage model score), 2 KB: p50 ${model2KB.p50Ms} ms, p99 ${model2KB.p99Ms} ms.`,
  `Learned scope step alone (scope model score), 2 KB: p50 ${scope2KB.p50Ms} ms, p99 ${scope2KB.p99Ms} ms.`,
  `Learned place step alone (place model spans), 2 KB: p50 ${place2KB.p50Ms} ms, p99 ${place2KB.p99Ms} ms.`,
  `Whole input check with the learned name step, 2 KB: p50 ${names2KB.p50Ms} ms, p99 ${names2KB.p99Ms} ms.`,
  `Whole input check with the learned name and place steps (what the CLI redacts with), 2 KB: p50 ${places2KB.p50Ms} ms, p99 ${places2KB.p99Ms} ms (the place step adds ${(places2KB.p50Ms - names2KB.p50Ms).toFixed(3)} ms p50).`,
  patient2KB ? `Real patient messages (GenMedGPT-5k) joined to 2 KB: p50 ${patient2KB.p50Ms} ms, p99 ${patient2KB.p99Ms} ms, ${patient2KB.messagesPerSecond} messages/s.` : "Real patient messages: shared data not found.",
  "",
  `Output guard, a ${guard.answerChars}-character answer in ${guard.deltaChars}-character deltas: p50 ${guard.p50Ms} ms, p99 ${guard.p99Ms} ms for the whole answer.`,
  "",
  "Linear time (best of 5, ms per input; 32x the size should cost about 32x the time):",
  "",
  "| adversarial input | 2 KB | 8 KB | 32 KB | 64 KB |",
  "| --- | --- | --- | --- | --- |",
  ...Object.entries(linear).map(([k, v]) => `| ${k} | ${v[2048]} | ${v[8192]} | ${v[32768]} | ${v[65536]} |`),
  ""
].join("\n");
writeFileSync(new URL("safety-bench.md", resultsDir), md);
console.log(md);
