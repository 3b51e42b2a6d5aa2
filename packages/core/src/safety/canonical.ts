import { englishWordLevel } from "./english-words.js";
import { lexicon } from "./known-words.js";
import { type RawToken, tokenize } from "./normalize.js";

/**
 * Canonical text for rule matching: folded tokens joined by single spaces, with typos of rule
 * words corrected (one edit: insertion, deletion, substitution or transposition), words run
 * together split ("chestpain" -> "chest pain"), and number words turned into digits
 * ("three months" -> "3 months"). `toOriginal` maps a canonical span back to the user's text.
 */
export interface Canonical {
  text: string;
  /** Canonical offset where each token starts. */
  tokenStarts: number[];
  origStarts: number[];
  origEnds: number[];
  toOriginal(start: number, end: number): { start: number; end: number };
  /** The tokens in order (`tokenStarts[i]` is where `words[i]` starts in `text`). */
  words: string[];
  /** Token -> the indexes in `words` where it occurs, ascending. */
  positions: Map<string, number[]>;
  /**
   * How hidden text was read, when it was: "spelled-out" (letters joined back into words),
   * "leetspeak", "reversed", "base64", "rot13". Readings other than spelled-out and leetspeak
   * are added after the message as a further sentence whose tokens map to the encoded text.
   */
  readings?: string[];
}

const NUMBER_WORD_LIST: Record<string, string> = {
  one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9",
  ten: "10", eleven: "11", twelve: "12", thirteen: "13", fourteen: "14", fifteen: "15", sixteen: "16",
  seventeen: "17", eighteen: "18", nineteen: "19", twenty: "20", thirty: "30", forty: "40", fifty: "50",
  sixty: "60", seventy: "70", eighty: "80", ninety: "90", a: "a",
  uno: "1", una: "1", dos: "2", tres: "3", cuatro: "4", cinco: "5", seis: "6", siete: "7", ocho: "8",
  nueve: "9", diez: "10", once: "11", doce: "12"
};
// A Map, not an object: "constructor" or "toString" in a message must not find Object.prototype.
const NUMBER_WORDS = new Map(Object.entries(NUMBER_WORD_LIST).filter(([w]) => w !== "a"));
const TIME_UNITS = new Set(["yo", "year", "old", "hours", "hour", "minutes", "minute", "times", "pills", "tablets", "degrees", "horas", "day", "days", "week", "weeks", "month", "months", "year", "years", "dias", "semanas", "mes", "meses", "anos", "wk", "wks", "mo", "mos"]);

const MAX_FIX_LENGTH = 28;
const MEMO_LIMIT = 50_000;

function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

const NAME_TAG = /(?:MaleName|FemaleName|FirstName|LastName|Person)/;

/** A real word (rule vocabulary or a non-name English word, or a plain plural of one): never "corrected". */
function looksKnown(word: string, vocab: Set<string>): boolean {
  if (vocab.has(word)) return true;
  // A common dictionary word is not a typo: "diet" must not become "dies", nor "flight" "fight".
  if ((englishWordLevel(word) ?? 99) <= 35) return true;
  const tag = lexicon.tagOf(word);
  if (tag !== undefined && !NAME_TAG.test(tag)) return true;
  if (word.endsWith("s") && word.length > 3) {
    const stem = word.slice(0, -1);
    const stemTag = lexicon.tagOf(stem);
    if (vocab.has(stem) || (stemTag !== undefined && !NAME_TAG.test(stemTag))) return true;
  }
  return false;
}

// Short words a run-together token may contain; longer parts must be rule words or English words.
const SPLIT_SHORT = new Set([
  "i", "a", "im", "my", "me", "to", "in", "on", "of", "up", "no", "is", "it", "he", "we", "an", "at", "or", "so", "do",
  "go", "be", "am", "as", "by", "if", "us", "hes", "she", "has", "had", "was", "the", "and", "not", "can", "cant", "her",
  "his", "him", "our", "out", "off", "all", "too", "get", "got", "now", "mi", "se", "de", "la", "el", "me", "no", "es",
  // age units typed onto the number's neighbour ("6wkold")
  "wk", "wks", "mo", "mos", "yo", "yr", "yrs"
]);
// Pronouns and "no" typed onto a neighbour ("endmy", "hasno", "answerus"): such a split is
// preferred over a one-letter correction.
const PRONOUN_PART = new Set(["my", "no", "us", "me", "im", "his", "her", "him", "our", "not", "he", "she", "we", "hes", "shes"]);

/** True when `b` is `a` with two neighbouring letters swapped ("fanit" / "faint"). */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

// Contractions typed without the apostrophe, as run-together messages have them.
const CONTRACTIONS = new Set(["ive", "hes", "shes", "dont", "doesnt", "didnt", "wont", "isnt", "wasnt", "cant", "couldnt", "im", "its", "thats", "theres", "whats", "youre", "theyre", "hasnt", "havent", "aint"]);
// Only tokens this long are segmented word by word (shorter ones go through `split`).
const SEGMENT_MIN = 14;
const SEGMENT_MAX = 400;
const SEGMENT_LONGEST = 24;
const SUFFIX_LIKE = new Set(["or", "er", "an", "in", "on", "al", "es", "ed", "is", "it", "us", "as", "at", "le", "ly", "ic"]);
const PREFIX_LIKE = new Set(["re", "un", "de", "co", "pre", "dis", "con", "com", "pro", "ex"]);
const isPart = (p: string, vocab: Set<string>): boolean =>
  SPLIT_SHORT.has(p) || (p.length >= 3 && (vocab.has(p) || (lexicon.tagOf(p) !== undefined && !NAME_TAG.test(lexicon.tagOf(p) ?? ""))));

