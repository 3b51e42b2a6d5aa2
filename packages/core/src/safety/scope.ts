import type { Canonical } from "./canonical.js";
import { RAW_SCOPE_PATTERNS, SCOPE_GROUPS, SCOPE_RULES, type ScopeRuleSpec } from "./scope-rules.js";
import { compileRules, evaluateRules } from "./triage.js";
import type { ScopeCategory } from "./types.js";

export interface ScopeFinding {
  ruleId: string;
  category: ScopeCategory;
  /** Canonical span, or a raw-text span when `raw` is true. */
  span: { start: number; end: number };
  raw: boolean;
  /** A framing (see `ScopeRuleSpec.frame`): it counts only beside a finding that is not one. */
  frame?: boolean;
}

/**
 * Framings count only beside a refused ask: with none, no finding stands; with one, the framing
 * leads (it is prompt-injection, first in PRIORITY). Run after any filtering of the findings.
 */
export function resolveFrames(findings: ScopeFinding[]): ScopeFinding[] {
  return findings.some((f) => !f.frame) ? findings : [];
}

// When several categories fire: an attempt to lift the limits is named as such (what the request
// inside it asks is in the reasons), then the most serious one.
const PRIORITY: ScopeCategory[] = ["prompt-injection", "harm-to-others", "lethal-dose", "self-harm", "controlled-substance", "prescription"];

export class ScopeEngine {
  private readonly rules = compileRules<ScopeRuleSpec>(SCOPE_RULES, SCOPE_GROUPS);

  findings(canon: Canonical, original: string, enabled: (c: ScopeCategory) => boolean): ScopeFinding[] {
    const out: ScopeFinding[] = [];
    for (const hit of evaluateRules(canon, this.rules)) {
      if (!enabled(hit.spec.category)) continue;
      out.push({ ruleId: hit.spec.id, category: hit.spec.category, span: { start: hit.match.start, end: hit.match.end }, raw: false, ...(hit.spec.frame ? { frame: true } : {}) });
    }
    for (const p of RAW_SCOPE_PATTERNS) {
      const category = p.category ?? "prompt-injection";
      if (!enabled(category)) continue;
      p.re.lastIndex = 0;
      const text = p.ignore ? original.replace(p.ignore, (m) => " ".repeat(m.length)) : original;
      const m = p.re.exec(text);
      if (m && (!p.also || p.also.test(original))) out.push({ ruleId: p.id, category, span: { start: m.index, end: m.index + m[0].length }, raw: true, ...(p.frame ? { frame: true } : {}) });
    }
    if (enabled("prompt-injection")) {
      // text the canonicalizer had to decode (spelled out, broken by punctuation, reversed, base64, rot13, leetspeak) frames the ask it hid
      if (canon.readings && canon.readings.length > 0) out.push({ ruleId: `scope.injection.obfuscated-${canon.readings[0]}`, category: "prompt-injection", span: { start: 0, end: original.length }, raw: true, frame: true });
    }
    return out.sort((a, b) => PRIORITY.indexOf(a.category) - PRIORITY.indexOf(b.category));
  }
}
