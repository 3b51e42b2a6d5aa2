// Builds hard negatives from the shared ChatDoctor GenMedGPT-5k file AT RUN TIME (never copied
// into the repository): real patient messages, mostly routine, often naming alarming conditions.
// Also derives adversarial variants of emergency messages (typos, zero-width, homoglyphs, ...).
import { existsSync, readFileSync } from "node:fs";

export const GENMEDGPT_PATH = process.env.MEDSLM_GENMEDGPT ?? new URL("../../../../shared/data/genmedgpt-5k.json", import.meta.url).pathname;

/** GenMedGPT-5k rows with a non-empty patient message, or [] when the shared data is absent. */
function genMedGptRows(path) {
  if (!existsSync(path)) return [];
  return JSON.parse(readFileSync(path, "utf8")).filter((r) => typeof r.input === "string" && r.input.trim().length > 0);
}

/** Patient messages ({ text }) from GenMedGPT-5k, or [] when the shared data is absent. */
export function loadGenMedGptMessages(path = GENMEDGPT_PATH) {
  const seen = new Set();
  const out = [];
  for (const r of genMedGptRows(path)) {
    const text = r.input.trim();
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ text });
  }
  return out;
}

export const MEDQA_PATH = process.env.MEDSLM_MEDQA ?? new URL("../../../../shared/data/medqa-usmle-4opt-test.jsonl", import.meta.url).pathname;

/**
 * MedQA (USMLE) test questions as a medical student sends them: the exam prompt `medslm eval medqa`
 * uses (packages/eval, medqaQuestion), or [] when the shared data is absent. All must stay allowed.
 */
export function loadMedQaExamPrompts(path = MEDQA_PATH) {
  if (!existsSync(path)) return [];
  const instruction = "Answer the following multiple-choice question from a medical licensing exam. Reply with the letter of the single best answer (A, B, C or D).";
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .map((r) => ({ text: [instruction, "", r.question.trim(), "", ...["A", "B", "C", "D"].map((k) => `${k}. ${(r.options[k] ?? "").trim()}`), "", "Answer:"].join("\n") }));
}

/** Patient message and the dataset's doctor answer ({ text, answer }), or [] when the shared data is absent. */
export function loadGenMedGptAnswers(path = GENMEDGPT_PATH) {
  const seen = new Set();
  const out = [];
  for (const r of genMedGptRows(path)) {
    const answer = typeof r.output === "string" ? r.output.trim() : "";
    if (answer.length === 0 || seen.has(answer)) continue;
    seen.add(answer);
    out.push({ text: r.input.trim(), answer });
  }
  return out;
}

// Deterministic PRNG so the variants are the same on every run.
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const HOMOGLYPH = { a: "а", e: "е", o: "о", p: "р", c: "с", x: "х", i: "і", y: "у" };

/** Adversarial variants of a message, each tagged with the perturbation used. */
export function perturb(text, seed) {
  const r = rng(seed);
  const words = text.split(" ");
  const pick = () => Math.floor(r() * words.length);
  const long = words.map((w, i) => [w, i]).filter(([w]) => /^[A-Za-z]{5,}$/.test(w));
  const out = [];
  out.push({ kind: "lowercase-no-punctuation", text: text.toLowerCase().replace(/[.,!?;:'"()]/g, "") });
  out.push({ kind: "uppercase", text: text.toUpperCase() });
  out.push({ kind: "zero-width", text: [...text].map((c, i) => (i % 3 === 1 ? c + "\u200b" : c)).join("") });
  out.push({ kind: "homoglyph", text: [...text].map((c) => (HOMOGLYPH[c] && r() < 0.5 ? HOMOGLYPH[c] : c)).join("") });
  if (long.length > 0) {
    const [w, i] = long[Math.floor(r() * long.length)];
    const k = 1 + Math.floor(r() * (w.length - 2));
    const typo = w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2);
    const copy = [...words];
    copy[i] = typo;
    out.push({ kind: "typo-transposition", text: copy.join(" ") });
    const drop = [...words];
    drop[i] = w.slice(0, k) + w.slice(k + 1);
    out.push({ kind: "typo-deletion", text: drop.join(" ") });
  }
  if (words.length > 2) {
    const i = Math.min(pick(), words.length - 2);
    const copy = [...words];
    copy.splice(i, 2, copy[i] + copy[i + 1]);
    out.push({ kind: "run-together", text: copy.join(" ") });
  }
  out.push({ kind: "fullwidth", text: [...text].map((c) => (/[a-z]/i.test(c) ? String.fromCodePoint(c.codePointAt(0) + 0xfee0) : c)).join("") });
  return out;
}