// Voice-to-text: emergency words that dictation writes as sound-alike everyday words ("cant breed",
// "sees sure", "head egg", "fiction on the floor", "past out"). Read back only where the words
// around them make the emergency word the likely one, so "dog breed", "science fiction" and
// "in the past" stay as they are. Each entry: the words before that cue it (or none), the heard
// words, and what they become; the new words keep the original span of the heard ones.
const BREATH_CUE = new Set(["cant", "cannot", "couldnt", "not", "isnt", "wasnt", "aint", "stopped", "stop", "stops", "struggling", "trouble", "hard", "barely", "difficulty", "no", "hes", "shes"]);
const FIT_CUE = new Set(["is", "was", "hes", "shes", "started", "start", "starts", "keeps", "keep", "kept", "been", "still", "began", "having", "had"]);
const BLUE_CUE = new Set(["turning", "turned", "turn", "gone", "going", "went", "go", "goes", "look", "looks", "looking", "are", "were"]);
const SOUND_ALIKES: { cue?: Set<string>; heard: readonly (readonly string[])[]; becomes: readonly string[] }[] = [
  { cue: BREATH_CUE, heard: [["breed", "breeth", "breeve"]], becomes: ["breathe"] },
  { cue: BREATH_CUE, heard: [["breeding", "breething"]], becomes: ["breathing"] },
  { heard: [["short"], ["of"], ["bread", "breadth", "bret", "brett"]], becomes: ["short", "of", "breath"] },
  { heard: [["sees", "see", "sea", "seas", "cease", "seize"], ["sure", "shore"], ["ring", "ringing"]], becomes: ["seizuring"] },
  { heard: [["sees", "see", "sea", "seas", "cease", "seize"], ["sure", "shore"]], becomes: ["seizure"] },
  { heard: [["sees", "see", "sea", "seas", "cease", "seize"], ["sures", "shores"]], becomes: ["seizures"] },
  { heard: [["head"], ["egg", "ake"]], becomes: ["headache"] },
  { heard: [["head"], ["eggs"]], becomes: ["headaches"] },
  { cue: FIT_CUE, heard: [["fiction"]], becomes: ["fitting"] },
  { heard: [["fiction"], ["on"], ["the"], ["floor", "ground", "bed", "sofa"]], becomes: ["fitting", "on", "the", "floor"] },
  { heard: [["past"], ["out"]], becomes: ["passed", "out"] },
  { heard: [["hard", "hart"], ["attack"]], becomes: ["heart", "attack"] },
  { heard: [["heart"], ["a"], ["tack", "tak"]], becomes: ["heart", "attack"] },
  { heard: [["on", "un"], ["conscious"]], becomes: ["unconscious"] },
  { heard: [["on", "un"], ["responsive"]], becomes: ["unresponsive"] },
  { heard: [["epic", "happy", "eppy", "eppie"], ["pen"]], becomes: ["epipen"] },
  { heard: [["joking"], ["on"], ["a", "his", "her", "food", "something", "some", "piece", "bone", "grape", "sweet", "candy", "the"]], becomes: ["choking", "on"] },
  { cue: BLUE_CUE, heard: [["blew"]], becomes: ["blue"] }
];

// Voice-to-text, read before typo correction (which would turn "moxie" into "movie" or "pail" into
// "paxil"): red-flag words and high-risk medicines that dictation writes as strings of everyday
// words ("warfare in", "test a call", "seas her", "more fine", "carbon monkey side"). Each heard
// form is a sequence no one types for anything else, or needs a cue word before it that makes the
// medical reading the only sensible one ("takes warfare in", "his in sullivan", "had a seas her",
// "pale and lymph" but not "lymph nodes"). The new words keep the span of the heard ones.
const ON_DRUG_CUE = new Set([
  "on", "take", "takes", "taking", "took", "his", "her", "my", "their", "your", "our", "extra", "double", "doubled", "tripled",
  "missed", "forgot", "gave", "give", "given", "mums", "moms", "dads", "nans", "grandmas", "grandads", "grandpas"
]);
// ("how much tile and all", "a bottle of tile and all": not for "warfare in", where "of" and "much" would read history books)
const DOSE_CUE = new Set([...ON_DRUG_CUE, "much", "some", "of", "bottle", "packet", "box"]);
const SEIZURE_CUE = new Set(["a", "another", "first", "big", "bad", "long", "having", "had", "one", "the"]);
const TESTICLE_CUE = new Set(["his", "my", "your", "their", "left", "right", "the", "a", "one", "both", "swollen", "painful", "sore", "twisted"]);
const LIMP_CUE = new Set(["and", "gone", "going", "went", "all", "totally", "completely", "really", "very", "so", "bit", "is", "was", "looks", "looked", "seems", "floppy", "pale", "a", "with", "go", "goes"]);
const NOT_LIMP_AFTER = new Set(["node", "nodes", "gland", "glands", "system", "vessel", "vessels", "fluid", "drainage", "nodule", "nodules", "edema", "oedema", "massage", "cancer", "cells"]);
const PALE_CUE = new Set(["going", "gone", "went", "very", "really", "so", "look", "looks", "looking", "looked", "is", "was", "turned", "turning", "quite", "deathly", "all", "and", "bit"]);
const SEIZE_IDIOM = new Set(["chance", "chances", "moment", "day", "opportunity", "opportunities", "dreams", "dream", "life", "future", "time", "power", "destiny", "courage"]);
const DICTATED: { cue?: ReadonlySet<string>; unlessNext?: ReadonlySet<string>; heard: readonly (readonly string[])[]; becomes: readonly string[] }[] = [
  { cue: SEIZURE_CUE, heard: [["sees", "see", "sea", "seas", "cease", "seize", "seized"], ["her", "hur"]], becomes: ["seizure"] },
  // triage-an: "a seize your", "how long is a seize your" ("seize your chance" and the like stay)
  { unlessNext: SEIZE_IDIOM, heard: [["seize", "seas", "cease"], ["your", "yore", "yor", "yer"]], becomes: ["seizure"] },
  { cue: TESTICLE_CUE, heard: [["test", "testa"], ["a", "uh"], ["call", "cal", "cle", "col", "cool"]], becomes: ["testicle"] },
  { cue: TESTICLE_CUE, heard: [["test", "testa"], ["a", "uh"], ["calls", "cals", "cles", "cols"]], becomes: ["testicles"] },
  { cue: TESTICLE_CUE, heard: [["test", "testa"], ["tickle", "ickle", "icle", "cal", "call"]], becomes: ["testicle"] },
  { cue: TESTICLE_CUE, heard: [["test", "testa"], ["tickles", "ickles", "icles", "cals", "calls"]], becomes: ["testicles"] },
  { heard: [["buckle", "buccal"], ["mid", "midd"], ["as", "az", "is"], ["olam", "alam", "lam", "olan", "olem"]], becomes: ["buccal", "midazolam"] },
  { heard: [["mid", "midd"], ["as", "az"], ["olam", "alam", "olan", "olem"]], becomes: ["midazolam"] },
  { heard: [["midas", "midaz", "mitas"], ["olam", "alam", "lam", "olan"]], becomes: ["midazolam"] },
  { cue: ON_DRUG_CUE, heard: [["more", "mor"], ["fine", "feen", "fean"]], becomes: ["morphine"] },
  { cue: ON_DRUG_CUE, heard: [["in"], ["sullivan", "sulin", "sullen", "selling", "sulen", "sullin", "sulling", "solin"]], becomes: ["insulin"] },
  { cue: ON_DRUG_CUE, heard: [["in"], ["sue", "sew", "so"], ["lin", "lynn", "line", "lynne"]], becomes: ["insulin"] },
  { heard: [["pace", "paste"], ["maker"]], becomes: ["pacemaker"] },
  { heard: [["pace", "paste"], ["makers"]], becomes: ["pacemakers"] },
  { cue: ON_DRUG_CUE, heard: [["warfare", "warfair"], ["in", "inn", "ran", "rin", "ring"]], becomes: ["warfarin"] },
  { cue: ON_DRUG_CUE, heard: [["war", "wore"], ["fair", "far", "for", "fur"], ["in", "inn", "ran", "rin"]], becomes: ["warfarin"] },
  { heard: [["ellie", "eli", "elle", "ella", "elly", "ely"], ["quiz", "quis", "kwis", "quist", "kwiz"]], becomes: ["eliquis"] },
  { heard: [["el", "eli"], ["lie", "lee", "li"], ["quiz", "quis", "kwis", "kwiz"]], becomes: ["eliquis"] },
  { heard: [["carbon"], ["monkey", "mono", "monox", "monnox", "monokey"], ["side", "sighed", "site", "oxide", "sides"]], becomes: ["carbon", "monoxide"] },
  { heard: [["stiff", "stiffy"], ["next", "nek", "nick", "knack", "neck"]], becomes: ["stiff", "neck"] },
  { cue: LIMP_CUE, unlessNext: NOT_LIMP_AFTER, heard: [["lymph", "limb"]], becomes: ["limp"] },
  { heard: [["met"], ["forming", "formin", "foreman", "formen", "formun"]], becomes: ["metformin"] },
  { heard: [["a", "am", "uh"], ["moxie", "moxy", "moxi", "mocksy"], ["sillin", "cillin", "silly", "sillen", "cylin", "sill", "silin", "sellin"]], becomes: ["amoxicillin"] },
  { heard: [["amoxie", "amoxy", "amoxi"], ["sillin", "cillin", "silly", "sillen", "silin", "sellin"]], becomes: ["amoxicillin"] },
  { heard: [["penny", "peni", "penni", "pennie"], ["sillin", "cillin", "silly", "sillen", "silin", "sellin"]], becomes: ["penicillin"] },
  { heard: [["oxy", "oxi", "oxey"], ["co", "ko", "coe"], ["done", "doan", "doen", "dough"]], becomes: ["oxycodone"] },
  { heard: [["oxy", "oxi"], ["codone", "codon", "coden"]], becomes: ["oxycodone"] },
  { heard: [["fent", "fenta", "fend"], ["and", "an", "a", "in", "un"], ["ill", "il", "nil", "nill", "null", "knoll"]], becomes: ["fentanyl"] },
  { heard: [["fenta", "fent"], ["nil", "nill", "null", "nyl"]], becomes: ["fentanyl"] },
  { heard: [["dig", "didge"], ["oxen", "oxin", "ox", "oxon", "oxyn"]], becomes: ["digoxin"] },
  { heard: [["night", "nite", "nitro"], ["row", "roe", "rho", "ro"], ["glisten", "glycerin", "glycerine", "glistening", "gliserin"]], becomes: ["nitroglycerin"] },
  { heard: [["nitro"], ["glisten", "glistening", "gliserin"]], becomes: ["nitroglycerin"] },
  { cue: DOSE_CUE, heard: [["tile", "tie", "tyle"], ["and", "an", "in"], ["all", "ol", "ole", "al"]], becomes: ["tylenol"] },
  { heard: [["flem", "flemm", "phlem", "phelm"]], becomes: ["phlegm"] },
  { cue: PALE_CUE, heard: [["pail"]], becomes: ["pale"] },
  { cue: new Set(["a", "another", "have", "has", "had", "got", "the", "of"]), heard: [["you", "u"], ["tea", "tee"], ["eye", "i"]], becomes: ["uti"] }
];

