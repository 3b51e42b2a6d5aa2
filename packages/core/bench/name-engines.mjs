// Compares person-name finders for PHI redaction (issue 4): our engines ("lexicon", "compromise",
// "compromise-only", through SafetyPipeline) against wink-nlp with wink-eng-lite-web-model (NER
// persons, a PROPN-sequence baseline, PROPN plus name cues, and lexicon + that). Measures NAME
// recall and precision on the labelled PHI sets, NAME spans on name-free MedQA question stems
// (read at run time from /work/shared/data, never copied) and time per 2 KB message.
// Writes bench-results/name-engines.{json,md}.
// Usage: npx tsup && taskset -c 0 node bench/name-engines.mjs [--verbose]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { dirname, join } from "node:path";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { SafetyPipeline } from "../dist/index.js";
import { denseMessages } from "./bench-messages.mjs";

// Cold start: loading each library once, as the first message of a process would.
const coldStart = {};
let t0 = performance.now();
const { default: winkNLP } = await import("wink-nlp");
const { default: winkModel } = await import("wink-eng-lite-web-model");
const winkProbe = winkNLP(winkModel);
coldStart.winkLoadMs = +(performance.now() - t0).toFixed(1);
t0 = performance.now();
new SafetyPipeline().checkInputSync("My name is Ana.");
coldStart.lexiconFirstCheckMs = +(performance.now() - t0).toFixed(1);

const require = createRequire(import.meta.url);
const evalDir = new URL("../safety-eval/", import.meta.url);
const resultsDir = new URL("../bench-results/", import.meta.url);
const medqaPath = process.env.MEDQA_PATH ?? "/work/shared/data/medqa-usmle-4opt-test.jsonl";
const verbose = process.argv.includes("--verbose");
const readJsonl = (path) =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const ratio = (a, b) => (b === 0 ? null : Number((a / b).toFixed(4)));

// ---- wink-nlp adapters ------------------------------------------------------------------------

// The full default pipe for NER (what a user of entities() gets); only what PROPN needs otherwise.
const winkFull = winkProbe;
const winkPos = winkNLP(winkModel, ["sbd", "pos"]);
const its = winkFull.its;

/** Character offsets of wink's tokens: wink keeps each token's preceding whitespace, so the text is their concatenation. */
function tokenOffsets(doc, text) {
  const values = doc.tokens().out(its.value);
  const spaces = doc.tokens().out(its.precedingSpaces);
  const offsets = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    offsets.push({ start: at, end: at + values[i].length });
    at += values[i].length;
  }
  // wink expands some contractions and normalises spellings only in its.normal; its.value is the source
  if (text.slice(at).trim() !== "" || offsets.some((o, i) => text.slice(o.start, o.end) !== values[i])) {
    throw new Error(`wink token offsets do not reproduce the text: ${JSON.stringify(text.slice(0, 80))}`);
  }
  return offsets;
}

/** wink NER: entities of a person type. The lite web model has none (its README lists CARDINAL, DATE, ... URL). */
const PERSON_TYPES = new Set(["PERSON", "PER", "PERSON_NAME"]);
const entityTypesSeen = new Map();
function winkNerNames(text) {
  const doc = winkFull.readDoc(text);
  const out = [];
  const offsets = tokenOffsets(doc, text);
  doc.entities().each((e) => {
    const type = e.out(its.type);
    entityTypesSeen.set(type, (entityTypesSeen.get(type) ?? 0) + 1);
    if (!PERSON_TYPES.has(type)) return;
    const [a, b] = e.out(its.span);
    out.push({ start: offsets[a].start, end: offsets[b].end });
  });
  return out;
}

