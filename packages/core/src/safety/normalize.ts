/**
 * Folding of adversarial or sloppy text into one canonical form that the rules match:
 * lowercase, no accents, no zero-width or format characters, Cyrillic/Greek look-alikes mapped
 * to Latin, compatibility forms (fullwidth, mathematical letters) decomposed, punctuation
 * reduced to single spaces and a "|" sentence mark. Every canonical token keeps the span of
 * original text it came from, so reasons can point at the user's own characters.
 */

// Look-alike letters that NFKD leaves alone (Cyrillic and Greek), folded to the Latin letter.
const HOMOGLYPHS: Record<string, string> = {
  а: "a", в: "b", е: "e", ё: "e", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", у: "y",
  х: "x", ѕ: "s", і: "i", ї: "i", ј: "j", ԁ: "d", һ: "h", ԛ: "q", ԝ: "w", ӏ: "l", ɡ: "g", ո: "n",
  α: "a", β: "b", ε: "e", η: "n", ι: "i", κ: "k", ν: "v", ο: "o", ρ: "p", τ: "t", υ: "u", χ: "x",
  ω: "w", γ: "y", μ: "u", ℓ: "l", ı: "i", ł: "l", ø: "o", đ: "d", ħ: "h", ß: "ss", æ: "ae", œ: "oe"
};

const ABBREVIATIONS = new Set(["dr", "mr", "mrs", "ms", "st", "vs", "etc", "eg", "ie", "prof", "sr", "jr", "dra", "sra", "approx", "no", "pt"]);
const APOSTROPHES = new Set(["'", "’", "‘", "ʼ", "`", "´"]);
const SENTENCE_END = new Set([".", "!", "?", ";", "\n", "¡", "¿", "。"]);

/** Fold one code point to zero or more canonical characters (lowercase ASCII letters/digits or other). */
export function foldCodePoint(ch: string): string {
  const lower = ch.toLowerCase();
  const mapped = HOMOGLYPHS[lower];
  if (mapped !== undefined) return mapped;
  const code = lower.codePointAt(0) ?? 0;
  if (code < 0x80) return lower;
  // Compatibility decomposition then drop combining marks: é -> e, ｃ -> c, 𝐜 -> c.
  const decomposed = lower.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  let out = "";
  for (const c of decomposed) out += HOMOGLYPHS[c] ?? c;
  return out;
}

/** Characters that carry no visible content: zero-width, bidi controls, soft hyphen, BOM. */
export function isInvisible(ch: string): boolean {
  return INVISIBLE.test(ch);
}
const INVISIBLE = /^[\p{Cf}\u034f\u115f\u1160\u17b4\u17b5\u180e\u3164\uffa0]$/u;

export interface RawToken {
  text: string;
  start: number;
  end: number;
  /** Sentence boundary marker. */
  boundary?: boolean;
}

const isWordChar = (c: string): boolean => (c >= "a" && c <= "z") || (c >= "0" && c <= "9");
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

/**
 * Split original text into folded tokens. Letters and digits form words; letter/digit
 * boundaries split ("104f" -> "104" "f", "3yo" -> "3" "yo"); "." and "/" between digits stay
 * inside numbers ("39.2", "150/95"); apostrophes vanish ("can't" -> "cant"); sentence ends
 * become a "|" token. One pass, linear in the input length.
 */
export function tokenize(original: string): RawToken[] {
  const tokens: RawToken[] = [];
  // Characters go to an array: indexing a string built by += flattens it every time (quadratic).
  // Its first `n` entries are the current word (a count, not `length = 0`, which frees the array for every word).
  const cur: string[] = [];
  let n = 0;
  const push = (piece: string) => {
    cur[n++] = piece;
  };
  const word = (): string => (n === 1 ? cur[0]! : cur.slice(0, n).join(""));
  let curStart = -1;
  let curEnd = -1;
  let lastBoundary = true;
  const flush = () => {
    if (n > 0) {
      tokens.push({ text: word(), start: curStart, end: curEnd });
      lastBoundary = false;
    }
    n = 0;
    curStart = -1;
  };
  const boundary = (at: number, len: number) => {
    flush();
    if (!lastBoundary) tokens.push({ text: "|", start: at, end: at + len, boundary: true });
    lastBoundary = true;
  };
  let i = 0;
  while (i < original.length) {
    const code = original.charCodeAt(i);
    // ASCII fast path: letters, digits and spaces need no Unicode folding
    if (code < 0x80) {
      const lower = code >= 65 && code <= 90 ? code + 32 : code;
      const isLetter = lower >= 97 && lower <= 122;
      const isNum = code >= 48 && code <= 57;
      if (isLetter || isNum) {
        // take the whole run of ASCII letters (or digits) at once; chunks are never mixed
        let j = i + 1;
        while (j < original.length) {
          const c = original.charCodeAt(j);
          const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
          const digit = c >= 48 && c <= 57;
          if (isNum ? !digit : !letter) break;
          j++;
        }
        const chunk = isNum ? original.slice(i, j) : original.slice(i, j).toLowerCase();
        const prev = n > 0 ? cur[n - 1] : undefined;
        if (prev !== undefined && prev !== "." && prev !== "/" && isDigit(prev[0]) !== isNum) flush();
        if (n === 0) curStart = i;
        push(chunk);
        curEnd = j;
        i = j;
        continue;
      }
      // other ASCII (punctuation, tabs, line ends) only ends the word, unless it is an apostrophe, a sentence end or a
      // slash (handled below); no ASCII character is invisible or folds to a letter
      if (code === 32 || (code !== 39 && code !== 96 && code !== 47 && !SENTENCE_END.has(original[i]!))) {
        flush();
        i++;
        continue;
      }
    }
    const cp = original.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const len = ch.length;
    if (isInvisible(ch)) {
      i += len;
      continue;
    }
    if (APOSTROPHES.has(ch)) {
      i += len;
      continue;
    }
    if (SENTENCE_END.has(ch)) {
      const prev = n > 0 ? cur[n - 1] : undefined;
      if (ch === "." && prev !== undefined && isDigit(prev[prev.length - 1]) && isDigit(original[i + 1])) {
        push(".");
        curEnd = i + 1;
        i += 1;
        continue;
      }
      // "Dr. Lee", "Mrs. Cho", "e.g.": an abbreviation's period does not end the sentence
      if (ch === "." && n > 0 && ABBREVIATIONS.has(word())) {
        flush();
        i += len;
        continue;
      }
      boundary(i, len);
      i += len;
      continue;
    }
    const last = n > 0 ? cur[n - 1] : undefined;
    if (ch === "/" && last !== undefined && isDigit(last[last.length - 1]) && isDigit(original[i + 1])) {
      push("/");
      curEnd = i + 1;
      i += 1;
      continue;
    }
    const folded = foldCodePoint(ch);
    for (const c of folded) {
      if (isWordChar(c)) {
        const prev = n > 0 ? cur[n - 1] : undefined;
        if (prev !== undefined && prev !== "." && prev !== "/" && isDigit(prev[prev.length - 1]) !== isDigit(c)) flush();
        if (n === 0) curStart = i;
        push(c);
        curEnd = i + len;
      } else {
        flush();
      }
    }
    i += len;
  }
  flush();
  return tokens;
}