// the entries each heard first word can start (most tokens start none: one map lookup each)
const DICTATED_BY_FIRST = new Map<string, (typeof DICTATED)[number][]>();
for (const e of DICTATED) for (const w of e.heard[0]!) DICTATED_BY_FIRST.set(w, [...(DICTATED_BY_FIRST.get(w) ?? []), e]);

/** A dictated red-flag word at `raw[i]`: what it becomes and how many raw tokens it takes, or undefined. */
function readDictated(raw: RawToken[], i: number): { becomes: readonly string[]; n: number } | undefined {
  const entries = DICTATED_BY_FIRST.get(raw[i]!.text);
  if (!entries) return undefined;
  for (const e of entries) {
    if (!e.heard.every((alts, k) => { const t = raw[i + k]; return t !== undefined && !t.boundary && alts.includes(t.text); })) continue;
    if (e.cue && !(i > 0 && e.cue.has(raw[i - 1]!.text))) continue;
    if (e.unlessNext && e.unlessNext.has(raw[i + e.heard.length]?.text ?? "")) continue;
    return { becomes: e.becomes, n: e.heard.length };
  }
  return undefined;
}

// Numbers said aloud and written out by dictation: "thirty eight point five" is 38.5, "forty one"
// is 41, "two point one" is 2.1, and a blood pressure "one sixty five over one ten" is 165/110 (as
// is a typed "165 over 110"), so readings meet the same thresholds as typed digits. A lone number
// word stays a word (only before a unit does it become digits, below): "one side", "at one point".
const UNIT_WORDS = new Map(Object.entries({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 }));
const TEEN_WORDS = new Map(Object.entries({ ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 }));
const TENS_WORDS = new Map(Object.entries({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }));
const DECIMAL_WORDS = new Map(Object.entries({ zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 }));
const NOT_BEFORE_POINT = new Set(["at", "some", "that", "this", "the", "one", "any", "which", "what"]);

type Spoken = { value: number; n: number; compound: boolean };
const wordAt = (raw: RawToken[], i: number): string | undefined => (raw[i] === undefined || raw[i]!.boundary ? undefined : raw[i]!.text);

/** A number of one or two words ("thirty", "thirty eight", "twelve", "7"); compound when two words. */
function spokenCore(raw: RawToken[], i: number): Spoken | undefined {
  const w = wordAt(raw, i);
  if (w === undefined) return undefined;
  if (/^\d{1,3}$/.test(w)) return { value: Number(w), n: 1, compound: false };
  const tens = TENS_WORDS.get(w);
  if (tens !== undefined) {
    const unit = UNIT_WORDS.get(wordAt(raw, i + 1) ?? "");
    return unit !== undefined ? { value: tens + unit, n: 2, compound: true } : { value: tens, n: 1, compound: false };
  }
  const v = TEEN_WORDS.get(w) ?? UNIT_WORDS.get(w);
  return v !== undefined ? { value: v, n: 1, compound: false } : undefined;
}

/** "one sixty five", "one ten", "two oh five": a three-digit number said as hundreds (blood pressure only). */
function spokenHundreds(raw: RawToken[], i: number): Spoken | undefined {
  const hundreds = UNIT_WORDS.get(wordAt(raw, i) ?? "");
  if (hundreds === undefined || hundreds > 2) return undefined;
  const next = wordAt(raw, i + 1);
  if (next === "oh" || next === "o") {
    const unit = UNIT_WORDS.get(wordAt(raw, i + 2) ?? "");
    return unit !== undefined ? { value: hundreds * 100 + unit, n: 3, compound: true } : undefined;
  }
  if (next === undefined || /^\d/.test(next)) return undefined;
  const rest = spokenCore(raw, i + 1);
  return rest && rest.value >= 10 ? { value: hundreds * 100 + rest.value, n: rest.n + 1, compound: true } : undefined;
}

