import type { Canonical } from "./canonical.js";
import { alternativePlans, compilePattern, findMatch, isNegated, patternTriggers, type Groups, type PatternMatch } from "./rule-dsl.js";
import { TRIAGE_GROUPS, TRIAGE_RULES, type TriageRuleSpec } from "./triage-rules.js";
import { MORE_TRIAGE_GROUPS, MORE_TRIAGE_RULES } from "./triage-rules-more.js";
import type { Audience, TriageLevel } from "./types.js";
import { vitalSigns } from "./vital-signs.js";

export interface CompiledPattern {
  id: number;
  re: RegExp;
  /** One of these words must be a token for the pattern to match (undefined: always run it). */
  triggers: Set<string> | undefined;
  /** Ids of the pattern's alternatives (see `AlternativePlan`); undefined: scan the whole text. */
  alternatives: number[] | undefined;
  sticky: RegExp;
}

interface CompiledAlternative {
  /** The word set a match starts with. */
  starters: number;
  /** Word sets that must occur within `maxOffset` tokens after the start. */
  required: { set: number; maxOffset: number }[];
}

export interface CompiledRule<S> {
  spec: S;
  all: CompiledPattern[];
  unless: CompiledPattern[];
}

/**
 * Compiled rules plus indexes from a word to the patterns it activates and to the (large) word sets
 * it belongs to. Pattern alternatives refer to word sets by id: where a match can start, which words
 * must follow.
 */
export interface CompiledRuleSet<S> {
  rules: CompiledRule<S>[];
  byTrigger: Map<string, number[]>;
  bySet: Map<string, number[]>;
  /** Small word sets, looked up word by word when needed instead of indexed (common words sit in many). */
  smallSets: (string[] | undefined)[];
  alternatives: CompiledAlternative[];
  setCount: number;
  patternCount: number;
}

const SMALL_SET = 12;

export function compileRules<S extends { all: string[]; unless?: string[] }>(specs: S[], groups: Groups): CompiledRuleSet<S> {
  let next = 0;
  const byTrigger = new Map<string, number[]>();
  const bySet = new Map<string, number[]>();
  const alternatives: CompiledAlternative[] = [];
  const setIds = new Map<string, number>();
  const smallSets: (string[] | undefined)[] = [];
  const index = (map: Map<string, number[]>, word: string, id: number) => {
    const list = map.get(word);
    if (list) list.push(id);
    else map.set(word, [id]);
  };
  // the same word set (a group used by many patterns) gets one id, so its positions are gathered once
  const setId = (words: Set<string>): number => {
    const key = [...words].sort().join(" ");
    let id = setIds.get(key);
    if (id === undefined) {
      id = setIds.size;
      setIds.set(key, id);
      if (words.size <= SMALL_SET) smallSets[id] = [...words];
      else for (const w of words) index(bySet, w, id);
    }
    return id;
  };
  // The same pattern text in many rules (a shared question filter, say) is one pattern, run once per message.
  const byText = new Map<string, CompiledPattern>();
  const compileOne = (pattern: string): CompiledPattern => {
    const known = byText.get(pattern);
    if (known) return known;
    const re = compilePattern(pattern, groups);
    const plans = alternativePlans(pattern, groups);
    const p: CompiledPattern = {
      id: next++,
      re,
      triggers: patternTriggers(pattern, groups),
      alternatives: plans?.map((plan) => {
        const id = alternatives.length;
        alternatives.push({ starters: setId(plan.starters), required: plan.required.map((r) => ({ set: setId(r.words), maxOffset: r.maxOffset })) });
        return id;
      }),
      sticky: new RegExp(re.source, "y")
    };
    for (const w of p.triggers ?? []) index(byTrigger, w, p.id);
    byText.set(pattern, p);
    return p;
  };
  const rules = specs.map((spec) => ({
    spec,
    all: spec.all.map(compileOne),
    unless: (spec.unless ?? []).map(compileOne)
  }));
  return { rules, byTrigger, bySet, smallSets, alternatives, setCount: setIds.size, patternCount: next };
}

export interface RuleHit<S> {
  spec: S;
  /** Canonical span of the first pattern's match. */
  match: PatternMatch;
}

/** Token positions of word sets in one message, built on first use. */
interface MessageIndex {
  tokenCount: number;
  /** 32-bit words per bitmap. */
  width: number;
  /** Positions of the words of each large word set, gathered in one pass over the message. */
  sets: (number[][] | undefined)[];
  /** One bitmap over token positions per word set, side by side; `state` says which are built. */
  bits: Uint32Array;
  /** 0: not built yet, 1: the set does not occur, 2: built. */
  state: Uint8Array;
  /** Positions of words that begin a token with "." or "/" in it ("40" in "40.1"). */
  prefixes: Map<string, number[]>;
}

