// Evaluates the safety pipeline on the labelled sets in ../safety-eval and on hard negatives
// built at run time from the shared GenMedGPT-5k data. Writes bench-results/safety-eval.{json,md}.
// Usage: npx tsup && node bench/safety-eval.mjs [--name-engine=compromise] [--file=set.jsonl]
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { SafetyPipeline, bundledScopeModel, bundledTriageModel } from "../dist/index.js";
import { loadGenMedGptAnswers, loadGenMedGptMessages, loadMedQaExamPrompts, perturb } from "../safety-eval/hard-negatives.mjs";

const here = new URL(".", import.meta.url);
const evalDir = new URL("../safety-eval/", here);
const resultsDir = new URL("../bench-results/", here);
const nameEngine = process.argv.find((a) => a.startsWith("--name-engine="))?.split("=")[1] ?? "lexicon";
const verbose = process.argv.includes("--verbose");
const readJsonl = (name) =>
  readFileSync(new URL(name, evalDir), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

const pipeline = new SafetyPipeline({ nameEngine });
let currentVerdict = (text) => pipeline.checkInputSync(text);
const verdict = (text) => currentVerdict(text);
// The optional learned name step (nameModel): it can only add NAME spans where no rules hit lies.
const namePipeline = new SafetyPipeline({ nameEngine, nameModel: true });
// Sets of what students paste on a study server ("-student") are scored as the student audience.
const studentPipeline = new SafetyPipeline({ nameEngine, audience: "student" });
// The optional learned place step (placeModel): it can only add CITY spans where no rules hit lies.
const placePipeline = new SafetyPipeline({ nameEngine, placeModel: true });
// The optional learned step (createTriageModelClassifier): it can only raise a level to emergency.
const triageModel = bundledTriageModel();
const modelSays = (v) => triageModel.raises(v.redacted);
// The optional learned scope step (createScopeModelClassifier): it can only refuse more.
const scopeModel = bundledScopeModel();
const refusedWithScopeModel = (v) => !v.scope.allowed || scopeModel.score(v.redacted).probability >= scopeModel.threshold;
// An emergency notice ("call 911", the crisis line), as opposed to the clinician's red-flag banner.
const emergencyNotice = (v) => v.triage.level === "emergency" && !v.triage.reasons.some((r) => r.rule === "triage.audience.care-team-third-person");
const ratio = (a, b) => (b === 0 ? null : Number((a / b).toFixed(4)));
const pct = (x) => (x === null || x === undefined ? "n/a" : `${(x * 100).toFixed(1)}%`);

function triageEval(rows) {
  const levels = ["emergency", "urgent", "routine"];
  const confusion = Object.fromEntries(levels.map((l) => [l, Object.fromEntries(levels.map((m) => [m, 0]))]));
  const misses = [];
  const withModel = { missed: 0, routineFlagged: 0 };
  for (const r of rows) {
    const v = verdict(r.text);
    const got = v.triage.level;
    confusion[r.level][got]++;
    const modelEmergency = got === "emergency" || modelSays(v);
    if (r.level === "emergency" && !modelEmergency) withModel.missed++;
    if (r.level === "routine" && modelEmergency) withModel.routineFlagged++;
    if (r.level === "emergency" && got !== "emergency") misses.push({ text: r.text, got });
    if (r.level === "routine" && got === "emergency" && verbose) console.log("FP emergency:", r.text);
    if (r.level !== got && verbose) console.log(`  ${r.level}->${got}: ${r.text}`);
  }
  const per = {};
  for (const l of levels) {
    const tp = confusion[l][l];
    const predicted = levels.reduce((s, m) => s + confusion[m][l], 0);
    const actual = levels.reduce((s, m) => s + confusion[l][m], 0);
    per[l] = { n: actual, precision: ratio(tp, predicted), recall: ratio(tp, actual) };
  }
  const routineN = per.routine.n;
  return {
    n: rows.length,
    perLevel: per,
    confusion,
    emergencyMissed: misses.length,
    routineFlaggedEmergency: ratio(confusion.routine.emergency, routineN),
    withTriageModel: { emergencyMissed: withModel.missed, routineFlaggedEmergency: ratio(withModel.routineFlagged, routineN) },
    misses
  };
}

function robustnessEval(rows) {
  const byKind = {};
  let n = 0;
  let caught = 0;
  const misses = [];
  rows.forEach((r, i) => {
    for (const v of perturb(r.text, i + 1)) {
      const got = verdict(v.text).triage.level;
      byKind[v.kind] ??= { n: 0, caught: 0 };
      byKind[v.kind].n++;
      n++;
      if (got === "emergency") {
        byKind[v.kind].caught++;
        caught++;
      } else misses.push({ kind: v.kind, text: v.text });
    }
  });
  return { n, recall: ratio(caught, n), byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, { n: v.n, recall: ratio(v.caught, v.n) }])), misses };
}

