import type { Canonical } from "./canonical.js";
import type { PatternMatch } from "./rule-dsl.js";

/**
 * Readings people type ("38.2 under the arm", "sats 86", "HR 190") and young babies' ages
 * ("12 days old", "my 2mo", "newborn"), read as numbers rather than words, so thresholds apply
 * whatever the phrasing: a temperature without a unit is Celsius between 34 and 44 and Fahrenheit
 * between 93 and 112. Works on canonical tokens ("104f" is already "104" "f", "84%" is "84").
 */
export interface VitalFinding {
  ruleId: string;
  level: "emergency" | "urgent";
  finding: string;
  span: PatternMatch;
}

const DAY_UNITS = new Map<string, number>([
  ["day", 1], ["days", 1], ["d", 1], ["dias", 1], ["dia", 1],
  ["week", 7], ["weeks", 7], ["wk", 7], ["wks", 7], ["w", 7], ["semana", 7], ["semanas", 7],
  ["month", 30], ["months", 30], ["mo", 30], ["mos", 30], ["mon", 30], ["mth", 30], ["mths", 30], ["m", 30], ["mes", 30], ["meses", 30]
]);
// Words before "N weeks" that make it an age, not a duration ("my 6 weeks", "baby is 6 weeks", "bebe de 3 semanas")
const AGE_BEFORE = new Set(["my", "our", "mi", "su", "baby", "infant", "newborn", "bebe", "son", "daughter", "de", "only", "just", "is", "hes", "shes", "grandson", "granddaughter", "nephew", "niece"]);
// ...or after it: "6 weeks old", "2 mo baby", "3 wk boy"
const AGE_AFTER = new Set(["old", "baby", "infant", "son", "daughter", "boy", "girl", "grandson", "granddaughter", "de", "bebe", "nino", "nina", "newborn", "premie", "preemie"]);
const NEWBORN = new Set(["newborn", "neonate", "neonatal", "nb"]);
// A duration, not an age: "for 3 days", "3 days ago", "past 2 weeks"
const DURATION_BEFORE = new Set(["for", "past", "last", "in", "every", "each", "over", "within", "after", "hace", "durante", "per", "a"]);

const TEMP_CONTEXT = new Set([
  "temp", "temperature", "temps", "fever", "febrile", "thermometer", "rectal", "rectally", "armpit", "axillary", "underarm", "oral",
  "orally", "forehead", "tympanic", "fiebre", "temperatura", "calentura"
]);
// Words that make a bare number a temperature only when the message is about a young baby ("my 11 day old is 38.4")
const WEAK_TEMP_CONTEXT = new Set(["reads", "read", "reading", "says", "said", "showed", "shows", "hot", "warm", "burning", "hit", "spiked", "is", "was", "at", "arm", "ear", "de", "tiene"]);
const TEMP_UNIT = new Set(["f", "c", "degrees", "degree", "fahrenheit", "celsius", "grados", "deg"]);
// A number followed by one of these is not a temperature
const OTHER_UNIT = new Set([
  "mg", "mcg", "ml", "kg", "lb", "lbs", "pounds", "g", "bpm", "mmhg", "percent", "years", "year", "yrs", "yo", "days", "day", "weeks", "week",
  "months", "month", "hours", "hour", "hrs", "minutes", "min", "mins", "times", "pills", "tablets", "units", "cm", "mm", "oz", "ounces"
]);
// "SpO2 88" is tokenised "spo 2 88"
const SPO2_CONTEXT = new Set(["sats", "sat", "spo2", "spo", "o2", "oxygen", "saturation", "saturating", "oximeter", "ox", "pulseox", "sating", "satting"]);
const HR_CONTEXT = new Set(["hr", "pulse", "heartrate", "bpm"]);
// "GCS about 7", "resp 8 and shallow": a coma score or a breathing rate, as paramedics and nurses write them
const GCS_CONTEXT = new Set(["gcs", "glasgow"]);
const RR_CONTEXT = new Set(["rr", "resp", "resps", "respirations"]);
const SYMPTOM = new Set([
  "dizzy", "faint", "fainted", "fainting", "lightheaded", "collapsed", "confused", "breathless", "chest", "sob", "pass", "passing", "passed",
  "blacking", "weak", "sweating", "clammy", "pale", "gray", "grey", "mareado", "mareada", "desmayo"
]);

/** Words the typo corrector must know, so "sats" is not "corrected" to "says". */
export const VITAL_VOCABULARY: readonly string[] = [...TEMP_CONTEXT, ...SPO2_CONTEXT, ...HR_CONTEXT, ...GCS_CONTEXT, ...RR_CONTEXT, ...TEMP_UNIT, ...DAY_UNITS.keys(), ...NEWBORN];

