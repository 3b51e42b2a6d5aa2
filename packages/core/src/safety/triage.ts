import type { Canonical } from "./canonical.js";
import { alternativePlans, compilePattern, findMatch, isNegated, NUMBER_START, patternTriggers, type Groups, type PatternMatch } from "./rule-dsl.js";
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
  /** The alternatives' ids are the range [altFrom, altTo) of the rule set's `AlternativeTable`. */
  altFrom: number;
  altTo: number;
  /**
   * The plans were read with `patternStarters(..., true)`: a match that begins with a digit can also
   * start inside a number token ("25 weeks" in "1.25 weeks"), as in a scan of the whole text.
   */
  midToken: boolean;
  sticky: RegExp;
}

/**
 * The alternatives of every pattern, as flat arrays indexed by alternative id (a message's
 * evaluation reads thousands of them: typed arrays keep that to a few cache lines, where an object
 * per alternative with its own arrays, maps and sets is a pointer chase each).
 */
interface AlternativeTable {
  /** The word set a match starts with. */
  starters: Int32Array;
  /** 1: only the first token can start a match ("^..."). */
  atStart: Uint8Array;
  /**
   * Word sets that must occur within `reqMax` tokens after the start (and before the next "|" when
   * `reqSame` is 1): entries reqFrom[alt] to reqFrom[alt + 1] of the req arrays.
   */
  reqFrom: Int32Array;
  reqSet: Int32Array;
  reqMax: Int32Array;
  reqSame: Uint8Array;
  /** 1: some starter words count only before one of given tokens (see `AlternativePlan.follow` and `FollowTable`). */
  hasFollow: Uint8Array;
}

/**
 * Starter words that count only before one of given words, for all alternatives: an open-addressing
 * hash from (alternative, starter vocabulary id) to an entry, and per entry the sorted vocabulary
 * ids of the words that may come next (`nextIds[nextFrom[e]]` to `nextIds[nextFrom[e + 1]]`) and
 * the same words spelled out (for "40.1"-like tokens).
 */
interface FollowTable {
  mask: number;
  keyAlt: Int32Array;
  keyWord: Int32Array;
  entry: Int32Array;
  nextFrom: Int32Array;
  nextIds: Int32Array;
  nextWords: string[][];
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
  /**
   * Word sets that hold a word shared by many sets ("i", "my", "what"): looked up word by word
   * (vocabulary ids) when a pattern needs them, instead of being indexed for every message.
   */
  smallSets: (number[] | undefined)[];
  /** 1 where `smallSets` has the set (a typed array: read for every alternative tried). */
  isSmall: Uint8Array;
  /**
   * Ids of the words small sets and `follow` look up: a message's words are looked up once, then
   * by id (a string key costs a hash lookup each time).
   */
  vocab: Map<string, number>;
  alts: AlternativeTable;
  follow: FollowTable;
  setCount: number;
  patternCount: number;
  /** Lengths of the stems ("vomit*") that triggers and word sets hold, longest first. */
  stemLengths: number[];
  /** Length of the longest word that triggers and word sets hold (a longer prefix is no key). */
  longestWord: number;
}

// Farther than any token of a message can be (inputs are capped far below this).
const UNBOUNDED = 0x3fffffff;

// A word in more word sets than this makes its (small) sets lazily looked up.
const HUB_WORD_SETS = 4;
const SMALL_SET = 12;

/**
 * `exact`: every pattern finds what a scan of the whole text finds, also inside number tokens (the
 * rules' basic plans and trigger words look at whole tokens and their "40" in "40.1" prefixes only).
 */
export function compileRules<S extends { all: string[]; unless?: string[] }>(specs: S[], groups: Groups, options: { exact?: boolean } = {}): CompiledRuleSet<S> {
  let next = 0;
  const byTrigger = new Map<string, number[]>();
  const bySet = new Map<string, number[]>();
  // the alternative table, gathered in arrays and made typed at the end
  const altStarters: number[] = [];
  const altAtStart: number[] = [];
  const altReqFrom: number[] = [0];
  const reqSet: number[] = [];
  const reqMax: number[] = [];
  const reqSame: number[] = [];
  const altHasFollow: number[] = [];
  const followKeys: [alt: number, word: number, next: Set<string>][] = [];
  const setIds = new Map<string, number>();
  const smallSets: (number[] | undefined)[] = [];
  const setWords: string[][] = [];
  const vocab = new Map<string, number>();
  const vocabId = (word: string): number => {
    let id = vocab.get(word);
    if (id === undefined) {
      id = vocab.size;
      vocab.set(word, id);
    }
    return id;
  };
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
      setWords.push([...words]);
    }
    return id;
  };
  // The same pattern text in many rules (a shared question filter, say) is one pattern, run once per message.
  const byText = new Map<string, CompiledPattern>();
  const compileOne = (pattern: string): CompiledPattern => {
    const known = byText.get(pattern);
    if (known) return known;
    const re = compilePattern(pattern, groups);
    const basic = options.exact ? undefined : alternativePlans(pattern, groups);
    const plans = basic ?? alternativePlans(pattern, groups, true);
    // a number trigger could be the tail of a number token ("911" in "1.911"), which a scan finds
    let triggers = patternTriggers(pattern, groups);
    if (options.exact && triggers && [...triggers].some((w) => /^\d/.test(w))) triggers = undefined;
    const p: CompiledPattern = {
      id: next++,
      re,
      triggers,
      alternatives: plans?.map((plan) => {
        const id = altStarters.length;
        altStarters.push(setId(plan.starters));
        altAtStart.push(plan.atStart === true ? 1 : 0);
        for (const r of plan.required) {
          reqSet.push(setId(r.words));
          // (an unbounded distance as a large integer: the offsets stay small integers, not doubles)
          reqMax.push(Math.min(r.maxOffset, UNBOUNDED));
          reqSame.push(r.sameSentence ? 1 : 0);
        }
        altReqFrom.push(reqSet.length);
        altHasFollow.push(plan.follow ? 1 : 0);
        for (const [w, nextWords] of plan.follow ?? []) followKeys.push([id, vocabId(w), nextWords]);
        return id;
      }),
      altFrom: altStarters.length,
      altTo: altStarters.length,
      midToken: basic === undefined && plans !== undefined,
      sticky: new RegExp(re.source, "y")
    };
    p.altTo = altStarters.length;
    if (p.alternatives) p.altFrom = p.altTo - p.alternatives.length;
    for (const w of p.triggers ?? []) index(byTrigger, w, p.id);
    byText.set(pattern, p);
    return p;
  };
  const rules = specs.map((spec) => ({
    spec,
    all: spec.all.map(compileOne),
    unless: (spec.unless ?? []).map(compileOne)
  }));
  // A set whose words are rare is indexed: when none of them occurs, nothing is looked up at all.
  const setsPerWord = new Map<string, number>();
  for (const words of setWords) for (const w of words) setsPerWord.set(w, (setsPerWord.get(w) ?? 0) + 1);
  setWords.forEach((words, id) => {
    // a stem or NUMBER_START has no positions of its own to look up: its sets are always indexed
    const hub = words.some((w) => setsPerWord.get(w)! > HUB_WORD_SETS) && !words.some((w) => w.endsWith("*") || w === NUMBER_START);
    if (hub && words.length <= SMALL_SET) smallSets[id] = words.map(vocabId);
    else for (const w of words) index(bySet, w, id);
  });
  let longestWord = 0;
  for (const words of setWords) for (const w of words) longestWord = Math.max(longestWord, w.length);
  for (const key of byTrigger.keys()) longestWord = Math.max(longestWord, key.length);
  const stemLengths = new Set<number>();
  for (const key of [...byTrigger.keys(), ...bySet.keys()]) if (key.endsWith("*")) stemLengths.add(key.length - 1);
  const isSmall = new Uint8Array(setIds.size);
  smallSets.forEach((small, id) => {
    if (small) isSmall[id] = 1;
  });
  const alts: AlternativeTable = {
    starters: Int32Array.from(altStarters),
    atStart: Uint8Array.from(altAtStart),
    reqFrom: Int32Array.from(altReqFrom),
    reqSet: Int32Array.from(reqSet),
    reqMax: Int32Array.from(reqMax),
    reqSame: Uint8Array.from(reqSame),
    hasFollow: Uint8Array.from(altHasFollow)
  };
  return {
    rules,
    byTrigger,
    bySet,
    smallSets,
    isSmall,
    vocab,
    alts,
    follow: followTable(followKeys, vocabId),
    setCount: setIds.size,
    patternCount: next,
    stemLengths: [...stemLengths].sort((a, b) => b - a),
    longestWord
  };
}

/** Slot of (alternative, starter word) in the follow table's hash. */
const followHash = (alt: number, word: number, mask: number): number => (Math.imul(alt, 0x9e3779b1) ^ Math.imul(word + 1, 0x85ebca6b)) & mask;

function followTable(keys: [alt: number, word: number, next: Set<string>][], vocabId: (word: string) => number): FollowTable {
  let size = 16;
  while (size < 2 * keys.length) size *= 2;
  const mask = size - 1;
  const keyAlt = new Int32Array(size).fill(-1);
  const keyWord = new Int32Array(size);
  const entry = new Int32Array(size);
  const nextFrom: number[] = [0];
  const nextIds: number[] = [];
  const nextWords: string[][] = [];
  keys.forEach(([alt, word, next], e) => {
    let slot = followHash(alt, word, mask);
    while (keyAlt[slot] !== -1) slot = (slot + 1) & mask;
    keyAlt[slot] = alt;
    keyWord[slot] = word;
    entry[slot] = e;
    nextIds.push(...[...new Set([...next].map(vocabId))].sort((a, b) => a - b));
    nextFrom.push(nextIds.length);
    nextWords.push([...next]);
  });
  return { mask, keyAlt, keyWord, entry, nextFrom: Int32Array.from(nextFrom), nextIds: Int32Array.from(nextIds), nextWords };
}

/** The follow entry of starter word `word` (a vocabulary id) in alternative `alt`, or -1. */
function followEntry(f: FollowTable, alt: number, word: number): number {
  const { keyAlt, keyWord, mask } = f;
  for (let slot = followHash(alt, word, mask); ; slot = (slot + 1) & mask) {
    const a = keyAlt[slot]!;
    if (a === -1) return -1;
    if (a === alt && keyWord[slot] === word) return f.entry[slot]!;
  }
}

export interface RuleHit<S> {
  spec: S;
  /** Canonical span of the first pattern's match. */
  match: PatternMatch;
}

/**
 * Per-rule-set scratch space, reused from message to message (evaluation is synchronous, so one
 * message at a time): nothing here is allocated or cleared per message. A slot is valid only when
 * its stamp equals the current message's epoch.
 */
interface Scratch {
  epoch: number;
  /** Pattern ids whose trigger words occur in the current message. */
  active: Uint32Array;
  /** Word set -> epoch when its state below was set. */
  setStamp: Uint32Array;
  /** Word set -> offset of its bitmap in `bits`, or -1 when none of its words occur. */
  setAt: Int32Array;
  /** Word set -> first and last 32-bit word of its bitmap with a bit set (a scan of the starts skips the empty rest). */
  setLo: Int32Array;
  setHi: Int32Array;
  /** Word set -> epoch when `chunkHead` was set for it. */
  chunkStamp: Uint32Array;
  /** Word set -> first chunk (index into the chunk arrays) of positions gathered for it, -1: none. */
  chunkHead: Int32Array;
  /** Chunks: positions array of one word, and the next chunk of the same set (-1 ends). */
  chunkPositions: number[][];
  chunkNext: number[];
  chunkCount: number;
  bits: Uint32Array;
  bitsUsed: number;
  /** Memo of pattern results: [not negatable, negatable] per pattern, with the epoch they belong to. */
  memoStamp: Uint32Array;
  memo: (PatternMatch | null)[];
  /** Message word -> what this rule set knows of it (bounded cache). */
  info: Map<string, WordInfo>;
  /** Vocabulary id -> epoch when `posById` was set for it. */
  posStamp: Uint32Array;
  /** Vocabulary id -> token positions of the word in the current message (also where it begins a "40.1" token). */
  posById: (number[] | undefined)[];
  /** Token -> vocabulary id of its word, or -1. */
  tokenIds: Int32Array;
  /** Candidate start tokens, then their text offsets, of the pattern being run (counts returned, never `length = 0`: that frees the backing store). */
  starts: number[];
  offsets: number[];
  /** Token -> index of the first "|" token at or after it (the token count when none). */
  nextBar: Int32Array;
}

const scratches = new WeakMap<object, Scratch>();
const WORD_CACHE_LIMIT = 50_000;

/** What a rule set knows of one word: its vocabulary id, the patterns it triggers, the indexed sets it is in (also through stems). */
interface WordInfo {
  id: number;
  patterns: number[];
  sets: number[];
}

function wordInfo<S>(set: CompiledRuleSet<S>, w: string): WordInfo {
  const patterns = [...(set.byTrigger.get(w) ?? [])];
  const sets = [...(set.bySet.get(w) ?? [])];
  for (const n of set.stemLengths) {
    if (w.length < n) continue;
    const stem = `${w.slice(0, n)}*`;
    patterns.push(...(set.byTrigger.get(stem) ?? []));
    sets.push(...(set.bySet.get(stem) ?? []));
  }
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) sets.push(...(set.bySet.get(NUMBER_START) ?? []));
  return { id: set.vocab.get(w) ?? -1, patterns, sets };
}

function scratchOf<S>(set: CompiledRuleSet<S>): Scratch {
  let s = scratches.get(set);
  if (!s) {
    s = {
      epoch: 0,
      active: new Uint32Array(set.patternCount),
      setStamp: new Uint32Array(set.setCount),
      setAt: new Int32Array(set.setCount),
      setLo: new Int32Array(set.setCount),
      setHi: new Int32Array(set.setCount),
      chunkStamp: new Uint32Array(set.setCount),
      chunkHead: new Int32Array(set.setCount),
      chunkPositions: [],
      chunkNext: [],
      chunkCount: 0,
      bits: new Uint32Array(1024),
      bitsUsed: 0,
      memoStamp: new Uint32Array(set.patternCount * 2),
      memo: new Array<PatternMatch | null>(set.patternCount * 2).fill(null),
      info: new Map(),
      posStamp: new Uint32Array(set.vocab.size),
      posById: new Array<number[] | undefined>(set.vocab.size).fill(undefined),
      tokenIds: new Int32Array(256),
      starts: [],
      offsets: [],
      nextBar: new Int32Array(256)
    };
    scratches.set(set, s);
  }
  return s;
}

/** Token positions of word sets in one message, built on first use. */
interface MessageIndex {
  tokenCount: number;
  /** 32-bit words per bitmap. */
  width: number;
  s: Scratch;
}

/** Offset of the bitmap of word set `id` in `ix.s.bits`, or -1 when none of its words occur. */
function setBits<S>(set: CompiledRuleSet<S>, canon: Canonical, ix: MessageIndex, id: number): number {
  const s = ix.s;
  if (s.setStamp[id] === s.epoch) return s.setAt[id]!;
  const width = ix.width;
  let at = s.bitsUsed;
  if (at + width > s.bits.length) {
    const grown = new Uint32Array(Math.max(s.bits.length * 2, at + width));
    grown.set(s.bits.subarray(0, at));
    s.bits = grown;
  }
  const bits = s.bits;
  bits.fill(0, at, at + width);
  let found = false;
  markLo = width;
  markHi = -1;
  if (set.isSmall[id] === 1) {
    const small = set.smallSets[id]!;
    const { posStamp, posById, epoch } = s;
    for (let k = 0; k < small.length; k++) {
      const w = small[k]!;
      if (posStamp[w] === epoch) {
        mark(bits, at, posById[w]!);
        found = true;
      }
    }
  } else if (s.chunkStamp[id] === s.epoch) {
    for (let c = s.chunkHead[id]!; c >= 0; c = s.chunkNext[c]!) mark(bits, at, s.chunkPositions[c]!);
    found = true;
  }
  if (found) s.bitsUsed = at + width;
  else at = -1;
  s.setStamp[id] = s.epoch;
  s.setAt[id] = at;
  s.setLo[id] = markLo;
  s.setHi[id] = markHi;
  return at;
}

/** True when `c` is the code of a-z or 0-9. */
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** True when `token` (vocabulary id `id`) can hold one of the words of follow entry `e` followed by a space or the phrase's end. */
function follows(f: FollowTable, e: number, id: number, token: string | undefined): boolean {
  if (token === undefined) return false;
  if (id >= 0) {
    const { nextIds } = f;
    // (most entries hold one word or a few)
    for (let k = f.nextFrom[e]!, end = f.nextFrom[e + 1]!; k < end; k++) {
      const v = nextIds[k]!;
      if (v === id) return true;
      if (v > id) break;
    }
  }
  let plain = true;
  for (let k = 0; k < token.length && plain; k++) plain = isWordCode(token.charCodeAt(k));
  if (plain) return false;
  for (const w of f.nextWords[e]!) if (token.startsWith(w) && !(token.length > w.length && isWordCode(token.charCodeAt(w.length)))) return true;
  return false;
}