// Titles and honorifics a writer may put inside a NAME label; at most one, and never the whole label.
const TITLE = /^(?:mr|mrs|ms|miss|mx|dr|doctor|prof|professor|sister|sr|brother|father|fr|rev|reverend|pastor|rabbi|imam|officer|nurse|judge|coach|capt|captain|sgt|sergeant)\.?\s+(?=\S)/i;
const leadingTitle = (label) => TITLE.exec(label)?.[0].length ?? 0;

function phiEval(rows, withModels = true) {
  const types = {};
  let labelled = 0;
  let found = 0;
  let foundAnyType = 0;
  let predicted = 0;
  let truePred = 0;
  let keepN = 0;
  let keepOk = 0;
  // CITY hits: all, overlapping a labelled span, overlapping a labelled CITY
  const city = { predicted: 0, onLabel: 0, onCity: 0 };
  const missed = [];
  const falsePos = [];
  const clinicalLost = [];
  // a label sits at its first occurrence that is a whole word ("93" in "... 1931 - 93 y/o" is the age, not the year)
  const labelStart = (text, label, from) => {
    for (let at = text.indexOf(label, from); at >= 0; at = text.indexOf(label, at + 1)) {
      if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text[at + label.length] ?? "")) return at;
    }
    return text.indexOf(label, from);
  };
  const model = withModels ? phiEvalWith(rows, (text) => namePipeline.checkInputSync(text)) : undefined;
  const placeModel = withModels ? phiEvalWith(rows, (text) => placePipeline.checkInputSync(text)) : undefined;
  for (const r of rows) {
    const v = verdict(r.text);
    const seen = new Map();
    const spans = r.phi.map((p) => {
      // a value labelled twice is its next occurrence
      const start = labelStart(r.text, p.text, seen.get(p.text) ?? 0);
      seen.set(p.text, start + p.text.length);
      if (start < 0) throw new Error(`label not in text: ${p.text} | ${r.text}`);
      return { ...p, start, end: start + p.text.length };
    });
    for (const s of spans) {
      labelled++;
      types[s.type] ??= { n: 0, found: 0 };
      types[s.type].n++;
      const overlapping = v.phi.filter((h) => h.start < s.end && h.end > s.start);
      // recall counts a label as found when every character of it is redacted
      // a title inside a NAME label ("Dr. Patel", "sister mary") is not itself an identifier: the
      // redactor keeps it ("Dr. [NAME_1]"), so only the name after it must be covered
      const from = s.type === "NAME" ? s.start + leadingTitle(s.text) : s.start;
      let covered = 0;
      for (let i = from; i < s.end; i++) if (overlapping.some((h) => h.start <= i && h.end > i)) covered++;
      const full = covered >= s.end - from - 1; // tolerate a trailing period
      if (full) foundAnyType++;
      if (full && overlapping.some((h) => h.type === s.type || (s.type === "FAX" && h.type === "PHONE") || (s.type === "PHONE" && h.type === "FAX"))) {
        found++;
        types[s.type].found++;
      } else missed.push({ type: s.type, text: s.text, got: overlapping.map((h) => `${h.type}:${h.text}`), in: r.text });
    }
    for (const h of v.phi) {
      predicted++;
      if (spans.some((s) => h.start < s.end && h.end > s.start)) truePred++;
      else falsePos.push({ type: h.type, text: h.text, in: r.text });
      if (h.type === "CITY") {
        city.predicted++;
        if (spans.some((s) => h.start < s.end && h.end > s.start)) city.onLabel++;
        if (spans.some((s) => s.type === "CITY" && h.start < s.end && h.end > s.start)) city.onCity++;
      }
    }
    for (const k of r.keep ?? []) {
      keepN++;
      if (v.redacted.includes(k)) keepOk++;
      else clinicalLost.push({ value: k, redacted: v.redacted });
    }
  }
  return {
    rows: rows.length,
    labelled,
    recall: ratio(found, labelled),
    recallAnyType: ratio(foundAnyType, labelled),
    precision: ratio(truePred, predicted),
    cityPrecision: ratio(city.onLabel, city.predicted),
    cityPrecisionSameType: ratio(city.onCity, city.predicted),
    clinicalPreserved: ratio(keepOk, keepN),
    clinicalValues: keepN,
    perType: Object.fromEntries(Object.entries(types).sort().map(([t, v]) => [t, { n: v.n, recall: ratio(v.found, v.n) }])),
    missed,
    falsePositives: falsePos,
    clinicalLost,
    ...(model ? { withNameModel: { nameRecall: model.perType.NAME?.recall ?? null, precision: model.precision, clinicalPreserved: model.clinicalPreserved } } : {}),
    ...(placeModel
      ? {
          withPlaceModel: {
            cityRecall: placeModel.perType.CITY?.recall ?? null,
            cityPrecision: placeModel.cityPrecision,
            cityPrecisionSameType: placeModel.cityPrecisionSameType,
            precision: placeModel.precision,
            clinicalPreserved: placeModel.clinicalPreserved
          }
        }
      : {})
  };
}