/** Offset of the bitmap of word set `id`, or -1 when none of its words occur. */
function setBits<S>(set: CompiledRuleSet<S>, canon: Canonical, ix: MessageIndex, id: number): number {
  const at = id * ix.width;
  const state = ix.state[id];
  if (state === 2) return at;
  if (state === 1) return -1;
  const small = set.smallSets[id];
  let found = false;
  if (small) {
    for (const w of small) {
      found = mark(ix.bits, at, canon.positions.get(w)) || found;
      if (ix.prefixes.size > 0) found = mark(ix.bits, at, ix.prefixes.get(w)) || found;
    }
  } else for (const chunk of ix.sets[id] ?? []) found = mark(ix.bits, at, chunk) || found;
  ix.state[id] = found ? 2 : 1;
  return found ? at : -1;
}

function mark(bits: Uint32Array, base: number, positions: number[] | undefined): boolean {
  if (positions === undefined) return false;
  for (const j of positions) bits[base + (j >>> 5)]! |= 1 << (j & 31);
  return true;
}

/** True when a bit in [from, to] of the bitmap at `base` is set (`to` within the bitmap). */
function anyBit(bits: Uint32Array, base: number, from: number, to: number): boolean {
  const lastWord = base + (to >>> 5);
  let w = base + (from >>> 5);
  const head = (bits[w]! >>> (from & 31)) << (from & 31);
  if (w === lastWord) return (head & (0xffffffff >>> (31 - (to & 31)))) !== 0;
  if (head !== 0) return true;
  for (w++; w < lastWord; w++) if (bits[w] !== 0) return true;
  return (bits[lastWord]! & (0xffffffff >>> (31 - (to & 31)))) !== 0;
}

/**
 * Token indexes where a match of `p` can start, ascending: starts of its alternatives whose
 * required words all occur close enough after them.
 */
function candidateStarts<S>(p: CompiledPattern, set: CompiledRuleSet<S>, canon: Canonical, ix: MessageIndex): number[] {
  const out: number[] = [];
  let sources = 0;
  const maps: number[] = [];
  const { bits, tokenCount } = ix;
  for (const a of p.alternatives!) {
    const alt = set.alternatives[a]!;
    const required = alt.required;
    maps.length = 0;
    let possible = true;
    for (const r of required) {
      const base = setBits(set, canon, ix, r.set);
      if (base < 0) {
        possible = false;
        break;
      }
      maps.push(base);
    }
    if (!possible) continue;
    const starts = setBits(set, canon, ix, alt.starters);
    if (starts < 0) continue;
    sources++;
    for (let w = 0; w < ix.width; w++) {
      let word = bits[starts + w]!;
      while (word !== 0) {
        const bit = 31 - Math.clz32(word & -word);
        word &= word - 1;
        const i = (w << 5) + bit;
        let ok = true;
        for (let k = 0; k < required.length && ok; k++) ok = anyBit(bits, maps[k]!, i, Math.min(i + required[k]!.maxOffset, tokenCount));
        if (ok) out.push(i);
      }
    }
  }
  // positions from several alternatives: merged into text order
  return sources > 1 && out.length > 1 ? [...new Set(out)].sort((x, y) => x - y) : out;
}

/** First non-negated match, trying only the candidate starts when the pattern has plans. */
function runPattern<S>(p: CompiledPattern, canon: Canonical, negatable: boolean, set: CompiledRuleSet<S>, ix: MessageIndex): PatternMatch | undefined {
  if (!p.alternatives) return findMatch(p.re, canon.text, negatable);
  const { tokenStarts, text } = canon;
  for (const i of candidateStarts(p, set, canon, ix)) {
    const at = tokenStarts[i]!;
    p.sticky.lastIndex = at;
    const m = p.sticky.exec(text);
    if (m && (!negatable || !isNegated(text, at))) return { start: at, end: at + m[0].length, text: m[0] };
  }
  return undefined;
}