const TITLES = new Set(["dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "prof", "prof.", "doctor"]);

/** Runs of adjacent capitalised PROPN words on one line, titles dropped: the tagger's own idea of a name. */
function propnRuns(doc, text) {
  const offsets = tokenOffsets(doc, text);
  const values = doc.tokens().out(its.value);
  const pos = doc.tokens().out(its.pos);
  const types = doc.tokens().out(its.type);
  const runs = [];
  let run = null;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    // wink tags "I'm" as one PROPN token; it is a pronoun, and a cue for the name after it
    const isName = pos[i] === "PROPN" && types[i] === "word" && /^\p{Lu}/u.test(v) && !/^I(?:['’]m)?$/.test(v) && !TITLES.has(v.toLowerCase());
    const joined = run !== null && run.last === i - 1 && /^[ \t]{1,2}$/.test(text.slice(offsets[i - 1].end, offsets[i].start));
    if (isName && joined) {
      run.last = i;
      run.end = offsets[i].end;
    } else if (isName) {
      if (run) runs.push(run);
      run = { first: i, last: i, start: offsets[i].start, end: offsets[i].end };
    } else if (run && run.last !== i) {
      runs.push(run);
      run = null;
    }
  }
  if (run) runs.push(run);
  return { runs, values, offsets };
}

function winkPropnNames(text) {
  return propnRuns(winkPos.readDoc(text), text).runs.map(({ start, end }) => ({ start, end }));
}

// Name cues for PROPN runs, from compromise's lexicon (the same word knowledge the lexicon engine uses)
// plus a few context words: a run is kept when a word in it is a known given name or surname, or
// when a title, "my <relative>", "name is" or "I'm" comes right before it.
const compromiseLexicon = require("compromise").model().one.lexicon;
const tagOf = (w) => {
  const t = compromiseLexicon[w];
  return Array.isArray(t) ? t.join(",") : t;
};
const isKnownName = (w) => /(?:MaleName|FemaleName|FirstName|LastName|Person)/.test(tagOf(w) ?? "");
const RELATIVES = new Set(["son", "daughter", "wife", "husband", "mother", "father", "mom", "dad", "brother", "sister", "friend", "partner", "grandmother", "grandfather", "grandson", "granddaughter", "aunt", "uncle", "cousin", "boyfriend", "girlfriend", "baby", "child", "niece", "nephew", "doctor", "patient"]);
// Eponyms: "Horner syndrome", "Babinski sign" are PROPN to the tagger, never a person to redact.
const EPONYM_AFTER = /^['’]?s?\s+(?:syndrome|disease|sign|test|reflex|maneuver|manoeuvre|criteria|score|classification|fracture|palsy|phenomenon|law|triad|node|nodes|cells?|bod(?:y|ies)|procedure|operation|method|technique|scale|index|lymphoma|sarcoma|tumou?r|ulcer|nodules?|murmur|disorder|anomaly|deformity|esophagus|diverticulum|ring|block|position|stain|agar|formula|equation|effect|response|catheter|tube|virus|bacill)/i;
function cued(values, first) {
  const p1 = values[first - 1]?.toLowerCase() ?? "";
  const p2 = values[first - 2]?.toLowerCase() ?? "";
  if (TITLES.has(p1)) return true;
  if (RELATIVES.has(p1) && /^(?:my|his|her|our|their|your|the)$/.test(p2)) return true;
  if (p1 === "is" && p2 === "name") return true;
  if (p1 === "i'm" || p1 === "i’m" || p1 === "im" || (p1 === "am" && p2 === "i")) return true;
  return p1 === "named" || p1 === "called";
}
function winkPropnCuedNames(text) {
  const { runs, values } = propnRuns(winkPos.readDoc(text), text);
  return runs
    .filter((r) => !EPONYM_AFTER.test(text.slice(r.end, r.end + 30)))
    .filter((r) => cued(values, r.first) || values.slice(r.first, r.last + 1).some((v) => isKnownName(v.toLowerCase())))
    .map(({ start, end }) => ({ start, end }));
}

// ---- engines ----------------------------------------------------------------------------------

const pipelineNames = (pipeline) => (text) => pipeline.checkInputSync(text).phi.filter((h) => h.type === "NAME");
const lexiconPipeline = new SafetyPipeline({ nameEngine: "lexicon" });
const engines = [
  { id: "lexicon", what: "ours: compromise lexicon + context cues (default)", timed: "whole input check", names: pipelineNames(lexiconPipeline) },
  { id: "compromise", what: "ours + compromise people() full parse", timed: "whole input check", names: pipelineNames(new SafetyPipeline({ nameEngine: "compromise" })) },
  { id: "compromise-only", what: "compromise people() without our cues", timed: "whole input check", names: pipelineNames(new SafetyPipeline({ nameEngine: "compromise-only" })) },
  { id: "wink-ner", what: "wink-nlp entities() of a PERSON type", timed: "wink readDoc (full pipe) + adapter", names: winkNerNames },
  { id: "wink-propn", what: "wink-nlp runs of capitalised PROPN tokens", timed: "wink readDoc (sbd, pos) + adapter", names: winkPropnNames },
  { id: "wink-propn+cues", what: "wink PROPN runs kept when a lexicon name or a cue backs them", timed: "wink readDoc (sbd, pos) + adapter", names: winkPropnCuedNames },
  {
    id: "lexicon+wink-propn+cues",
    what: "lexicon engine, plus wink PROPN+cues spans that no PHI hit of the pipeline (any type) already covers",
    timed: "whole input check + wink",
    names: (text) => {
      const phi = lexiconPipeline.checkInputSync(text).phi;
      const added = winkPropnCuedNames(text).filter((w) => !phi.some((o) => o.start < w.end && o.end > w.start));
      return [...phi.filter((h) => h.type === "NAME"), ...added];
    }
  }
];

// ---- accuracy ---------------------------------------------------------------------------------

function labelledNames(row) {
  const seen = new Map();
  const out = [];
  for (const p of row.phi) {
    // a value labelled twice is its next occurrence
    const start = row.text.indexOf(p.text, seen.get(p.text) ?? 0);
    if (start < 0) throw new Error(`label not in text: ${p.text} | ${row.text}`);
    seen.set(p.text, start + p.text.length);
    if (p.type === "NAME") out.push({ start, end: start + p.text.length, text: p.text });
  }
  return out;
}

function nameEval(engine, rows) {
  let labelled = 0;
  let found = 0;
  let touched = 0;
  let predicted = 0;
  let truePred = 0;
  const missed = [];
  const falsePositives = [];
  for (const row of rows) {
    const gold = labelledNames(row);
    const spans = engine.names(row.text);
    for (const g of gold) {
      labelled++;
      const over = spans.filter((s) => s.start < g.end && s.end > g.start);
      let covered = 0;
      for (let i = g.start; i < g.end; i++) if (over.some((s) => s.start <= i && s.end > i)) covered++;
      // found when every character is inside a NAME span (a trailing period may be left)
      if (covered >= g.end - g.start - 1) found++;
      else missed.push({ name: g.text, got: over.map((s) => row.text.slice(s.start, s.end)), in: row.text });
      if (over.length > 0) touched++;
    }
    for (const s of spans) {
      predicted++;
      if (gold.some((g) => s.start < g.end && s.end > g.start)) truePred++;
      else falsePositives.push({ span: row.text.slice(s.start, s.end), in: row.text });
    }
  }
  return {
    rows: rows.length,
    labelledNames: labelled,
    recall: ratio(found, labelled),
    recallAnyOverlap: ratio(touched, labelled),
    predictedSpans: predicted,
    precision: ratio(truePred, predicted),
    missed: missed.slice(0, 15),
    falsePositives: falsePositives.slice(0, 15)
  };
}

function examEval(engine, questions) {
  let withName = 0;
  let spans = 0;
  const examples = [];
  for (const q of questions) {
    const got = engine.names(q);
    spans += got.length;
    if (got.length === 0) continue;
    withName++;
    if (examples.length < 12) examples.push(got.map((s) => q.slice(s.start, s.end)).join(" | "));
  }
  return { questions: questions.length, questionsWithName: withName, rate: ratio(withName, questions.length), nameSpans: spans, examples };
}

// ---- latency ----------------------------------------------------------------------------------

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
function measure(fn, inputs, runs) {
  for (let i = 0; i < Math.min(50, inputs.length); i++) fn(inputs[i]); // warm up: JIT, lexicons, model
  const times = [];
  while (times.length < runs) {
    for (const m of inputs) {
      const a = process.hrtime.bigint();
      fn(m);
      times.push(Number(process.hrtime.bigint() - a) / 1e6);
      if (times.length >= runs) break;
    }
  }
  times.sort((a, b) => a - b);
  return { runs: times.length, p50Ms: +percentile(times, 50).toFixed(3), p99Ms: +percentile(times, 99).toFixed(3) };
}

// ---- run --------------------------------------------------------------------------------------

const sets = [
  ["dev", new URL("phi-dev.jsonl", evalDir)],
  ["heldout", new URL("phi-heldout.jsonl", evalDir)],
  ["fresh-a", new URL("fresh/phi-a.jsonl", evalDir)]
].filter(([, url]) => existsSync(url));
const rowsBySet = Object.fromEntries(sets.map(([name, url]) => [name, readJsonl(url)]));
const medqa = existsSync(medqaPath) ? readJsonl(medqaPath).map((r) => r.question) : null;
const msgs = denseMessages(2048, 200);

const results = [];
for (const engine of engines) {
  const r = { id: engine.id, what: engine.what, timed: engine.timed, sets: {}, exam: null, latency2KB: null };
  for (const [name, rows] of Object.entries(rowsBySet)) r.sets[name] = nameEval(engine, rows);
  if (medqa) r.exam = examEval(engine, medqa);
  const slow = engine.id.startsWith("compromise") || engine.id.includes("wink");
  r.latency2KB = measure(engine.names, msgs, slow ? 400 : 2000);
  results.push(r);
  console.log(
    engine.id.padEnd(24),
    Object.entries(r.sets).map(([n, s]) => `${n} R ${s.recall} P ${s.precision}`).join(" · "),
    r.exam ? `· exam ${r.exam.questionsWithName}/${r.exam.questions}` : "",
    `· 2KB p50 ${r.latency2KB.p50Ms} ms p99 ${r.latency2KB.p99Ms} ms`
  );
  if (verbose) {
    for (const [n, s] of Object.entries(r.sets)) console.log(`  ${n} missed`, s.missed.slice(0, 6), `\n  ${n} false`, s.falsePositives.slice(0, 6));
    if (r.exam) console.log("  exam", r.exam.examples);
  }
}

const pinned = (() => {
  try {
    return readFileSync("/proc/self/status", "utf8").match(/Cpus_allowed_list:\s*(\S+)/)?.[1] ?? "?";
  } catch {
    return "?";
  }
})();
const load = os.loadavg().map((x) => x.toFixed(2)).join(" ");
// other work shares this machine: the load average says how far to trust the latencies
const machine = `${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} cores (CPUs allowed: ${pinned}), Node ${process.version}, load average at the end ${load}`;
/** A dependency's version, read from its package.json (compromise's exports map does not list it). */
function versionOf(name) {
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, "package.json")) || JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name !== name) dir = dirname(dir);
  return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
}
const command = "npx tsup && taskset -c 0 node bench/name-engines.mjs";
// phi.ts changes while others work: say which code the pipeline rows measured
const git = (...args) => {
  try {
    return execFileSync("git", args, { cwd: new URL("..", import.meta.url), encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
};
const measured = {
  commit: git("rev-parse", "--short", "HEAD"),
  safetySourceChangesSinceCommit: git("status", "--porcelain", "--", "src/safety")?.split("\n").filter(Boolean) ?? null,
  distIndexSha256: createHash("sha256").update(readFileSync(new URL("../dist/index.js", import.meta.url))).digest("hex").slice(0, 12)
};
const out = {
  date: new Date().toISOString(),
  machine,
  command,
  measured,
  coldStart,
  libraries: {
    compromise: versionOf("compromise"),
    "wink-nlp": versionOf("wink-nlp"),
    "wink-eng-lite-web-model": versionOf("wink-eng-lite-web-model")
  },
  winkEntityTypesSeen: Object.fromEntries([...entityTypesSeen].sort((a, b) => b[1] - a[1])),
  sets: Object.fromEntries(Object.entries(rowsBySet).map(([n, rows]) => [n, { rows: rows.length, names: rows.reduce((s, r) => s + r.phi.filter((p) => p.type === "NAME").length, 0) }])),
  examSet: medqa ? { file: medqaPath.split("/").pop(), questions: medqa.length } : null,
  engines: results
};
mkdirSync(resultsDir, { recursive: true });
writeFileSync(new URL("name-engines.json", resultsDir), JSON.stringify(out, null, 2) + "\n");

const setNames = Object.keys(rowsBySet);
const head = ["engine", ...setNames.flatMap((n) => [`${n} recall`, `${n} precision`]), "MedQA stems with a NAME", "2 KB p50", "2 KB p99", "timed"];
const line = (cells) => `| ${cells.join(" | ")} |`;
const pct = (x) => (x === null ? "n/a" : `${(x * 100).toFixed(1)}%`);
const md = [
  "# Person-name engines",
  "",
  `${out.date} · ${machine} · \`${command}\``,
  "",
  `Pipeline code: commit ${measured.commit}` +
    (measured.safetySourceChangesSinceCommit?.length ? ` plus uncommitted src/safety changes (${measured.safetySourceChangesSinceCommit.join(", ")})` : "") +
    `, dist/index.js sha256 ${measured.distIndexSha256}. Cold start: wink-nlp + model load ${coldStart.winkLoadMs} ms; ` +
    `first lexicon-engine check (loads compromise's lexicon) ${coldStart.lexiconFirstCheckMs} ms.`,
  "",
  `compromise ${out.libraries.compromise}, wink-nlp ${out.libraries["wink-nlp"]}, wink-eng-lite-web-model ${out.libraries["wink-eng-lite-web-model"]}. ` +
    `Sets: ${setNames.map((n) => `${n} ${out.sets[n].rows} rows / ${out.sets[n].names} NAME labels`).join(", ")}` +
    (medqa ? `; exam text: ${medqa.length} MedQA USMLE test question stems (no patient names; any NAME span there is a false positive).` : "; MedQA not found, exam column empty."),
  "",
  line(head),
  line(head.map(() => "---")),
  ...results.map((r) =>
    line([
      `\`${r.id}\``,
      ...setNames.flatMap((n) => [pct(r.sets[n].recall), `${pct(r.sets[n].precision)} (${r.sets[n].predictedSpans})`]),
      r.exam ? `${r.exam.questionsWithName} (${pct(r.exam.rate)})` : "n/a",
      `${r.latency2KB.p50Ms} ms`,
      `${r.latency2KB.p99Ms} ms`,
      r.timed
    ])
  ),
  "",
  "Recall: a labelled NAME counts when every character of it is inside a predicted NAME span. Precision: predicted NAME spans " +
    "that overlap a labelled NAME (span count in brackets). Latency is per 2 KB message on one core; the pipeline rows time the " +
    "whole input check (triage, all PHI types, scope), the wink rows only wink's readDoc plus the span adapter.",
  "",
  `wink entity types seen on all inputs: ${Object.entries(out.winkEntityTypesSeen).map(([t, n]) => `${t} ${n}`).join(", ") || "none"}. ` +
    "The lite web model's NER has no PERSON type, so `wink-ner` finds no names by construction.",
  "",
  ...results.map((r) => `- \`${r.id}\`: ${r.what}.`),
  ""
].join("\n");
writeFileSync(new URL("name-engines.md", resultsDir), md);
console.log(md);