/** False when word set `id` is indexed and none of its words occur (no bitmap is built to tell). */
function mayOccur<S>(set: CompiledRuleSet<S>, ix: MessageIndex, id: number): boolean {
  const s = ix.s;
  if (s.setStamp[id] === s.epoch) return s.setAt[id]! >= 0;
  return set.isSmall[id] === 1 || s.chunkStamp[id] === s.epoch;
}

// The bitmap words that mark() has set bits in since setBits reset them: [markLo, markHi].
let markLo = 0;
let markHi = -1;

function mark(bits: Uint32Array, base: number, positions: number[]): void {
  for (let k = 0; k < positions.length; k++) {
    const j = positions[k]!;
    const w = j >>> 5;
    bits[base + w]! |= 1 << (j & 31);
    if (w < markLo) markLo = w;
    if (w > markHi) markHi = w;
  }
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
 * required words all occur close enough after them. Written to the scratch `ix.s.starts` (valid
 * until the next call); returns how many.
 */
function candidateStarts<S>(p: CompiledPattern, set: CompiledRuleSet<S>, canon: Canonical, ix: MessageIndex): number {
  const out = ix.s.starts;
  let count = 0;
  let sources = 0;
  const { tokenCount } = ix;
  const { nextBar, tokenIds, setLo, setHi } = ix.s;
  const { words } = canon;
  const { starters, atStart, reqFrom, reqSet, reqMax, reqSame, hasFollow } = set.alts;
  for (let a = p.altFrom; a < p.altTo; a++) {
    const r0 = reqFrom[a]!;
    const r1 = reqFrom[a + 1]!;
    // a set gathered in the pass over the words occurs or not without building its bitmap
    if (!mayOccur(set, ix, starters[a]!)) continue;
    let possible = true;
    for (let k = r0; k < r1 && possible; k++) possible = mayOccur(set, ix, reqSet[k]!);
    for (let k = r0; k < r1 && possible; k++) possible = setBits(set, canon, ix, reqSet[k]!) >= 0;
    if (!possible) continue;
    const starts = setBits(set, canon, ix, starters[a]!);
    if (starts < 0) continue;
    sources++;
    const follow = hasFollow[a] === 1;
    const first = atStart[a] === 1;
    // offsets read after every setBits call: building a bitmap may grow (replace) the array
    const bits = ix.s.bits;
    const setAt = ix.s.setAt;
    // "^...": only the first token, if it is a starter; else the words of the starters' bitmap that have bits
    const starterSet = starters[a]!;
    const lastWord = first ? ((bits[starts]! & 1) === 0 ? -1 : 0) : setHi[starterSet]!;
    for (let w = first ? 0 : setLo[starterSet]!; w <= lastWord; w++) {
      let word = first ? 1 : bits[starts + w]!;
      while (word !== 0) {
        const bit = 31 - Math.clz32(word & -word);
        word &= word - 1;
        const i = (w << 5) + bit;
        let ok = true;
        const bar = nextBar[i]! - 1;
        for (let k = r0; k < r1 && ok; k++) {
          const rs = reqSet[k]!;
          // (only the bitmap words that have bits: an unbounded distance would scan the rest of the text from every start)
          const to = Math.min(reqSame[k] === 1 ? Math.min(i + reqMax[k]!, tokenCount, bar) : Math.min(i + reqMax[k]!, tokenCount), (setHi[rs]! << 5) + 31);
          const from = Math.max(i, setLo[rs]! << 5);
          ok = to >= from && anyBit(bits, setAt[rs]!, from, to);
        }
        // a starter word whose every match goes on with a known second word: is it there?
        if (ok && follow) {
          const id = tokenIds[i]!;
          const e = id >= 0 ? followEntry(set.follow, a, id) : -1;
          if (e >= 0 && !words[i]!.includes(".") && !words[i]!.includes("/")) ok = follows(set.follow, e, i + 1 < tokenCount ? tokenIds[i + 1]! : -1, words[i + 1]);
        }
        if (ok) out[count++] = i;
      }
    }
  }
  // positions from several alternatives: merged into text order (a few short runs: insertion sort, no allocation)
  if (sources > 1 && count > 1) {
    if (count <= 64) {
      for (let k = 1; k < count; k++) {
        const v = out[k]!;
        let j = k - 1;
        for (; j >= 0 && out[j]! > v; j--) out[j + 1] = out[j]!;
        out[j + 1] = v;
      }
    } else {
      out.length = count;
      out.sort((x, y) => x - y);
    }
    let n = 1;
    for (let k = 1; k < count; k++) if (out[k] !== out[n - 1]) out[n++] = out[k]!;
    count = n;
  }
  return count;
}

/** The pattern's match starting at `at`, unless there is none or it is negated. */
function tryAt(p: CompiledPattern, text: string, at: number, negatable: boolean): PatternMatch | undefined {
  // test(), not exec(): no match array for the many starts that fail; a sticky match ends at lastIndex
  p.sticky.lastIndex = at;
  if (!p.sticky.test(text)) return undefined;
  const end = p.sticky.lastIndex;
  return !negatable || !isNegated(text, at) ? { start: at, end } : undefined;
}

/** First non-negated match, trying only the candidate starts when the pattern has plans. */
function runPattern<S>(p: CompiledPattern, canon: Canonical, negatable: boolean, set: CompiledRuleSet<S>, ix: MessageIndex): PatternMatch | undefined {
  if (!p.alternatives) return findMatch(p.re, canon.text, negatable);
  const n = startOffsets(p, set, canon, ix);
  const offsets = ix.s.offsets;
  for (let k = 0; k < n; k++) {
    const m = tryAt(p, canon.text, offsets[k]!, negatable);
    if (m) return m;
  }
  return undefined;
}

/**
 * The text offset of every candidate start in text order (with the offsets inside number tokens
 * for `midToken` patterns), written to the scratch `ix.s.offsets`; returns how many.
 */
function startOffsets<S>(p: CompiledPattern, set: CompiledRuleSet<S>, canon: Canonical, ix: MessageIndex): number {
  const count = candidateStarts(p, set, canon, ix);
  const { starts, offsets } = ix.s;
  const { tokenStarts, text } = canon;
  let n = 0;
  for (let k = 0; k < count; k++) {
    const i = starts[k]!;
    offsets[n++] = tokenStarts[i]!;
    if (!p.midToken) continue;
    // after each "." or "/" of a number token ("40.1", "150/95"), where a number can start too
    const end = i + 1 < tokenStarts.length ? tokenStarts[i + 1]! - 1 : text.length;
    for (let at = tokenStarts[i]! + 1; at < end; at++) {
      const c = text.charCodeAt(at - 1);
      if (c === 46 || c === 47) offsets[n++] = at;
    }
  }
  return n;
}

const spansOf = (re: RegExp, text: string): PatternMatch[] => {
  const out: PatternMatch[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push({ start: m.index, end: m.index + m[0].length });
    re.lastIndex = m.index + Math.max(1, m[0].length);
  }
  return out;
};

/** Every match of `p` from left to right, none overlapping, as a scan of the whole text finds them (negated or not). */
function allMatches<S>(p: CompiledPattern, canon: Canonical, set: CompiledRuleSet<S>, ix: MessageIndex): PatternMatch[] {
  if (!mayMatch(p, ix)) return [];
  if (!p.alternatives) return spansOf(p.re, canon.text);
  const out: PatternMatch[] = [];
  let from = 0;
  const n = startOffsets(p, set, canon, ix);
  const offsets = ix.s.offsets;
  for (let k = 0; k < n; k++) {
    const at = offsets[k]!;
    if (at < from) continue;
    const m = tryAt(p, canon.text, at, false);
    if (m) {
      out.push(m);
      from = at + Math.max(1, m.end - m.start);
    }
  }
  return out;
}

/**
 * Patterns matched on their own (the triage filters below) the way rule patterns are: tried only
 * where they can start, and only when their trigger words occur. Exact: each finds what a scan
 * of the whole text finds. Compiled on first use; indexes one message at a time.
 */
export class PatternSet {
  private readonly sources: string[] = [];
  private compiled: CompiledRuleSet<{ all: string[] }> | undefined;
  private canon: Canonical | undefined;
  private ix: MessageIndex | undefined;

  /** Adds a pattern (in the rule DSL, without groups); returns its handle. */
  add(source: string): number {
    if (this.compiled) throw new Error("PatternSet: add() after first use");
    this.sources.push(source);
    return this.sources.length - 1;
  }

  /** First match of pattern `id` in `canon` (not checked for negation), or undefined. */
  first(canon: Canonical, id: number): PatternMatch | undefined {
    const set = this.prepare(canon);
    return firstMatch(set.rules[id]!.all[0]!, false, canon, set, this.ix!);
  }

  /** Every match of pattern `id` in `canon`, from left to right, none overlapping. */
  all(canon: Canonical, id: number): PatternMatch[] {
    const set = this.prepare(canon);
    return allMatches(set.rules[id]!.all[0]!, canon, set, this.ix!);
  }

  private prepare(canon: Canonical): CompiledRuleSet<{ all: string[] }> {
    this.compiled ??= compileRules(this.sources.map((source) => ({ all: [source] })), {}, { exact: true });
    if (this.canon !== canon) {
      this.ix = indexMessage(canon, this.compiled);
      this.canon = canon;
    }
    return this.compiled;
  }
}

/**
 * Index one message for a rule set: which patterns' trigger words occur, where the word sets stand.
 * Valid until the next message is indexed for the same set.
 */
function indexMessage<S>(canon: Canonical, set: CompiledRuleSet<S>): MessageIndex {
  const s = scratchOf(set);
  s.epoch++;
  if (s.epoch === 0xffffffff) {
    // never reached in practice; keeps the stamps sound
    s.epoch = 1;
    s.active.fill(0);
    s.setStamp.fill(0);
    s.chunkStamp.fill(0);
    s.memoStamp.fill(0);
    s.posStamp.fill(0);
  }
  const epoch = s.epoch;
  s.chunkCount = 0;
  s.bitsUsed = 0;
  const { words } = canon;
  if (s.nextBar.length < words.length + 1) s.nextBar = new Int32Array(2 * words.length + 1);
  for (let i = words.length - 1, next = words.length; i >= 0; i--) {
    if (words[i]!.includes("|")) next = i;
    s.nextBar[i] = next;
  }
  const ix: MessageIndex = {
    tokenCount: canon.tokenStarts.length,
    width: (canon.tokenStarts.length >>> 5) + 1,
    s
  };
  if (s.tokenIds.length < words.length) s.tokenIds = new Int32Array(2 * words.length);
  s.tokenIds.fill(-1, 0, words.length);
  // One pass over the distinct words: mark the patterns whose trigger words occur (a pattern
  // without triggers always runs), gather the positions of the large word sets and of the
  // vocabulary words.
  const { active, chunkStamp, chunkHead, chunkPositions, chunkNext, posStamp, posById, tokenIds } = s;
  const gather = (patterns: number[] | undefined, sets: number[] | undefined, id: number, at: number[]) => {
    if (patterns) for (let k = 0; k < patterns.length; k++) active[patterns[k]!] = epoch;
    if (sets) {
      for (let k = 0; k < sets.length; k++) {
        const set = sets[k]!;
        const c = s.chunkCount++;
        chunkPositions[c] = at;
        chunkNext[c] = chunkStamp[set] === epoch ? chunkHead[set]! : -1;
        chunkHead[set] = c;
        chunkStamp[set] = epoch;
      }
    }
    if (id >= 0) {
      posById[id] = posStamp[id] === epoch ? posById[id]!.concat(at) : at;
      posStamp[id] = epoch;
    }
  };
  // (forEach: a for-of over the map makes an entry array per word)
  canon.positions.forEach((at, w) => {
    let info = s.info.get(w);
    if (info === undefined) {
      info = wordInfo(set, w);
      if (s.info.size >= WORD_CACHE_LIMIT) s.info.clear();
      s.info.set(w, info);
    }
    gather(info.patterns, info.sets, info.id, at);
    if (info.id >= 0) for (let k = 0; k < at.length; k++) tokenIds[at[k]!] = info.id;
    // "40.1" and "150/95" also begin with the words "40" and "150", which a pattern can match
    if (!w.includes(".") && !w.includes("/")) return;
    // (a prefix longer than every rule word is no key: skipping it keeps long "1/1/1/..." tokens linear)
    for (let k = Math.min(w.length - 1, set.longestWord); k > 0; k--) {
      if (w[k] !== "." && w[k] !== "/") continue;
      const prefix = w.slice(0, k);
      gather(set.byTrigger.get(prefix), set.bySet.get(prefix), set.vocab.get(prefix) ?? -1, at);
    }
  });
  return ix;
}

const mayMatch = (p: CompiledPattern, ix: MessageIndex): boolean => p.triggers === undefined || ix.s.active[p.id] === ix.s.epoch;

/** First non-negated match of `p` in the indexed message, worked out once per message. */
function firstMatch<S>(p: CompiledPattern, negatable: boolean, canon: Canonical, set: CompiledRuleSet<S>, ix: MessageIndex): PatternMatch | undefined {
  // results per pattern for this message: slot 2 * id (not negatable) or 2 * id + 1; null = no match
  const { memo, memoStamp, epoch } = ix.s;
  const slot = 2 * p.id + (negatable ? 1 : 0);
  if (memoStamp[slot] !== epoch) {
    memo[slot] = (mayMatch(p, ix) ? runPattern(p, canon, negatable, set, ix) : undefined) ?? null;
    memoStamp[slot] = epoch;
  }
  return memo[slot] ?? undefined;
}

/** Rules whose every pattern matches (not negated) and none of whose `unless` patterns match. */
export function evaluateRules<S extends { notNegatable?: boolean }>(canon: Canonical, set: CompiledRuleSet<S>): RuleHit<S>[] {
  const hits: RuleHit<S>[] = [];
  const ix = indexMessage(canon, set);
  const run = (p: CompiledPattern, negatable: boolean): PatternMatch | undefined => firstMatch(p, negatable, canon, set, ix);
  for (const rule of set.rules) {
    // skip the rule without running any regex when one of its patterns cannot match
    const all = rule.all;
    let possible = true;
    for (let k = 0; k < all.length; k++) {
      if (!mayMatch(all[k]!, ix)) {
        possible = false;
        break;
      }
    }
    if (!possible) continue;
    let first: PatternMatch | undefined;
    let ok = true;
    const negatable = rule.spec.notNegatable !== true;
    for (let k = 0; k < all.length; k++) {
      const m = run(all[k]!, negatable);
      if (!m) {
        ok = false;
        break;
      }
      first ??= m;
    }
    if (!ok || !first) continue;
    let blocked = false;
    for (let k = 0; k < rule.unless.length && !blocked; k++) {
      const p = rule.unless[k]!;
      blocked = run(p, false) !== undefined;
    }
    if (blocked) continue;
    hits.push({ spec: rule.spec, match: first });
  }
  return hits;
}

// The filters' patterns, matched with start plans like the rules' (see PatternSet).
const FILTERS = new PatternSet();

// Education questions about a condition ("what are the signs of a stroke?", "what should I do if
// someone is choking?") are not reports of one, unless someone is described as having it now.
const QUESTION_FORM = FILTERS.add(
  "^(?:what|whats|which|how|hows|when|why|can|could|is|are|does|do|should|would|will|explain|tell me about)|if (?:someone|somebody|a person|you|your|a child|a baby|a kid|one|people)"
);
const REPORT_MARKERS = FILTERS.add(
  "(?:my|our|his|her) (?:mom|mother|mum|dad|father|son|daughter|husband|wife|baby|child|kid|brother|sister|friend|grandma|grandpa|grandmother|grandfather|partner|boyfriend|girlfriend|patient|aunt|uncle|toddler|infant|roommate) ~3 (?:is|has|was|cant|keeps|just|suddenly|seems|looks|having|took|swallowed|collapsed|fell)|(?:i am|im|ive been|i have been|i feel|i think i|i just|i cant|i took|i swallowed|right now|currently|he is|she is|hes|shes|he cant|she cant|they are|he has|she has|he just|she just|(?:he|she|they) (?:swallowed|ate|drank|took|got into|fell|collapsed|passed out|wont|isnt|started|keeps))" +
    // (triage-au) a measured temperature that has lasted ("temp 38.3 since yesterday") is someone's, even in a question
    "|(?:temp|temperature|fever) (?:of |is |was |has been |been |at )?(?:3[89]|4[01])(?:\\.\\d)? ?(?:c|degrees)? (?:since|for (?:a|\\d+|two|three) (?:day|days|hours)|all (?:day|night)|last night|this morning|today)"
);
// Fiction, dreams and hypotheticals about a condition are not reports of one, even in the first person.
const NOT_REAL = FILTERS.add(
  "(?:writing|write|wrote|reading|read) ~3 (?:novel|story|book|script|screenplay|fanfic|fan fiction|scene|play|essay|paper)|(?:my|a|the) (?:character|protagonist|villain)|in (?:a|the|my) (?:novel|story|book|movie|film|show|series|game|dream)|(?:dream|dreams|dreamt|dreamed|nightmare|nightmares) (?:about|of|that)"
);
// Study and hearsay ("learning about anaphylaxis in my first aid class") are not reports either.
const STUDY = FILTERS.add(
  "(?:first aid|cpr|nursing|health|biology) class|for (?:my|a|our) (?:class|course|exam|test|paper)|learning about|studying (?:for|about)|textbook|lecture|just curious|red flags?|warning signs?"
);
const GENERAL_QUESTION = FILTERS.add(
  "^(?:what|which|why|how) (?:does|do|is|are|can|could|would|should|causes|cause|happens|means|would cause|is it called|are the) (?:it|a|an|the|someone|somebody|people|babies|kids|children|adults|men|women|someones)? ~3 (?:mean|means|cause|causes|happen|happens|look like|looks like|feel like|feels like|called|signs|symptoms|treated|treat|when|if)|^como (?:se|saber|sabes|sabe|puedo saber|reconocer|reconozco|identificar) (?:si|cuando) (?:alguien|una persona|un|una|uno)|^(?:cuales|que) son (?:los|las) (?:sintomas|signos|senales)"
);
const RECURRENCE_QUESTION = FILTERS.add(
  "(?:i|she|he|we|my \\w+) had ~8 (?:will|could|can|might|would|does) (?:it|this|that) (?:happen|come back|recur) (?:again|too)|(?:i|she|he|we|my \\w+) had ~12 (?:at risk|higher risk|more likely|chance|chances|odds) ~4 (?:again|this time|next time|this pregnancy|next pregnancy)|(?:i|she|he|we|my \\w+) had ~8 how (?:likely|common) (?:is it|is that|is this) (?:to )?(?:happen|come back|recur)"
);
// Past events with nothing happening now ("had a concussion last month") are not same-day problems.
// ("when i was gardening" is what the writer was doing when it happened, not a past event: triage-ac)
const PAST_MARKERS = FILTERS.add(
  "(?:last|a|one|two|few|several) (?:week|weeks|month|months|year|years)|last (?:spring|summer|fall|autumn|winter|christmas|easter|thanksgiving)|(?:weeks|months|years) ago|history of|in (?:19|20)\\d\\d|as a (?:kid|child)|when i was(?!\\s[a-z]+ing(?![a-z]))|(?<!desde\\s)hace (?:un|una|\\d+|dos|tres|unos|unas|varios|varias) (?:semana|semanas|mes|meses|ano|anos)(?!\\sque)"
);
// (triage-as) a risk factor with its date: a journey, an operation, a cast, a jab
const AS_RISK_DATE = FILTERS.add(
  "(?:flew|flight|flying|long haul|plane|coach trip|surgery|operation|cast|plaster|tetanus|jab|booster|vaccine|vaccination|(?:bus|car|train|road|coach|ferry) (?:trip|ride|journey)|long (?:drive|trip|journey)) ~6 (?:(?:last|a|one|two|few|several) (?:week|weeks|month|months|year|years)|(?:weeks|months|years) ago)"
);
// (triage-au) a wait the writer asks about ("can I wait a week to see if it settles?") lies ahead: not a past date
const AU_WAIT_AHEAD = FILTERS.add(
  "(?:wait|waiting|give it|leave it|hold off|hang on|ride it out|put it off|see how it goes|hang in there) ~2 (?:a|one|two|another|few|a few|a couple of|couple of) (?:week|weeks|month|months)"
);
// (triage-at) a span that runs up to now ("over the last week", "for the past few days") is not a past date
const AT_UP_TO_NOW = FILTERS.add("(?:over|for|during|in) the (?:last|past) (?:few |couple of |\\d+ |two |three )?(?:day|days|week|weeks)");
const PRESENT_MARKERS = FILTERS.add(
  "now|today|tonight|right now|currently|this morning|this afternoon|this evening|since yesterday|still|hours|started|just|since (?:he|she|i|they|we) (?:woke|got up)|(?:has|have|is|are) (?:gone|going|turned|turning|getting|become|becoming) (?:red|hot|swollen|black|green|worse)|(?:is|are) (?:oozing|leaking|weeping|spreading|discharging)|(?:look|looks|looking) (?:red|infected|angry|inflamed|swollen)|(?:ive|i have|weve|we have|just) noticed|than usual|(?:is|are) (?:red|hot|swollen|lumpy) (?:and )?(?:hot|sore|swollen|red|painful|tender)|theres (?:a bit of |some |a little )?(?:pus|ooze|discharge)|(?:machine|monitor|cuff) (?:says|reads|shows|is showing)|ahora|ahorita|hoy|todavia|sigue|desde (?:ayer|anoche|hace)|otra vez|de nuevo|de repente|de golpe|(?:has|have|hes|shes|ive|hasnt|havent) (?:had|opened|passed) ~10 for (?:about |around |nearly |almost |over )?(?:a|one|two|three|\\d+) (?:week|weeks|days)(?! ago)|(?:wound|scar|incision|stitches|cut) (?:has|have) (?:some |a bit of |a little )?(?:\\w+ )?(?:discharge|pus|ooze)"
);
// Questions about a condition in general, with nobody described: "can you die from an electric
// shock?", "what happens to your body in hypothermia?", "how do you do CPR on someone who drowned?",
// "what does stridor sound like?". The message names no person (no I, my, he, she, we, they...).
const GENERIC_QUESTION = FILTERS.add(
  "^(?:what|whats|which|why|how|hows|when)|^(?:is|are|can|does|do) ~6 (?:always|ever|usually|normally|typically|generally|common|commonly)|^(?:can|could|does|do|will|would|is it possible|is it true) (?:you|someone|somebody|a person|people|one|a|an|your) ~4 (?:die|dies|get|gets|have|survive|catch|kill|kills|cause|causes|develop|happen|go into|be fatal|be deadly|be dangerous)|^(?:how|what) (?:do|does|should|would|can) (?:you|someone|somebody|a person|people|one)|^what (?:happens|happened) (?:to|in|if|when|during|after)|^what (?:does|do|is|are) ~4 (?:sound like|sounds like|look like|looks like|feel like|feels like)|when (?:is|are) (?:it|they|that|this) (?:dangerous|serious|an emergency|a concern)"
);
const PERSON_WORDS = FILTERS.add(
  "i|im|ive|id|me|my|mine|myself|we|were|us|our|he|hes|him|his|she|shes|her|they|theyre|them|their|mom|dad|son|daughter|husband|wife|baby|kid|kids|child|friend|grandma|grandpa|brother|sister|patient|toddler"
);
// "how do I prevent my kids from drowning at the beach?": prevention, nothing happening now.
const PREVENTION_QUESTION = FILTERS.add(
  "(?:how|what) (?:do|can|should|could) (?:i|we|you|parents|people) (?:do to )?(?:prevent|avoid|lower the risk of|reduce the risk of|protect against|keep (?:my|our|your) \\w+ from)|(?:tips|ways) (?:to|for) (?:prevent|prevention|avoid)|(?:know|learn|ask) what (?:to|i should|we should) (?:watch|look) (?:for|out for)|what (?:signs|symptoms) (?:to|should i|should we) (?:watch|look) (?:for|out for)"
);
const WATCH_FOR = FILTERS.add(
  "(?:know|learn|ask|understand) what (?:to|i should|we should|i need to|we need to) (?:watch|look) (?:for|out for)|what (?:signs|symptoms) (?:to|should i|should we|do i|do we) (?:watch|look) (?:for|out for)|(?:signs|symptoms) to (?:watch|look) (?:for|out for)|(?:tell me|know|learn) what the (?:signs|symptoms|warning signs) (?:of ~3 )?(?:are|is)"
    // (triage-at) "how would I know if my son had torsion?": how to recognise it, asked ahead
    + "|how (?:would|do|will|can|could|should) (?:i|we|you) (?:know|tell|recognise|recognize|spot) (?:if|whether|when)"
);
// Fiction (a novel, a script, a game character) is not a report, whatever happens in it.
const FICTION = FILTERS.add(
  "(?:writing|write|wrote) ~3 (?:novel|story|book|script|screenplay|fanfic|fan fiction|scene|play)|(?:my|a|the) (?:character|protagonist|villain)|in (?:a|the|my) (?:novel|story|book|tv show|series|video game|show|movie|film|episode)|(?:show|movie|film|episode|documentary) i (?:watched|saw|was watching)|video game"
    // (triage-at) a drama or a documentary seen on screen: "we watched a tv drama where...", "just watched a doc about..."
    + "|(?:tv|television) (?:drama|show|programme|program|series|soap)|(?:watched|watching|saw|seen) (?:a|an|the|this|that) (?:tv )?(?:drama|soap|documentary|doc|programme|program) (?:about|on|where|in which)"
);
// Figures of speech and everyday senses of alarming words. A finding whose match lies inside one
// of these is dropped; the rest of the message is judged as usual.
const NOT_LITERAL = FILTERS.add(
  [
    // the blue reliever inhaler, not a blue colour
    "(?:blue|brown|purple) (?:inhaler|inhalers|pump|puffer|reliever)",
    // breathlessness as a figure of speech for workload or laughter, or a feeling anxiety gives now and then
    "(?:cant|can not|cannot|can barely|could barely|couldnt) breathe ~2 (?:with all|under all|because of all|from all) ~2 (?:deadlines|work|homework|stress|exams|assignments|meetings|pressure|emails|bills|paperwork|chores|projects)",
    "(?:cant|can not|cannot|couldnt) breathe ~2 (?:from|for|with) (?:laughing|laughter)|(?:laughing|laughed|laugh) so hard ~3 (?:cant|can not|cannot|couldnt) breathe",
    // "he will literally die if we don't get tacos", "I'm dying of boredom"
    "(?:die|dying|died|dead) ~2 (?:if|unless) ~3 (?:we|i|he|she|they|you) ~3 (?:dont|cant|do not|can not|cannot) ~1 (?:get|have|eat|go|see|watch|buy)",
    "(?:die|dying|died|dead) ~~1 of (?:boredom|embarrassment|cringe|laughter|laughing|hunger|thirst|heat|cuteness|shame|jealousy)",
    "(?:anxiety|panic|panic attacks|stress|nerves) ~3 (?:make|makes|made|gives|give|can make) me ~3 (?:cant|can not|cannot|can barely) breathe",
    "(?:feel|feels|feeling) like i (?:cant|can not|cannot) breathe ~2 (?:sometimes|at times|occasionally|every now and then|when im anxious|when i get anxious|when im stressed|when i get stressed|when im nervous)",
    // "she will murder me when she sees my grades": a threat over a trifle is a figure of speech
    "(?:kill|murder|strangle) (?:me|us) ~8 (?:grades|grade|report card|test score|dress|shirt|shoes|car|mess|spill|spilled|dent|scratch|phone|phone bill|bill|haircut|tattoo|curfew|room|homework|late again|forgot|forget)",
    // "I'll kill my roommate, he finished my snacks": a threat at someone over a trifle they did
    "(?:kill|murder|strangle|strangling) (?:my \\w+|him|her|them) ~~10 (?:ate|eats|eating|eaten|finished|took|stole|borrowed|used|wore|broke|spoiled|spoils|hogg\\w*|drank|lost) ~3 (?:leftovers|snacks|snack|food|lunch|dinner|breakfast|pizza|fries|cookies|cookie|cake|dessert|chocolate|candy|ice cream|last slice|last piece|charger|clothes|sweater|hoodie|shirt|shoes|makeup|headphones|remote|show|episode|ending|finale|wifi|password|netflix|parking spot|seat|coffee|milk|cereal|toothbrush|hair straightener|games|game|console|controller)",
    "(?:kill|murder|strangle|strangling) (?:my \\w+|him|her|them) ~~10 (?:spoiler|spoilers|spoiled the|left the dishes|dishes|laundry|toilet seat|snoring|snores|chewing|loud music)",
    // "going to die of embarrassment", "dying of boredom": dying of a feeling is a figure of speech
    "(?:die|dying|died|dead) (?:of|from) (?:embarrassment|boredom|laughter|laughing|cringe|cringing|cuteness|excitement|suspense|jealousy|envy|secondhand embarrassment|awkwardness)",
    // shooting a video, hoops or targets; giving away things before a move; goodbye cards for a new job
    "shoot (?:a |the |some |his |her |my |our |their )?(?:video|videos|photo|photos|pictures|picture|film|movie|scene|hoops|baskets|basket|ball|breeze|targets|target|clays|skeet|deer|ducks|geese|birds|hogs|free throws|footage|commercial|episode|wedding|portraits|me a text|me an email|me a message)",
    "(?:giving|gave|give|gives) away ~3 (?:things|stuff|belongings|clothes|furniture|books|toys|possessions) ~4 (?:moves|moving|move|downsiz\\w*|declutter\\w*|retir\\w*|relocat\\w*)",
    "goodbye (?:letter|letters|note|notes|card|cards|message|messages|email|emails|text|texts) ~6 (?:retir\\w*|moving|leaving|changing jobs|new job|graduat\\w*|transferr\\w*|relocat\\w*)",
    // "my heart stopped when I saw the results", "I'm going to have a stroke if the kids don't clean up"
    "heart ~1 (?:stopped|skipped a beat|sank|dropped) (?:when|as) (?:i|we) (?:saw|heard|read|got|opened|found|realized|looked|checked)",
    "(?:going to|gonna|about to|will|would|nearly|almost) (?:have|had) (?:a )?(?:stroke|heart attack|cow|breakdown|meltdown|aneurysm) (?:if|when|over|because|at)",
    // fear of a condition one might get some day; having seen an accident or a wound (a witness, an ER worker)
    "(?:scared|afraid|worried|fear|fearful|terrified|anxious|paranoid|nervous) (?:of|about) (?:having|getting|developing) (?:a |an |another )?(?:heart attack|stroke|seizure|aneurysm|blood clot|anaphylaxis|overdose)",
    "(?:witnessed|saw|seen|watched|treated|treating) (?:a |an |the |another |many |some |several |lots of )?(?:bad |terrible |horrible |fatal )?(?:car crash|car accident|crash|accident|gunshot wound|gunshot wounds|gunshot|shooting|stabbing|stab wound|drowning)",
    // ordinary sleep and hearing: "won't come to bed", "out cold after every night shift", "can't wake him before noon on weekends"
    "(?:wont|will not|doesnt|didnt|not) come to (?:bed|dinner|lunch|breakfast|the table|the phone|the door|school|work|church|practice|the party)",
    "(?:always|usually|every (?:night|morning|weekend|day)) ~3 out cold|out cold ~4 (?:after|every) ~3 (?:shift|shifts|work|night|nights)",
    "(?:cant|wont|can not|doesnt|will not) (?:wake|get) (?:him|her|them)? up ~3 (?:before noon|until noon|till noon|before \\d+|until \\d+|on weekends|on the weekend|for school|in the mornings|for work)|(?:weekends|weekend|noon|\\d+ pm|\\d+pm) ~~6 (?:cant|wont|can not) wake (?:him|her|them|up)",
    "(?:doesnt|wont|isnt|dont|didnt) (?:respond|responding|answer) ~4 (?:from (?:another|the other|the next) room|from upstairs|from downstairs)",
    // fear of dying in one's sleep is not a wish to die
    "(?:scared|afraid|worried|fear|terrified) (?:to|of|that) ~6 (?:ill|i will|i might|i would|id) never wake up",
    "(?:retir\\w*|moving away|moving to|changing jobs|new job|graduat\\w*|relocat\\w*) ~8 goodbye (?:letter|letters|note|notes|card|cards|message|messages)",
    // "this exam is going to kill me", "ese examen me va a matar, jaja": a chore or a test, not a person, is the killer
    "(?:exam|exams|examen|examenes|test|tests|final|finals|homework|tarea|tareas|assignment|class|clase|course|curso|semester|semestre|shift|turno|commute|traffic|trafico|heat|calor|workout|hike|deadline|deadlines|project|proyecto|thesis|tesis|job|trabajo|this week|esta semana|these shoes|estos zapatos) ~3 (?:is going to|is gonna|gonna|will|va a|van a|me va a|me van a) ~1 (?:kill|matar)",
    "(?:kill|matar) (?:me|us) ~2 (?:jaja\\w*|jeje\\w*|haha\\w*|lol|lmao|xd)|me (?:va|van) a matar ~2 (?:jaja\\w*|jeje\\w*|haha\\w*|lol|xd)",
    // (triage-au) a force told by what it nearly did: "kicked me so hard I thought I'd stop breathing"
    "so (?:hard|much|tight|fast) ~2 (?:i|id|we) (?:thought|swear|swore|felt like) ~3 (?:stop|stopped|stopping) breathing",
    // (triage-au) what anxiety does each time it comes, told as a pattern: "my anxiety, when it hits I feel like I can't breathe"
    "(?:anxiety|anxious|panic|panic attacks?) ~4 (?:when|whenever|once) (?:it|they|one|an attack|the attack) (?:hits|hit|comes|come|comes on|starts|start|kicks in|strikes|flares) ~3 (?:feel|feels|feeling) like (?:i|he|she) (?:cant|can not|cannot|couldnt) breathe",
    "(?:feel|feels|feeling) like (?:i|he|she) (?:cant|can not|cannot) breathe ~2 but (?:i|we) know (?:its|it is|thats|that is) (?:just |only )?(?:the |my |his |her )?(?:anxiety|panic|nerves|stress)",
    // (triage-au) a carer asking a child's dose limit ahead, worried about giving too much: "what's the
    // overdose limit of paracetamol for a 15 kg toddler?" (a limit asked for oneself stays a crisis: not covered)
    "(?:overdose|toxic|maximum|max|safe|upper|danger|dangerous) (?:threshold|limit|level|amount|dose|point) ~6 (?:in|for) (?:kids|children|a child|babies|a baby|infants|toddlers|a toddler|(?:my|a|our) (?:son|daughter|child|kid|baby|toddler|\\d+ ?(?:kg|kilo|year old|yo)))"
  ].join("|")
);
// A past event that is over ("had a stroke last year", "tried to kill myself when I was 16, I'm doing
// well now", "an old stab wound scar"): a past marker, a word that it is over, and nothing new or acute.
const PAST_EVENT = FILTERS.add(
  "(?:last|a|one|two|few|several|couple of) (?:month|months|year|years)|last (?:spring|summer|fall|autumn|winter|christmas|easter|thanksgiving)|(?:months|years|decade|decades) ago|history of|in (?:19|20)\\d\\d|as a (?:kid|child|teen|teenager)|when (?:i|he|she) was (?:\\d+|a kid|a child|a teen|a teenager|younger|little|born|pregnant)|in (?:high school|college|my twenties|my teens)|used to|old (?:scar|scars|injury|wound|stab wound)|years back|back in|when (?:i|he|she) was (?:first )?diagnosed|(?:had|got|went into|was in) ~3 once|only once|in (?:january|february|march|april|june|july|august|september|october|november|december)"
);
const OVER_NOW = FILTERS.add(
  "(?:said|says|told us) ~4 be (?:fine|ok|okay) and (?:she|he|they|it) (?:was|were)|and (?:she|he|they) (?:was|were) (?:fine|ok|okay)|turned out (?:fine|ok|okay|to be nothing)|still (?:sad|grieving|upset|heartbroken|miss|missing|think|thinking|shaken|traumatized|angry)|(?:clean|sober) (?:for|since)|in recovery|(?:fine|ok|okay|better|healthy|normal|healed|good|well) now|now (?:im|i am|hes|shes|he is|she is) (?:\\d+|fine|ok|okay|healthy|doing|better|well)|doing (?:well|fine|great|good|better)|fully recovered|recovered|healed|scar|scars|went away|resolved|still (?:has|have|gets|get) (?:some|a little|a bit of|mild|slight|minor|a scar|scars)|since (?:his|her|my|the|their) ~2 (?:palsy|stroke|surgery|accident|injury|operation)|(?:good|great|tight|excellent|decent) control now|(?:good|great|tight|excellent|decent) control|(?:well|better) controlled now|(?:well|better) controlled|under control now|under control|now (?:\\d+|in (?:my|his|her) \\d+s) (?:years old|yo|y o|and|with|but)|(?:when|since) (?:i|he|she) was (?:\\d+|a kid|a child|a teen|a teenager|younger|little) ~3 now \\d+(?!\\s(?:minutes|mins|min|hours|hrs|pills|tablets|mg|times|days|seconds))|(?:passed|came out) (?:on its own|naturally|by itself|without (?:surgery|problems))|(?:on|using|taking) ~2 (?:pump|insulin pump|pens|insulin|medication|meds|tablets|pills|treatment|inhaler|cgm|monitor) now|(?:none|no more|no others?|nothing) since|(?:not|hasnt|havent|never) had (?:one|another|any) since|now ~3 without (?:any )?(?:trouble|problems|issues|symptoms|bother)"
);
const ACUTE_NOW = FILTERS.add(
  "today|tonight|right now|currently|this morning|this afternoon|this evening|yesterday|last night|since (?:this )?(?:morning|lunch|lunchtime|breakfast|earlier)|hour|hours|minutes|started|again|suddenly|new|worse|worsening|keeps|happening|just (?:now|had|started|happened)|(?:been|still|is|hes|shes|keeps) (?:fitting|seizing|convulsing|having a seizure)|(?:want to|wanna) (?:die|end|kill|hurt|cut|disappear|not be|be dead|jump|overdose|od|take|go)|thinking about|thoughts|urge|urges|plan"
);
// "could my liver still be damaged" asks about a lasting effect; it says nothing is happening now
const NOW_WORD = FILTERS.add("now|(?<!(?:could|would|might|may|will)\\s(?:[a-z]+\\s){0,2})still");
const SUDDEN = FILTERS.add("sudden|suddenly|all of a sudden|out of nowhere|abrupt|abruptly|first time|never had|worst|crushing|cant breathe|not breathing|unconscious|unresponsive|blue|collapsed|(?:belly|stomach|abdomen|tummy) (?:is|feels|went|got) ~2 (?:rigid|like a board|hard as a board|board like)");
const HAVE_IT = FILTERS.add("(?:have|has|having|got|feel|feeling) (?:that|this|it|them|those|both|all of)");
// Symptoms told in the present tense ("I have crushing chest pain", "he can't move his arm").
const PRESENT_SYMPTOM = FILTERS.add(
  "(?:i|im|he|she|hes|shes|they|my \\w+) (?:have|has|am having|is having|are having|feel|feels|cant|can not|cannot|is|am|are) ~2 (?:pain|chest|numb|weak|slurr\\w*|dizzy|bleeding|confused|breathe|breathing|drooping|swelling|swollen|vomiting|fever|seizing|unconscious|blue|pale)"
);
// Living with a past event: diet, driving, flying, exercise, the risk of another one.
const AFTERCARE = FILTERS.add(
  "(?:what|which) (?:should|can) (?:i|he|she|we|they) (?:eat|avoid|drink|do)(?: now)?|(?:what|which) (?:foods|food|diet|exercises) ~4 (?:avoid|eat|should|can|best)|(?:can|should|could|may) (?:i|he|she|we|they) ~2 (?:fly|drive|travel|exercise|lift|run|swim|drink|get pregnant|donate|get a tattoo|have sex|go back to work|return to work|play sports|play football|take)(?: now)?|is it safe (?:for (?:me|him|her|them) )?to|prevent (?:another|it from happening again|a second)|(?:risk|chance|chances) of (?:another|a second|it happening again)|how long ~3 wait ~4 (?:before|until|to) ~2 (?:trying again|try again|trying|try|conceiv\\w*|getting pregnant|get pregnant|ttc)|(?:now )?(?:he|she|i|we|they) (?:wants?|would like|plans?|hopes?) to (?:go )?(?:scuba ?diving|scuba|diving|dive|fly|flying|drive|driving|travel|ski|skiing|swim|swimming) ~6 (?:is (?:that|it|this) (?:allowed|ok|okay|safe)|allowed)"
);
// A pet, not a person, is the one in trouble ("my cat is having a seizure": a vet's matter).
// Only "my/our" pets; an animal that acts on someone ("the dog bit her", "fell off the horse") is about a person.
const PET = FILTERS.add("(?:my|our) (?:dog|dogs|cat|cats|puppy|kitten|pet|bird|parrot|hamster|rabbit|bunny|guinea pig|ferret|lizard|turtle)|vet|veterinarian");
const ANIMAL_ACTS = FILTERS.add("bit|bites|bite|bitten|attacked|attack|mauled|kicked|scratched|jumped on|knocked|threw|thrown|fell off|trampled|stung|horse|pony");
const HUMAN = FILTERS.add(
  "i|im|ive|id|me|myself|we|were|us|children|man|woman|men|women|someone|somebody|people|everyone|everybody|(?:mom|mum|mummy|mother|dad|father|son|daughter|husband|wife|baby|infant|newborn|kid|child|friend|grandma|grandpa|grandmother|grandfather|brother|sister|toddler|boy|girl|person|family|neighbor|roommate|partner|boyfriend|girlfriend|patient|coworker|aunt|uncle|nephew|niece|cousin|teen|teenager|student)s?|my (?:leg|legs|arm|arms|hand|hands|face|head|chest|neck|foot|feet|finger|fingers|body|eye|eyes|back|stomach|throat|skin)"
);
// Hypotheticals: "if my toddler ever swallowed a magnet, what would happen?"
const HYPOTHETICAL = FILTERS.add(
  "if ~3 ever|(?:what|how) would (?:happen|you do|i do|we do|it feel)|what would happen|suppose|supposing|hypothetically|hypothetical|(?:just )?in case (?:someone|somebody|my|our|a|it|he|she|they|i)|god forbid|what if"
);
// (triage-aq: "diabetic for years" says how long the illness has been there, not the symptom: not chronic.)
// A long-standing or recurring pattern ("chest pains and breathlessness when I exert myself, for
// weeks"): same-day care, not an ambulance, unless something is new, sudden or worse now.
// (triage-as: "went under for a while before we pulled him out", "was out cold for a while" is how
// long the emergency lasted, not a long-standing complaint)
const CHRONIC = FILTERS.add(
  "(?<!due\\s)(?<!(?:diabetic|diabetes|asthmatic|epileptic|t1d|t2d|type\\s?[12])\\s)(?:for|over) (?:the (?:past|last) )?(?:a few|few|several|many|couple of|a couple of|\\d+|some) (?:weeks|months|years)(?: now)?|(?<!(?:diabetic|diabetes|asthmatic|epileptic|t1d|t2d|type\\s?[12])\\s)(?<!(?:under|underwater|submerged|unconscious|unresponsive|out cold|passed out|knocked out|blacked out)\\s)for (?:weeks|months|years|a long time|ages|a while)(?: now)?|(?:weeks|months|years) now|lately|frequent|frequently|on and off|off and on|comes and goes|come and go|from time to time|every (?:now and then|once in a while)|(?:especially|only) when|chronic|long standing|longstanding|(?:is|are|run|runs|sit|sits|stay|stays|hover|hovers) usually|usually (?:around|between|about|at|in|is|are|run|runs|sit|sits|hover|hovers|stay|stays|hang|hangs) ~2 \\d+|usually \\d+|(?:his|her|my|their) baseline|sometimes ~6 when (?:i|im|he|she|hes|shes|they|i am|he is|she is)|whenever (?:i|im|he|she|hes|shes|i am|he is|she is)"
);
const STRONG_HYPOTHETICAL = FILTERS.add("if ~3 ever|hypothetically|hypothetical|suppose|supposing|god forbid");
const TRAINING = FILTERS.add(
  "first aid(?!\\s(?:tent|station|post|room|hut|point|team|area))|cpr (?:class|course|training)|(?<!(?:fitness|gym|spin|yoga|pilates|dance|swim|swimming|ski|surf|climbing|diving|dive|driving|riding|scuba) )instructor|(?:exam|test|quiz|board|boards|practice|nclex|usmle|osce|step \\d) (?:q|qs|question|questions)|nclex|usmle|osce|(?:practice|training|mock|sample|quiz|exam|test|case|study) (?:scenario|scenarios|question|questions)|scenario (?:for|question)|recert\\w*|(?:cpr|bls|acls|pals|nrp) (?:quiz|test|exam|cert|certification|renewal)|(?:nursing|med|medical|paramedic|emt|pharmacy) (?:student|school)|(?:in|for) (?:class|training|a drill|the drill)|on a (?:dummy|mannequin|manikin)"
    // (triage-at) a piece of coursework on a condition: "my nursing assignment on DKA", "school project on drowning prevention"
    + "|(?:nursing|medical|school|uni|university|college|class|biology|science|health|first aid) (?:assignment|project|essay|coursework|homework|presentation|dissertation|poster)|(?:assignment|essay|coursework|homework|dissertation|presentation|project) (?:on|about)"
);
// "What fever should make me call?": asks for a threshold, states no reading.
const THRESHOLD_QUESTION = FILTERS.add(
  "(?:what|which|how high|how low|how much) (?:a )?(?:fever|temperature|temp|number|reading|level|sugar|blood pressure|bp|oxygen) ~4 (?:should|is too|counts|means|is dangerous|is an emergency|do i|would)"
);
const HAS_FEVER = FILTERS.add("(?:have|has|had|got|running|spiked|developed|with) (?:a |an )?(?:low |high |slight |mild )?(?:fever|temp|temperature)|feverish|burning up");
// "my wife says chest pain with sweating is a red flag, is that true?": checking a claim, not a report.
// "is the drowning thing a myth?": asking whether a piece of folk wisdom is true, nobody described.
const MYTH_CHECK = FILTERS.add("myth|myths|old wives tale|old wives tales|urban legend|true or false|fact or fiction|debunk\\w*");
const CLAIM_CHECK = FILTERS.add("(?:told|said|says|tells|advised|instructed|warned) ~3 to (?:watch|look out|keep an eye out|call|come back|go in|return) (?:for|if) ~~12 (?:what|which|how|when|is (?:that|this|it)|does (?:that|this|it)|should i|do i|are there)|(?:says|said|told me|tells me|heard|read) ~12 (?:red flags?|warning signs?|a sign of|signs of|dangerous|an emergency) ~~6 is (?:that|this|it) true");

// "can you explain the pathophysiology of DKA?", "explain what an ectopic pregnancy is": the condition
// is the thing to be explained (it lies inside the span), not something happening to anyone.
const EXPLAIN_REQUEST = FILTERS.add(
  "(?:explain|explaining|describe|define|teach me about|tell me about|pathophysiology of|physiology of|mechanism of|difference between|what (?:is|are|exactly is|causes)) ~5"
);
// "a tiny cut on my lip, why does it bleed so much?": a wound the writer calls small, and a question about it.
const MINOR_WOUND = FILTERS.add(
  "(?:tiny|small|little|minor|shallow|superficial|teeny|baby) (?:cut|cuts|nick|scratch|scrape|graze|wound|puncture|split|bite|paper cut)|paper cut|shaving cut|nicked (?:myself|my \\w+)"
);
const WOUND_QUESTION = FILTERS.add("why (?:do|does|is|are|did|would)|is (?:it|this|that) normal|how (?:do|can|long|come)|should i|do i need|normal for");
const BLEED_SEVERE = FILTERS.add(
  "wont stop|will not stop|doesnt stop|does not stop|not stopping|isnt stopping|cant stop|keeps bleeding|still bleeding|spurt\\w*|puls\\w*|gush\\w*|pouring|soak\\w*|heav\\w*|minutes|hours|dizzy|faint\\w*|lightheaded|pale|thinner\\w*|warfarin|coumadin|eliquis|xarelto|apixaban|rivaroxaban|hemophilia|deep|gaping|artery|bone"
);
// "breathing is fine and lips normal": the writer denies the airway red flags in so many words.
const AIRWAY_OK = FILTERS.add(
  "(?:breathing|breath|breathe|swallowing|swallow|airway) (?:fine|ok|okay|normal|good|clear|normally)|(?:breathing|breath|swallowing|airway) (?:is|are|seems|seem|feels|feel|looks|sounds) (?:fine|ok|okay|normal|good|clear)|(?:breathing|swallowing) and (?:breathing|swallowing) (?:are|seem|feel) (?:fine|ok|okay|normal|good)|(?:breathing|swallowing) and (?:breathing|swallowing) (?:fine|ok|okay|normal|good)|(?:lips|lip|tongue|throat|mouth|voice) (?:normal|fine|ok|okay|not swollen|arent swollen|isnt swollen)|(?:lips|lip|tongue|throat|mouth|voice) (?:are|is|look|looks|seem|seems|feel|feels) (?:normal|fine|ok|okay|not swollen)|(?:no|not|without|zero) ~1 (?:trouble|difficulty|problem|problems|issues|issue) ~2 (?:breathing|swallowing|breathe|swallow)|can (?:breathe|swallow) (?:fine|ok|okay|normally|just fine)|(?:breathing|breath|swallowing) (?:is|seems|feels) (?:totally|completely|perfectly|absolutely|100) (?:fine|ok|okay|normal)|no (?:lip|lips|tongue|throat|face|facial|mouth) ~3 (?:swelling|swollen)|(?:breathing|swallowing) (?:totally|completely|perfectly|absolutely) (?:fine|ok|okay|normal)"
);
const AIRWAY_TROUBLE = FILTERS.add(
  "tight\\w*|closing|wheez\\w*|stridor|hoarse|drool\\w*|gasping|struggling|short of breath|shortness of breath|blue|faint\\w*|passed out|dizzy|lightheaded|vomit\\w*|throwing up|epipen|epi pen|epinephrine|worse|worsening|spreading|getting bigger|cant breathe|cant swallow|hard to breathe|hard to swallow|trouble breathing|trouble swallowing|difficulty breathing|difficulty swallowing|(?:tongue|throat|lips|lip) ~3 (?:swollen|swelling|swell\\w*|puffy|thick|big|huge|fat|tingl\\w*)|(?:swollen|swelling|puffy|thick|huge|fat) ~3 (?:tongue|throat|lips|lip)|for now|so far|yet|at the moment|for the moment"
);
// "is 0.5ml of 1 in 1000 adrenaline still the adult dose in the current guidance?", "updating our school
// policy: is 5 minutes still the point to call an ambulance?": a policy or kit checked ahead, nobody described.
const POLICY_CONTEXT = FILTERS.add(
  "(?:our|the|school|schools|practice|ward|clinic|unit|nursery|team|staff|workplace|company|office) ~2 (?:policy|policies|guidance|guideline|guidelines|protocol|protocols|kit|kits|procedure|procedures)|(?:current|latest|updated|new|national) (?:guidance|guidelines|guideline|protocol|protocols)|(?:updating|reviewing|writing|checking) ~3 (?:policy|policies|guidance|guidelines|protocol|protocols|kit|kits|procedures)"
);
const POLICY_ASK = FILTERS.add(
  "(?:is|are) ~10 still (?:the|a) ~2 (?:right|correct|recommended|standard|adult|child|usual|current|best|point|dose|threshold|cut off|cutoff)|(?:still|currently) (?:recommended|advised|the guidance)|(?:what|which) (?:does|do|is) (?:the )?(?:current )?(?:guidance|guidelines|policy|protocol) (?:say|recommend)"
);
const AIRWAY_DOWNGRADE_RULE = /^triage\.allergy\.(?:swelling-with-allergy|hives-breathing|reaction-signs|breathing-after-allergen|swelling-airway)$/;

const overlaps = (a: PatternMatch, b: PatternMatch): boolean => a.start < b.end && a.end > b.start;

const NAMED_CONDITION_RULE =
  /\.(?:heart-attack|named|battery-magnet|child-ingestion|chemical|chemical-eye|non-blanching-rash|meningitis|anaphylaxis|heat-stroke|dka|ectopic|carbon-monoxide|arrest|epinephrine-used|overdose|cannot-breathe|worst-headache|unresponsive)$/;

// The speaker describing their own body, as opposed to a patient or an exam case.
const SELF_REPORT = FILTERS.add(
  "(?:i|im|ive) (?:am|m|have|ve|feel|got|cant|can not|cannot|keep|started|think|want|wanna|just|was|had|been|having|fainted|passed) ~3 (?:having|feeling|pain|hurt|hurts|chest|breathe|breath|numb|weak|dizzy|bleeding|suicidal|kill|die|dying|overdosed|took|swallowed|seizure|fever|heart|stroke)|my (?:own )?(?:chest|head|heart|arm|face|throat|left|right|stomach|vision|speech|blood)|(?:kill|hurt|harm|cut) myself|i (?:want|wanna) to die|me quiero|me duele|no puedo respirar|tengo"
);
const THIRD_PARTY_CLINICAL = FILTERS.add(
  "(?:a|an) \\d+ (?:year|yr|month|week|day|years|months|weeks|days) old|\\d+ (?:yo|y o|yr old|m|f|male|female|man|woman)|(?:my|our|the|this|a|an) (?:patient|pt|client|resident)|presents (?:to|with)|presented (?:to|with)|is brought|was brought|comes to|came to the|which of the following|most likely|next best step|best next step|most appropriate|next step in management|(?:usmle|nclex|board|exam|step 1|step 2|vignette|case)"
);
const VIGNETTE = FILTERS.add(
  "which of the following|most likely (?:diagnosis|cause|explanation|finding|mechanism|underlying)|next best step|best next step|most appropriate (?:next|initial|treatment|management|step|pharmacotherapy)|(?:a|an) \\d+ (?:year|yr|month|week|day)s? old (?:man|woman|boy|girl|male|female|patient|infant|child|primigravid|previously)|presents to (?:the|his|her)|is brought to (?:the|his|her)|comes to the|(?:usmle|nclex|board|exam|test|quiz) question|\\| a (?:\\| )?b (?:\\| )?c (?:\\| )?d"
);

// triage-m: look-alikes of emergencies, told by their context.
// "he's perfectly well at the moment, what should I look out for?": nothing is happening, the writer asks ahead
const WELL_NOW = FILTERS.add(
  "(?:is|hes|shes|he is|she is|im|i am|theyre|they are|seems|seem|feels|feel) (?:perfectly |completely |totally |absolutely )?(?:well|fine|healthy|ok|okay) (?:at the moment|right now|currently|at present|these days|for now)|(?:is|hes|shes|he is|she is|im|i am) (?:\\d+ and )?(?:perfectly|completely|totally) (?:well|fine|healthy)"
);
// "I'm doing a first aid course next month, what do you do if someone is choking?"
const COURSE_AHEAD = FILTERS.add(
  "(?:doing|taking|starting|booked|booked on|signed up for|going on|attending|enrolled in|enrolled on) ~2 (?:a |an |my |the |our )?(?:first aid|cpr|bls|life saving|lifesaving|lifeguard|resus|resuscitation) (?:course|class|training|session|refresher)"
);
// "he's only ever had one reaction (hives and a swollen lip)": the allergy history, not a reaction now
const ALLERGY_PAST = FILTERS.add(
  "(?:only )?ever (?:had|been) ~3 (?:one|1|a single|two|2|a|mild) (?:reaction|reactions)|(?:only|first|last|previous|worst) (?:reaction|reactions) (?:was|were)|(?:never|not ever|hasnt ever|has never|havent ever|have never) (?:needed|had) to use"
);
// "out of breath after 5 minutes running, recover quickly when I walk": effort, and it passes with rest
const EXERTION = FILTERS.add("running|run|jog\\w*|exercis\\w*|gym|workout|stairs|hill|hills|cycling|sport|training|football|swim\\w*|walking (?:fast|uphill)");
const SETTLES_WITH_REST = FILTERS.add(
  "(?:recover|recovers|recovered|settles|settle|settled|goes away|go away|passes|eases|back to normal|get my breath back) ~4 (?:quickly|fast|soon|straight away|within|when i (?:stop|walk|rest|slow)|once i (?:stop|rest|slow)|with rest|after (?:a|\\d+) (?:minute|minutes|min|mins|few))"
);
// "chest isn't pulling in", "lips aren't blue": the sign named and denied after it
const DENIED_AFTER = FILTERS.add(
  "(?:chest|ribs|neck|belly|tummy|skin|throat) (?:isnt|is not|wasnt|was not|arent|are not|not) ~2 (?:pulling|sucking|sinking|caving|drawing|going) in|(?:lips|face|skin|fingers) (?:arent|are not|isnt|is not|not|werent|wasnt) ~1 (?:blue|grey|gray|purple|dusky)"
);
// "I have a temperature of 38.5 ... baby is fine": the feeding mother has the fever, not the baby
const CARER_FEVER = FILTERS.add(
  "(?:i have|ive got|i had|ive had|im running|i am running|i developed|i spiked|i woke up with) ~3 (?:temperature|temp|fever|high temperature)|my (?:temperature|temp) (?:is|was|of)"
);
const BABY_FINE = FILTERS.add(
  "(?:baby|he|she|my baby|the baby|hes|shes) (?:is |seems |s )?(?:fine|well|ok|okay|happy|feeding well|feeding fine|perfectly fine|totally fine)"
);
// hand sanitiser or soap in the eye with normal vision: sore, not sight-threatening
const MILD_EYE_AGENT = FILTERS.add(
  "(?:hand )?saniti[sz]er|soap|shampoo|sun cream|suncream|sunscreen|sun screen|conditioner|shower gel|body wash|lotion|moisturi[sz]er|perfume|deodorant|hairspray|hair spray|contact lens solution|onion|chilli|chili"
);
const VISION_OK = FILTERS.add(
  "vision (?:is |seems |feels )?(?:normal|fine|ok|okay|clear|unaffected|good)|can see (?:fine|normally|ok|okay|clearly|perfectly)"
);

// triage-n: context that makes alarming words no emergency now (set n's false alarms, in general
// terms). Each needs a positive cue and nothing live: an acute word, "now" outside the cue, a
// present-tense symptom, or someone not breathing, bleeding or waking right now.
// The acute words of ACUTE_NOW without a bare "new" ("my new job") or the crisis words, plus a return.
const N_ACUTE = FILTERS.add(
  "today|tonight|right now|currently|this morning|this afternoon|this evening|yesterday|last night|hour|hours|minutes|mins|started|starting|again|suddenly|worse|worsening|keeps|happening|coming back|came back|creeping back|back again|(?:theyre|they are|its|it is|are|is) back|returned|returning|(?:fell|fallen|collapsed|fainted|happened) earlier|earlier (?:today|tonight|on)|just (?:now|had|started|happened)|new (?:pain|symptom|symptoms|weakness|numbness|headache|rash|swelling|lump|bleeding|thoughts|urges)"
);
// someone in trouble at this moment, whatever else the message says
const N_LIVE = FILTERS.add(
  "(?:is|isnt|are|arent|wont|cant|not|keeps|hes|shes|theyre|still) ~2 (?:breathing|breathe|wake|waking|responding|respond|bleeding|seizing|fitting|conscious|moving|blue|choking)|right now|call (?:911|999|112|an ambulance)|(?:want|wanna|going) to (?:die|kill|end|hurt)|(?:having|have|get|getting|been having) (?:\\w+ )?(?:thoughts|urges)|tonight|(?:hes|shes|theyre|is|are) (?:been )?(?:very |really |so )?(?:throwing up|vomiting|drowsy)|(?:blood|bleeding) ~3 (?:pouring|gushing|spurting|pumping|wont stop|will not stop)|(?:gone|going|turned|turning|looks|looking|is|hes|shes) (?:really |very |so |all )?(?:pale|grey|gray|white|ashen) and (?:sweaty|clammy|cold)"
);
// a past event ("in my early twenties", "back in 2008", "as a kid", "last month")
const N_PAST = FILTERS.add(
  "in (?:my|his|her|their) (?:early |mid |late )?(?:teens|twenties|thirties|forties|fifties|20s|30s|40s|50s)|as a (?:kid|child|teen|teenager|baby|toddler)|when (?:i|he|she) was (?:a )?(?:kid|child|teen|teenager|little|younger|baby|\\d+)|(?:years|months|decades) ago|in (?:19|20)\\d\\d|back in|last (?:month|year)|years back|growing up|hace (?:\\d+ |un |unos |muchos |varios |dos |tres )?(?:anos|ano|meses)|el ano pasado|cuando era (?:nino|nina|pequeno|pequena|joven|chico|chica|adolescente)"
);
// ... that is over: the writer feels fine or well now, or it never came back
// (also a past scare that "turned out to be a panic attack" or whose "tests were all fine": triage-ac)
const N_OVER = FILTERS.add(
  "(?:(?:feel|feels|feeling) (?:totally |completely |absolutely |perfectly |really )?(?:fine|ok|okay|well|great|good)|(?:im|i am|hes|he is|shes|she is) (?:totally |completely |absolutely |perfectly )?(?:fine|ok|okay|well)|doing (?:really |very |so |pretty |quite )?(?:well|good|great|fine)|in a (?:really |much |very |far )?(?:good|better|great|happy) place|(?:im|i am|hes|he is|shes|she is) \\d+ now|never (?:been|had) ~3 since|(?:hasnt|havent|has not|have not) ~3 since) (?:now|these days|nowadays)|(?:(?:feel|feels|feeling) (?:totally |completely |absolutely |perfectly |really )?(?:fine|ok|okay|well|great|good)|(?:im|i am|hes|he is|shes|she is) (?:totally |completely |absolutely |perfectly )?(?:fine|ok|okay|well)|doing (?:really |very |so |pretty |quite )?(?:well|good|great|fine)|in a (?:really |much |very |far )?(?:good|better|great|happy) place|(?:im|i am|hes|he is|shes|she is) \\d+ now|never (?:been|had) ~3 since|(?:hasnt|havent|has not|have not) ~3 since)|(?:turned out|found out) ~2 (?:just |only )?(?:a |an )?(?:panic attack|anxiety|reflux|heartburn|indigestion|pulled muscle|muscle strain|nothing serious|nothing)|(?:all )?(?:the )?(?:tests|scans|results) (?:were|came back) (?:all )?(?:fine|normal|clear|ok|okay)|(?:been|stayed|im|i am|hes|shes) (?:clean|sober) (?:ever )?(?:since|for)|(?:ahora|ya) (?:estoy|esta|me siento|se siente) (?:bien|mejor|mucho mejor|estable)|(?:salio|resulto) que (?:era|fue) (?:solo |nada mas )?(?:ansiedad|nada|reflujo|un ataque de panico|muscular)"
);
// ... and the question is about living with it: whom to see, a test, a form, how to use a pen
const N_AFTER = FILTERS.add(
  "who (?:do|should|can) (?:i|we|he|she) (?:see|ask|talk to|go to)|(?:is there|can i get|should i get|should i have|can i have) (?:a )?(?:genetic |blood |heart )?(?:test|screening|check)|how do i (?:actually )?(?:use|carry|store|get)|should (?:i|he|she|we) (?:still )?(?:be )?(?:carry\\w*|keep\\w*|have one|bring)|(?:do|does) (?:i|we) (?:have|need) to (?:put|declare|disclose|tell|mention|list|include)|(?:does|will|would) (?:that|it|this) (?:have to |need to )?(?:go on|affect|count)|(?:health|medical|insurance|application|job) (?:form|forms|questionnaire)|what (?:should|do) i (?:tell|say to) (?:my|a|the) (?:new )?(?:doctor|gp|therapist|partner|boyfriend|girlfriend|employer)|como (?:le |se lo )?(?:cuento|explico) ~6 (?:pareja|medico|doctor|doctora|familia|novio|novia|jefe|trabajo)"
);
// asked ahead ("just planning ahead", "for future reference")
const N_AHEAD = FILTERS.add("planning ahead|plan ahead|for future reference|ahead of time|to be prepared|be prepared|if (?:it|this|that) ever happens|(?:just )?in case|(?:worr\\w*|scared|afraid|anxious|fear\\w*|terrified) ~4 (?:going to|gonna|will|might|could) (?:have|get) (?:a )?(?:heart attack|stroke) ~~12 (?:no|not any|zero|without) (?:symptoms|signs)");
// checking something read or heard, for someone who is fine ("is it true...? asking for my mum, she's fine")
const N_HEARSAY = FILTERS.add(
  "^is it true|asking for (?:a friend|my \\w+|someone)(?! (?:me|its me|it s me|it is me|aka me|i mean me|ok its me|well me)(?: |$))|(?:read|saw|heard|watched) (?:an|a|this|that|the) (?:article|post|video|story|leaflet|thing|report|documentary|tiktok)|(?:read|heard) (?:online|somewhere)"
    // (triage-at) a news story, and a claim someone made checked ("my mate says ... is that true?")
    + "|(?:on|in) the news|news (?:story|report|article|item)|(?:says|said|reckons|swears|told me|tells me) ~~20 (?:is|was) (?:that|this|it) (?:true|right|correct|a myth)"
);
// a professional, a trainee or a staff training asking in general, or about a past job
const N_PROFESSIONAL = FILTERS.add(
  "(?:im|i am|i work as|working as) (?:a|an) (?:student |trainee |newly qualified |new |retired |school |er |icu )?(?:paramedic|emt|nurse|doctor|gp|firefighter|police officer|cop|lifeguard|dispatcher|call handler|medic|first responder|pharmacist|midwife|carer|care worker|teacher|teaching assistant|nursery worker|childminder)|student nurse|nursing student|medical student|(?:on|before|for) (?:my|a|our) placement|training day|training session|staff training|work in a (?:school|nursery|care home|pharmacy)|school office|debrief\\w*"
);
// everyday senses: a side effect a leaflet lists, a denial of intent, breathless from running or
// laughing, "hit by a truck" as tiredness, gunk "coming out of it", ectopic heartbeats, vaccine visits
const N_MENTION = FILTERS.add(
  [
    "(?:may|might|can|could|sometimes|rarely) ~1 (?:cause|causes|trigger|bring on|lead to|increase|worsen|give you|give people) ~3 (?:suicidal|suicide|thoughts|ideation|seizure|seizures|fits|stroke|strokes|heart attack|heart attacks|clots|blood clots|bleeding|anaphylaxis|allergic reaction|allergic reactions|overdose|coma|death|chest pain|swelling|fainting)",
    "(?:not|never|wont|wouldnt|no intention of) (?:going to |gonna |planning to |planning on |about to |intending to |try to |trying to )?(?:do anything (?:stupid|silly|dumb|drastic|rash) or )?(?:hurt|harm|kill|end) (?:myself|my life)",
    // (triage-at) "I don't have any plans to hurt myself": a plan denied
    "(?:dont|do not) have (?:any )?(?:plans?|intentions?) (?:to|of) (?:hurt|harm|kill|end|hurting|harming|killing|ending) (?:myself|my life)|(?:have )?no (?:plans?|intentions?) (?:to|of) (?:hurt|harm|kill|end|hurting|harming|killing|ending) (?:myself|my life)",
    "(?:feel|feels|feeling|felt) like (?:i|ive|he|she|hes|shes|ive been|ive just been)? ?(?:been |just been )?(?:hit|run over) by a (?:truck|bus|train|lorry|car|steamroller)",
    "(?:coming|came|come|leaking|oozing|draining|pouring|dripping) out of (?:it|them|my \\w+|his \\w+|her \\w+)",
    "yellow (?:gunk|pus|discharge|goo|gloop|stuff|snot|mucus|phlegm|crust\\w*|fluid|wax)",
    "ectopic (?:beat|beats|heartbeat|heartbeats|rhythm|rhythms)|(?:atrial|ventricular|cardiac|heart) ectopic\\w*|ectopics",
    "\\d+ (?:week|wk|month|mo) (?:old )?(?:jabs|shots|vaccines|vaccinations|immuni[sz]ations|ones|injections|check|checkup|check up|appointment|review|needles)",
    "(?:dont|do not|wouldnt) want (?:to|him to|her to) (?:keep )?(?:keel\\w*|pass\\w* out|faint\\w*|collaps\\w*)"
  ].join("|")
);
// out of breath from running for a bus or from laughing: an everyday sense unless a red flag is named
const N_EXERTION = FILTERS.add(
  "(?:out of breath|breathless|winded|puffed|short of breath) ~4 (?:running|ran|run|sprint\\w*|jogging|jog|workout|exercise|exercising|gym|climbing|hiking|laugh\\w*|the bus|stairs|a hill|dancing)"
);
const N_BREATH_RED = FILTERS.add(
  "wheez\\w*|inhaler|blue|lips|chest|faint\\w*|dizzy|collaps\\w*|passed out|asthma|cant speak|cant talk|gasping|worse|pain|cough\\w*|swell\\w*|hives"
);
// things a small child swallows that are not poisons
const N_HARMLESS = FILTERS.add(
  "silica gel|silica|desiccant|crayon|crayons|chalk|play doh|playdoh|plasticine|toothpaste|lip balm|chapstick|cat food|dog food|dog biscuit|sand|dirt|soil|cardboard|bubble solution|nappy cream|diaper cream|vaseline|petroleum jelly"
);

// a bleed that has stopped by itself, or a flow told by a slow rate ("a pad every three hours"), with
// the writer saying they feel fine or not faint: same-day care, not an ambulance
const N_BLEED_SETTLED = FILTERS.add(
  "(?:stopped|stops|settled|eased off) (?:after|within|in) (?:about |around )?\\d+ ~1 (?:min\\w*|mns)|took (?:about |around )?\\d+ ~1 (?:min\\w*|mns) to stop|(?:soak\\w*|change\\w*|going through) ~4 (?:pad|pads|tampon|tampons) (?:every|each) (?:2|3|4|5|two|three|four|five|few|couple of) (?:or (?:2|3|4|5|6|two|three|four|five|six) )?(?:hours|hrs)"
);
const N_BLEED_FINE = FILTERS.add(
  "(?:feel|feeling|feels) (?:fine|ok|okay|well|alright)|not (?:dizzy|faint|lightheaded)|no (?:dizziness|faintness)"
);
const N_BLEED_ONGOING = FILTERS.add(
  "wont stop|will not stop|doesnt stop|not stopping|isnt stopping|cant stop|still bleeding|keeps bleeding|spurt\\w*|gush\\w*|pouring|every hour|each hour|an hour|passed out|fainted|blacked out|dizzy when|pale|grey|gray|clammy|confused|short of breath|chest pain"
);

// triage-q / triage-r: context filters (look-alikes from those sets, in general terms). A seizure
// going on now is not a training question even "in class"; a sign the writer denies as a problem
// ("no breathing problems"); a fearful "am I gonna die?" is not an intent to die; a soft spot that
// bulges only while crying; everyday senses ("fit note", "heart burn"); asking ahead ("I want to be
// ready"), a medicine-safety question in pregnancy, a past event with a question about checking
// for it, and a Spanish past event ("el verano pasado") with nothing happening now.
const QR_ONGOING = FILTERS.add(
  "(?:is|hes|shes|theyre|are|still|keeps) (?:having|in) (?:a |an )?(?:fit|fits|seizure|seizures|convulsion|convulsions)|(?:its|it has|has|its been|been) ~2 (?:over|more than|nearly|almost|about|at least)? (?:[2-9]|[1-5]\\d) (?:min|mins|minutes)"
);
const QR_DENIED_PROBLEM = FILTERS.add(
  "(?:no|not any|without|zero|denies|never had any) (?:breathing|breath|breathe|chest|swallowing|airway) (?:problems|problem|issues|issue|trouble|troubles|difficulties|difficulty|concerns|symptoms|complaints)"
);
const QR_FEAR_QUESTION = FILTERS.add("(?:am i|are we|will i|is he|is she|is it|are they) (?:gonna|going to) die|will i die|am i dying");
// "a fit note", "fit to fly", "keep fit", "heart burn": everyday senses of rule words, dropped even
// when only same-day findings were made
const QR_EVERYDAY_SENSE = FILTERS.add(
  "fit (?:note|notes|to fly|to work|for work|letter|and well|and healthy|for purpose)|(?:keep|keeping|get|getting|stay|staying) fit|heart burn|heart burns"
);
// asking ahead in other words ("I want to be ready", "so I know what it looks like")
const QR_AHEAD = FILTERS.add(
  "(?:want|wanna|need|trying) to be (?:ready|prepared)|so (?:i|we) (?:know|am ready|are ready|can be ready|can spot|can recogni[sz]e)|(?:know|learn|recogni[sz]e|spot|tell) what (?:it|a reaction|an attack|a seizure|anaphylaxis|a stroke) (?:looks|look|would look) like"
);
const QR_AHEAD_CONTEXT = FILTERS.add(
  "(?:just|recently|newly) (?:been |got |was |were )?(?:diagnosed|prescribed)|(?:got|been|was|were|just) diagnosed|(?:prescribed|given) (?:him |her |me |them )?(?:an? )?(?:epipen|epi pen|auto injector|inhaler|rescue med\\w*|buccal midazolam)"
);
// a soft spot that bulges only while the baby cries or strains is normal
const QR_CRY_BULGE = FILTERS.add(
  "(?:soft spot|fontanelle|fontanel) ~4 (?:bulg\\w*|raised|puff\\w*|swell\\w*|pops up|sticks up|pushes out) ~4 (?:when|while|whenever|if) ~2 (?:cries|crying|cry|strains|straining|screams|screaming|coughs|coughing|poos|pooing|pushes|pushing)"
);
// "is keppra safe in pregnancy?": a question about a medicine in pregnancy or breastfeeding
const QR_SAFE_IN_PREGNANCY = FILTERS.add(
  "(?:is|are) ~3 safe (?:in|during|while|when|for) ~1 (?:pregnancy|pregnant|breastfeeding|breast feeding|nursing|the baby)|safe to (?:take|use|continue) ~4 (?:pregnan\\w*|breastfeed\\w*)"
);
const QR_BEFORE_PREGNANCY = FILTERS.add("before (?:i|she|we) (?:was|were|got|became|fell) pregnant|before (?:the|my|her|this) pregnancy");
// a past event and how to check for it or manage it from now on ("had DKA in 2021, how do I check ketones?")
const QR_MANAGE_QUESTION = FILTERS.add(
  "how (?:do|should|can|would) (?:i|we) (?:properly |best )?(?:check|test|monitor|measure|manage|spot|prevent|keep track)|(?:when|how often) (?:should|do) (?:i|we) (?:check|test|measure)"
);
// Spanish: a past event ("el verano pasado", "hace dos años") with nothing happening now
const QR_PAST_ES = FILTERS.add(
  "el (?:verano|invierno|otono|ano|mes) pasado|la (?:semana|primavera) pasada|hace (?:\\d+|unos|unas|varios|varias|dos|tres|muchos) (?:meses|anos|semanas)|hace (?:una|un) (?:semana|mes|ano) ~~12 ya (?:estoy|esta|se siente) (?:bien|mejor)|cuando (?:era|tenia|eramos) (?:nino|nina|chico|chica|pequeno|pequena|joven|\\d+)"
);
const QR_NOW_ES = FILTERS.add(
  "ahora|ahorita|hoy|esta (?:manana|noche|tarde)|ya no|no respira|no despierta|no reacciona|sangra|sangrando|urgente|ayuda|todavia|sigue|desde (?:ayer|anoche|entonces|hace (?:\\d+|unas|un) (?:horas|hora|minutos))|otra vez|de nuevo|empez\\w*|comenz\\w*|de repente|de golpe"
);

// triage-s: look-alikes from set s, in general terms. Over and done with a follow-up question
// ("collapsed last month, back to his usual self, what should we ask at the follow-up?", "had
// suicidal thoughts as a teen, well for years, do I have to disclose it on a form?"); a known
// condition's usual event with the person back to themselves; everyday senses ("a coughing fit", "bit
// my tongue", "this morning after eating", "my chest hurts from laughing", "trousers hanging off
// him", cooling a burn "under cold water", "my can't-breathe episodes"); a joking "I'll kill myself if
// this meeting goes on"; "I'm not having any, just curious"; a reading under 38 called a temperature;
// one extra tablet of an everyday medicine and feeling fine; a small toe hurt that can be walked on. A
// wound infection with a normal temperature and no other sign is same-day care, and shock signs now
// ("grey and clammy") keep a long-standing story from making an emergency same-day care.
const S_PAST = FILTERS.add(
  "(?:last|a|one|two|few|several|couple of) (?:week|weeks|month|months|year|years)|last (?:night|weekend|spring|summer|autumn|fall|winter|christmas)|in the (?:spring|summer|autumn|fall|winter)|in (?:january|february|march|april|june|july|august|september|october|november|december)|yesterday|(?:\\d+|a|one|two|few|couple of) (?:days|weeks|months|years) ago|(?:months|years|decades) ago|when (?:i|he|she) was (?:\\d+|a kid|a child|a teen|a teenager|younger|little)|as a (?:kid|child|teen|teenager)|(?:was|were) (?:in|kept in) hospital|discharge letter|discharged|hace (?:\\d+|unos|unas|varios|varias|muchos) (?:dias|meses|anos|semanas)|el (?:ano|mes) pasado|la semana pasada"
);
const S_WELL_SINCE = FILTERS.add(
  "back to (?:his|her|my|their|your) ~2 (?:self|selves)|back to (?:himself|herself|myself|themselves|normal)|(?:fine|ok|okay|well|normal|alright) (?:afterwards|after that|ever since|since then)|(?:been|felt|feeling|doing|stayed|kept) (?:well|fine|good|great|ok|okay|stable|better) ~2 (?:for|since) ~3 (?:years|months|\\d+|ages|a long time|then)|(?:completely|totally|absolutely|perfectly) (?:fine|ok|okay|normal|well) (?:today|now)|no symptoms (?:now|since)|(?:scans|scan|tests|test|results|ct|mri|ecg|bloods|blood tests) (?:were|was|came back|all came back|all) ~2 (?:normal|clear|fine|ok|okay)|todo salio bien|salio (?:todo )?bien"
);
const S_FOLLOWUP_Q = FILTERS.add(
  "follow up|followup|what questions|(?:do|should) (?:i|we) (?:have to )?(?:tell|disclose|declare|mention)|disclose|declare|form asks|(?:how long|when) ~4 (?:go back|return|play|drive|fly)|go back to (?:school|work|hockey|football|sport|sports|training|playing|the gym)|(?:can|could|should) (?:he|she|i|they) ~2 (?:drive|fly|go back|return|play)|(?:puede|puedo|podra) (?:volver|conducir|manejar|viajar)|does (?:this|that|it) mean (?:he|she|i|they) (?:has|have|will)|anything (?:he|she|i|we|they) should (?:watch|look) (?:for|out for)|before my next (?:one|appointment|procedure)|should i (?:tell|mention)|is (?:that|this|it) (?:normal|common|usual|expected) (?:after|with|following) (?:the |her |his |their )?(?:jabs|jab|vaccines?|vaccinations?|immuni[sz]ations?|shots?)"
);
const S_LIVE = FILTERS.add(
  "right now|at the moment|currently|still (?:having|has|have|is|feel|feels|bleeding|hurts|hurting|getting)|since this morning|tonight|keeps|again (?:today|now|this)|getting worse|worse (?:today|now|since)|(?:want|wanna|going) to (?:die|end it|kill)|thinking about (?:it|suicide|ending|killing)|these days|lately|happening|just (?:now|happened|had another)|another one (?:today|now)|ahora mismo|esta (?:manana|noche|tarde)|otra vez|de nuevo|no respira|no despierta"
);
// "what should you say if someone tells you they're thinking about suicide?": how to help someone in
// general, nobody described
const S_HELPER_ASK = FILTERS.add("(?:what|how) (?:should|do|can|could|would) (?:you|i|we|one|people) ~2 (?:say|respond|react|reply|help|support|handle|approach|answer)");
const S_HELPER_IF = FILTERS.add("(?:if|when) (?:someone|somebody|a (?:friend|colleague|coworker|student|person|patient|client|child|teen|pupil)|people|they) ~3 (?:tells|says|tell|say|confides|confide|admits|mentions|discloses|talks about|opens up)");
const S_SOMEONE_NOW = FILTERS.add("(?:my|our) (?:friend|colleague|coworker|student|son|daughter|partner|husband|wife|mum|mom|dad|brother|sister|client|patient) ~3 (?:is|has|just|told|said|says|texted|messaged|keeps)|(?:told|texted|messaged) me ~3 (?:tonight|today|just now|earlier)");
// a Spanish past event and a question about which medicine may be taken now
const S_ES_MED_Q = FILTERS.add("(?:puede|puedo|podria|pueden|debe|deberia|es seguro|se puede) ~2 (?:tomar|usar|combinar|mezclar)");
const S_USUAL_EVENT = FILTERS.add(
  "(?:his|her|my|their) (?:usual|normal|typical|regular) (?:ones|one|seizures|seizure|fits|fit|episodes|episode|attacks|attack|absences)"
);
const S_EVERYDAY = FILTERS.add(
  [
    "(?:coughing|sneezing|laughing|giggling|crying|hissy|temper|jealous|rage|cleaning|tidying) (?:fit|fits)|fit of (?:coughing|laughter|laughing|rage|giggles|jealousy|temper|pique|sneezing)",
    "(?<!(?:a|little|tiny|wee) )(?:bit|bitten|bite|biting) (?:my|his|her|their|your) (?:own )?(?:tongue|lip|lips|cheek|cheeks|nails|nail)",
    "(?:this|yesterday|every|each|one) morning after (?:eating|drinking|dinner|breakfast|lunch|a meal|the meal|work|training|waking|my shift|the party|a night|having (?:a|some|the) (?:curry|meal|takeaway|drink|drinks|few))",
    "(?:chest|ribs|sides|stomach|belly|abs|cheeks|face) ~3 (?:hurts|hurt|aches|ache|sore|pain) ~3 (?:from|with) (?:laughing|laughter)|(?:laughing|laughed|laugh) so (?:hard|much) ~6 (?:chest|ribs|sides|stomach|abs) ~2 (?:hurt|hurts|ache|aches|sore)",
    "(?:trousers|pants|jeans|clothes|clothing|shirt|top|dress|belt|skirt|shorts|uniform) ~3 (?:hanging|falling) off",
    "(?:cant|can not|cannot|couldnt) breathe (?:episodes|episode|attacks|attack|spells|spell|moments|feeling|feelings|thing|things)"
  ].join("|")
);
// cooling a burn or sting under water is first aid, not someone under water
const S_BURN = FILTERS.add("burn|burns|burnt|burned|scald|scalded|steam|kettle|blister|blistered|iron|oven|hob|stove|sting|stung|jellyfish");
const S_COOLING = FILTERS.add("(?:under|in) (?:the )?(?:cold|cool|running|lukewarm|tepid|tap) ~1 (?:water|tap)");
// "I'll kill myself if this meeting goes on any longer", said as a joke
const S_JOKE = FILTERS.add("joking|kidding|jokes|joke|jokingly|as a joke|figure of speech|sarcas\\w*|exaggerat\\w*|lol|haha\\w*|jaja\\w*|not serious|doesnt mean it|dont mean it|clearly fine|shes fine|hes fine");
const S_TRIVIAL_THREAT = FILTERS.add(
  "(?:kill|shoot|hang) (?:myself|herself|himself|themselves|me) (?:if|when|unless) ~6 (?:meeting|meetings|class|lecture|queue|song|call|zoom|presentation|commute|traffic|speech|sermon|advert|episode|goes on|any longer|one more)"
);
// "can heartbreak cause chest pain? I'm not having any, just curious"
const S_NOT_HAVING = FILTERS.add("(?:im|i am) not (?:having|experiencing|feeling|getting) (?:any|it|that|this|them)|i dont (?:have|get) any (?:symptoms|of (?:that|those|them|it))");
const S_CURIOUS = FILTERS.add("curious|wondering|(?:reading|read|heard) about|asking because");
// "temp was 37.6 once": a normal reading is not a fever
const S_LOW_TEMP = FILTERS.add("(?:temp|temperature|temperatura) (?:was|is|of|at|reading|reads|around|about|es|de)? ?3[5-7](?:\\.\\d)?(?![\\d.])");
const S_FEVER_WORD = FILTERS.add("fever|fevers|feverish|high temp\\w*|burning up|fiebre|calentura|3[89](?:\\.\\d)?(?![\\d.])|4[01](?:\\.\\d)?(?![\\d.])|10[0-4](?:\\.\\d)?(?![\\d.])");
// one extra tablet of an everyday medicine, and the writer feels fine
const S_ONE_EXTRA = FILTERS.add(
  "(?:one|1|an|a single) extra (?:dose|tablet|tab|pill|capsule|\\w+)|(?:took|taken|had) (?:my )?(?:dose|tablet|pill|meds|medication|\\w+) twice|double (?:dose|dosed)|doubled up|\\d+ ?mg instead of (?:my )?(?:usual )?\\d+"
);
const S_FEEL_FINE = FILTERS.add("(?:feel|feeling|feels|seems|seem) (?:totally |completely |absolutely |perfectly )?(?:fine|ok|okay|normal|alright|well)|no (?:symptoms|side effects)");
const S_HIGH_RISK_DRUG = FILTERS.add(
  "insulin|methotrexate|warfarin|lithium|digoxin|oxycodone|morphine|fentanyl|methadone|tramadol|codeine|buprenorphine|opioid\\w*|amitriptyline|nortriptyline|iron|clonidine|propranolol|metoprolol|atenolol|verapamil|diltiazem|amlodipine|glipizide|gliclazide|glibenclamide|sulfonylurea|colchicine|theophylline|carbamazepine|phenytoin|valproate|seroquel|quetiapine|clozapine|paracetamol|acetaminophen|tylenol|child|baby|toddler|son|daughter|kid|pregnant"
);
// a small toe hurt that can be walked on
const S_SMALL_TOE = FILTERS.add("(?:little|pinky|baby|small|smallest|4th|fourth|middle|second) toe");
const S_CAN_WALK = FILTERS.add("(?:can|able to|still) (?:walk|weight bear|bear weight|put weight)");
// an infection with the temperature normal and no sign of sepsis: same-day care
const S_TEMP_NORMAL = FILTERS.add(
  "(?:temp|temperature|temperatura) (?:is|was|s|has been|es|been)? ?(?:normal|fine|ok|okay|3[5-7](?:\\.\\d)?(?![\\d.]))|no (?:fever|temperature|temp)|(?:fever|temperature) free|sin fiebre|apyrexial"
);
const S_SEPSIS_RED = FILTERS.add(
  "confus\\w*|drows\\w*|muddled|shiver\\w*|rigou?rs|shak\\w*|breathless|fast breathing|breathing fast|clammy|mottled|blotchy|faint\\w*|dizzy|cold hands|not (?:peed|weed|passed urine)|racing|pulse|high temp\\w*|fever of|3[89](?:\\.\\d)?(?![\\d.])|4[01](?:\\.\\d)?(?![\\d.])|10[0-4](?:\\.\\d)?(?![\\d.])|awful|terrible|very unwell|really unwell|vomit\\w*|(?:very|really|so|unusually) sleepy|cold to (?:the )?touch|hard to (?:wake|rouse)"
);
// "grey and clammy": shock signs now, whatever the history
const S_SHOCK_NOW = FILTERS.add("(?:grey|gray|pale|white|clammy|sweaty|ashen) and (?:clammy|sweaty|cold|grey|gray|pale)");

// triage-u look-alikes: an illness or a habit "going to kill him" (a figure of speech, not a threat);
// "ache a bit by the end of the day" (an amount, not a bite); a bit of grit that only feels like it is
// still in the eye, with sight fine, is same-day care rather than an object stuck in the eye.
const U_THING_KILLS = FILTERS.add(
  "(?:cough|coughing|cold|flu|germs|bug|virus|sneez\\w*|snor\\w*|cooking|food|driving|singing|music|puns|jokes|smell|breath|farts?|fart\\w*|desk|desks|chair|job|commute|heat|weather) ~4 (?:going to|gonna|will|would|might|could|is going to|are going to) kill (?:him|her|me|them|us|you|everyone|someone)"
);
const U_A_BIT = FILTERS.add("(?:a|little|tiny|wee|just a|quite a|only a) bit by");
const U_EYE_FEELS = FILTERS.add("(?:feels|feel|feeling) (?:like|as if|as though) ~5 (?:in there|in it|in (?:my|his|her|the) eye)");
const U_SIGHT_FINE = FILTERS.add("(?:can|still) see (?:fine|ok|okay|normally|well|clearly|perfectly)|(?:vision|sight|eyesight) (?:is |seems )?(?:fine|ok|okay|normal|unaffected)");

// triage-as look-alikes, same-day care rather than an emergency: one side of the face weak INCLUDING
// the forehead, with arms, legs and speech said to be fine (Bell's palsy; a stroke spares the
// forehead); new flashes and floaters with the curtain or shadow denied; swelling late in pregnancy
// with headache and sight problems denied and no high reading; an irritant spray (pepper spray,
// mace, CS gas) in the eyes, rinsed, without sight lost.
const AS_FOREHEAD = FILTERS.add(
  "forehead ~4 (?:doesnt|does not|wont|will not|cant|can not|cannot|isnt|not) ~2 (?:wrinkle|wrinkling|move|moving|raise|lift|crease)|(?:cant|can not|cannot|unable to) (?:raise|lift|wrinkle) (?:my|his|her|the|that) (?:left |right )?(?:eyebrow|eye brow|brow|forehead)"
    // (triage-au) the eye on the weak side will not close: the upper face is weak too, as in Bell's palsy
    + "|(?:cant|can not|cannot|unable to|wont|will not) (?:fully |properly |completely )?(?:close|shut|blink) (?:my|his|her|the|that) (?:left |right )?eye"
);
const AS_LIMBS_FINE = FILTERS.add(
  "(?:arms|legs|arm|leg|limbs) ~4 (?:fine|normal|ok|okay|strong|working)|(?:speech|talking|speaking) (?:is |seems |sounds )?(?:fine|normal|ok|okay|clear)"
);
const AS_CURTAIN_DENIED = FILTERS.add("(?:no|not a|not any|without (?:a |any )?) (?:curtain|shadow|veil|dark area)|(?:vision|sight) (?:is |seems )?(?:otherwise )?(?:fine|normal|ok|okay|clear)");
const AS_CURTAIN = FILTERS.add("(?<!no\\s)(?<!not a\\s)(?<!without a\\s)(?<!without\\s)(?:curtain|shadow|veil|dark area)|cant see|lost (?:the |my )?(?:vision|sight)");
const AS_NO_HEADACHE = FILTERS.add("no (?:headache|headaches|head ache)|(?:headache|headaches) (?:or|and) (?:vision|visual|sight|eye) (?:problems|changes|trouble)? ?(?:no|none)|without (?:a )?headache");
const AS_PE_SEVERE = FILTERS.add(
  "(?:1[6-9]\\d|2\\d\\d)/\\d+|\\d+/(?:1[1-9]\\d)|seeing spots|flashing|blurr\\w*|upper right|right upper|under (?:my |the )?ribs|(?:severe|terrible|bad|worst|pounding|awful|horrible|splitting|killer) headache|(?:face|hands) ~4 (?:suddenly|really|very|massively) (?:swollen|puffy)"
);
const AS_IRRITANT_SPRAY = FILTERS.add("pepper spray|pepper sprayed|mace|maced|cs gas|cs spray|tear gas|bear spray|capsaicin spray|pava");
const AS_EYE_SEVERE = FILTERS.add("cant see|can not see|cannot see|blind|(?:cant|can not|cannot) open|agony|worst pain|lime|cement|bleach|acid|alkali|oven cleaner|drain cleaner");

// triage-au look-alikes: alarm words where nothing is happening to anyone now. Each is cancelled by
// the words of the real emergency (an acute word, "now" outside the cue, a present-tense symptom).
// "if someone is having a seizure, do I turn them on their side?": the present tense of a conditional
// about anyone, not a report; a course or training question stays calm through it
const AU_IF_ANYONE = FILTERS.add(
  "(?:if|when|whenever|while) (?:someone|somebody|a person|anyone|a child|a kid|a baby|a casualty|the casualty|a patient|the patient|people|a friend|a stranger) (?:is |are |starts |goes |gets |has )?(?:having|in|into|seizing|fitting|convulsing|choking|bleeding|unconscious|unresponsive|not breathing|stops breathing|collapses|collapsed|overdos\\w*)(?: (?:a|an) (?:seizure|fit|convulsion|heart attack|stroke|asthma attack|allergic reaction|cardiac arrest|hypo))?"
);
// "in case it happens again", "for next time he goes low": a recurrence asked about ahead; its "again" is not an acute word
const AU_AHEAD_AGAIN = FILTERS.add(
  "(?:in case|if|for when|for next time|next time|should|so) (?:it|this|that|he|she|they|i|we) (?:ever )?(?:happens|happen|occurs|goes low|drops|has another|have another|has one|have one|gets low) ~2 again"
);
// asking for the signs or criteria of a condition ("remind me of the signs of sepsis we escalate"),
// nobody described: a refresher for staff, a poster, a handout
const AU_REMIND_SIGNS = FILTERS.add(
  "(?:remind|refresh) (?:me|us) (?:of|on|about) (?:the )?(?:signs|symptoms|warning signs|red flags|criteria|triggers|features) (?:of|for)|(?:list|go over|run through|recap|summari[sz]e) (?:the )?(?:main )?(?:signs|symptoms|warning signs|red flags|criteria) (?:of|for)"
);
// a book or a story being read, with the condition in its plot ("reading a thriller where a man dies of ...")
const AU_READ_FICTION = FILTERS.add(
  "(?:reading|read|listening to|finished) (?:a|an|the|this|my) ~3 (?:novel|book|story|thriller|mystery|whodunnit|audiobook|comic|manga|memoir) (?:where|in which|about|that|whose|when)|(?:crime|detective|mystery|murder) (?:novel|book|story|thriller|series|drama|podcast) (?:where|in which|about)"
);
// someone talking about suicide because of a death near them (a classmate, a friend, a relative),
// with their own risk denied by the writer ("she's not suicidal herself"): a bereavement question,
// unless a plan, a wish, a note or self-harm is told
const AU_TALK_AFTER_DEATH = FILTERS.add(
  "(?:talking|talked|talks|asking|asked|asks|questions|been talking) about (?:suicide|suicides|dying|death) ~2 (?:because|since|after|ever since|now that) ~8 (?:died|death|passed away|passed|killed (?:herself|himself|themselves)|took (?:her|his|their) (?:own )?life|suicide)"
);
const AU_OWN_RISK_DENIED = FILTERS.add(
  "(?<!(?:says|said|claims|swears)\\s)(?:shes|hes|she is|he is|theyre|they are) not (?:suicidal|at risk)|(?:isnt|is not|arent|are not|not) (?:suicidal|at risk|thinking of it|thinking about it) (?:herself|himself|themselves)"
);
const AU_OWN_RISK = FILTERS.add(
  "(?:wants?|wanna|going|plans?|planning|tried|trying) to (?:die|end it|end her|end his|kill|be with|join)|(?:a|her|his) plan|note|goodbye|(?:hurt|harm|cut|cutting|hurting|harming) (?:herself|himself|themselves)|self harm\\w*|tonight|pills|tablets|rope|bridge"
);
// a past event with a lasting effect and a follow-up question ("since then my memory's been patchy,
// should I get that followed up?"), with no red flag now
const AU_FOLLOWUP = FILTERS.add(
  "should (?:i|we|he|she) ~2 (?:follow up|followup|follow it up|get (?:it |that |this |him |her )?(?:followed up|checked|looked at)|see (?:someone|a doctor|a gp|my gp))|(?:is|was) (?:that|this|it) normal (?:after|following|since)"
);
const AU_FOLLOWUP_RED = FILTERS.add(
  "confus\\w*|drows\\w*|vomit\\w*|worse|worst|weak\\w*|numb\\w*|slurr\\w*|seiz\\w*|fitting|faint\\w*|collaps\\w*|sleepy|blurr\\w*|double vision|getting more|increasingly"
);
// a carer's threshold given by the team ("call if over 38") is not a reading
const AU_FEVER_THRESHOLD = FILTERS.add(
  "(?:if|when|once|unless) ~4 (?:over|above|higher than|more than|reaches|hits|gets to|goes to|goes over|goes above|is over|is above) 3[89](?:\\.\\d)?(?![\\d.])"
);

interface SContext {
  drops(h: { spec: TriageRuleSpec; match: PatternMatch }): boolean;
  notNow: boolean;
  urgent(h: { spec: TriageRuleSpec }): boolean;
}

function triageSContext(canon: Canonical): SContext {
  const has = (id: number): boolean => FILTERS.first(canon, id) !== undefined;
  const live = has(S_LIVE);
  // over and done, with an administrative or follow-up question: every finding
  const pastOver = !live && has(S_PAST) && has(S_WELL_SINCE) && has(S_FOLLOWUP_Q);
  // the usual event of a known condition, and back to themselves
  const usualOver = (!live && has(S_USUAL_EVENT) && has(S_WELL_SINCE)) || (!live && has(QR_PAST_ES) && has(S_ES_MED_Q));
  const everyday = FILTERS.all(canon, S_EVERYDAY).concat(has(S_BURN) ? FILTERS.all(canon, S_COOLING) : [], has(S_JOKE) ? FILTERS.all(canon, S_TRIVIAL_THREAT) : []);
  const notHaving = !live && has(S_NOT_HAVING) && has(S_CURIOUS);
  const helper = has(S_HELPER_ASK) && has(S_HELPER_IF) && !has(S_SOMEONE_NOW) && !has(SELF_REPORT);
  // (triage-au) a threshold the team gave ("call if over 38") is no reading of a fever
  const feverThresholds = FILTERS.all(canon, AU_FEVER_THRESHOLD);
  const lowTemp = has(S_LOW_TEMP) && !FILTERS.all(canon, S_FEVER_WORD).some((m) => !feverThresholds.some((t) => overlaps(t, m)));
  const oneExtra = has(S_ONE_EXTRA) && has(S_FEEL_FINE) && !has(S_HIGH_RISK_DRUG);
  const smallToe = has(S_SMALL_TOE) && has(S_CAN_WALK);
  const infectionNoSepsis = has(S_TEMP_NORMAL) && !has(S_SEPSIS_RED);
  const asBells = has(AS_FOREHEAD) && has(AS_LIMBS_FINE);
  const asNoCurtain = has(AS_CURTAIN_DENIED) && !has(AS_CURTAIN);
  const asSwellingOnly = has(AS_NO_HEADACHE) && !has(AS_PE_SEVERE);
  const asIrritantEye = has(AS_IRRITANT_SPRAY) && !has(AS_EYE_SEVERE);
  return {
    drops: (h) =>
      pastOver ||
      helper ||
      ((usualOver || notHaving) && h.spec.crisis !== true) ||
      everyday.some((m) => overlaps(m, h.match)) ||
      (lowTemp && h.spec.crisis !== true && /fever|febrile/.test(h.spec.id)) ||
      (oneExtra && h.spec.level === "urgent" && h.spec.crisis !== true && /poison|dose|overdose/.test(h.spec.id)) ||
      (smallToe && h.spec.level === "urgent" && /fracture/.test(h.spec.id)),
    notNow: pastOver || helper || usualOver || notHaving,
    urgent: (h) =>
      (infectionNoSepsis && /sepsis|fever-vulnerable|fever-immunocompromised/.test(h.spec.id)) ||
      (asBells && (/^triage\.stroke\.(?:face|one-sided)/.test(h.spec.id) || h.spec.id === "triage.neuro.face-pulling-speech")) ||
      (asNoCurtain && h.spec.id === "triage.eye.retinal-detachment") ||
      (asSwellingOnly && h.spec.id === "triage.pregnancy.preeclampsia") ||
      (asIrritantEye && h.spec.id === "triage.trauma.chemical-eye")
  };
}

interface NContext {
  /** Drop this finding: the context says it is not an emergency now. */
  drops(h: { spec: TriageRuleSpec; match: PatternMatch }): boolean;
  /** A reading (vital sign) is not now either. */
  notNow: boolean;
  /** An emergency finding that this context makes same-day care. */
  urgent(h: { spec: TriageRuleSpec }): boolean;
}

function triageNContext(has: (id: number) => boolean, spans: (id: number) => PatternMatch[], selfReport: boolean, nowSpans: PatternMatch[]): NContext {
  const bleedSettled = has(N_BLEED_SETTLED) && has(N_BLEED_FINE) && !has(N_BLEED_ONGOING);
  const urgent = (h: { spec: TriageRuleSpec }): boolean => bleedSettled && h.spec.id.startsWith("triage.bleeding.");
  if (!has(N_PAST) && !has(N_AHEAD) && !has(STRONG_HYPOTHETICAL) && !has(N_HEARSAY) && !has(N_PROFESSIONAL) && !has(N_MENTION) && !has(N_EXERTION) && !has(N_HARMLESS)) {
    return { drops: () => false, notNow: false, urgent };
  }
  const present = has(PRESENT_SYMPTOM) || has(N_LIVE);
  const over = spans(N_OVER);
  // (triage-au) also a follow-up question about a lasting effect, when no red flag is told
  const after = spans(N_AFTER).concat(has(AU_FOLLOWUP_RED) ? [] : spans(AU_FOLLOWUP));
  const covered = over.concat(after, spans(AFTERCARE));
  const nowOutside = nowSpans.some((w) => !covered.some((c) => overlaps(c, w)));
  const calm = !has(N_ACUTE) && !nowOutside && !present;
  // over and done ("in my early twenties ... I'm 34 now and doing really well"): every finding
  const pastOver = calm && has(N_PAST) && over.length > 0;
  // a past event and a question about living with it: non-crisis findings
  const pastAfter = calm && has(N_PAST) && after.length > 0;
  const asked = calm && (has(N_AHEAD) || has(STRONG_HYPOTHETICAL) || (!selfReport && has(N_HEARSAY)) || (!selfReport && has(N_PROFESSIONAL)));
  const live = has(N_LIVE);
  const mentions = live ? [] : spans(N_MENTION);
  const exertion = has(N_BREATH_RED) ? [] : spans(N_EXERTION);
  const harmless = live ? [] : spans(N_HARMLESS);
  return {
    drops: (h) =>
      pastOver ||
      ((pastAfter || asked) && h.spec.crisis !== true) ||
      mentions.some((m) => overlaps(m, h.match)) ||
      exertion.some((m) => overlaps(m, h.match)) ||
      (h.spec.id.startsWith("triage.poisoning.") && harmless.some((m) => overlaps(m, h.match))),
    notNow: pastOver || pastAfter || asked,
    urgent
  };
}

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
    if (hits.length === 0 && !vitals.some((v) => v.level === "emergency")) return vitals;
    const report = FILTERS.first(canon, REPORT_MARKERS) !== undefined;
    const education =
      (!report && (FILTERS.first(canon, QUESTION_FORM) !== undefined || FILTERS.first(canon, STUDY) !== undefined)) ||
      FILTERS.first(canon, NOT_REAL) !== undefined;
    // "what does it mean when a baby vomits green?": a question about what a sign means, nobody described
    const generalQuestion = !report && FILTERS.first(canon, GENERAL_QUESTION) !== undefined;
    // "I had a postpartum hemorrhage with my first baby, will it happen again?"
    const recurrenceQuestion = FILTERS.first(canon, RECURRENCE_QUESTION) !== undefined && FILTERS.first(canon, PRESENT_MARKERS) === undefined;
    // (triage-as) the date of a risk factor ("flew back last week", "last tetanus 15 years ago") is not
    // the date of the complaint: such a past marker alone does not make the message a past event
    const riskDates = FILTERS.all(canon, AS_RISK_DATE);
    const upToNow = FILTERS.all(canon, AT_UP_TO_NOW);
    const waitAhead = FILTERS.all(canon, AU_WAIT_AHEAD);
    const pastOnly =
      FILTERS.all(canon, PAST_MARKERS).some((m) => !riskDates.some((r) => overlaps(r, m)) && !upToNow.some((r) => overlaps(r, m)) && !waitAhead.some((r) => overlaps(r, m))) &&
      FILTERS.first(canon, PRESENT_MARKERS) === undefined;
    // The false-alarm filters below only run when a rule found an emergency. Each of them needs a
    // positive match (a question form, a past marker, a figure of speech...), so with `screen` off
    // `has` and `spans` find nothing and every filter stays off.
    const screen = hits.some((h) => h.spec.level === "emergency") || vitals.some((v) => v.level === "emergency");
    // (first matches are worked out once per message; see firstMatch)
    const has = (id: number): boolean => screen && FILTERS.first(canon, id) !== undefined;
    const spans = (id: number): PatternMatch[] => (screen ? FILTERS.all(canon, id) : []);
    // a question about a condition in general, or about preventing it, with no one described
    const selfReport = has(SELF_REPORT);
    const genericQuestion = !report && !selfReport && has(GENERIC_QUESTION) && !has(PERSON_WORDS);
    const prevention = !report && !selfReport && has(PREVENTION_QUESTION) && !has(ACUTE_NOW) && !has(PRESENT_MARKERS);
    // "my kid has a mild bee allergy, what should I watch for?": asks ahead, describes nothing now
    const watchFor = !selfReport && has(WATCH_FOR) && !has(ACUTE_NOW) && !has(PRESENT_SYMPTOM);
    const fiction = !selfReport && has(FICTION);
    const policyQuestion = !selfReport && has(POLICY_CONTEXT) && has(POLICY_ASK) && !has(PRESENT_SYMPTOM);
    // over and done: a past marker, a word that it is over, nothing acute
    const over = spans(OVER_NOW);
    // "now" and "still" count as happening now unless they belong to "fine now", "still has a scar"
    const nowOutsideOver = spans(NOW_WORD).some((w) => !over.some((o) => overlaps(o, w)));
    // (triage-au) the "again" of "in case it happens again" asks ahead: it is no acute word
    const aheadAgain = spans(AU_AHEAD_AGAIN);
    const acuteNow = spans(ACUTE_NOW).some((w) => !aheadAgain.some((a) => overlaps(a, w)));
    const pastOver = over.length > 0 && has(PAST_EVENT) && !acuteNow && !nowOutsideOver;
    // a past event and a question about living with it ("had a stroke in 2019, what should I eat now?")
    const aftercare = spans(AFTERCARE);
    const nowOutsideAftercare = spans(NOW_WORD).some((w) => !aftercare.some((a) => overlaps(a, w)) && !over.some((o) => overlaps(o, w)));
    // an acute word inside the question itself ("before trying again") does not make it acute
    const acuteOutsideAftercare = spans(ACUTE_NOW).some((w) => !aftercare.some((a) => overlaps(a, w)));
    const pastAftercare = aftercare.length > 0 && has(PAST_EVENT) && !acuteOutsideAftercare && !nowOutsideAftercare && !has(PRESENT_SYMPTOM);
    const pet = has(PET) && !has(HUMAN) && !has(ANIMAL_ACTS);
    // nothing described as happening: no acute words, no "now" outside "fine now", no present-tense symptom
    const calm = !acuteNow && !nowOutsideOver && !has(PRESENT_SYMPTOM);
    // (triage-au) for a course or training question, the present tense of "if someone is having a
    // seizure" is part of the conditional: only acute words and symptoms outside it count
    const ifAnyone = spans(AU_IF_ANYONE);
    const outsideIf = (id: number): boolean => spans(id).some((w) => !ifAnyone.some((c) => overlaps(c, w)) && !aheadAgain.some((a) => overlaps(a, w)));
    const calmIf = !outsideIf(ACUTE_NOW) && !nowOutsideOver && !outsideIf(PRESENT_SYMPTOM);
    const hypothetical = calm && ((!report && has(HYPOTHETICAL)) || has(STRONG_HYPOTHETICAL));
    const training = calmIf && !report && !selfReport && has(TRAINING) && !outsideIf(QR_ONGOING);
    // (triage-au) the signs of a condition asked for a refresher or a poster; a book's plot
    const remindSigns = calm && !report && !selfReport && has(AU_REMIND_SIGNS);
    const readFiction = calm && !selfReport && has(AU_READ_FICTION);
    // (triage-au) talk of suicide after a death nearby, the person's own risk denied and none told
    const bereavedTalk = has(AU_OWN_RISK_DENIED) && !has(AU_OWN_RISK) ? spans(AU_TALK_AFTER_DEATH) : [];
    const chronicSpans = spans(CHRONIC);
    const nowOutsideChronic = spans(NOW_WORD).some((w) => !chronicSpans.some((c) => overlaps(c, w)) && !over.some((o) => overlaps(o, w)));
    const chronic = chronicSpans.length > 0 && !has(ACUTE_NOW) && !has(SUDDEN) && !nowOutsideChronic && !has(S_SHOCK_NOW);
    const thresholdQuestion = has(THRESHOLD_QUESTION) && !/\d/.test(canon.text) && !has(HAS_FEVER) && !has(ACUTE_NOW);
    const claimCheck = !selfReport && has(CLAIM_CHECK) && !has(ACUTE_NOW) && !nowOutsideOver && !has(HAVE_IT);
    const mythCheck = calm && !report && !selfReport && has(MYTH_CHECK);
    // the condition is what the writer asks to have explained, and nothing is happening now
    const explained = calm ? spans(EXPLAIN_REQUEST) : [];
    // a wound the writer calls small, a question about it, no sign of a bleed that will not stop
    const minorWound = has(MINOR_WOUND) && has(WOUND_QUESTION) && !has(BLEED_SEVERE);
    // allergy findings with the airway explicitly fine (and nothing else worrying) are same-day care
    const airwayOk = spans(AIRWAY_OK).concat(spans(QR_DENIED_PROBLEM));
    const airwayFine = airwayOk.length > 0 && !spans(AIRWAY_TROUBLE).some((t) => !airwayOk.some((o) => overlaps(o, t)));
    const figures = spans(NOT_LITERAL);
    // triage-q / triage-r: a problem denied in so many words, a fearful question about dying, a soft
    // spot bulging only while crying, an everyday sense (the last even without an emergency finding)
    const qrNotMeant = spans(QR_DENIED_PROBLEM).concat(spans(QR_FEAR_QUESTION), spans(QR_CRY_BULGE), FILTERS.all(canon, QR_EVERYDAY_SENSE));
    // ... asking ahead, a past event and how to check for it, a Spanish past event: nothing happening now
    const qrCalm = !has(ACUTE_NOW) && !has(PRESENT_SYMPTOM) && spans(NOW_WORD).length === 0;
    const qrNotNow =
      qrCalm &&
      ((has(QR_AHEAD) && has(QR_AHEAD_CONTEXT)) ||
        ((has(PAST_EVENT) || has(QR_BEFORE_PREGNANCY)) && (has(QR_MANAGE_QUESTION) || has(QR_SAFE_IN_PREGNANCY))) ||
        (has(QR_PAST_ES) && !has(QR_NOW_ES)));
    // triage-m: nothing now and a question ahead; a course ahead; allergy history; effort that settles; signs denied; a carer's fever; a mild eye splash
    // (triage-at: also "what should we do if she ever falls? she's fine right now, just want to be prepared")
    const wellAhead = has(WELL_NOW) && (has(WATCH_FOR) || has(PREVENTION_QUESTION) || has(STRONG_HYPOTHETICAL) || has(N_AHEAD)) && !has(PRESENT_SYMPTOM);
    const courseAhead = calmIf && !selfReport && has(COURSE_AHEAD);
    const allergyHistory = calm && has(ALLERGY_PAST);
    const effortSettles = has(EXERTION) && has(SETTLES_WITH_REST) && !has(SUDDEN);
    const denied = spans(DENIED_AFTER);
    const carerFever = has(CARER_FEVER) && has(BABY_FINE);
    const mildEye = has(MILD_EYE_AGENT) && has(VISION_OK);
    const nContext = screen ? triageNContext(has, spans, selfReport, spans(NOW_WORD)) : undefined;
    const sContext = triageSContext(canon);
    const uNotMeant = FILTERS.all(canon, U_THING_KILLS).concat(FILTERS.all(canon, U_A_BIT));
    const uEyeFeltOnly = FILTERS.first(canon, U_EYE_FEELS) !== undefined && FILTERS.first(canon, U_SIGHT_FINE) !== undefined;
    const found = hits
      .filter((h) => !figures.some((f) => overlaps(f, h.match)) && !denied.some((d) => overlaps(d, h.match)))
      .filter((h) => !nContext?.drops(h))
      .filter((h) => !sContext.drops(h))
      .filter((h) => !uNotMeant.some((m) => overlaps(m, h.match)))
      .filter((h) => !qrNotMeant.some((d) => overlaps(d, h.match)))
      .filter((h) => !(qrNotNow && h.spec.crisis !== true))
      .filter((h) => !((wellAhead || courseAhead) && h.spec.crisis !== true))
      .filter((h) => !(allergyHistory && h.spec.id.startsWith("triage.allergy.")))
      .filter((h) => !(effortSettles && h.spec.id.startsWith("triage.breathing.")))
      .filter((h) => !(carerFever && h.spec.id.startsWith("triage.infant.")))
      .filter((h) => !(mildEye && h.spec.id === "triage.trauma.chemical-eye"))
      .filter((h) => !bereavedTalk.some((b) => overlaps(b, h.match)))
      .filter((h) => !((genericQuestion || prevention || watchFor || remindSigns || fiction || readFiction || policyQuestion || thresholdQuestion || claimCheck || mythCheck || pet || hypothetical || training) && h.spec.crisis !== true))
      .filter((h) => !(h.spec.crisis !== true && NAMED_CONDITION_RULE.test(h.spec.id) && explained.some((e) => overlaps(e, h.match))))
      .filter((h) => !(minorWound && h.spec.crisis !== true && h.spec.id.startsWith("triage.bleeding.")))
      .filter(() => !pastOver)
      .filter((h) => !(pastAftercare && h.spec.crisis !== true))
      .filter((h) => !(education && (NAMED_CONDITION_RULE.test(h.spec.id) || h.spec.level === "urgent")))
      .filter((h) => !(generalQuestion && h.spec.crisis !== true))
      .filter((h) => !(pastOnly && h.spec.level === "urgent" && h.spec.crisis !== true))
      .filter((h) => !(recurrenceQuestion && h.spec.crisis !== true))
      .map((h) => ({
        ruleId: h.spec.id,
        level: (chronic || (airwayFine && AIRWAY_DOWNGRADE_RULE.test(h.spec.id)) || nContext?.urgent(h) === true || sContext.urgent(h) || (uEyeFeltOnly && h.spec.id === "triage.eye.penetrating")) && h.spec.crisis !== true ? ("urgent" as const) : h.spec.level,
        finding: h.spec.finding,
        crisis: h.spec.crisis === true,
        canonicalSpan: h.match
      }));
    // a reading in a question, a story or a past event is no more an emergency than a rule's finding
    const notNow = nContext?.notNow === true || sContext.notNow || genericQuestion || prevention || watchFor || remindSigns || fiction || readFiction || policyQuestion || thresholdQuestion || claimCheck || mythCheck || pet || hypothetical || training || pastOver || pastAftercare || generalQuestion || recurrenceQuestion;
    // a reading described as usual ("his sats are usually 89") is same-day care, like a rule's finding
    const readings = notNow
      ? []
      : vitals.filter((v) => !figures.some((f) => overlaps(f, v.canonicalSpan)) && !(carerFever && v.ruleId.startsWith("triage.vitals.infant"))).map((v) => (chronic && v.level === "emergency" ? { ...v, level: "urgent" as const } : v));
    // a reading the rules already reported ("fever in a baby under 3 months") is said once
    return found.concat(readings.filter((v) => !found.some((f) => f.finding === v.finding)));
  }

  /** An exam-style vignette about someone else ("A 24-year-old man is brought to..."), not the writer's own situation. */
  isVignette(canon: Canonical): boolean {
    return FILTERS.first(canon, VIGNETTE) !== undefined && FILTERS.first(canon, SELF_REPORT) === undefined;
  }

  /** Shaped like an exam vignette, whoever speaks in it (`isVignette` also requires no self-report). */
  vignetteShape(canon: Canonical): boolean {
    return FILTERS.first(canon, VIGNETTE) !== undefined;
  }

  /** Where the speaker describes their own body ("I have crushing chest pain", "my chest"). */
  selfReports(canon: Canonical): PatternMatch[] {
    return FILTERS.all(canon, SELF_REPORT);
  }

  /**
   * `study` (student audience, see study-framing.ts): how the message is framed and whether the
   * writer speaks for themselves. Without it, a student's message counts as framed when it is a
   * vignette (`isVignette`).
   */
  triage(canon: Canonical, audience: Audience, study?: { frame: string | undefined; personal: boolean }): TriageOutcome {
    const findings = this.findings(canon);
    const emergencies = findings.filter((f) => f.level === "emergency");
    let level: TriageLevel = emergencies.length > 0 ? "emergency" : findings.length > 0 ? "urgent" : "routine";
    const relevant = level === "emergency" ? emergencies : findings;
    const crisis = relevant.some((f) => f.crisis);
    if (level === "routine") return { level, findings, crisis: false };
    const self = FILTERS.first(canon, SELF_REPORT) !== undefined;
    if (audience === "student") {
      const frame = study ? (study.personal ? undefined : study.frame) : this.isVignette(canon) ? "exam" : undefined;
      // exam material, flashcards, training role-play and teaching questions are education
      if (frame !== undefined && frame !== "clinical-case") return { level: "routine", findings, crisis: false, audienceNote: "student-vignette" };
      // a clinician's case about a patient: the care team's red-flag banner, not "call 911"
      if (frame === "clinical-case") return { level, findings: relevant, crisis, audienceNote: "care-team-third-person" };
    }
    if (audience === "care-team" && !self && FILTERS.first(canon, THIRD_PARTY_CLINICAL) !== undefined) {
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
