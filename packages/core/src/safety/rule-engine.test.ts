import { describe, expect, it } from "vitest";
import { Canonicalizer } from "./canonical.js";
import { compilePattern, isNegated } from "./rule-dsl.js";
import { compileRules, evaluateRules, PatternSet } from "./triage.js";

// The engine tries a pattern only at tokens where one of its alternatives can start and only when
// the alternative's later words occur close enough after that token. It must find exactly what a
// plain scan of the whole text finds.
const groups = {
  pain: ["pain", "chest pain", "pressure", "tight feeling"],
  arm: ["arm", "left arm", "jaw"],
  temp: ["39", "40", "40.5", "104"]
};
const patterns = [
  "{pain} ~3 {arm}",
  "{pain} ~~6 (?:sweating|sweaty)",
  "(?:fever|temp) ~2 {temp}",
  "{temp} (?:c|f|degrees)",
  "(?:cant|can not) (?:move|feel) (?:my|his|her)? {arm}",
  "(?:worst|sudden) headache|(?:stiff|sore) neck ~4 (?:rash|spots)",
  "^help|(?:call|get) (?:an )?ambulance",
  "(?:he|she) ~1 (?:took|swallowed) (?:a|the)? (?:whole|entire) (?:bottle|pack)",
  "vomit\\w* ~3 blood",
  "(?:throw\\w*|vomit\\w*) ~2 (?:up|blood)|sweat\\w* ~~4 {pain}",
  // an optional space: "nose bleed" and "nosebleed" alike
  "nose ?bleed\\w* ~3 (?:stopped|blood)",
  "(?:heavy|big) nose ?bleeds?"
];
const vocabulary = [
  "i", "my", "his", "her", "he", "she", "have", "a", "the", "and", "pain", "chest", "pressure", "tight", "feeling",
  "arm", "left", "jaw", "sweating", "sweaty", "fever", "temp", "39", "40", "40.5", "40.1", "104", "c", "f", "degrees",
  "cant", "can", "not", "move", "feel", "worst", "sudden", "headache", "stiff", "sore", "neck", "rash", "spots",
  "help", "call", "get", "an", "ambulance", "took", "swallowed", "whole", "entire", "bottle", "pack", "vomiting",
  "vomited", "blood", ".", ",", "no", "throwing", "throw", "threw", "up", "sweats", "sweatshirt", "nose", "bleed",
  "nosebleed", "nosebleeds", "bleeds", "stopped", "heavy", "big"
];

/** A deterministic pseudo-random text from the vocabulary. */
function text(seed: number, words: number): string {
  let x = seed * 2654435761;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(vocabulary[(x >>> 8) % vocabulary.length]!);
  }
  return out.join(" ");
}

/** Where the first match starting at a token (not negated) begins, scanning the whole text. */
function scan(re: RegExp, text: string): number | undefined {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if ((m.index === 0 || text[m.index - 1] === " ") && !isNegated(text, m.index)) return m.index;
    re.lastIndex = m.index + 1;
  }
  return undefined;
}

describe("rule engine", () => {
  it("refuses a gap glued to a fragment, which would only ever match the literal text \"~2\"", () => {
    expect(() => compilePattern("swelled (?:up )?~2 (?:at once|right away)", {})).toThrow(/must stand alone/);
    expect(() => compilePattern("(?:say|convince ~3) ~8 more", {})).toThrow(/must stand alone/);
    const re = compilePattern("swelled (?:up)? ~2 (?:at once|right away)", {});
    for (const t of ["swelled right away", "swelled up right away", "swelled up really badly at once"]) expect(t.match(re), t).not.toBeNull();
    expect("swelled up the next day".match(re)).toBeNull();
  });

  const canonicalizer = new Canonicalizer(vocabulary.filter((w) => /^[a-z]+$/.test(w)));
  const specs: { id: string; all: string[]; notNegatable?: boolean }[] = patterns.map((p, i) => ({ id: String(i), all: [p] }));
  const set = compileRules(specs, groups);
  const plain = patterns.map((p) => compilePattern(p, groups));

  it("finds what a scan of the whole text finds, at the same place", () => {
    let fired = 0;
    for (let seed = 1; seed <= 1500; seed++) {
      const canon = canonicalizer.canonicalize(text(seed, 4 + (seed % 40)));
      const hits = new Map(evaluateRules(canon, set).map((h) => [h.spec.id, h.match]));
      plain.forEach((re, i) => {
        const start = scan(re, canon.text);
        expect(hits.get(String(i))?.start, `${patterns[i]} in "${canon.text}"`).toBe(start);
        if (start !== undefined) fired++;
      });
    }
    // the texts exercise the patterns, not only their absence
    expect(fired).toBeGreaterThan(300);
  });

  it("matches a number that starts a longer token ('40' in '40.1')", () => {
    const canon = canonicalizer.canonicalize("fever 40.1 since noon");
    const ids = evaluateRules(canon, set).map((h) => h.spec.id);
    expect(ids).toContain("2");
  });
});

