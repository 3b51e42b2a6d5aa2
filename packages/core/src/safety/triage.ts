import type { Canonical } from "./canonical.js";
import { compilePattern, findMatch, patternTriggers, type Groups, type PatternMatch } from "./rule-dsl.js";
import { TRIAGE_GROUPS, TRIAGE_RULES, type TriageRuleSpec } from "./triage-rules.js";
import type { Audience, TriageLevel } from "./types.js";

export interface CompiledPattern {
  re: RegExp;
  /** One of these words must be a token for the pattern to match (undefined: always run it). */
  triggers: Set<string> | undefined;
}

export interface CompiledRule<S> {
  spec: S;
  all: CompiledPattern[];
  unless: CompiledPattern[];
}

function compileOne(pattern: string, groups: Groups): CompiledPattern {
  return { re: compilePattern(pattern, groups), triggers: patternTriggers(pattern, groups) };
}

export function compileRules<S extends { all: string[]; unless?: string[] }>(specs: S[], groups: Groups): CompiledRule<S>[] {
  return specs.map((spec) => ({
    spec,
    all: spec.all.map((p) => compileOne(p, groups)),
    unless: (spec.unless ?? []).map((p) => compileOne(p, groups))
  }));
}

function mayMatch(p: CompiledPattern, tokens: Set<string>): boolean {
  if (!p.triggers) return true;
  for (const w of p.triggers) if (tokens.has(w)) return true;
  return false;
}

export interface RuleHit<S> {
  spec: S;
  /** Canonical span of the first pattern's match. */
  match: PatternMatch;
}

/** Rules whose every pattern matches (not negated) and none of whose `unless` patterns match. */
export function evaluateRules<S extends { notNegatable?: boolean }>(canon: Canonical, rules: CompiledRule<S>[]): RuleHit<S>[] {
  const hits: RuleHit<S>[] = [];
  const tokens = canon.tokens;
  for (const rule of rules) {
    let first: PatternMatch | undefined;
    let ok = true;
    for (const p of rule.all) {
      const m = mayMatch(p, tokens) ? findMatch(p.re, canon.text, rule.spec.notNegatable !== true) : undefined;
      if (!m) {
        ok = false;
        break;
      }
      first ??= m;
    }
    if (!ok || !first) continue;
    if (rule.unless.some((p) => mayMatch(p, tokens) && findMatch(p.re, canon.text, false) !== undefined)) continue;
    hits.push({ spec: rule.spec, match: first });
  }
  return hits;
}

// Education questions about a condition ("what are the signs of a stroke?") are not reports of one.
const EDUCATION_QUESTION = compilePattern(
  "(?:what|which|how|when|why) (?:are|is|do|does|can|should|would|to) ~5 (?:signs|symptoms|warning signs|causes|difference|recognize|tell if|know if|treat|treated|prevent|happens)",
  {}
);
const REPORT_MARKERS = compilePattern(
  "(?:i|im|ive|me|my|he|she|hes|shes|his|her|they|we|our|mom|dad|son|daughter|husband|wife|baby|patient|pt) ~3 (?:is|am|are|has|have|had|was|been|having|feel|feels|felt|cant|keeps|started|just|suddenly|now)",
  {}
);

// The speaker describing their own body, as opposed to a patient or an exam case.
const SELF_REPORT = compilePattern(
  "(?:i|im|ive) (?:am|m|have|ve|feel|got|cant|can not|cannot|keep|started|think|want|wanna|just|was|had|been|having|fainted|passed) ~3 (?:having|feeling|pain|hurt|hurts|chest|breathe|breath|numb|weak|dizzy|bleeding|suicidal|kill|die|dying|overdosed|took|swallowed|seizure|fever|heart|stroke)|my (?:own )?(?:chest|head|heart|arm|face|throat|left|right|stomach|vision|speech|blood) |(?:kill|hurt|harm|cut) myself|i (?:want|wanna) to die|me quiero|me duele|no puedo respirar|tengo ",
  {}
);
const THIRD_PARTY_CLINICAL = compilePattern(
  "(?:a|an) \\d+ (?:year|yr|month|week|day|years|months|weeks|days) old|\\d+ (?:yo|y o|yr old|m|f|male|female|man|woman)|(?:my|our|the|this|a|an) (?:patient|pt|client|resident)|presents (?:to|with)|presented (?:to|with)|is brought|was brought|comes to|came to the|which of the following|most likely|next best step|best next step|most appropriate|next step in management|(?:usmle|nclex|board|exam|step 1|step 2|vignette|case)",
  {}
);
const VIGNETTE = compilePattern(
  "which of the following|most likely (?:diagnosis|cause|explanation|finding|mechanism|underlying)|next best step|best next step|most appropriate (?:next|initial|treatment|management|step|pharmacotherapy)|(?:a|an) \\d+ (?:year|yr|month|week|day)s? old (?:man|woman|boy|girl|male|female|patient|infant|child|primigravid|previously)|presents to (?:the|his|her)|is brought to (?:the|his|her)|comes to the|(?:usmle|nclex|board|exam|test|quiz) question|\\| a (?:\\| )?b (?:\\| )?c (?:\\| )?d",
  {}
);

export interface TriageFinding {
  ruleId: string;
  level: "emergency" | "urgent";
  finding: string;
  crisis: boolean;
  canonicalSpan: PatternMatch;
}

export interface TriageOutcome {
  level: TriageLevel;
  findings: TriageFinding[];
  crisis: boolean;
  /** How the audience changed the outcome, if it did. */
  audienceNote?: "care-team-third-person" | "student-vignette";
}

export class TriageEngine {
  private readonly rules = compileRules<TriageRuleSpec>(TRIAGE_RULES, TRIAGE_GROUPS);

  findings(canon: Canonical): TriageFinding[] {
    const hits = evaluateRules(canon, this.rules);
    const education =
      findMatch(EDUCATION_QUESTION, canon.text, false) !== undefined && findMatch(REPORT_MARKERS, canon.text, false) === undefined;
    return hits
      .filter((h) => !(education && /\.(?:heart-attack|named|anaphylaxis|heat-stroke|dka|ectopic|carbon-monoxide)$/.test(h.spec.id)))
      .map((h) => ({
        ruleId: h.spec.id,
        level: h.spec.level,
        finding: h.spec.finding,
        crisis: h.spec.crisis === true,
        canonicalSpan: h.match
      }));
  }

  triage(canon: Canonical, audience: Audience): TriageOutcome {
    const findings = this.findings(canon);
    const emergencies = findings.filter((f) => f.level === "emergency");
    let level: TriageLevel = emergencies.length > 0 ? "emergency" : findings.length > 0 ? "urgent" : "routine";
    const relevant = level === "emergency" ? emergencies : findings;
    const crisis = relevant.some((f) => f.crisis);
    if (level === "routine") return { level, findings, crisis: false };
    const self = findMatch(SELF_REPORT, canon.text, false) !== undefined;
    if (audience === "student" && !self && findMatch(VIGNETTE, canon.text, false) !== undefined) {
      return { level: "routine", findings, crisis: false, audienceNote: "student-vignette" };
    }
    if (audience === "care-team" && !self && findMatch(THIRD_PARTY_CLINICAL, canon.text, false) !== undefined) {
      return { level, findings: relevant, crisis, audienceNote: "care-team-third-person" };
    }
    if (audience === "care-team" && !self) {
      // A clinician writing about someone else without clinical markers: still a banner, not "call 911".
      return { level, findings: relevant, crisis, audienceNote: "care-team-third-person" };
    }
    level = relevant.length > 0 ? level : "routine";
    return { level, findings: relevant, crisis };
  }
}