/** Rules whose every pattern matches (not negated) and none of whose `unless` patterns match. */
export function evaluateRules<S extends { notNegatable?: boolean }>(canon: Canonical, set: CompiledRuleSet<S>): RuleHit<S>[] {
  const hits: RuleHit<S>[] = [];
  // One pass over the distinct words: mark the patterns whose trigger words occur (a pattern
  // without triggers always runs) and gather the positions of the large word sets.
  const active = new Uint8Array(set.patternCount);
  const width = (canon.tokenStarts.length >>> 5) + 1;
  const ix: MessageIndex = {
    tokenCount: canon.tokenStarts.length,
    width,
    sets: [],
    bits: new Uint32Array(set.setCount * width),
    state: new Uint8Array(set.setCount),
    prefixes: new Map()
  };
  const see = (w: string, at: number[]) => {
    const ids = set.byTrigger.get(w);
    if (ids) for (const id of ids) active[id] = 1;
    const inSets = set.bySet.get(w);
    if (inSets) {
      for (const id of inSets) {
        const list = ix.sets[id];
        if (list) list.push(at);
        else ix.sets[id] = [at];
      }
    }
  };
  for (const [w, at] of canon.positions) {
    see(w, at);
    // "40.1" and "150/95" also begin with the words "40" and "150", which a pattern can match
    if (!w.includes(".") && !w.includes("/")) continue;
    for (let k = w.length - 1; k > 0; k--) {
      if (w[k] !== "." && w[k] !== "/") continue;
      const prefix = w.slice(0, k);
      see(prefix, at);
      const known = ix.prefixes.get(prefix);
      ix.prefixes.set(prefix, known ? [...known, ...at].sort((x, y) => x - y) : at);
    }
  }
  const mayMatch = (p: CompiledPattern): boolean => p.triggers === undefined || active[p.id] === 1;
  // results per pattern for this message: [not negatable, negatable]; null = no match
  const memo: (PatternMatch | null | undefined)[][] = [new Array(set.patternCount), new Array(set.patternCount)];
  const run = (p: CompiledPattern, negatable: boolean): PatternMatch | undefined => {
    const slot = memo[negatable ? 1 : 0]!;
    let m = slot[p.id];
    if (m === undefined) {
      m = runPattern(p, canon, negatable, set, ix) ?? null;
      slot[p.id] = m;
    }
    return m ?? undefined;
  };
  for (const rule of set.rules) {
    // skip the rule without running any regex when one of its patterns cannot match
    if (!rule.all.every(mayMatch)) continue;
    let first: PatternMatch | undefined;
    let ok = true;
    for (const p of rule.all) {
      const m = mayMatch(p) ? run(p, rule.spec.notNegatable !== true) : undefined;
      if (!m) {
        ok = false;
        break;
      }
      first ??= m;
    }
    if (!ok || !first) continue;
    if (rule.unless.some((p) => mayMatch(p) && run(p, false) !== undefined)) continue;
    hits.push({ spec: rule.spec, match: first });
  }
  return hits;
}