function phiEvalWith(rows, check) {
  const saved = currentVerdict;
  currentVerdict = check;
  try {
    return phiEval(rows, false);
  } finally {
    currentVerdict = saved;
  }
}

function scopeEval(rows) {
  let prohibited = 0;
  let refused = 0;
  let allowedN = 0;
  let overRefused = 0;
  let categoryRight = 0;
  const perCat = {};
  const misses = [];
  const over = [];
  const withModel = { refused: 0, overRefused: 0 };
  let notices = 0;
  let banners = 0;
  for (const r of rows) {
    const v = verdict(r.text);
    const s = v.scope;
    if (emergencyNotice(v)) notices++;
    else if (v.triage.level === "emergency") banners++;
    if (refusedWithScopeModel(v)) withModel[r.allowed ? "overRefused" : "refused"]++;
    if (!r.allowed) {
      prohibited++;
      perCat[r.category] ??= { n: 0, refused: 0 };
      perCat[r.category].n++;
      if (!s.allowed) {
        refused++;
        perCat[r.category].refused++;
        if (s.category === r.category) categoryRight++;
      } else misses.push({ category: r.category, text: r.text });
    } else {
      allowedN++;
      if (!s.allowed) {
        overRefused++;
        over.push({ text: r.text, category: s.category, rules: s.reasons.map((x) => x.rule) });
      }
    }
  }
  return {
    n: rows.length,
    prohibited,
    refused: ratio(refused, prohibited),
    categoryAccuracy: ratio(categoryRight, refused),
    perCategory: Object.fromEntries(Object.entries(perCat).map(([k, v]) => [k, { n: v.n, refused: ratio(v.refused, v.n) }])),
    allowed: allowedN,
    overRefusal: ratio(overRefused, allowedN),
    withScopeModel: { refused: ratio(withModel.refused, prohibited), overRefusal: ratio(withModel.overRefused, allowedN) },
    emergencyNotices: ratio(notices, rows.length),
    redFlagBanners: ratio(banners, rows.length),
    misses,
    overRefused: over
  };
}

/** scopeEval with another audience's verdicts. */
function scopeEvalWith(rows, check) {
  const saved = currentVerdict;
  currentVerdict = check;
  try {
    return scopeEval(rows);
  } finally {
    currentVerdict = saved;
  }
}

function hardNegativesEval(messages) {
  const levels = { emergency: 0, urgent: 0, routine: 0 };
  let refused = 0;
  let phiSpans = 0;
  const refusedExamples = [];
  const phiTypes = {};
  let modelEmergency = 0;
  let modelNames = 0;
  let modelPlaces = 0;
  let modelRefused = 0;
  for (const m of messages) {
    const v = verdict(m.text);
    modelNames += namePipeline.checkInputSync(m.text).phi.length - v.phi.length;
    modelPlaces += placePipeline.checkInputSync(m.text).phi.length - v.phi.length;
    if (refusedWithScopeModel(v)) modelRefused++;
    levels[v.triage.level]++;
    if (v.triage.level === "emergency" || modelSays(v)) modelEmergency++;
    if (!v.scope.allowed) {
      refused++;
      if (refusedExamples.length < 15) refusedExamples.push({ category: v.scope.category, rules: v.scope.reasons.map((r) => r.rule) });
    }
    for (const p of v.phi) {
      phiSpans++;
      phiTypes[p.type] = (phiTypes[p.type] ?? 0) + 1;
    }
  }
  const n = messages.length;
  return {
    n,
    triage: Object.fromEntries(Object.entries(levels).map(([k, v]) => [k, ratio(v, n)])),
    emergencyWithTriageModel: ratio(modelEmergency, n),
    scopeRefused: ratio(refused, n),
    scopeRefusedWithScopeModel: ratio(modelRefused, n),
    refusedRules: refusedExamples,
    phiSpansPerMessage: ratio(phiSpans, n),
    nameModelAddedSpans: modelNames,
    placeModelAddedSpans: modelPlaces,
    phiTypes
  };
}