/** A spoken reading at `raw[i]` as digits with how many raw tokens it takes, or undefined. */
function readSpokenNumber(raw: RawToken[], i: number): { text: string; n: number } | undefined {
  const first = wordAt(raw, i);
  if (first === undefined || !(/^\d{1,3}$/.test(first) || UNIT_WORDS.has(first) || TEEN_WORDS.has(first) || TENS_WORDS.has(first))) return undefined;
  // blood pressure: "one sixty five over one ten", "165 over 110"
  const sys = spokenHundreds(raw, i) ?? spokenCore(raw, i);
  if (sys && wordAt(raw, i + sys.n) === "over" && sys.value >= 70 && sys.value <= 300) {
    const dia = spokenHundreds(raw, i + sys.n + 1) ?? spokenCore(raw, i + sys.n + 1);
    if (dia && dia.value >= 30 && dia.value <= 200 && dia.value < sys.value) return { text: `${sys.value}/${dia.value}`, n: sys.n + 1 + dia.n };
  }
  const core = spokenCore(raw, i);
  if (!core) return undefined;
  // decimals: "thirty eight point five", "two point one" (not "at one point", nor a typed number)
  if (wordAt(raw, i + core.n) === "point" && !/^\d/.test(first) && !NOT_BEFORE_POINT.has(wordAt(raw, i - 1) ?? "")) {
    let digits = "";
    let k = i + core.n + 1;
    while (digits.length < 2) {
      const d = DECIMAL_WORDS.get(wordAt(raw, k) ?? "");
      if (d === undefined) break;
      digits += String(d);
      k++;
    }
    if (digits.length > 0) return { text: `${core.value}.${digits}`, n: k - i };
  }
  if (core.compound) return { text: String(core.value), n: core.n };
  // a lone number word read off a meter or thermometer ("sugar reading like eighteen to twenty"):
  // a reading word a few words before, only link words between, or a range after such a number
  if (/^\d/.test(first)) return undefined;
  const range = wordAt(raw, i - 1);
  const read = afterReadingWord(raw, i) || ((range === "to" || range === "or") && isNumberWord(wordAt(raw, i - 2)) && afterReadingWord(raw, i - 2));
  return read ? { text: String(core.value), n: 1 } : undefined;
}
const isNumberWord = (w: string | undefined): boolean => w !== undefined && (UNIT_WORDS.has(w) || TEEN_WORDS.has(w) || TENS_WORDS.has(w));
/** A reading word ("sugar", "temp", "pulse") up to five words before `raw[i]`, only link words between. */
function afterReadingWord(raw: RawToken[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const w = wordAt(raw, k);
    if (w === undefined) return false;
    if (READING_WORDS.has(w)) return true;
    if (!READING_LINK.has(w)) return false;
  }
  return false;
}
const READING_WORDS = new Set(["sugar", "sugars", "glucose", "meter", "bg", "bm", "temp", "temperature", "thermometer", "pulse", "sats", "oxygen", "saturation", "ketones"]);
const READING_LINK = new Set(["is", "was", "of", "at", "like", "about", "around", "reading", "reads", "read", "says", "said", "been", "has", "have", "had", "showed", "shows", "showing", "hit", "up", "down", "just", "only", "now", "still", "the", "a", "level", "levels", "over", "under", "its", "it"]);

/** Sound-alike words of dictated messages read as the emergency words they stand for (in place). */
// Entries by the words their first sound can be heard as, in list order (the first that fits wins): a word
// looks up its few candidates instead of testing every entry (the entries grow; messages are long).
let soundAlikesByFirst: Map<string, number[]> | undefined;
function soundAlikeCandidates(lower: string): number[] | undefined {
  if (!soundAlikesByFirst) {
    soundAlikesByFirst = new Map();
    SOUND_ALIKES.forEach((e, k) => {
      // (an entry with no heard words would fit every word: none is written so, and none may be)
      if (e.heard.length === 0) throw new Error("SOUND_ALIKES: an entry needs heard words");
      for (const w of new Set(e.heard[0])) {
        const list = soundAlikesByFirst!.get(w);
        if (list) list.push(k);
        else soundAlikesByFirst!.set(w, [k]);
      }
    });
  }
  return soundAlikesByFirst.get(lower);
}

function readSoundAlikes(words: string[], starts: number[], ends: number[]): void {
  let changed = false;
  const outW: string[] = [];
  const outS: number[] = [];
  const outE: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = soundAlikeCandidates(words[i]!.toLowerCase());
    let entry: (typeof SOUND_ALIKES)[number] | undefined;
    for (let c = 0; candidates !== undefined && c < candidates.length && !entry; c++) {
      const e = SOUND_ALIKES[candidates[c]!]!;
      if (e.heard.every((alts, k) => alts.includes((words[i + k] ?? "").toLowerCase())) && (!e.cue || (i > 0 && e.cue.has(words[i - 1]!.toLowerCase())))) entry = e;
    }
    if (!entry) {
      outW.push(words[i]!);
      outS.push(starts[i]!);
      outE.push(ends[i]!);
      continue;
    }
    const consumed = entry.heard.length;
    for (const b of entry.becomes) {
      outW.push(b);
      outS.push(starts[i]!);
      outE.push(ends[i + consumed - 1]!);
    }
    i += consumed - 1;
    changed = true;
  }
  if (!changed) return;
  words.splice(0, words.length, ...outW);
  starts.splice(0, starts.length, ...outS);
  ends.splice(0, ends.length, ...outE);
}

export class Canonicalizer {
  private readonly vocab: Set<string>;
  /** delete-one-character variant -> vocabulary words (SymSpell, edit distance 1). */
  private readonly deleteIndex = new Map<string, string[]>();

  constructor(vocabulary: Iterable<string>) {
    this.vocab = new Set();
    for (const word of vocabulary) if (LETTERS.test(word)) this.vocab.add(word);
    for (const word of this.vocab) {
      if (word.length < 4) continue;
      for (const d of deletes(word)) {
        const list = this.deleteIndex.get(d);
        if (list) {
          if (!list.includes(word)) list.push(word);
        } else this.deleteIndex.set(d, [word]);
      }
    }
  }

  /** Correct a token to one vocabulary word within one edit, or undefined. */
  correct(word: string): string | undefined {
    // Length cap keeps the work per token constant (the whole pass stays linear).
    if (word.length < 3 || word.length > MAX_FIX_LENGTH || !LETTERS.test(word) || looksKnown(word, this.vocab)) return undefined;
    // three letters: only a dropped letter ("kil" -> "kill", "lif" -> "life"), never a substitution
    if (word.length === 3) return this.deleteIndex.get(word)?.find((w) => w.length === 4 && w[0] === word[0]);
    const candidates = new Map<string, number>();
    const add = (list: string[] | undefined, score: number) => {
      for (const w of list ?? []) candidates.set(w, Math.max(candidates.get(w) ?? 0, score));
    };
    // Typists drop letters more often than they add them: a missing letter ranks first,
    // then a swapped or wrong letter, then an extra letter.
    for (const d of deletes(word)) {
      if (this.vocab.has(d) && d.length >= 4) candidates.set(d, Math.max(candidates.get(d) ?? 0, 1)); // one extra character
      add(this.deleteIndex.get(d), 2); // substitution or transposition
    }
    add(this.deleteIndex.get(word), 3); // word misses one character
    let best: string | undefined;
    let bestScore = 0;
    for (const [w, s] of candidates) {
      if (osaDistance(word, w) > 1) continue;
      // a typo rarely hits the first letter, except swapping the first two
      if (w[0] !== word[0] && !(w[0] === word[1] && w[1] === word[0])) continue;
      // the first letter is rarely the typo
      const sc = s + (w[0] === word[0] ? 10 : 0);
      if (sc > bestScore || (sc === bestScore && best !== undefined && w.length > best.length)) {
        best = w;
        bestScore = sc;
      }
    }
    return best;
  }