// Patterns the basic plans cannot read (a number fragment first, "^", "peanuts?", an optional first
// word, a look-behind) are planned the extended way. A scan of the whole text also finds matches
// inside number tokens ("25 weeks" in "1.25 weeks"), so these must be found there too.
describe("rule engine, extended plans", () => {
  const extendedPatterns = [
    "(?:2\\d|3[0-6]) (?:weeks|wks)",
    "(?:\\d+|few|several) (?:years|year) old ~~4 fever",
    "^(?:what|how) (?:is|does) ~3 fever",
    "(?:warning signs|rates?) (?:of|for) fever",
    "(?:my )?fever is (?:high|gone)",
    "(?<!not )still (?:high|hot)",
    "(?:3[89]|4[01])(?:\\.\\d)? ~1 (?:c|degrees)|10[1-5]"
  ];
  const words = [
    "1.25", "25", "33", "40.1", "38.5", "39", "3.39", "102", "1/38", "weeks", "wks", "few", "several", "years", "year", "old",
    "fever", "what", "how", "is", "does", "my", "the", "warning", "signs", "rate", "rates", "of", "for", "high", "gone",
    "not", "still", "hot", "c", "degrees", ".", "no", "a"
  ];
  const canonicalizer = new Canonicalizer(words.filter((w) => /^[a-z]+$/.test(w)));
  const specs: { id: string; all: string[]; notNegatable?: boolean }[] = extendedPatterns.map((p, i) => ({ id: String(i), all: [p] }));
  const set = compileRules(specs, {});
  const plain = extendedPatterns.map((p) => compilePattern(p, {}));
  // 4 to 33 of the words above, drawn by a linear congruential generator from `x`
  const randomMessage = (x: number, seed: number) => {
    const out: string[] = [];
    for (let i = 0; i < 4 + (seed % 30); i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      out.push(words[(x >>> 8) % words.length]!);
    }
    return canonicalizer.canonicalize(out.join(" "));
  };

  it("finds what a scan of the whole text finds, inside number tokens too", () => {
    let fired = 0;
    for (let seed = 1; seed <= 1500; seed++) {
      const canon = randomMessage(seed * 2654435761, seed);
      const hits = new Map(evaluateRules(canon, set).map((h) => [h.spec.id, h.match.start]));
      plain.forEach((re, i) => {
        re.lastIndex = 0;
        let start: number | undefined;
        let m: RegExpExecArray | null;
        while ((m = re.exec(canon.text)) !== null) {
          if (!isNegated(canon.text, m.index)) {
            start = m.index;
            break;
          }
          re.lastIndex = m.index + 1;
        }
        expect(hits.get(String(i)), `${extendedPatterns[i]} in "${canon.text}"`).toBe(start);
        if (start !== undefined) fired++;
      });
    }
    expect(fired).toBeGreaterThan(300);
  });

  it("PatternSet finds every match a scan of the whole text finds", () => {
    const patterns = new PatternSet();
    const ids = extendedPatterns.map((p) => patterns.add(p));
    for (let seed = 1; seed <= 500; seed++) {
      const canon = randomMessage(seed * 40503, seed);
      plain.forEach((re, i) => {
        const all: number[] = [];
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(canon.text)) !== null) {
          all.push(m.index);
          re.lastIndex = m.index + Math.max(1, m[0].length);
        }
        expect(patterns.all(canon, ids[i]!).map((h) => h.start)).toEqual(all);
        expect(patterns.first(canon, ids[i]!)?.start).toBe(all[0]);
      });
    }
  });
});