/** Exam questions from students: no emergency notice, no refusal (student audience, as on Discord). */
function examQuestionsEval(messages) {
  const student = studentPipeline;
  let emergency = 0;
  let refused = 0;
  let modelRefused = 0;
  const modelCategories = {};
  for (const m of messages) {
    const v = student.checkInputSync(m.text);
    if (emergencyNotice(v)) emergency++;
    if (!v.scope.allowed) refused++;
    if (refusedWithScopeModel(v)) {
      modelRefused++;
      const c = v.scope.allowed ? scopeModel.score(v.redacted).category : v.scope.category;
      modelCategories[c] = (modelCategories[c] ?? 0) + 1;
    }
  }
  const n = messages.length;
  return { n, emergency: ratio(emergency, n), scopeRefused: ratio(refused, n), scopeRefusedWithScopeModel: ratio(modelRefused, n), withScopeModelByCategory: modelCategories };
}

// --file=<jsonl>: score one labelled file (kind from its name: triage, phi or scope) and list every failure
const onlyFile = process.argv.find((a) => a.startsWith("--file="))?.slice(7);
if (onlyFile) {
  const rows = readFileSync(onlyFile, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  const kind = /triage/.test(onlyFile) ? "triage" : /phi/.test(onlyFile) ? "phi" : "scope";
  const student = /-student\.jsonl$/.test(onlyFile);
  const r = kind === "triage" ? triageEval(rows) : kind === "phi" ? phiEval(rows) : student ? scopeEvalWith(rows, (text) => studentPipeline.checkInputSync(text)) : scopeEval(rows);
  console.log(JSON.stringify(r, null, 1));
  process.exit(0);
}

/**
 * The output guard on real doctor answers (GenMedGPT-5k outputs, streamed in 6-character deltas):
 * how often each output check fires, with examples. The answers are written as a doctor would
 * ("we need to give you some medications"), so prescribing replacements are expected.
 */
async function outputGuardEval(rows) {
  const counts = {};
  const examples = {};
  let changed = 0;
  for (const r of rows) {
    const conversation = pipeline.createConversation();
    const input = await conversation.checkInput(r.text);
    async function* deltas() {
      for (let i = 0; i < r.answer.length; i += 6) yield r.answer.slice(i, i + 6);
    }
    let text = "";
    const fired = new Set();
    for await (const e of conversation.guardOutput(deltas(), input)) {
      if (e.type === "text") text += e.text;
      if (e.type === "flag" || e.type === "escalation") {
        const kind = e.type === "escalation" && e.reason.rule.startsWith("triage.") ? "escalation.input" : e.type === "escalation" ? "escalation.answer" : e.reason.rule;
        if (!fired.has(kind)) {
          examples[kind] ??= [];
          if (examples[kind].length < 8) examples[kind].push(`${e.reason.rule}${e.reason.match ? ` (${e.reason.match})` : ""}: ${r.answer.slice(0, 140)}`);
        }
        fired.add(kind);
      }
    }
    if (conversation.restore(text) !== r.answer) changed++;
    for (const f of fired) counts[f] = (counts[f] ?? 0) + 1;
  }
  return { n: rows.length, answersChanged: ratio(changed, rows.length), rate: Object.fromEntries(Object.entries(counts).sort().map(([k, v]) => [k, ratio(v, rows.length)])), examples };
}

const sets = {};
for (const split of ["dev", "heldout"]) {
  const tri = readJsonl(`triage-${split}.jsonl`);
  sets[split] = {
    triage: triageEval(tri),
    robustness: robustnessEval(tri.filter((r) => r.level === "emergency")),
    phi: phiEval(readJsonl(`phi-${split}.jsonl`)),
    scope: scopeEval(readJsonl(`scope-${split}.jsonl`))
  };
}
// Sets by other writers (safety-eval/fresh/): "-a"/"-b" and the helpers' "-own" sets were used to
// broaden the rules; those listed here were never read while tuning, only scored at the end.
const FRESH_HELD_OUT = new Set(JSON.parse(readFileSync(new URL("held-out.json", evalDir), "utf8")).sets);
const freshDir = new URL("fresh/", evalDir);
const fresh = [];
for (const file of existsSync(freshDir) ? readdirSync(freshDir).filter((f) => f.endsWith(".jsonl")).sort() : []) {
  const name = file.replace(/\.jsonl$/, "");
  const rows = readJsonl(`fresh/${file}`);
  const kind = name.startsWith("triage") ? "triage" : name.startsWith("phi") ? "phi" : "scope";
  // "-student" sets are what students paste on a study server: scored with the student audience
  const audience = name.endsWith("-student") ? "student" : "patient";
  const r = kind === "triage" ? triageEval(rows) : kind === "phi" ? phiEval(rows) : audience === "student" ? scopeEvalWith(rows, (text) => studentPipeline.checkInputSync(text)) : scopeEval(rows);
  const heldOut = FRESH_HELD_OUT.has(name);
  let line;
  if (kind === "triage") {
    line = `emergencies missed ${r.emergencyMissed} of ${r.perLevel.emergency.n}; routine flagged emergency ${pct(r.routineFlaggedEmergency)} (n=${r.perLevel.routine.n}); urgent recall ${pct(r.perLevel.urgent.recall)}; with triage model: missed ${r.withTriageModel.emergencyMissed}, routine flagged ${pct(r.withTriageModel.routineFlaggedEmergency)}`;
  } else if (kind === "phi") {
    const weakest = Object.entries(r.perType).filter(([, v]) => v.n >= 5).sort((a, b) => a[1].recall - b[1].recall)[0];
    line = `recall ${pct(r.recall)} (n=${r.labelled}), NAME ${pct(r.perType.NAME?.recall ?? null)}, weakest type (n>=5) ${weakest ? `${weakest[0]} ${pct(weakest[1].recall)}` : "-"}; precision ${pct(r.precision)}; clinical values ${pct(r.clinicalPreserved)}; with name model: NAME ${pct(r.withNameModel.nameRecall)}, precision ${pct(r.withNameModel.precision)}; CITY ${pct(r.perType.CITY?.recall ?? null)} (n=${r.perType.CITY?.n ?? 0}), CITY precision ${pct(r.cityPrecision)}; with place model: CITY ${pct(r.withPlaceModel.cityRecall)}, CITY precision ${pct(r.withPlaceModel.cityPrecision)}, precision ${pct(r.withPlaceModel.precision)}`;
  } else {
    line = `prohibited refused ${pct(r.refused)} (n=${r.prohibited}), injection ${pct(r.perCategory["prompt-injection"]?.refused ?? null)}, weakest ${Object.entries(r.perCategory).sort((a, b) => a[1].refused - b[1].refused).map(([c, v]) => `${c} ${pct(v.refused)}`)[0] ?? "-"}; over-refusal ${pct(r.overRefusal)} (n=${r.allowed}); with scope model: refused ${pct(r.withScopeModel.refused)}, over-refusal ${pct(r.withScopeModel.overRefusal)}`;
    if (audience === "student") line = `student audience: ${line}; emergency notices ${pct(r.emergencyNotices)} (red-flag banners ${pct(r.redFlagBanners)})`;
  }
  fresh.push({ name, kind, heldOut, rows: rows.length, line, result: heldOut ? undefined : r });
}

const allTriage = [...readJsonl("triage-dev.jsonl"), ...readJsonl("triage-heldout.jsonl")];
const combinedEmergency = allTriage.filter((r) => r.level === "emergency").length;
const combinedMissed = sets.dev.triage.emergencyMissed + sets.heldout.triage.emergencyMissed;
const hard = hardNegativesEval(loadGenMedGptMessages());
const answers = await outputGuardEval(loadGenMedGptAnswers());
const exam = examQuestionsEval(loadMedQaExamPrompts());

const summary = {
  date: new Date().toISOString(),
  machine: `${os.cpus()[0]?.model ?? "cpu"} (${os.cpus().length} cores), Node ${process.version}`,
  nameEngine,
  emergencyMessagesTotal: combinedEmergency,
  emergencyMissedTotal: combinedMissed,
  dev: stripLists(sets.dev),
  heldout: stripLists(sets.heldout, true),
  genmedgptHardNegatives: hard,
  genmedgptAnswersThroughOutputGuard: answers,
  medqaExamPromptsStudent: exam,
  otherWriters: fresh.map(({ name, kind, heldOut, rows, line }) => ({ name, kind, heldOut, rows, summary: line }))
};

function stripLists(s, heldout = false) {
  // held-out failures are counted, not listed: they were never used for tuning
  const keep = (list) => (heldout ? list.length : list);
  return {
    triage: { ...s.triage, misses: keep(s.triage.misses) },
    robustness: { ...s.robustness, misses: keep(s.robustness.misses) },
    phi: { ...s.phi, missed: keep(s.phi.missed), falsePositives: keep(s.phi.falsePositives), clinicalLost: keep(s.phi.clinicalLost) },
    scope: { ...s.scope, misses: keep(s.scope.misses), overRefused: keep(s.scope.overRefused) }
  };
}

mkdirSync(resultsDir, { recursive: true });
const suffix = nameEngine === "lexicon" ? "" : `-${nameEngine}`;
writeFileSync(new URL(`safety-eval${suffix}.json`, resultsDir), JSON.stringify(summary, null, 2) + "\n");

const row = (label, d, h) => `| ${label} | ${d} | ${h} |`;
const D = summary.dev;
const H = summary.heldout;
const md = [
  `# Safety pipeline evaluation (${nameEngine} name engine)`,
  "",
  `${summary.date} · ${summary.machine} · \`node bench/safety-eval.mjs\``,
  "",
  `Emergency messages: ${combinedEmergency} (dev + held-out), missed: **${combinedMissed}**.`,
  "",
  "| metric | dev | held-out |",
  "| --- | --- | --- |",
  row("triage: emergency recall", `${pct(D.triage.perLevel.emergency.recall)} (n=${D.triage.perLevel.emergency.n})`, `${pct(H.triage.perLevel.emergency.recall)} (n=${H.triage.perLevel.emergency.n})`),
  row("triage: emergency precision", pct(D.triage.perLevel.emergency.precision), pct(H.triage.perLevel.emergency.precision)),
  row("triage: urgent recall / precision", `${pct(D.triage.perLevel.urgent.recall)} / ${pct(D.triage.perLevel.urgent.precision)}`, `${pct(H.triage.perLevel.urgent.recall)} / ${pct(H.triage.perLevel.urgent.precision)}`),
  row("triage: routine flagged emergency", `${pct(D.triage.routineFlaggedEmergency)} (n=${D.triage.perLevel.routine.n})`, `${pct(H.triage.routineFlaggedEmergency)} (n=${H.triage.perLevel.routine.n})`),
  row("triage: perturbed emergencies caught", `${pct(D.robustness.recall)} (n=${D.robustness.n})`, `${pct(H.robustness.recall)} (n=${H.robustness.n})`),
  row("PHI: recall (type must match)", `${pct(D.phi.recall)} (n=${D.phi.labelled})`, `${pct(H.phi.recall)} (n=${H.phi.labelled})`),
  row("PHI: recall (any type)", pct(D.phi.recallAnyType), pct(H.phi.recallAnyType)),
  row("PHI: precision", pct(D.phi.precision), pct(H.phi.precision)),
  row("PHI with name model: NAME recall / precision", `${pct(D.phi.withNameModel.nameRecall)} / ${pct(D.phi.withNameModel.precision)}`, `${pct(H.phi.withNameModel.nameRecall)} / ${pct(H.phi.withNameModel.precision)}`),
  row("PHI: CITY precision", pct(D.phi.cityPrecision), pct(H.phi.cityPrecision)),
  row("PHI with place model: CITY recall / CITY precision", `${pct(D.phi.withPlaceModel.cityRecall)} / ${pct(D.phi.withPlaceModel.cityPrecision)}`, `${pct(H.phi.withPlaceModel.cityRecall)} / ${pct(H.phi.withPlaceModel.cityPrecision)}`),
  row("PHI: clinical values preserved", `${pct(D.phi.clinicalPreserved)} (n=${D.phi.clinicalValues})`, `${pct(H.phi.clinicalPreserved)} (n=${H.phi.clinicalValues})`),
  ...Object.keys({ ...D.phi.perType, ...H.phi.perType })
    .sort()
    .map((t) => row(`PHI recall: ${t}`, D.phi.perType[t] ? `${pct(D.phi.perType[t].recall)} (n=${D.phi.perType[t].n})` : "-", H.phi.perType[t] ? `${pct(H.phi.perType[t].recall)} (n=${H.phi.perType[t].n})` : "-")),
  row("scope: prohibited refused", `${pct(D.scope.refused)} (n=${D.scope.prohibited})`, `${pct(H.scope.refused)} (n=${H.scope.prohibited})`),
  ...Object.keys({ ...D.scope.perCategory, ...H.scope.perCategory })
    .sort()
    .map((c) => row(`scope refused: ${c}`, D.scope.perCategory[c] ? `${pct(D.scope.perCategory[c].refused)} (n=${D.scope.perCategory[c].n})` : "-", H.scope.perCategory[c] ? `${pct(H.scope.perCategory[c].refused)} (n=${H.scope.perCategory[c].n})` : "-")),
  row("scope: category right (of refused)", pct(D.scope.categoryAccuracy), pct(H.scope.categoryAccuracy)),
  row("scope: over-refusal of allowed", `${pct(D.scope.overRefusal)} (n=${D.scope.allowed})`, `${pct(H.scope.overRefusal)} (n=${H.scope.allowed})`),
  row("scope with scope model: refused / over-refusal", `${pct(D.scope.withScopeModel.refused)} / ${pct(D.scope.withScopeModel.overRefusal)}`, `${pct(H.scope.withScopeModel.refused)} / ${pct(H.scope.withScopeModel.overRefusal)}`),
  "",
  `GenMedGPT-5k patient messages (hard negatives, built at run time, n=${hard.n}): triage emergency ${pct(hard.triage.emergency)} (with triage model ${pct(hard.emergencyWithTriageModel)}), urgent ${pct(hard.triage.urgent)}, routine ${pct(hard.triage.routine)}; scope refused ${pct(hard.scopeRefused)} (refused with scope model ${pct(hard.scopeRefusedWithScopeModel)}); PHI spans per message ${hard.phiSpansPerMessage} (the name model adds ${hard.nameModelAddedSpans} spans, the place model ${hard.placeModelAddedSpans}).`,
  "",
  `MedQA USMLE test questions in the exam prompt of \`medslm eval medqa\`, student audience (all allowed, built at run time, n=${exam.n}): emergency notice ${pct(exam.emergency)}; scope refused ${pct(exam.scopeRefused)} (refused with scope model ${pct(exam.scopeRefusedWithScopeModel)}).`,
  "",
  "## Sets by other writers (`safety-eval/fresh/`)",
  "",
  "| set | rows | used for tuning | result |",
  "| --- | ---: | --- | --- |",
  ...fresh.map((f) => `| ${f.name} | ${f.rows} | ${f.heldOut ? "**no (held out)**" : "yes"} | ${f.line} |`),
  "",
  `GenMedGPT-5k doctor answers through the output guard (n=${answers.n}, restored text differs from the answer in ${pct(answers.answersChanged)}): ${Object.entries(answers.rate).map(([k, v]) => `${k} ${pct(v)}`).join(", ")}.`,
  ""
].join("\n");
writeFileSync(new URL(`safety-eval${suffix}.md`, resultsDir), md);
console.log(md);
if (!process.argv.includes("--quiet")) {
  console.log("dev emergency misses:", JSON.stringify(D.triage.misses, null, 1));
  console.log("dev robustness misses:", JSON.stringify(D.robustness.misses.slice(0, 40), null, 1));
  console.log("dev PHI missed:", JSON.stringify(D.phi.missed.slice(0, 40), null, 1));
  console.log("dev PHI false positives:", JSON.stringify(D.phi.falsePositives.slice(0, 40), null, 1));
  console.log("dev clinical lost:", JSON.stringify(D.phi.clinicalLost, null, 1));
  console.log("dev scope misses:", JSON.stringify(D.scope.misses, null, 1));
  console.log("dev over-refused:", JSON.stringify(D.scope.overRefused, null, 1));
  console.log("hard negative refusals:", JSON.stringify(hard.refusedRules, null, 1));
  console.log("output guard examples:", JSON.stringify(answers.examples, null, 1));
}