const NUMBER = /^\d{1,3}(?:\.\d{1,2})?$/;

function celsius(value: number): number | undefined {
  if (value >= 34 && value <= 44) return value;
  if (value >= 93 && value <= 112) return ((value - 32) * 5) / 9;
  return undefined;
}

const READING_LINK = new Set(["but", "now", "and", "then", "down", "to", "dropped", "fell", "went", "is", "its", "only", "just", "around", "about", "was", "at", "rest", "on", "with", "when", "while", "during", "after", "walking", "exertion", "exercise", "activity", "room", "air", "sleep", "sleeping", "night", "they", "it", "are", "were", "has", "have", "been", "tonight", "today", "this", "morning", "evening", "afternoon", "currently", "suddenly"]);

export function vitalSigns(canon: Canonical): VitalFinding[] {
  const { words, tokenStarts } = canon;
  const span = (from: number, to: number): PatternMatch => {
    const start = tokenStarts[from] ?? 0;
    const end = (tokenStarts[to] ?? 0) + (words[to]?.length ?? 0);
    return { start, end };
  };
  let infantDays: number | undefined;
  let infantAt = -1;
  const temps: { c: number; at: number; weak: boolean }[] = [];
  let spo2: { value: number; at: number } | undefined;
  let heartRate: { value: number; at: number } | undefined;
  let gcs: { value: number; at: number } | undefined;
  let respRate: { value: number; at: number } | undefined;
  // a context word up to `back` tokens before, in the same sentence and with no other number between
  const within = (i: number, back: number, set: Set<string>): boolean => {
    for (let k = i - 1; k >= Math.max(0, i - back); k--) {
      const w = words[k]!;
      if (set.has(w)) return true;
      if (w === "|" || /^\d/.test(w)) return false;
    }
    return false;
  };
  // "sats usually 94 but now 85": a number right after a reading, joined by a few link words, measures the same thing
  type Kind = "temp" | "spo2" | "hr" | "gcs" | "rr";
  const kinds = new Map<number, Kind>();
  const readingKind = (i: number): Kind | undefined => {
    for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
      const w = words[k]!;
      // up to 4 words back for a reading word; further only over link words to an earlier reading
      if (i - k > 4 && !/^\d/.test(w) && !READING_LINK.has(w)) return undefined;
      if (w === "2" && (words[k - 1] === "spo" || words[k - 1] === "o")) return "spo2";
      if (/^\d/.test(w)) {
        const before = kinds.get(k);
        let linked = before !== undefined;
        for (let j = k + 1; j < i && linked; j++) linked = READING_LINK.has(words[j]!);
        return linked ? before : undefined;
      }
      if (w === "|") return undefined;
      if (TEMP_CONTEXT.has(w)) return "temp";
      if (SPO2_CONTEXT.has(w)) return "spo2";
      if (HR_CONTEXT.has(w) || w === "heartbeat" || ((w === "rate" || w === "beat") && words[k - 1] === "heart")) return "hr";
      if (GCS_CONTEXT.has(w)) return "gcs";
      if (RR_CONTEXT.has(w) || (w === "rate" && (words[k - 1] === "breathing" || words[k - 1] === "respiratory"))) return "rr";
    }
    return undefined;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (NEWBORN.has(w) || (w === "new" && words[i + 1] === "born") || (w === "recien" && /^nacid[oa]$/.test(words[i + 1] ?? ""))) {
      if (infantDays === undefined || infantDays > 14) [infantDays, infantAt] = [14, i];
      continue;
    }
    if (!NUMBER.test(w)) continue;
    const value = Number(w);
    const next = words[i + 1];
    const prev = words[i - 1];
    // an age in days, weeks or months
    const perUnit = next !== undefined ? DAY_UNITS.get(next) : undefined;
    if (perUnit !== undefined && Number.isInteger(value)) {
      const after = words[i + 2];
      const isAge =
        (after !== undefined && AGE_AFTER.has(after)) ||
        (prev !== undefined && AGE_BEFORE.has(prev) && !DURATION_BEFORE.has(prev) && !(prev === "is" && words[i - 2] === "it"));
      if (isAge && !(prev !== undefined && DURATION_BEFORE.has(prev)) && after !== "ago") {
        const days = value * perUnit;
        if (days <= 365 && (infantDays === undefined || days < infantDays)) [infantDays, infantAt] = [days, i];
      }
      continue;
    }
    // the nearest reading word before the number decides what it measures
    const kind = readingKind(i);
    if (kind !== undefined) kinds.set(i, kind);
    if (kind === "spo2" && value >= 50 && value <= 100 && Number.isInteger(value)) {
      spo2 = spo2 === undefined || value < spo2.value ? { value, at: i } : spo2;
      continue;
    }
    if (next !== undefined && OTHER_UNIT.has(next)) continue;
    if (kind === "gcs" && Number.isInteger(value) && value >= 3 && value <= 15) {
      gcs = gcs === undefined || value < gcs.value ? { value, at: i } : gcs;
      continue;
    }
    if (kind === "rr" && Number.isInteger(value) && value >= 2 && value <= 80) {
      respRate = respRate === undefined || value < respRate.value ? { value, at: i } : respRate;
      continue;
    }
    if ((kind === "hr" || next === "bpm") && Number.isInteger(value) && value >= 20 && value <= 250) {
      heartRate = heartRate === undefined || Math.abs(value - 75) > Math.abs(heartRate.value - 75) ? { value, at: i } : heartRate;
      continue;
    }
    // temperature
    const c = celsius(value);
    if (c === undefined) continue;
    if ((next !== undefined && (TEMP_UNIT.has(next) || TEMP_CONTEXT.has(next))) || kind === "temp") temps.push({ c, at: i, weak: false });
    else if (within(i, 3, WEAK_TEMP_CONTEXT) || next === "under" || next === "in") temps.push({ c, at: i, weak: true });
  }

  const out: VitalFinding[] = [];
  type Reading = { c: number; at: number };
  // weakly marked numbers count only for a baby: "is 38.4" is a temperature there, not in general
  // ("my 6 month old" is 180 days and still counts as under six months: triage-ac)
  const usable = infantDays !== undefined && infantDays <= 180 ? temps : temps.filter((t) => !t.weak);
  const maxTemp = usable.reduce<Reading | undefined>((a, t) => (a === undefined || t.c > a.c ? t : a), undefined);
  const minTemp = usable.reduce<Reading | undefined>((a, t) => (a === undefined || t.c < a.c ? t : a), undefined);
  if (infantDays !== undefined && infantDays < 90 && maxTemp && maxTemp.c >= 38) {
    out.push({ ruleId: "triage.vitals.infant-fever", level: "emergency", finding: "fever in a baby under 3 months", span: span(Math.min(infantAt, maxTemp.at), Math.max(infantAt, maxTemp.at)) });
  } else if (infantDays !== undefined && infantDays < 90 && minTemp && minTemp.c < 36) {
    out.push({ ruleId: "triage.vitals.infant-low-temperature", level: "emergency", finding: "low temperature in a baby under 3 months", span: span(Math.min(infantAt, minTemp.at), Math.max(infantAt, minTemp.at)) });
  } else if (infantDays !== undefined && infantDays <= 180 && maxTemp && maxTemp.c >= 38) {
    out.push({ ruleId: "triage.vitals.young-infant-fever", level: "urgent", finding: "fever in a baby under 6 months", span: span(Math.min(infantAt, maxTemp.at), Math.max(infantAt, maxTemp.at)) });
  }
  const strongMax = temps.filter((t) => !t.weak).reduce<Reading | undefined>((a, t) => (a === undefined || t.c > a.c ? t : a), undefined);
  if (strongMax && strongMax.c >= 41) out.push({ ruleId: "triage.vitals.very-high-temperature", level: "emergency", finding: "very high temperature", span: span(strongMax.at, strongMax.at) });
  if (spo2 && spo2.value < 90) out.push({ ruleId: "triage.vitals.low-oxygen", level: "emergency", finding: "low oxygen level", span: span(spo2.at, spo2.at) });
  else if (spo2 && spo2.value <= 92) out.push({ ruleId: "triage.vitals.lowish-oxygen", level: "urgent", finding: "low oxygen level", span: span(spo2.at, spo2.at) });
  if (gcs && gcs.value <= 8) out.push({ ruleId: "triage.vitals.low-gcs", level: "emergency", finding: "very low level of consciousness (GCS 8 or less)", span: span(gcs.at, gcs.at) });
  if (respRate && respRate.value <= 8) out.push({ ruleId: "triage.vitals.slow-breathing", level: "emergency", finding: "very slow breathing", span: span(respRate.at, respRate.at) });
  if (heartRate && (heartRate.value >= 150 || heartRate.value <= 40)) {
    const symptoms = words.some((x) => SYMPTOM.has(x));
    out.push({
      ruleId: symptoms ? "triage.vitals.heart-rate-with-symptoms" : "triage.vitals.heart-rate",
      level: symptoms ? "emergency" : "urgent",
      finding: heartRate.value >= 150 ? "very fast heart rate" : "very slow heart rate",
      span: span(heartRate.at, heartRate.at)
    });
  }
  return out;
}
