import { AbortedError } from "../errors/aborted-error.js";
import type { Canonicalizer } from "./canonical.js";
import { dosesAboveMax } from "./dose-limits.js";
import type { PhiDetector } from "./phi.js";
import type { PlaceholderMap } from "./placeholders.js";
import type { TriageEngine } from "./triage.js";
import type { Audience, InputVerdict, OutputEvent, PhiType, SafetyReason } from "./types.js";

export interface OutputGuardContext {
  audience: Audience;
  canonicalizer: Canonicalizer;
  triage: TriageEngine;
  phi: PhiDetector;
  placeholders: PlaceholderMap;
  /** Strings that end the answer if the model starts writing them (the template's headers and stop strings). */
  stopMarkers: string[];
  emergencyNotice: string;
  disclaimer?: string;
}

/**
 * Most characters held back at once while the model writes: the last few words of the sentence
 * being written, enough for a name, phone number, dose or "I will prescribe" to complete before
 * any of it is shown. A template marker or placeholder never exceeds it.
 */
export const MAX_HOLD_CHARS = 80;
/** Words held back; the longest phrase a check replaces ("does not need to see") has five. */
const HOLD_WORDS = 6;
/** A sentence longer than this is checked in pieces, so the work per delta stays bounded. */
const MAX_SENTENCE_CHARS = 480;

