// Benchmark inputs shared by safety-bench and name-engines: messages of a given size in bytes.
import { readFileSync } from "node:fs";
import { loadGenMedGptMessages } from "../safety-eval/hard-negatives.mjs";

const evalDir = new URL("../safety-eval/", import.meta.url);
const readTexts = (name) =>
  readFileSync(new URL(name, evalDir), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text);

/** Sentences joined until `bytes`, a different mix per message (stepping through the corpus by a prime). */
function joined(corpus, bytes, count) {
  const out = [];
  let k = 0;
  for (let i = 0; i < count; i++) {
    let m = "";
    while (Buffer.byteLength(m) < bytes) m += (m ? " " : "") + corpus[(k += 7919) % corpus.length];
    out.push(Buffer.from(m).subarray(0, bytes).toString("utf8").replace(/\uFFFD$/, ""));
  }
  return out;
}

/**
 * The worst case: sentences of the labelled sets (emergencies, PHI-bearing lines, scope requests),
 * so nearly every rule has its trigger words in every message.
 */
export function denseMessages(bytes, count) {
  return joined(["triage-dev.jsonl", "phi-dev.jsonl", "scope-dev.jsonl"].flatMap(readTexts), bytes, count);
}

/** Real patient messages (GenMedGPT-5k, read at run time) joined to size; [] without the shared data. */
export function patientMessages(bytes, count) {
  const corpus = loadGenMedGptMessages().map((m) => m.text);
  return corpus.length === 0 ? [] : joined(corpus, bytes, count);
}
