import { AbortedError } from "../errors/aborted-error.js";
import type { Canonicalizer } from "./canonical.js";
import { dosesAboveMax } from "./dose-limits.js";
import type { PhiDetector } from "./phi.js";
import type { PlaceholderMap } from "./placeholders.js";
import type { TriageEngine } from "./triage.js";
import type { Audience, InputVerdict, OutputEvent, SafetyReason } from "./types.js";

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

/** Longest text kept back while waiting for a sentence end; a marker or placeholder never exceeds it. */
export const MAX_HOLD_CHARS = 160;
const TAIL = 40;

const SENTENCE_END = /[.!?](?=\s)|\n/g;
const FIRST_PERSON_RX =
  /\bI(?:'m| am|'ll| will|'ve| have| would|'d| can| shall)?(?: now| also| just| go ahead and| be)?(?: going to)? (?:prescribe|prescribing|prescribed|write (?:you )?(?:a |an )?(?:prescription|script|rx)|writing (?:you )?(?:a )?(?:prescription|script)|send(?:ing)? (?:you )?(?:a |the )?(?:prescription|script|refill)|call(?:ing)? in (?:a |your )?(?:prescription|refill|script)|start(?:ing)? you on|put(?:ting)? you on|refill(?:ing)? your|renew(?:ing)? your|increas(?:e|ing) your (?:dose|dosage)|order(?:ing)? (?:you )?(?:some |a )?(?:antibiotics|medication|prescription))/i;
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

/**
 * Check a model's answer as it streams. Text is released sentence by sentence, or in chunks of
 * at most MAX_HOLD_CHARS when a sentence runs long, so a reader waits for at most one sentence.
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
  let buffer = "";
  let emittedAny = false;
  let sawDisclaimer = false;
  const flaggedPhiTypes = new Set<string>();
  const known = ctx.placeholders.entries().filter(([, v]) => v.length >= 3);

  const check = function* (segment: string): Generator<OutputEvent> {
    let text = segment;
    // 1. PHI the model echoed (verbatim originals from this conversation) or produced
    for (const [placeholder, value] of known) {
      let at = text.indexOf(value);
      while (at >= 0) {
        text = text.slice(0, at) + placeholder + text.slice(at + value.length);
        at = text.indexOf(value);
        if (!flaggedPhiTypes.has("echo")) {
          flaggedPhiTypes.add("echo");
          yield { type: "flag", reason: { rule: "output.phi-echo", finding: "the answer repeated personal information" } };
        }
      }
    }
    const hits = ctx.phi.detect(text);
    for (let i = hits.length - 1; i >= 0; i--) {
      const h = hits[i]!;
      const value = text.slice(h.start, h.end);
      if (/^\[[A-Z_]+_\d+\]$/.test(value)) continue;
      const placeholder = ctx.placeholders.placeholderFor(h.type, value);
      text = text.slice(0, h.start) + placeholder + text.slice(h.end);
      if (!flaggedPhiTypes.has(h.type)) {
        flaggedPhiTypes.add(h.type);
        yield { type: "flag", reason: { rule: "output.phi", finding: `the answer contained a ${h.type.toLowerCase()}`, match: placeholder } };
      }
    }
    // 2. first-person prescribing: replace the sentence
    const rx = FIRST_PERSON_RX.exec(text);
    if (rx) {
      yield { type: "flag", reason: { rule: "output.first-person-prescribing", finding: "the answer spoke as a prescriber", match: rx[0] } };
      text = text.replace(/^(\s*)[\s\S]*?(\s*)$/, "$1(Only a clinician who can examine you can decide on prescription medicines.)$2");
    }
    // 3. answer contradicting an emergency notice
    if (input.triage.level === "emergency" && CONTRADICTS_EMERGENCY.test(text)) {
      yield { type: "flag", reason: { rule: "output.contradicts-emergency", finding: "the answer played down an emergency" } };
      text = text.replace(/^(\s*)[\s\S]*?(\s*)$/, "$1$2");
    }
    // 4. doses above a known adult maximum
    const doses = dosesAboveMax(text);
    if (text.length > 0 && sawDisclaimer === false && /not a diagnosis|not medical advice|consult (?:a|your) (?:doctor|healthcare)/i.test(text)) sawDisclaimer = true;
    yield* emitText(text);
    for (const d of doses) {
      const reason: SafetyReason = {
        rule: "output.dose-above-max",
        finding: `${d.drug} ${d.dailyMg !== undefined ? `${d.dailyMg} mg/day` : `${d.singleMg} mg`} is above the usual adult maximum (${d.limit.maxSingleMg} mg per dose, ${d.limit.maxDailyMg} mg per day)`,
        match: segment.slice(d.start, d.end)
      };
      yield { type: "flag", reason };
      yield { type: "text", text: ` [Check this dose: the usual adult maximum for ${d.drug} is ${d.limit.maxDailyMg} mg a day. Ask a pharmacist or doctor.]` };
    }
    // 5. emergency red flags asserted in the answer
    if (!escalated && text.trim().length > 0 && !CONDITIONAL.test(text)) {
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

  const emitText = function* (text: string): Generator<OutputEvent> {
    if (text.length === 0) return;
    emittedAny = true;
    yield { type: "text", text };
  };

  const markers = ctx.stopMarkers;
  let stopped = false;
  const iterator = deltas[Symbol.asyncIterator]();
  try {
    while (!stopped) {
      throwIfAborted();
      const next = await iterator.next();
      throwIfAborted();
      if (next.done) break;
      buffer += next.value;
      const stop = stopIndex(buffer, markers);
      if (stop >= 0) {
        const head = buffer.slice(0, stop);
        buffer = "";
        yield* check(head);
        yield { type: "flag", reason: { rule: "output.template-leak", finding: "the model began a new prompt turn; the answer was cut there" } };
        stopped = true;
        break;
      }
      // release complete sentences; keep a partial marker or placeholder back
      for (;;) {
        SENTENCE_END.lastIndex = 0;
        let cut = -1;
        let m: RegExpExecArray | null;
        while ((m = SENTENCE_END.exec(buffer)) !== null) {
          cut = m.index + m[0].length;
          break;
        }
        if (cut < 0 && buffer.length > MAX_HOLD_CHARS) {
          const limit = buffer.length - TAIL;
          const ws = buffer.lastIndexOf(" ", limit);
          cut = ws > 0 ? ws + 1 : limit;
        }
        if (cut < 0) break;
        const keep = partialTail(buffer.slice(0, cut), markers);
        cut -= keep;
        if (cut <= 0) break;
        const segment = buffer.slice(0, cut);
        buffer = buffer.slice(cut);
        yield* check(segment);
      }
    }
    if (!stopped && buffer.length > 0) yield* check(buffer);
  } finally {
    if (stopped || signal?.aborted) await iterator.return?.();
  }
  if (ctx.disclaimer && emittedAny && !sawDisclaimer) yield { type: "disclaimer", text: ctx.disclaimer };
}