// "Dr. Lee", "e.g. rest": a dot after these does not end a sentence (the name needs its title as context)
const ABBREVIATION_BEFORE = /(?:^|[\s(])(?:dr|mr|mrs|ms|mx|prof|st|vs|e\.g|i\.e|approx|no|fig)\.$/i;
const SENTENCE_END = /[.!?](?=\s)|\n/g;
// the first word of every first-person prescribing phrase: hold from it until the phrase is decided
const FIRST_PERSON_START = /\b(?:I|[Ww]e)(?=['’\s]|$)/g;
const FIRST_PERSON_RX =
  /\b(?:I(?:'m| am|'ll| will|'ve| have| would|'d| can| shall)?|we(?:'re| are|'ll| will|'d| would| can| need to| have to| should| must)?)(?: now| also| just| go ahead and| be)?(?: going to| need to)? (?:prescribe|giv(?:e|ing) you (?:some |a few |a course of |an? )?(?:medications?|medicines?|drugs|antibiotics|prescription|injection|shot)|prescribing|prescribed|write (?:you )?(?:a |an )?(?:prescription|script|rx)|writing (?:you )?(?:a )?(?:prescription|script)|send(?:ing)? (?:you )?(?:a |the )?(?:prescription|script|refill)|call(?:ing)? in (?:a |your )?(?:prescription|refill|script)|start(?:ing)? you on|put(?:ting)? you on|refill(?:ing)? your|renew(?:ing)? your|increas(?:e|ing) your (?:dose|dosage)|order(?:ing)? (?:you )?(?:some |a )?(?:antibiotics|medication|prescription))/i;
const DIRECTIVE_EMERGENCY =
  /\b(?:call (?:911|999|112|emergency services|an ambulance)|go to (?:the )?(?:nearest )?(?:emergency|er\b|a&e)|seek emergency|(?:this|it|you) (?:could|may|might) be (?:a |an )?(?:heart attack|stroke|anaphyla\w+|medical emergency|sepsis|meningitis)|(?:this|that) is (?:a |an )?(?:medical )?emergency)/i;
const CONDITIONAL = /^\s*(?:if|when|whenever|unless|should|in case|watch for|warning signs|signs of|symptoms (?:of|include)|seek|call .{0,40}\bif\b)/i;
const CONTRADICTS_EMERGENCY =
  /\b(?:no need to (?:see|call|go|visit|worry|rush)|(?:don't|do not|doesn't|does not) need (?:to (?:see|call|go)|emergency|urgent)|nothing to worry about|not (?:an |a medical )?emergency|(?:can|should) wait (?:until|and see|a few days)|wait and see)\b/i;

function stopIndex(buffer: string, markers: string[]): number {
  let best = -1;
  for (const m of markers) {
    const i = buffer.indexOf(m);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

/** Length of a suffix of `buffer` that could be the start of a marker or a placeholder. */
function partialTail(buffer: string, markers: string[]): number {
  let keep = 0;
  for (const m of markers) {
    for (let k = Math.min(m.length - 1, buffer.length); k > keep; k--) {
      if (buffer.endsWith(m.slice(0, k))) {
        keep = k;
        break;
      }
    }
  }
  const open = buffer.lastIndexOf("[");
  if (open >= 0 && buffer.indexOf("]", open) < 0 && buffer.length - open <= 20) keep = Math.max(keep, buffer.length - open);
  return keep;
}

/** End of the first complete sentence in `text` (after its `.`, `!`, `?` or newline), or -1. */
function sentenceEnd(text: string): number {
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(text)) !== null) {
    if (m[0] === "." && ABBREVIATION_BEFORE.test(text.slice(Math.max(0, m.index - 7), m.index + 1))) continue;
    return m.index + m[0].length;
  }
  return -1;
}

/** Start of the last `n` whitespace-separated words of `text` (0 when it has fewer). */
function lastWordsStart(text: string, n: number): number {
  let words = 0;
  let i = text.length;
  while (i > 0) {
    while (i > 0 && /\s/.test(text[i - 1]!)) i--;
    if (i === 0) break;
    while (i > 0 && !/\s/.test(text[i - 1]!)) i--;
    if (++words === n) return i;
  }
  return 0;
}

interface Replacement {
  start: number;
  end: number;
  text: string;
}

/**
 * Check a model's answer as it streams. Text is released as it arrives, holding back only the
 * last few words of the sentence being written (at most about MAX_HOLD_CHARS): the checks that
 * change text (PHI, first-person prescribing, playing down an emergency) see the whole sentence so
 * far and decide before any of those words are shown; the checks that add to it (dose notes,
 * escalation) run when the sentence ends.
 */
export async function* guardOutputStream(
  deltas: AsyncIterable<string>,
  input: InputVerdict,
  ctx: OutputGuardContext,
  signal?: AbortSignal
): AsyncGenerator<OutputEvent> {
  const throwIfAborted = () => {
    if (signal?.aborted) throw new AbortedError({ cause: signal.reason });
  };
  throwIfAborted();
  let escalated = false;
  if (input.triage.level === "emergency" && input.triage.message) {
    escalated = true;
    yield {
      type: "escalation",
      message: input.triage.message,
      reason: input.triage.reasons[0] ?? { rule: "triage.input" }
    };
  }
  const markers = ctx.stopMarkers;
  let emittedAny = false;
  let sawDisclaimer = false;
  const flaggedPhiTypes = new Set<string>();
  const known = ctx.placeholders.entries().filter(([, v]) => v.length >= 3);
  const longestKnown = Math.min(MAX_HOLD_CHARS, known.reduce((n, [, v]) => Math.max(n, v.length), 0));

  // The sentence being written, from its start: `released` characters of it are already shown.
  let sentence = "";
  let released = 0;
  // the rest of this sentence is dropped (it prescribed, or played down an emergency)
  let suppressed = false;
  let shown = "";
  let hitsFor = -1;
  let hits: Replacement[] = [];

  /** PHI in the sentence so far (echoed originals first), cached until the sentence grows. */
  const phiIn = (): Replacement[] => {
    if (hitsFor === sentence.length) return hits;
    const out: Replacement[] = [];
    for (const [placeholder, value] of known) {
      for (let at = sentence.indexOf(value); at >= 0; at = sentence.indexOf(value, at + value.length)) {
        out.push({ start: at, end: at + value.length, text: placeholder });
      }
    }
    for (const h of ctx.phi.detect(sentence)) {
      const value = sentence.slice(h.start, h.end);
      if (/^\[[A-Z_]+_\d+\]$/.test(value) || out.some((o) => o.start < h.end && o.end > h.start)) continue;
      out.push({ start: h.start, end: h.end, text: `\u0000${h.type}` });
    }
    hits = out.sort((a, b) => a.start - b.start);
    hitsFor = sentence.length;
    return hits;
  };

  /** Sentence text [from, to) with PHI replaced by placeholders. */
  const redactedSlice = function* (from: number, to: number): Generator<OutputEvent, string> {
    let out = "";
    let at = from;
    for (const h of phiIn()) {
      if (h.end <= from || h.start >= to) continue;
      const a = Math.max(h.start, from);
      out += sentence.slice(at, a);
      let placeholder = h.text;
      if (placeholder.startsWith("\u0000")) {
        const type = placeholder.slice(1) as PhiType;
        placeholder = ctx.placeholders.placeholderFor(type, sentence.slice(h.start, h.end));
        if (!flaggedPhiTypes.has(type)) {
          flaggedPhiTypes.add(type);
          yield { type: "flag", reason: { rule: "output.phi", finding: `the answer contained a ${type.toLowerCase()}`, match: placeholder } };
        }
      } else if (!flaggedPhiTypes.has("echo")) {
        flaggedPhiTypes.add("echo");
        yield { type: "flag", reason: { rule: "output.phi-echo", finding: "the answer repeated personal information" } };
      }
      out += placeholder;
      at = Math.min(h.end, to);
    }
    return out + sentence.slice(at, to);
  };

  const emitText = function* (text: string): Generator<OutputEvent> {
    if (text.length === 0) return;
    emittedAny = true;
    shown += text;
    yield { type: "text", text };
  };

  /** Show the sentence up to `to`, after the checks that change text. */
  const release = function* (to: number): Generator<OutputEvent> {
    if (to <= released) return;
    if (!suppressed) {
      let cutAt = -1;
      let replacement = "";
      const rx = FIRST_PERSON_RX.exec(sentence);
      if (rx && rx.index < to) {
        yield { type: "flag", reason: { rule: "output.first-person-prescribing", finding: "the answer spoke as a prescriber", match: rx[0] } };
        cutAt = rx.index;
        replacement = "(Only a clinician who can examine you can decide on prescription medicines.)";
      } else if (input.triage.level === "emergency") {
        const down = CONTRADICTS_EMERGENCY.exec(sentence);
        if (down && down.index < to) {
          yield { type: "flag", reason: { rule: "output.contradicts-emergency", finding: "the answer played down an emergency" } };
          cutAt = down.index;
        }
      }
      if (cutAt >= 0) {
        // what is not shown yet of this sentence is dropped; what was shown before the phrase stays
        yield* emitText(replacement);
        suppressed = true;
      } else yield* emitText(yield* redactedSlice(released, to));
    }
    released = to;
  };

  /** Where the held tail starts: the last words, a first-person phrase, a PHI span or a partial marker. */
  const holdFrom = (): number => {
    let safe = Math.max(lastWordsStart(sentence, HOLD_WORDS), sentence.length - MAX_HOLD_CHARS);
    FIRST_PERSON_START.lastIndex = Math.max(0, sentence.length - MAX_HOLD_CHARS);
    let m: RegExpExecArray | null;
    while ((m = FIRST_PERSON_START.exec(sentence)) !== null) safe = Math.min(safe, m.index);
    safe = Math.min(safe, sentence.length - partialTail(sentence, markers), sentence.length - Math.max(0, longestKnown - 1));
    for (const h of phiIn()) if (h.start < safe && h.end >= safe) safe = Math.min(safe, h.start);
    return Math.max(safe, released);
  };

  /** Close the sentence at `to`: show the rest, then the checks that add to it. */
  const finish = function* (to: number): Generator<OutputEvent> {
    yield* release(to);
    const text = shown;
    const original = sentence.slice(0, to);
    sentence = sentence.slice(to);
    released = 0;
    suppressed = false;
    shown = "";
    hitsFor = -1;
    if (text.length > 0 && !sawDisclaimer && /not a diagnosis|not medical advice|consult (?:a|your) (?:doctor|healthcare)/i.test(text)) sawDisclaimer = true;
    for (const d of dosesAboveMax(text)) {
      const reason: SafetyReason = {
        rule: "output.dose-above-max",
        finding: `${d.drug} ${d.dailyMg !== undefined ? `${d.dailyMg} mg/day` : `${d.singleMg} mg`} is above the usual adult maximum (${d.limit.maxSingleMg} mg per dose, ${d.limit.maxDailyMg} mg per day)`,
        match: text.slice(d.start, d.end)
      };
      yield { type: "flag", reason };
      yield* emitText(` [Check this dose: the usual adult maximum for ${d.drug} is ${d.limit.maxDailyMg} mg a day. Ask a pharmacist or doctor.]`);
    }
    // emergency red flags asserted in the answer (not "if you get chest pain, call 911")
    if (!escalated && text.trim().length > 0 && original.trim().length > 0 && !CONDITIONAL.test(text)) {
      const canon = ctx.canonicalizer.canonicalize(text);
      const emergency = ctx.triage.findings(canon).find((f) => f.level === "emergency");
      const directive = DIRECTIVE_EMERGENCY.exec(text);
      if (directive || emergency) {
        escalated = true;
        yield {
          type: "escalation",
          message: ctx.emergencyNotice,
          reason: emergency
            ? { rule: `output.${emergency.ruleId}`, finding: emergency.finding }
            : { rule: "output.emergency-directive", finding: "the answer calls for emergency care", match: directive?.[0] ?? "" }
        };
      }
    }
  };

  let stopped = false;
  const iterator = deltas[Symbol.asyncIterator]();
  try {
    while (!stopped) {
      throwIfAborted();
      const next = await iterator.next();
      throwIfAborted();
      if (next.done) break;
      sentence += next.value;
      for (;;) {
        const stop = stopIndex(sentence, markers);
        let end = sentenceEnd(sentence);
        if (stop >= 0 && (end < 0 || stop < end)) {
          yield* finish(stop);
          yield { type: "flag", reason: { rule: "output.template-leak", finding: "the model began a new prompt turn; the answer was cut there" } };
          stopped = true;
          break;
        }
        if (end < 0 && sentence.length > MAX_SENTENCE_CHARS) {
          // a run-on sentence: close it at a space before the held tail
          const limit = sentence.length - MAX_HOLD_CHARS;
          const ws = sentence.lastIndexOf(" ", limit);
          end = ws > released ? ws + 1 : limit;
        }
        if (end >= 0) {
          // "\n" may begin "\n### Question:": keep a partial marker back
          const cut = end - partialTail(sentence.slice(0, end), markers);
          if (cut > 0 && cut >= released) {
            yield* finish(cut);
            continue;
          }
        }
        yield* release(holdFrom());
        break;
      }
    }
    if (!stopped && sentence.length > 0) yield* finish(sentence.length);
  } finally {
    if (stopped || signal?.aborted) await iterator.return?.();
  }
  if (ctx.disclaimer && emittedAny && !sawDisclaimer) yield { type: "disclaimer", text: ctx.disclaimer };
}
