/**
 * A small pattern language over canonical text (see canonical.ts), compiled to JavaScript
 * regular expressions that are linear-time by construction: only bounded gaps, literal
 * alternations and fixed character classes, no nested unbounded quantifiers.
 *
 *   {group}   any phrase of a named word group
 *   ~N        up to N further words inside the same sentence
 *   ~~N       up to N further words, across sentences
 *   anything else is a regex fragment for one or more words (e.g. "(?:is|was)", "\\d+")
 *
 * Whitespace separates words, and a space right after "(" or "|" is dropped: "x(?: now)?"
 * compiles to "x(?:now)?". Write an optional next word as its own part, "x (?:now)?", which
 * compiles to "x(?: now)?". (Older rules glue such groups; they are left as tuned.)
 */
export type Groups = Record<string, readonly string[]>;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "(?:x|y)?" as one whole part: a single optional group. */
function isOptionalGroup(part: string): boolean {
  if (!part.startsWith("(") || !part.endsWith(")?")) return false;
  let depth = 0;
  for (let i = 0; i < part.length - 1; i++) {
    const c = part[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "(") depth++;
    else if (c === ")") {
      depth--;
      if (depth === 0 && i !== part.length - 2) return false;
    }
  }
  return depth === 0;
}

export function compilePattern(pattern: string, groups: Groups): RegExp {
  const alternation = (name: string): string => {
    const phrases = groups[name];
    if (!phrases) throw new Error(`Unknown word group {${name}} in pattern: ${pattern}`);
    // longest first so the alternation prefers "short of breath" over "short"
    const sorted = [...phrases].sort((a, b) => b.length - a.length);
    return `(?:${sorted.map((p) => escape(p)).join("|")})`;
  };
  const parts = pattern.trim().split(/\s+/);
  let source = "";
  let needSpace = false;
  for (const part of parts) {
    const gap = /^(~~?)(\d+)$/.exec(part);
    if (gap) {
      const cls = gap[1] === "~~" ? "[^ ]+" : "[^ |]+";
      source += `(?: ${cls}){0,${gap[2]}}`;
      needSpace = true;
      continue;
    }
    // a gap glued to a fragment ("(?:my )?~2") would be read as the literal text "~2" and never match
    if (/~~?\d/.test(part)) throw new Error(`A gap "~N" must stand alone, with spaces around it: ${JSON.stringify(part)} in pattern: ${pattern}`);
    // a space before a fragment that starts a new alternative would be wrong: "a|b" stays "a|b"
    const fragment = part.replace(/\{([a-zA-Z0-9_-]+)\}/g, (_m, name: string) => alternation(name));
    if (isOptionalGroup(part) && needSpace && !source.endsWith("|")) {
      // "a (?:b)? c": the space belongs to the optional word, so "a c" matches too
      source += `(?: ${fragment.slice(0, -1)})?`;
      needSpace = true;
      continue;
    }
    source += (needSpace && !source.endsWith("|") && !source.endsWith("(") && !source.endsWith("(?:") ? " " : "") + fragment;
    needSpace = !fragment.endsWith("|");
  }
  return new RegExp(`(?<![a-z0-9])(?:${source})(?![a-z0-9])`, "g");
}

// Words too common to be a useful trigger for skipping a rule.
const COMMON = new Set(["i", "im", "a", "an", "the", "he", "she", "my", "me", "to", "is", "it", "and", "of", "in", "on", "have", "has", "had", "be", "am", "are", "was", "do", "can", "will", "not", "no", "you", "we", "they", "his", "her", "that", "this", "for", "with"]);

