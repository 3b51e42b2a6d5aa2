import { defaultPromptTemplate } from "../template/prompt-template.js";
import type { Canonicalizer } from "./canonical.js";
import { combineClassifiers, LEVEL_RANK } from "./combine-classifiers.js";
import { checkInputText, DEFAULT_MAX_INPUT_CHARS } from "./input-check.js";
import {
  careTeamBanner,
  crisisNotice,
  disclaimerText,
  emergencyNotice,
  isUsLocale,
  languageOf,
  refusalNotice,
  urgentNotice,
  type NoticeContext
} from "./messages.js";
import { guardOutputStream } from "./output-guard.js";
import { bundledNameModel, type NameModel } from "./name-model.js";
import { bundledPlaceModel, type PlaceModel } from "./place-model.js";
import { PhiDetector, type NameEngine, type PhiHit } from "./phi.js";
import { PlaceholderMap } from "./placeholders.js";
import { sharedCanonicalizer } from "./rule-vocabulary.js";
import { ScopeEngine, resolveFrames } from "./scope.js";
import { studyFraming, withoutFramedFindings, type StudyFraming } from "./study-framing.js";
import { TriageEngine } from "./triage.js";
import type {
  Audience,
  ClassifierResult,
  InputVerdict,
  OutputEvent,
  PhiSpan,
  SafetyClassifier,
  SafetyOptions,
  SafetyReason,
  ScopeCategory,
  ScopeVerdict,
  TriageVerdict
} from "./types.js";

export interface SafetyPipelineOptions extends SafetyOptions {
  /** How person names are found (see phi.ts). Default "lexicon". */
  nameEngine?: NameEngine;
  /**
   * The learned person-name step (name-model.ts): `true` for the bundled model at its own
   * threshold, or a model from `createNameModel`. It only adds NAME spans where no rules hit lies;
   * it never removes or retypes one. Default off (rules only).
   */
  nameModel?: NameModel | boolean;
  /**
   * The learned place step (place-model.ts): `true` for the bundled model at its own threshold, or
   * a model from `createPlaceModel`. It only adds CITY spans (towns, cities, suburbs) where no rules
   * hit, and no span of the name step, lies; it never removes or retypes one. Default off (rules only).
   */
  placeModel?: PlaceModel | boolean;
}

export interface SafetyConversation {
  /** Triage, redaction and scope, before any model call. */
  checkInput(text: string, options?: { abortSignal?: AbortSignal }): Promise<InputVerdict>;
  /** Check a model's streamed answer; events carry placeholders, pass text through `restore` for the same user. */
  guardOutput(deltas: AsyncIterable<string>, input: InputVerdict, options?: { abortSignal?: AbortSignal }): AsyncIterable<OutputEvent>;
  /** Placeholders back to the original values. Only for the user who sent them. */
  restore(text: string): string;
}

let templateMarkers: string[] | undefined;
function loadStopMarkers(): string[] {
  if (templateMarkers) return templateMarkers;
  const markers = ["### Instruction:", "### Response:", "### Input:", "</s>", "<|im_start|>", "<|im_end|>", "<|endoftext|>", "[INST]", "<<SYS>>"];
  const t = defaultPromptTemplate;
  for (const s of [t.questionHeader, t.contextHeader, t.responseHeader, ...t.stop]) if (s && !markers.includes(s)) markers.push(s);
  templateMarkers = markers;
  return markers;
}

/** Shared compiled rules (compiling them once per process keeps construction cheap). */
let shared: { canonicalizer: Canonicalizer; triage: TriageEngine; scope: ScopeEngine } | undefined;
function engines() {
  shared ??= {
    canonicalizer: sharedCanonicalizer(),
    triage: new TriageEngine(),
    scope: new ScopeEngine()
  };
  return shared;
}

/** A learned step's spans that no earlier hit overlaps, merged into those hits in text order. */
function withModelSpans(hits: PhiHit[], spans: PhiHit[]): PhiHit[] {
  if (spans.length === 0) return hits;
  // one sweep (both lists in text order): a span overlaps a hit when a hit starting before the
  // span ends reaches past the span's start
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  const added: PhiHit[] = [];
  let j = 0;
  let reach = -1;
  for (const n of spans) {
    while (j < sorted.length && sorted[j]!.start < n.end) reach = Math.max(reach, sorted[j++]!.end);
    if (reach <= n.start) added.push(n);
  }
  if (added.length === 0) return hits;
  return [...hits, ...added].sort((a, b) => a.start - b.start);
}

function isClassifierList(c: SafetyClassifier | readonly SafetyClassifier[] | undefined): c is readonly SafetyClassifier[] {
  return Array.isArray(c);
}

/**
 * The safety pipeline every answer passes: emergency triage, PHI redaction and scope limits on
 * the way in, output checks on the way out. Deterministic rules and lexicons; an optional
 * classifier can only make a verdict stricter.
 */
