/**
 * An optional learned person-name step for PHI redaction: a logistic regression per word over
 * hashed features of the word and its context (the word itself, its shape, prefixes and suffixes,
 * the words around it, capitals away from a sentence start, whether the name list or the English
 * dictionary knows it, whether a title or kinship word stands before it). Trained by
 * `medslm-train name-model` on the project's development PHI sets. Words it scores at or above the
 * threshold, and that sit next to each other, become one NAME span. The pipeline adds a span only
 * where no rules hit overlaps it: the model can add names the lexicons and cues miss, never remove
 * or retype a rules hit. Rules miss names that a new writer puts in contexts no cue anticipated;
 * the model generalises from the contexts seen across writers (see the safety README for numbers).
 */
import { isGivenName, isSurname } from "./known-words.js";
import { inNameList } from "./person-names.js";
import type { PhiHit } from "./phi.js";
import { groupVocabulary } from "./rule-dsl.js";
import { TRIAGE_GROUPS } from "./triage-rules.js";
import { ALL_MORE_TRIAGE_GROUPS } from "./triage-rules-more.js";
import {
  bundledWordModel,
  createWordModel,
  featurePrefixes,
  loadWordModel,
  mergeWords,
  mix,
  wordModelTokens,
  type AddFeature,
  type ScoredWord,
  type Tok,
  type WordModelData,
  type WordModelKind,
  type WordModelToken,
  type WordModelWord,
  type WordStep
} from "./word-model.js";

/** The model file's shape (models/name-model.json). */
export type NameModelData = WordModelData;

export type NameModelWord = WordModelWord;

export interface NameModel {
  readonly threshold: number;
  readonly trainedOn: readonly string[];
  /**
   * Each word of the text that could be part of a name (not a number, and not a lower-case
   * dictionary word the name list lacks) with the probability that it is.
   */
  score(text: string): NameModelWord[];
  /** NAME spans: adjacent words at or above the threshold, merged. */
  names(text: string): PhiHit[];
}

/**
 * One word the model scores: its span, whether it continues a name started by the word before, and
 * its features. Not eligible: cue words themselves ("Hi Doctor,"), eponyms before a clinical noun
 * ("Homan's sign", "Kernig and Brudzinski signs"), lone letters that are no initial, mojibake ("Iâ€™ve").
 */
export type NameModelToken = WordModelToken;

// Words that introduce a person: titles and roles, kinship and relations, naming and greeting words.
export const TITLE_WORDS = new Set([
  "dr", "doctor", "doc", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "nurse", "dra", "sr", "sra", "srta", "rev", "pastor",
  "np", "rn", "pa", "dentist", "therapist", "counselor", "counsellor", "pharmacist", "surgeon", "midwife", "coach", "physio",
  "señor", "señora", "senor", "senora", "doctora", "enfermera", "enfermero", "imam", "rabbi", "father", "sister", "officer", "captain"
]);
export const KIN_WORDS = new Set([
  "son", "daughter", "husband", "wife", "mom", "mother", "mum", "mommy", "dad", "father", "daddy", "brother", "sister", "grandma",
  "grandmother", "grandpa", "grandfather", "granddaughter", "grandson", "friend", "partner", "boyfriend", "girlfriend", "fiance",
  "fiancee", "uncle", "aunt", "auntie", "cousin", "nephew", "niece", "baby", "child", "kid", "toddler", "patient", "pt", "neighbor",
  "neighbour", "roommate", "boss", "coworker", "colleague", "stepson", "stepdaughter", "stepmom", "stepdad", "spouse", "twin", "teen",
  "infant", "newborn", "caregiver", "carer", "client", "resident", "student", "hijo", "hija", "esposo", "esposa", "mamá", "mama", "papá",
  "papa", "abuela", "abuelo", "hermano", "hermana", "amigo", "amiga", "paciente", "nan", "nana", "granny", "gran", "boy", "girl",
  "nonna", "nonno", "oma", "opa", "lola", "lolo", "tita", "tito", "babcia", "koro", "kuia"
]);
const NAMING_WORDS = new Set([
  "named", "called", "name", "nombre", "llama", "llamo", "signed", "regards", "sincerely", "thanks", "thank", "cheers", "love",
  "dear", "hi", "hello", "hey", "from", "cc", "attn", "am", "i'm", "im", "this", "is", "with", "by", "to", "for"
]);

// A capitalised word before one of these is an eponym ("Bell's palsy", "Lachman's tests"), not a person.
const EPONYM_NOUN = new Set([
  "sign", "signs", "test", "tests", "disease", "syndrome", "palsy", "reflex", "maneuver", "manoeuvre", "sarcoma", "lymphoma",
  "criteria", "score", "scale", "classification", "law", "triad", "phenomenon", "procedure", "operation", "fracture", "ulcer",
  "murmur", "hernia", "node", "nodes", "cell", "cells", "body", "bodies", "disorder", "anomaly", "deformity", "contracture",
  "neuroma", "neuralgia", "aneurysm", "dementia", "ataxia", "chorea", "thyroiditis", "encephalopathy", "dystrophy", "tumor", "tumour",
  "position", "incision", "method", "technique", "maneuvers", "point", "line", "lines", "rule", "rules", "formula", "equation",
  "index", "stain", "agar", "classification", "staging", "stage", "grade", "respirations", "breathing", "pouch", "ring", "rings"
]);