  /** Split a run-together token into two or three vocabulary/English words, or undefined. */
  split(word: string, depth = 0): string[] | undefined {
    if (word.length < 4 || word.length > MAX_FIX_LENGTH || !LETTERS.test(word) || looksKnown(word, this.vocab)) return undefined;
    let best: string[] | undefined;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let i = 1; i <= word.length - 1; i++) {
      const left = word.slice(0, i);
      const right = word.slice(i);
      if (!isPart(left, this.vocab)) continue;
      let parts: string[] | undefined;
      if (isPart(right, this.vocab)) parts = [left, right];
      else if (depth === 0) {
        const rest = this.split(right, 1);
        if (rest) parts = [left, ...rest];
      }
      if (!parts) continue;
      const vocabHits = parts.filter((p) => this.vocab.has(p) && p.length >= 3).length;
      // two plain English words are accepted only for short tokens ("hasno", "endmy")
      // (and not for what looks like an inflected word the lexicon lacks: "refilled", "stitches")
      if (vocabHits === 0 && (word.length > 12 || parts.length > 2 || /(?:ed|ing|es|er|ly|s)$/.test(word))) continue;
      // "construct|or", "re|filled": a short piece that is really a prefix or suffix is not a word
      if (vocabHits === 0 && (SUFFIX_LIKE.has(parts[parts.length - 1]!) || PREFIX_LIKE.has(parts[0]!))) continue;
      // prefer splits whose rule words cover more (one long word beats two short ones:
      // "im|overdosing", not "i|mover|dosing"), then fewer, longer parts
      const covered = parts.reduce((sum, p) => sum + (this.vocab.has(p) && p.length >= 3 ? p.length * p.length : 0), 0);
      const score = covered * 10 - parts.length * 10 + Math.min(left.length, right.length);
      if (score > bestScore) {
        best = parts;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * A long run-together message ("mydadjustfelloverholdinghischest") cut into the cheapest
   * sequence of words: rule words and common words cost little, rarer words more, and every
   * piece must be a word. Dynamic programming over the letters, so time is linear in the length
   * (times the longest word). Undefined when no such cut exists.
   */
  segment(word: string): string[] | undefined {
    if (word.length > SEGMENT_MAX || !LETTERS.test(word)) return undefined;
    const n = word.length;
    const cost = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
    const from = new Int32Array(n + 1).fill(-1);
    cost[0] = 0;
    for (let i = 1; i <= n; i++) {
      for (let j = Math.max(0, i - SEGMENT_LONGEST); j < i; j++) {
        if (cost[j] === Number.POSITIVE_INFINITY) continue;
        const c = cost[j]! + this.pieceCost(word.slice(j, i));
        if (c < cost[i]!) {
          cost[i] = c;
          from[i] = j;
        }
      }
    }
    if (cost[n] === Number.POSITIVE_INFINITY) return undefined;
    const parts: string[] = [];
    for (let i = n; i > 0; i = from[i]!) parts.unshift(word.slice(from[i]!, i));
    return parts.length >= 3 ? parts : undefined;
  }

  private pieceCost(piece: string): number {
    if (piece.length === 1) return piece === "i" || piece === "a" ? 3 : Number.POSITIVE_INFINITY;
    if (SPLIT_SHORT.has(piece) || CONTRACTIONS.has(piece)) return 1.5;
    if (piece.length >= 3 && this.vocab.has(piece)) return 1;
    const level = englishWordLevel(piece);
    if (level !== undefined && level <= 50 && piece.length >= 3) return 1 + level / 20;
    return Number.POSITIVE_INFINITY;
  }

  /** "pexo" -> "pecho": Spanish chat spelling of "ch", only into a rule word that is not English and only for unknown words. */
  private readChatX(word: string): string | undefined {
    if (word.length < 3 || word.length > MAX_FIX_LENGTH || !LETTERS.test(word) || looksKnown(word, this.vocab)) return undefined;
    const ch = word.replace(CHAT_X, "ch");
    return this.vocab.has(ch) && englishWordLevel(ch) === undefined ? ch : undefined;
  }

  private fixSpanish(word: string): string | string[] {
    const fixed = this.fixWord(word);
    // a split must find a Spanish word ("pilade" -> "pila de", not "gelatina" -> "gelatin a");
    // a correction must not land on English
    if (typeof fixed !== "string") return fixed.some((p) => p.length >= 3 && englishWordLevel(p) === undefined) ? fixed : word;
    if (fixed === word) return fixed;
    return englishWordLevel(fixed) === undefined ? fixed : word;
  }

  /** Words seen before and what they became; words repeat, so most lookups end here. */
  private readonly memo = new Map<string, string | string[]>();

  private fixWord(word: string): string | string[] {
    const known = this.memo.get(word);
    if (known !== undefined) return known;
    let out: string | string[] = word === "cannot" ? "cant" : word;
    if (word.length >= 3 && LETTERS.test(word) && !looksKnown(word, this.vocab) && !SPANISH_KEEP.has(word)) {
      let fixed: string | string[] | undefined = this.correct(word);
      // a clean split of short words and rule words beats a wrong or extra letter
      // ("endmy" is "end my", not "enemy"; "answerus" is "answer us"), not a missing one
      if (fixed !== undefined && fixed.length <= word.length && !isTransposition(word, fixed)) {
        const parts = this.split(word);
        if (parts?.length === 2 && parts.some((p) => PRONOUN_PART.has(p)) && parts.every((p) => PRONOUN_PART.has(p) || (p.length >= 3 && this.vocab.has(p)))) fixed = parts;
      }
      if (fixed) out = fixed;
      else out = this.split(word) ?? (word.length >= SEGMENT_MIN ? this.segment(word) : undefined) ?? word;
    }
    // bounded: a flood of unique junk words cannot grow memory without limit
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(word, out);
    return out;
  }

  /**
   * Leetspeak ("k1ll", "p1llz", "h0w m4ny") read as letters, same length so offsets hold. Only a
   * token with a digit between letters, and only when the letters make a word: "a1c", "b12", "q4h" stay.
   */
  private unleet(original: string, counted?: { n: number }): string {
    if (!LEET_GATE.test(original)) return original;
    // Only a token (a run of 3 to 28 ASCII letters and digits) with a gate match inside can change:
    // the runs around the gate's matches are read, not every token of the text.
    let out = "";
    let at = 0;
    let m: RegExpExecArray | null;
    LEET_GATE_ALL.lastIndex = 0;
    while ((m = LEET_GATE_ALL.exec(original)) !== null) {
      let start = m.index;
      while (start > 0 && isAsciiWordCode(original.charCodeAt(start - 1))) start--;
      let end = m.index + m[0].length;
      while (end < original.length && isAsciiWordCode(original.charCodeAt(end))) end++;
      LEET_GATE_ALL.lastIndex = end;
      if (end - start < 3 || end - start > 28) continue;
      const tok = original.slice(start, end);
      const mapped = this.unleetToken(tok);
      if (mapped === tok) continue;
      if (counted) counted.n++;
      out += original.slice(at, start) + mapped;
      at = end;
    }
    return at === 0 ? original : out + original.slice(at);
  }

  /** One token read as letters when it is leetspeak for a word, else the token itself. */
  private unleetToken(tok: string): string {
    // a digit between letters ("k1ll"), or a leading zero ("0xy"; "7wo" is an age), never a time, unit or ordinal ("8am", "5mg", "3rd")
    if (!LEET_WORD.test(tok) || LEET_KEEP.has(tok.toLowerCase()) || LEET_UNIT.test(tok)) return tok;
    const mapped = tok.toLowerCase().replace(LEET_DIGIT, (d) => LEET[d] ?? d);
    if (!LETTERS.test(mapped)) return tok;
    const word = this.vocab.has(mapped) || englishWordLevel(mapped) !== undefined || (mapped.length >= 4 && this.correct(mapped) !== undefined);
    return word ? mapped : tok;
  }

  canonicalize(input: string): Canonical {
    const leet = { n: 0 };
    const original = this.unleet(input, leet);
    const readings: string[] = [];
    const raw = this.joinBrokenWords(this.joinSpelledOut(tokenize(original), readings), original, readings);
    if (leet.n >= 2) readings.push("leetspeak");
    this.addHiddenReadings(original, raw, readings);
    const words: string[] = [];
    const origStarts: number[] = [];
    const origEnds: number[] = [];
    const push = (w: string, s: number, e: number) => {
      words.push(w);
      origStarts.push(s);
      origEnds.push(e);
    };
    // triage-av: French or Portuguese is kept as written (the corrector knows no word of either and
    // turned "respirer" into "respirar", "peito" into "pei to"); Portuguese is checked first, as it
    // shares many markers with Spanish
    const asWritten = looksFrenchOrPortuguese(raw);
    const spanish = !asWritten && looksSpanish(raw);
    for (let i = 0; i < raw.length; i++) {
      const tok = raw[i]!;
      const w = tok.text;
      if (asWritten) {
        push(w, tok.start, tok.end);
        continue;
      }
      if (!spanish && !tok.boundary) {
        const spoken = readSpokenNumber(raw, i);
        if (spoken) {
          push(spoken.text, tok.start, raw[i + spoken.n - 1]!.end);
          i += spoken.n - 1;
          continue;
        }
        const dictated = readDictated(raw, i);
        if (dictated) {
          for (const b of dictated.becomes) push(b, tok.start, raw[i + dictated.n - 1]!.end);
          i += dictated.n - 1;
          continue;
        }
      }
      const num = NUMBER_WORDS.get(w);
      if (num !== undefined) {
        const next = raw[i + 1]?.text;
        // only before a unit: "three months", "two pills"; "one side" stays words
        if (next !== undefined && TIME_UNITS.has(next)) {
          push(num, tok.start, tok.end);
          continue;
        }
      }
      // In a Spanish message a typo is corrected only into a rule word that is not English:
      // "respriar" -> "respirar", but "sudar" must not become "sugar".
      const chat = w.includes("x") && !tok.boundary ? this.readChatX(w) : undefined;
      if (chat !== undefined) {
        push(chat, tok.start, tok.end);
        continue;
      }
      const fixed = spanish ? this.fixSpanish(w) : this.fixWord(w);
      if (typeof fixed === "string") push(fixed, tok.start, tok.end);
      else for (const p of fixed) push(p, tok.start, tok.end);
    }
    readSoundAlikes(words, origStarts, origEnds);
    const tokenStarts: number[] = [];
    let offset = 0;
    for (const w of words) {
      tokenStarts.push(offset);
      offset += w.length + 1;
    }
    const text = words.join(" ");
    const toOriginal = (start: number, end: number) => {
      const first = tokenIndexAt(tokenStarts, start);
      const last = tokenIndexAt(tokenStarts, Math.max(start, end - 1));
      const from = origStarts[first] ?? 0;
      const to = origEnds[last] ?? original.length;
      if (from <= to) return { start: from, end: to };
      // a reversed reading runs backwards through the original: the span covers all its tokens
      let lo = from;
      let hi = to;
      for (let k = first; k <= last; k++) {
        lo = Math.min(lo, origStarts[k]!);
        hi = Math.max(hi, origEnds[k]!);
      }
      return { start: lo, end: hi };
    };
    return { text, tokenStarts, origStarts, origEnds, toOriginal, words, positions: positionsOf(words), ...(readings.length > 0 ? { readings } : {}) };
  }

  /**
   * Words spelled out letter by letter ("l e t h a l   d o s e", "h-o-w  t-o", "k.i.l.l"): a run of
   * four or more one-letter tokens is read as words, cut where the gap between two letters is wider
   * than the narrowest gap of the run (with even gaps, cut by `split` / `segment`). The run stays as
   * it is unless every piece is a word and one of them is a rule word, so "vitamins A, D, E, K" and
   * "options a b c d" are untouched. Linear: each token is looked at once, each run joined once.
   */
  private joinSpelledOut(raw: RawToken[], readings: string[]): RawToken[] {
    let out: RawToken[] | undefined;
    const letter = (t: RawToken | undefined): boolean => t !== undefined && t.text.length === 1 && t.text >= "a" && t.text <= "z";
    let i = 0;
    while (i < raw.length) {
      if (!letter(raw[i])) {
        out?.push(raw[i]!);
        i++;
        continue;
      }
      // the run: one-letter tokens at most 4 characters apart, "." sentence marks between them skipped ("k.i.l.l")
      const run: RawToken[] = [raw[i]!];
      let j = i + 1;
      while (j < raw.length) {
        const prev = run[run.length - 1]!;
        const next = raw[j]!.boundary && letter(raw[j + 1]) ? raw[j + 1]! : raw[j]!;
        if (!letter(next) || next.start - prev.end > 4) break;
        run.push(next);
        j = next === raw[j] ? j + 1 : j + 2;
      }
      const words = run.length >= 4 ? this.readLetters(run) : undefined;
      if (words) {
        out ??= raw.slice(0, i);
        out.push(...words);
        if (!readings.includes("spelled-out")) readings.push("spelled-out");
      } else if (out) for (let k = i; k < j; k++) out.push(raw[k]!);
      i = j;
    }
    return out ?? raw;
  }

  /**
   * A rule word broken by punctuation inside it ("le-thal", "over.d.ose", "fent_anyl"): pieces joined by
   * one "-", ".", "_" or "*" are read as one word when together they make a rule word of four letters or
   * more and not every piece is a word already ("self-harm" and "x-ray" stay as they are).
   */
  private joinBrokenWords(raw: RawToken[], original: string, readings: string[]): RawToken[] {
    let out: RawToken[] | undefined;
    const wordish = (w: string): boolean => this.vocab.has(w) || (englishWordLevel(w) ?? 99) <= 60;
    let i = 0;
    while (i < raw.length) {
      let j = i + 1;
      const pieces: RawToken[] = [raw[i]!];
      if (!raw[i]!.boundary && LETTERS.test(raw[i]!.text)) {
        while (j < raw.length && pieces.length < 6) {
          const prev = pieces[pieces.length - 1]!;
          // a "." inside a word is read as a sentence mark: step over it when letters touch it on both sides
          const dot = raw[j]!.boundary && original[raw[j]!.start] === "." && raw[j]!.start === prev.end && raw[j + 1] !== undefined && raw[j + 1]!.start === prev.end + 1;
          const next = dot ? raw[j + 1]! : raw[j]!;
          if (next.boundary || !LETTERS.test(next.text) || next.start - prev.end !== 1 || !BREAK_MARK.has(original[prev.end]!)) break;
          pieces.push(next);
          j += dot ? 2 : 1;
        }
      }
      if (pieces.length >= 2) {
        const joined = pieces.map((t) => t.text).join("");
        if (joined.length >= 4 && joined.length <= MAX_FIX_LENGTH && this.vocab.has(joined) && !pieces.every((t) => wordish(t.text))) {
          out ??= raw.slice(0, i);
          out.push({ text: joined, start: pieces[0]!.start, end: pieces[pieces.length - 1]!.end });
          if (!readings.includes("broken-words")) readings.push("broken-words");
          i = j;
          continue;
        }
      }
      if (out) for (let k = i; k < j; k++) out.push(raw[k]!);
      i = j;
    }
    return out ?? raw;
  }

  /** The words a run of single letters spells, or undefined when it does not spell rule words. */
  private readLetters(run: RawToken[]): RawToken[] | undefined {
    let narrow = Number.POSITIVE_INFINITY;
    for (let k = 1; k < run.length; k++) narrow = Math.min(narrow, run[k]!.start - run[k - 1]!.end);
    const groups: RawToken[][] = [[run[0]!]];
    for (let k = 1; k < run.length; k++) {
      if (run[k]!.start - run[k - 1]!.end > narrow) groups.push([]);
      groups[groups.length - 1]!.push(run[k]!);
    }
    const out: RawToken[] = [];
    let ruleWord = false;
    for (const g of groups) {
      const joined = g.map((t) => t.text).join("");
      const start = g[0]!.start;
      const end = g[g.length - 1]!.end;
      let parts: string[] | undefined;
      if (joined.length === 1) parts = joined === "a" || joined === "i" || joined === "y" || joined === "o" ? [joined] : undefined;
      else if (this.vocab.has(joined) || (englishWordLevel(joined) ?? 99) <= 60) parts = [joined];
      else {
        const fixed = this.correct(joined);
        parts = fixed ? [fixed] : (this.split(joined) ?? (joined.length >= SEGMENT_MIN ? this.segment(joined) : undefined) ?? (groups.length === 1 ? this.segment(joined) : undefined));
      }
      if (!parts) return undefined;
      for (const p of parts) {
        if (p.length >= 4 && this.vocab.has(p)) ruleWord = true;
        out.push({ text: p, start, end });
      }
    }
    return ruleWord ? out : undefined;
  }

  /**
   * Text hidden by an encoding the message may carry: base64 runs that decode to words, the whole
   * message under rot13 when it names rot13, and the whole message reversed when at least three of
   * its words (and four in ten of its longer words) are words only backwards. Each reading is added
   * as one more sentence, its tokens mapped to the characters they came from.
   */
  private addHiddenReadings(original: string, raw: RawToken[], readings: string[]): void {
    const add = (text: string, span: (start: number, end: number) => { start: number; end: number }, name: string) => {
      const tokens = tokenize(text);
      if (tokens.length === 0) return;
      if (raw.length > 0 && !raw[raw.length - 1]!.boundary) raw.push({ text: "|", start: original.length, end: original.length, boundary: true });
      for (const t of tokens) raw.push({ ...t, ...span(t.start, t.end) });
      if (!readings.includes(name)) readings.push(name);
    };
    // reversed: words that are no word forwards and a word backwards (counted before anything is added)
    let longer = 0;
    let backwards = 0;
    for (const t of raw) {
      if (t.boundary || t.text.length < 3 || !LETTERS.test(t.text)) continue;
      longer++;
      if (this.vocab.has(t.text) || englishWordLevel(t.text) !== undefined) continue;
      const back = [...t.text].reverse().join("");
      if (this.vocab.has(back) || (englishWordLevel(back) ?? 99) <= 50) backwards++;
    }
    const reversed = backwards >= 3 && backwards * 10 >= longer * 4;
    // pig latin: words that are no word as written and a word once the "ay" is dropped and the moved
    // onset put back ("urthay" -> "hurt", "ithoutway" -> "without"); read when they are as many as for reversed text
    const isWord = (w: string): boolean => this.vocab.has(w) || (englishWordLevel(w) ?? 99) <= 50;
    let pig = 0;
    const pigWord = (w: string): string | undefined => {
      if (w.length < 4 || !w.endsWith("ay") || !LETTERS.test(w) || this.vocab.has(w) || englishWordLevel(w) !== undefined) return undefined;
      const stem = w.slice(0, -2);
      for (let k = 1; k <= 3 && k < stem.length; k++) {
        const onset = stem.slice(-k);
        if (!PIG_ONSET.test(onset)) break;
        const word = onset + stem.slice(0, -k);
        if (isWord(word)) return word;
      }
      if (/(?:w|y|h)ay$/.test(w) && w.length >= 5 && isWord(w.slice(0, -3))) return w.slice(0, -3);
      return undefined;
    };
    for (const t of raw) if (!t.boundary && pigWord(t.text) !== undefined) pig++;
    const pigLatin = pig >= 3 && pig * 10 >= longer * 4;
    // base64: a run of 16+ characters with both cases and a digit or +/= (as the raw injection pattern), decoding to words
    let decoded = 0;
    for (const m of original.matchAll(BASE64_RUN)) {
      if (decoded >= 4 || m[0].length > 4096) break;
      const text = decodeBase64Text(m[0]);
      if (text === undefined) continue;
      decoded++;
      const at = m.index;
      add(text, () => ({ start: at, end: at + m[0].length }), "base64");
    }
    if (ROT13_NAMED.test(original)) add(original.replace(/[a-z]/gi, rot13), (s, e) => ({ start: s, end: e }), "rot13");
    if (pigLatin) add(original.replace(/[a-z]+/gi, (w) => pigWord(w.toLowerCase()) ?? w), () => ({ start: 0, end: original.length }), "pig-latin");
    if (reversed) {
      const n = original.length;
      add([...original].reverse().join(""), (s, e) => ({ start: n - e, end: n - s }), "reversed");
    }
  }
}

const BREAK_MARK = new Set(["-", ".", "_", "*"]);
const BASE64_RUN = /(?<![A-Za-z0-9+/=])(?=[A-Za-z0-9+/]{0,200}[A-Z])(?=[A-Za-z0-9+/]{0,200}[a-z])(?=[A-Za-z0-9+/]{0,200}[0-9+/=])[A-Za-z0-9+/]{16,}={0,2}/g;
const PIG_ONSET = /^[bcdfghjklmnpqrstvwxyz]+$/;
const ROT13_NAMED = /\brot[\s-]?13\b/i;
const rot13 = (c: string): string => {
  const base = c <= "Z" ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
};

/** Base64 that decodes to plain text with words (letters, spaces and punctuation only), or undefined. */
function decodeBase64Text(run: string): string | undefined {
  if (run.replace(/=+$/, "").length % 4 === 1) return undefined;
  let text: string;
  try {
    text = atob(run.padEnd(run.length + ((4 - (run.length % 4)) % 4), "="));
  } catch {
    return undefined;
  }
  if (!/^[\x20-\x7e\n\r\t]+$/.test(text) || !/[a-z]{2,} [a-z]{2,}/i.test(text)) return undefined;
  return text;
}

// (made once: a regex literal in the replace callback is a new object for every token)
const LEET_GATE = /[a-z][0134578]+[a-z]|(?<![a-z0-9])0[a-z]{2}/i;
// every match of the gate, to find the tokens around them
const LEET_GATE_ALL = new RegExp(LEET_GATE.source, "gi");
/** A character of a leetspeak token: ASCII letter or digit. */
const isAsciiWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const LEET_WORD = /[a-z][0134578]+[a-z]|^0[a-z]{2,}$/i;
const LEET_UNIT = /^\d+(?:am|pm|mg|ml|mcg|kg|lb|lbs|st|nd|rd|th|hr|hrs|min|mins|yo|mo|mos|wk|wks|yr|yrs|cm|mm|ft|iu)$/i;
const LEET_DIGIT = /[0134578]/g;
const LETTERS = /^[a-z]+$/;
const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b" };
// lab and unit tokens with a digit between letters that are not leetspeak
const LEET_KEEP = new Set(["a1c", "hba1c", "h1n1", "h5n1", "t1d", "t2d", "g6pd", "b12", "b6", "d3", "k2", "p450", "cyp3a4", "cyp2d6", "il6", "e2", "c4d", "h3n2"]);

// Common Spanish words one edit from a rule word or splittable into two: they stay themselves ("pero" is not "paro", "nunca" not "nuca", "contar" not "cortar", "cada" not
// "caida", "rato" not "roto", "gramos" not "grados", "recetaron" not "recetar on").
const SPANISH_KEEP = new Set([
  "pero", "nunca", "cuando", "porque", "menos", "cada", "caso", "cuyo", "rato", "esto", "suyo", "haber", "quedar", "volver", "todavia",
  "contar", "hombre", "hombres", "caja", "cajas", "caca", "pesa", "pesan", "traga", "gramos", "granos", "junto", "juntos", "juntas",
  "cansada", "cansado", "recetaron", "recetado", "recetada", "tomaron", "tuve", "hice", "hizo", "dijo", "paso", "habia", "toca", "malo", "cai",
  // triage-ab: Spanish words the splitter or corrector used to break ("destellos" is not "des tel los", "carta" not "cara")
  "destellos", "destello", "acabaron", "pegaron", "pregunto", "carta", "toque", "salido", "duelo", "escribio", "mesa", "distinto", "distinta",
  "frente", "muela", "toso", "orinando", "quedo", "quede", "desperto", "hondo",
  // triage-an: everyday Spanish words the corrector turned into other rule words, changing the meaning ("por fuera" is not
  // "por fuerza", "muevo" not "muero", "me queme" not "me que me", "boda" not "boca", "cuento" not "cuanto", "mismo" not "mis mo",
  // "partio" not "parto")
  "fuera", "muevo", "queme", "boda", "bola", "madera", "viga", "sera", "cuida", "mismo", "misma", "hacemos",
  "estos", "pronto", "senor", "senora", "bandeja", "helado", "helada", "cuento", "partio", "parti"
]);

// Spanish chat spelling writes "ch" as "x" ("pexo" for "pecho", "muxo" for "mucho", "noxe" for "noche"): an unknown word
// with an "x" is read with "ch" when that gives a Spanish rule word (never an English word).
const CHAT_X = /x/g;

// Spanish function words that are not English words.
const SPANISH_MARKERS = new Set(["el", "la", "los", "las", "que", "y", "de", "del", "mi", "mis", "esta", "estan", "con", "por", "para", "una", "muy", "pero", "se", "le", "lo", "su", "sus", "tiene", "es", "como", "cuando", "porque", "hace", "mucho", "tengo", "puede", "ya", "nada", "desde", "hasta"]);

// French and Portuguese function and everyday words that are neither English nor Spanish words (triage-av).
const FRENCH_PORTUGUESE_MARKERS = new Set([
  "je", "jai", "une", "dans", "avec", "il", "elle", "est", "sont", "tres", "beaucoup", "depuis", "mais", "pour", "qui", "nous", "vous",
  "ils", "elles", "cette", "suis", "au", "aux", "ne", "pere", "mere", "fille", "fils", "nao", "minha", "meu", "voce", "ele", "ela",
  "muito", "muita", "estou", "uma", "com", "dor", "tambem", "isso", "esse", "essa", "agora", "dele", "dela", "sao", "pra", "tenho", "mae",
  "ficou", "sinto"
]);

/** A message mostly in one language: at least two distinct of its markers, and one word in `oneIn` is one. */
function looksLike(raw: { text: string }[], markers: ReadonlySet<string>, oneIn: number): boolean {
  const seen = new Set<string>();
  let count = 0;
  for (const t of raw) {
    if (!markers.has(t.text)) continue;
    seen.add(t.text);
    count++;
  }
  return seen.size >= 2 && count * oneIn >= raw.length;
}

/** A message mostly in French or Portuguese (one word in eight a marker). */
const looksFrenchOrPortuguese = (raw: { text: string }[]): boolean => looksLike(raw, FRENCH_PORTUGUESE_MARKERS, 8);

/** A message mostly in Spanish (one word in ten a marker). */
const looksSpanish = (raw: { text: string }[]): boolean => looksLike(raw, SPANISH_MARKERS, 10);

function positionsOf(words: string[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (let i = 0; i < words.length; i++) {
    const list = map.get(words[i]!);
    if (list) list.push(i);
    else map.set(words[i]!, [i]);
  }
  return map;
}

/** Optimal string alignment distance (edit distance with adjacent transpositions). */
function osaDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(v);
    }
  }
  return rows[a.length]![b.length]!;
}

function tokenIndexAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