export class SafetyPipeline {
  readonly audience: Audience;
  readonly locale: string;
  readonly emergencyNumber: string;
  readonly crisisNumber: string;
  readonly maxInputChars: number;
  private readonly categories: Partial<Record<ScopeCategory, boolean>>;
  private readonly classifier: SafetyClassifier | undefined;
  private readonly phi: PhiDetector;
  private readonly nameModel: NameModel | undefined;
  private readonly placeModel: PlaceModel | undefined;
  private readonly disclaimer: boolean;

  constructor(options: SafetyPipelineOptions = {}) {
    this.audience = options.audience ?? "patient";
    this.locale = options.locale ?? "en-US";
    this.emergencyNumber = options.emergencyNumber ?? "911";
    this.crisisNumber = options.crisisNumber ?? (isUsLocale(this.locale) ? "988" : this.emergencyNumber);
    this.maxInputChars = options.maxInputChars ?? DEFAULT_MAX_INPUT_CHARS;
    this.categories = { ...(options.categories ?? {}) };
    const c = options.classifier;
    this.classifier = isClassifierList(c) ? (c.length > 1 ? combineClassifiers(...c) : c[0]) : c;
    this.phi = new PhiDetector(options.nameEngine ?? "lexicon");
    this.nameModel = options.nameModel === true ? bundledNameModel() : options.nameModel || undefined;
    this.placeModel = options.placeModel === true ? bundledPlaceModel() : options.placeModel || undefined;
    this.disclaimer = options.disclaimer ?? true;
    engines();
  }

  createConversation(): SafetyConversation {
    const placeholders = new PlaceholderMap();
    return {
      checkInput: (text, opts) => this.check(text, placeholders, opts?.abortSignal),
      guardOutput: (deltas, input, opts) => {
        const e = engines();
        const lang = languageOf(this.locale);
        return guardOutputStream(
          deltas,
          input,
          {
            audience: this.audience,
            canonicalizer: e.canonicalizer,
            triage: e.triage,
            phi: this.phi,
            placeholders,
            stopMarkers: loadStopMarkers(),
            emergencyNotice: emergencyNotice(lang, this.noticeContext([])),
            ...(this.disclaimer ? { disclaimer: disclaimerText(lang) } : {})
          },
          opts?.abortSignal
        );
      },
      restore: (text) => placeholders.restore(text)
    };
  }

  /** One-off check with a fresh placeholder map (the CLI's `safety --json`). */
  checkInput(text: string, options?: { abortSignal?: AbortSignal }): Promise<InputVerdict> {
    return this.check(text, new PlaceholderMap(), options?.abortSignal);
  }