const P = featurePrefixes(["cue1:", "cue1l:", "cue1p:", "cue2:"]);

let clinical: Set<string> | undefined;
/**
 * Lower-case words of the triage rules' clinical vocabulary that no name list holds ("syncope"),
 * and below, lower-case words with a clinical ending ("edema", "melena"): the dictionary lacks many
 * of them, so they are scored, and a hidden layer trained on lower-case names can take "peripheral
 * edema" for one. Built once, on first use.
 */
// Endings of clinical terms ("edema", "anemia", "colitis", "melena"). The broad name list holds some
// such terms ("edema", "melena"), so only the common given names and surnames ("Elena", "Lena") are kept.
const CLINICAL_ENDING = /(?:ema|emia|itis|osis|algia|ectomy|otomy|opathy|oma|uria|rrhea|rrhoea|plegia|paresis|megaly|penia|ena)$/;

function clinicalWord(w: string): boolean {
  return clinicalWords().has(w) || (w.length >= 5 && CLINICAL_ENDING.test(w) && isGivenName(w) === undefined && !isSurname(w));
}

function clinicalWords(): Set<string> {
  clinical ??= new Set(
    [...groupVocabulary(TRIAGE_GROUPS), ...groupVocabulary(ALL_MORE_TRIAGE_GROUPS)].filter((w) => w.length >= 4 && !inNameList(w))
  );
  return clinical;
}

function cueOf(lower: string | undefined): string {
  if (lower === undefined) return "";
  if (TITLE_WORDS.has(lower)) return "title";
  if (KIN_WORDS.has(lower)) return "kin";
  if (NAMING_WORDS.has(lower)) return "naming";
  return "";
}

const NAME_STEP: WordStep = {
  // the cue before the word (a title, a kinship word, a naming word), and whether the word may be a name at all
  features(_text: string, toks: readonly Tok[], i: number, add: AddFeature | undefined): boolean {
    const t = toks[i]!;
    const p1 = toks[i - 1];
    const n1 = toks[i + 1];
    const cap = t.cap;
    const f3 = (prefix: number, a: string, b: string, c: string) => add!(mix(mix(mix(prefix, a), b), c));
    const c1 = cueOf(p1?.lower);
    const c2 = cueOf(toks[i - 2]?.lower);
    if (c1) {
      f3(P["cue1:"], c1, "|", cap);
      f3(P["cue1l:"], c1, "|", t.list);
      // "my son, Jacob" / "Dr. Lee": the cue, then punctuation, then the word
      if (t.before !== "") f3(P["cue1p:"], c1, "|", t.before);
    }
    if (c2) f3(P["cue2:"], c2, "|", cap);
    const w = t.lower;
    return (
      !TITLE_WORDS.has(w) &&
      !KIN_WORDS.has(w) &&
      !NAMING_WORDS.has(w) &&
      !/[âÃ]$/.test(t.raw) &&
      // the rest of a mangled apostrophe ("Iâ€™ve" -> "ve")
      t.before !== "™" &&
      !(cap === "low" && clinicalWord(w)) &&
      (t.raw.length > 1 || (t.after === "." && cap !== "low")) &&
      !(n1?.word && EPONYM_NOUN.has(n1.lower)) &&
      !(n1 !== undefined && (n1.lower === "and" || n1.lower === "or") && toks[i + 3]?.word && EPONYM_NOUN.has(toks[i + 3]!.lower))
    );
  },
  // "J. Smith": an initial's period
  joinsAfterDot: (prev) => prev.raw.length === 1
};

/**
 * The words the model scores and their features as hash indices in [0, 2^bits); the one
 * featuriser training (`medslm-train name-model`) and inference share.
 */
export function nameModelTokens(text: string, bits = 18): NameModelToken[] {
  return wordModelTokens(text, bits, NAME_STEP);
}

/** Adjacent words at or above the threshold become one NAME span (shared with the trainer's report). */
export function mergeNameWords(words: readonly ScoredWord[], threshold: number): PhiHit[] {
  return mergeWords(words, threshold, "NAME");
}

const KIND: WordModelKind = { trainer: "name-model", type: "NAME", tokens: nameModelTokens };

/** `source` names the file in errors; `threshold` overrides the file's. */
export function loadNameModel(data: NameModelData, source = "name model", threshold?: number): NameModel {
  const m = loadWordModel(KIND, data, source, threshold);
  return { threshold: m.threshold, trainedOn: m.trainedOn, score: m.score, names: m.spans };
}

const BUNDLED = bundledWordModel("name-model", loadNameModel);

/** The model shipped in this package (models/name-model.json) at its own threshold, loaded once on first use. */
export function bundledNameModel(): NameModel {
  return BUNDLED.model();
}

export interface NameModelOptions {
  /** Default: the bundled model file. */
  data?: NameModelData;
  /** Override the model's threshold: lower finds more names and redacts more ordinary words. */
  threshold?: number;
}

/** A name model for `new SafetyPipeline({ nameModel })`: the bundled one, or your own file, at a threshold of your choice. */
export function createNameModel(options: NameModelOptions = {}): NameModel {
  return createWordModel(BUNDLED, loadNameModel, options, "name model");
}