/** `text` cut at every `separator` outside parentheses, character classes and escapes. */
function splitTopLevel(text: string, separator: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(text, i);
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === separator && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

const topLevelAlternatives = (pattern: string): string[] => splitTopLevel(pattern, "|");

/** The top-level elements of one alternative: words, `{group}`s, gaps and whole parenthesised groups (with any quantifier). */
const elementsOf = (alternative: string): string[] =>
  splitTopLevel(alternative, " ")
    .filter((e) => e.length > 0)
    .reduce<string[]>((out, e) => {
      // "nose ?bleed": an optional space joins the two words into one element ("nosebleed" is one token)
      if (e.startsWith("?") && out.length > 0) out[out.length - 1] += ` ${e}`;
      else out.push(e);
      return out;
    }, []);

/** Trigger words of one element that every match must contain, or undefined when none can be read off it. */
function elementTriggers(element: string, groups: Groups): Set<string> | undefined {
  const group = /^\{([a-zA-Z0-9_-]+)\}$/.exec(element);
  if (group) return new Set((groups[group[1]!] ?? []).map((phrase) => phrase.split(" ")[0]!));
  if (/^[a-z0-9]+$/.test(element)) return new Set([element]);
  const stem = /^([a-z0-9]+)\\w\*$/.exec(element);
  if (stem) return new Set([`${stem[1]!}*`]);
  // one mandatory group "(?:a|b c)" (not optional, not a look-around): the union of its alternatives' triggers
  if (element.startsWith("(?:") && closingParen(element, 0) === element.length - 1) return patternTriggers(element.slice(3, -1), groups);
  return undefined;
}

/** Index of the ")" that closes the "(" at `open`, or -1. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(text, i);
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/** Index of the "]" that ends the character class opened at `open`. */
function classEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === "]") return i;
  }
  return text.length;
}

/**
 * Words of which at least one must be a token of the text for `pattern` to match, or undefined
 * when no such set can be read off the pattern. Lets a rule be skipped without running its regex.
 * Each alternative contributes the smallest word set among its mandatory elements (words,
 * `{group}`s, or groups of alternatives that themselves have triggers).
 */
export function patternTriggers(pattern: string, groups: Groups): Set<string> | undefined {
  const triggers = new Set<string>();
  for (const alternative of topLevelAlternatives(pattern)) {
    let best: Set<string> | undefined;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const element of elementsOf(alternative.trim())) {
      const words = elementTriggers(element, groups);
      if (!words || words.size === 0) continue;
      let score = words.size;
      for (const w of words) if (COMMON.has(w)) score += 1000;
      if (score < bestScore) {
        best = words;
        bestScore = score;
      }
    }
    if (!best) return undefined;
    for (const w of best) triggers.add(w);
  }
  return triggers;
}

/**
 * Pseudo-word for "a token that begins with a digit": where an alternative that opens with a number
 * fragment ("\\d+", "(?:[1-9]|1[0-2])", "10[1-5]") can start.
 */
export const NUMBER_START = "#num";

/** True when `text` at `i` carries a quantifier that lets the atom before it match nothing. */
const optionalAt = (text: string, i: number): boolean => text[i] === "?" || text[i] === "*" || text.startsWith("{0", i);

/** True when every match of the fragment that opens `text` begins with a digit. */
function startsWithDigit(text: string): boolean {
  if (text.startsWith("\\d")) return !optionalAt(text, 2);
  const c = text[0];
  if (c !== undefined && c >= "0" && c <= "9") return !optionalAt(text, 1);
  if (c === "[") {
    const end = classEnd(text, 0);
    return /^\[(?:\d-\d|\d)+\]$/.test(text.slice(0, end + 1)) && !optionalAt(text, end + 1);
  }
  if (text.startsWith("(?:")) {
    const close = closingParen(text, 0);
    if (close < 0 || optionalAt(text, close + 1)) return false;
    return topLevelAlternatives(text.slice(3, close)).every((alt) => alt.length > 0 && startsWithDigit(alt));
  }
  return false;
}

const TEXT_OR_SENTENCE_START = "(?:^|\\|\\s)";

/** "peanuts?", "tumou?r": a word with optional letters, spelled every way (undefined: not such a word, or too many ways). */
function optionalLetterWords(word: string): string[] | undefined {
  // (the first letter must not be optional: the word would be the next one's start)
  if (!/^[a-z0-9](?:[a-z0-9]\??)*$/.test(word) || (word.match(/\?/g)?.length ?? 0) > 2) return undefined;
  let out = [""];
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (word[i + 1] === "?") {
      out = out.flatMap((w) => [w, w + c]);
      i++;
    } else out = out.map((w) => w + c);
  }
  return out.filter((w) => w.length > 0);
}

/**
 * Words one of which every match of `pattern` starts with (the first word of each alternative's
 * first element), or undefined when that cannot be read off the pattern. Lets the matcher try the
 * pattern only at those tokens instead of scanning the whole text. `extended` also reads leading
 * look-behinds (they take no characters), words with optional letters ("peanuts?") and number
 * fragments (NUMBER_START); a matcher using such starters must also try inside number tokens
 * ("25" in "1.25"), where a match that begins with a digit can start too.
 */