  /** Synchronous rules-only verdict (no classifier). */
  checkInputSync(text: string, placeholders = new PlaceholderMap()): InputVerdict {
    const checked = checkInputText(text, this.maxInputChars);
    const original = checked.text;
    const e = engines();
    const canon = e.canonicalizer.canonicalize(original);

    // PHI first, so reasons can quote redacted excerpts only
    // the learned steps only add spans where nothing lies yet: names first, then places
    let hits = this.phi.detect(original);
    if (this.nameModel) hits = withModelSpans(hits, this.nameModel.names(original));
    if (this.placeModel) hits = withModelSpans(hits, this.placeModel.places(original));
    const phi: PhiSpan[] = hits.map((h) => {
      const value = original.slice(h.start, h.end);
      return { type: h.type, text: value, start: h.start, end: h.end, placeholder: placeholders.placeholderFor(h.type, value) };
    });
    const redactSpan = (start: number, end: number): string => {
      let out = "";
      let at = start;
      for (const p of phi) {
        if (p.end <= start || p.start >= end) continue;
        out += original.slice(at, Math.max(at, p.start));
        out += p.placeholder;
        at = Math.max(at, p.end);
      }
      return out + original.slice(Math.min(at, end), end);
    };
    let redacted = "";
    let at = 0;
    for (const p of phi) {
      redacted += original.slice(at, p.start) + p.placeholder;
      at = p.end;
    }
    redacted += original.slice(at);

    let findings = e.scope.findings(canon, original, (c) => this.categories[c] !== false);
    // Students: how the message is framed (exam, flashcard, role-play, teaching, clinical case) and
    // whether the writer speaks for themselves (study-framing.ts). An exam vignette may describe an
    // overdose or a suicide attempt: that is education, and only what its question asks can be
    // refused. The frame lifts no limit by itself: it explains an answer option, a simulated
    // patient's words or a case read as a request, and role-play or "ignore my last question" read
    // as injection, unless the message asks for something prohibited. A framed message that is
    // still refused is not taken as study for triage.
    let study: StudyFraming | undefined;
    if (this.audience === "student") {
      study = studyFraming(original, canon, e.triage);
      findings = withoutFramedFindings(findings, original, canon, study);
    }
    findings = resolveFrames(findings);
    if (study && findings.length > 0) study = { ...study, frame: undefined };
    const outcome = e.triage.triage(canon, this.audience, study);
    const lang = languageOf(this.locale);
    const triageReasons: SafetyReason[] = outcome.findings.map((f) => {
      const span = canon.toOriginal(f.canonicalSpan.start, f.canonicalSpan.end);
      return { rule: f.ruleId, finding: f.finding, span, match: redactSpan(span.start, span.end) };
    });
    if (outcome.audienceNote) triageReasons.push({ rule: `triage.audience.${outcome.audienceNote}` });
    const triage: TriageVerdict = { level: outcome.level, reasons: triageReasons };
    const ctx = this.noticeContext([...new Set(outcome.findings.map((f) => f.finding))]);
    if (outcome.level !== "routine") {
      if (outcome.audienceNote === "care-team-third-person") {
        triage.message = careTeamBanner(lang, outcome.level, ctx);
      } else if (outcome.level === "emergency") {
        triage.message = outcome.crisis ? crisisNotice(lang, ctx) : emergencyNotice(lang, ctx);
        if (outcome.crisis) {
          const medical = outcome.findings.some((f) => f.level === "emergency" && !f.crisis);
          if (medical) triage.message = `${emergencyNotice(lang, ctx)} ${crisisNotice(lang, ctx)}`;
        }
      } else {
        triage.message = urgentNotice(lang, ctx);
        if (outcome.crisis) triage.message += ` ${crisisNotice(lang, ctx)}`;
      }
      if (outcome.crisis) triage.crisis = true;
    }

    let scope: ScopeVerdict = { allowed: true, category: "general", reasons: [] };
    const top = findings[0];
    if (top) {
      scope = {
        allowed: false,
        category: top.category,
        reasons: findings.map((f) => {
          const span = f.raw ? f.span : canon.toOriginal(f.span.start, f.span.end);
          return { rule: f.ruleId, finding: f.category, span, match: redactSpan(span.start, span.end) };
        }),
        message: refusalNotice(lang, top.category, ctx)
      };
    }
    // Asking how to die is itself suicidal intent: the refusal is not enough, triage says so too.
    const firstPerson = /\b(?:i|i'm|im|me|my|myself|mine|yo|me|mi|mis)\b/i.test(original);
    const crisisAsk = findings.find((f) => f.category === "self-harm" || (f.category === "lethal-dose" && firstPerson));
    if (crisisAsk && triage.level !== "emergency" && this.audience !== "care-team") {
      triage.level = "emergency";
      triage.crisis = true;
      triage.reasons.push({ rule: `triage.crisis.scope-${crisisAsk.category}`, finding: crisisAsk.category });
      triage.message = crisisNotice(lang, ctx);
    }
    return { triage, redacted, phi, scope, inputNotes: checked.notes };
  }

  private async check(text: string, placeholders: PlaceholderMap, signal?: AbortSignal): Promise<InputVerdict> {
    const verdict = this.checkInputSync(text, placeholders);
    if (!this.classifier) return verdict;
    let result: ClassifierResult;
    try {
      result = await this.classifier.classify({ redacted: verdict.redacted, audience: this.audience, locale: this.locale }, signal ? { abortSignal: signal } : {});
    } catch (error) {
      if (signal?.aborted) throw error;
      verdict.inputNotes.push({ rule: "classifier.error", finding: error instanceof Error ? error.message : String(error) });
      return verdict;
    }
    for (const error of result.errors ?? []) verdict.inputNotes.push({ rule: "classifier.error", finding: error });
    return this.stricter(verdict, result);
  }

  /** Merge a classifier's opinion: it can raise the triage level or refuse, never relax. */
  private stricter(verdict: InputVerdict, result: ClassifierResult): InputVerdict {
    const lang = languageOf(this.locale);
    const ctx = this.noticeContext(verdict.triage.reasons.map((r) => r.finding ?? r.rule));
    if (result.triage && LEVEL_RANK[result.triage] > LEVEL_RANK[verdict.triage.level]) {
      verdict.triage.level = result.triage;
      verdict.triage.reasons.push({ rule: "classifier.triage", ...(result.rationale ? { finding: result.rationale } : {}) });
      verdict.triage.message = result.triage === "emergency" ? emergencyNotice(lang, ctx) : urgentNotice(lang, ctx);
    }
    if (result.refuse && this.categories[result.refuse] !== false) {
      const reason: SafetyReason = { rule: "classifier.scope", finding: result.refuse, ...(result.rationale ? { match: result.rationale } : {}) };
      if (verdict.scope.allowed) {
        verdict.scope = { allowed: false, category: result.refuse, reasons: [reason], message: refusalNotice(lang, result.refuse, ctx) };
      } else verdict.scope.reasons.push(reason);
    }
    return verdict;
  }

  private noticeContext(findings: string[]): NoticeContext {
    return { emergencyNumber: this.emergencyNumber, crisisNumber: this.crisisNumber, findings };
  }
}