// Education questions about a condition ("what are the signs of a stroke?", "what should I do if
// someone is choking?") are not reports of one, unless someone is described as having it now.
const QUESTION_FORM = compilePattern(
  "^(?:what|whats|which|how|hows|when|why|can|could|is|are|does|do|should|would|will|explain|tell me about)|if (?:someone|somebody|a person|you|your|a child|a baby|a kid|one|people)",
  {}
);
const REPORT_MARKERS = compilePattern(
  "(?:my|our|his|her) (?:mom|mother|mum|dad|father|son|daughter|husband|wife|baby|child|kid|brother|sister|friend|grandma|grandpa|grandmother|grandfather|partner|boyfriend|girlfriend|patient|aunt|uncle|toddler|infant|roommate) ~3 (?:is|has|was|cant|keeps|just|suddenly|seems|looks|having|took|swallowed|collapsed|fell)|(?:i am|im|ive been|i have been|i feel|i think i|i just|i cant|i took|i swallowed|right now|currently|he is|she is|hes|shes|he cant|she cant|they are|he has|she has|he just|she just|(?:he|she|they) (?:swallowed|ate|drank|took|got into|fell|collapsed|passed out|wont|isnt|started|keeps))",
  {}
);
// Fiction, dreams and hypotheticals about a condition are not reports of one, even in the first person.
const NOT_REAL = compilePattern(
  "(?:writing|write|wrote|reading|read) ~3 (?:novel|story|book|script|screenplay|fanfic|fan fiction|scene|play|essay|paper)|(?:my|a|the) (?:character|protagonist|villain)|in (?:a|the|my) (?:novel|story|book|movie|film|show|series|game|dream)|(?:dream|dreams|dreamt|dreamed|nightmare|nightmares) (?:about|of|that)",
  {}
);
// Study and hearsay ("learning about anaphylaxis in my first aid class") are not reports either.
const STUDY = compilePattern(
  "(?:first aid|cpr|nursing|health|biology) class|for (?:my|a|our) (?:class|course|exam|test|paper)|learning about|studying (?:for|about)|textbook|lecture|just curious|red flags?|warning signs?",
  {}
);
const GENERAL_QUESTION = compilePattern(
  "^(?:what|which|why|how) (?:does|do|is|are|can|could|would|should|causes|cause|happens|means|would cause|is it called|are the) (?:it|a|an|the|someone|somebody|people|babies|kids|children|adults|men|women|someones)? ~3 (?:mean|means|cause|causes|happen|happens|look like|looks like|feel like|feels like|called|signs|symptoms|treated|treat|when|if)",
  {}
);
const RECURRENCE_QUESTION = compilePattern("(?:i|she|he|we|my \\w+) had ~8 (?:will|could|can|might|would|does) (?:it|this|that) (?:happen|come back|recur) (?:again|too)", {});
// Past events with nothing happening now ("had a concussion last month") are not same-day problems.
const PAST_MARKERS = compilePattern(
  "(?:last|a|one|two|few|several) (?:week|weeks|month|months|year|years)|(?:weeks|months|years) ago|history of|in (?:19|20)\\d\\d|as a (?:kid|child)|when i was",
  {}
);
const PRESENT_MARKERS = compilePattern(
  "now|today|tonight|right now|currently|this morning|this afternoon|this evening|since yesterday|still|hours|started|just",
  {}
);
const NAMED_CONDITION_RULE =
  /\.(?:heart-attack|named|battery-magnet|child-ingestion|chemical|chemical-eye|non-blanching-rash|meningitis|anaphylaxis|heat-stroke|dka|ectopic|carbon-monoxide|arrest|epinephrine-used|overdose|cannot-breathe|worst-headache|unresponsive)$/;

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
  private readonly rules = compileRules<TriageRuleSpec>([...TRIAGE_RULES, ...MORE_TRIAGE_RULES], { ...TRIAGE_GROUPS, ...MORE_TRIAGE_GROUPS });

  findings(canon: Canonical): TriageFinding[] {
    const hits = evaluateRules(canon, this.rules);
    const vitals: TriageFinding[] = vitalSigns(canon).map((v) => ({ ruleId: v.ruleId, level: v.level, finding: v.finding, crisis: false, canonicalSpan: v.span }));
    if (hits.length === 0) return vitals;
    const report = findMatch(REPORT_MARKERS, canon.text, false) !== undefined;
    const education =
      (!report && (findMatch(QUESTION_FORM, canon.text, false) !== undefined || findMatch(STUDY, canon.text, false) !== undefined)) ||
      findMatch(NOT_REAL, canon.text, false) !== undefined;
    // "what does it mean when a baby vomits green?": a question about what a sign means, nobody described
    const generalQuestion = !report && findMatch(GENERAL_QUESTION, canon.text, false) !== undefined;
    // "I had a postpartum hemorrhage with my first baby, will it happen again?"
    const recurrenceQuestion = findMatch(RECURRENCE_QUESTION, canon.text, false) !== undefined && findMatch(PRESENT_MARKERS, canon.text, false) === undefined;
    const pastOnly = findMatch(PAST_MARKERS, canon.text, false) !== undefined && findMatch(PRESENT_MARKERS, canon.text, false) === undefined;
    const found = hits
      .filter((h) => !(education && (NAMED_CONDITION_RULE.test(h.spec.id) || h.spec.level === "urgent")))
      .filter((h) => !(generalQuestion && h.spec.crisis !== true))
      .filter((h) => !(pastOnly && h.spec.level === "urgent" && h.spec.crisis !== true))
      .filter((h) => !(recurrenceQuestion && h.spec.crisis !== true))
      .map((h) => ({
        ruleId: h.spec.id,
        level: h.spec.level,
        finding: h.spec.finding,
        crisis: h.spec.crisis === true,
        canonicalSpan: h.match
      }));
    // a reading the rules already reported ("fever in a baby under 3 months") is said once
    return found.concat(vitals.filter((v) => !found.some((f) => f.finding === v.finding)));
  }

  /** An exam-style vignette about someone else ("A 24-year-old man is brought to..."), not the writer's own situation. */
  isVignette(canon: Canonical): boolean {
    return findMatch(VIGNETTE, canon.text, false) !== undefined && findMatch(SELF_REPORT, canon.text, false) === undefined;
  }

  triage(canon: Canonical, audience: Audience): TriageOutcome {
    const findings = this.findings(canon);
    const emergencies = findings.filter((f) => f.level === "emergency");
    let level: TriageLevel = emergencies.length > 0 ? "emergency" : findings.length > 0 ? "urgent" : "routine";
    const relevant = level === "emergency" ? emergencies : findings;
    const crisis = relevant.some((f) => f.crisis);
    if (level === "routine") return { level, findings, crisis: false };
    const self = findMatch(SELF_REPORT, canon.text, false) !== undefined;
    if (audience === "student" && this.isVignette(canon)) {
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