export function patternStarters(pattern: string, groups: Groups, extended = false): Set<string> | undefined {
  const starters = new Set<string>();
  const firstWords = (alt: string): string[] | undefined => {
    let a = alt.trim();
    while (extended && a.startsWith("(?<")) {
      const close = closingParen(a, 0);
      if (close < 0) return undefined;
      a = a.slice(close + 1);
    }
    // (extended: also before an optional group that opens with a space, "{heartAttack}(?: \\|)?$")
    const group = (extended ? /^\{([a-zA-Z0-9_-]+)\}(?:\s|$|\(\?: )/ : /^\{([a-zA-Z0-9_-]+)\}(?:\s|$)/).exec(a);
    if (group) return (groups[group[1]!] ?? []).map((phrase) => phrase.split(" ")[0]!);
    // "vomit\\w*": every word that starts with "vomit", written "vomit*"
    const word = /^([a-z0-9]+)(\\w\*)?(?:\s|$)/.exec(a);
    // (before an optional space, "nose ?bleed", the word may be the head of a longer token)
    if (word) return [word[2] || a.slice(word[0].length).startsWith("?") ? `${word[1]!}*` : word[1]!];
    if (extended) {
      const chunk = /^(\S+?)(?:\s|$)/.exec(a)?.[1];
      const spellings = chunk !== undefined ? optionalLetterWords(chunk) : undefined;
      if (spellings) return spellings;
      // "baby's", "post-op", "mmol/mol": canonical text has no apostrophes or hyphens and "/" only between digits, so this never matches
      if (chunk !== undefined && /^[a-z0-9'/-]+$/.test(chunk) && /['-]|[a-z]\/|\/[a-z]/.test(chunk)) return [];
      if (startsWithDigit(a)) return [NUMBER_START];
      // "(?:^|\\|\\s)...": the text's start or a sentence mark, then the rest
      if (a.startsWith(TEXT_OR_SENTENCE_START)) {
        const rest = firstWords(a.slice(TEXT_OR_SENTENCE_START.length));
        return rest && ["|", ...rest];
      }
      // "(?:my )?decision", "(?:body )?(?:temp|temperature)": an optional leading word or the words after it
      const close = a.startsWith("(?:") ? closingParen(a, 0) : -1;
      if (close > 0 && a[close + 1] === "?") {
        const inner = topLevelAlternatives(a.slice(3, close));
        if (inner.every((alt) => alt.endsWith(" "))) {
          const out: string[] = [];
          for (const words of [...inner.map(firstWords), firstWords(a.slice(close + 2))]) {
            if (!words) return undefined;
            out.push(...words);
          }
          return out;
        }
      }
    }
    if (!a.startsWith("(?:")) return undefined;
    let depth = 0;
    let end = -1;
    for (let i = 0; i < a.length; i++) {
      const c = a[i];
      if (c === "\\") {
        i++;
        continue;
      }
      if (c === "(") depth++;
      else if (c === ")" && --depth === 0) {
        end = i;
        break;
      }
    }
    if (end < 0 || /[?*{]/.test(a[end + 1] ?? "")) return undefined;
    // "(?:tablet|pill)s": the first token is longer than the group's words (a look-ahead takes no characters)
    if (extended) {
      let after = end + 1;
      while (a.startsWith("(?=", after) || a.startsWith("(?!", after)) {
        const close = closingParen(a, after);
        if (close < 0) return undefined;
        after = close + 1;
      }
      if (!/^(?:\s|$)/.test(a.slice(after, after + 1))) return undefined;
    }
    const out: string[] = [];
    for (const inner of topLevelAlternatives(a.slice(3, end))) {
      const words = firstWords(inner);
      if (!words) return undefined;
      out.push(...words);
    }
    return out;
  };
  for (const alternative of topLevelAlternatives(pattern)) {
    const words = firstWords(alternative);
    if (!words || words.length === 0) return undefined;
    for (const w of words) starters.add(w);
  }
  // a number word can be the tail of a number token as well ("3" in "1.3")
  if (extended && [...starters].some((w) => /^\d/.test(w))) starters.add(NUMBER_START);
  return starters;
}

/** Every word the groups use: the vocabulary that typo correction aims at. */
export function groupVocabulary(groups: Groups): string[] {
  const words = new Set<string>();
  for (const phrases of Object.values(groups)) {
    for (const phrase of phrases) for (const w of phrase.split(" ")) if (/^[a-z]+$/.test(w)) words.add(w);
  }
  return [...words];
}

const NEGATORS = new Set([
  "no", "not", "dont", "doesnt", "didnt", "denies", "denied", "without", "never", "isnt", "wasnt",
  "arent", "havent", "hasnt", "nor", "negative", "ruled", "sin", "nunca", "tampoco"
]);

// A new subject or clause ends a negation's reach: "no helmet, he blacked out", "no fever but ...".
const CLAUSE_STARTS = new Set(["he", "she", "i", "im", "they", "we", "hes", "shes", "but", "now", "then", "pero", "ahora"]);

/** True when one of the three words before `index` (same sentence and clause) negates the match. */
export function isNegated(text: string, index: number): boolean {
  let end = index - 1;
  for (let k = 0; k < 3 && end > 0; k++) {
    const start = text.lastIndexOf(" ", end - 1) + 1;
    const word = text.slice(start, end);
    if (word === "|" || CLAUSE_STARTS.has(word)) return false;
    if (NEGATORS.has(word)) return true;
    end = start - 1;
  }
  return false;
}

/** Where a pattern matched in the canonical text (the matched words are canonical.text.slice(start, end)). */
export interface PatternMatch {
  start: number;
  end: number;
}

/** First non-negated match of `re` in `text`, or undefined. */
export function findMatch(re: RegExp, text: string, negatable: boolean): PatternMatch | undefined {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (!negatable || !isNegated(text, m.index)) return { start: m.index, end: m.index + m[0].length };
    re.lastIndex = m.index + 1;
  }
  return undefined;
}

/** Most tokens an element can span, or undefined when that cannot be read off it. */
function elementMaxTokens(element: string, groups: Groups): number | undefined {
  const gap = /^~~?(\d+)$/.exec(element);
  if (gap) return Number(gap[1]);
  const group = /^\{([a-zA-Z0-9_-]+)\}$/.exec(element);
  if (group) return Math.max(1, ...(groups[group[1]!] ?? []).map((phrase) => phrase.split(" ").length));
  if (/^[a-z0-9]+$/.test(element)) return 1;
  // "(?:...)" or "(?:...)?": its longest alternative
  if (element.startsWith("(?:")) {
    const close = closingParen(element, 0);
    const rest = close > 0 ? element.slice(close + 1) : "x";
    if (rest === "" || rest === "?") {
      let most = 0;
      for (const alternative of topLevelAlternatives(element.slice(3, close))) {
        const n = sequenceMaxTokens(elementsOf(alternative.trim()), groups);
        if (n === undefined) return undefined;
        most = Math.max(most, n);
      }
      return most;
    }
  }
  // a fragment that cannot match a space ("\\d+", "vomit\\w*") stays inside one token
  if (!/[ .{]|\\s|\\S|\\W|\\D|\[\^/.test(element)) return 1;
  return undefined;
}

function sequenceMaxTokens(elements: string[], groups: Groups): number | undefined {
  let sum = 0;
  for (const e of elements) {
    const n = elementMaxTokens(e, groups);
    if (n === undefined) return undefined;
    sum += n;
  }
  return sum;
}

/** How a match of one top-level alternative can be found among the tokens of a text. */
export interface AlternativePlan {
  /** Every match of this alternative starts at one of these words. */
  starters: Set<string>;
  /**
   * Starter words that every match beginning with them continues with a known second word, mapped to
   * those words ("short" -> {"of"} for "short of breath", "is" -> {"it"} for "is it safe"). A match
   * at such a word needs the next token to be one of them. Starters not listed may be followed by anything.
   */
  follow?: Map<string, Set<string>>;
  /**
   * Later elements every match contains: one of `words` is a token at most `maxOffset` tokens
   * after the match start (Infinity when the distance is unbounded).
   */
  required: { words: Set<string>; maxOffset: number; sameSentence: boolean }[];
  /** The alternative opens with "^": it can match only at the start of the text. */
  atStart?: boolean;
}

/**
 * True when no match of `element` can take in a "|" (sentence mark) token: words, groups, `~N` gaps
 * and plain fragments without escaped bars, negated classes or wildcards. Read conservatively:
 * anything else counts as able to cross a sentence.
 */
function barFree(element: string, groups: Groups): boolean {
  if (/^~\d+$/.test(element)) return true;
  let rest = element;
  for (const m of element.matchAll(/\{([a-zA-Z0-9_-]+)\}/g)) {
    const phrases = groups[m[1]!];
    if (!phrases || phrases.some((phrase) => !/^[a-z0-9 ./'-]*$/.test(phrase))) return false;
  }
  rest = rest.replace(/\{[a-zA-Z0-9_-]+\}/g, "g").replace(/\\[dw]/g, "d");
  return /^[a-z0-9 ()?:|*+,-]*$/.test(rest.replace(/\{\d+(?:,\d*)?\}/g, ""));
}

const ANY = null;
type Heads = Map<string, Set<string> | typeof ANY>;

/**
 * The words a match of the element sequence can begin with, each with the words that can come
 * second (ANY: unknown or nothing), or undefined when that cannot be read off the elements. Only
 * words, `{group}`s and mandatory `(?:...)` groups of them are read; anything else gives up.
 */
function heads(elements: string[], groups: Groups, depth = 0): Heads | undefined {
  const [first, ...rest] = elements;
  if (first === undefined || depth > 8) return undefined;
  const out: Heads = new Map();
  const add = (w: string, second: Set<string> | typeof ANY) => {
    const known = out.get(w);
    if (known === ANY || second === ANY) out.set(w, ANY);
    else if (known === undefined) out.set(w, new Set(second));
    else for (const x of second) known.add(x);
  };
  const afterFirst = (): Set<string> | typeof ANY => {
    if (rest.length === 0) return ANY;
    const h = heads(rest, groups, depth + 1);
    return h ? new Set(h.keys()) : ANY;
  };
  const group = /^\{([a-zA-Z0-9_-]+)\}$/.exec(first);
  if (group) {
    const phrases = groups[group[1]!];
    if (!phrases || phrases.length === 0) return undefined;
    let next: Set<string> | typeof ANY | undefined;
    for (const phrase of phrases) {
      const words = phrase.split(" ");
      if (words[0] === "") return undefined;
      if (words.length >= 2) add(words[0]!, new Set([words[1]!]));
      else add(words[0]!, (next ??= afterFirst()));
    }
    return out;
  }
  if (/^[a-z0-9]+$/.test(first)) {
    add(first, afterFirst());
    return out;
  }
  if (first.startsWith("(?:") && closingParen(first, 0) === first.length - 1) {
    for (const inner of topLevelAlternatives(first.slice(3, -1))) {
      const innerElements = elementsOf(inner.trim());
      if (innerElements.length === 0) return undefined;
      const h = heads([...innerElements, ...rest], groups, depth + 1);
      if (!h) return undefined;
      for (const [w, second] of h) add(w, second);
    }
    return out;
  }
  return undefined;
}

/** Starter words that a match must follow with one of the given words (see `AlternativePlan.follow`). */
function followWords(elements: string[], groups: Groups): Map<string, Set<string>> | undefined {
  const h = heads(elements, groups);
  if (!h) return undefined;
  const follow = new Map<string, Set<string>>();
  for (const [w, second] of h) if (second !== ANY) follow.set(w, second);
  return follow.size > 0 ? follow : undefined;
}

/**
 * One plan per top-level alternative of `pattern`, or undefined when some alternative has no
 * starter words. A start position is worth trying only when some alternative starts there and
 * all its required words occur close enough after it. `extended`: read starters as
 * `patternStarters(..., true)` does, and alternatives that open with "^".
 */
export function alternativePlans(pattern: string, groups: Groups, extended = false): AlternativePlan[] | undefined {
  const plans: AlternativePlan[] = [];
  for (const whole of topLevelAlternatives(pattern)) {
    const atStart = extended && whole.trim().startsWith("^");
    const alternative = atStart ? whole.trim().slice(1) : whole;
    const starters = patternStarters(alternative, groups, extended);
    if (!starters) return undefined;
    const elements = elementsOf(alternative.trim());
    const required: AlternativePlan["required"] = [];
    let span: number | undefined = 0;
    // every element so far stays inside one sentence, so a required word lies before the next "|"
    let sameSentence = true;
    for (let k = 0; k < elements.length; k++) {
      const n: number | undefined = span === undefined ? undefined : elementMaxTokens(elements[k]!, groups);
      span = n === undefined ? undefined : span! + n;
      sameSentence &&= barFree(elements[k]!, groups);
      if (k === 0) continue;
      const words = elementTriggers(elements[k]!, groups);
      if (words && words.size > 0) required.push({ words, maxOffset: span === undefined ? Number.POSITIVE_INFINITY : span - 1, sameSentence });
    }
    const follow = followWords(elements, groups);
    const plan: AlternativePlan = follow ? { starters, required, follow } : { starters, required };
    if (atStart) plan.atStart = true;
    plans.push(plan);
  }
  return plans;
}
