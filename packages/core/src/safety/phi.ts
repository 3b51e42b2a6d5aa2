import { DOSE_LIMITS } from "./dose-limits.js";
import { englishWordLevel, isEnglishWord } from "./english-words.js";
import { compromise, isCity, isCommonWord, isGivenName, isSurname, lexicon } from "./known-words.js";
import { foldName, inNameList, isListedName } from "./person-names.js";
import { misspeltTown, placeInRegion, placePopulation, placePopulationExact } from "./places.js";
import { CLINICAL_UNIT_AFTER, PHI_PATTERNS, STATE_ABBR, STATE_NAMES } from "./phi-patterns.js";
import type { PhiType } from "./types.js";

export interface PhiHit {
  type: PhiType;
  start: number;
  end: number;
}

/**
 * How person names are found. "lexicon" (default): compromise's name and city lexicon plus
 * context cues (titles, "my son ...", "named ..."), linear and well under 1 ms per 2 KB.
 * "compromise": the same plus compromise's full parser (`people()`), about 20 ms per 2 KB.
 * "compromise-only": the full parser without our cues (kept to measure what the cues add).
 */
export type NameEngine = "lexicon" | "compromise" | "compromise-only";

const TITLES = new Set([
  "dr", "doctor", "doc", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "nurse", "dra", "sr", "sra", "srta",
  "rev", "pastor", "np", "rn", "pa", "dentist", "therapist", "counselor", "pharmacist", "surgeon", "midwife", "coach",
  "señor", "señora", "senor", "senora", "doctora", "enfermera", "enfermero", "grandpa", "grandma", "granny", "nana",
  "papa", "mama", "aunt", "auntie", "aunty", "uncle", "practitioner", "physio", "chiropractor", "dietitian", "dietician", "doula", "imam", "rabbi", "sheikh", "deacon", "elder", "alhaji", "alhaja", "madam", "cousin", "tia", "tio", "abuela", "abuelo", "sister", "brother", "father", "mother",
  // kinship titles of other families: "Nanny Mere", "Lola Corazon", "tita Marites", "Babcia Halina", "Koro Hemi"
  "nanny", "nan", "nanna", "gran", "grandad", "granddad", "gramps", "nonna", "nonno", "oma", "opa", "babcia", "dziadek", "koro", "kuia",
  "whaea", "matua", "tita", "tito", "lola", "lolo", "kuya"
]);
const ABBREVIATED_TITLES = new Set(["dr", "mr", "mrs", "ms", "mx", "prof", "dra", "sr", "sra", "srta", "rev", "np", "rn", "pa"]);
// "ask for X", "spoke with X", "referral for X": the next capitalised word is a person.
const TWO_WORD_CUES = new Set([
  "ask for", "asked for", "spoke with", "spoken with", "talked with", "talked to", "talk to", "spoke to", "speak to",
  "speak with", "met with", "referral for", "referred to", "seen by", "treated by", "examined by", "visit with",
  "appointment with", "appt with", "message from", "call from", "email from", "letter from", "note from", "sent by", "signed by"
]);
// (their last words: most words end none, so the pair is not built for them)
const TWO_WORD_CUE_ENDS = new Set([...TWO_WORD_CUES].map((cue) => cue.slice(cue.lastIndexOf(" ") + 1)));
const RELATIONS = new Set([
  "son", "daughter", "husband", "wife", "mom", "mother", "mum", "mommy", "dad", "father", "daddy", "brother", "sister",
  "grandma", "grandmother", "grandpa", "grandfather", "granddaughter", "grandson", "friend", "partner", "boyfriend",
  "girlfriend", "fiance", "fiancee", "uncle", "aunt", "cousin", "nephew", "niece", "baby", "child", "kid", "toddler",
  "patient", "pt", "neighbor", "neighbour", "roommate", "boss", "coworker", "colleague", "stepson", "stepdaughter",
  "stepmom", "stepdad", "spouse", "twin", "twins", "teen", "teenager", "infant", "newborn", "caregiver", "client",
  "resident", "student", "hijo", "hija", "esposo", "esposa", "mamá", "mama", "papá", "papa", "abuela", "abuelo",
  "hermano", "hermana", "amigo", "amiga", "paciente", "pediatrician", "gp", "oncologist", "cardiologist", "provider",
  "physician", "specialist", "psychiatrist", "psychologist", "surgeon", "ob", "obgyn", "fils", "fille", "mari", "femme",
  "grandchild", "granddad", "grandad", "grandmom", "nan", "bestie", "bf", "gf", "hubby", "wifey",
  "kiddo", "stepfather", "stepmother", "sibling", "godson", "goddaughter", "carer", "housemate", "flatmate", "nanny", "babysitter", "sweetheart", "physiotherapist", "optometrist", "podiatrist", "dermatologist", "neurologist", "urologist",
  "endocrinologist", "rheumatologist", "gastroenterologist", "nephrologist", "pulmonologist", "hematologist", "obstetrician", "gynecologist",
  "nurse", "doctor", "dentist", "therapist", "counselor", "midwife", "nutritionist", "kids", "children", "sons", "daughters", "boys", "girls", "parents", "grandkids",
  "grandchildren", "grandsons", "granddaughters", "nephews", "nieces", "cousins", "sisters", "brothers", "friends", "son-in-law", "daughter-in-law", "mother-in-law", "father-in-law", "brother-in-law", "sister-in-law",
  // "my boy Brook", "her counsellor Bill", "Mark, the physio,", "my koro (Hemi)", "my tita Marites", "his babcia in Gdynia"
  "boy", "girl", "lad", "lass", "counsellor", "physio", "consultant", "koro", "kuia", "tita", "tito", "lola", "lolo", "babcia", "dziadek",
  "nonna", "nonno", "oma", "opa", "nani", "dadi", "gran", "granny", "nanna"
]);
// English words that are also given names ("Hope", "Will", "Rose"): a name only with a cue or as a subject.
const WORD_NAMES = new Set([
  "hope", "will", "rose", "kit", "faith", "grace", "joy", "bill", "dawn", "destiny", "summer", "autumn", "ivy", "lily", "daisy", "violet",
  "iris", "ruby", "amber", "pearl", "jade", "hazel", "heather", "holly", "olive", "sky", "river", "brook", "mason", "hunter", "sage",
  "sunny", "honey", "crystal", "precious", "patience", "prudence", "mercy", "charity", "constance", "felicity", "harmony", "melody",
  "serenity", "trinity", "angel", "rocky", "rusty", "buddy", "sonny", "bud", "gene", "pat", "sue", "ray", "rob", "jack", "mark",
  "frank", "grant", "miles", "dale", "glen", "cliff", "wade", "chase", "carol", "dean", "earl", "jay", "robin", "penny", "ginger",
  "misty", "candy", "cherry", "coral", "skye", "reed", "ted", "tom", "don", "bob", "drew", "lance", "victor", "blessing", "precious",
  "rich", "sandy", "nick", "rod", "val", "pip", "peg", "kitty", "poppy", "willow", "meadow", "winter", "fern", "bonnie", "storm",
  // virtue and word names of many families ("Honor", "Gift", "Dot", "Favour", "Goodluck", "Godswill", "Marvel", "Wren")
  "honor", "honour", "gift", "justice", "liberty", "unity", "favour", "favor", "peace", "comfort", "goodluck", "godswill", "marvel", "dot",
  "wren", "clover", "sparrow", "sunshine", "verity", "temperance"
]);
const NAMING = new Set(["named", "called", "name", "nombre", "llama", "signed", "regards", "sincerely", "thanks", "cheers", "love", "dear", "hi", "hello", "hey", "from", "cc", "attn"]);
// Capitalised words that look like names but are conditions, signs or drugs.
const EPONYM_NEXT = /^(?:'s|’s|s|'|’)?\s?(?:disease|syndrome|palsy|signs?|tests?|agar|medium|stain|breathing|respirations?|murmur|ring|rings|triangle|pouch|diverticulum|capsule|gland|glands|layer|plexus|valve|artery|nerve|classification|technique|maneuver|manoeuvre|reflex|cyst|tendon|score|criteria|ulcer|phenomenon|lymphoma|sarcoma|tumou?r|esophagus|fracture|node|nodes|law|scale|classification|method|procedure|operation|virus|hernia|contracture|triad|disorder|anomaly|deformity|neuralgia|neuroma|encephalopathy|thyroiditis|aneurysm|dementia|ataxia|chorea|arthritis|stage|stages|staging|grade|coma|index|equation|formula|rules?|position|incision|cells?|bod(?:y|ies)|effect|curve|lines?|lesions?|spots|nodules?|reaction|fibers|space|duct|canal|membrane|block|catheter|approach|repair|graft|type|muscular|dystrophy|nuclei|nucleus)\b/i;
const EPONYM_SECOND = new RegExp(`^[\\s-][\\p{L}'’-]{1,40}${EPONYM_NEXT.source.slice(1)}`, "iu");
const NOT_NAMES = new Set([
  "i", "im", "i've", "i'm", "i'd", "i'll", "iâ", "doc", "vitamin", "type", "stage", "grade", "level", "the", "a", "an", "and", "or", "but", "if", "my", "his", "her", "our", "their", "your", "he", "she", "they",
  "we", "it", "this", "that", "these", "what", "when", "where", "why", "how", "who", "which", "is", "was", "are", "has",
  "have", "had", "can", "could", "should", "would", "will", "do", "does", "did", "not", "no", "yes", "ok", "okay", "please",
  "thank", "thanks", "hello", "hi", "hey", "dear", "doctor", "dr", "sir", "madam", "maam", "god", "jesus", "lord", "covid",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "yesterday",
  "tylenol", "advil", "motrin", "aleve", "benadryl", "zyrtec", "claritin", "allegra", "lipitor", "zoloft", "prozac",
  "xanax", "valium", "ativan", "adderall", "ritalin", "eliquis", "xarelto", "coumadin", "plavix", "lasix", "synthroid",
  "keppra", "lyrica", "neurontin", "ozempic", "wegovy", "mounjaro", "jardiance", "januvia", "humira", "narcan", "epipen",
  "ambien", "flonase", "nexium", "prilosec", "pepcid", "zantac", "tums", "mucinex", "sudafed", "dayquil", "nyquil",
  "robitussin", "imodium", "miralax", "metformin", "lisinopril", "english", "spanish", "er", "ed", "icu", "ob", "er's",
  "parkinson", "parkinsons", "alzheimer", "alzheimers", "crohn", "crohns", "hashimoto", "hashimotos", "graves",
  "addison", "addisons", "cushing", "cushings", "tourette", "tourettes", "hodgkin", "hodgkins", "kawasaki", "raynaud",
  "raynauds", "sjogren", "sjogrens", "lyme", "asperger", "aspergers", "huntington", "huntingtons", "marfan", "meniere",
  "menieres", "barretts", "pagets", "achilles", "apgar", "heimlich", "epstein", "doppler", "foley", "holter", "petri", "gram",
  "barr", "guillain", "barre", "down", "downs", "reye", "ménière", "fleischner",
  // over-the-counter brands and device makers ("Is Vaseline ok?", "Medtronic Azure pacemaker")
  "vaseline", "vicks", "aquaphor", "neosporin", "bepanthen", "sudocrem", "calpol", "nurofen", "gaviscon", "lemsip", "savlon",
  "germolene", "canesten", "piriton", "strepsils", "medtronic", "dexcom", "biotronik", "resmed", "omnipod", "insulet",
  "medicare", "medicaid", "mychart", "kaiser", "cvs", "walgreens", "walmart", "target", "amazon", "google", "facebook",
  "tiktok", "instagram", "reddit", "youtube", "whatsapp", "christmas", "easter", "thanksgiving", "halloween", "ramadan",
  "america", "american", "mexico", "mexican", "canada", "texas", "california", "florida", "african", "asian", "hispanic",
  "latino", "latina", "caucasian", "white", "black", "emergency", "urgent", "care", "hospital", "clinic", "pharmacy",
  // viruses named for places ("Ebola, Zika, Marburg")
  "ebola", "zika", "marburg", "lassa", "nipah", "hendra", "chikungunya", "dengue", "hantavirus", "mpox"
]);

// "Cleveland Clinic", "Sutter Health", "Boston Children's", "Memorial Hermann": an institution named for a
// person or a place is neither (it names no patient).
export const INSTITUTION_NEXT =
  /^\s(?:Clinic|Clinics|Health|Healthcare|Health Care|Institute|Hospital|Hospitals|Medical|Med|Center|Centre|Care|Pharmacy|Labs?|Laboratories|University|College|School|Foundation|Memorial|General|Children['’]s|Childrens|Regional|Community|Associates|Group|Partners|Practice|Diagnostics|Imaging|Radiology|Dental|Orthopa?edics|Surgical|Surgery Center|Specialty|Cancer|Heart|Eye|Rehab|Rehabilitation|Women['’]s|Infirmary|Hospice|Sanatorium|Inc|LLC|Corp|Corporation|Company|Pharmaceuticals?|Insurance|Urgent Care|Family Medicine|Pediatrics)\b/;
const INSTITUTION_BEFORE = /^(?:memorial|mount|mt|university|univ|hospital|clinic|clinica|hospital|centro|instituto|saint|st|san|santa|johns)$/;

// Words that never continue a name ("Maria Is ...", "Dr. Lee On Monday").
const EXTEND_STOP = new Set([
  "i", "the", "a", "an", "and", "or", "but", "is", "was", "are", "has", "have", "had", "on", "in", "at", "to", "of", "for",
  "with", "from", "by", "my", "his", "her", "our", "their", "your", "he", "she", "they", "we", "it", "this", "that", "who",
  "said", "says", "told", "if", "when", "what", "how", "why", "can", "will", "would", "should", "could", "do", "does", "did",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "md", "do",
  "phd", "rn", "np", "pa", "dds", "jr", "sr", "iii", "ii", "also", "just", "please", "thanks", "hi", "hello", "dr", "mr", "mrs", "ms"
]);

interface WordToken {
  text: string;
  lower: string;
  start: number;
  end: number;
  cap: boolean;
  sentenceStart: boolean;
  /** Followed directly by "." (so "Dr." is a title, "J." an initial). */
  dot: boolean;
  /** The message is mostly capitals, so an all-capital word is not an acronym. */
  shouting: boolean;
  /** listedName(), worked out once per token. */
  listed: boolean | undefined;
}

const WORD_RE = /\p{L}[\p{L}\p{M}'’-]{0,40}/gu;
// the same word read in place at a known start (no match array)
const WORD_AT = new RegExp(WORD_RE.source, "uy");

/** Where the next word of WORD_RE starts at or after `from` and where it ends, in `span`; false when none is left. */
function nextWord(text: string, from: number, span: { start: number; end: number }): boolean {
  let i = from;
  // ASCII: a letter starts a word, anything else cannot (and is no half of a surrogate pair)
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) break;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      WORD_AT.lastIndex = i;
      WORD_AT.test(text);
      span.start = i;
      span.end = WORD_AT.lastIndex;
      return true;
    }
  }
  if (i >= text.length) return false;
  // other characters: the regex's own search from here
  WORD_RE.lastIndex = i;
  const m = WORD_RE.exec(text);
  if (m === null) return false;
  span.start = m.index;
  span.end = m.index + m[0].length;
  return true;
}

/** Length of a possessive or trailing mark ending the word text[start, end) ("'s", "’s", "'", "’", "-"), or 0. */
function possessiveEnd(text: string, start: number, end: number): number {
  const last = text.charCodeAt(end - 1);
  if (last === 115 && end - start >= 2) {
    const before = text.charCodeAt(end - 2);
    if (before === 39 || before === 0x2019) return 2;
  }
  return last === 39 || last === 0x2019 || last === 45 ? 1 : 0;
}
// The gap between two words: one or two spaces or tabs, or exactly one (regexes made once: a literal in a loop is a new object each time)
const SPACE_GAP = /^[ \t]{1,2}$/;
const ONE_SPACE_GAP = /^[ \t]$/;

/** One space or tab between two words (what ONE_SPACE_GAP tests, without slicing the gap). */
function oneSpaceBetween(text: string, a: WordToken, b: WordToken): boolean {
  const c = text.charCodeAt(a.end);
  return b.start - a.end === 1 && (c === 32 || c === 9);
}

function words(text: string): WordToken[] {
  const out: WordToken[] = [];
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length && upper + lower < 400; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  const shouting = upper > 2 * lower;
  let lastEnd = 0;
  const span = { start: 0, end: 0 };
  while (nextWord(text, lastEnd, span)) {
    const index = span.start;
    // drop possessive and trailing punctuation from the name itself
    const poss = possessiveEnd(text, index, span.end);
    const raw = text.slice(index, span.end - index > poss + 1 ? span.end - poss : span.end);
    // sentence start: the last non-space character before the word ends a sentence (or opens a list item)
    let k = index - 1;
    while (k >= lastEnd && (text[k] === " " || text[k] === "\t" || text[k] === "\r")) k--;
    const prevChar = k >= lastEnd ? text[k]! : "";
    const between = index - lastEnd <= 4 ? text.slice(lastEnd, index).trim() : "";
    const sentenceStart = out.length === 0 || (prevChar !== "" && ".!?\n".includes(prevChar)) || (between.length === 1 && '-*•"“('.includes(between));
    const first = raw[0] ?? "";
    const lower = raw.toLowerCase();
    out.push({
      text: raw,
      lower: lower.includes("’") ? lower.replaceAll("’", "'") : lower,
      start: index,
      end: index + raw.length,
      cap: first !== first.toLowerCase() && !(raw.length > 1 && raw.length <= 3 && raw === raw.toUpperCase()),
      sentenceStart,
      dot: text[span.end] === ".",
      shouting,
      listed: undefined
    });
    lastEnd = span.end;
  }
  return out;
}

// Endings of medical and general vocabulary that personal names (almost) never have: "Urinalysis",
// "Paracentesis", "Examination", "Temperature", "Angiography" are capitalised in exam text, not people.
const NON_NAME_ENDING = /(?:osis|itis|emia|aemia|ectomy|otomy|ostomy|graphy|gram|scopy|ology|ysis|esis|ase|ation|ition|ment|ness|ity|ical|ous|ure|ive|ing|ism|oid|cyte|plasty|pathy|uria|algia|ectasis|megaly|penia|philia|rrhea|rrhoea|tomy|cide|phage|stasis|trophy)$/;

// "Xiaoming", "Liping", "Beijing": an "-ing" ending on a word that is no English "-ing" form ("Swimming", "Bleeding")
function foreignIng(lower: string): boolean {
  if (!lower.endsWith("ing") || isEnglishWord(lower)) return false;
  const stem = lower.slice(0, -3);
  if (stem.length < 2 || /[^aeiouy]{3}$/.test(stem) || isEnglishWord(`${stem}e`)) return false;
  // "lipping" would be the English form of "lip": a short stem of consonant, vowel, consonant before a single one is no English "-ing"
  if (isEnglishWord(stem) && !/^[^aeiouy]*[aeiouy][^aeiouywx]$/.test(stem)) return false;
  // "tapping", "redosing", "overthinking": a doubled consonant or an English prefix before an English form
  if ((/([^aeiouy])\1$/.test(stem) && isEnglishWord(stem.slice(0, -1))) || /^(?:re|over|under|micro|self|mis|out|up|down)(?=\p{L}{4})/u.test(lower) && isEnglishWord(lower.replace(/^(?:re|over|under|micro|self|mis|out|up|down)/, ""))) return false;
  return true;
}

// USAN drug-name stems ("Darunavir", "Exenatide", "Colesevelam", "Lisinopril"): drugs, not people.
const DRUG_STEM =
  /(?:pril|prilat|sartan|olol|alol|statin|mab|nib|vir|navir|previr|buvir|asvir|azole|conazole|cillin|mycin|micin|cycline|floxacin|glutide|tide|gliptin|gliflozin|dipine|prazole|tidine|setron|triptan|afil|parin|xaban|gatran|lukast|tadine|zepam|zolam|azepam|barbital|caine|profen|fenac|coxib|dronate|semide|thiazide|terol|asone|olone|vudine|fungin|platin|rubicin|taxel|cept|kinra|leukin|poetin|grastim|relin|tropin|lutamide|trozole|oxetine|pramine|triptyline|apine|idone|peridol|azepine|velam|propion|tropium|curium|curonium|dazole|mizole|amivir|oxacin|penem|cef\w*|sulfa\w*|ium)$/;

const EPONYM_OF = new Set([
  "tetralogy", "pentalogy", "loop", "loops", "artery", "circle", "canal", "canals", "ligament", "triangle", "pouch", "islets", "crypts",
  "duct", "ducts", "ampulla", "sphincter", "bundle", "space", "node", "nodes", "organ", "organs", "gland", "glands", "corpuscles",
  "cells", "law", "sign", "disease", "syndrome", "phenomenon", "test", "plexus", "nerve", "tubercle", "foramen", "fissure", "valve", "ring"
]);
// "We'll", "You'd", "They're": a pronoun with a contraction, never a person
const PRONOUN_CONTRACTION = /^(?:i|we|you|they|he|she|it|that|there|here|who|what|where|let)['’](?:ll|re|ve|d|s|m)$/;
// Chemical name endings no given name or surname in our lists has ("Budesonide", "Prazosin", "Hydroxyzine")
const CHEMICAL_ENDING = /(?:sone|olone|onide|imide|semide|thiazide|osin|azosin|zine|amine|purinol|phylline|ximab|zumab|tinib|dronate|gestrel|estradiol|thasone|peptide|mofetil|dimeglumine|butoxide|pyrethrins)$/;
// More drug endings, which some given names share ("Olamide"): only for words no name list holds
const DRUG_ENDING = /(?:amide|ainide|idine|acin|olac|irole|rudin|ximin|prolide|sterone|lactone|darone|uracil|ciferol|poxide|tropine|cyclomine|stipol|lexin|oxin|nitrate|lysine)$/;
// Dosage forms and the words of a medicine's full name ("Mupirocin Topical", "Factor VIII", "13-Valent
// Conjugate Vaccine", "Epoetin Alfa"): never a person, wherever they stand
const MEDICINE_NAME_WORDS = new Set([
  "topical", "ophthalmic", "otic", "nasal", "oral", "transdermal", "vaginal", "rectal", "inhalant", "injectable", "injection", "solution", "suspension",
  "ointment", "cream", "lotion", "shampoo", "powder", "product", "preparation", "vaccine", "vaccines", "conjugate", "valent", "toxoid", "factor", "alfa",
  "beta", "gamma", "mononitrate", "dinitrate", "nitrate", "sulfate", "sulphate", "citrate", "chloride", "hydrochloride", "bicarbonate", "acetate",
  "sodium", "potassium", "magnesium", "polylysine", "sinensis", "pinguecula", "mittelschmerz", "usp", "histoplasma", "trypanosoma", "hypospadias", "fibroadenoma",
  "gout", "melena", "lymphedema", "lymphoedema", "gravis", "prenatal", "postnatal", "enterobius", "trichinella", "aloe", "angina"
]);
for (const w of MEDICINE_NAME_WORDS) NOT_NAMES.add(w);

function plausibleNameWord(t: WordToken): boolean {
  if (NOT_NAMES.has(t.lower) || t.text.length < 2 || PRONOUN_CONTRACTION.test(t.lower)) return false;
  if (t.lower.length > 6 && CHEMICAL_ENDING.test(t.lower)) return false;
  if (t.lower.length > 6 && DRUG_ENDING.test(t.lower) && !inNameList(t.lower) && isGivenName(t.lower) === undefined && !isSurname(t.lower)) return false;
  // "Guillain-Barré", "Wolff-Parkinson-White": a part is an eponym
  if (t.lower.includes("-") && t.lower.split("-").some((p) => NOT_NAMES.has(p))) return false;
  if (t.lower.length > 4 && NON_NAME_ENDING.test(t.lower) && isGivenName(t.lower) === undefined && !isSurname(t.lower) && !WORD_NAMES.has(t.lower) && !foreignIng(t.lower)) return false;
  // "Tanvir", "Ranvir", "Nakasone": a drug-like ending on a word the name list holds is a name
  if (t.lower.length > 5 && DRUG_STEM.test(t.lower) && isGivenName(t.lower) === undefined && !isSurname(t.lower) && !(inNameList(t.lower) && !isEnglishWord(t.lower) && !DRUG_WORDS.has(t.lower))) return false;
  return NAME_SHAPE.test(t.text);
}

// compromise tags for places, peoples and organisations: "from Nigeria", "Ashkenazi Jewish"
const PLACE_TAG = /Country|Place|Region|Demonym|Organization|Religion|Language/;

/** A word that could be a person's name: a known given name or surname, or not an English word or a place. */
// What is being named, in the three words before "called" / "named": a medicine, condition or other thing
const NAMED_THING = /^(?:medications?|medicines?|meds|drugs?|pills?|tablets?|capsules?|creams?|ointments?|gels?|sprays?|inhalers?|injections?|shots?|supplements?|antibiotics?|antivirals?|antifungals?|steroids?|vaccines?|treatments?|therapy|therapies|procedures?|operations?|surgery|tests?|scans?|conditions?|diseases?|disorders?|syndromes?|infections?|bacteri(?:a|um)|virus|viruses|parasites?|fungus|tumou?rs?|devices?|apps?|products?|brands?|programs?|programmes?|drops?|patch|patches|solution|lotion|shampoo|remedy|remedies|herbs?|plant|technique|exercises?|diet|hormones?|enzymes?|proteins?|chemicals?|substances?|medication|thing|something)$/;
function thingNamedBefore(toks: readonly WordToken[], calledAt: number): boolean {
  for (let k = calledAt - 1; k >= Math.max(0, calledAt - 3); k--) if (NAMED_THING.test(toks[k]!.lower)) return true;
  return false;
}

function personish(t: WordToken): boolean {
  if (isGivenName(t.lower) !== undefined || isSurname(t.lower)) return true;
  const tag = lexicon.tagOf(t.lower);
  if (tag !== undefined && PLACE_TAG.test(tag)) return false;
  return !isEnglishWord(t.lower) && plausibleNameWord(t);
}

// "... I feel off. - Imani Bianchi", "—J. Okafor", "~ Priya": a name signing off at the end of a line.
const SIGNATURE_GATE = /[-–—~]\s{0,2}\p{Lu}/u;
const SIGNATURE =
  /(?:^|[.!?)]\s{1,3}|\s)[-–—~]{1,2}\s{0,2}((?:\p{Lu}\.\s?)?\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}[\p{L}'’-]{1,30}){0,2})\s{0,2}[.!]?[ \t]*$/gmu;

// "... feel off. -ngoc": a lower-case listed name after a dash ends the message
const LOWER_SIGNATURE = /(?:^|\s)[-–—~]{1,2}[ \t]{0,2}(\p{Ll}[\p{L}'’-]{1,30})[ \t]{0,2}[.!]?\s{0,3}$/u;

function signatures(text: string): PhiHit[] {
  const out: PhiHit[] = [];
  const low = LOWER_SIGNATURE.exec(text.length > 60 ? text.slice(-60) : text);
  if (low) {
    const start = text.length - (text.length > 60 ? 60 : text.length) + low.index + low[0].lastIndexOf(low[1]!);
    const w = words(low[1]!)[0];
    if (w && (listedName(w) || (isGivenName(w.lower) === "strong" && !NOT_ADDRESSEE.has(w.lower)))) out.push({ type: "NAME", start, end: start + w.text.length });
  }
  if (!SIGNATURE_GATE.test(text)) return out;
  SIGNATURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SIGNATURE.exec(text)) !== null) {
    const name = m[1]!;
    const start = m.index + m[0].lastIndexOf(name);
    const parts = words(name).filter((w) => w.text.length > 1);
    if (parts.length === 0 || parts.some((w) => NOT_NAMES.has(w.lower) || EXTEND_STOP.has(w.lower))) continue;
    if (!parts.some((w) => personish(w) && !isAcronym(w))) continue;
    out.push({ type: "NAME", start, end: start + name.length });
  }
  return out;
}

/**
 * "... My hospital number is K0293371. Priyanka", "...from the switch?\nRose": one or two name words that end the
 * message on their own (a sign-off without "thanks"). On a line of their own a given name that is also a word
 * counts ("Rose", "Will"); after a full stop on the same line only a name that is no English word does.
 */
function closingName(toks: WordToken[], text: string): PhiHit[] {
  const n = toks.length;
  if (n < 4) return [];
  let first = n - 1;
  if (n >= 2 && oneSpaceBetween(text, toks[n - 2]!, toks[n - 1]!)) first = n - 2;
  // the words must end the message (a stop at most after them)
  if (!/^[ \t]*[.!]?[ \t]*$/.test(text.slice(toks[n - 1]!.end))) return [];
  for (; first <= n - 1; first++) {
    const before = text.slice(toks[first - 1]!.end, toks[first]!.start);
    const ownLine = /\n[ \t]*$/.test(before) && !/\n[ \t]*\S/.test(text.slice(toks[first]!.start));
    const afterStop = /[.!?][ \t]{1,3}$/.test(before);
    if (!ownLine && !afterStop) continue;
    const parts = toks.slice(first);
    if (parts.some((w) => !w.cap || w.text.length < 3 || NOT_NAMES.has(w.lower) || EXTEND_STOP.has(w.lower) || NOT_ADDRESSEE.has(w.lower) || isAcronym(w) || FOREIGN_WORDS.has(w.lower))) continue;
    const ok = ownLine
      ? parts.every((w) => anyGivenName(w) || listedName(w) || isSurname(w.lower)) && (anyGivenName(parts[0]!) || listedName(parts[0]!))
      : parts.every((w) => listedName(w) || (isGivenName(w.lower) === "strong" && !isEnglishWord(w.lower)) || (parts.length > 1 && isSurname(w.lower)));
    if (!ok) continue;
    return [{ type: "NAME", start: parts[0]!.start, end: parts[parts.length - 1]!.end }];
  }
  return [];
}

// "Thanks, Bill", "ok thanks priya", "Cheers,\nNiamh", "Thx -ngoc", "Thanks for your help,\nSunita": a sign-off
// phrase near the end of the message and the one to three words that end it.
const SIGN_OFF_GATE = /(?:thanks|thank you|thx|thnx|tks|ty|cheers|regards|best|sincerely|love|warmly|xo|take care|blessings|respectfully|gratefully|yours)\b/i;
const SIGN_OFF =
  /\b(?:many thanks|thanks|thank you|thx|thnx|tks|ty|cheers|regards|best wishes|best|sincerely|love|warmly|xoxo|xo|take care|blessings|respectfully|gratefully|yours truly|yours)\b([^\n]{0,40}?)(?:[,.!:;]|\s[-–—~]{1,2})?[ \t]{0,3}\n?[ \t]{0,3}[-–—~]{0,2}[ \t]{0,2}((?:\p{L}[\p{L}'’.-]{0,30})(?:[ \t]\p{L}[\p{L}'’.-]{0,30}){0,2})[ \t]{0,2}[.!]?[ \t]{0,3}(?:$|\n)/iu;

/** A name signing off: "Thanks, Bill". */
function signOff(text: string): PhiHit[] {
  const tail = text.length > 200 ? text.slice(-200) : text;
  if (!SIGN_OFF_GATE.test(tail)) return [];
  const m = SIGN_OFF.exec(tail);
  if (!m) return [];
  const filler = m[1]!;
  // "Thanks so much, Anna" / "Thanks for your help,\nSunita": filler needs a comma or a line break before the name
  const offset = text.length - tail.length;
  const name = m[2]!.replace(/\.$/, "");
  const start = offset + m.index + m[0].lastIndexOf(m[2]!);
  const parts = words(name).filter((w) => !/^(?:dr|mr|mrs|ms|prof)$/.test(w.lower));
  if (parts.length === 0) return [];
  const separated = /[,\n]|\s[-–—~]/.test(m[0].slice(m[0].indexOf(filler) + filler.length, m[0].lastIndexOf(m[2]!))) || filler.trim() === "";
  if (!separated && filler.trim() !== "") return [];
  for (const w of parts) {
    if (NOT_NAMES.has(w.lower) || EXTEND_STOP.has(w.lower) || NOT_ADDRESSEE.has(w.lower) || isAcronym(w)) return [];
    // capitalised: a name unless it is an ordinary word that is no given name; lower case: a listed name
    const ok = w.cap ? anyGivenName(w) || listedName(w) || isSurname(w.lower) || (!isCommonWord(w.lower) && !isEnglishWord(w.lower)) : listedName(w) || isGivenName(w.lower) === "strong";
    if (!ok) return [];
  }
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  return [{ type: "NAME", start: start + first.start, end: start + last.end }];
}

// "Hi Faith,", "Good morning Thandiwe,", "Dear Ngozi and Ama,": a greeting that opens the message or a line
const GREETING = /[ \t]{0,3}(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|morning|greetings|hola|buenos d[ií]as|buenas tardes|bonjour)[ \t,]{1,3}((?:\p{L}[\p{L}'’-]{0,30})(?:[ \t]\p{L}[\p{L}'’-]{0,30}){0,2})[ \t]{0,2}[,!:\n.]/iuy;

/** The person a message opens by greeting: "Hi Faith, can you ...". */
function greetings(text: string): PhiHit[] {
  const out: PhiHit[] = [];
  // at the start of the message and of each line (a sticky match, so each line costs one short attempt)
  let at = 0;
  while (at >= 0 && at < text.length) {
    GREETING.lastIndex = at;
    const m = GREETING.exec(text);
    const nl = text.indexOf("\n", at);
    at = nl < 0 ? -1 : nl + 1;
    if (m === null) continue;
    const name = m[1]!;
    const start = m.index + m[0].lastIndexOf(name);
    const parts = words(name);
    let k = 0;
    // "Hi Dr Patel,": the title's own cue finds the surname
    while (k < parts.length && TITLES.has(parts[k]!.lower)) k++;
    if (k > 0) continue;
    if (parts.length === 0 || !parts.every((w) => !NOT_NAMES.has(w.lower) && !NOT_ADDRESSEE.has(w.lower) && !EXTEND_STOP.has(w.lower) && !isAcronym(w))) continue;
    if (!parts.every((w) => (w.cap ? anyGivenName(w) || listedName(w) || isSurname(w.lower) || (!isCommonWord(w.lower) && !isEnglishWord(w.lower)) : listedName(w)))) continue;
    out.push({ type: "NAME", start: start + parts[0]!.start, end: start + parts[parts.length - 1]!.end });
  }
  return out;
}

/**
 * A capitalised word no dictionary knows, long enough and shaped like a name: not "IgM",
 * "D-ala", "Se" (a typo), "Anti-HAV". Unknown words are names only with more evidence around them.
 */
function unknownNameWord(t: WordToken): boolean {
  return (
    t.text.length >= 3 &&
    lexicon.tagOf(t.lower) === undefined &&
    !isEnglishWord(t.lower) &&
    !NOT_NAME_SHAPE.test(t.text) &&
    plausibleNameWord(t)
  );
}

// "Tanner IV", "Class IIb": a stage or grade, not a person
const ROMAN_NEXT = /^\s(?:I{1,3}|IV|VI{0,3}|I[Xab])\b/;

/** "ELISA", "COVID", "HIPAA": an acronym (unless the whole message is shouting); a name only after a cue. */
const isAcronym = (t: WordToken): boolean => t.text.length > 1 && t.text === t.text.toUpperCase() && !t.shouting;

// Everyday Spanish, French, German and Portuguese words that the name list also holds ("Hola", "Mon", "Fieber").
const FOREIGN_WORDS = new Set([
  "hola", "que", "qué", "el", "la", "los", "las", "mi", "mis", "tu", "su", "sus", "un", "una", "uno", "con", "sin", "por", "para",
  "como", "cómo", "cuando", "donde", "dónde", "porque", "pero", "muy", "más", "mas", "tiene", "tengo", "tienen", "dolor", "fiebre",
  "ella", "ellas", "ellos", "él", "yo", "usted", "hijo", "hija", "madre", "padre", "gracias", "buenos", "buenas", "dias", "días",
  "tardes", "noches", "hoy", "ayer", "mañana", "semana", "también", "ahora", "desde", "hasta", "doctora", "señora", "favor", "ayuda",
  "bonjour", "merci", "oui", "je", "il", "elle", "nous", "vous", "avec", "pour", "dans", "sur", "mon", "ma", "mes", "ton", "ta",
  "le", "les", "des", "une", "fils", "fille", "mari", "femme", "guten", "tag", "ich", "bin", "und", "habe", "mit", "der", "die",
  "das", "ein", "eine", "fieber", "nicht", "danke", "bitte", "olá", "ola", "obrigado", "obrigada", "meu", "minha", "filho", "filha",
  "dor", "febre", "tem", "estoy", "está", "esta", "tos", "dice", "llama", "soy", "salut", "ciao", "grazie", "buongiorno", "vivo",
  "correo", "esposo", "mamá", "papá", "señor", "nuestro", "nuestra", "les", "él", "debo", "toma", "fue", "murió", "seguro", "placa",
  "serie", "calle", "país", "pais", "nací", "naci", "teléfono", "telefono", "dirección", "direccion", "fecha", "cita", "edad",
  "número", "numero", "llamar", "llame", "llámeme", "escriba", "favor", "mande", "envíe", "tomo", "tomé", "estaba", "tuvo",
  // greetings in other languages
  "salam", "salaam", "salaams", "namaste", "namaskar", "shalom", "aloha", "marhaba", "jambo", "habari", "sawubona", "konnichiwa",
  "annyeong", "assalamualaikum", "asalamualaikum", "merhaba", "privet", "zdravstvuyte", "dzień",
  "dobry", "hallo", "hej", "hoi", "ola", "mabuhay", "selamat", "sannu", "bawo", "ndewo", "kedu", "kia", "ora", "tena", "koutou", "talofa", "bula",
  "zdravo", "zdravei", "ahoj", "szia", "sveiki", "labas", "tere", "moi", "hei", "salve", "cześć", "czesc", "witam", "nazdar", "servus", "moin",
  "yassou", "yassas", "kalimera", "sawasdee", "molo", "dumela", "nihao", "kamusta", "kumusta", "akwaaba", "mbote", "salama", "halo", "privyet",
  // sign-off words and everyday verbs of Spanish that open a sentence with a capital ("Firmado, Ximena", "¿Voy a urgencias?")
  "firmado", "firmada", "atentamente", "saludos", "voy", "vas", "vamos", "van", "puedo", "puede", "pueden", "necesito", "quiero",
  "sigo", "sigue", "hago", "hace", "tomar", "darle", "dar", "tengo", "estoy", "gracias"
]);
// Function words of Spanish, French, German and Portuguese: a word before one of them is no English subject ("Vivo en Oaxaca").
const FOREIGN_FUNCTION = new Set([
  "el", "la", "los", "las", "en", "de", "del", "que", "y", "es", "con", "por", "para", "una", "un", "su", "sus", "mi", "mis", "se",
  "le", "lo", "les", "al", "muy", "pero", "como", "sin", "hay", "está", "esta", "tiene", "tengo", "et", "est", "au", "aux", "avec",
  "pour", "dans", "sur", "une", "du", "des", "je", "il", "elle", "nous", "vous", "der", "das", "und", "ist", "mit", "ich", "bin",
  "habe", "ein", "eine", "nicht", "von", "zu", "dem", "o", "os", "um", "uma", "com", "em", "no", "na", "do", "da", "meu", "minha", "tem"
]);

/** A name from the multi-country name list that is no English word, place or acronym: "Tomasz", "priya", "Nguyen". */
function listedName(t: WordToken): boolean {
  t.listed ??= listedNameUncached(t);
  return t.listed;
}

// Medicines the dose table knows ("Cipro", "Keflex") are no people, whatever a name list holds.
const DRUG_WORDS = new Set([...DOSE_LIMITS.flatMap((d) => d.names.map((n) => n.toLowerCase())), "pepto", "pepto-bismol", "z-pak", "zpak", "zpack", "z-pack"]);

function listedNameUncached(t: WordToken): boolean {
  // "can't", "didn't" are no names; "O'Brien", "D'Souza" are
  if (/['’]/.test(t.text) && !/^\p{L}{1,2}['’]\p{L}/u.test(t.text)) return false;
  if (DRUG_WORDS.has(t.lower) || TITLES.has(t.lower) || RELATIONS.has(t.lower)) return false;
  // three letters at least: "Hg", "Na", "Th" are symbols; "IgA", "PaCO" mixed-case abbreviations
  if (t.text.length < 3 || /\p{Ll}\p{Lu}/u.test(t.text) || NOT_NAMES.has(t.lower) || EXTEND_STOP.has(t.lower) || FOREIGN_WORDS.has(t.lower) || isAcronym(t)) return false;
  if (!isListedName(t.lower)) return false;
  const tag = lexicon.tagOf(t.lower) ?? lexicon.tagOf(foldName(t.lower));
  if (tag !== undefined && (PLACE_TAG.test(tag) || /City|WeekDay|Abbreviation|Expression|Honorific|Determiner|Conjunction|Currency|Pronoun|SportsTeam|Duration|Unit/.test(tag))) return false;
  return plausibleNameWord(t);
}

const VERB_OR_FUNCTION = /Verb|Tense|Infinitive|Modal|Copula|Preposition|Conjunction|Adverb|Determiner|Pronoun|Negative|QuestionWord|Participle|Gerund|Imperative/;

/**
 * What follows a name that only the name list backs: a verb or function word ("Kateryna arrived",
 * "Olamide will", "Temitope for"), punctuation, another capitalised word, or a possessive before a
 * body, medicine or family word. A lower-case noun after it makes it an eponym or a modifier:
 * "Kozak sequence", "Doppler ultrasound", "Auer rods", "Bruton's agammaglobulinemia".
 */
function nameContextAfter(toks: WordToken[], i: number, text: string, strict = false): boolean {
  const t = toks[i]!;
  // "habe Fieber 39": a word before a number is a measurement's name; "Kemi, 34, has ...": an age in commas is not
  if (/^,\s?\d{1,3}(?:,|\s?(?:y\/?o|yrs?|years?|months?|mos?)\b)/.test(text.slice(t.end, t.end + 14))) return true;
  if (/^\s?\d/.test(text.slice(t.end, t.end + 2))) return false;
  // "Sipho and I are worried": one of a pair with the writer
  if (/^\s(?:and|&)\s(?:I|me|my|we)\b/.test(text.slice(t.end, t.end + 9))) return true;
  const next = toks[i + 1];
  const gap = next ? text.slice(t.end, next.start) : "";
  if (/^['’]s?\s/.test(gap)) return POSSESSIVE_THING.test(text.slice(t.end, t.end + 40));
  // opening a sentence, a lone word needs a verb after it: "Tomasz fell", not "Saludos," or "Gracias."
  if (strict && !(next && next.cap && SPACE_GAP.test(gap))) {
    if (SUBJECT_VERB.test(text.slice(t.end, t.end + 16))) return true;
    const tag = next && SPACE_GAP.test(gap) ? lexicon.tagOf(next.lower) : undefined;
    return tag !== undefined && /Verb|Tense|Modal|Copula|Infinitive|Adverb/.test(tag);
  }
  if (!next) return true;
  if (!SPACE_GAP.test(gap) || next.cap) return true;
  if (SUBJECT_VERB.test(text.slice(t.end, t.end + 16))) return true;
  if (FOREIGN_FUNCTION.has(next.lower)) return false;
  const tag = lexicon.tagOf(next.lower);
  if (tag !== undefined) return VERB_OR_FUNCTION.test(tag);
  return /ed$/.test(next.lower) && isEnglishWord(next.lower);
}

/**
 * A lower-case word that no dictionary, lexicon or name list knows and that is shaped like a name
 * ("tunde", "tigist", "deepika"): a name only where the context leaves little else.
 */
function lowerUnknownName(t: WordToken): boolean {
  return (
    !t.cap && t.text.length >= 3 && LOWER_LETTERS.test(t.text) && lexicon.tagOf(t.lower) === undefined && !isEnglishWord(t.lower) &&
    !DRUG_WORDS.has(t.lower) && !DRUG_STEM.test(t.lower) && !FOREIGN_WORDS.has(t.lower) && !FOREIGN_FUNCTION.has(t.lower) &&
    !NOT_NAMES.has(t.lower) && !EXTEND_STOP.has(t.lower) && !TITLES.has(t.lower) && !RELATIONS.has(t.lower) && plausibleNameWord(t) &&
    !UNPRONOUNCEABLE.test(t.lower) &&
    // brand-like endings of medicines no list here knows ("paxlovid", "zepbound" aside): "-vid", "-lex", "-ine", "-ol"
    !BRAND_ENDING.test(t.lower) &&
    // two vowels at least: "tunde", "ngozi", not "egfr", "hgb", "psa"
    (t.lower.match(VOWEL)?.length ?? 0) >= 2
  );
}
// (made once: these run for many words of every message)
const NAME_SHAPE = /^\p{L}[\p{L}\p{M}'’-]*$/u;
const NOT_NAME_SHAPE = /^\p{L}-|\p{Ll}\p{Lu}$|\p{Lu}{2}/u;
const LOWER_LETTERS = /^\p{Ll}+$/u;
const UNPRONOUNCEABLE = /(?:[bcdfghjklmnpqrstvwxz]{4}|(.)\1\1)/;
const BRAND_ENDING = /(?:vid|lex|tec|dex|zol|pam|vir|mab|nib|zide|pril|olol|cin|xin|ine|ol|yl|ix|ax|ox|id|ium|ate|ide|one|ase|dra|vance|quil|fen|cort|zyme|tab)$/;
const VOWEL = /[aeiouy]/g;

// Words after which a lower-case name may open a clause: "i think ngozi has", "yesterday tunde fell"
const CLAUSE_OPENER =
  /^(?:think|thought|guess|know|knew|hope|said|says|and|but|so|then|yesterday|today|tonight|because|since|when|while|if|that|also|now|until|cuz|cause|coz|bc|worried|afraid|believe|feel|sure|wondering|noticed|realized|whether|though|although|after|before|once|maybe|and|or)$/;
const OWNER = /^(?:my|his|her|our|their|your|the|a|mi|su)$/;
const RELATION_NOUNS = new Set(["girl", "boy", "one", "man", "lady"]);
const COMMA_GAP = /^,[ \t]$/;
const RELATION_MODIFIER = /^(?:baby|little|lil|youngest|oldest|eldest|middle|older|younger|big|twin|step|new|teenage|adult|grown|late|dear|beloved|elderly|best)$/;

/** A relation written in more than one word right before token i: "baby girl", "friend's son", "sister in law". */
function relationPhraseBefore(toks: WordToken[], i: number, text: string): boolean {
  const a = toks[i - 1];
  const b = toks[i - 2];
  const c = toks[i - 3];
  if (a === undefined || b === undefined || c === undefined) return false;
  const gap = text.slice(a.end, toks[i]!.start);
  if (!SPACE_GAP.test(gap) && !COMMA_GAP.test(gap)) return false;
  if ((RELATIONS.has(a.lower) || RELATION_NOUNS.has(a.lower)) && RELATION_MODIFIER.test(b.lower) && OWNER.test(c.lower)) return true;
  if (RELATIONS.has(a.lower) && RELATIONS.has(b.lower) && /^['’]s?[ \t]$/.test(text.slice(b.end, a.start))) return true;
  return a.lower === "law" && b.lower === "in" && RELATIONS.has(c.lower);
}

/** A relation word, also with "ex-" or "step-": "ex-husband", "step-son". */
function isRelation(w: WordToken): boolean {
  return RELATIONS.has(w.lower) || (RELATION_PREFIX.test(w.lower) && RELATIONS.has(w.lower.replace(RELATION_PREFIX, "")));
}
const RELATION_PREFIX = /^(?:ex|step|late)-/;

// Particles of a surname: "van der Berg", "de la Cruz", "von Trapp", "bin Laden"
const NAME_PARTICLES = new Set(["van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "dos", "das", "al", "el", "bin", "ibn", "ter", "ten", "vander", "st", "ó", "o", "ní", "nic", "mac", "uí", "ua", "bint", "abu", "ben", "ap"]);
// Surnames that are also English words, after a given name: "Sunny Park", "Grace Long", "Tom Stone"
const SURNAME_WORDS = new Set([
  "park", "lee", "young", "long", "king", "moon", "song", "wood", "hill", "stone", "rice", "brown", "green", "white", "black", "gray",
  "grey", "bell", "ford", "hall", "hunt", "lane", "marsh", "cook", "baker", "fisher", "miller", "carter", "turner", "walker", "parker",
  "hunter", "price", "page", "nash", "banks", "wells", "fox", "west", "rivers", "ball", "cross", "little", "shaw", "mills",
  "woods", "waters", "bishop", "knight", "steel", "frost", "snow", "sharp", "wolfe", "bird", "swan"
]);
// What follows a patient's full name, not a park's or a street's: "Sunny Park in room 9", "Grace Long, 91", "Tom Stone has"
const PERSON_AFTER_PAIR = /^(?:\s(?:in (?:room|bed|bay|ward|cubicle)|has|had|says|said|told|needs|wants|refuses|refused|is refusing|was admitted|fell|called)\b|,\s?\d{1,3}\b|['’]s\s)/;
// "it's sunny again": weather, not the writer's name
const WEATHER_WORDS = /^(?:sunny|misty|rusty|rocky|windy|stormy|cloudy|frosty|sandy|chilly|breezy|dusty|foggy|rainy|snowy)$/;
// "Dr. Appointment tomorrow": the visit, not a surname
const VISIT_WORDS = /^(?:appointments?|office|visits?|orders?|notes?|letter|recommendations?|instructions|referral|prescription|consult|consultation|follow|checkup|check)$/;
// A finite verb, which no modal ("will", "may", "can") stands before: "my daughter may has", "my son will was"
const FINITE_AFTER = /^\s(?:has|had|is|was|says|said|told|tells|asked|asks|keeps|kept|got|gets|feels|felt|needs|needed|wants|wanted|started|stopped|woke|fell|went|took|takes|came|comes|ate|drank|swallowed|vomited|threw|hit|broke|burned|burnt|bumped|developed|noticed|tested|thinks|thought|seems|looks|doesn't|didn't|isn't|wasn't|hasn't|hadn't)\b/;
// "Hunter has a rash", "Autumn had a fever": a symptom after "has a" makes the subject a person
const SYMPTOM_HAD = /^\s(?:has|had)\s(?:a|an)\s(?:\p{L}+\s)?(?:rash|fever|cough|cold|temp|temperature|headache|migraine|stomachache|sore|earache|nosebleed|seizure|reaction|lump|bump|cut|burn|bruise|uti|infection|virus|bug|flu|fall|fracture|bite|sting|tummy|runny|swollen|bloody)\b/u;
// "67M", "67 M", "45 yo", "80y/o": an age and sex right after a name opening a note
const AGE_SEX_AFTER = /^\s\d{1,3}\s?(?:[MF]|yo|y\/o|yrs?|years?(?: old)?)(?![\p{L}\d])/iu;

/** A given name, also one that is an everyday word ("Hope", "Will", "Jack"): a name only with a cue. */
function anyGivenName(t: WordToken): boolean {
  return isGivenName(t.lower) !== undefined || WORD_NAMES.has(t.lower) || listedName(t);
}

// A verb right after a sentence's subject: "Tomasz fell", "Rose asked", "Hope has been vomiting".
const SUBJECT_VERB =
  /^\s(?:has|had|is|was|said|says|told|tells|asked|asks|called|calls|phoned|texted|emailed|reports|reported|complains|complained|keeps|kept|got|gets|feels|felt|needs|needed|wants|wanted|started|stopped|woke|fell|went|took|takes|came|comes|ate|drank|swallowed|vomited|threw|hit|broke|cut|burned|burnt|bumped|developed|noticed|tested|thinks|thought|seems|looks|can't|cannot|won't|doesn't|didn't|isn't|wasn't|hasn't|hadn't|just|also|still|now|again|here|used|uses|missed|forgot|tried|tries|turned|turns|rang|rings|finally|suddenly|collapsed|fainted|cried|slept|seemed|spent|tripped|slipped|coughed|refused|refuses|drove|drives|brought|brings|walked|ran|picked|dropped|gave|gives|passed|passes|wakes|won|lost|caught|picks|sneezed|choked|scratched|complained|texts)\b/;
// "(not the boxer lol) is my dad", " is my husband": who the name just written is
const IS_MY_RELATION = /^(?:\s?\([^)\n]{1,40}\))?,?\s(?:is|was)\s(?:my|our)\s(?:(?:little|baby|big|older|younger|eldest|oldest|youngest)\s)?(\p{L}+)/u;
// "has been vomiting", "had been coughing", "'s been throwing up": being ill, which only a person (or a pet) is
const SYMPTOM_BEEN =
  /^(?:\s(?:has|had)|['’]s)\s(?:been\s)?(?:vomiting|throwing up|coughing|wheezing|crying|screaming|sick|feverish|unwell|poorly|complaining|limping|scratching|sneezing|refusing|off (?:her|his) food|running a (?:fever|temp)|spiking|pulling at|not (?:eating|feeding|sleeping|drinking|herself|himself))\b/;
// "Ahmed's inhaler", "Rose's fever": a possessive before a body, medicine or family word.
const POSSESSIVE_THING =
  /^['’]s\s(?:\p{L}+\s)?(?:been|got|gone|house|place|flat|home|party|room|gout|sickle|crisis|flare|eczema|reflux|migraines?|nephew|niece|grandson|granddaughter|partner|boyfriend|girlfriend|carer|gp|GP|physio|consultant|midwife|kids|children|twin|aunt|uncle|cousin|nan|gran|grandma|grandpa|dob|DOB|D\.O\.B|d\.o\.b|birthday|bday|date of birth|vaccines?|shots?|jabs?|checkup|check-up|bloods|scan|x-ray|inhaler|fever|temp|temperature|blood|sugar|glucose|bp|pressure|rash|cough|pain|meds|medication|medicine|pills?|dose|insulin|inr|labs?|results?|ear|ears|eye|eyes|leg|legs|arm|arms|knee|ankle|wrist|hand|foot|feet|head|chest|stomach|belly|back|throat|skin|heart|breathing|asthma|allergy|allergies|mom|mum|dad|mother|father|wife|husband|son|daughter|sister|brother|baby|doctor|nurse|school|teacher|weight|sats|oxygen|heart rate|pulse|symptoms|appointment|surgery|wound|stitches|cast|swelling|diarrhea|vomiting|seizures?|epipen|prescription|refill|therapist|counselou?r|pediatrician|paediatrician|dentist|psychiatrist|psychologist|teacher|coach|caseworker|creatinine|potassium|sodium|ha?emoglobin|hb|ferritin|iron|cholesterol|a1c|hba1c|tsh|psa|egfr|levels?|numbers|readings?|kidneys?|liver|lungs?|bowels?|bladder|thyroid|milk|milk supply|hair|scalp|teeth|tooth|gums|nose|mouth|lips?|tongue|tonsils|neck|shoulders?|elbows?|fingers?|toes?|hips?|bum|bottom|nappy|nappies|diaper|poo|poop|pee|urine|stool|mood|behaviou?r|sleep|speech|memory|hearing|eyesight|vision|tummy|face|body|bones?|joints?|mri|ecg|ekg|echo|biopsy|chemo|infusion|dialysis|eczema|acne|nits|lice|headaches?|nosebleeds?|periods?|pregnancy|labou?r|delivery|feeds?|feeding|bottle|formula|weight gain|oncologist|nephrologist|cardiologist|neurologist|specialist|surgeon|psychiatrist)\b/u;
// "We brought Kwame in", "told Grace", "seeing Bao today": the person a verb acts on.
const OBJECT_VERBS = new Set([
  "took", "take", "taking", "bring", "brought", "bringing", "see", "saw", "seeing", "seen", "tell", "told", "telling", "ask", "asked",
  "call", "called", "calling", "taught", "teach", "drove", "drive", "driving", "visit", "visited", "visiting", "help", "helped",
  "meet", "met", "remind", "reminded", "text", "texted", "email", "emailed", "pick", "picked", "examine", "examined", "watch",
  "watching", "babysit", "babysitting", "found", "carry", "carried", "hug", "thank", "give", "gave", "giving", "adopted",
  "adopt", "feed", "fed", "feeding", "bathe", "bathed", "dress", "dressed", "wake", "put", "let", "keep", "kept", "send", "sent", "hold",
  "held", "weigh", "weighed", "vaccinate", "vaccinated", "nurse", "nursed", "breastfeed", "breastfed", "rushed", "rush", "admitted",
  "discharged", "diagnosed", "treated", "tested", "swabbed", "monitor", "monitored", "check", "checked", "lift", "lifted", "move", "moved"
]);
// A name after "Hi", "Thanks", "Cheers" that is no name: "Hi there", "Thanks again", "Hi all".
const NOT_ADDRESSEE = new Set([
  "there", "all", "everyone", "everybody", "team", "guys", "folks", "again", "so", "much", "lot", "you", "a", "in", "advance", "for",
  "doctor", "doc", "nurse", "sir", "madam", "maam", "friend", "friends", "both", "y'all", "yall", "ok", "okay", "in", "to", "the",
  "morning", "afternoon", "evening", "night", "support", "help", "reading", "listening", "anyway", "bye", "god", "jesus"
]);

/** Multiple-choice text ("A. IL-2 B. IL-4 ..."): single capitals before a dot are option letters, not initials. */
function hasOptionLetters(text: string): boolean {
  return /(?:^|\s)A[.)]\s[^\n]{0,400}?\sB[.)]\s/.test(text) || /\n[ \t]*[A-E][.)][ \t]/.test(text);
}

/**
 * Other mentions of a name already found: "Hope you can help. My daughter Hope is 14 months" (the
 * same capitalised word again), and names joined to one by "and" / "," / "y": "Pooja, Rahul and
 * Anjali Deshpande", "Carlos y Lucía".
 */
function sameNames(toks: WordToken[], text: string, found: PhiHit[]): PhiHit[] {
  if (found.length === 0) return [];
  // which tokens lie in a found name: one sweep over both sorted lists (linear, however many names)
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const covered = new Uint8Array(toks.length);
  let h = 0;
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!;
    while (h < sorted.length && sorted[h]!.end <= w.start) h++;
    for (let g = h; g < sorted.length && g < h + 4 && sorted[g]!.start < w.end; g++) if (w.start < sorted[g]!.end) covered[k] = 1;
  }
  const inside = (k: number) => covered[k] === 1;
  const seen = new Set<string>();
  // ("Will", "Sunny": a name that is also a word counts again only mid-sentence, where the word is not capitalised)
  for (let k = 0; k < toks.length; k++)
    if (covered[k] === 1 && toks[k]!.cap && toks[k]!.text.length > 2 && (!NOT_NAMES.has(toks[k]!.lower) || WORD_NAMES.has(toks[k]!.lower))) seen.add(toks[k]!.text);
  const out: PhiHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (inside(i)) continue;
    // a lower-case word counts only right next to a found name ("ayo and tunde"), so most words cost nothing here
    if (!t.cap && !(covered[i - 1] === 1 || covered[i - 2] === 1 || covered[i + 1] === 1 || covered[i + 2] === 1)) continue;
    if (!t.cap && !listedName(t)) continue;
    if (seen.has(t.text) && !(NOT_NAMES.has(t.lower) && t.sentenceStart) && !EPONYM_NEXT.test(text.slice(t.end, t.end + 24))) {
      out.push({ type: "NAME", start: t.start, end: t.end });
      continue;
    }
    // joined to a found name: "Pooja, Rahul and Anjali", "Mohammed and Layla Haddad", "Carlos y Lucía"
    const step = (k: number, dir: 1 | -1): number => {
      const a = dir === 1 ? k : k - 1;
      const b = dir === 1 ? k + 1 : k;
      const x = toks[a];
      const y = toks[b];
      if (!x || !y) return -1;
      if (/^(?:,[ \t]?|[ \t]&[ \t])$/.test(text.slice(x.end, y.start))) return dir === 1 ? b : a;
      const mid = dir === 1 ? y : x;
      const far = toks[dir === 1 ? b + 1 : a - 1];
      if (far && /^(?:and|y|or|e|et)$/.test(mid.lower) && oneSpaceBetween(text, x, y) && ONE_SPACE_GAP.test(dir === 1 ? text.slice(y.end, far.start) : text.slice(far.end, x.start)))
        return dir === 1 ? b + 1 : a - 1;
      return -1;
    };
    let joined = false;
    for (const dir of [1, -1] as const) {
      let k = i;
      for (let n = 0; n < 6 && !joined; n++) {
        k = step(k, dir);
        if (k < 0) break;
        if (inside(k)) joined = true;
        else if (!toks[k]!.cap && !listedName(toks[k]!)) break;
      }
    }
    if (!joined) continue;
    if (!(anyGivenName(t) || listedName(t) || unknownNameWord(t) || isSurname(t.lower))) continue;
    if (NOT_NAMES.has(t.lower) || EXTEND_STOP.has(t.lower) || FOREIGN_WORDS.has(t.lower) || isAcronym(t) || EPONYM_NEXT.test(text.slice(t.end, t.end + 24))) continue;
    out.push({ type: "NAME", start: t.start, end: t.end });
  }
  return out;
}

// ---- Name cues added for the phi-h writer (one block: kinship brackets, roles, eponym surnames, particles) ----
// Surnames that are also eponyms: a person after a title ("Dr Graves", "Dr. Addison"), a condition before "disease"
const EPONYM_SURNAMES = new Set([
  "parkinson", "alzheimer", "crohn", "hashimoto", "graves", "addison", "cushing", "tourette", "hodgkin", "kawasaki", "raynaud", "sjogren",
  "huntington", "marfan", "asperger", "barr", "epstein", "foley", "holter", "doppler", "heimlich", "apgar", "reye", "guillain", "paget", "down"
]);
// "Dawn from the surgery rang", "pat from next door found dad": someone from a place the writer knows, then a verb
const FROM_PLACE_VERB =
  /^\s(?:from|at)\s(?:next door|down the road|across the (?:road|street|hall)|work|church|school|(?:the|my|our|his|her)\s(?:\p{L}+\s)?(?:surgery|practice|clinic|office|pharmacy|chemist|ward|hospital|school|church|team|group|centre|center|gym|club|mosque|temple|lab|agency|council|street|flat|house))(?:\s(?:in|on)\s\p{Lu}[\p{L}'’-]+)?\s(?:rang|called|phoned|texted|emailed|said|says|told|came|found|brought|dropped|wrote|left|sent|asked|checked|popped|visited|noticed|heard|saw|drove|took|helped)\b/u;
// "heather (my wife) has", "Jhun-Jhun (my younger brother) was": a name opening a sentence, then who it is in brackets
const BRACKET_RELATION_AFTER = new RegExp(`^\\s?\\((?:my|our|his|her|their)\\s(?:(?:${RELATION_MODIFIER.source.slice(4, -2)})\\s)?(\\p{L}+)\\)`, "u");
// "surname is", "last name is": the next capitalised word is a surname, whatever else it is
// A kinship word alone is no name ("Nana keeps forgetting", "Nanny rang"); with a name after it, it may be one ("Nana Akua")
const KINSHIP_ALONE = new Set(["nana", "nanny", "nan", "nanna", "gran", "granny", "grandma", "grandpa", "grandad", "granddad", "nonna", "nonno", "babcia", "koro", "kuia", "auntie", "aunty", "tita", "tito", "lolo"]);
const SURNAME_LABEL = /(?:surname|last name|family name|maiden name)\s(?:is|was|:)\s?$/i;

function moreNameCues(toks: WordToken[], text: string): PhiHit[] {
  const out: PhiHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1];
    // most words: not capitalised, no bracket or "from" after them, no title before them
    const after = text.slice(t.end, t.end + 60);
    const gapPrev = prev ? text.slice(prev.end, t.start) : "";
    const nameish = anyGivenName(t) || listedName(t) || (t.cap ? unknownNameWord(t) : lowerUnknownName(t));
    if ((NOT_NAMES.has(t.lower) && !EPONYM_SURNAMES.has(t.lower)) || EXTEND_STOP.has(t.lower) || (t.cap && isAcronym(t))) continue;
    // "Dad (Ray) is out of surgery", "Mum (Gurdeep) rang": a capitalised relation, then the name in brackets
    if (prev !== undefined && prev.cap && isRelation(prev) && /^\s?\($/.test(gapPrev) && /^\)/.test(after) && t.cap && nameish) out.push({ type: "NAME", start: t.start, end: t.end });
    // "heather (my wife) has a migraine", "Jhun-Jhun (my younger brother) was bitten"
    else if (t.sentenceStart && nameish && !isCommonWordOnly(t) && RELATIONS.has(BRACKET_RELATION_AFTER.exec(after)?.[1]?.toLowerCase() ?? "")) out.push({ type: "NAME", start: t.start, end: t.end });
    // "Dawn from the surgery rang", "pat from next door found dad"
    else if (t.sentenceStart && anyGivenName(t) && FROM_PLACE_VERB.test(after)) out.push({ type: "NAME", start: t.start, end: t.end });
    // "Dr Graves is my endocrinologist", "Saw Dr. Addison at": an eponym surname after a title, no disease after it
    else if (t.cap && EPONYM_SURNAMES.has(t.lower) && prev !== undefined && /^(?:dr|mr|mrs|ms|prof|miss|nurse)$/.test(prev.lower) && /^\.?\s{1,2}$/.test(gapPrev) && !EPONYM_NEXT.test(after) && !/^['’]/.test(after))
      out.push({ type: "NAME", start: t.start, end: t.end });
    // "my surname is Parkinson": a labelled surname
    else if (t.cap && SURNAME_LABEL.test(text.slice(Math.max(0, t.start - 20), t.start)) && /^\p{Lu}\p{Ll}+$/u.test(t.text)) out.push({ type: "NAME", start: t.start, end: t.end });
    // "it's Lily Parkinson, DOB ...": a given name and a capitalised surname introducing the writer
    else if (prev?.lower === "it" && /^['’]s\s$/.test(gapPrev) && t.cap && anyGivenName(t)) {
      const n = toks[i + 1];
      if (n !== undefined && n.cap && /^ $/.test(text.slice(t.end, n.start)) && /^\p{Lu}\p{Ll}+$/u.test(n.text) && !EXTEND_STOP.has(n.lower) && (!NOT_NAMES.has(n.lower) || EPONYM_SURNAMES.has(n.lower)) && !EPONYM_NEXT.test(text.slice(n.end, n.end + 24))) {
        out.push({ type: "NAME", start: t.start, end: n.end });
        i++;
      }
    }
    // "Pádraig and Niamh both tested positive": two names opening a sentence as its subject
    else if (t.sentenceStart && t.cap && (listedName(t) || unknownNameWord(t)) && /^\s(?:and|&)\s\p{Lu}/u.test(after)) {
      const n = toks[i + 2];
      if (n !== undefined && n.cap && (listedName(n) || anyGivenName(n) || unknownNameWord(n)) && (SUBJECT_VERB.test(text.slice(n.end, n.end + 16)) || /^\s(?:both|are|were|have)\b/.test(text.slice(n.end, n.end + 6)))) out.push({ type: "NAME", start: t.start, end: t.end });
    }
    // "Faisal al-Harbi's nephew here": the writer as someone's relative, the name before "'s <relation> here"
    else if (t.sentenceStart && t.cap && nameish) {
      const n = toks[i + 1];
      const end = n !== undefined && /^ $/.test(text.slice(t.end, n.start)) && (/^(?:al|el|bin|ibn|abu|ul|ud)-\p{Lu}/u.test(n.text) || (n.cap && (listedName(n) || isSurname(n.lower)))) ? n.end : t.end;
      const m = /^['’]s\s(\p{L}+)\shere\b/u.exec(text.slice(end, end + 30));
      if (m !== null && RELATIONS.has(m[1]!.toLowerCase())) out.push({ type: "NAME", start: t.start, end });
    }
    // "at Summer's house", "picked up from Ivy's school": a given name mid-sentence as the owner of a home, person or body word
    else if (t.cap && !t.sentenceStart && anyGivenName(t) && /^['’]s\s/.test(after) && POSSESSIVE_THING.test(after) && prev !== undefined && !TITLES.has(prev.lower)) out.push({ type: "NAME", start: t.start, end: t.end });
  }
  return out;
}

// "Pieter van der Berg", "María José de la Cruz", "Faisal al-Harbi": a found name goes on over surname particles
const PARTICLES_AFTER = /^[ \t](?:(?:van|von|der|den|de|del|della|di|da|du|la|le|dos|das|al|el|bin|ibn|ter|ten|ó|ní|nic|mac)[ \t]){1,3}\p{Lu}[\p{Ll}\p{M}'’-]+|^[ \t](?:al|el|bin|ibn|abu)-\p{Lu}[\p{Ll}\p{M}'’-]+/u;
// "Siobhán Ní Bhriain, Ennis.": a town after a full name and a comma, ending the line, is where the person lives
function townAfterName(found: PhiHit[], text: string): PhiHit[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  for (const [k, h] of sorted.entries()) {
    const before = sorted[k - 1];
    if (h.type === "NAME" && before?.type === "NAME" && /^, $/.test(text.slice(before.end, h.start)) && /\s/.test(text.slice(before.start, before.end)) && /^(?:[.\n]|$)/.test(text.slice(h.end, h.end + 1))) {
      const w = text.slice(h.start, h.end).toLowerCase();
      if (!w.includes(" ") && (placePopulation(w) ?? 0) >= 5_000 && isGivenName(w) === undefined && !WORD_NAMES.has(w)) h.type = "CITY";
    }
  }
  return sorted;
}

function finishNames(found: PhiHit[], text: string): PhiHit[] {
  for (const h of found) {
    if (h.type !== "NAME" || !/\p{Lu}/u.test(text[h.start] ?? "")) continue;
    const m = PARTICLES_AFTER.exec(text.slice(h.end, h.end + 50));
    if (m === null) continue;
    // "al-Rashid's daughter": the possessive is no part of the name
    const ext = m[0].replace(/['’]s?$/, "");
    const last = ext.slice(ext.search(/\p{Lu}[\p{Ll}\p{M}'’-]+$/u)).toLowerCase();
    if (!EXTEND_STOP.has(last) && !NOT_NAMES.has(last) && !EPONYM_NEXT.test(text.slice(h.end + ext.length, h.end + ext.length + 24))) h.end += ext.length;
  }
  const out: PhiHit[] = [];
  for (const h of found) {
    if (h.type !== "NAME") {
      out.push(h);
      continue;
    }
    const value = text.slice(h.start, h.end);
    if (KINSHIP_ALONE.has(value.toLowerCase()) || petBefore(text, h.start) || institutionAt(text, h.start)) continue;
    // "Nana Akua is diabetic", "Grandpa Ezekiel, 90": the kinship word before the name is no part of it
    // (a sign-off keeps it whole: "Lovingly, Nana Akua")
    const kin = /^(\p{L}+)[ \t]+(?=\p{L})/u.exec(value);
    if (kin !== null && (KINSHIP_ALONE.has(kin[1]!.toLowerCase()) || /^(?:grandma|grandpa|grandmother|grandfather|granny|auntie|aunty|aunt|uncle|abuela|abuelo|lola|lolo|oma|opa|mataji|pitaji|bhaiya|didi)$/i.test(kin[1]!)) && !/^[ \t]*[.!]?[ \t]*$/.test(text.slice(h.end))) {
      out.push({ ...h, start: h.start + kin[0].length });
      continue;
    }
    out.push(h);
  }
  return out;
}

// "our dog Bella", "the cat, Milo,", "my puppy Biscuit": a pet's name, which identifies no patient
const PET_BEFORE = /(?:^|[^\p{L}])(?:dog|dogs|cat|cats|puppy|pup|kitten|kitty|pet|hamster|rabbit|bunny|horse|pony|parrot|budgie|ferret|tortoise|turtle|lizard|gecko|goldfish|guinea pig|gerbil|rat|mouse|chihuahua|labrador|lab|terrier|spaniel|poodle|collie|retriever|beagle|dachshund|pug|husky|bulldog|greyhound|whippet|cockatiel|canary)[ \t]?,?[ \t]$/iu;
function petBefore(text: string, start: number): boolean {
  return PET_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}
// "ER at Mercy says", "the clinic at Providence": a capitalised word after a place of care and "at" names the institution
const INSTITUTION_AT = /(?:^|[^\p{L}])(?:er|ed|a&e|hospital|clinic|admitted|seen|treated|delivered|born|surgery|icu|nicu|scan|mri|appointment|appt)[ \t]at[ \t]$/iu;
function institutionAt(text: string, start: number): boolean {
  return INSTITUTION_AT.test(text.slice(Math.max(0, start - 20), start)) && /^\p{Lu}/u.test(text[start] ?? "") && isEnglishWord((/^\p{L}+/u.exec(text.slice(start, start + 30))?.[0] ?? "").toLowerCase());
}
// ---- end of the phi-h name cues ----


// names(): tests made for (nearly) every word, as constants (a regex literal in a loop is a new object each time)
const CLOSE_GAP = /^[.,:]?\s{1,3}$/;
// "diagnosed with Atrial Flutter", "something called achalasia"
const CONDITION_LINK = new Set(["with", "from", "called", "of", "have", "has", "had", "named"]);
const CONDITION_LEAD = new Set([
  "diagnosed", "suffering", "suffer", "something", "condition", "disease", "disorder", "syndrome", "i", "ive", "think", "might", "may", "probably",
  "possibly", "maybe", "symptoms", "signs", "case", "history", "type", "form", "thing", "its", "it's"
]);
const CONDITION_NAMED_LEAD = new Set(["something", "condition", "disease", "disorder", "syndrome", "thing", "its", "it's", "it", "is", "was"]);
const STRICT_TITLES = new Set(["dr", "mr", "mrs", "ms", "prof", "dra", "sr", "sra"]);
const SAINTS = new Set(["st", "saint", "san", "santa", "sao", "ste"]);
const QUESTION_OPENERS = new Set(["can", "could", "should", "does", "did", "will", "would", "is", "may", "must"]);
const OPENING_FILLERS = new Set(["so", "ok", "okay", "well", "um", "also", "oh", "and", "but"]);
const OPENING_FILLERS_BEFORE = new Set(["ok", "okay", "and", "but", "so"]);
// " and ", " & " right after a word (sticky: tested in place, no slice)
const AND_AFTER = /\s(?:and|&)\s/y;

/** A sticky regex tested at `at` of the whole text (no slice made). */
function startsAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/**
 * True when `text` ends with a match of `tail`, a sticky regex of exactly two ASCII-or-space characters.
 * A "...$" regex over the words before a token tries every start in them; the last two characters it
 * needs rule out most tokens at once (each tail below is what its regex's final characters can be).
 */
function endsWithTail(tail: RegExp, text: string): boolean {
  if (text.length < 2) return false;
  tail.lastIndex = text.length - 2;
  return tail.test(text);
}
// X_TITLE_BEFORE: "dr", "mr", "mrs", "ms", "miss", "prof", maybe ".", then a space or tab
const X_TITLE_TAIL = /[rsf.][ \t]/y;
// X_NAMING_CUE: "name", "name is", "name:", "name -", "pt,", "patient", "im", "it's", "this is", "uh", "umm", "er"... then a space
const X_NAMING_TAIL = /[est:,mhr-]\s/y;
// X_AGED_KID: "yo", "y/o", "yr", "yrs", "mo", "month", "year", "old", then a space
const X_AGED_KID_TAIL = /[orshd]\s/y;

export class PhiDetector {
  constructor(private readonly nameEngine: NameEngine = "lexicon") {}

  detect(text: string): PhiHit[] {
    const hits: PhiHit[] = [];
    const preferred: PhiHit[] = [];
    for (const p of PHI_PATTERNS) {
      if (p.gate && !p.gate.test(text)) continue;
      p.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = p.re.exec(text)) !== null) {
        if (m[0].length === 0) {
          p.re.lastIndex++;
          continue;
        }
        const value = p.group !== undefined ? m[p.group] : m[0];
        if (value === undefined) continue;
        const start = p.group !== undefined ? m.index + m[0].lastIndexOf(value) : m.index;
        let end = start + value.length;
        let v = value;
        if (p.type === "URL") {
          const trimmed = v.replace(/[.,;:!?)\]]+$/, "");
          end -= v.length - trimmed.length;
          v = trimmed;
        }
        if (p.check && !p.check(v, m, text)) continue;
        // "90 1/2", "92 and a half": the fraction belongs to the age
        if (p.type === "AGE") {
          const half = /^(?: ?½| 1\/2| and a half)(?![\w/])/.exec(text.slice(end, end + 12));
          if (half) end += half[0].length;
        }
        // a number followed by a unit is a clinical value, never an identifier
        if (/\d$/.test(v) && CLINICAL_UNIT_AFTER.test(text.slice(end, end + 8)) && p.type !== "ADDRESS") continue;
        hits.push({ type: p.type as PhiType, start, end });
        if (p.prefer) preferred.push(hits[hits.length - 1]!);
      }
    }
    if (preferred.length) phiMPreferLabelled(hits, preferred);
    const toks = words(text);
    hits.push(...this.cities(toks, text), ...citiesAfterAddress(hits, text));
    hits.push(...districtsAfterTowns(hits, text));
    if (this.nameEngine !== "compromise-only") {
      const found = [...this.names(toks, text), ...signatures(text), ...signOff(text), ...greetings(text), ...closingName(toks, text), ...moreNameCues(toks, text)];
      const named = finishNames(found, text);
      hits.push(...townAfterName([...named, ...sameNames(toks, text, named).filter((h) => !KINSHIP_ALONE.has(text.slice(h.start, h.end).toLowerCase()) && !petBefore(text, h.start))], text));
    }
    if (this.nameEngine !== "lexicon") hits.push(...this.compromiseNames(text));
    hits.push(...agesAfterNames(hits, text), ...repeatedAges(hits, text));
    // phi-k cues: more names and places, and a few retyped or dropped (see the block at the end of this file)
    return phiAMCues(toks, text, phiALCues(toks, text, phiAKCues(toks, text, phiAICues(toks, text, phiAJCues(toks, text, phiAHCues(toks, text, phiAGCues(toks, text, phiAFCues(toks, text, phiAECues(toks, text, phiADCues(toks, text, phiACCues(toks, text, phiABCues(toks, text, phiZCues(toks, text, phiXCues(toks, text, phiWCues(text, phiUCues(toks, text, phiTCues(text, phiRCues(text, phiPCues(toks, text, mergeSurnameFirst(resolveOverlaps(phiOCues(text, phiNCues(toks, text, phiMNotNames(phiKCues(toks, text, hits), text).map((h) => (h.type === "CITY" ? clinicianNotCity(h, text) : h))))), text))))))))))))))))))));
  }

  private cities(toks: WordToken[], text: string): PhiHit[] {
    const out: PhiHit[] = [];
    let lastCityToken = -10;
    // where states stand ("..., az", " ohio"): only a lower-case town up to 60 characters before one may count
    // without a preposition (one pass over the text, then a pointer that only moves forward)
    const states: number[] = [];
    if (STATE_GATE.test(text)) {
      STATE_ANYWHERE.lastIndex = 0;
      let sm: RegExpExecArray | null;
      while ((sm = STATE_ANYWHERE.exec(text)) !== null) states.push(sm.index);
    }
    let nextState = 0;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const prevTok = toks[i - 1];
      const prev = prevTok?.lower;
      const prev2 = toks[i - 2]?.lower;
      // a place preposition right before the word, on the same line ("in Dayton", "from tucson")
      const prep = prevTok !== undefined && SPACE_GAP.test(text.slice(prevTok.end, t.start)) ? placePreposition(toks, i - 1, text) : undefined;
      while (nextState < states.length && states[nextState]! < t.end) nextState++;
      if (!t.cap && prep === undefined && !(nextState < states.length && states[nextState]! - t.end <= 60) && !placeWordNext(toks[i + 1], t, text)) continue;
      // "from Albuquerque to Boise": a second place joined to one just found
      // (not across a comma: "in St Just, and Eli's asthma"; not a given name after "and": "in Leeds and Eli has")
      const chained = lastCityToken === i - 2 && (prev === "to" || prev === "and" || prev === "or") && oneSpaceBetween(text, toks[i - 2]!, prevTok!) &&
        !(prev !== "to" && anyGivenName(t)) && !/^['’]/.test(text.slice(t.end, t.end + 1));
      const cue = chained ||
        (prev === "in" || prev === "to" || prev === "from" || prev === "of" || prev === "near" || prev === "en" || prev === "de") &&
        prev2 !== undefined &&
        LIVING_VERBS.test(prev2);
      // "Jerez de la Frontera", "San Cristóbal de las Casas": four or five words with small words inside
      if (prep !== undefined && t.cap) {
        const long = connectedPlace(toks, i, text);
        if (long > i) {
          out.push({ type: "CITY", start: t.start, end: toks[long]!.end });
          lastCityToken = long;
          i = long;
          continue;
        }
      }
      const foundBefore = out.length;
      // two- and three-word city names first
      for (const n of SPAN_LENGTHS) {
        if (i + n > toks.length) continue;
        // one line, one space between the words: "Cebu City", "san antonio"
        let spaced = true;
        let caps = 0;
        for (let k = i; k < i + n; k++) {
          // "St. Albans", "Mt. Vernon": an abbreviation's dot before the space
          if (k > i && !oneSpaceBetween(text, toks[k - 1]!, toks[k]!) && !(DOTTED_ABBREVIATIONS.has(toks[k - 1]!.lower) && DOT_SPACE_GAP.test(text.slice(toks[k - 1]!.end, toks[k]!.start)))) spaced = false;
          if (toks[k]!.cap) caps++;
        }
        if (!spaced) continue;
        const allCap = caps === n;
        // "Truth or Consequences", "Rio de Janeiro", "Newcastle upon Tyne": a listed name with a small word inside
        if (n === 3 && prep !== undefined && t.cap && toks[i + 2]!.cap && PLACE_CONNECTOR.test(toks[i + 1]!.lower)) {
          const joined = `${t.lower} ${toks[i + 1]!.lower} ${toks[i + 2]!.lower}`;
          if ((placePopulation(joined) ?? 0) >= 1_000 || isCity(joined)) {
            out.push({ type: "CITY", start: t.start, end: toks[i + 2]!.end });
            lastCityToken = i + 2;
            i += 2;
            break;
          }
        }
        if (!allCap && caps !== 0) continue;
        const span = toks.slice(i, i + n);
        const name = span.map((s) => s.lower).join(" ");
        const known = allCap && isCity(name) && !NOT_NAMES.has(name) && !(prevTok !== undefined && (isRelation(prevTok) || TITLES.has(prevTok.lower)) && oneSpaceBetween(text, prevTok, t));
        const cued = allCap && cue && n === 1 && !isCommonWord(t.lower) && !NOT_NAMES.has(t.lower) && !REGION_WORDS.has(t.lower) && !STATE_NAME_SET.has(t.lower);
        const listed =
          !known && !cued &&
          (calledPlace(toks, i, n, text) ||
            // "Reading PA", "in mobile al", "bath uk": a listed town followed by the state or country it lies in
            inRegionAfter(span, name, prep !== undefined, text)) ||
          !known && !cued &&
          (((prep !== undefined || chained) && listedPlace(span, name, chained ? { strong: true, person: false } : prep!, text)) ||
            // "the Dayton area", "a Tucson native": a listed town before a word that makes it a place
            (allCap && PLACE_NOUN_AFTER.test(text.slice(span[n - 1]!.end, span[n - 1]!.end + 12)) && !span.every((w) => isEnglishWord(w.lower)) && listedPlace(span, name, { strong: false, person: false }, text)) ||
            // "bicester village", "a wagga trip": one lower-case word no dictionary or name list knows, a town of 10,000 or more
            (n === 1 && !t.cap && PLACE_NOUN_AFTER.test(text.slice(t.end, t.end + 12)) && lexicon.tagOf(t.lower) === undefined && !isEnglishWord(t.lower) && !inNameList(t.lower) && (placePopulation(t.lower) ?? 0) >= 10_000 && listedPlace(span, name, { strong: false, person: false }, text)) ||
            // "tucson, az 85701", "dayton ohio": a listed town before its state
            (STATE_AFTER.test(text.slice(span[n - 1]!.end, span[n - 1]!.end + 20)) && !span.every((w) => isEnglishWord(w.lower)) && listedPlace(span, name, { strong: true, person: false }, text)) ||
            // "the Ely hospital", "tapachula clinic gave", "Port Harcourt lab says": a listed town before a place of care
            townBeforeFacility(span, name, text));
        if (known || cued || listed) {
          const last = span[n - 1]!;
          // "Paris Hilton" style: a known city immediately followed by a surname is a person
          const next = toks[i + n];
          if (!cue && !listed && next && next.cap && isSurname(next.lower)) break;
          // "Brussels sprouts", "a Boston terrier", "Dijon mustard": a known city before a noun names a thing
          if (known && !listed && prep === undefined && next !== undefined && compoundNounAfter(last, next, text)) break;
          if (!cue && text.slice(last.end, last.end + 20).match(EPONYM_NEXT)) break;
          if (INSTITUTION_NEXT.test(text.slice(last.end, last.end + 24)) && !(listed && /^\sInfirmary\b/.test(text.slice(last.end, last.end + 12)))) break;
          out.push({ type: "CITY", start: t.start, end: last.end });
          lastCityToken = i + n - 1;
          i += n - 1;
          break;
        }
      }
      if (out.length > foundBefore || prep === undefined || !t.cap) continue;
      // "the ED in Otahuhu", "grew up in Kibera", "had my gallbladder out in Albequerque": a capitalised
      // word no list knows after a strong place cue, or a large town misspelt by one letter after any
      if (unlistedPlace(toks, i, prep, text)) {
        out.push({ type: "CITY", start: t.start, end: t.end });
        lastCityToken = i;
      }
    }
    return out;
  }

  private names(toks: WordToken[], text: string): PhiHit[] {
    const out: PhiHit[] = [];
    let strictTitle = false;
    const isNameLike = (t: WordToken | undefined, afterCue: boolean, next?: WordToken): boolean => {
      if (!t || ABBREVIATED_TITLES.has(t.lower)) return false;
      // "my partner Xiaoling": after a strong cue a capitalised word needs no dictionary's approval
      if (afterCue && t.cap && t.text.length > 2 && !NOT_NAMES.has(t.lower) && !EXTEND_STOP.has(t.lower) && /^\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*$/u.test(t.text) && !isCommonWord(t.lower) && !isEnglishWord(t.lower) && !DRUG_STEM.test(t.lower))
        return !EPONYM_NEXT.test(text.slice(t.end, t.end + 24));
      // "my son Will has a cough" (but "my son will be fine")
      if (afterCue && t.text === "Will" && /^(?:\s(?:has|had|is|was|and|said|says|got|gets|fell|woke)\b|[,.])/.test(text.slice(t.end, t.end + 8))) return true;
      // "Dr. Will Ferreira": after a title, "Will" before a surname is a given name
      if (afterCue && strictTitle && t.text === "Will") {
        const n = next;
        return n !== undefined && n.cap && text.slice(t.end, n.start) === " " && (isSurname(n.lower) || listedName(n) || unknownNameWord(n));
      }
      // "my daughter may has been throwing up": a modal never comes before "has", "is", "was" or a past tense
      if (afterCue && /^(?:will|may|can)$/.test(t.lower)) return FINITE_AFTER.test(text.slice(t.end, t.end + 14));
      // "Dr. Reading", "Mrs. Manning": after a title a capitalised word is a surname, whatever its ending
      if (afterCue && strictTitle && t.cap && /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) && !NOT_NAMES.has(t.lower) && !VISIT_WORDS.test(t.lower) && !EXTEND_STOP.has(t.lower) && !DRUG_WORDS.has(t.lower) && !DRUG_STEM.test(t.lower))
        return !EPONYM_NEXT.test(text.slice(t.end, t.end + 24));
      if (!plausibleNameWord(t)) return false;
      // "MY MOM LIVES IN ...": in a shouted message capitals say nothing, an English word is no name
      if (t.shouting && t.text === t.text.toUpperCase() && isEnglishWord(t.lower) && isGivenName(t.lower) === undefined && !WORD_NAMES.has(t.lower)) return false;
      if (EPONYM_NEXT.test(text.slice(t.end, t.end + 24)) || EPONYM_SECOND.test(text.slice(t.end, t.end + 40))) return false;
      if (t.cap) return afterCue || !isCommonWord(t.lower) || isGivenName(t.lower) !== undefined;
      // lowercase: only a known name, or an unknown word straight after a strong cue
      if (isGivenName(t.lower) === "strong" || isSurname(t.lower) || (afterCue && listedName(t))) return true;
      if (afterCue && strictTitle && lexicon.tagOf(t.lower) === undefined && t.lower.length > 2) return true;
      // "my husband tunde has chest pain", "my daughter deepika, 6,": a word nobody knows, then a verb or a stop
      // (or a listed surname: "the patient, ngozi adeyemi, 34")
      if (afterCue && lowerUnknownName(t)) {
        const after = text.slice(t.end, t.end + 40);
        const nextWord = /^ (\p{Ll}{3,30})\b/u.exec(after)?.[1];
        if (SUBJECT_VERB.test(after) || /^\s?[,.;:!?)]|^['’]s\s|^\s*$/.test(after) || /^\s(?:is|was|has|had|and|who)\b/.test(after) || (nextWord !== undefined && isListedName(nextWord))) return true;
      }
      // "my husband, raj, has": set off by commas after a relation, a rare English word is a name
      if (afterCue && /^,\s/.test(text.slice(t.end, t.end + 2)) && /,\s$/.test(text.slice(Math.max(0, t.start - 2), t.start)) && (englishWordLevel(t.lower) ?? 99) >= 50 && !DRUG_WORDS.has(t.lower)) return true;
      // "soy guadalupe", "my daughter dallas": after a strong cue a name-list word that is also a place
      if (afterCue && /^\p{L}[\p{L}-]*$/u.test(t.text) && isListedName(t.lower) && !DRUG_WORDS.has(t.lower) && !FOREIGN_WORDS.has(t.lower) && t.lower.length > 2) return true;
      // "my son jack has a fever" (but "my son will be fine"): an everyday-word name needs a verb or a stop after it
      return afterCue && anyGivenName(t) && !/^(?:mark|bill|star)$/.test(t.lower) && (SUBJECT_VERB.test(text.slice(t.end, t.end + 12)) || /^\s?[,.;:!?]|^\s(?:again|here|from|writing|calling)\b/.test(text.slice(t.end, t.end + 9)));
    };
    const options = hasOptionLetters(text);
    // "A. Amelia": the first word of a multiple-choice option is an answer, not a person
    const optionAnswer = (i: number): boolean => {
      const p = toks[i - 1];
      return options && p !== undefined && p.text.length === 1 && /[A-E]/.test(p.text) && /^[.)]\s{1,2}$/.test(text.slice(p.end, toks[i]!.start));
    };
    const extend = (i: number): number => {
      let j = i;
      while (j + 1 < toks.length && j - i < 3) {
        const n = toks[j + 1]!;
        const gap = text.slice(toks[j]!.end, n.start);
        // a name does not run on across a line break (tables, lists); "Bartholomew "Bart" Fisk" runs over a nickname's quotes
        const quoted = /^[ \t]?["“”][ \t]?$/.test(gap) && n.cap;
        if (!/^\.?[ \t]{1,2}$/.test(gap) && !/^[ \t]?-[ \t]?$/.test(gap) && !quoted) break;
        // "J. Okafor" goes on past the dot of an initial; "Hg. Examination" and "Kang. She" do not
        if (gap.startsWith(".") && toks[j]!.text.length > 1) break;
        if (options && n.text.length === 1 && /[A-E]/.test(n.text)) break;
        const initial = n.text.length === 1 && n.cap;
        if (initial || (n.cap && !EXTEND_STOP.has(n.lower) && /^\p{L}[\p{L}\p{M}'’-]*$/u.test(n.text) && !EPONYM_NEXT.test(text.slice(n.end, n.end + 24)))) j++;
        else if (!n.cap && isSurname(n.lower) && isGivenName(toks[j]!.lower) !== undefined) j++;
        // "mr. harold finch, 99": after a title, a lower-case given name and the word before the comma (a surname that is also a word)
        else if (strictTitle && j === i && !n.cap && !toks[j]!.cap && isGivenName(toks[j]!.lower) !== undefined && ONE_SPACE_GAP.test(gap) && text[n.end] === "," && !EXTEND_STOP.has(n.lower) && !NOT_NAMES.has(n.lower) && (englishWordLevel(n.lower) ?? 99) >= 35) j++;
        // "kim min-jun", "nguyen van long": a lower-case name goes on with listed names
        else if (!n.cap && !toks[i]!.cap && ONE_SPACE_GAP.test(gap) && (listedName(n) || (isGivenName(toks[j]!.lower) !== undefined && (isSurname(n.lower) || isGivenName(n.lower) === "strong")))) j++;
        else break;
      }
      // "Mark Thompson Jr.", "Kofi Mensah III"
      const suffix = toks[j + 1];
      if (suffix && j > i && /^(?:Jr|Sr|II|III|IV)$/.test(suffix.text) && /^,?[ \t]$/.test(text.slice(toks[j]!.end, suffix.start))) j++;
      // do not end on a lone initial
      while (j > i && toks[j]!.text.length === 1) j--;
      return j;
    };
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const prev = toks[i - 1];
      const prev2 = toks[i - 2];
      const gapPrev = prev ? text.slice(prev.end, t.start) : "";
      const closePrev = prev !== undefined && CLOSE_GAP.test(gapPrev);
      // "Doctor, I've ...": a title followed by a comma is someone being addressed, not a name cue
      // ("The nurse, Ngozi, said": an apposition, when a name-like word is set off by commas)
      const vocative =
        gapPrev.startsWith(",") && prev !== undefined && TITLES.has(prev.lower) &&
        !(t.cap && text[t.end] === "," && (listedName(t) || unknownNameWord(t) || anyGivenName(t)));
      // "diagnosed with Atrial Flutter", "something called achalasia": a condition, not a person
      const conditionContext =
        (prev !== undefined && CONDITION_LINK.has(prev.lower) && prev2 !== undefined && CONDITION_LEAD.has(prev2.lower)) ||
        (prev !== undefined && (prev.lower === "called" || prev.lower === "named") && prev2 !== undefined && CONDITION_NAMED_LEAD.has(prev2.lower));
      let cue = false;
      // "Dr. Lee" is a title; "her mother. On arrival" and "Philadelphia, PA. Patients" end a sentence
      const acrossStop = gapPrev.startsWith(".") && !(prev !== undefined && prev.dot && ABBREVIATED_TITLES.has(prev.lower) && prev.text !== prev.text.toUpperCase());
      // "Hey it's Tom": the possessive-looking "'s" was cut off "it"
      if (prev?.lower === "it" && /^['’]s\s{1,2}$/.test(gapPrev) && ((t.cap && personish(t)) || listedName(t))) cue = true;
      // "hey it's faith again", "it's Grace here": a given name that is also a word, introducing the writer
      else if (prev?.lower === "it" && /^['’]s\s{1,2}$/.test(gapPrev) && anyGivenName(t) && !(!t.cap && (WEATHER_WORDS.test(t.lower) || AB_SEASON.test(t.lower))) && /^(?:\s(?:again|here|from|writing|calling)\b|\s?[,.!]|\s?$)/.test(text.slice(t.end, t.end + 9))) cue = true;
      // "pt goes by 'Bunny'", "known as "Bubba"": a nickname in quotes
      else if (prev !== undefined && prev2 !== undefined && (prev.lower === "by" || prev.lower === "as") && /^(?:goes|go|going|went) by$|^(?:known|referred to) as$/.test(`${prev2.lower} ${prev.lower}`) && /^\s?['"“‘]$/.test(gapPrev) && t.cap) cue = true;
      // "@Precious can you hang the vanc": a mention of a person (not "@channel", "@oncall")
      else if (t.cap && t.start > 0 && text[t.start - 1] === "@" && (t.start === 1 || /\s/.test(text[t.start - 2]!)) && (anyGivenName(t) || isSurname(t.lower))) cue = true;
      // "My daughter (Yerlan) has croup"
      else if (prev && RELATIONS.has(prev.lower) && /^\s?\($/.test(gapPrev) && /^\)/.test(text.slice(t.end, t.end + 1)) && prev2 && /^(?:my|his|her|our|their|your|the)$/.test(prev2.lower)) cue = true;
      else if (prev && closePrev && !vocative && !conditionContext && !acrossStop) {
        // "130 ms. In addition": a unit after a number, not "Ms."
        if (TITLES.has(prev.lower)) cue = !/\d\s?$/.test(text.slice(Math.max(0, prev.start - 2), prev.start));
        else if (isRelation(prev) && prev2 && !prev2.dot && /^(?:my|his|her|our|their|your|the|a|mi|su|patient|pt|mon|ma|mes|ton|ta)$/.test(prev2.lower)) cue = true;
        // "Family contact: son Bill (614) ...", "Next of kin - daughter Ana": a relation opening a label's value
        else if (isRelation(prev) && t.cap && (prev2 === undefined || prev.sentenceStart || /[:;(]\s{0,2}$|^\s{0,2}-\s{0,2}$/.test(text.slice(prev2.end, prev.start))) && (anyGivenName(t) || listedName(t) || unknownNameWord(t))) cue = true;
        // "my baby girl nevaeh", "my little brother eduardo", "my friend's son kwabena", "my sister in law fatima"
        else if (relationPhraseBefore(toks, i, text)) cue = true;
        // "The nurse, Ngozi, said", "my father, Abdulrahman, who": a relation set off by commas
        else if (RELATIONS.has(prev.lower) && /^,\s/.test(gapPrev) && t.cap && /^,/.test(text.slice(t.end, t.end + 1))) cue = listedName(t) || unknownNameWord(t) || anyGivenName(t);
        // "the patient, ngozi adeyemi, 34": the same in lower case, one or two name words before the comma
        else if (RELATIONS.has(prev.lower) && /^,\s/.test(gapPrev) && !t.cap && (listedName(t) || lowerUnknownName(t) || isGivenName(t.lower) === "strong")) {
          const n2 = toks[i + 1];
          const end = n2 !== undefined && text.slice(t.end, n2.start) === " " && !n2.cap && (listedName(n2) || lowerUnknownName(n2) || isSurname(n2.lower)) ? n2.end : t.end;
          cue = /^,/.test(text.slice(end, end + 1));
        }
        // "my 3 year old liam has croup", "our 6-month-old Amara"
        else if (prev.lower === "old" && prev2 !== undefined && /^(?:year|years|yr|yrs|month|months|mo|week|weeks|day|days)$/.test(prev2.lower.replace(/^\d+-?/, "")) && ONE_SPACE_GAP.test(gapPrev)) cue = t.cap || listedName(t) || isGivenName(t.lower) === "strong" || lowerUnknownName(t);
        // "Patient Health Questionnaire", "patient education": a bare "patient" cue needs a name-like word
        else if (RELATIONS.has(prev.lower) && (prev.lower === "patient" || prev.lower === "pt" || prev.lower === "paciente")) cue = personish(t);
        // "a nurse called Priya", but not "a medication called Budesonide", "a cream called Becaplermin"
        else if (prev.lower === "named" || prev.lower === "called") cue = !thingNamedBefore(toks, i - 1);
        // "from", "hi", "thanks": weak cues ("returned from Nigeria", "Hi Pain clinic"); the word must look like a name
        // "Emergency contact: Destiny Coleman", "Pt name: li wei", "Name: ..."
        else if (gapPrev.startsWith(":") && /^(?:contact|pt|patient|name|nombre|re|attn|caregiver|guardian|parent|mother|father|spouse|kin|proxy|from|to)$/.test(prev.lower) && (t.cap || !isEnglishWord(t.lower))) cue = true;
        // "sent by deshawn", "message from tunde": a two-word cue also takes a lower-case name
        else if (prev2 && TWO_WORD_CUE_ENDS.has(prev.lower) && TWO_WORD_CUES.has(`${prev2.lower} ${prev.lower}`)) cue = t.cap || listedName(t) || isGivenName(t.lower) === "strong" || lowerUnknownName(t);
        else if (NAMING.has(prev.lower)) cue = (t.cap && personish(t)) || listedName(t);
        else if (prev.lower === "is" && (prev2?.lower === "name" || prev2?.lower === "names")) cue = true;
        else if (prev.lower === "names" && prev2?.lower === "my") cue = true;
        else if (prev.lower === "im" || prev.lower === "i'm" || (prev.lower === "am" && prev2?.lower === "i") || prev.lower === "soy") cue = t.cap ? isGivenName(t.lower) !== undefined || !isCommonWord(t.lower) : listedName(t) || (prev.lower === "soy" && isListedName(t.lower));
        // "this is Faith, the home carer": a word name introducing the writer, set off by a comma or before "here" / "from"
        else if (prev.lower === "is" && prev2?.lower === "this") cue = t.cap ? isGivenName(t.lower) !== undefined || listedName(t) || (WORD_NAMES.has(t.lower) && /^(?:,|\s(?:here|from|again|calling|writing)\b)/.test(text.slice(t.end, t.end + 9))) : listedName(t);
        // "its ana from the diabetes group", "its grace again": a given name that is also a word, introducing the writer ("its summer here" is the season)
        else if (prev.lower === "its")
          cue = (t.cap && personish(t)) || (!(!t.cap && AB_SEASON.test(t.lower)) && (listedName(t) || (anyGivenName(t) && !WEATHER_WORDS.test(t.lower) && /^(?:\s(?:again|here|from|writing|calling)\b|\s?[,.!]|\s?$)/.test(text.slice(t.end, t.end + 9)))));
        // "Emergency contact: Destiny Coleman", "Pt: Hoang, Minh Chau", "Name: ..."
        // "We brought Kwame in", "told Grace", "thanks for seeing Bao today"
        else if (!t.cap && !t.sentenceStart && OBJECT_VERBS.has(prev.lower)) cue = /^\s(?:to|in|into|out|home|back|over|up|along|today|yesterday|last|this)\b/.test(text.slice(t.end, t.end + 11)) && listedName(t);
        else if (t.cap && !t.sentenceStart && OBJECT_VERBS.has(prev.lower) && !EPONYM_NEXT.test(text.slice(t.end, t.end + 24))) // "take Pepto-Bismol", "gave Nurofen": after a dosing verb an unknown word is more likely a medicine
          // unless the object is a person by what follows: "took Daniyar to urgent care", "give Mirela more ibuprofen"
          cue =
            (listedName(t) && nameContextAfter(toks, i, text)) ||
            ((unknownNameWord(t) || anyGivenName(t)) &&
              (/^(?:take|took|taking)$/.test(prev.lower)
                ? /^\s(?:to|in|into|home|back|out)\b/.test(text.slice(t.end, t.end + 7))
                : /^(?:give|gave|giving)$/.test(prev.lower)
                  ? /^\s(?:more|some|his|her|their|a|an|the|any|another|half)\b/.test(text.slice(t.end, t.end + 9))
                  : true));
      }
      // "St. Mary's", "San Jose": a hospital, church or place named for a saint
      const afterSaint = prev !== undefined && SAINTS.has(prev.lower);
      let start = false;
      if (conditionContext && isGivenName(t.lower) !== "strong") continue;
      // "tetralogy of Fallot", "loop of Henle", "Factor V Leiden": anatomy and eponyms, not people
      if (prev !== undefined && prev2 !== undefined && ((prev.lower === "of" && EPONYM_OF.has(prev2.lower)) || (prev2.lower === "factor" && /^[IVX]+$/.test(prev.text)))) continue;
      strictTitle = prev !== undefined && STRICT_TITLES.has(prev.lower);
      // "dr van der berg", "Dr. de la Cruz": particles of a surname after a title
      if (cue && prev !== undefined && TITLES.has(prev.lower) && NAME_PARTICLES.has(t.lower)) {
        let k = i;
        while (k < i + 3 && toks[k + 1] !== undefined && NAME_PARTICLES.has(toks[k]!.lower) && text.slice(toks[k]!.end, toks[k + 1]!.start) === " ") k++;
        const last = toks[k]!;
        if (k > i && !NAME_PARTICLES.has(last.lower) && !EXTEND_STOP.has(last.lower) && !NOT_NAMES.has(last.lower) && last.text.length > 1) {
          out.push({ type: "NAME", start: t.start, end: last.end });
          i = k;
          continue;
        }
      }
      if (cue) start = isNameLike(t, true, toks[i + 1]);
      // "Will says his chest pain ...": the modal never has a subject verb after it
      // "Will's DOB is ...", "Will's inhaler": the name as the owner of a body, medicine or record word
      else if (t.text === "Will" && POSSESSIVE_THING.test(text.slice(t.end, t.end + 40))) start = true;
      else if (t.text === "Will" && /^\s(?:says|said|has|had|is|was|told|asked|called|thinks|wants|needs|fell|woke|gets|got|keeps|and)\b/.test(text.slice(t.end, t.end + 10))) start = true;
      // "but Will threw up", "Grace and Will both have": a past tense after it, or a pair before "both"
      else if (t.text === "Will" && (/^\s(?:threw|vomited|swallowed|ate|drank|broke|hit|burned|burnt|bumped|developed|noticed|tested|went|came|took|started|stopped|felt|cried|slept|coughed|fainted|collapsed)\b/.test(text.slice(t.end, t.end + 12)) || (prev?.lower === "and" && /^\s(?:both|all)\b/.test(text.slice(t.end, t.end + 6))))) start = true;
      // "Will Will Harper need ...": after the modal, "Will" before a surname is a name
      else if (t.text === "Will" && !t.sentenceStart && toks[i + 1]?.cap && text.slice(t.end, toks[i + 1]!.start) === " " && (isSurname(toks[i + 1]!.lower) || listedName(toks[i + 1]!))) start = true;
      // "J. Okafor", "—A. Nwosu": an initial before a name-like word
      else if (
        prev !== undefined && prev.text.length === 1 && prev.cap && prev.dot && /^\.\s$/.test(gapPrev) && !options && t.cap && !isAcronym(t) &&
        !(prev2 !== undefined && prev2.text.length === 1 && prev2.dot) &&
        (listedName(t) || unknownNameWord(t) || isSurname(t.lower) || isGivenName(t.lower) !== undefined) && !EPONYM_NEXT.test(text.slice(t.end, t.end + 24))
      )
        start = true;
      // "Ella dice que ...": the Spanish pronoun
      else if (t.lower === "ella" && toks[i + 1] !== undefined && (FOREIGN_WORDS.has(toks[i + 1]!.lower) || FOREIGN_FUNCTION.has(toks[i + 1]!.lower))) continue;
      else if (t.cap && plausibleNameWord(t) && !isAcronym(t) && !FOREIGN_WORDS.has(t.lower) && !afterSaint && !optionAnswer(i) && !ROMAN_NEXT.test(text.slice(t.end, t.end + 5))) {
        const next = toks[i + 1];
        // "Sri Lanka", "New Jersey": a place compromise knows by its full name
        const pairTag = next !== undefined && lexicon.startsPhrase(t.lower) ? lexicon.tagOf(`${t.lower} ${next.lower}`) : undefined;
        if (pairTag !== undefined && PLACE_TAG.test(pairTag)) {
          i++;
          continue;
        }
        // a given name that is also an everyday word ("Amber", "Grace", "Hope") needs the evidence a weak one does
        const given0 = isGivenName(t.lower) ?? (WORD_NAMES.has(t.lower) ? "weak" : undefined);
        const given = given0 === "strong" && (englishWordLevel(t.lower) ?? 99) <= 20 ? "weak" : given0;
        const nextIsSurname =
          next !== undefined && next.cap && SPACE_GAP.test(text.slice(t.end, next.start)) &&
          (isSurname(next.lower) || (SURNAME_WORDS.has(next.lower) && PERSON_AFTER_PAIR.test(text.slice(next.end, next.end + 24))) || (!isCommonWord(next.lower) && !isEnglishWord(next.lower) && plausibleNameWord(next)));
        const after = text.slice(t.end, t.end + 40);
        const introduces =
          /^(?:\s(?:is|was|are|were)\s|,\s?)(?:my|our)\s(\p{L}+)/u.exec(after) ??
          // "Mark, the physio, said", "Bill, her counsellor,": a role set off by commas
          /^,\s(?:the|his|her|their)\s(\p{L}+),/u.exec(after) ??
          /^\s(?:and|&)\s\p{Lu}[\p{L}'’-]+\s(?:are|were)\s(?:my|our)\s(\p{L}+)/u.exec(after);
        const next1 = toks[i + 1];
        const subject =
          t.sentenceStart &&
          (SUBJECT_VERB.test(after) ||
            POSSESSIVE_THING.test(after) ||
            // "Ngozi Okonjo-Iweala called": the verb after a second capitalised name word
            (next1 !== undefined && next1.cap && text.slice(t.end, next1.start) === " " && (unknownNameWord(next1) || listedName(next1) || isSurname(next1.lower)) &&
              (SUBJECT_VERB.test(text.slice(next1.end, next1.end + 40)) || POSSESSIVE_THING.test(text.slice(next1.end, next1.end + 40)))));
        // "Can Rose take ...", "Should Will stop ...": a question about someone
        const asked =
          prev !== undefined && prev.sentenceStart && /^(?:can|could|should|does|did|will|would|is|was|has|may|must)$/.test(prev.lower) &&
          /^\s(?:take|have|use|get|go|eat|drink|stop|start|keep|be|do|swim|fly|return|receive|try|need|still|also|safely|allergic|able|ok|okay|safe|due|supposed|going|too|old|eligible|contagious|immune|vaccinated|pregnant|sick|ill|fine|normal|at risk)\b/.test(after);
        // "Summer and Dawn (twins, 4 yrs)", "Hazel (my niece)": a bracket right after says who they are
        const described = /^(?:\s(?:and|&)\s\p{Lu}[\p{L}'’-]{1,30})?\s?\((?:(?:my|our|his|her|their|the)\s)?(?:(\p{L}+)|\d{1,2}\s?(?:y|yo|yrs?|years?|mo|mos|months?|M|F)\b)/u.exec(after);
        if (described && (described[1] === undefined || RELATIONS.has(described[1].toLowerCase())) && (given !== undefined || listedName(t) || unknownNameWord(t))) start = true;
        // "hi, Sunny here,", "Precious here." : the writer introducing themself
        else if (/^\shere(?:\s?[,.!:;(-]|\s?$)/.test(after) && (given !== undefined || listedName(t) || unknownNameWord(t)) && (t.sentenceStart || /^,\s$/.test(gapPrev) || (prev !== undefined && /^(?:hi|hey|hello|ok|okay|so|yes|doc)$/.test(prev.lower)))) start = true;
        // "Mark and I are trying", "Hope and me went": one of a pair with the writer, opening a sentence
        else if (t.sentenceStart && given !== undefined && /^\s(?:and|&)\s(?:I|me)\b/.test(after) && !isCommonWordOnly(t)) start = true;
        // "Summer has been vomiting since lunch", "Honor's been coughing": a word name as the one who is ill
        else if (t.sentenceStart && given !== undefined && SYMPTOM_BEEN.test(after)) start = true;
        // "Can Honor have another dose", "can Jun take": any word the name list holds, asked about mid-sentence
        else if (asked && !t.sentenceStart && inNameList(t.lower) && !DRUG_WORDS.has(t.lower) && !NOT_NAMES.has(t.lower) && !isCommonWordOnly(t) && !/Country|Region|Demonym|Place|City|Organization/.test(lexicon.tagOf(t.lower) ?? "")) start = true;
        else if (introduces && RELATIONS.has(introduces[1]!.toLowerCase()) && !isCommonWord(t.lower)) start = true;
        else if (introduces && RELATIONS.has(introduces[1]!.toLowerCase()) && given !== undefined) start = true;
        else if (
          t.sentenceStart &&
          unknownNameWord(t) &&
          (subject || /^\s(?:will|can|does|did)\b/.test(after))
        )
          // a capitalised word English does not know, opening a sentence as its subject
          start = true;
        else if (given === "weak" && subject && (!/^\s(?:is|was|has|had)\s(?:a|an|the|this|that|it|no|not|to|been\s(?:a|the|shown|found|linked|used))\b/.test(after) || SYMPTOM_HAD.test(after))) start = true;
        // "April has a fever", "June fell": a month name opening a sentence before a subject's verb
        else if (/^(?:april|june|may|jun)$/.test(t.lower) && subject && /^\s(?:has|had|says|said|told|asked|fell|woke|keeps|got|gets|needs|wants|feels|felt|can't|won't|doesn't|didn't|threw|vomited|swallowed|broke|hit|started|took)\b/.test(after)) start = true;
        else if (asked && (given !== undefined || unknownNameWord(t))) start = true;
        // "Yesterday Ebuka fell", "and then Hauwa said": an unknown capitalised word as the subject of a clause
        else if (
          !t.sentenceStart && prev !== undefined &&
          (/^(?:and|but|so|then|yesterday|today|tonight|now|when|because|since|while|if|that|though|although|also|until)$/.test(prev.lower) ||
            (/^,\s$/.test(gapPrev) && !TITLES.has(prev.lower) && !NAMING.has(prev.lower))) &&
          !/^I['’]/.test(t.text) &&
          SUBJECT_VERB.test(after) && unknownNameWord(t) && !/^\s(?:just|also|still|now|again|here|used|uses)\b/.test(after)
        )
          start = true;
        // "the Quinn family", "the Okafor twins"
        else if (prev?.lower === "the" && /^\s(?:family|household|kids|children|twins|boys|girls)\b/.test(after) && (listedName(t) || isSurname(t.lower) || unknownNameWord(t))) start = true;
        else if (
          !t.sentenceStart &&
          unknownNameWord(t) &&
          toks[i + 1] !== undefined &&
          toks[i + 1]!.cap &&
          unknownNameWord(toks[i + 1]!) &&
          /^\s$/.test(text.slice(t.end, toks[i + 1]!.start))
        )
          // two capitalised words English does not know, mid-sentence: a full name
          start = true;
        else if (given === "strong") start = !t.sentenceStart || !isCommonWord(t.lower) || nextIsSurname;
        else if (given === "weak") start = nextIsSurname || (!t.sentenceStart && /^\s?(?:said|says|told|has|had|is|was|and|who|will|can|gets|got)\b/i.test(text.slice(t.end, t.end + 8)));
        else if (isSurname(t.lower)) start = !t.sentenceStart && prev !== undefined && /^(?:mr|mrs|ms|dr)$/.test(prev.lower);
        // a name from the multi-country list ("Chukwuemeka", "Przemysław"), with what follows it checked;
        // "at Cedars-Sinai", "in Oaxaca": after a place preposition it needs more evidence;
        // "Correo: ana@x.com": a lone word opening a line before a colon is a label
        if (
          !start &&
          listedName(t) &&
          !(prev !== undefined && /^(?:at|in|near|into|via|across)$/.test(prev.lower) && !t.sentenceStart) &&
          !(t.sentenceStart && /^\s?:/.test(text.slice(t.end, t.end + 2)))
        )
          start = nameContextAfter(toks, i, text, t.sentenceStart) || (prev !== undefined && /^(?:and|or|&|y)$/.test(prev.lower));
        if (start && (EPONYM_NEXT.test(text.slice(t.end, t.end + 24)) || EPONYM_SECOND.test(text.slice(t.end, t.end + 48)))) start = false;
      } else if (!t.cap && isGivenName(t.lower) === "strong" && plausibleNameWord(t)) {
        const next = toks[i + 1];
        start = next !== undefined && isSurname(next.lower) && !isCommonWord(next.lower);
      }
      // "tomasz fell off his bike", "ngozi's fever": a lower-case listed name opening a sentence as its subject;
      // "can priya take ...": or asked about
      if (!start && !t.cap) {
        const question = prev !== undefined && prev.sentenceStart && QUESTION_OPENERS.has(prev.lower);
        if (t.sentenceStart || question) {
          const after = text.slice(t.end, t.end + 40);
          const shaped = t.sentenceStart
            ? SUBJECT_VERB.test(after) || POSSESSIVE_THING.test(after)
            : /^\s(?:take|have|use|get|go|eat|drink|stop|start|keep|be|do|swim|fly|return|receive|try|need|still|also|safely)\b/.test(after);
          start = shaped && (listedName(t) || (isGivenName(t.lower) === "strong" && POSSESSIVE_THING.test(after)));
        }
        // "i think ngozi has the flu", "yesterday tunde fell", "for aditi to take", "me and deepak", "ravi and meera have colds":
        // a lower-case listed name in the middle of a sentence, by its clause
        // (the cheap tests of the context first: most lower-case words have none of these before or after them)
        const clauseContext =
          prev !== undefined &&
          (CLAUSE_OPENER.test(prev.lower) || prev.lower === "for" || (prev.lower === "and" && prev2 !== undefined && (prev2.lower === "me" || prev2.lower === "i")) || startsAt(AND_AFTER, text, t.end));
        if (!start && clauseContext && !t.sentenceStart && prev !== undefined && (listedName(t) || lowerUnknownName(t))) {
          const after = text.slice(t.end, t.end + 40);
          const listed = listedName(t);
          if ((listed || t.lower.length >= 4) && CLAUSE_OPENER.test(prev.lower) && SUBJECT_VERB.test(after) && !/^\s(?:just|also|still|now|again|here|used|uses)\b/.test(after)) start = true;
          else if (prev.lower === "for" && /^\sto\s(?:take|have|use|get|go|eat|drink|be|do|start|stop|keep|try|see|come|receive|swim|fly|return)\b/.test(after)) start = listed || lowerUnknownName(t);
          else if (prev.lower === "and" && prev2 !== undefined && /^(?:me|i)$/.test(prev2.lower)) start = true;
          else if (listed) {
            const pair = /^\s(?:and|&)\s(\p{Ll}{3,30})\s(?:have|are|were|both|had|got|get|keep|all)\b/u.exec(after);
            start = pair !== null && isListedName(pair[1]!);
          }
        }
        // "kwame mensah here", "chioma's lupus", "juanita, ochenta años", "tigist alemu, 29", "lakshmi and i",
        // "ok so bibi (my grandma)": a lower-case name opening the message or a sentence, by what follows it
        const opening = t.sentenceStart || (prev !== undefined && OPENING_FILLERS.has(prev.lower) && (prev.sentenceStart || (prev2 !== undefined && prev2.sentenceStart && OPENING_FILLERS_BEFORE.has(prev2.lower))));
        // "hey doc, bill here.", "jack here (his dad)": a lower-case given name introducing the writer
        if (!start && text.startsWith(" here", t.end) && /^\shere(?:\s?[,.!:;(-]|\s?$)/.test(text.slice(t.end, t.end + 8)) && anyGivenName(t) && !WEATHER_WORDS.test(t.lower) && (t.sentenceStart || /^,\s$/.test(gapPrev) || (prev !== undefined && /^(?:hi|hey|hello|ok|okay|so|yes|doc)$/.test(prev.lower)))) start = true;
        // "joy's therapist says ...": a given name that is also a word, as the owner of a person, body or medicine word
        if (!start && t.sentenceStart && anyGivenName(t) && !NOT_NAMES.has(t.lower) && POSSESSIVE_THING.test(text.slice(t.end, t.end + 40))) start = true;
        // "will has been on sertraline", "may was sick": a modal never comes before a finite verb, so it is a name
        if (!start && t.sentenceStart && /^(?:will|may)$/.test(t.lower) && FINITE_AFTER.test(text.slice(t.end, t.end + 14))) start = true;
        // "summer has been vomiting since lunch": a given name that is also a word, as the one who is ill
        if (!start && t.sentenceStart && anyGivenName(t) && !WEATHER_WORDS.test(t.lower) && SYMPTOM_BEEN.test(text.slice(t.end, t.end + 40))) start = true;
        if (!start && opening && (listedName(t) || lowerUnknownName(t))) {
          const next = toks[i + 1];
          const two = next !== undefined && !next.cap && oneSpaceBetween(text, t, next) && (listedName(next) || lowerUnknownName(next)) && (listedName(t) || listedName(next));
          const end = two ? next.end : t.end;
          const after = text.slice(end, end + 40);
          start =
            /^\s(?:here|again)\b/.test(after) ||
            /^\s(?:and|&)\s(?:i|me|my|we)\b/i.test(after) ||
            /^\s?\((?:my|our|his|her|the)\s\p{L}+/u.test(after) ||
            (/^['’]s\s\p{Ll}/u.test(after) && (listedName(t) || POSSESSIVE_THING.test(after))) ||
            // "mohammed ali (not the boxer lol) is my dad"
            RELATIONS.has(IS_MY_RELATION.exec(after)?.[1]?.toLowerCase() ?? "") ||
            (/^,\s?(?:\d{1,3}\b|\p{L}+\s(?:años|years|yrs|yo)\b)/u.test(after) && (two || listedName(t))) ||
            (t.start === 0 && /^,\s/.test(after) && (two || listedName(t))) ||
            // "ashok kumar sharma 67M ...", "li wei 45 yo": a clinical note opening with the name, age and sex
            (t.start === 0 && two && AGE_SEX_AFTER.test(text.slice(toks[extend(i)]!.end, toks[extend(i)]!.end + 16))) ||
            (two && SUBJECT_VERB.test(after));
        }
      }
      if (!start) continue;
      let j = extend(i);
      // "Stanford Health Care", "Memorial Hermann": an institution, unless a title or relation named a person
      const inst = toks.slice(i, j + 1).findIndex((w, k) => INSTITUTION_NEXT.test(text.slice(toks[i + k - 1]?.end ?? w.start, w.end)) && k > 0);
      if (inst > 0) j = i + inst - 1;
      if (!cue && (INSTITUTION_NEXT.test(text.slice(toks[j]!.end, toks[j]!.end + 24)) || (prev !== undefined && INSTITUTION_BEFORE.test(prev.lower) && /^\s$/.test(gapPrev)))) {
        i = j;
        continue;
      }
      // "J. Okafor": take the initial; "Kateryna Bondarenko": an unknown capitalised word just before a listed name opening the sentence
      let from = t.start;
      if (prev !== undefined && prev.text.length === 1 && prev.cap && prev.dot && /^\.\s$/.test(gapPrev) && !options && !(prev2 !== undefined && prev2.text.length === 1 && prev2.dot)) from = prev.start;
      else if (prev !== undefined && prev.sentenceStart && prev.cap && gapPrev === " " && !(out.length > 0 && out[out.length - 1]!.end > prev.start) && (unknownNameWord(prev) || listedName(prev)) && listedName(t)) from = prev.start;
      out.push({ type: "NAME", start: from, end: toks[j]!.end });
      i = j;
    }
    return out;
  }

  private compromiseNames(text: string): PhiHit[] {
    const out: PhiHit[] = [];
    const people = compromise()(text).people().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[];
    for (const p of people) {
      let { start, length } = p.offset;
      let s = text.slice(start, start + length);
      const trimmed = s.replace(/[\s.,;:!?'’]+$/, "").replace(/(?:'s|’s)$/, "");
      const lead = /^(?:(?:dr|mr|mrs|ms|miss|prof)\.?\s+)/i.exec(trimmed);
      s = lead ? trimmed.slice(lead[0].length) : trimmed;
      start += lead ? lead[0].length : 0;
      length = s.length;
      if (length < 2 || NOT_NAMES.has(s.toLowerCase())) continue;
      out.push({ type: "NAME", start, end: start + length });
    }
    return out;
  }
}

// city names of three, two and one words, longest first
const SPAN_LENGTHS = [3, 2, 1] as const;

// Verbs of living and moving that make the next "in / to / from" a place: "lives in", "moved to", "grew up in".
const LIVING_VERBS =
  /^(?:live|lives|living|lived|moved|move|moving|movin|relocated|relocating|born|grew|raised|reside|resides|residing|resident|based|located|hospital|clinic|visiting|vivo|vive|vivimos|viven|up|stays|staying|stay|stayed|settled|holidaying|vacationing|camping|camped|hiking|hiked|holiday|holidays|vacation|weekend|based|posted|stationed|deployed|retired|buried)$/;
// "went to", "drove to", "a trip to": the next word is a destination
const TRAVEL_VERBS =
  /^(?:went|go|goes|going|gone|drove|drive|driving|flew|fly|flying|flight|trip|travel|traveled|travelled|traveling|travelling|travels|came|come|comes|coming|headed|heading|vacation|holiday|visit|visited|visiting|road|bus|train|moved|move|moving|relocated|relocating|back|home|returned|returning|commute|commutes|way|shifted|shift|shifting|relocate|emigrated|immigrated|fled|evacuated|flown|driven|sailed|cycled|walked|hitchhiked|journey)$/;
// Words that are also towns and mean a time or a medicine far more often ("back in March", "in May")
const TIME_WORDS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight", "time", "bed", "school", "church", "town",
  "general", "total", "person", "public", "private", "home", "house", "case", "fact", "particular", "pain", "labor", "labour",
  "college", "university", "prison", "jail", "rehab", "hospice", "surgery", "recovery", "treatment", "therapy", "remission", "heaven", "training", "law"
]);

const STATE_NAME_SET = new Set(STATE_NAMES.toLowerCase().split("|"));
const STATE_ABBR_SET = new Set(STATE_ABBR.toLowerCase().split("|"));
const PLACE_NOUN_AFTER = /^\s(?:area|native|natives|resident|residents|metro|suburbs?|county|region|based|trip|holiday|vacation|marathon|half marathon|half|parkrun|10k|5k|village|town centre|town center|city centre|city center)\b(?![-'’])/i;
// every place a state may stand after a town: "..., az", " TX 78201", " Ohio"
// "paris tx - ...", "dayton oh:": a postal code that is no English word, before a dash, colon or stop
const STATE_ABBR_NOT_WORD = STATE_ABBR.split("|").filter((a) => !/^(?:in|or|me|hi|oh|ok|ma|pa|la|de|co|id|mo|ne|md|ms|mi|ar|il|wa|ga|va|al|sc|ct|dc|pr|ut|nd|sd)$/i.test(a)).join("|");
const STATE_GATE = new RegExp(`(?:,[ \\t]?(?:${STATE_ABBR})|[ \\t](?:${STATE_ABBR_NOT_WORD})(?=[ \\t]?(?:[-–—:]|[.!?\\n]|$))|(?:${STATE_NAMES}))(?![\\p{L}\\d])`, "iu");
const STATE_ANYWHERE = new RegExp(`(?:,[ \\t]?(?:${STATE_ABBR})|[ \\t](?:${STATE_ABBR})[ \\t]\\d{5}|[ \\t](?:${STATE_ABBR_NOT_WORD})(?=[ \\t]?(?:[-–—:]|[.!?\\n]|$))|[ \\t](?:${STATE_NAMES}))(?![\\p{L}\\d])`, "giu");
// ", AZ", ", oh 45402", ", tx." " Ohio": a state right after a town name (a lower-case abbreviation only
// before a ZIP or the end of a sentence: ", mi mamá", ", me too", ", in bed" are Spanish and English words)
const STATE_AFTER_UPPER = new RegExp(`^,[ \\t]?(?:${STATE_ABBR})(?![\\p{L}\\d])`, "u");
const STATE_AFTER_ANY = new RegExp(
  `^(?:,[ \\t]?(?:${STATE_ABBR})(?=[ \\t]?\\d{5}|[ \\t]*(?:[.!?\\n]|$))|,?[ \\t](?:${STATE_ABBR})[ \\t]\\d{5}|[ \\t](?:${STATE_ABBR_NOT_WORD})(?=[ \\t]?(?:[-–—:]|[.!?\\n]|$))|,?[ \\t](?:${STATE_NAMES}))(?![\\p{L}\\d])`,
  "iu"
);
const STATE_AFTER = { test: (s: string): boolean => STATE_AFTER_UPPER.test(s) || STATE_AFTER_ANY.test(s) };

interface PlaceCue {
  /** A verb of living or moving before it ("lives in", "moved to"): an everyday word may be the place ("Mobile"). */
  strong: boolean;
  /** The preposition also takes a person ("a call from Priya", "talked to Sofia"). */
  person: boolean;
  /** A verb of living or moving house ("lives in", "moved to"): a lower-case everyday word may be a large town ("moved to nice"). */
  home?: boolean;
  /** A place of care before "in" ("the pharmacy in deal says"): a lower-case everyday word may be its town before a verb. */
  facility?: boolean;
}

// "the ER in Bend", "a pharmacy in Mobile": a place of care or stay before "in" puts a town after it
// "his flat in Bath", "a house in Canton": a home before "in" puts a town after it
const HOME_BEFORE = /^(?:flat|apartment|apt|house|home|condo|bungalow|cottage|caravan|residence|trailer|farm|place|hostel|dorm|campsite)$/;
const FACILITY_BEFORE = /^(?:er|ed|a&e|hospital|hospitals|clinic|clinics|pharmacy|pharmacies|doctors?|dentists?|pediatricians?|paediatricians?|gp|practice|office|hotel|motel|shelter|hospice|rehab|chemists?|surgery|physios?|physiotherapists?|care|centre|center|walk-in|opticians?|specialists?|consultants?|unit|ward|post|lab|labs|hospice|infirmary|dispensary|chemist|pharmacist|paramedics?|ambulance|a&e|icu|nicu|maternity|wards)$/;

/** "Jerez de la Frontera": the last token of a listed four- or five-word place with a small word inside, or -1. */
function connectedPlace(toks: WordToken[], i: number, text: string): number {
  for (const n of [5, 4]) {
    const span = toks.slice(i, i + n);
    if (span.length < n || !span[n - 1]!.cap) continue;
    if (span.some((s, k) => k > 0 && !oneSpaceBetween(text, span[k - 1]!, s))) continue;
    if (!span.every((s, k) => k === 0 || k === n - 1 || s.cap || PLACE_CONNECTOR.test(s.lower)) || !span.some((s) => PLACE_CONNECTOR.test(s.lower))) continue;
    if ((placePopulation(span.map((s) => s.lower).join(" ")) ?? 0) >= 1_000) return i + n - 1;
  }
  return -1;
}

// "Ely hospital", "tapachula clinic", "the Bacolod urgent care", "Tacloban rehab centre": a place of care written
// in lower case after the town (a capitalised "Clinic" or "General" is an institution's name: "Cleveland Clinic")
const FACILITY_AFTER =
  /[ \t](?:(?:general |district |regional |community |city |county |university |children['’]s |base |public )?(?:hospital|hospitals|infirmary|clinic|clinics|urgent care|walk-in|pharmacy|pharmacist|chemist|lab|labs|laboratory|a&e|er|emergency (?:room|department)|health (?:post|centre|center|clinic)|medical (?:centre|center)|rehab|rehabilitation|hospice|maternity|dialysis|gp|GP|A&E|surgery|Infirmary)|(?:General|District|Regional|Community|Base) (?:hospital|Hospital|Infirmary|infirmary))(?![\p{L}\d&-])/uy;
// "Gastro clinic", "Derm clinic", "Paeds A&E": a specialty in short, not a town
const SPECIALTY_START = /^(?:gastro|derm|neuro|cardi|ortho|endo|rheum|uro|onc|ped|paed|psych|gyn|obs|haem|hem|nephr|pulm|resp|immun|vasc|plast|ophth|opth|opht|optom|audio|physio|sport|fert|hepat|hepa|haema|colo|proct|diabet|thyro|osteo|arthr|bariat|geriat|neonat|perinat|antenat|postnat|matern|lactat|wound|tissue|sexual|trans|gender|travel|vacc|immunis|immuniz|allerg|asthma|derma|dermo|oto|rhino|laryng|ent$)/;
// parts and roles of a hospital written with a capital ("the nurse in Triage", "the doctor in Charge")
const DEPARTMENTS = /^(?:charge|triage|reception|resus|resuscitation|majors|minors|theatre|theater|recovery|outpatients?|inpatients?|admissions|casualty|emergency|radiology|imaging|pharmacy|maternity|labou?r|delivery|surgery|medicine|oncology|cardiology|neurology|paediatrics|pediatrics|geriatrics|orthopaedics|orthopedics|urology|gynaecology|gynecology|obstetrics|psychiatry|dermatology|haematology|hematology|renal|dialysis|ward|wards|icu|hdu|ccu|nicu|picu|training|residence|attendance|person|question|general|private|public|nights|days)$/;
// "Darjeeling trip", "a Tulum holiday"
const TRIP_AFTER = /[ \t](?:trip|holiday|holidays|vacation|getaway|honeymoon)\b/y;
// pharmacy and clinic chains that no town list holds ("the Costco pharmacy", "Labcorp lab")
const CHAINS = new Set([
  "costco", "labcorp", "superdrug", "rexall", "safeway", "kroger", "publix", "meijer", "wegmans", "optum", "minuteclinic", "boots", "lloyds",
  "tesco", "asda", "sainsburys", "morrisons", "shoppers", "dischem", "clicks", "apollo", "medplus", "watsons", "guardian", "walgreen", "cvs",
  "quest", "sonic", "bupa", "specsavers", "vision", "healthwise", "zocdoc", "teladoc", "hims", "hers", "nurx", "planned", "carbon", "onemedical", "forward"
]);
// words that name an institution's kind or patron, not its town ("University hospital", "Mercy clinic", "Royal Infirmary")
const INSTITUTION_WORDS = /^(?:university|general|community|county|city|state|mission|memorial|regional|district|national|royal|central|public|private|children|women|veterans|army|naval|military|union|mercy|providence|grace|hope|trinity|calvary|bethany|bethel|zion|sacred|good|samaritan|baptist|methodist|presbyterian|adventist|lutheran|jewish|christian|catholic|deaconess|shriners|valley|lakeside|riverside|parkview|highland|summit|pioneer|liberty|unity|harmony|faith|kindred|select|premier|prime|main|north|south|east|west|northern|southern|eastern|western|urgent|family|walk|student|travel|sexual|dental|eye|heart|sleep|pain)$/;
// the first words of FACILITY_AFTER and PLACE_NOUN_AFTER: most words are followed by none of them
const PLACE_WORDS_NEXT = new Set([
  "general", "district", "regional", "community", "city", "county", "university", "children's", "children’s", "base", "public", "hospital", "hospitals",
  "infirmary", "clinic", "clinics", "urgent", "walk-in", "pharmacy", "pharmacist", "chemist", "lab", "labs", "laboratory", "a&e", "er", "emergency",
  "health", "medical", "rehab", "rehabilitation", "hospice", "maternity", "dialysis", "gp", "surgery", "area", "native", "natives", "resident",
  "residents", "metro", "suburb", "suburbs", "region", "based", "trip", "holiday", "vacation", "marathon", "half", "parkrun", "village", "town"
]);
/** A lower-case word followed by a place of care or a place noun ("tapachula clinic", "bicester village"). */
function placeWordNext(next: WordToken | undefined, t: WordToken, text: string): boolean {
  if (next === undefined || !PLACE_WORDS_NEXT.has(next.lower)) return false;
  return startsAt(FACILITY_AFTER, text, t.end) || PLACE_NOUN_AFTER.test(text.slice(t.end, t.end + 16));
}
// Institutions known world-wide by a place or founder ("the Mayo clinic", "Cleveland clinic"): no patient's town
const FAMOUS_INSTITUTIONS = new Set(["mayo", "cleveland", "hopkins", "johns hopkins", "sloan", "kettering", "anderson", "cedars", "sinai", "mount sinai", "scripps", "lahey", "ochsner", "geisinger", "kaiser", "mass", "massachusetts"]);

/** "Ely hospital says", "tapachula clinic gave", "the St. Johnsbury hospital": a listed town right before a place of care. */
function townBeforeFacility(span: WordToken[], name: string, text: string): boolean {
  const last = span[span.length - 1]!;
  const trip = startsAt(TRIP_AFTER, text, last.end);
  if (!trip && !startsAt(FACILITY_AFTER, text, last.end)) return false;
  // "the New York clinic", "Great Ormond Street hospital": the end of a longer capitalised name is no town of its own
  const before = /(\p{L}+)[ \t]$/u.exec(text.slice(Math.max(0, span[0]!.start - 20), span[0]!.start));
  if (before !== null && /^\p{Lu}/u.test(before[1]!) && !/^(?:the|a|an|at|in|from|to|our|my|his|her|their|your|near|by|of|and|or)$/i.test(before[1]!)) return false;
  // "Chefchaouen pharmacist gave me": one capitalised word no list knows, a letter away from a town of 20,000 or more
  // (another spelling of it), before a place of care or a trip
  if (span.length === 1 && unknownNameWord(last) && /^\p{Lu}\p{Ll}+$/u.test(last.text) && !inNameList(last.lower) && placePopulation(last.lower) === undefined &&
    !CHAINS.has(last.lower) && !SPECIALTY_START.test(last.lower) && misspeltTown(last.lower, 20_000) !== undefined) return true;
  if (trip) return false;
  if (FAMOUS_INSTITUTIONS.has(name) || STATE_NAME_SET.has(name) || REGION_WORDS.has(name)) return false;
  for (const w of span) {
    if (NOT_NAMES.has(w.lower) || DRUG_WORDS.has(w.lower) || TIME_WORDS.has(w.lower) || FOREIGN_FUNCTION.has(w.lower) || isAcronym(w) || TITLES.has(w.lower) || RELATIONS.has(w.lower)) return false;
  }
  // "the Parkinson's clinic", "Dr Lee's surgery": an owner, not a town
  if (/['’]/.test(text.slice(last.end - 2, last.end))) return false;
  const first = span[0]!;
  // every word capitalised, or one lower-case word no dictionary knows ("tapachula clinic")
  if (!span.every((w) => w.cap) && !(span.length === 1 && !isEnglishWord(first.lower) && lexicon.tagOf(first.lower) === undefined)) return false;
  // an everyday word ("Pain clinic", "Eye hospital", "Travel clinic"), a given name ("Sarah") or a Region is no town here,
  // unless it is capitalised and the name of a town of 20,000 or more that names no kind of institution ("Paradise urgent care")
  if (span.every((w) => isEnglishWord(w.lower) || isCommonWord(w.lower)) && !(span.length === 1 && first.cap && !first.shouting && !INSTITUTION_WORDS.test(first.lower) && (placePopulationExact(name) ?? 0) >= 20_000)) return false;
  if (span.length === 1 && (isGivenName(first.lower) === "strong" || WORD_NAMES.has(first.lower))) return false;
  const tag = lexicon.tagOf(name) ?? "";
  if (/Country|Demonym|Language|Religion|Organization/.test(tag)) return false;
  if (/Region/.test(tag) && (placePopulationExact(name) ?? 0) < BIG_REGION_TOWN) return false;
  // the word before: "the/a/at/in/from the X clinic" or the start of a sentence
  return (placePopulation(name) ?? 0) >= 1_000 || isCity(name);
}

/**
 * A capitalised word that no town list knows, after a strong place cue ("the ED in Otahuhu", "grew up
 * in Kibera", "lives near Ngong"), or a town of 100,000 or more misspelt by one letter after any place
 * preposition ("in Albequerque", "in Gainsville"). Not an English word, name, acronym, drug, state,
 * country or month.
 */
function unlistedPlace(toks: WordToken[], i: number, prep: PlaceCue, text: string): boolean {
  const t = toks[i]!;
  if (t.text.length < 4 || isAcronym(t) || !/^\p{Lu}\p{Ll}/u.test(t.text) || t.lower.includes("'") || t.lower.includes("’")) return false;
  if (NOT_NAMES.has(t.lower) || DRUG_WORDS.has(t.lower) || TIME_WORDS.has(t.lower) || FOREIGN_WORDS.has(t.lower) || FOREIGN_FUNCTION.has(t.lower) || TITLES.has(t.lower) || RELATIONS.has(t.lower)) return false;
  if (STATE_NAME_SET.has(t.lower) || REGION_WORDS.has(t.lower)) return false;
  // "our GP in Boring says": a capitalised everyday word mid-sentence after a place of care and "in", then what that place says or does
  if ((isEnglishWord(t.lower) || isCommonWord(t.lower)) && prep.facility === true && !t.sentenceStart && !t.shouting && !isCommonWordOnly(t) && !BODY_TOWNS.has(t.lower) &&
    !CHAINS.has(t.lower) && !DEPARTMENTS.test(t.lower) && !SPECIALTY_START.test(t.lower) &&
    FACILITY_VERB_AFTER.test(text.slice(t.end, t.end + 16)) && !titleCase(text) && !/Organization|Person|FirstName|MaleName|FemaleName/.test(lexicon.tagOf(t.lower) ?? ""))
    return true;
  if (isEnglishWord(t.lower) || isCommonWord(t.lower)) return false;
  if (lexicon.tagOf(t.lower) !== undefined || DRUG_STEM.test(t.lower) || CHEMICAL_ENDING.test(t.lower) || NON_NAME_ENDING.test(t.lower)) return false;
  const after = text.slice(t.end, t.end + 24);
  if (/^['’]|^-\p{L}/u.test(after) || EPONYM_NEXT.test(after)) return false;
  // the next word is not a second capitalised word ("in Kibera Slum" is left to the name rules)
  const next = toks[i + 1];
  if (next !== undefined && next.cap && oneSpaceBetween(text, t, next)) return false;
  if (misspeltTown(t.lower) !== undefined && !inNameList(t.lower)) return true;
  if (!prep.strong) return false;
  // a person's name, or a place the town list has (listedPlace decided those)
  return isGivenName(t.lower) === undefined && !isSurname(t.lower) && !inNameList(t.lower) && placePopulation(t.lower) === undefined;
}

// "brought in from", "transferred from", "discharged to": a patient moved between places
const MOVED_PATIENT = /^(?:brought|transferred|transfer|transported|discharged|airlifted|flown|evacuated|sent|arrived|arriving|admitted|moved|relocated|trasladado|trasladada|traslado|referido|referida|llegó|llego|llegaron|llegamos|llegué|vino|viene|vienen|venimos|vinimos|vengo|procedente|originario|originaria|natural|regresó|regresamos|volvió|volvimos)$/;
// "a woman from Banbury", "the family from Leeds": a person noun before "from" makes it an origin
const ORIGIN_PERSON = /^(?:woman|man|lady|gentleman|gent|girl|boy|guy|female|male|patient|pt|family|couple|resident|native|child|kid|baby|infant|toddler|teen|teenager|someone|people|folks|farmer|worker)$/;

// every case of the switch in placePreposition (a word outside it returns early)
const PLACE_PREPOSITIONS = new Set(["in", "near", "outside", "around", "past", "beyond", "en", "cerca", "from", "desde", "de", "of", "to", "a"]);
const LIVING_ADVERBS = new Set(["back", "here", "there", "over", "down", "out", "now", "currently", "still"]);
const LIVING_WITH = new Set(["us", "me", "them", "him", "her", "family", "parents"]);
const MOVED_ADVERBS = new Set(["in", "over", "back", "here"]);
const WRITER_HERE = new Set(["i'm", "im", "we're"]);
const DOT_SPACE_GAP = /^\.[ \t]$/;
const DOTTED_ABBREVIATIONS = new Set(["st", "mt", "ft", "pt"]);

/** Whether the word at k is a preposition that puts a place after it: "in", "near", "from", "moved to". */
function placePreposition(toks: WordToken[], k: number, text: string): PlaceCue | undefined {
  const p = toks[k]!;
  // most words are none of the prepositions below (asked for every word before a capital)
  if (!PLACE_PREPOSITIONS.has(p.lower)) return undefined;
  const before = toks[k - 1];
  // the verb must be right before, on the same line ("lives in", "grew up in", "moved back to")
  const joined = before !== undefined && SPACE_GAP.test(text.slice(before.end, p.start));
  const b1 = joined ? before.lower : "";
  const b2 = joined ? (toks[k - 2]?.lower ?? "") : "";
  const b3 = joined ? (toks[k - 3]?.lower ?? "") : "";
  const living =
    LIVING_VERBS.test(b1) || (LIVING_ADVERBS.has(b1) && LIVING_VERBS.test(b2)) ||
    // "lives with us in Canton", "stays with her daughter in"
    (b2 === "with" && LIVING_WITH.has(b1) && LIVING_VERBS.test(b3)) ||
    // "I'm in Ware", "we're in Sandwich on holiday": where the writer is now (a listed town only)
    WRITER_HERE.has(b1) ||
    // "here in Leeds", "out here in Otahuhu": where the writer is
    (b1 === "here" && p.lower === "in");
  const moved = MOVED_PATIENT.test(b1) || (MOVED_ADVERBS.has(b1) && MOVED_PATIENT.test(b2));
  switch (p.lower) {
    case "in":
    case "near":
    case "outside":
    case "around":
    case "en":
    case "cerca":
      // "my cousin in Hue": a relative's home; "the ER in Bend": a place of care
      return {
        strong: living || FACILITY_BEFORE.test(b1) || HOME_BEFORE.test(b1) || (RELATIONS.has(b1) && /^(?:my|his|her|our|their|your)$/.test(b2)),
        person: false,
        home: living && p.lower === "in",
        facility: p.lower === "in" && FACILITY_BEFORE.test(b1)
      };
    case "from":
    case "desde":
      // "brought in from mayfield", "a woman from Banbury": an origin, which no person is
      if (moved || ORIGIN_PERSON.test(b1)) return { strong: true, person: false };
      // "From Hull, 72, had a TIA": a message opening with where the writer is from, then a comma
      if (p.sentenceStart && p.text === "From" && toks[k + 1] !== undefined && text[toks[k + 1]!.end] === "," && isGivenName(toks[k + 1]!.lower) === undefined && !WORD_NAMES.has(toks[k + 1]!.lower))
        return { strong: true, person: false };
      // "driving from Hope to Texarkana", "flew in from Lagos": a trip's start
      return { strong: living || TRAVEL_VERBS.test(b1) || (/^(?:in|over|up|down|out|all)$/.test(b1) && TRAVEL_VERBS.test(b2)) || /^(?:originally|am|is|are|was|were|came|come|comes|moved|flew|drove|visiting|back|home)$/.test(b1), person: true };
    case "de":
      // "llegó de Potosí", "trasladado de Oruro", "96 años, de San Cristóbal de las Casas": where a patient comes from
      if (moved) return { strong: true, person: false };
      return before !== undefined && before.lower === "años" && /^,[ \t]$/.test(text.slice(before.end, p.start)) ? { strong: true, person: true } : undefined;
    case "past":
    case "beyond":
      // "a farm out past Dubbo", "just beyond Moree": a town on the way
      return /^(?:out|way|just|well|farm|property|station|miles|km|kilometres|kilometers|hour|hours|minutes|mins)$/.test(b1) ? { strong: false, person: false } : undefined;
    case "of":
      // "outside of Dayton", "north of tucson", "the city of Yonkers"
      return /^(?:outside|north|south|east|west|northeast|northwest|southeast|southwest|suburbs?|outskirts|city|town|village|area|borough|county|near|just|parts|part)$/.test(b1) ? { strong: true, person: false } : undefined;
    case "to":
    case "a":
      // "moved to Lubbock", "a trip to Rotorua"; a bare "to" takes a person as often ("talked to Sofia")
      if (p.lower === "a" && !/^(?:mudamos|mudé|mude|fuimos|fue|viajamos|viajó|viajo|regresamos|volvimos)$/.test(b1)) return undefined;
      if (TRAVEL_VERBS.test(b1) || MOVED_PATIENT.test(b1) || (/^(?:back|over|down|up|out|all)$/.test(b1) && TRAVEL_VERBS.test(b2)))
        return { strong: true, person: true, home: /^(?:moved|move|moving|relocated|relocating|relocate|shifted)$/.test(b1) || /^(?:moved|relocated|shifted)$/.test(b2) };
      // "took my brother Ravi to Hubli", "drove mum to Tamworth": someone taken somewhere
      return p.lower === "to" && joined && takenSomeoneBefore(toks, k, text) ? { strong: true, person: true } : undefined;
    default:
      return undefined;
  }
}

// "took my brother Ravi to", "drove mum to", "brought the kids to": a verb of taking someone, its object, then "to"
const TAKING_VERBS = /^(?:took|take|takes|taking|taken|brought|bring|bringing|drove|drive|driving|flew|fly|flying|rushed|rush|sent|send|carried|moved|walked|ferried|dragged)$/;
function takenSomeoneBefore(toks: WordToken[], k: number, text: string): boolean {
  // the object: one to four words between the verb and "to", with no stop or comma between them
  for (let v = k - 2; v >= k - 5 && v >= 0; v--) {
    const w = toks[v]!;
    if (/[.,;:!?\n]/.test(text.slice(w.end, toks[v + 1]!.start))) return false;
    if (TAKING_VERBS.test(w.lower)) {
      const object = toks.slice(v + 1, k);
      // "took him to", "drove my son to", "brought Ravi to", not "took it to", "took a bus to"
      return object.some((o) => /^(?:him|her|them|us|me|my|his|our|their)$/.test(o.lower) || isRelation(o) || (o.cap && (anyGivenName(o) || listedName(o) || unknownNameWord(o))));
    }
  }
  return false;
}

/**
 * A town or city from the GeoNames list (places.ts) after a place preposition: "in Dayton",
 * "from tucson", "moved to Lubbock", "in Cebu City". A word that is also an English word ("Mobile",
 * "Reading", "Normal", "Bath") counts only after a verb of living or moving; a lower-case word only
 * when no dictionary or (after "from" / "to") name list holds it; a possessive or eponym never
 * ("in Addison's disease").
 */
function listedPlace(span: WordToken[], name: string, cue: PlaceCue, text: string): boolean {
  const last = span[span.length - 1]!;
  const after = text.slice(last.end, last.end + 24);
  if (/^['’]/.test(after) || EPONYM_NEXT.test(after) || /^-\p{L}/u.test(after)) return false;
  // "Buôn Ma Thuột", "Ho Chi Minh": inside a capitalised name of several words a short word is a syllable, not French or Spanish
  const allCapSpan = span.length > 1 && span.every((w) => w.cap);
  for (const w of span) {
    const article = span.length > 1 && w === span[0] && /^(?:el|la|las|los|le|les|san|santa|del)$/.test(w.lower);
    const syllable = allCapSpan && w !== span[0];
    // "hiking near Lyme", "lives in Addison": an eponym word is a town after a strong cue, with no disease after it
    const eponymTown = span.length === 1 && cue.strong && EPONYM_SURNAMES.has(w.lower) || (span.length === 1 && cue.strong && w.lower === "lyme");
    if ((NOT_NAMES.has(w.lower) && !eponymTown) || DRUG_WORDS.has(w.lower) || TIME_WORDS.has(w.lower) || (!article && !syllable && (FOREIGN_WORDS.has(w.lower) || FOREIGN_FUNCTION.has(w.lower)))) return false;
    if (w.text.length > 1 && w.text === w.text.toUpperCase() && !w.shouting && !NICKNAME_CAPS.test(w.text)) return false; // "in ICU", "in ED"
  }
  if (span[0]!.text.length < 3 && span.length === 1) return false;
  // states, counties and countries are no identifiers under Safe Harbor ("summers in Arizona", "from Georgia", "in Cornwall");
  // compromise also files some large cities as regions ("Leeds", "Coventry", "Oaxaca"): those stay towns
  const tag = lexicon.tagOf(name) ?? "";
  if (STATE_NAME_SET.has(name) || REGION_WORDS.has(name) || /Country|Demonym|Language|Religion/.test(tag)) return false;
  if (/Region/.test(tag) && (placePopulationExact(name) ?? 0) < BIG_REGION_TOWN) return false;
  const pop = placePopulation(name);
  if (pop === undefined) return false;
  // an everyday word ("Mobile", "Reading"); compromise's proper nouns ("Berkeley") are not
  const word = (w: WordToken) => isEnglishWord(w.lower) || (isCommonWord(w.lower) && !/ProperNoun|Place|City|Region/.test(lexicon.tagOf(w.lower) ?? ""));
  // a given name, or a name-list word that is no sizeable city ("from priya", not "from tucson")
  const person = (w: WordToken) => isGivenName(w.lower) !== undefined || WORD_NAMES.has(w.lower) || (isListedName(w.lower) && pop < 50_000);
  const cap = span[0]!.cap;
  if (span.length > 1) {
    // "in Grand Rapids", "near Palm Springs", "in san antonio", "moved to salt lake city"
    if (span.every(word)) return pop >= (cap ? (cue.strong ? 1_000 : 10_000) : 100_000);
    return pop >= (cap || cue.strong ? 1_000 : 10_000);
  }
  const w = span[0]!;
  // "we just moved to nice from lyon": a lower-case everyday word only as a large town one moved to or lives in, ending the clause
  if (word(w))
    return (cap && cue.strong && !isCommonWordOnly(w) && !DEPARTMENTS.test(w.lower)) ||
      // "admitted ... from Reading.", "in Worthing hospital": a capital mid-sentence on a word that is also a large town
      (cap && !w.sentenceStart && !w.shouting && pop >= 50_000 && !isCommonWordOnly(w) && !BODY_TOWNS.has(w.lower) &&
        !SYMPTOM_BEFORE.test(text.slice(Math.max(0, w.start - 30), w.start)) &&
        (/^(?:\s*$|\s?[,.;!?)]|\s(?:hospital|general|infirmary|clinic|area|and|but|with|for|since|until|last|this|when|by|on|at|to|where|who|while|during|yesterday|today|tonight|recently)\b)/.test(after) ||
          // "the tap water in Flint safe for ...": a lower-case word after it that is no noun (a noun makes a compound: "in Reading glasses")
          (cue.strong || pop >= 90_000) && NOT_NOUN_AFTER.test(lexicon.tagOf(/^\s(\p{Ll}+)\b/u.exec(after)?.[1] ?? "") ?? "x") && !/Noun|Plural|Singular|Uncountable/.test(lexicon.tagOf(/^\s(\p{Ll}+)\b/u.exec(after)?.[1] ?? "") ?? "Noun"))) || (!cap && cue.home === true && pop >= 100_000 && !isCommonWordOnly(w) && /^(?:\s*$|\s?[,.;!?)]|\s(?:from|last|recently|since|when|after|in|on|with|and|a|about|this|two|three|few|several)\b)/.test(after)) ||
      // "a fainting spell in Battle while visiting": a smaller town, capitalised mid-sentence in a message that is not written
      // in title case, before a word that ends the place phrase
      (cap && !w.sentenceStart && !w.shouting && pop >= 5_000 && !isCommonWordOnly(w) && !BODY_TOWNS.has(w.lower) && !SYMPTOM_BEFORE.test(text.slice(Math.max(0, w.start - 30), w.start)) &&
        /^\s(?:while|during|yesterday|today|tonight|recently|last (?:week|month|year|night|summer|winter|spring|autumn|weekend)|on (?:holiday|vacation|business))\b/.test(after) && !titleCase(text)) ||
      // "the pharmacy in deal says", "the clinic in eagle takes walk ins": a place of care's town, then what it says or does
      (!cap && cue.facility === true && pop >= 10_000 && !isCommonWordOnly(w) && FACILITY_VERB_AFTER.test(after));
  if (cap) return !(cue.person && !cue.strong && person(w));
  // lower case: no name a person could have after "from" / "to", and a sizeable town after a bare "in"
  if (cue.person && person(w)) return false;
  return pop >= (cue.strong ? 1_000 : 10_000);
}

// "says", "takes", "won't": the place of care in that town doing something
const FACILITY_VERB_AFTER = /^\s(?:says|said|told|tells|takes|took|gave|gives|has|had|is|was|were|are|won't|doesn't|didn't|can't|couldn't|wants|wanted|charges|charged|closes|closed|opens|only|does|did|will|would|sent|ran|runs|prescribed|refused|ordered)\b/;
// what a lower-case word after a town may be, so that the two make no compound: "in Flint safe", "in Bath while"
const NOT_NOUN_AFTER = /Adjective|Verb|Tense|Modal|Copula|Adverb|Preposition|Conjunction|Determiner|Pronoun|Negative/;
// US states aside: counties, provinces and regions people name as where they are, which are no identifiers under Safe
// Harbor and which the town list also holds as some town's name ("in Cornwall", "in Kent", "in Devon", "the Midwest")
const REGION_WORDS = new Set([
  "cornwall", "devon", "kent", "dorset", "somerset", "surrey", "sussex", "essex", "norfolk", "suffolk", "yorkshire", "lancashire", "cumbria",
  "northumberland", "cheshire", "shropshire", "wiltshire", "berkshire", "hampshire", "oxfordshire", "gloucestershire", "herefordshire",
  "worcestershire", "warwickshire", "staffordshire", "derbyshire", "nottinghamshire", "leicestershire", "lincolnshire", "northamptonshire",
  "cambridgeshire", "bedfordshire", "hertfordshire", "buckinghamshire", "rutland", "merseyside", "midlands", "east anglia", "the cotswolds", "cotswolds",
  "lake district", "highlands", "fife", "galloway", "argyll", "aberdeenshire", "perthshire", "lanarkshire", "ayrshire", "powys", "gwynedd",
  "anglesey", "pembrokeshire", "ceredigion", "carmarthenshire", "glamorgan", "gwent", "clwyd", "ulster", "munster", "leinster", "connacht",
  "queensland", "tasmania", "new south wales", "northern territory", "western australia", "south australia", "outback",
  "ontario", "quebec", "alberta", "manitoba", "saskatchewan", "nova scotia", "new brunswick", "newfoundland", "labrador", "yukon", "nunavut",
  "british columbia", "prince edward island", "midwest", "new england", "pacific northwest", "bay area", "tri-state", "upstate", "downstate",
  "appalachia", "florida keys", "the keys", "panhandle", "deep south", "south west", "north east", "north west", "south east", "west country",
  "bavaria", "tuscany", "andalusia", "catalonia", "provence", "brittany", "normandy", "punjab", "kerala", "goa", "bengal", "kashmir", "rajasthan",
  "gujarat", "tamil nadu", "karnataka", "maharashtra", "sindh", "balochistan", "mindanao", "luzon", "visayas", "java", "sumatra", "bali", "borneo",
  "parana", "santa catarina", "siberia", "patagonia", "amazon", "sahara", "lapland", "scandinavia", "caribbean", "balkans", "riviera", "algarve", "canaries", "tenerife", "ibiza", "majorca", "mallorca"
]);
// compromise's regions that the town list holds as a large town ("Leeds", "Coventry", "Oaxaca"): towns from this size
const BIG_REGION_TOWN = 250_000;
const NICKNAME_CAPS = /^(?:NYC|HCMC|KL)$/;

// Body parts that are also large towns ("pain in Colon"), and complaints before "in" ("cramps in Colon"): no place
const BODY_TOWNS = new Set(["colon", "temple", "palm", "chin", "lip", "sole", "heel", "bladder"]);
const SYMPTOM_BEFORE =
  /\b(?:pain|pains|ache|aches|aching|cramps?|cramping|tenderness|swelling|lump|mass|bleeding|polyps?|cancer|tumou?rs?|rash|burning|itching|soreness|discomfort|pressure|spasms?|numbness|tingling|inflammation|infection|blockage|stones?|sore)\s\p{L}+\s$/u;
const PLACE_CONNECTOR = /^(?:or|on|upon|de|del|la|las|los|le|les|des|of|the|sur|am|an|der|en|y|di|da|do|dos|das|du)$/;
// Countries by the word people write after a town ("bath uk", "Ibadan, Nigeria")
const COUNTRY_WORDS: Record<string, string> = {
  uk: "gb", england: "gb", scotland: "gb", wales: "gb", britain: "gb", ireland: "ie", canada: "ca", australia: "au", nigeria: "ng",
  ghana: "gh", kenya: "ke", india: "in", pakistan: "pk", philippines: "ph", vietnam: "vn", mexico: "mx", france: "fr", germany: "de",
  spain: "es", italy: "it", brazil: "br", jamaica: "jm", senegal: "sn", poland: "pl", ukraine: "ua", portugal: "pt", colombia: "co",
  "new zealand": "nz", nz: "nz", "south africa": "za", zimbabwe: "zw", zambia: "zm", uganda: "ug", tanzania: "tz", ethiopia: "et", cameroon: "cm",
  liberia: "lr", sierra: "sl", gambia: "gm", morocco: "ma", egypt: "eg", tunisia: "tn", algeria: "dz", sudan: "sd", somalia: "so", rwanda: "rw",
  malawi: "mw", mozambique: "mz", botswana: "bw", namibia: "na", bangladesh: "bd", nepal: "np", lanka: "lk", indonesia: "id", malaysia: "my",
  thailand: "th", cambodia: "kh", myanmar: "mm", china: "cn", japan: "jp", korea: "kr", taiwan: "tw", turkey: "tr", iran: "ir", iraq: "iq",
  syria: "sy", lebanon: "lb", jordan: "jo", israel: "il", greece: "gr", romania: "ro", bulgaria: "bg", serbia: "rs", croatia: "hr", bosnia: "ba",
  hungary: "hu", czechia: "cz", austria: "at", switzerland: "ch", netherlands: "nl", holland: "nl", belgium: "be", sweden: "se", norway: "no",
  denmark: "dk", finland: "fi", russia: "ru", peru: "pe", chile: "cl", argentina: "ar", venezuela: "ve", ecuador: "ec", bolivia: "bo",
  guatemala: "gt", honduras: "hn", salvador: "sv", nicaragua: "ni", cuba: "cu", haiti: "ht", dominican: "do", trinidad: "tt", barbados: "bb",
  fiji: "fj", samoa: "ws", tonga: "to", usa: "us", america: "us",
  // states and provinces written after a town: "Cooktown, Far North Qld", "Ballarat, Victoria", "Kingston, Ontario"
  qld: "au", nsw: "au", vic: "au", tas: "au", queensland: "au", tasmania: "au", victoria: "au",
  ontario: "ca", quebec: "ca", alberta: "ca", manitoba: "ca", saskatchewan: "ca"
};
// one-word state names and their postal codes (both lists run in the same alphabetical order)
const STATE_CODES = new Map(
  STATE_NAMES.toLowerCase()
    .split("|")
    .map((n, k) => [n, STATE_ABBR.toLowerCase().split("|")[k]!] as const)
    .filter(([n]) => !n.includes(" "))
);
// state abbreviations that are also words: lower case only at the end of a clause ("in hope in" is no "Hope, IN")
const WORD_STATES = /^(?:in|or|me|hi|oh|ok|ma|pa|la|de|co|id|mo|ne|md|ms|mi|ar|il|wa|ga|va|al|sc)$/;

// ", AZ", " uk", " in Senegal", ", Far North Qld": a state or country after a town, with a direction word or two before it
const REGION_AFTER = /^(,?[ \t]{1,2}(?:in[ \t])?(?:(?:far|north|south|east|west|northern|southern|eastern|western|central|upstate|rural|regional|coastal|outback|north-east|north-west|south-east|south-west)[ \t]){0,2})(\p{L}{2,12})(?![\p{L}\d'’-])/iu;

/** "Reading PA", "in mobile al", "bath uk", "Ibadan, Nigeria": a listed town right before the state or country that has a town of that name. */
function inRegionAfter(span: WordToken[], name: string, prep: boolean, text: string): boolean {
  const last = span[span.length - 1]!;
  const m = REGION_AFTER.exec(text.slice(last.end, last.end + 32));
  if (m === null) return false;
  const code = m[2]!;
  // "Saint-Louis in Senegal": a capitalised town "in" a capitalised country or state (not "my friend Sandy in Utah")
  if (/\bin[ \t]/i.test(m[1]!) && (!span.every((w) => w.cap) || !/^\p{Lu}/u.test(code) || span.some((w) => isGivenName(w.lower) !== undefined || WORD_NAMES.has(w.lower) || isRelation(w)))) return false;
  const lower = code.toLowerCase();
  let region: string | undefined;
  if (code.length === 2 && STATE_ABBR_SET.has(lower) && (code === code.toUpperCase() || code === lower)) {
    region = `us-${lower}`;
    if (code === lower && WORD_STATES.test(lower) && !/^\s*(?:$|[.,;!?)\n])/.test(text.slice(last.end + m[0].length, last.end + m[0].length + 3))) return false;
  } else if (lower === "uk" && code !== "Uk") region = "gb";
  // "ontario, california", "Canton, Ohio": a one-word state name after the town
  else if (STATE_CODES.has(lower) && (code[0] === code[0]!.toUpperCase() || prep || m[1]!.includes(","))) region = `us-${STATE_CODES.get(lower)!}`;
  else if (code.length > 2 && (code[0] === code[0]!.toUpperCase() || prep)) region = COUNTRY_WORDS[lower];
  if (region === undefined) return false;
  // "Lee MD", "Shah PA": a degree after a name, unless a place preposition says town; "HOPE IN" in a shouted message needs its comma
  if (!prep && (region === "us-md" || region === "us-pa")) return false;
  if (span[0]!.text === span[0]!.text.toUpperCase() && !m[1]!.includes(",")) return false;
  // a lower-case town and state need a place preposition or the end of the clause ("in paradise nv", "... mobile al")
  if (!span[0]!.cap && code === lower && !prep && !/^\s*(?:$|[.,;!?)\n])/.test(text.slice(last.end + m[0].length, last.end + m[0].length + 3))) return false;
  for (const w of span) if (NOT_NAMES.has(w.lower) || EXTEND_STOP.has(w.lower) || TIME_WORDS.has(w.lower) || FOREIGN_FUNCTION.has(w.lower) || STATE_NAME_SET.has(w.lower) || isAcronym(w)) return false;
  return placeInRegion(name, region);
}

/** "a village called Mbour", "a town named Hope": the place noun names what follows. */
function calledPlace(toks: WordToken[], i: number, n: number, text: string): boolean {
  const t = toks[i]!;
  const a = toks[i - 1];
  const b = toks[i - 2];
  if (!t.cap || a === undefined || b === undefined || isAcronym(t) || NOT_NAMES.has(t.lower)) return false;
  if (!/^(?:called|named)$/.test(a.lower) || !oneSpaceBetween(text, a, t) || !oneSpaceBetween(text, b, a)) return false;
  if (!/^(?:village|town|city|place|suburb|neighbou?rhood|hamlet|island|community|settlement|municipality|district|pueblo|ciudad)$/.test(b.lower)) return false;
  // "a place called St Just", "a village called Little Snoring": a name of two or three capitalised words, listed
  if (n > 1) {
    const span = toks.slice(i, i + n);
    return span.every((w) => w.cap && !isAcronym(w)) && placePopulation(span.map((w) => w.lower).join(" ")) !== undefined;
  }
  if (t.text.length < 3) return false;
  // "a place called Home" is a phrase: an everyday word must be a listed town
  return !isEnglishWord(t.lower) || placePopulation(t.lower) !== undefined;
}

/** "sprouts", "terrier", "mustard": a lower-case English noun right after a city's name, making a compound with it. */
function compoundNounAfter(last: WordToken, next: WordToken, text: string): boolean {
  if (next.cap || !oneSpaceBetween(text, last, next) || FACILITY_BEFORE.test(next.lower) || HOME_BEFORE.test(next.lower)) return false;
  if (PLACE_NOUN_AFTER.test(text.slice(last.end, last.end + 16)) || /^(?:tonight|today|tomorrow|yesterday|now|then|again|too|also|time|area|way|trip|holiday|office|team|branch|location|site|campus|hospital|clinic)$/.test(next.lower)) return false;
  if (pluralNoun(next)) return true;
  const tag = lexicon.tagOf(next.lower);
  return tag === undefined ? isEnglishWord(next.lower) && !/(?:ly|ed|ing)$/.test(next.lower) : /^(?:Noun|Singular|Uncountable|Plural)/.test(tag);
}

/** Most words of four letters or more capitalised ("Tips For Staying Well In Winter"): capitals say nothing there. */
function titleCase(text: string): boolean {
  let caps = 0;
  let all = 0;
  const re = /\p{L}{4,}/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && all < 200) {
    all++;
    if (/^\p{Lu}/u.test(m[0])) caps++;
  }
  return all >= 4 && caps * 2 > all;
}

/** "sprouts", "terriers": a lower-case plural of an English noun (no verb like "says"). */
function pluralNoun(w: WordToken): boolean {
  if (!/[^sui]s$/.test(w.lower)) return false;
  const tag = lexicon.tagOf(w.lower);
  if (tag !== undefined) return /Plural/.test(tag);
  return isEnglishWord(w.lower.slice(0, -1));
}

/** An English word that is never a place name in its own right: function words and the like. */
function isCommonWordOnly(w: WordToken): boolean {
  return EXTEND_STOP.has(w.lower) || /^(?:there|here|all|bed|town|time|general|particular)$/.test(w.lower);
}

// ", Rotorua", ", Bath": the capitalised words after a street address and a comma
const AFTER_ADDRESS = /^(?:,[ \t]{0,2}|[ \t]in[ \t])(\p{Lu}[\p{L}'’.-]{1,30})(?:[ \t](\p{Lu}[\p{L}'’.-]{1,30}))?(?:[ \t](\p{Lu}[\p{L}'’.-]{1,30}))?/u;

/** "lives at 7 Kowhai Lane, Rotorua": a listed town right after a street address (any town, even "Bath"). */
function citiesAfterAddress(hits: PhiHit[], text: string): PhiHit[] {
  const out: PhiHit[] = [];
  for (const h of hits) {
    if (h.type !== "ADDRESS") continue;
    const m = AFTER_ADDRESS.exec(text.slice(h.end, h.end + 100));
    if (m === null) continue;
    const parts = [m[1], m[2], m[3]].filter((x): x is string => x !== undefined);
    // "3 Orchard Lane in Little Snoring": after "in", the capitalised words are the town whether listed or not
    const within = m[0].startsWith(" in") || m[0].startsWith("\tin");
    for (let n = parts.length; n > 0; n--) {
      const name = parts.slice(0, n).join(" ");
      const key = name.toLowerCase().replace(/\.$/, "");
      const unlisted = within && n === parts.length && !STATE_NAME_SET.has(key) && !REGION_WORDS.has(key) &&
        parts.every((w) => !NOT_NAMES.has(w.toLowerCase()) && !EXTEND_STOP.has(w.toLowerCase()) && !TIME_WORDS.has(w.toLowerCase()) && !/^(?:apt|apartment|unit|suite|flat|room|building|block|floor|the)\.?$/i.test(w) && !/^\p{Lu}+$/u.test(w));
      if (!unlisted && (STATE_NAME_SET.has(key) || REGION_WORDS.has(key) || (placePopulation(key) === undefined && !isCity(key)))) continue;
      const start = h.end + m[0].indexOf(parts[0]!);
      out.push({ type: "CITY", start, end: start + key.length });
      break;
    }
  }
  return out;
}

// "Liverpool L1", "Leeds LS6": a UK postcode district (the outward half) right after a town (not "Mapusa, NS1 negative": a test)
const DISTRICT_AFTER_TOWN = /^[ \t]([A-Z]{1,2}[0-9][0-9A-Z]?)(?![\p{L}\d])/u;
const LAB_AFTER = /^[ \t]?(?:negative|positive|neg|pos|antigen|antibod\w*|test|result|ag|igm|igg|level|serotype|strain|variant)\b/i;

function districtsAfterTowns(hits: PhiHit[], text: string): PhiHit[] {
  const out: PhiHit[] = [];
  for (const h of hits) {
    if (h.type !== "CITY") continue;
    const m = DISTRICT_AFTER_TOWN.exec(text.slice(h.end, h.end + 8));
    if (m === null) continue;
    const start = h.end + m[0].length - m[1]!.length;
    if (LAB_AFTER.test(text.slice(start + m[1]!.length, start + m[1]!.length + 12))) continue;
    // "Leeds A1" is a road, "Boston MA2"... a two-letter state or a road number is no district
    if (/^[AM]\d{1,2}$/.test(m[1]!) && /^\s?(?:road|motorway|north|south|junction|exit)\b/i.test(text.slice(start + m[1]!.length, start + m[1]!.length + 10))) continue;
    out.push({ type: "ZIP", start, end: start + m[1]!.length });
  }
  return out;
}

// ", 90, temp 39.2", ", 98 y,", ", 91 M": an age over 89 set off by a comma right after a person's name
const AGE_AFTER_NAME = /^,[ \t]?(9\d|1[0-2]\d)(?=[ \t]?[,;)]|\.(?:\s|$)|[ \t](?:y|yo|y\/o|yrs?|years?|M|F|male|female|man|woman|años|-year)\b|[ \t]?$)/;

/** "Ms. Gwendolyn Ashby, 90, temp 39.2", "Pt Kofi Mensah, 91, from Tema": the age in commas after a name. */
function agesAfterNames(hits: PhiHit[], text: string): PhiHit[] {
  const out: PhiHit[] = [];
  for (const h of hits) {
    if (h.type !== "NAME" || text.charCodeAt(h.end) !== 44) continue;
    const m = AGE_AFTER_NAME.exec(text.slice(h.end, h.end + 16));
    if (m === null) continue;
    const start = h.end + m[0].length - m[1]!.length;
    if (CLINICAL_UNIT_AFTER.test(text.slice(start + m[1]!.length, start + m[1]!.length + 8))) continue;
    out.push({ type: "AGE", start, end: start + m[1]!.length });
  }
  return out;
}

// "at 103", "of 95", "is 97": an age found once, named again after a word that takes an age
const AGE_AGAIN = /\b(?:at|of|aged?|is|was|turns|turned|turning|be|now|still|nearly|almost)[ \t](9\d|1[0-2]\d)(?![\w.%°/]|\.\d)/g;

/** "My grandfather aged 103 ... useful at 103?": the same age again, once one mention is an age. */
function repeatedAges(hits: PhiHit[], text: string): PhiHit[] {
  const ages = new Set<string>();
  // where the ages already found start their digits (a Set, so each later mention costs one probe)
  const taken = new Set<number>();
  for (const h of hits) {
    if (h.type !== "AGE") continue;
    const re = /\d{2,3}/g;
    const inner = text.slice(h.start, h.end);
    let d: RegExpExecArray | null;
    while ((d = re.exec(inner)) !== null) {
      ages.add(d[0]);
      taken.add(h.start + d.index);
    }
  }
  if (ages.size === 0) return [];
  const out: PhiHit[] = [];
  AGE_AGAIN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AGE_AGAIN.exec(text)) !== null) {
    const n = m[1]!;
    if (!ages.has(n)) continue;
    const start = m.index + m[0].length - n.length;
    if (CLINICAL_UNIT_AFTER.test(text.slice(start + n.length, start + n.length + 8))) continue;
    if (taken.has(start)) continue;
    out.push({ type: "AGE", start, end: start + n.length });
  }
  return out;
}

/** "Oluwaseun Bakare, MD": a person with a degree, not a city in Maryland (unless the place is a known city). */
function clinicianNotCity(h: PhiHit, text: string): PhiHit {
  if (!/^,\s?(?:MD|DO|PA|NP|RN|PhD|DDS|PA-C)\b/.test(text.slice(h.end, h.end + 8))) return h;
  const parts = words(text.slice(h.start, h.end));
  if (isCity(parts.map((w) => w.lower).join(" "))) return h;
  return parts.some((w) => listedName(w) || isGivenName(w.lower) !== undefined || isSurname(w.lower)) ? { ...h, type: "NAME" } : h;
}

/** "Pt: Hoang, Minh Chau", "Siddiqui, Farah  MRN ...": surname, comma, given names after a label or opening a line. */
function mergeSurnameFirst(hits: PhiHit[], text: string): PhiHit[] {
  const out: PhiHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (
      last && last.type === "NAME" && h.type === "NAME" && /^,[ \t]$/.test(text.slice(last.end, h.start)) && !/\s/.test(text.slice(last.start, last.end)) &&
      /(?:^|\n|:)[ \t]{0,3}$/.test(text.slice(Math.max(0, last.start - 24), last.start)) && !/^\s(?:and|&)\s/.test(text.slice(h.end, h.end + 6))
    ) {
      out[out.length - 1] = { type: "NAME", start: last.start, end: h.end };
      continue;
    }
    out.push(h);
  }
  return out;
}

/** Keep the longest of overlapping hits (earlier pattern wins ties), sorted by position. */
export function resolveOverlaps(hits: PhiHit[]): PhiHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: PhiHit[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      if (h.end - h.start > last.end - last.start) out[out.length - 1] = h;
      continue;
    }
    out.push(h);
  }
  return out;
}

// ---- Cues added for the phi-k writer (one block: word and place names as people, pairs and lists of names,
// other families' kinship honorifics, Spanish place cues, towns before a service, suburbs after a town) ----
// A verb that only a person (or a pet) is the subject of: "Tulsa started the tablets", "Austin keeps getting ..."
const PK_PERSON_VERB =
  /^\s(?:started|stopped|keeps|kept|says|said|feels|felt|woke|fell|threw|vomited|complains|complained|cried|cries|tested|refuses|refused|swallowed|coughs|coughed|sneezes|hates|loves|can't|won't|doesn't|didn't|wakes|wet|wets|is\s(?:still\s)?(?:getting|having|feeling|complaining|coughing|vomiting|crying|refusing|teething|sick|unwell|poorly|ill|allergic)|(?:has|had|'s|’s)\s(?:been\s(?:having|getting|feeling|on|off|taking|struggling)|(?:a|an)\s(?:rash|fever|cough|cold|temp|sore|earache|headache|migraine|nosebleed|seizure|chest infection|ear infection|uti)\b))\b/;
// Other families' kinship honorifics before a given name: "Kuya Jomar", "Iya Bisi", "Whaea Mere", "Pani Zofia", "Bà Lan", "Hooyo Ladan"
const PK_HONORIFICS = new Set([
  "ate", "manang", "manong", "inay", "itay", "iya", "baba", "nne", "nna", "mazi", "dede", "ada", "mama", "papa", "chị", "anh", "bà", "ông", "cô", "chú",
  "amma", "appa", "paati", "thatha", "akka", "anni", "amca", "hajji", "hajja", "hooyo", "aabo", "ayeeyo", "abti", "pani", "pan", "ciocia", "wujek", "whaea", "matua"
]);
// "X and Y both have", "X and Y are twins": two people named together before what they share
const PK_PAIR_AFTER =
  /^\s(?:both|all|are\s(?:twins|both|my|our|sick|ill|poorly|unwell|off|due|having|getting|coughing)|were\s(?:both|born|sick|ill|seen)|have\s(?:been|got|had|the|a|an|chickenpox|measles|nits|lice|colds?|flu|covid)|had\s(?:the|a|an|their|been)|got\s(?:the|a|an|their)|tested|keep|caught)\b/;
// "... and her brother", "... and his mum": a person, then someone of their family
const PK_AND_KIN = /^\s(?:and|&)\s(?:her|his|their)\s(?:(?:little|baby|big|older|younger|twin|step)\s)?(?:brother|sister|mum|mom|dad|mother|father|son|daughter|twin|cousin|husband|wife|partner|friend|nan|gran|grandma|grandpa|baby)\b/;
// the possessive of a person before a reading, a test or someone caring for them: "Skye's HbA1c", "Niamh's peak flow", "Bisi's mummy"
const PK_POSSESSED =
  /^['’]s\s(?:(?:\p{L}+\s)?(?:hba1c|a1c|peak flow|peak flows|flow|bloods|blood test|blood sugars?|sugars?|inr|ecg|ekg|x-?ray|mri|ct|ultrasound|swab|test|tests|results?|levels?|readings?|numbers|cough|rash|fever|temp|asthma|eczema|nappy|tummy|ears?|eyes?|chest|breathing|wheeze|sats|weight|growth|meds|inhaler|spacer|epipen|nebuliser|nebulizer)|(?:mummy|mommy|mama|mam|mum|mom|daddy|dad|papa|nanny|nan|granny|gran|grandma|grandpa|auntie|aunty|carer|guardian|key worker|keyworker|social worker)\s(?:here|writing|again|speaking|asking|,)|(?:mummy|mommy|mama|daddy|papa|nanny|auntie|aunty|carer|guardian)\b)/iu;
// "can mark take", "should faith stop", "does hope need": a question about someone by name, a verb, then "his / her"
const PK_ASKED_VERB = /^\s(?:take|have|use|get|go|eat|drink|stop|start|keep|be|do|swim|fly|return|try|need|still|also|safely)\b/;
const PK_PRONOUN_LATER = /\b(?:his|her|he|she|him|he's|she's|hes|shes)\b/;
// "Bo been pulling at his ears", "kemi been sick all night": a name with the auxiliary dropped before "been"
const PK_BEEN_AFTER = /^\s(?:been|bin)\s(?:\p{L}+ing|sick|ill|poorly|unwell|off|up|bad|rough|feverish|hot|cranky|grumpy|teething)\b/u;
// "Ngozi Eze, 31, presented": a note opening with a full name and the age between commas (or with an age and sex)
const PK_AGE_AFTER_FULL = /^,\s?\d{1,3}(?:\s?(?:y|yo|yrs?|years?|M|F))?[,)]|^\s?\(\d{1,3}(?:\s?(?:y|yo|yrs?|M|F))?\)/;
// "Folasade please remind me", "Thandiwe pls can you": a name opening the message, then a request
const PK_REQUEST_AFTER = /^,?\s(?:pls|plz|please|kindly|can you|could you|would you|do you|quick question|question)\b/;
// Spanish deictic adverbs and everyday words that the name list also holds ("y allá me hicieron", "aquí me dijeron")
const PK_NOT_NAMES = new Set(["allá", "alla", "allí", "alli", "aquí", "aqui", "acá", "aca", "ahí", "ahi", "entonces", "luego", "después", "despues", "ayer", "anoche"]);
// Spanish cues that the next word is a town: "me mandaron de", "llegué anoche de", "la farmacia de", "soy de", "nos mudamos a",
// "vengo de", "vivimos en"; the verb, an optional time word, then the preposition
const PK_ES_PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:(?:me|nos|lo|la|le|los|las|les)\s(?:mandaron|mandó|mando|enviaron|envió|envio|refirieron|remitieron|trasladaron|trajeron|derivaron)\s(?:de(?:sde)?|a)|(?:llegué|llegue|llegamos|llegó|llego|vengo|venimos|vino|vine|volví|volvi|volvimos|regresé|regrese|regresamos|soy|somos|es|son|salimos|salí|sali)(?:\s(?:anoche|ayer|hoy|recién|recien|apenas|ahora|originalmente))?\s(?:de|desde)|(?:mudamos|mudé|mude|mudó|mudo|mudaron|fuimos|fui|fue|viajamos|viajé|viaje|viajó|vamos|voy)\s(?:a|para)|(?:vivo|vivimos|vive|viven|trabajo|trabajamos|trabaja|estoy|estamos|está|esta|nací|naci|nació|nacio)\sen|(?:farmacia|hospital|clínica|clinica|centro de salud|consultorio|posta|sanatorio|ambulatorio|urgencias|dispensario|botica|droguería|drogueria)\s(?:de|del|en))\s$/iu;
// the word that ends PK_ES_PLACE_BEFORE
const PK_ES_PLACE_LAST = new Set(["de", "desde", "a", "para", "en", "del"]);
const isLetterUnit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && /\p{L}/u.test(String.fromCharCode(c)));
/** The lower-case word just before the final whitespace of `before` ("ſ" folded as the /iu cue regexes do), or undefined. */
function lastWordOf(before: string): string | undefined {
  const n = before.length;
  if (n < 2 || !/\s/.test(before[n - 1]!)) return undefined;
  let k = n - 1;
  while (k > 0 && isLetterUnit(before.charCodeAt(k - 1))) k--;
  return k === n - 1 ? undefined : before.slice(k, n - 1).toLowerCase().replace(/ſ/g, "s");
}
// "sofa-surfing between Harehills and Chapeltown", "splitting her time between Ely and Soham": two places someone lives
const PK_BETWEEN_BEFORE = /(?:surfing|sleeping|staying|living|lives|lived|moving|moves|moved|splitting (?:her|his|their|my|our) time|time|shuttling|bouncing|going back and forth|back and forth|commuting)\s(?:between|betwixt)\s$/i;
// "the flying doctor out of Bourke", "the ambulance came out of Tumut", "she works out of Kettering": a service's base
const PK_OUT_OF_BEFORE = /(?:doctor|doctors|ambulance|paramedics?|crew|clinic|service|team|nurse|nurses|helicopter|chopper|plane|flight|based|works|working|worked|operating|operates|flew|flying|came|comes|drove|driving|running|runs)\sout\sof\s$/i;
// "the half in Marathon on Saturday", "down in Deal for half term": a town, then when or why the writer was there
const PK_WHEN_AFTER =
  /^\s(?:on\s(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s\d)|last\s(?:week|weekend|month|night|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this\s(?:week|weekend|morning)|at\sthe\sweekend|for\s(?:half[\s-]term|the\s(?:weekend|week|holidays?|summer|bank holiday)|a\s(?:few\sdays|week|holiday|wedding|funeral)|(?:a|our|my|the)\s(?:holiday|vacation|break)|christmas|easter|the\sday)|on\s(?:holiday|vacation|a\s(?:trip|holiday)))\b/i;
const PK_WHEN_BEFORE = /(?:down|up|over|out|away|staying|stopping|holidaying|camping|visiting|the (?:half|race|marathon|10k|5k|parkrun|match|game|tournament|wedding|funeral|festival|show|concert|gig))\sin\s$/i;
// a town before a service the writer used: "leeds walk in centre told me", "Tralee GP wants", "Ennis out of hours"
// (a capitalised "Clinic" or "Hospital" after it names an institution: "the Cleveland Clinic")
const PK_SERVICE_AFTER = /^\s(?:[Ww]alk[\s-]in(?:\s(?:centre|center|clinic))?|GP|GPs|gp|out of hours|minor injuries|urgent care|A&E|a&e|health centre|health center|pharmacy|chemist)(?![\p{L}\d&-])/u;
// "Bristol, Avon", "Astoria, Queens": after a found town and a comma, a second listed place is its suburb or borough
// (not a region, state or country: "Soledad, Atlántico" names no person and no town)
const PK_SUBURB_AFTER = /^,[ \t](\p{Lu}[\p{Ll}\p{M}'’-]{2,30}(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]{2,30})?)(?![\p{L}\d])/u;
// Spanish floor and door after a street address: "Calle Olmo 5, 2ºA", "Av. Sucre 120, piso 3", "..., dpto. 4B"
const PK_ADDRESS_UNIT = /^,?[ \t](?:\d{1,2}[º°ª][ \t]?(?:[A-Za-z]|izq(?:uierda|da)?\.?|dcha\.?|derecha)?|(?:piso|planta|depto\.?|dpto\.?|departamento|apto\.?|apartamento|puerta|bajo|interior|int\.)[ \t]?[\dA-Za-z]{1,4}[º°ª]?)(?![\p{L}\d])/u;

const PK_PRONOUNS = /^(?:me|i|we|you|us|him|her|them|they|he|she|it|my|our|your|his|their|this|that|these|those|both|all|everyone|someone|nobody|yo|ella|él|el|nosotros|ellos)$/;
function pkNameWord(t: WordToken | undefined): boolean {
  if (t === undefined || !t.cap || t.text.length < 2 || !/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(t.text) || PK_PRONOUNS.test(t.lower)) return false;
  if (NOT_NAMES.has(t.lower) || DRUG_WORDS.has(t.lower) || DRUG_STEM.test(t.lower) || RELATIONS.has(t.lower) || TITLES.has(t.lower) || KINSHIP_ALONE.has(t.lower) || EXTEND_STOP.has(t.lower) || PK_NOT_NAMES.has(t.lower) || FOREIGN_WORDS.has(t.lower) || FOREIGN_FUNCTION.has(t.lower)) return false;
  return isGivenName(t.lower) !== undefined || WORD_NAMES.has(t.lower) || listedName(t) || unknownNameWord(t) || inNameList(t.lower);
}
function pkPlaceWord(span: WordToken[], min: number): boolean {
  const name = span.map((w) => w.lower).join(" ");
  if (span.some((w) => NOT_NAMES.has(w.lower) || DRUG_WORDS.has(w.lower) || TIME_WORDS.has(w.lower) || TITLES.has(w.lower) || RELATIONS.has(w.lower))) return false;
  if (STATE_NAME_SET.has(name) || REGION_WORDS.has(name) || COUNTRY_WORDS[name] !== undefined) return false;
  return (placePopulation(name) ?? 0) >= min;
}
// the longest listed place of one or two words starting at token i (capitalised words, one space apart)
function pkPlaceAt(toks: WordToken[], i: number, text: string, min: number, lower = false): number {
  const t = toks[i];
  if (t === undefined || (!t.cap && !lower)) return -1;
  const n = toks[i + 1];
  if (n !== undefined && n.cap && oneSpaceBetween(text, t, n) && pkPlaceWord([t, n], min)) return i + 1;
  return pkPlaceWord([t], min) ? i : -1;
}

function phiKCues(toks: WordToken[], text: string, hits: PhiHit[]): PhiHit[] {
  const add: PhiHit[] = [];
  const drop = new Set<PhiHit>();
  const retype = new Map<PhiHit, PhiType>();
  // span lookups by key, not a scan of every hit per word (a long message has many hits)
  const bySpan = new Map<string, PhiHit>();
  const citySpans = new Set<string>();
  for (const h of hits) {
    const key = `${h.start}:${h.end}`;
    if (!bySpan.has(key)) bySpan.set(key, h);
    if (h.type === "CITY") citySpans.add(key);
  }
  const hitAt = (start: number, end: number): PhiHit | undefined => bySpan.get(`${start}:${end}`);
  const cityEnds = new Map<number, PhiHit[]>();
  for (const h of hits) if (h.type === "CITY") cityEnds.set(h.end, [...(cityEnds.get(h.end) ?? []), h]);
  const covered = (start: number, end: number): boolean => hits.some((h) => h.start < end && start < h.end && !drop.has(h));
  const name = (a: WordToken, b: WordToken = a): void => {
    const h = hitAt(a.start, b.end);
    if (h !== undefined && h.type === "CITY") retype.set(h, "NAME");
    else if (!covered(a.start, b.end)) add.push({ type: "NAME", start: a.start, end: b.end });
  };
  const city = (a: WordToken, b: WordToken = a): void => {
    const h = hitAt(a.start, b.end);
    if (h !== undefined && h.type === "NAME") retype.set(h, "CITY");
    else if (!covered(a.start, b.end)) add.push({ type: "CITY", start: a.start, end: b.end });
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1];
    const after = text.slice(t.end, t.end + 60);
    // -- names --
    const cityHere = citySpans.has(`${t.start}:${t.end}`);
    if (t.cap && t.sentenceStart && (inNameList(t.lower) || WORD_NAMES.has(t.lower)) && !NOT_NAMES.has(t.lower) && !DRUG_WORDS.has(t.lower) && !RELATIONS.has(t.lower) && !TITLES.has(t.lower) &&
      (cityHere || isGivenName(t.lower) !== undefined || WORD_NAMES.has(t.lower) || /Region|Place|City|Country/.test(lexicon.tagOf(t.lower) ?? ""))) {
      // "Tulsa started the tablets", "Carolina has been having nightmares": a place name (or word) that is also a given name, as a person
      if (PK_PERSON_VERB.test(after) || SYMPTOM_BEEN.test(after)) name(t);
    }
    if (pkNameWord(t) && (t.sentenceStart || (prev !== undefined && /^(?:and|but|so|then|also|oh|ok|okay)$/.test(prev.lower)))) {
      const n1 = toks[i + 1];
      const n2 = toks[i + 2];
      // "Ruby and Pearl both have nits", "Favour and Precious are twins"
      if (n1 !== undefined && n2 !== undefined && /^(?:and|&)$/.test(n1.lower) && pkNameWord(n2) && /^\s$/.test(text.slice(t.end, n1.start)) && PK_PAIR_AFTER.test(text.slice(n2.end, n2.end + 40))) {
        name(t);
        name(n2);
      }
      // "Ifeoma, Chiamaka and me went", "Tomasz, Kasia and I": a list of people with the writer
      let k = i;
      const list: WordToken[] = [t];
      while (k + 2 < toks.length && text.slice(toks[k]!.end, toks[k + 1]!.start) === ", " && pkNameWord(toks[k + 1]) && list.length < 5) {
        k++;
        list.push(toks[k]!);
      }
      if (list.length >= 2 && /^\s(?:and|&)\s(?:me|i|myself)\b/i.test(text.slice(toks[k]!.end, toks[k]!.end + 12))) for (const w of list) name(w);
      // "Sage and her brother Ash both ...": a person, then someone of their family
      if (t.sentenceStart && PK_AND_KIN.test(after)) name(t);
    }
    // "Kuya Jomar gives", "Iya Bisi": a kinship honorific of another family before a capitalised name
    if (t.cap && PK_HONORIFICS.has(t.lower)) {
      const n = toks[i + 1];
      if (n !== undefined && n.cap && oneSpaceBetween(text, t, n) && (listedName(n) || unknownNameWord(n) || isGivenName(n.lower) !== undefined) && !isEnglishWord(n.lower) && !DRUG_WORDS.has(n.lower)) name(n);
    }
    // "Skye's HbA1c", "Aoife's peak flow", "Bisi's mummy here", "hey doc, jade's cough": whose reading, symptom or carer
    if ((t.cap ? pkNameWord(t) : anyGivenName(t) && (t.sentenceStart || (prev !== undefined && /^,\s$/.test(text.slice(prev.end, t.start))))) && PK_POSSESSED.test(after) && !EPONYM_NEXT.test(after)) {
      if (!t.cap || t.sentenceStart || isGivenName(t.lower) !== undefined || WORD_NAMES.has(t.lower) || listedName(t)) name(t);
    }
    // "can mark take ibuprofen with his ...": a question about a given name that is also a word
    if (!t.cap && prev !== undefined && prev.sentenceStart && QUESTION_OPENERS.has(prev.lower) && anyGivenName(t) && PK_ASKED_VERB.test(after) && PK_PRONOUN_LATER.test(text.slice(t.end, t.end + 70))) name(t);
    // "Bo been pulling his ears"
    if (t.sentenceStart && (pkNameWord(t) || (!t.cap && (listedName(t) || lowerUnknownName(t)))) && PK_BEEN_AFTER.test(after)) name(t);
    // "Ngozi Eze, 31, presented with": a note opening with two name words and the age
    if (t.sentenceStart && t.cap) {
      const n = toks[i + 1];
      if (n !== undefined && n.cap && oneSpaceBetween(text, t, n) && pkNameWord(t) && pkNameWord(n) && PK_AGE_AFTER_FULL.test(text.slice(n.end, n.end + 12))) name(t, n);
    }
    // "baljeet is still getting migraines": a lower-case word nobody knows opening the message, as the one who is ill
    if (i === 0 && !t.cap && lowerUnknownName(t) && (PK_PERSON_VERB.test(after) || SYMPTOM_BEEN.test(after))) name(t);
    // "Folasade pls remind me": a listed name opening the message, then a request
    if (i === 0 && t.cap && (listedName(t) || unknownNameWord(t)) && !isEnglishWord(t.lower) && PK_REQUEST_AFTER.test(after)) name(t);
    // -- places --
    const before = text.slice(Math.max(0, t.start - 60), t.start);
    // every place cue below ends in one of a few words: the cue regexes run only after one
    const cueWord = lastWordOf(before);
    // Spanish cues: "me mandaron de tlalnepantla", "llegué anoche de Valparaíso", "la farmacia de Chimbote", "soy de Bello"
    if (cueWord !== undefined && PK_ES_PLACE_LAST.has(cueWord) && PK_ES_PLACE_BEFORE.test(before)) {
      const j = pkPlaceAt(toks, i, text, 1_000, true);
      if (j >= 0 && (toks[i]!.cap || (!isEnglishWord(t.lower) && lexicon.tagOf(t.lower) === undefined && !FOREIGN_WORDS.has(t.lower) && !FOREIGN_FUNCTION.has(t.lower)))) {
        city(t, toks[j]!);
        // "soy de Bello, Antioquia": the department after it is no person
        const reg = /^,[ \t](\p{Lu}[\p{L}'’-]+)/u.exec(text.slice(toks[j]!.end, toks[j]!.end + 40));
        if (reg !== null) for (const h of hits) if (h.type === "NAME" && h.start === toks[j]!.end + 2) drop.add(h);
        i = j;
        continue;
      }
    }
    // "between Moss Side and Longsight"
    if ((cueWord === "between" || cueWord === "betwixt") && PK_BETWEEN_BEFORE.test(before)) {
      const j = pkPlaceAt(toks, i, text, 1_000);
      const a = toks[j + 1];
      if (j >= 0 && a !== undefined && /^(?:and|&)$/.test(a.lower)) {
        const k2 = pkPlaceAt(toks, j + 2, text, 1_000);
        if (k2 >= 0) {
          city(t, toks[j]!);
          city(toks[j + 2]!, toks[k2]!);
          i = k2;
          continue;
        }
      }
    }
    // "out of Broken Hill"
    if (t.cap && cueWord === "of" && PK_OUT_OF_BEFORE.test(before)) {
      const j = pkPlaceAt(toks, i, text, 1_000);
      if (j >= 0 && !(j === i && isGivenName(t.lower) === "strong")) {
        city(t, toks[j]!);
        i = j;
        continue;
      }
    }
    // "the half in Marathon on Saturday", "down in Deal for half term"
    if (t.cap && !t.sentenceStart && cueWord === "in" && PK_WHEN_BEFORE.test(before)) {
      const j = pkPlaceAt(toks, i, text, 5_000);
      if (j >= 0 && PK_WHEN_AFTER.test(text.slice(toks[j]!.end, toks[j]!.end + 30)) && !(j === i && isGivenName(t.lower) === "strong")) {
        city(t, toks[j]!);
        i = j;
        continue;
      }
    }
    // "bristol walk in centre told me", "Mullingar GP wants": a town opening a sentence before a service
    if ((t.sentenceStart || prev?.lower === "the") && PK_SERVICE_AFTER.test(after) && !CHAINS.has(t.lower) && !INSTITUTION_WORDS.test(t.lower)) {
      const listed = (placePopulation(t.lower) ?? 0) >= 10_000 && !isEnglishWord(t.lower) && isGivenName(t.lower) === undefined && !WORD_NAMES.has(t.lower);
      const unknown = t.cap && /^\p{Lu}\p{Ll}{3,}$/u.test(t.text) && unknownNameWord(t) && !inNameList(t.lower) && !SPECIALTY_START.test(t.lower);
      if ((listed || unknown) && !NOT_NAMES.has(t.lower) && !DRUG_WORDS.has(t.lower) && !STATE_NAME_SET.has(t.lower) && !REGION_WORDS.has(t.lower)) city(t);
    }
  }
  // "Astoria, Queens": a listed place after a found town and a comma
  for (const h of hits) {
    if (h.type !== "CITY") continue;
    const m = PK_SUBURB_AFTER.exec(text.slice(h.end, h.end + 40));
    if (m === null) continue;
    const ws = words(m[1]!);
    if (ws.length === 0 || isGivenName(ws[0]!.lower) !== undefined || !pkPlaceWord(ws, 100_000)) continue;
    const start = h.end + 2;
    const rest = text.slice(start + m[1]!.length, start + m[1]!.length + 3);
    // the end of the place: a stop, a comma or "and" after it
    if (!/^(?:[,.;:!?)]|\s(?:and|y)\b|\s?$)/.test(rest) && !/^\s\p{Ll}/u.test(rest)) continue;
    if (!covered(start, start + m[1]!.length)) add.push({ type: "CITY", start, end: start + m[1]!.length });
  }
  // "Calle Olmo 5, 2ºA": the floor and door belong to the address
  const out: PhiHit[] = [];
  for (const h of hits) {
    if (drop.has(h)) continue;
    const w = text.slice(h.start, h.end);
    // "y allá me hicieron": a Spanish adverb is no person
    if (h.type === "NAME" && PK_NOT_NAMES.has(w.toLowerCase())) continue;
    // "En Soledad, Atlántico, no hay": a word no name list holds, after a found town and a comma, is the region it lies in
    if (h.type === "NAME" && /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(w) && !inNameList(w.toLowerCase()) && isGivenName(w.toLowerCase()) === undefined && /^(?:[,.;]|\s?$)/.test(text.slice(h.end, h.end + 2)) &&
      text.slice(h.start - 2, h.start) === ", " && (cityEnds.get(h.start - 2) ?? []).some((c) => !drop.has(c))) continue;
    if (h.type === "ADDRESS") {
      const u = PK_ADDRESS_UNIT.exec(text.slice(h.end, h.end + 24));
      if (u !== null) {
        out.push({ ...h, end: h.end + u[0].length });
        continue;
      }
    }
    const r = retype.get(h);
    out.push(r !== undefined ? { ...h, type: r } : h);
  }
  // "Obiageli and me ... only Obiageli came back positive": the same name again, written the same way
  const again: PhiHit[] = [];
  for (const h of add) {
    if (h.type !== "NAME") continue;
    const w = text.slice(h.start, h.end);
    if (!/^\p{Lu}[\p{Ll}\p{M}'’-]{2,}$/u.test(w)) continue;
    for (const t of toks) if (t.text === w && t.start !== h.start && !covered(t.start, t.end) && !add.some((a) => a.start === t.start) && !again.some((a) => a.start === t.start)) again.push({ type: "NAME", start: t.start, end: t.end });
  }
  return [...out, ...add, ...again];
}
// ---- end of the phi-k cues ----

// ---- phi-m: labelled numbers over look-alike shapes, and insurers, regulators and billing words that are not people ----
/** A number after a plan, billing or record label keeps that label's type where a phone shape or a looser label took the same span. */
function phiMPreferLabelled(hits: PhiHit[], preferred: PhiHit[]): void {
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i]!;
    if (preferred.includes(h)) continue;
    if (preferred.some((p) => p.start === h.start && p.end === h.end && p.type !== h.type)) hits.splice(i, 1);
  }
}
// insurers and regulators (a name of at most two words holding one is no person), and billing words standing alone
const PM_NOT_NAME =
  /(?:^|\s)(?:aetna|cigna|humana|kaiser|anthem|molina|centene|ambetter|tricare|medi-cal|medicare|medicaid|bupa|axa|medibank|manulife|gphc|gmc|nmc|ahpra|hcpc|ramq|ohip)(?:\s|$)/i;
const PM_BILLING_WORD = /^(?:claim|invoice|policy|statement|billing|member|subscriber|account)$/i;
const PM_ROLE_BEFORE_NAME = /^(?:Member|Patient|Subscriber|Dependent|Insured|Beneficiary|Claimant) (?=[A-Z])/;
/**
 * "Molina", "Tengo Medi-Cal", "GPhC", "Re: Claim": an insurer, a regulator or a billing word is no person; "To: Manitoba Health": an
 * organisation; "Tues/Thu/Sat": a weekday. "Member Jane Roe, ID X": Idaho's "ID" after a name is an identifier's label, so the name stays a name.
 */
function phiMNotNames(hits: PhiHit[], text: string): PhiHit[] {
  const out: PhiHit[] = [];
  for (const h of hits) {
    const t = text.slice(h.start, h.end);
    if (h.type === "NAME") {
      if ((PM_NOT_NAME.test(t) && t.split(/\s+/).length <= 2) || PM_BILLING_WORD.test(t)) continue;
      if (/^\s(?:Health|Healthcare|Insurance|Assurance|Life)\b/.test(text.slice(h.end, h.end + 14))) continue;
      // a hospital named for a word or a saint is a place, not a person ("Mercy Hospital", "Sinai Medical Center")
      if (!/\s/.test(t) && /^(?:'s|’s)?\s(?:Hospital|General Hospital|Medical Center|Medical Centre|Health System|Infirmary|Hospice)\b/.test(text.slice(h.end, h.end + 24))) continue;
      if (/^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/.test(t) && (text[h.start - 1] === "/" || text[h.end] === "/")) continue;
    }
    if (h.type === "CITY" && /^, ?ID\s+[A-Za-z]{0,5}[-#]?\d/.test(text.slice(h.end, h.end + 16))) {
      const role = PM_ROLE_BEFORE_NAME.exec(t);
      if (role) {
        out.push({ ...h, type: "NAME" as PhiType, start: h.start + role[0].length });
        continue;
      }
    }
    out.push(h);
  }
  return out;
}

// ---- phi-n: writers introducing themselves, relatives named without "my", places named with a service, address lines ----
const PN_NAME_TOKEN = /^\p{L}[\p{L}\p{M}'’-]{1,30}$/u;
/** A word that may be a person's given name or surname, in either case (not a pronoun, relation, title, drug or everyday word). */
function pnNameWord(w: string, strictLower: boolean): boolean {
  const l = w.toLowerCase();
  if (!PN_NAME_TOKEN.test(w) || PK_PRONOUNS.test(l) || NOT_NAMES.has(l) || DRUG_WORDS.has(l) || RELATIONS.has(l) || TITLES.has(l) || EXTEND_STOP.has(l) || FOREIGN_WORDS.has(l) || FOREIGN_FUNCTION.has(l) || KINSHIP_ALONE.has(l)) return false;
  if (NAME_PARTICLES.has(l)) return false;
  if (isGivenName(l) === "strong" || isSurname(l) || isListedName(l)) return true;
  const level = englishWordLevel(l);
  // "bola", "tunde": a rare English word, in any case
  if (level !== undefined && level >= 50 && !isCommonWord(l) && isGivenName(l) === undefined) return !DRUG_STEM.test(l);
  if (level === undefined) return !isCommonWord(l) && !DRUG_STEM.test(l) && (placePopulation(l) ?? 0) < 100_000;
  // "Ally", "precious": an everyday word counts only where the caller has a strong cue
  return !strictLower && (WORD_NAMES.has(l) || isGivenName(l) !== undefined || (inNameList(l) && level > 10));
}
// "hi, bola here", "maria josé hernández-ruiz here.", "Ally here,": one to four name words, then "here", opening the message or after a greeting
const PN_HERE = /(?:^|[.!?\n]\s{0,3}|\b(?:hi+|hey+|hello|hiya|ok|okay|yes|doc)[,!]?\s{1,2})((?:\p{L}[\p{L}\p{M}'’-]{1,30}\s){0,3}\p{L}[\p{L}\p{M}'’-]{1,30})\shere(?=\s?[,.!:;(—–-]|\s?$|\s\p{Extended_Pictographic})/giu;
// "hey its tunde,", "this is kateryna,", "hiii it's precious 😊", "its big ron from ...", "it's me, Bongani from ward 6"
const PN_ITS = /(?:^|[.!?,\n—–-]\s{0,3}|\b(?:hi+|hey+|hello|hiya|doc)\s{1,2})(?:it['’]?s|it is|this is)\s(?:me,?\s)?(?:(?:big|little|lil|old)\s)?((?:\p{L}[\p{L}\p{M}'’-]{1,30}\s){0,2}?\p{L}[\p{L}\p{M}'’-]{1,30})(?=\s?[,.!;:(]|\s(?:from|here|again|writing|calling|speaking|[-–—])\b|\s?$|\s?\p{Extended_Pictographic})/giu;
// family words that name the relative right after them, with no "my" before ("son ezekiel needs", "baby vasyl has", "baby brother blessing has")
const PN_KIN = /(?:^|[\s,(])(?:(?:baby|little|big|older|younger|twin|step)\s)?(?:son|daughter|baby|brother|sister|wife|husband|grandson|granddaughter|nephew|niece|cousin|twin|hubby|boyfriend|girlfriend|kid|toddler)\s(\p{Ll}[\p{Ll}\p{M}'’-]{1,30})(?=\s(?:has|had|is|was|are|were|needs|needed|said|says|fell|got|gets|keeps|woke|started|won't|can't|doesn't|didn't|delivered|vomited|threw|cried|tested)\b|\s?\(\d{1,2}\)|['’]s\s)/gu;
// "Summer has a peanut allergy", "hunter fell off", "mark said", "Rose from the district nursing team rang": a given name opening a sentence as a person does
const PN_OPENING_VERB = /^\s(?:said|says|told|fell|woke|asked|rang|phoned|cried|vomited|threw up|tripped|slipped|collapsed|fainted|has been|had been|(?:has|had)\s(?:a|an)\s(?:\p{L}+\s)?(?:allergy|rash|fever|cough|cold|temp|temperature|sore|earache|headache|migraine|nosebleed|seizure|reaction|infection|fall|fracture|bite|sting|bump|cut|burn))\b/u;
const PN_FROM_TEAM = /^\sfrom\s(?:the\s)?(?:[\p{L}-]{2,20}\s){0,3}(?:team|ward|practice|surgery|clinic|office|pharmacy|hospice|agency|council|school|unit|service|centre|center|nurses)\s(?:rang|called|phoned|said|came|visited|texted|emailed|told|wrote|messaged)\b/u;
// "Caoimhe's due date", "Sione's CGM transmitter", "ellie's lips", "lily's next shot", "Guadalupe's new address", "Jun's mother here"
const PN_POSSESSED = /^['’]s\s(?:(?:new|next|last|latest|first|old|current|usual|home)\s)?(?:due date|lips|cgm|holter|monitor|transmitter|pump|sensor|lithium|address|shot|jab|vaccines?|appointment|appt|mother|father|mum|mom|dad|mama|wife|husband|care plan|discharge|referral|chart|notes|records?|wound|ulcer|dressing|catheter|stoma|picc|drain|level|levels|sats|bloods)\b/iu;
// people's titles of Malaysia and Singapore before a full name: "Mdm Tan Siew Lan", "Encik Rahman"
const PN_TITLE_NAME = /\b(?:Mdm|Mdme|Puan|Encik|Cik)\.?\s(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,3})/gu;
// "Can Dr. Siddiqui sign off the DNR": a surname after a title, before "sign" (no eponym's sign)
const PN_TITLE_SIGN = /\b(?:Dr|Mr|Mrs|Ms|Prof)\.?\s(\p{Lu}[\p{Ll}'’-]+)(?=\s(?:sign|signs|co-sign)\s(?:off|the|it|this|that|for|my|his|her|a|an)\b)/gu;
// "Son: Li Jun, 905-...", "Next of kin: brother Emeka": a relative labelled before a colon
const PN_KIN_LABEL = /\b(?:[Ss]on|[Dd]aughter|[Ww]ife|[Hh]usband|[Mm]other|[Ff]ather|[Bb]rother|[Ss]ister|[Ss]pouse|[Pp]artner|[Gg]uardian|NOK)\s?:\s?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})/gu;
// "Mr. Quaye's wife Efua called": a relative of someone named, then their name
const PN_OWNED_KIN = /\b\p{Lu}[\p{Ll}'’-]+['’]s\s(?:wife|husband|son|daughter|mother|mum|mom|father|dad|brother|sister|partner|carer|niece|nephew|grandson|granddaughter)\s(\p{Lu}[\p{Ll}\p{M}'’-]+)/gu;
// "Nicolás 'Nico' Aguirre": a nickname in quotes between two parts of one name
const PN_NICKNAME_GAP = /^\s['"‘“]\p{Lu}[\p{Ll}'’-]{1,20}['"’”]\s$/u;
// "Hialeah Hospital", "Toowoomba Hospital rang", "Hexham General", "Kamloops ER", "the Fresno cancer centre": a town naming the hospital
// (a town under a million: "Toronto General" is a referral centre for a whole province, and says little of where the patient lives)
const PN_TOWN_FACILITY = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]{2,30}(?:\s\p{Lu}[\p{Ll}\p{M}'’-]{2,30})?)\s(?:Hospital|General|Base Hospital|District Hospital|Infirmary|ER|A&E|ED|[Cc]ancer [Cc]ent(?:re|er)|[Dd]ialysis [Uu]nit|[Hh]ealth [Cc]ent(?:re|er))\b/gu;
// "Derby vs Nottingham": two towns set against each other
const PN_VERSUS = /(?:^|[^\p{L}])(\p{Lu}[\p{Ll}\p{M}'’-]{2,30})\s(?:vs\.?|versus|v\.?)\s(\p{Lu}[\p{Ll}\p{M}'’-]{2,30})(?![\p{L}])/gu;
// "drives to Orange three times a week", "flew to Derby": a town someone travels to, capitalised mid-sentence (even an everyday word)
const PN_TRAVEL_TO = /\b(?:drives?|drove|driving|commutes?|commuted|commuting|flies|flew|flying|travels?|travell?ed|travell?ing|trains?|buses|bussed)\s(?:\p{Ll}+\s)?to\s(\p{Lu}\p{Ll}{2,30})(?![\p{L}'’-])/gu;
// "in the Bronx"
const PN_BOROUGH = /\bthe\s(Bronx)\b/g;
// "at home in ile-ife", "from flin flon": a lower-case town of two words or a hyphen after a place word
const PN_LOWER_TOWN = /\b(?:in|from|near|at)\s(\p{Ll}{2,20}(?:-\p{Ll}{2,20}|\s\p{Ll}{2,20}))(?=[\s,.;!?]|$)/gu;
const PN_LIVING_IN = /(?:home|live|lives|living|lived|based|born|staying|stays|grew up|from|we're|we are|i'm|i am)\s(?:in|at)\s$/i;
const PN_LOWER_WORD_TOWN = /\b(?:we're|we are|were|i'm|im|i am|we live|i live|live|lives|living|based|staying|nurse|practice|clinic|hospital|gp|surgery|pharmacy|chemist|doctors?)\sin\s(\p{Ll}{3,20})(?![\p{L}'’-])/gu;
// "appt for jae-won on 4/18", "referral for kwame at": a lower-case name after a booking for someone
const PN_BOOKED_FOR = /\b(?:appt|appointment|referral|prescription|script|refill|booking|bed|bloods|vaccines?|shots?)\s(?:for|4)\s(\p{L}[\p{L}\p{M}'’-]{1,30})(?=\s(?:on|at|with|tomorrow|today|next|this)\b|\s?[,.])/gu;
// "health check in Ōtāhuhu", "school in Nuku'alofa": a capitalised word spelt with macrons or a glottal mark is a Pacific place
const PN_PACIFIC_TOWN = /\b(?:in|from|near|at)\s(\p{Lu}[\p{L}'’ʻ]{2,30})(?![\p{L}'’-])/gu;
const PN_PACIFIC_SPELLING = /[āēīōūĀĒĪŌŪ]|\p{Ll}['’ʻ]\p{Ll}{2,}/u;
// "— Tobi, Lekki", "- Ingeborg, Tromsø": a signing-off name, then the town
const PN_SIGNED_TOWN = /[-–—~]\s{0,2}\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s(\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+)?)\s*[.!]?\s*$/u;
// ", Enugu.", ", 90, Tirupati,": a listed town set off by commas after a found name, age or date
const PN_COMMA_TOWN = /^,\s(\p{Lu}[\p{Ll}\p{M}'’-]{2,30}(?:\s\p{Lu}[\p{Ll}\p{M}'’-]{2,30})?)(?=\s?[,.;]|\s?$)/u;
// ", Andheri, Mumbai", ", Te Awamutu 3800": the parts of an address line after the street
const PN_ADDRESS_PART = /^,?\s(\p{Lu}[\p{L}\p{M}'’.-]{1,30}(?:\s\p{Lu}[\p{L}\p{M}'’.-]{1,30}){0,2})(?=(,\s\p{Lu}|\s\d{3,6}\b|,?\s[A-Z]\.[A-Z]\.|[,.]|\s?$))/u;
// "Smyrna 30080", "Mexicali, B.C. 21100", "Tlaquepaque, Jalisco 45500", "Mumbai 400053": a postal code after the town (and its region)
const PN_ZIP_AFTER_TOWN = /^(?:,?\s(?:[A-Z]\.[A-Z]\.|[A-Z]{2,3}|\p{Lu}\p{Ll}{2,20}(?:\s\p{Lu}\p{Ll}{2,20})?))?,?\s(\d{4,6})(?![\w-]|[.,]\d)/u;
// "Flat 2, 19 Albert Road", "4521 Calle Sol Apt 3B": the flat or unit before or after a street address
const PN_UNIT_BEFORE = /(?:Flat|Apt\.?|Apartment|Unit|Suite)\s[A-Z0-9]{1,5},?\s$/;
const PN_UNIT_AFTER = /^,?\s(?:Apt\.?|Apartment|Unit|Suite|Ste\.?|Flat|#)\s?[A-Z0-9]{1,5}(?![\w-])/;
const PN_UNIT_END = /(?:Apt|Apartment|Unit|Suite|Flat)$/;
// "Granny Pearl is 99 and", "born 1 January 1934, is 90 and needs": an age over 89 after a named person or a birth date
const PN_IS_AGE = /^,?\s(?:is|was|turned|turns)\s(9\d|1[0-2]\d)(?=\s(?:and|now|but|today|this|next|on|in|with|yo|years?|yrs?)\b|\s?[,.;!?)]|\s?$)/;
// "subscriber DOB 12/03/1979": a birth date a plan number's label took along
const PN_DOB_VALUE = /^(?:DOB|D\.O\.B\.?|dob)[\s:]{1,3}(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})$/;
// "an exam in June", "still around in September", "a thing in December", "a marathon in April": a month no person's record ties to
const PN_MONTH_NOT_PERSON = /(?:exams?|finals|test(?:s)?|marathon|race|triathlon|trip|holiday|vacation|wedding|graduation|concert|festival|conference|still around|around|a thing|common|active|season|bad|worse|worst|busy)\s(?:in|during)\s$/i;
const PN_MONTH_WORD = /^(?:may|january|february|march|april|june|july|august|september|october|november|december)$/i;
// companies that make medicines: no person ("Novo Nordisk site says", "Eli Lilly")
const PN_COMPANIES = /^(?:novo nordisk|novo|eli lilly|lilly|pfizer|moderna|sanofi|merck|astrazeneca|janssen|glaxosmithkline|gsk|roche|novartis|bayer|abbvie|amgen|biogen|teva|takeda|boehringer ingelheim|boehringer|gilead|regeneron|mylan|viatris|sandoz|cipla|lupin|sun pharma)$/i;

// what families call a mother, father or grandparent in other languages ("Mẹ has been dizzy", "Ammi says"): no name
const PN_KIN_WORDS = new Set(["mẹ", "me", "bố", "má", "ba", "mami", "papi", "ammi", "abba", "umma", "eomma", "omma", "mutti", "vati", "bubbe", "zayde", "yiayia", "inay", "itay", "mamá", "papá", "maman", "nainai", "yeye", "popo", "gong", "oma", "opa"]);
function pnTown(name: string, min: number): boolean {
  const key = name.toLowerCase();
  if (STATE_NAME_SET.has(key) || REGION_WORDS.has(key) || COUNTRY_WORDS[key] !== undefined || NOT_NAMES.has(key) || TIME_WORDS.has(key) || TITLES.has(key)) return false;
  return (placePopulation(key) ?? 0) >= min;
}

function phiNCues(toks: WordToken[], text: string, hits: PhiHit[]): PhiHit[] {
  const add: PhiHit[] = [];
  const drop = new Set<PhiHit>();
  const retype = new Map<PhiHit, { type: PhiType; start: number; end: number }>();
  // every hit so far, in one array (dropped ones are skipped); hits by the 64-character block they touch, for overlap look-ups
  const cur: PhiHit[] = [...hits];
  const blocks = new Map<number, PhiHit[]>();
  const index = (h: PhiHit): void => {
    for (let b = h.start >> 6; b <= (h.end - 1) >> 6; b++) {
      const list = blocks.get(b);
      if (list) list.push(h);
      else blocks.set(b, [h]);
    }
  };
  for (const h of cur) index(h);
  const live = (): PhiHit[] => cur.filter((h) => !drop.has(h));
  const overlapping = (start: number, end: number): PhiHit[] => {
    const out: PhiHit[] = [];
    for (let b = start >> 6; b <= (end - 1) >> 6; b++) for (const h of blocks.get(b) ?? []) if (!drop.has(h) && h.start < end && start < h.end && !out.includes(h)) out.push(h);
    return out;
  };
  /** Put a hit of this type over the span: a hit of another type inside it is dropped, one that already covers it as this type stays. */
  const put = (type: PhiType, start: number, end: number, over: readonly PhiType[] = ["NAME", "CITY"]): void => {
    const lap = overlapping(start, end);
    if (lap.some((h) => h.type === type && h.start <= start && h.end >= end)) return;
    if (lap.some((h) => !over.includes(h.type) && h.type !== type)) return;
    // "East St. Louis says": a longer hit of another type holds the span already
    if (lap.some((h) => h.type !== type && h.start <= start && h.end >= end && h.end - h.start > end - start)) return;
    for (const h of lap) {
      if (h.start < start || h.end > end) {
        if (h.type === type) {
          start = Math.min(start, h.start);
          end = Math.max(end, h.end);
        }
      }
      drop.add(h);
    }
    const hit = { type, start, end };
    add.push(hit);
    cur.push(hit);
    index(hit);
  };
  const nameWords = (s: string, strictLower: boolean): boolean => s.split(/\s+/).every((w) => pnNameWord(w, strictLower) || NAME_PARTICLES.has(w.toLowerCase()));
  // -- names: the writer introducing themself --
  if (/\bhere\b/i.test(text)) {
    PN_HERE.lastIndex = 0;
    for (let m; (m = PN_HERE.exec(text)); ) {
      const span = m[1]!;
      const start = m.index + m[0].length - " here".length - span.length;
      const first = span.split(/\s/)[0]!;
      const lowerWords = span === span.toLowerCase();
      if (!nameWords(span, lowerWords && !/^\p{Lu}/u.test(first))) continue;
      if (!lowerWords || nameWords(span, true) || isGivenName(first.toLowerCase()) !== undefined || WORD_NAMES.has(first.toLowerCase()) || inNameList(first.toLowerCase())) put("NAME", start, start + span.length);
    }
  }
  if (/\b(?:it['’]?s|it is|this is)\s/i.test(text)) {
    PN_ITS.lastIndex = 0;
    for (let m; (m = PN_ITS.exec(text)); ) {
      let span = m[1]!;
      const start = m.index + m[0].length - span.length;
      // "it's Hashimoto's": a condition named for someone, not the writer
      if (/['’]s$/.test(span)) continue;
      // "it's me, Bongani from ward 6": the words up to the cue; keep the name words from the first
      const parts = span.split(/\s/);
      let n = 0;
      while (n < parts.length && pnNameWord(parts[n]!, n > 0 || !/^(?:hi+|hey+|hello|hiya|doc)/i.test(m[0].trim()) && !/^\p{Lu}/u.test(parts[n]!))) n++;
      if (n === 0) continue;
      const w0 = parts[0]!.toLowerCase();
      // an everyday word ("fine", "ok", "normal") after "it's" is no name unless a given name opening the message
      if (englishWordLevel(w0) !== undefined && !(isGivenName(w0) === "strong" || (m.index <= 20 && (WORD_NAMES.has(w0) || isGivenName(w0) !== undefined)))) continue;
      span = parts.slice(0, n).join(" ");
      put("NAME", start, start + span.length);
    }
  }
  // -- names: a relative named right after a family word --
  PN_KIN.lastIndex = 0;
  for (let m; (m = PN_KIN.exec(text)); ) {
    const w = m[1]!;
    const l = w.toLowerCase();
    const start = m.index + m[0].length - w.length;
    const strong = pnNameWord(w, true) || isGivenName(l) === "strong";
    const word = (WORD_NAMES.has(l) || isGivenName(l) !== undefined) && /^\s?\(\d|^\s(?:has|had|said|fell|needs|got)\b/.test(text.slice(start + w.length, start + w.length + 8));
    if ((strong || word) && !/^(?:will|may|can)$/.test(l) || (l === "will" && /^\s?\(\d/.test(text.slice(start + w.length)))) put("NAME", start, start + w.length);
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const l = t.lower;
    if (t.text.length < 2) continue;
    const opening = t.sentenceStart || t.start === 0;
    const apostrophe = text[t.end] === "'" || text[t.end] === "’";
    if (!opening && !apostrophe) continue;
    const after = text.slice(t.end, t.end + 60);
    const given = (isGivenName(l) !== undefined || WORD_NAMES.has(l) || (inNameList(l) && englishWordLevel(l) === undefined)) && !PM_BILLING_WORD.test(l);
    if (opening && given && !PN_KIN_WORDS.has(l) && !PK_HONORIFICS.has(l) && !KINSHIP_ALONE.has(l) && !NOT_NAMES.has(l) && !RELATIONS.has(l) && !TITLES.has(l) && !DRUG_WORDS.has(l) && !PK_PRONOUNS.test(l) && !PN_MONTH_WORD.test(l) && !QUESTION_OPENERS.has(l) && !OPENING_FILLERS.has(l) &&
      (PN_OPENING_VERB.test(after) || PK_PERSON_VERB.test(after) || PN_FROM_TEAM.test(after))) {
      put("NAME", t.start, t.end);
      continue;
    }
    // "noticed ellie's lips", "when lily's next shot is": a lower-case given name mid-sentence, not after a determiner
    const lowerOwner = !t.cap && !opening && (pnNameWord(t.text, true) || WORD_NAMES.has(l)) && given && !(i > 0 && /^(?:the|a|an|this|that|his|her|my|your|our|their|its|some|any|no)$/.test(toks[i - 1]!.lower));
    if (apostrophe && PN_POSSESSED.test(after) && (t.cap || opening || lowerOwner) && !EPONYM_SURNAMES.has(l) && !PN_MONTH_WORD.test(l) && (pnNameWord(t.text, !t.cap) || (given && (opening || lowerOwner)))) put("NAME", t.start, t.end);
  }
  const run = (re: RegExp, type: PhiType, ok: (v: string, start: number) => boolean = () => true, over: readonly PhiType[] = ["NAME", "CITY"]): void => {
    re.lastIndex = 0;
    for (let m; (m = re.exec(text)); ) {
      const v = m[1]!;
      const start = m.index + m[0].lastIndexOf(v);
      if (ok(v, start)) put(type, start, start + v.length, over);
      // the next search starts at this value's first word ("at home in ile-ife": "home in" is no town, "in ile-ife" is)
      if (start > m.index) re.lastIndex = start;
    }
  };
  run(PN_BOOKED_FOR, "NAME", (v) => pnNameWord(v, true) && !isEnglishWord(v.toLowerCase()));
  if (/\b(?:Mdm|Mdme|Puan|Encik|Cik)\b/.test(text)) run(PN_TITLE_NAME, "NAME", (v) => !pnTown(v, 1_000_000));
  if (/\bsign/.test(text)) run(PN_TITLE_SIGN, "NAME");
  if (/:/.test(text)) run(PN_KIN_LABEL, "NAME", (v) => nameWords(v, false));
  if (/['’]s\s/.test(text)) run(PN_OWNED_KIN, "NAME", (v) => pnNameWord(v, false));
  // -- places --
  if (/\s(?:Hospital|General|Infirmary|ER|A&E|ED|[Cc]ancer|[Dd]ialysis|[Hh]ealth)\b/.test(text))
    run(PN_TOWN_FACILITY, "CITY", (v, start) => {
      const l = v.toLowerCase();
      const before = text.slice(Math.max(0, start - 8), start);
      return !FAMOUS_INSTITUTIONS.has(l) && !INSTITUTION_WORDS.test(l) && !SAINTS.has(l) && !/(?:St\.?|Saint|Mount|Mt\.?|Memorial)\s$/.test(before) &&
        !isEnglishWord(l) && isGivenName(l) === undefined && !isSurname(l) && pnTown(v, 10_000) && (placePopulation(l) ?? 0) < 1_000_000;
    });
  if (/\sv(?:s|ersus)?\.?\s/.test(text)) {
    PN_VERSUS.lastIndex = 0;
    for (let m; (m = PN_VERSUS.exec(text)); ) {
      const [a, b] = [m[1]!, m[2]!];
      if (!pnTown(a, 50_000) || !pnTown(b, 50_000) || (isEnglishWord(a.toLowerCase()) && isEnglishWord(b.toLowerCase()))) continue;
      const sa = m.index + m[0].indexOf(a);
      const sb = m.index + m[0].lastIndexOf(b);
      put("CITY", sa, sa + a.length);
      put("CITY", sb, sb + b.length);
    }
  }
  run(PN_TRAVEL_TO, "CITY", (v) => pnTown(v, 20_000) && !CHAINS.has(v.toLowerCase()));
  if (/Bronx/.test(text)) run(PN_BOROUGH, "CITY");
  run(PN_LOWER_TOWN, "CITY", (v, start) => {
    const spaced = v.replace(/-/g, " ");
    const words2 = spaced.split(" ");
    if (words2.every((w) => isEnglishWord(w))) return false;
    // "at home in ile-ife": after a living cue, a hyphenated word with no English part is a town, listed or not
    if (v.includes("-") && words2.every((w) => !isEnglishWord(w) && !isCommonWord(w)) && PN_LIVING_IN.test(text.slice(Math.max(0, start - 24), start))) return true;
    return pnTown(v, 1_000) || pnTown(spaced, 1_000) || pnTown(v.replace(/-/g, ""), 1_000);
  });
  // "we're in eagle, closest urgent care?", "the practice nurse in bath ... back to bristol": a lower-case town that is also a word,
  // after a cue of being somewhere, at a clause's end or beside another town
  const otherTown = live().some((h) => h.type === "CITY");
  run(PN_LOWER_WORD_TOWN, "CITY", (v, start) => {
    const l = v.toLowerCase();
    if (isCommonWord(l) || !pnTown(v, otherTown ? 50_000 : 20_000)) return false;
    return otherTown || /^\s?[,.;!?]/.test(text.slice(start + v.length, start + v.length + 2));
  });
  if (/[āēīōū'’ʻ]/i.test(text)) run(PN_PACIFIC_TOWN, "CITY", (v) => PN_PACIFIC_SPELLING.test(v) && !/['’]s$/.test(v) && isGivenName(v.toLowerCase()) === undefined);
  const signed = PN_SIGNED_TOWN.exec(text);
  if (signed && pnTown(signed[1]!, 1_000)) {
    const s = signed.index + signed[0].lastIndexOf(signed[1]!);
    put("CITY", s, s + signed[1]!.length);
  }
  // towns set off by commas after a found name, age or date; address lines after a street
  for (const h of live()) {
    if ((h.type === "NAME" || h.type === "AGE" || h.type === "DATE") && !overlapping(h.start, h.end).some((o) => o.type === "CITY")) {
      const m = PN_COMMA_TOWN.exec(text.slice(h.end, h.end + 50));
      if (m && pnTown(m[1]!, 50_000) && !isEnglishWord(m[1]!.toLowerCase()) && isGivenName(m[1]!.toLowerCase()) === undefined) {
        const s = h.end + m[0].indexOf(m[1]!);
        put("CITY", s, s + m[1]!.length);
      }
    }
  }
  for (const h of live()) {
    if (h.type !== "ADDRESS") continue;
    let end = h.end;
    let start = h.start;
    const unitAfter = PN_UNIT_AFTER.exec(text.slice(end, end + 16));
    if (unitAfter) end += unitAfter[0].length;
    else if (PN_UNIT_END.test(text.slice(start, end))) {
      const unit = /^\s[A-Z0-9]{1,5}(?![\w-])/.exec(text.slice(end, end + 8));
      if (unit) end += unit[0].length;
    }
    const unitBefore = PN_UNIT_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
    if (unitBefore) start -= unitBefore[0].length;
    if (start !== h.start || end !== h.end) put("ADDRESS", start, end, ["NAME", "CITY", "ZIP"]);
    // up to three parts after the street: a locality, a town, a region
    let at = end;
    for (let k = 0; k < 3; k++) {
      const m = PN_ADDRESS_PART.exec(text.slice(at, at + 60));
      if (m === null) break;
      const v = m[1]!.replace(/\.$/, "");
      const s = at + m[0].indexOf(v);
      const l = v.toLowerCase();
      const region = /Region|Country/.test(lexicon.tagOf(l) ?? "") || STATE_NAME_SET.has(l) || REGION_WORDS.has(l) || COUNTRY_WORDS[l] !== undefined || /^[A-Z]\.[A-Z]$/.test(v);
      const listed = pnTown(v, 1_000) && !/^\p{Lu}{1,3}$/u.test(v);
      const locality = !region && (/^(?:,\s\p{Lu}|\s\d)/u.test(m[2]!)) && v.split(/\s/).every((w) => !isCommonWordOnlyText(w));
      // a second or third part only before a postal code or a further part ("Andheri, Mumbai 400053"; not "León, Guanajuato.")
      const more = k === 0 || /^(?:,\s\p{Lu}|\s\d)/u.test(m[2]!);
      if (!region && more && (listed || locality)) put("CITY", s, s + v.length, ["NAME", "CITY"]);
      at = s + v.length;
      // "León, Guanajuato": after a listed town, what follows is its region
      if (listed) break;
      if (!/^,\s\p{Lu}/u.test(m[2]!)) break;
    }
  }
  // postal codes after towns
  for (const h of live()) {
    if (h.type !== "CITY") continue;
    const m = PN_ZIP_AFTER_TOWN.exec(text.slice(h.end, h.end + 30));
    if (m === null) continue;
    const v = m[1]!;
    const s = h.end + m[0].lastIndexOf(v);
    if (v.length === 4 && /^(?:19|20)\d\d$/.test(v)) continue;
    if (CLINICAL_UNIT_AFTER.test(text.slice(s + v.length, s + v.length + 8))) continue;
    put("ZIP", s, s + v.length, []);
  }
  // -- ages and dates --
  for (const h of live()) {
    if (h.type === "NAME" || h.type === "DATE") {
      const m = PN_IS_AGE.exec(text.slice(h.end, h.end + 24));
      if (m && (h.type === "NAME" || /\bborn\b/i.test(text.slice(Math.max(0, h.start - 12), h.start)))) {
        const s = h.end + m[0].lastIndexOf(m[1]!);
        put("AGE", s, s + m[1]!.length, []);
      }
    }
    if (h.type !== "DATE") {
      const dob = PN_DOB_VALUE.exec(text.slice(h.start, h.end));
      if (dob) {
        drop.add(h);
        const s = h.end - dob[1]!.length;
        const hit = { type: "DATE" as PhiType, start: s, end: h.end };
        add.push(hit);
        cur.push(hit);
        index(hit);
      }
    }
  }
  // -- not identifiers --
  const joined: PhiHit[] = [];
  const out: PhiHit[] = [];
  for (const h of cur) {
    if (drop.has(h)) continue;
    const v = text.slice(h.start, h.end);
    if (h.type === "DATE" && PN_MONTH_WORD.test(v) && PN_MONTH_NOT_PERSON.test(text.slice(Math.max(0, h.start - 30), h.start))) continue;
    if (h.type === "NAME" && PN_COMPANIES.test(v)) continue;
    // "Mdm Tan Siew Lan": the title is no part of the name
    const title = h.type === "NAME" ? /^(?:Mdm|Mdme|Puan|Encik|Cik)\.?\s/.exec(v) : null;
    if (title && h.end - h.start > title[0].length) {
      out.push({ ...h, start: h.start + title[0].length });
      continue;
    }
    out.push(retype.has(h) ? { ...h, ...retype.get(h)! } : h);
  }
  // "Nicolás 'Nico' Aguirre": two name hits around a quoted nickname are one name
  out.sort((a, b) => a.start - b.start);
  for (const h of out) {
    const last = joined[joined.length - 1];
    if (last && last.type === "NAME" && h.type === "NAME" && PN_NICKNAME_GAP.test(text.slice(last.end, h.start))) {
      joined[joined.length - 1] = { ...last, end: h.end };
      continue;
    }
    joined.push(h);
  }
  return joined;
}
/** A capitalised word of an address line that is an everyday English word ("Near", "Opposite", "The"). */
function isCommonWordOnlyText(w: string): boolean {
  const l = w.toLowerCase();
  return EXTEND_STOP.has(l) || NOT_NAMES.has(l) || /^(?:near|opp|opposite|behind|next|the|and|apt|apartment|unit|suite|flat|room|building|block|floor|tel|phone|ph|mob|email)\.?$/.test(l) || /^\p{Lu}+$/u.test(w);
}
// ---- end of phi-n ----

// ---- phi-p: care-team shorthand (hand-overs, ward lists, referral letters, log lines, HL7 segments) ----
// Identifier labels in other wordings and of other countries, "SURNAME, Given" in lists and tables, log user names,
// short day/month dates after a clinical event, phone shapes of other countries, towns before a postcode; and names,
// makers, scores and stagings that are clinical values, not identifiers.
/** A cue pattern (phi-p and phi-r blocks): a cheap literal gate, the regex (group 1 the value), the type, the hit types it may replace. */
interface CuePattern {
  type: PhiType;
  gate: RegExp;
  re: RegExp;
  over: readonly PhiType[];
  check?: (v: string, start: number, text: string) => boolean;
}
const digitsIn = (v: string): number => v.replace(/\D/g, "").length;
const P_ANY: readonly PhiType[] = ["NAME", "CITY", "MRN", "PHONE", "FAX", "ZIP", "DATE", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "SSN", "DEVICE", "VEHICLE", "AGE", "ADDRESS"];
// an identifier value after its label: letters, digits, hyphens and slashes, at least one digit ("LUTH/22/04418", "KBTH-NB-4471", "A123456789")
const P_ID_VALUE = "((?:[A-Z]{1,6}[/-]?){0,3}\\d[\\dA-Z]{0,20}(?:[/-][\\dA-Z]{1,12}){0,4})(?![\\w/-])";
// the gap between a label and its value: "#", "no.", "number", ":", "=", "is"
const P_LABEL_GAP = "(?:\\s?(?:#|no\\.?|No\\.?|nr\\.?|number|num|ID|id))?(?:\\s?[:#=]\\s?|\\s)(?:is\\s|was\\s)?";
const P_PATTERNS: CuePattern[] = [
  // national identity numbers of other countries, after their label: "DNI 48273915K", "NRIC S1234567D", "PESEL 51031207718",
  // "PN 19520314-2382" (Swedish personnummer), "Aadhaar 4821 7730 9912", "SIN 046 454 286", "NI number QQ 12 34 56 C", "CURP ..."
  {
    type: "SSN",
    gate: /DNI|NIE|NRIC|PESEL|[Pp]ersonnummer|PN\s|Aadhaa?r|SIN\b|NI\b|NINO|[Nn]ational [Ii]nsurance|Ghana Card|CURP|CPF|BSN|NIN\b|CNIC|Emirates ID|HKID|AMKA|TC Kimlik|[Cc]odice [Ff]iscale|NIF|C[ée]dula|RUT\b|[Nn]ational ID|SSS\b|TFN|IRD|PPSN?|SSN|[Ss]ocial [Ss]ecurity/,
    re: /\b(?:DNI|NIE|NRIC|FIN(?= [STFGM]\d)|PESEL|[Pp]ersonnummer|PN|Aadhaa?r|SIN|NI|NINO|[Nn]ational [Ii]nsurance|Ghana Card|CURP|CPF|BSN|NIN|CNIC|Emirates ID|HKID|AMKA|TC Kimlik|[Cc]odice [Ff]iscale|NIF|C[ée]dula|RUT|[Nn]ational ID|SSS|TFN|IRD|PPSN?|SSN|[Ss]ocial [Ss]ecurity)(?:\s?(?:#|no\.?|No\.?|nr\.?|number|num|card))?(?:\s?[:#=]\s?|\s)(?:is\s|was\s)?([A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]|[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z\d]\d|[A-Z]{1,3}-?\d{6,12}(?:-\d{1,2})?[A-Z]?|\d{2,14}(?:[ .-]\d{2,8}){0,3}(?:[-+]?[A-Z\d])?)(?![\w-])/g,
    over: P_ANY,
    check: (v, start, text) => {
      const label = /(\S+)\s?\S*\s?$/.exec(text.slice(Math.max(0, start - 24), start))?.[0] ?? "";
      // "PN" (personnummer) only before a birth date and four digits; "NI" only before the letters-and-pairs shape
      if (/^PN\b/.test(label.trim()) && !/^(?:19|20)?\d{6}[-+]\d{4}$/.test(v)) return false;
      if (/^[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]$/.test(v)) return true;
      return digitsIn(v) >= 7 && digitsIn(v) <= 18;
    }
  },
  // a health plan's number after the plan's name or label: "Medicaid # ... is 98827145C", "KV-Nr A123456789", "BC PHN 9876 543 210",
  // "OHIP 4412-778-903-XK", "IHS ID 442-88193"
  {
    type: "HEALTH_PLAN",
    gate: /Medicaid|Medicare|Medi-Cal|KV-Nr|[Vv]ersichert|OHIP|RAMQ|MSP\b|IHS\b|Tricare|TRICARE|Medibank/,
    re: /\b(?:Medicaid|Medicare|Medi-Cal|KV-Nr\.?|Krankenversichertennummer|Versichertennummer|Versicherten-Nr\.?|OHIP|RAMQ|MSP|IHS(?: ID)?|Tricare|TRICARE|Medibank)(?:\s?(?:#|no\.?|No\.?|number|ID|id|card))?(?:[^\n.;:]{0,60}?\s(?:is|was)\s|\s?[:#=]\s?|\s)((?:[A-Z]{1,3}-?)?\d[\d -]{3,16}\d(?:[ -]?[A-Z]{1,3})?)(?![\w-])/g,
    over: P_ANY,
    check: (v) => digitsIn(v) >= 6
  },
  // a record number after other labels: "Hosp No ABUTH/0912", "MRN LUTH/22/04418", "MRN=00918273", "patient_id=MRN7730018",
  // "pt 2201983", "ID 7718203", "Patient ID 55-01-772934"
  {
    type: "MRN",
    gate: /MRN|[Hh]osp(?:ital)?\.? [Nn]o|[Hh]ospital [Nn]umber|patient_id|[Pp]t\s\d|\bID\s\d|[Pp]atient ID|CR [Nn]o|[Cc]ase [Nn]o|[Rr]egistration [Nn]o|\bIP [Nn]o|\bUHID/,
    re: new RegExp(`(?:\\bMRN|\\b[Hh]osp(?:ital)?\\.? [Nn]o\\.?|\\b[Hh]ospital [Nn]umber|\\bpatient_id|\\b[Pp]atient ID|\\bCR [Nn]o\\.?|\\b[Cc]ase [Nn]o\\.?|\\bIP [Nn]o\\.?|\\bUHID|\\b[Pp]t(?= \\d{6})|\\bID(?= \\d{6}))${P_LABEL_GAP}${P_ID_VALUE}`, "g"),
    over: ["NAME", "CITY", "PHONE", "ZIP", "DATE", "MRN"],
    check: (v) => digitsIn(v) >= 4
  },
  // "MRN7730018", "MRN556120": the label written onto the number
  { type: "MRN", gate: /MRN\d/, re: /(?<![\w-])(MRN\d{4,12})(?![\w-])/g, over: P_ANY },
  // an encounter, visit or hospital account: "encounter number ... is ENC4471920388", "HAR 7700213456", "FIN 230088714", "Visit/encounter # V000288"
  {
    type: "ACCOUNT",
    gate: /[Ee]ncounter|HAR\b|FIN\b|CSN\b|[Vv]isit (?:#|[Nn]o|[Nn]umber|ID)|[Vv]isit\/|[Bb]illing (?:#|[Nn]o|[Nn]umber)/,
    re: /(?:\b[Ee]ncounter(?: (?:number|no\.?|#|ID|id))?|\bHAR|\bFIN|\bCSN|\b[Vv]isit(?:\/[Ee]ncounter)?(?: (?:#|no\.?|number|ID))|\b[Bb]illing (?:#|no\.?|number))(?:[^\n.;:]{0,60}?\s(?:is|was)\s|\s?[:#=]\s?|\s)([A-Z]{0,4}\d[\dA-Z-]{4,20})(?![\w-])/g,
    over: P_ANY,
    check: (v) => digitsIn(v) >= 5
  },
  // a clinician's or driver's licence after its register's name: "PWZ 2847361", "CPSO #88712", "MDCN reg 44721", "BMDC no. 60122",
  // "NPI ... 1548293016", "Driver's licence on file D4412-77810-92305"
  {
    type: "LICENSE",
    gate: /NPI|PWZ|CPSO|GMC|NMC|AHPRA|MDCN|BMDC|\bMCI\b|PMDC|HPCSA|KMPDC|SLMC|IMC\b|[Ll]icen[cs]e/,
    re: /\b(?:NPI|PWZ|CPSO|GMC|NMC|AHPRA|MDCN|BMDC|MCI|PMDC|HPCSA|KMPDC|SLMC|IMC|(?:[Dd]river['’]?s |[Mm]edical |[Ss]tate |[Nn]ursing )?[Ll]icen[cs]e)(?:\s?(?:#|no\.?|number|reg(?:istration)?(?: no\.?)?|on file))?(?:[^\n.;:]{0,40}?(?:\s(?:is|was)\s|,\s)|\s?[:#=]\s?|\s)([A-Z]{0,3}\d[\dA-Z-]{3,20})(?![\w-])/g,
    over: ["NAME", "CITY", "PHONE", "ZIP", "DATE", "ACCOUNT"],
    check: (v, start, text) => {
      const before = text.slice(Math.max(0, start - 60), start);
      if (/NPI/.test(before) && /^\d{10}$/.test(v)) return true;
      return digitsIn(v) >= 4 && !/^(?:19|20)\d\d$/.test(v);
    }
  },
  // a number plate after its label: "reg DL 3C AB 4471", "motorbike reg WA 22 MKL", "car plate 22 ب 447 11", "van MHV-918"
  {
    type: "VEHICLE",
    gate: /\b(?:[Rr]eg|[Rr]ego|[Rr]egistration|[Pp]late|van|[Vv]ehicle)\b/,
    re: /\b(?:[Rr]eg|[Rr]ego|[Rr]egistration|(?:[Nn]umber |[Cc]ar |[Ll]icen[cs]e )?[Pp]late(?: [Nn]umber| [Nn]o\.?)?|van|[Vv]ehicle)(?:\s?[:#]\s?|\s)((?:[A-Z0-9]{1,4}|[\u0600-\u06FF]{1,2})(?:[ -](?:[A-Z0-9]{1,4}|[\u0600-\u06FF]{1,2})){0,4})(?![\p{L}\d])/gu,
    over: P_ANY,
    check: (v) => /\d/.test(v) && /[A-Z\u0600-\u06FF]/.test(v) && v.replace(/[ -]/g, "").length >= 4
  },
  // a device's serial or lot after its maker and model: "lot/serial: DePuy Pinnacle 22K0417"
  {
    type: "DEVICE",
    gate: /[Ss]erial|\bSN\b|S\/N|\b[Ll]ot\b/,
    re: /\b(?:[Ss]erial|SN|S\/N|[Ll]ot)(?:\s(?:no\.?|number|#))?(?:\s?[:#]\s?|\s)(?:\p{Lu}[\p{L}-]+\s){1,3}([A-Z0-9]*\d[A-Z0-9-]{3,20})(?![\w-])/gu,
    over: P_ANY,
    check: (v) => /[A-Z]/.test(v) || digitsIn(v) >= 6
  },
  // phone and fax numbers written as other countries do: "(03) 9342 7711", "(01232) 449 812", "+44 (0)1865 221 773",
  // "+234 805 331 9087", "06 12 44 87 90", "08 9224 3010"
  {
    type: "PHONE",
    gate: /\(0\d{1,4}\)|\+\d|(?:^|\D)0\d \d/,
    re: /(?<![\w+(/.-])(\(0\d{1,4}\)\s?\d{3,4}\s?\d{3,4}|\+\d{1,3}\s?\(0\)\s?\d{2,5}\s?\d{3,4}\s?\d{3,4}|\+\d{1,3}(?:[ -]\d{1,5}){2,5}|0\d(?: \d\d){4}|0\d \d{4} \d{4})(?![\w/]|[.,]\d)/g,
    over: ["NAME", "CITY", "PHONE", "FAX", "ZIP", "MRN", "ACCOUNT", "DATE", "AGE"],
    check: (v) => digitsIn(v) >= 9 && digitsIn(v) <= 15
  },
  // "Meena 98450 22371", "tel 98450 22371": an Indian mobile in two groups of five after a phone word or a name
  {
    type: "PHONE",
    gate: /(?<!\d)[6-9]\d{4} \d{5}(?!\d)/,
    re: /(?<=(?:\b(?:tel|phone|mob|mobile|ph|contact|call|ring|cell|whatsapp|on)\.?:?|\p{Lu}\p{Ll}+) )([6-9]\d{4} \d{5})(?![\w/]|[.,]\d)/gu,
    over: ["NAME", "CITY", "ZIP", "MRN", "ACCOUNT"]
  },
  // "98 anos", "91 años", "93 ans": an age over 89 in other languages
  { type: "AGE", gate: /\d (?:anos|años|ans|Jahre|jaar|lat|år|anni)\b/, re: /(?<![\w.])((?:9\d|1[0-2]\d) (?:anos|años|ans|Jahre|jaar|lat|år|anni))\b/g, over: ["NAME", "CITY", "ZIP"] },
  // log lines: "user=kpatel", "user jmorales", "user=admin_lwright", "username: a.smith": the account name of a person
  {
    type: "NAME",
    gate: /\b[Uu]ser/,
    re: /\b[Uu]ser(?:name|_?id|ID)?(?:\s?[=:]\s?|\s)([a-z][a-z0-9_-]{1,30}(?:\.[a-z0-9_-]{1,30})?)(?![\w@.-])/g,
    over: ["NAME", "CITY"],
    // "user=kpatel", "user jmorales": a login, not an everyday word ("User: great", "user here")
    check: (v) => !isEnglishWord(v) && !isCommonWord(v) && !/^(?:was|is|the|has|had|and|not|who|with|from|logged|accessed|agent|name|id|here|there)$/.test(v)
  },
  // short day/month dates after an event of the stay: "adm 3/2", "s/p AAA repair 28/2", "the 4/18 ED visit", "catheter out 12/6",
  // "On-call log 12/12:", "written 2/7"
  {
    type: "DATE",
    gate: /\d\/\d/,
    re: /(?:\b(?:adm|admitted|admission|s\/p(?: [\p{L}]{1,12}){0,3}|repair|discharged|d\/c|dc'd|seen|written|signed|dated|out|removed|inserted|log|visit|the|from|since|until|till|on|due|booked|started|stopped)\s)((\d{1,2})\/(\d{1,2}))(?![\w/]|\.\d|\s+of\b)/giu,
    over: ["NAME", "CITY", "ZIP"],
    check: (v, start, text) => {
      const [a, b] = v.split("/").map(Number) as [number, number];
      if (!((a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31))) return false;
      // "for 3/7", "GCS 14/15", "power 4/5", "2/7 days": a fraction, a score or a UK count of days or weeks
      if (/(?:\bfor|\bx|\bover|\bpast|\blast|\bnext|\bwithin|\bin|GCS|power|score|MRC|pain)\s$/i.test(text.slice(Math.max(0, start - 14), start))) return false;
      if (/^\s?(?:days?|wks?|weeks?|months?|mo|d|w|hrs?|hours?|times|of|units?|mg|ml|in|on|ratio|ago|to|or|and|occasions|rule|split|strength|dose|doses|tabs?|tablets?|-)(?![\p{L}])/iu.test(text.slice(start + v.length, start + v.length + 12))) return false;
      if (/(?:rated|scored|graded|muscle|strength|MRC|Oxford)\s(?:\p{L}+\s)?$/iu.test(text.slice(Math.max(0, start - 24), start))) return false;
      return true;
    }
  }
];
// device makers: no person and no town ("Boston Sci Dynagen", "Abbott Endurity", "Nevro Senza", "DePuy Pinnacle")
const P_MAKERS = /^(?:Boston|Abbott|Medtronic|Nevro|DePuy|Stryker|Zimmer|Biomet|Biotronik|Jude|Dexcom|Insulet|Tandem|Philips|Baxter|Smith|Nephew|Edwards|Sorin|LivaNova|Cochlear|Oticon|Arthrex|Olympus|Cook|Teleflex|Becton|Hologic|Siemens|Zoll|Omnipod|Freestyle|Libre|ResMed|Inspire)$/;
const P_MAKER_NEXT = /^\s(?:Sci|Scientific|Endurity|Senza|Pinnacle|Medical|Diabetes|Care|Assurity|Azure|Micra|MiniMed|Guardian|Evera|Cobalt|Claria|Ingenio|Accolade|Dynagen|Inogen|Consulta|Omnipod|Libre)\b/;
// a device named in the message: a maker's name there is the maker's
const P_DEVICE_CONTEXT = /pacemaker|\bICD\b|defibrillator|stimulator|implant|serial|\bSN\b|S\/N|\bdevice|\bpump\b|prosthesis|\bCGM\b|sensor|valve|\bstent|\blead\b|generator|\bIPG\b/i;
// eponyms of scores, signs, procedures and conditions that clinicians write bare: "Child-Pugh B", "after Whipple", "Phalen's +ve", "Barrett's oesophagus"
const P_EPONYMS = new Set([
  "child-pugh", "pugh", "whipple", "barrett", "phalen", "tinel", "boerhaave", "hartmann", "nissen", "billroth", "kocher", "lachman", "mcmurray", "murphy",
  "rovsing", "trendelenburg", "romberg", "babinski", "kernig", "brudzinski", "homan", "homans", "virchow", "ranson", "centor", "gleason", "breslow", "dukes",
  "kussmaul", "cheyne-stokes", "korotkoff", "wernicke", "korsakoff", "mallory-weiss", "zollinger-ellison", "stevens-johnson", "guillain-barre", "bell",
  "wells", "glasgow", "fontan", "norwood", "ross", "bentall", "ivor", "lewis", "roux", "finkelstein", "froment", "allen", "spurling", "thompson", "simmonds",
  "blumberg", "grey turner", "cullen", "battle", "beck", "cushing", "kehr", "mcburney", "chvostek", "trousseau", "brugada", "wolff", "mobitz", "wenckebach", "lown"
]);
// registrar and other grades opening a request: "Reg pls see", "SHO to review"
const P_GRADE_REQUEST = /^(?:Reg|SHO|SpR|FY1|FY2|CT1|CT2|Cons)$/;
// "SURNAME, Given" in a list, a table cell, a bed board or after "pt": the separator or label before it
const P_LIST_BEFORE = /(?:^|\n|[:|(]|[-–—•]|\b(?:[Pp]t|[Pp]atient|[Nn]ame|[Rr]e|for|of)\b)[ \t]{0,3}$/;
const P_LIST_AFTER = /^(?:[ \t]*(?:$|\n|[|)(–—-]|,\s(?:adm|admitted|DOB|dob|MRN|age|\d))|\s(?:-|–|—|\(|MRN|DOB))/;
// "Dr Moana Kealoha (Hilo)": a town in brackets after a person; "clinic, Dadar": a town after a practice and a comma
const P_TOWN_BRACKET = /^\s\((\p{Lu}[\p{L}\p{M}ʻ'’-]{2,30})\)/u;
const P_CLINIC_COMMA_TOWN = /\b(?:clinic|surgery|practice|pharmacy|hospital|GP|office|health centre|health center)['’]?s?,\s(\p{Lu}[\p{L}\p{M}ʻ'’-]{2,30})(?=\s?(?:[.;!?]|$))/gu;
// "Royal Melbourne renal", "Ottawa Heart clinic": a town naming a hospital or a specialist clinic
const P_TOWN_SERVICE = /(?:\b(Royal)\s)?(\p{Lu}[\p{Ll}\p{M}'’-]{2,30})\s(?:(?:Heart|Eye|Children['’]s|Cancer|Kidney|Renal|Women['’]s|Dental|Spine|Fertility|Skin|Orthopaedic|Orthopedic|Neuro|Chest|Lung)\s(?:[Cc]linic|[Cc]entre|[Cc]enter|[Ii]nstitute|[Hh]ospital|[Uu]nit|[Ss]ervice))|(?:\b(Royal)\s)(\p{Lu}[\p{Ll}\p{M}'’-]{2,30})\s(?:renal|cardiology|oncology|ED|A&E|ICU|haematology|neurology|surgeons?|team|[Hh]ospital)\b/gu;
// ", Nsukka —", ", Nukuʻalofa;": a town between commas or before a dash after a person, an age, a date or a street
const P_COMMA_TOWN = /^,\s(\p{Lu}[\p{L}\p{M}ʻ'’-]{2,30})(?=\s?(?:[,;—–]|\s-\s|\.\s|\.?$))/u;
// a town before its postal code: "Kraków 30-552", "Llandeilo SA19 6AB", "Umeå 903 26", "Bad Homburg 61348", "Ciudad de México 06600"
const P_TOWN_POSTCODE = /(?<![\p{L}\d'’-])(\p{Lu}[\p{L}\p{M}ʻ'’-]{2,30}(?:\s(?:de|del|la|am|an|im|upon|on|sur)?\s?\p{Lu}[\p{L}\p{M}ʻ'’-]{2,30}){0,2}),?\s((?:[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})|\d{2}-\d{3}|\d{3}\s\d{2}|\d{4,6})(?![\w-]|[.,]\d)/gu;
// "00-514 Warszawa": a Polish postal code before the town
const P_POSTCODE_TOWN = /(?<![\w-])(\d{2}-\d{3})\s(\p{Lu}[\p{L}\p{M}'’-]{2,30})/gu;
const P_STREET_SUFFIX = "Street|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Court|Way|Place|Terrace|Highway|Hwy|Parkway|Pkwy|Crescent|Close|Square|Row|Walk";
// street lines the shared patterns miss: letters outside ASCII ("14 Wiśniowa Street", "4412 Kalanianaʻole Hwy"), Scandinavian and German
// compound streets ("14 Storgatan"), Welsh street words ("22 Heol y Llan", "Flat 3 Maes Glas")
const P_STREET = new RegExp(`(?<![\\w/-])(?:(?:Flat|Apt\\.?|Unit)\\s[A-Z0-9]{1,4},?\\s)?\\d{1,5}[A-Za-z]?\\s(?:(?:\\p{Lu}[\\p{L}\\p{M}ʻ'’-]{1,30}\\s){1,3}(?:${P_STREET_SUFFIX})\\b\\.?|\\p{Lu}\\p{Ll}{2,20}(?:gatan|gata|vägen|gränd|gade|vej|veien|vegen|straße|strasse|weg|laan|gracht|plein|utca|katu)\\b|(?:Heol|Ffordd|Stryd|Lôn|Maes|Llys|Cwrt|Rhodfa)(?:\\s(?:y|yr|\\p{Lu}\\p{Ll}{1,20})){1,2}\\b)`, "gu");
// city-states, named as countries are (no town to redact); states and provinces written as codes before a postal code
const P_CITY_STATES = new Set(["singapore", "monaco", "hong kong", "macau", "macao", "vatican", "gibraltar", "luxembourg"]);
const P_STATE_CODES = new RegExp(`^(?:${STATE_ABBR}|VIC|NSW|QLD|TAS|ACT|NT|SA|WA|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE)$`);
// the small words and prefixes of place names ("Ciudad de México", "Bad Homburg", "Sankt Pölten", "Newcastle upon Tyne")
const P_PLACE_PARTICLE = /^(?:de|del|la|am|an|im|upon|on|sur|bad|sankt|san|santa|villa|port|fort|mount)$/i;
// "Chisom Nkemelu (my mother), 82, Nsukka —": a town after a person's age between commas
const P_AGE_TOWN = /,\s\d{1,3},\s(\p{Lu}[\p{L}\p{M}ʻ'’-]{2,30})(?=\s?(?:[,;—–]|\s-\s|\.\s|\.?$))/gu;
// "box in Kumasi? no — Takoradi": a town the writer corrects to
const P_CORRECTED_TOWN = /^[?!.,]?\s(?:no|sorry|I mean|actually|correction)[,.]?\s?[—–-]?\s(\p{Lu}[\p{L}\p{M}ʻ'’-]{2,30})(?![\p{L}])/u;
const P_STREET_END = new RegExp(`^(?:${P_STREET_SUFFIX})$`);
const P_UNIT_BEFORE_STREET = /(?:Flat|Apt\.?|Unit)\s[A-Z0-9]{1,4},?\s$/;

/**
 * The hits of a cue block as it edits them: `add` a hit, `lap` the live hits overlapping a span, `put` a
 * hit over a span where overlapping hits of the `over` types give way (same type: merged) and any other
 * blocks it; dropped hits stay in `cur` until the block filters them out. Hits are indexed by the
 * 64-character blocks they touch, so an overlap look-up costs the hits nearby, not all of them.
 */
function hitOverlay(hits: readonly PhiHit[]) {
  const cur: PhiHit[] = [];
  const drop = new Set<PhiHit>();
  const live = (): PhiHit[] => cur.filter((h) => !drop.has(h));
  const blocks = new Map<number, PhiHit[]>();
  const add = (h: PhiHit): void => {
    cur.push(h);
    for (let b = h.start >> 6; b <= (h.end - 1) >> 6; b++) {
      const list = blocks.get(b);
      if (list) list.push(h);
      else blocks.set(b, [h]);
    }
  };
  for (const h of hits) add(h);
  const lap = (start: number, end: number): PhiHit[] => {
    const out: PhiHit[] = [];
    for (let b = start >> 6; b <= (Math.max(start + 1, end) - 1) >> 6; b++) for (const h of blocks.get(b) ?? []) if (!drop.has(h) && h.start < end && start < h.end && !out.includes(h)) out.push(h);
    return out;
  };
  const put = (type: PhiType, start: number, end: number, over: readonly PhiType[]): boolean => {
    const o = lap(start, end);
    if (o.some((h) => h.type === type && h.start <= start && h.end >= end)) return false;
    if (o.some((h) => !over.includes(h.type) && h.type !== type && !(h.start >= start && h.end <= end && h.end - h.start < end - start))) return false;
    for (const h of o) {
      if (h.type === type) {
        start = Math.min(start, h.start);
        end = Math.max(end, h.end);
      }
      drop.add(h);
    }
    add({ type, start, end });
    return true;
  };
  return { cur, drop, live, add, lap, put };
}

/** The care-team cues of the phi-p writer; returns the hits with this block's additions, retypes and drops. */
function phiPCues(toks: WordToken[], text: string, hits: PhiHit[]): PhiHit[] {
  const { cur, drop, live, add, lap, put } = hitOverlay(hits);
  // -- clinical values first: makers, eponyms, scores and stagings --
  for (const h of cur) {
    const v = text.slice(h.start, h.end);
    const first = /^[\p{L}-]+/u.exec(v)?.[0] ?? "";
    const before = text.slice(Math.max(0, h.start - 12), h.start);
    if (h.type === "NAME" || h.type === "CITY") {
      const titled = /\b(?:Mr|Mrs|Ms|Miss|Mdm|Dr|Prof|Nurse|Sister)\.?\s$/.test(before);
      if (P_MAKERS.test(first) && !titled && (P_MAKER_NEXT.test(text.slice(h.start + first.length, h.start + first.length + 14)) || (h.type === "NAME" && P_DEVICE_CONTEXT.test(text)))) drop.add(h);
      else if (/(?:^|\s)(?:Boston|Abbott|Medtronic|Nevro|DePuy|Stryker|Biotronik|Jude)\s$/.test(before) && h.type === "NAME") drop.add(h);
      else if (h.type === "NAME" && !titled && P_EPONYMS.has(v.toLowerCase()) && (/^['’]s\b/.test(text.slice(h.end, h.end + 3)) || /^\s[A-C]\b|^\s(?:score|sign|test|procedure|operation|classification|criteria|grade|stage)\b/i.test(text.slice(h.end, h.end + 16)) || /(?:after|post|post-op|for|s\/p|planned|listed for|a)\s$/i.test(before))) drop.add(h);
      else if (h.type === "NAME" && /^(?:Vit|Vits)$/.test(v) && /^\.?\s?(?:A|B\d{0,2}|C|D\d?|E|K)\b/.test(text.slice(h.end, h.end + 5))) drop.add(h);
      // "NIV started", "CTS": an acronym in a message not written in capitals (a name in capitals has a title, a comma or a given name by it)
      else if (h.type === "NAME" && /^\p{Lu}{2,4}$/u.test(v) && (!toks.some((t) => t.shouting) || /(?<![\p{L}])\p{Ll}{4,}(?![\p{L}])/u.test(text)) && !/^(?:[,^]|\s\p{Lu})/u.test(text.slice(h.end, h.end + 2)) && !/(?:\b(?:Mr|Mrs|Ms|Dr|Miss|Mdm|Prof)\.?|[:|^])\s?$/.test(before)) drop.add(h);
      // "Re: Referral for", "her MS journey": an everyday word, not a listed name, or a lower-case noun after a possessive
      else if (h.type === "NAME" && /^\p{Lu}\p{Ll}{4,}$/u.test(v) && isCommonWord(v.toLowerCase()) && isEnglishWord(v.toLowerCase()) && !WORD_NAMES.has(v.toLowerCase()) && !inNameList(v.toLowerCase()) && isGivenName(v.toLowerCase()) === undefined && !isSurname(v.toLowerCase())) drop.add(h);
      else if (h.type === "NAME" && /^\p{Ll}+$/u.test(v) && isEnglishWord(v) && /\b(?:her|his|my|their|our|your|the|a|an)\s(?:\p{Lu}{2,5}\s)?$/u.test(before)) drop.add(h);
      else if (h.type === "NAME" && P_GRADE_REQUEST.test(v) && /^,?\s(?:pls|please|to|can|could|review|r\/v)\b/i.test(text.slice(h.end, h.end + 10))) drop.add(h);
    }
    if (h.type === "ZIP" && (/^E[1-4]V[1-5T]M[1-6]$/i.test(v) || /^T[0-4X][a-c]?N[0-3X][a-c]?M[01X]$/i.test(v))) drop.add(h);
  }
  // -- labelled identifiers --
  for (const p of P_PATTERNS) {
    if (!p.gate.test(text)) continue;
    p.re.lastIndex = 0;
    for (let m; (m = p.re.exec(text)); ) {
      const v = m[1]!;
      const start = m.index + m[0].lastIndexOf(v);
      const end = start + v.length;
      if (p.check && !p.check(v, start, text)) continue;
      if (/\d$/.test(v) && p.type !== "PHONE" && CLINICAL_UNIT_AFTER.test(text.slice(end, end + 8))) continue;
      put(p.type, start, end, p.over);
    }
  }
  // "NPI? ... found it, 1548293016": a ten-digit number that passes the NPI check digit, anywhere in a message that asks about an NPI
  if (text.includes("NPI")) {
    const re = /(?<![\w-])[12]\d{9}(?![\w-])/g;
    for (let m; (m = re.exec(text)); ) if (pNpiValid(m[0]) || /NPI/.test(text.slice(Math.max(0, m.index - 100), m.index))) put("LICENSE", m.index, m.index + 10, ["NAME", "CITY", "PHONE", "MRN", "ZIP", "ACCOUNT"]);
  }
  // HL7 PID segment: PID-3 identifiers, PID-5 name (FAMILY^GIVEN), PID-7 birth date
  if (text.includes("PID|")) {
    const re = /PID\|/g;
    for (let m; (m = re.exec(text)); ) {
      let at = m.index + 4;
      const lineEnd = text.indexOf("\n", at) < 0 ? text.length : text.indexOf("\n", at);
      for (let field = 1; field <= 8 && at <= lineEnd; field++) {
        let next = text.indexOf("|", at);
        if (next < 0 || next > lineEnd) next = lineEnd;
        const v = text.slice(at, next);
        if (v.length > 0) {
          if (field === 3 || field === 2 || field === 4) {
            const id = /^[^^&~]+/.exec(v)?.[0] ?? "";
            if (/\d/.test(id)) put("MRN", at, at + id.length, P_ANY);
            // "^^^HOSP": the assigning authority after the number is no person
            for (const o of lap(at + id.length, next)) if (o.type === "NAME" || o.type === "CITY") drop.add(o);
          } else if (field === 5 && /\p{L}/u.test(v)) put("NAME", at, next, P_ANY);
          else if (field === 7 && /^\d{8}/.test(v)) put("DATE", at, at + 8, P_ANY);
        }
        at = next + 1;
      }
    }
  }
  // an identifier listed right after another of its type ("MRN 3009182 / 3009183"), or one written in the same
  // shape as a labelled one elsewhere ("Patient ID 55-01-772934 ... under 55-01-772943", "V00028817723 ... (V00028817699)")
  const shapeOf = (s: string): string => s.replace(/[A-Z]/g, "A").replace(/\d/g, "9");
  const shapes = new Map<string, PhiType>();
  for (const h of live()) {
    if (h.type !== "MRN" && h.type !== "ACCOUNT") continue;
    const v = text.slice(h.start, h.end);
    const shape = shapeOf(v);
    if (digitsIn(v) >= 6 && (/[A-Z/-]/.test(v))) shapes.set(shape, h.type);
    const listed = /^\s?(?:\/|,|&|and|or)\s?(\d{5,12})(?![\w-])/.exec(text.slice(h.end, h.end + 20));
    if (listed && shapeOf(listed[1]!) === shape) {
      const s = h.end + listed[0].lastIndexOf(listed[1]!);
      put(h.type, s, s + listed[1]!.length, ["NAME", "CITY", "ZIP", "PHONE", "DATE"]);
    }
  }
  if (shapes.size) {
    const re = /(?<![\w/-])[A-Z]{0,4}\d[\dA-Z/-]{4,20}(?![\w/-])/g;
    for (let m; (m = re.exec(text)); ) {
      const t = shapes.get(shapeOf(m[0]));
      if (t) put(t, m.index, m.index + m[0].length, ["NAME", "CITY", "ZIP", "PHONE", "DATE"]);
    }
  }
  // fax numbers: a phone number after "fax" in the same clause is a fax
  if (/fax/i.test(text)) {
    for (const h of live()) {
      if (h.type !== "PHONE") continue;
      const before = text.slice(Math.max(0, h.start - 48), h.start);
      const fax = before.search(/fax/i);
      if (fax >= 0 && !/[;\n]|\bphone\b|\btel\b|\bmob/i.test(before.slice(fax)) && !lap(Math.max(0, h.start - 48 + fax), h.start).some((o) => (o.type === "PHONE" || o.type === "FAX") && o !== h && o.start > h.start - 48 + fax && o.end <= h.start)) {
        drop.add(h);
        add({ ...h, type: "FAX" });
      }
    }
  }
  // -- names --
  // "SURNAME, Given" in lists and tables, after "pt" or a label: the two parts are one name
  const named = live().filter((h) => h.type === "NAME").sort((a, b) => a.start - b.start);
  const namedAt = new Map<number, PhiHit>();
  for (const h of named) if (!namedAt.has(h.start)) namedAt.set(h.start, h);
  for (const h of named) {
    if (drop.has(h)) continue;
    const gap = /^,[ \t]$/.exec(text.slice(h.end, h.end + 2));
    if (gap) {
      const at = namedAt.get(h.end + 2);
      const next = at && !drop.has(at) ? at : undefined;
      const sur = text.slice(h.start, h.end);
      const capsSurname = /^\p{Lu}[\p{Lu}'’ -]+$/u.test(sur);
      if (next && P_LIST_BEFORE.test(text.slice(Math.max(0, h.start - 12), h.start)) && (!/\s/.test(sur) || capsSurname || /[Nn]ame:[ \t]*$/.test(text.slice(Math.max(0, h.start - 8), h.start))) &&
        P_LIST_AFTER.test(text.slice(next.end, next.end + 8)) && !/\s(?:and|&)\s/.test(text.slice(next.end, next.end + 6))) {
        drop.add(next);
        drop.add(h);
        add({ type: "NAME", start: h.start, end: next.end });
        continue;
      }
    }
    // "Brown, Stephen": a surname that is also an everyday word, before a found given name in a list
    const prev = /(?:^|[\n|(:–—-]|\b[Pp]t)[ \t]{0,3}(\p{Lu}[\p{Ll}'’-]{1,30}|\p{Lu}{2,30}),[ \t]$/u.exec(text.slice(Math.max(0, h.start - 36), h.start));
    const firstGiven = text.slice(h.start, h.end).split(" ")[0]!.toLowerCase();
    if (prev && (isGivenName(firstGiven) !== undefined || (inNameList(firstGiven) && !isEnglishWord(firstGiven))) && P_LIST_AFTER.test(text.slice(h.end, h.end + 8)) && lap(h.start - prev[0].length, h.start).every((o) => o.type === "NAME")) {
      const s = h.start - prev[0].length + prev[0].indexOf(prev[1]!);
      const pl = prev[1]!.toLowerCase();
      // after a list's dash, bar or bracket, a surname that is also a word ("- Brown, Stephen -"); else a listed surname ("Cheers, Tom" is a sign-off)
      const sep = prev[0].slice(0, prev[0].indexOf(prev[1]!)).trim();
      if (!TITLES.has(pl) && !NOT_NAMES.has(pl) && (isSurname(pl) || !isEnglishWord(pl) || sep !== "")) {
        for (const o of lap(s, h.start)) drop.add(o);
        drop.add(h);
        add({ type: "NAME", start: s, end: h.end });
        continue;
      }
    }
    // "Jasmine Whitfield", "Maya Hernandez": a given name that is also a word, before a found surname
    const given = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}{2,20})\s$/u.exec(text.slice(Math.max(0, h.start - 24), h.start));
    if (given && !/\s/.test(text.slice(h.start, h.end)) && (isGivenName(given[1]!.toLowerCase()) !== undefined || WORD_NAMES.has(given[1]!.toLowerCase()) || inNameList(given[1]!.toLowerCase())) && !TITLES.has(given[1]!.toLowerCase()) && !NOT_NAMES.has(given[1]!.toLowerCase()) && lap(h.start - given[0].length, h.start - 1).length === 0) {
      const s = h.start - given[0].length;
      const gl = given[1]!.toLowerCase();
      const inList = /(?:,\s?|\s(?:and|&)\s)$/.test(text.slice(Math.max(0, s - 6), s));
      if (inList || (/(?:^|[:;\n(]\s?)$/.test(text.slice(Math.max(0, s - 6), s)) && isGivenName(gl) !== undefined && !isCommonWord(gl))) {
        drop.add(h);
        add({ type: "NAME", start: s, end: h.end });
      }
    }
  }
  const nameLike = (w: string): boolean => {
    const l = w.toLowerCase();
    return !NOT_NAMES.has(l) && !TITLES.has(l) && !RELATIONS.has(l) && !DRUG_WORDS.has(l) && (isGivenName(l) !== undefined || isSurname(l) || inNameList(l) || !isEnglishWord(l));
  };
  // "pt Samoa Faleolo", "patient Aditi Rao": a full name after "pt"; "Nurse Ebony re ...": a nurse's given name; "wife Meena", "dad (Kenji)"
  const cue = /\b(?:[Pp]t|[Pp]atient|[Nn]urse|[Ss]ister|[Mm]atron|[Ww]ife|[Hh]usband|[Ss]on|[Dd]aughter|[Mm]um|[Mm]om|[Dd]ad|[Mm]other|[Ff]ather|[Bb]rother|[Pp]artner|NOK|[Cc]arer)\s\(?(\p{Lu}[\p{Ll}\p{M}'’-]{1,30})(?:\s(\p{Lu}[\p{Ll}\p{M}'’-]{1,30}))?(\)?)/gu;
  if (/\b(?:pt|patient|nurse|sister|matron|wife|husband|son|daughter|mum|mom|dad|mother|father|brother|partner|NOK|carer)\s/i.test(text)) {
    for (let m; (m = cue.exec(text)); ) {
      const label = m[0].split(/\s/)[0]!.toLowerCase();
      const a = m[1]!.replace(/['’]s$/, "");
      const b = m[2]?.replace(/['’]s$/, "");
      const s = m.index + m[0].indexOf(a, label.length);
      const pt = label === "pt" || label === "patient";
      if (pt) {
        if (b === undefined || !nameLike(a) || !nameLike(b) || (isEnglishWord(a.toLowerCase()) && isEnglishWord(b.toLowerCase()))) continue;
        put("NAME", s, s + a.length + 1 + b.length, ["NAME", "CITY"]);
      } else {
        const nurse = /^(?:nurse|sister|matron)$/.test(label) && !isCommonWord(a.toLowerCase()) && !NOT_NAMES.has(a.toLowerCase());
        if (!nurse && (!nameLike(a) || (isEnglishWord(a.toLowerCase()) && isGivenName(a.toLowerCase()) === undefined && !WORD_NAMES.has(a.toLowerCase())))) continue;
        // "son Kevin", "wife Meena 98450 ...", "dad (Kenji)": the given name (and a surname after it)
        const two = b !== undefined && nameLike(b) && !isEnglishWord(b.toLowerCase()) && m[3] === "";
        put("NAME", s, s + a.length + (two ? 1 + b!.length : 0), ["NAME", "CITY"]);
      }
      cue.lastIndex = m.index + m[0].split(/\s/)[0]!.length;
    }
  }
  // "mrs huang li's coil": a title and a lower-case name of two words
  if (/\b(?:mrs|mr|ms|miss|mdm)\.?\s\p{Ll}/u.test(text)) {
    const re = /\b(?:mrs|mr|ms|miss|mdm)\.?\s(\p{Ll}{2,20}\s\p{Ll}{2,20})(?=['’]s\b)/gu;
    for (let m; (m = re.exec(text)); ) {
      const [a, b] = m[1]!.split(" ") as [string, string];
      if ((isSurname(a) || isGivenName(a) !== undefined) && (isSurname(b) || isGivenName(b) !== undefined) && !isCommonWord(b)) {
        const s = m.index + m[0].length - m[1]!.length;
        put("NAME", s, s + m[1]!.length, ["NAME", "CITY"]);
      }
    }
  }
  // a name found once is the same name again, in any case ("mr. delacroix ... 1:1 requested for delacroix")
  const lower = text.toLowerCase();
  const seenNames = new Set<string>();
  for (const h of live()) {
    if (h.type !== "NAME") continue;
    const v = text.slice(h.start, h.end);
    const key = v.toLowerCase();
    if (seenNames.has(key)) continue;
    seenNames.add(key);
    if (v.length < 5 || /\s/.test(v) || isEnglishWord(key) || isGivenName(key) === "strong") continue;
    for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
      if (at === h.start || /[\p{L}\d]/u.test(text[at - 1] ?? "") || /[\p{L}\d]/u.test(text[at + key.length] ?? "")) continue;
      if (lap(at, at + key.length).length === 0) add({ type: "NAME", start: at, end: at + key.length });
    }
  }
  // -- places --
  for (const h of live()) {
    // "Aditi Rao" after "pt": a person, not a town
    if (h.type === "CITY" && /\b(?:[Pp]t|[Pp]atient|Mr|Mrs|Ms|Dr)\.?\s$/.test(text.slice(Math.max(0, h.start - 9), h.start))) {
      drop.add(h);
      add({ ...h, type: "NAME" });
      continue;
    }
    // "from Otara, Auckland", "Dr. Uche Nnamdi, Surulere, Lagos": a suburb before a found town
    if (h.type === "NAME" && !/\s\S+\s/.test(text.slice(h.start, h.end))) {
      const after = /^,\s/.exec(text.slice(h.end, h.end + 2));
      const town = after ? lap(h.end + 2, h.end + 4).find((o) => o.type === "CITY" && o.start === h.end + 2) : undefined;
      const country = after ? /^\p{Lu}[\p{L}\s]{2,20}?(?=[\s,.;]|$)/u.exec(text.slice(h.end + 2, h.end + 24))?.[0] : undefined;
      const isCountry = country !== undefined && (COUNTRY_WORDS[country.toLowerCase()] !== undefined || P_CITY_STATES.has(country.toLowerCase()));
      if ((town || (isCountry && /\b(?:from|in|at|near)\s$/.test(text.slice(Math.max(0, h.start - 6), h.start)))) && /(?:\b(?:from|in|at|near)\s|,\s)$/.test(text.slice(Math.max(0, h.start - 6), h.start)) && isGivenName(text.slice(h.start, h.end).split(" ")[0]!.toLowerCase()) === undefined) {
        drop.add(h);
        add({ ...h, type: "CITY" });
      }
    }
  }
  if (/[Cc]linic|[Hh]ospital|[Cc]ent(?:re|er)|Institute|Royal|[Uu]nit/.test(text)) {
    P_TOWN_SERVICE.lastIndex = 0;
    for (let m; (m = P_TOWN_SERVICE.exec(text)); ) {
      const v = m[2] ?? m[4]!;
      const s = m.index + m[0].indexOf(v, (m[1] ?? m[3]) ? 5 : 0);
      const l = v.toLowerCase();
      if (FAMOUS_INSTITUTIONS.has(l) || INSTITUTION_WORDS.test(l) || !pnTown(v, 1_000)) continue;
      put("CITY", s, s + v.length, ["NAME", "CITY"]);
    }
  }
  if (/,\s\p{Lu}/u.test(text) && /clinic|surgery|practice|pharmacy|hospital|GP|office|health/i.test(text)) {
    P_CLINIC_COMMA_TOWN.lastIndex = 0;
    for (let m; (m = P_CLINIC_COMMA_TOWN.exec(text)); ) {
      const v = m[1]!;
      const s = m.index + m[0].lastIndexOf(v);
      const l = v.toLowerCase();
      // "Dr. Deshmukh's clinic, Dadar": after a clinician's practice any unknown word; else only a listed town that is no given name
      // ("see you at the clinic, Bongani." speaks to someone)
      const owned = /['’]s\s$/.test(text.slice(Math.max(0, m.index - 3), m.index));
      if (isGivenName(l) !== undefined || inNameList(l) && !pnTown(v, 50_000)) continue;
      if ((owned && !isEnglishWord(l)) || (pnTown(v, 1_000) && !isEnglishWord(l))) put("CITY", s, s + v.length, ["NAME", "CITY"]);
    }
  }
  for (const h of live()) {
    if (h.type !== "NAME" && h.type !== "AGE" && h.type !== "DATE" && h.type !== "ADDRESS") continue;
    const br = h.type === "NAME" ? P_TOWN_BRACKET.exec(text.slice(h.end, h.end + 34)) : null;
    const bl = br?.[1]!.toLowerCase() ?? "";
    // "Dr Moana Kealoha (Hilo)"; not a second name in brackets ("Dr Ana (Maria)")
    if (br && (pnTown(br[1]!, 1_000) || PN_PACIFIC_SPELLING.test(br[1]!)) && ((isGivenName(bl) === undefined && !inNameList(bl)) || pnTown(br[1]!, 20_000))) {
      const s = h.end + br[0].indexOf(br[1]!);
      put("CITY", s, s + br[1]!.length, ["NAME", "CITY"]);
      continue;
    }
    const m = P_COMMA_TOWN.exec(text.slice(h.end, h.end + 40));
    if (m === null) continue;
    const v = m[1]!;
    const l = v.toLowerCase();
    const s = h.end + m[0].indexOf(v);
    if (lap(s, s + v.length).some((o) => o.type !== "NAME" && o.type !== "CITY")) continue;
    const listed = pnTown(v, 1_000);
    const pacific = PN_PACIFIC_SPELLING.test(v);
    const unknown = h.type === "ADDRESS" && !v.includes("-") && !isEnglishWord(l) && isGivenName(l) === undefined && !isSurname(l) && !isCommonWordOnlyText(v) && /^\s?(?:—|–|-\s)/.test(text.slice(s + v.length, s + v.length + 3));
    if ((listed && !isEnglishWord(l) && isGivenName(l) === undefined) || pacific || unknown) put("CITY", s, s + v.length, ["NAME", "CITY"]);
  }
  // streets the shared patterns miss, and towns and postal codes around them
  if (/\d\s\p{Lu}/u.test(text)) {
    P_STREET.lastIndex = 0;
    for (let m; (m = P_STREET.exec(text)); ) {
      let s = m.index;
      let e = s + m[0].length;
      // "5 Brigade", "2 Renegade": an English word that ends like a street
      const last = /\p{L}+$/u.exec(m[0])?.[0] ?? "";
      if (!P_STREET_END.test(last) && isEnglishWord(last.toLowerCase())) continue;
      const unit = P_UNIT_BEFORE_STREET.exec(text.slice(Math.max(0, s - 12), s)) ?? /(?:Flat|Apt\.?|Unit)\s$/.exec(text.slice(Math.max(0, s - 6), s));
      if (unit) s -= unit[0].length;
      const flat = /^\/\d{1,4}/.exec(text.slice(e, e + 6));
      if (flat) e += flat[0].length;
      put("ADDRESS", s, e, ["NAME", "CITY", "ZIP", "ADDRESS"]);
    }
  }
  // "ul. Marszałkowska 84/92": the flat after the house number; "Calle Reforma 221, Col. Juárez": the colonia is part of the street
  for (const h of live()) {
    if (h.type !== "ADDRESS") continue;
    const flat = /^\/\d{1,4}(?![\w/])/.exec(text.slice(h.end, h.end + 6));
    if (flat) put("ADDRESS", h.start, h.end + flat[0].length, ["NAME", "CITY", "ZIP", "ADDRESS", "DATE"]);
    const col = /^,\s(?:Col\.|Colonia|Barrio|Bairro|Fracc\.)\s\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+)?/u.exec(text.slice(h.end, h.end + 40));
    if (col) put("ADDRESS", h.start, h.end + col[0].length, ["NAME", "CITY", "ZIP", "ADDRESS"]);
  }
  if (/\d/.test(text)) {
    P_TOWN_POSTCODE.lastIndex = 0;
    for (let m; (m = P_TOWN_POSTCODE.exec(text)); ) {
      const town = m[1]!;
      const code = m[2]!;
      const ts = m.index;
      const cs = m.index + m[0].lastIndexOf(code);
      const l = town.toLowerCase();
      const words2 = town.split(/\s/);
      const strongCode = /[A-Z]/.test(code) || /[- ]/.test(code);
      if (/^(?:19|20)\d\d$/.test(code) || CLINICAL_UNIT_AFTER.test(text.slice(cs + code.length, cs + code.length + 8))) continue;
      // "Nepal, 4800 meter": a bare number is a postal code only where the address line ends
      if (/^\d+$/.test(code) && !/^\s?(?:$|[,.;)\n|]|\s[-–—])/.test(text.slice(cs + code.length, cs + code.length + 3))) continue;
      if (/^\p{Lu}+$/u.test(words2[0]!) || words2.some((w) => isCommonWordOnlyText(w) && !P_PLACE_PARTICLE.test(w))) {
        // "Singapore 310123", "VIC 3350": a country or a state before the code; the code alone
        if ((COUNTRY_WORDS[l] !== undefined || P_CITY_STATES.has(l) || STATE_NAME_SET.has(l) || P_STATE_CODES.test(town)) && code.length >= 4 && !/\s/.test(code) && lap(cs, cs + code.length).every((o) => o.type === "ZIP" || o.type === "NAME" || o.type === "CITY")) put("ZIP", cs, cs + code.length, ["NAME", "CITY"]);
        continue;
      }
      const country = COUNTRY_WORDS[l] !== undefined || P_CITY_STATES.has(l) || STATE_NAME_SET.has(l) || REGION_WORDS.has(l) || /Region|Country/.test(lexicon.tagOf(l) ?? "");
      const listed = pnTown(town, 500) || placePopulation(l) !== undefined;
      const foreign = words2.every((w) => !isEnglishWord(w.toLowerCase()) || P_PLACE_PARTICLE.test(w)) && isGivenName(words2[0]!.toLowerCase()) === undefined;
      const fromCue = /\b(?:from|aus|in|at|lives|de|à)\s$/.test(text.slice(Math.max(0, ts - 7), ts));
      const uncommon = words2.every((w) => !isCommonWord(w.toLowerCase()) || P_PLACE_PARTICLE.test(w)) && isGivenName(words2[0]!.toLowerCase()) === undefined;
      // a bare number after an everyday word or a given name ("Reading 1200 steps") needs a postal cue
      if (!strongCode && !fromCue && (isEnglishWord(l) || isGivenName(words2[0]!.toLowerCase()) !== undefined) && !/,\s?$/.test(text.slice(Math.max(0, ts - 2), ts))) continue;
      if (!(listed || country || ((strongCode || fromCue) && foreign) || (fromCue && uncommon && words2.length > 1) || (foreign && /[^\x00-\x7f]/.test(town)))) continue;
      if (lap(ts, cs + code.length).some((o) => !["NAME", "CITY", "ZIP", "PHONE", "MRN"].includes(o.type) && !(o.start >= ts && o.end <= cs + code.length))) continue;
      if (!country) put("CITY", ts, ts + town.length, ["NAME", "CITY"]);
      put("ZIP", cs, cs + code.length, ["NAME", "CITY", "PHONE", "MRN"]);
    }
    P_POSTCODE_TOWN.lastIndex = 0;
    for (let m; (m = P_POSTCODE_TOWN.exec(text)); ) {
      const code = m[1]!;
      const town = m[2]!;
      const ts = m.index + m[0].lastIndexOf(town);
      if (isEnglishWord(town.toLowerCase())) continue;
      put("ZIP", m.index, m.index + code.length, ["NAME", "CITY", "PHONE", "DATE"]);
      put("CITY", ts, ts + town.length, ["NAME", "CITY"]);
    }
  }
  if (/\d,\s\p{Lu}/u.test(text)) {
    P_AGE_TOWN.lastIndex = 0;
    for (let m; (m = P_AGE_TOWN.exec(text)); ) {
      const v = m[1]!;
      const l = v.toLowerCase();
      const s = m.index + m[0].lastIndexOf(v);
      if (!lap(Math.max(0, m.index - 24), m.index).some((h) => h.type === "NAME" && h.end <= m!.index)) continue;
      if (isEnglishWord(l) || isGivenName(l) !== undefined || isSurname(l) || isCommonWordOnlyText(v) || COUNTRY_WORDS[l] !== undefined || STATE_NAME_SET.has(l)) continue;
      // a listed town only ("Ms Kaur, 34, Punjabi-speaking" and "Mr Okoro, 71, Yoruba" name a language)
      if (!pnTown(v, 1_000) && !PN_PACIFIC_SPELLING.test(v)) continue;
      put("CITY", s, s + v.length, ["NAME", "CITY"]);
    }
  }
  for (const h of live()) {
    if (h.type !== "CITY") continue;
    const m = P_CORRECTED_TOWN.exec(text.slice(h.end, h.end + 48));
    if (m === null) continue;
    const v = m[1]!;
    const l = v.toLowerCase();
    if (!pnTown(v, 1_000) && (isEnglishWord(l) || isGivenName(l) !== undefined)) continue;
    const s = h.end + m[0].lastIndexOf(v);
    put("CITY", s, s + v.length, ["NAME", "CITY"]);
  }
  // "b. 4 Aug 1932 (so 92)": an age over 89 worked out after a birth date
  for (const h of live()) {
    if (h.type !== "DATE") continue;
    const m = /^\s?\(?(?:so|now|aged?|i\.e\.)\s(9\d|1[0-2]\d)\)?/.exec(text.slice(h.end, h.end + 14));
    if (m) {
      const s = h.end + m[0].indexOf(m[1]!);
      put("AGE", s, s + m[1]!.length, ["NAME", "CITY", "ZIP"]);
    }
  }
  return resolveOverlaps(live());
}
/** The NPI check digit: Luhn over "80840" and the first nine digits. */
function pNpiValid(v: string): boolean {
  const digits = `80840${v}`;
  let sum = 0;
  for (let i = digits.length - 1, k = 0; i >= 0; i--, k++) {
    let d = digits.charCodeAt(i) - 48;
    if (k % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
// ---- end of phi-p ----

// ---- phi-o: names after titles, fillers, contact verbs and role labels; usernames; names in capitals and with "bin";
// towns after "from/through/via", before a province or "office", European postcodes before the town; days beside dates;
// and words that are no person (eponyms, hospitals' acronyms, "Hope this", "Merlin@home") ----
// "Dr Google", "Dr Oz", "Dr Pepper": a title before a brand or a television doctor is no patient's contact
const PO_NOT_TITLED = new Set(["google", "pepper", "oz", "phil", "seuss", "scholl", "martens", "dre", "who", "house", "strange", "no", "yes"]);
const PO_TITLE_NAME = /\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Dra)\.?\s(\p{Lu}[\p{Ll}\p{M}'’-]{2,30})(?![\p{L}\p{M}'’-])/gu;
// "this is uh pat gallagher calling", "hi this is maya rosenberg, calling re:": a given name and a surname in lower case after an introduction
const PO_INTRO_LOWER = /\b(?:this is|it['’]?s|my name is|i am|i['’]?m)\s(?:(?:uh|um|er|erm|ah|umm)\s)?(\p{Ll}[\p{Ll}'’-]{1,20}\s\p{Ll}[\p{Ll}'’-]{1,25})(?=\s?[,.;]|\s(?:calling|here|from|about|re|again|writing|speaking)\b|\s?$)/gu;
// "remind jacinta her physio", "call zach 519-...", "text ama on": a lower-case given name after a verb of reaching someone
const PO_CONTACT = /\b(?:remind|call|text|ring|phone|tell|ask|message|msg|email|page|contact)\s(\p{Ll}[\p{Ll}'’-]{2,15})(?=\s(?:her|his|their|on|at|that|about|when|if|\+?\(?\d)|\s?[,.;!?]|\s?$)/gu;
// "my sister jess, her email": a lower-case given name after a relative, before a pause
const PO_KIN_LOWER = /\b(?:my|our|his|her)\s(?:sister|brother|son|daughter|wife|husband|mum|mom|dad|partner|cousin|friend|aunt|auntie|uncle|niece|nephew|grandson|granddaughter|carer|caregiver|fiance|fiancee|girlfriend|boyfriend)\s(\p{Ll}[\p{Ll}'’-]{2,15})(?=\s?[,;]|\s(?:her|his|who|helps|said|says|and)\b)/gu;
// "Wife is Nomvula", "my son's name is Eli", "the patient is Mrs X": a relative's name after "is"
const PO_KIN_IS = /\b(?:[Ww]ife|[Hh]usband|[Ss]on|[Dd]aughter|[Mm]other|[Ff]ather|[Pp]artner|[Ss]ister|[Bb]rother|[Mm]um|[Mm]om|[Dd]ad|[Cc]arer|[Gg]uardian)\sis\s(\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]{1,20})(?![\p{L}'’-])/gu;
// "Employee: Thabo Nkosi", "Teilnehmer: Klaus-Dieter Braun", "Patient - Ana Silva": a person after a role label
const PO_ROLE_LABEL = /\b(?:Employee|Patient|Pt|Participant|Teilnehmer(?:in)?|Patientin|Client|Resident|Student|Pupil|Caller|Applicant|Claimant|Insured|Paciente|Naam|Nom|Name)\s?[:–—-]\s?(\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+){0,3})/gu;
// "User is ttakahashi", "- user jpatel", "username: kmorris2": a portal login made from a name
const PO_USER = /\b(?:[Uu]ser(?:name| name| ID| id)?|[Ll]ogin|[Ll]ogged in as|[Ss]igned in as)(?:\sis|\s?:)?\s{1,2}([a-z][a-z0-9._-]{3,30})(?![\w@.-])/g;
// "MR. JOSE DA SILVA SANTOS,": a name in capitals after a title in capitals
const PO_CAPS_TITLE = /\b(?:MR|MRS|MS|DR|SR|SRA|SNR|SENHOR|SENHORA|DONA)\.?\s([A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:\s[A-ZÀ-Ý][A-ZÀ-Ý'’-]+){0,4})(?=\s?[,.;:!?(]|\s?$)/g;
// "Ali bin Hamad", "Siti binti Aminah": a given name, then "bin" or "binti"
const PO_BIN_BEFORE = /(\p{Lu}[\p{Ll}'’-]{1,20})\s(?:bin|binti|bint|ibn|ben|ap)\s$/u;
// "Park Ji-hoon", "Nguyen Thi-Lan": a surname before a hyphenated given name
const PO_SURNAME_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}{1,12})\s$/u;
// "Sione here from Otara", "writing from Tembisa": a town after "here" or a verb of writing from somewhere
const PO_HERE_FROM = /\b(?:here|writing|calling|texting|messaging|emailing|ringing)\sfrom\s(\p{Lu}[\p{Ll}\p{M}'’-]{2,25})(?!\s?\p{Lu}|[\p{L}'’-])/gu;
// "Surrey BC", "Moncton, NB": a town before a Canadian province's code
const PO_PROVINCE = /(?:^|[^\p{L}'’-])(\p{Lu}\p{Ll}{2,20}(?:\s\p{Lu}\p{Ll}{2,20})?),?\s(?:BC|AB|ON|QC|NS|NB|MB|SK|PE|PEI|NL|YT|NT|NU)(?![\p{L}])/gu;
// "flew through Entebbe", "drove via Tamworth", "a layover in Doha": a town passed through on a journey
const PO_TRANSIT = /\b(?:flew|flown|flying|fly|travell?ed|travell?ing|transit(?:ed|ing)?|drove|driving|passed|passing|went|came|stopped|stopover|layover|connecting|connected)\s(?:through|via|over|in|at)\s(\p{Lu}\p{Ll}{2,30})(?![\p{L}'’-])/gu;
// "Hilo office", "the Darwin branch": a town naming an office of a practice
const PO_TOWN_OFFICE = /(?:^|[^\p{L}'’-])(\p{Lu}\p{Ll}{2,30})\s(?:office|branch|location|site|campus)\b/gu;
// "wohnhaft in 80331 München", ", 00184 Roma", "75011 Paris": a European postcode before the town
const PO_ZIP_TOWN = /(?:,|\bin|\bà|\bat|\bwohnhaft|\bnach|\ba)\s(\d{5})\s(\p{Lu}[\p{L}\p{M}'’-]{2,30})(?=\s?[,.;!?—–-]|\s?$)/gu;
// ", Brgy Pinyahan, 1100": a Philippine barangay and its postal code after the street
const PO_BARANGAY = /^,\s(?:Brgy\.?|Bgy\.?|Barangay)\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?/u;
const PO_WEEKDAY_BEFORE = /(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s$/i;
// "23rd December, not 22nd", "the 4th or 5th": a second day beside a date
const PO_OTHER_DAY = /^,?\s(?:not|or|and|instead of|rather than|then|to)\s(?:the\s)?((?:[12]?\d|3[01])(?:st|nd|rd|th))(?![\w/])/;
// "around 98", "very old, about 96": an age over 89 after a word of estimate
const PO_ABOUT_AGE = /\b(?:around|about|nearly|almost|approximately|approx\.?|roughly|over|aged|maybe|probably)\s(9\d|1[0-2]\d)(?=\s?(?:[,;!?)]|\.(?!\d)|$)|\s(?:years?|yrs?|yo|now|and|but|this|next|soon|already|today|i think|we think)\b)/gi;
const PO_AGE_PERSON = /\b(?:old|age|aged|years|yrs|he|she|him|her|father|mother|dad|mum|mom|grand\w*|nan|nana|gran|granny|aunt|uncle|husband|wife)\b/i;
const PO_AGE_CLINICAL = /\b(?:temp\w*|fever|sats?|spo2|o2|oxygen|pulse|hr|heart rate|bp|pressure|weigh\w*|sugar|glucose|bgl|score|percent|level|reading|pounds|kg|lbs?|degrees|f|c)\b\W{0,3}(?:\w+\W{1,2}){0,3}$/i;
// hospitals' acronyms after "from" or "at" ("discharged from LUTH"), a possession's word before a service ("her Plunket nurse")
const PO_SERVICE_AFTER = /^\s(?:nurse|nurses|clinic|team|service|services|programme|program|scheme|card|app|worker|visitor|midwife|coordinator|group)\b/;
const PO_VERB_OPENERS = /^(?:Hope|Wish|Pray|Trust|Bless|Thank)$/;
const PO_DISEASE_PARTS = new Set(["sjögren", "sjogren", "osgood", "schlatter", "osgood-schlatter", "ménière", "meniere", "behçet", "behcet", "ehlers", "danlos", "ehlers-danlos", "legg", "perthes", "sever", "kienbock", "kienböck", "dupuytren", "peyronie", "bartholin", "tietze", "kaposi", "stevens-johnson", "wegener", "takayasu", "whipple", "hirschsprung", "willebrand", "klinefelter", "turner", "charcot", "bell", "baker", "henoch", "schönlein", "schonlein", "guillain-barré", "guillain-barre", "barré", "barre", "wolff-parkinson-white", "brugada", "gilbert", "hashimoto", "graves", "crohn", "addison", "cushing", "raynaud", "tourette", "asperger", "marfan", "paget", "kawasaki", "alzheimer", "parkinson", "lyme"]);
// Korean and Chinese surnames written before a hyphenated given name ("Park Ji-hoon", "Lee Soon-ja", "Wong Mei-ling")
const PO_ASIAN_SURNAMES = new Set(["kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "yoon", "yun", "jang", "lim", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "song", "yoo", "hong", "jeon", "ko", "moon", "yang", "son", "bae", "baek", "heo", "nam", "noh", "ha", "kwak", "sung", "cha", "joo", "woo", "min", "ryu", "jin", "wong", "chan", "chen", "lin", "liu", "wang", "zhang", "li", "huang", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "luo", "cheung", "leung", "lau", "ng", "tan", "lim", "goh", "teo", "ong"]);
// "took her to mercy in cork": the town of the hospital someone was taken to
const PO_TAKEN_TO_TOWN = /\b(?:took|taken|brought|rushed|transferred|admitted)\s(?:(?:him|her|me|them|us|mum|mom|dad)\s)?(?:to|into)\s(?:the\s)?\p{L}[\p{L}'’-]{1,20}(?:\s\p{L}[\p{L}'’-]{1,20})?\sin\s(\p{Ll}[\p{Ll}'’-]{2,20})(?![\p{L}'’-])/gu;
const PO_ENDS_NUMBER = /(?:nummer|number|numéro|numero|nr)$/i;
const PO_ADDRESS_NOT = /\s(?:and|or|can['’]?t|cannot|don['’]?t|won['’]?t|didn['’]?t|not|to|is|was|i|we|he|she|my|his|her|the|a|in|on|at)\s/i;
const PO_MONTH_SERVICE = /\b(?:open|opens|opened|closed|closes|closing|shut|shuts|available|running|run|hours|holidays?)\s(?:in|during|over|for)\s$/i;
const PO_TAKEN_TO = /\b(?:took|taken|take|brought|bring|rushed|admitted|transferred|went|go|going|sent)\s(?:\p{L}+\s)?(?:to|at|into)\s$/iu;

const ONE_LETTER = /\p{L}/u;
const ONE_CAPITAL = /\p{Lu}/u;
/**
 * UTF-16 units of the letters of `text` and of its capital letters (the lengths of `text` without its
 * non-letters, and of that without its non-capitals), counted without building either string.
 */
function letterCounts(text: string): [letters: number, capitals: number] {
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 97 && c <= 122) letters++;
      else if (c >= 65 && c <= 90) {
        letters++;
        capitals++;
      }
      continue;
    }
    const cp = text.codePointAt(i)!;
    const units = cp > 0xffff ? 2 : 1;
    const ch = String.fromCodePoint(cp);
    if (ONE_LETTER.test(ch)) {
      letters += units;
      if (ONE_CAPITAL.test(ch)) capitals += units;
    }
    i += units - 1;
  }
  return [letters, capitals];
}

function phiOCues(text: string, hits: PhiHit[]): PhiHit[] {
  const out: PhiHit[] = hits.slice();
  const dropped = new Set<PhiHit>();
  const lapping = (start: number, end: number): PhiHit[] => out.filter((h) => !dropped.has(h) && h.start < end && start < h.end);
  /** Put a hit of this type over the span; hits of the types in `over` inside or across it give way, any other blocks it. */
  const put = (type: PhiType, start: number, end: number, over: readonly PhiType[] = ["NAME", "CITY"]): PhiHit | undefined => {
    const lap = lapping(start, end);
    if (lap.some((h) => h.type !== type && !over.includes(h.type))) return undefined;
    // already held as this type: another type's hit on the same words gives way
    if (lap.some((h) => h.type === type && h.start <= start && h.end >= end)) {
      for (const h of lap) if (h.type !== type && h.start >= start && h.end <= end) dropped.add(h);
      return undefined;
    }
    for (const h of lap) {
      if (h.type === type) {
        start = Math.min(start, h.start);
        end = Math.max(end, h.end);
      }
      dropped.add(h);
    }
    const hit = { type, start, end };
    out.push(hit);
    return hit;
  };
  const each = (re: RegExp, fn: (v: string, start: number) => void): void => {
    re.lastIndex = 0;
    for (let m; (m = re.exec(text)); ) {
      const v = m[1]!;
      fn(v, m.index + m[0].lastIndexOf(v));
    }
  };
  const low = (w: string): string => w.toLowerCase();
  const notPerson = (l: string): boolean =>
    NOT_NAMES.has(l) || TITLES.has(l) || RELATIONS.has(l) || KINSHIP_ALONE.has(l) || DRUG_WORDS.has(l) || PN_MONTH_WORD.test(l) || TIME_WORDS.has(l) || EPONYM_SURNAMES.has(l) || PO_DISEASE_PARTS.has(l);
  const givenLower = (w: string): boolean => {
    const l = low(w);
    const level = englishWordLevel(l);
    return isGivenName(l) !== undefined && !isCommonWord(l) && !notPerson(l) && (level === undefined || level >= 60);
  };
  const found: PhiHit[] = [];
  const addName = (start: number, end: number): void => {
    // a name these cues found (or one found already on the same words) is looked for again later in the text
    const h = put("NAME", start, end) ?? lapping(start, end).find((o) => o.type === "NAME" && o.start <= start && o.end >= end);
    if (h) found.push(h);
  };
  // -- names --
  if (/\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Dra)\b/.test(text))
    each(PO_TITLE_NAME, (v, s) => {
      const l = low(v);
      if (!isEnglishWord(l) && !notPerson(l) && !PO_NOT_TITLED.has(l) && !/['’]s$/.test(v) && pnTown(v, 1_000_000) === false) addName(s, s + v.length);
    });
  if (/\b(?:this is|it['’]?s|my name is|i am|i['’]?m)\s/i.test(text))
    each(PO_INTRO_LOWER, (v, s) => {
      const [a, b] = v.split(/\s/) as [string, string];
      const level = englishWordLevel(low(a));
      const first = isGivenName(low(a)) !== undefined || (isSurname(low(b)) && level !== undefined && level >= 60);
      if (first && (isSurname(low(b)) || (!isEnglishWord(low(b)) && !isCommonWord(low(b)))) && !notPerson(low(a)) && !notPerson(low(b))) addName(s, s + v.length);
    });
  each(PO_CONTACT, (v, s) => {
    if (givenLower(v)) addName(s, s + v.length);
  });
  each(PO_KIN_LOWER, (v, s) => {
    if (givenLower(v)) addName(s, s + v.length);
  });
  if (/\sis\s/.test(text))
    each(PO_KIN_IS, (v, s) => {
      const l = low(v);
      if (!notPerson(l) && (!isEnglishWord(l) || isGivenName(l) === "strong")) addName(s, s + v.length);
    });
  if (/[:–—-]/.test(text))
    each(PO_ROLE_LABEL, (v, s) => {
      const parts = v.split(/\s/);
      // the words that may be a name, up to the first that is not
      let n = 0;
      // (words that may be a name: a given name or surname, or no English word: "Patient: Diabetic Male" is none)
      const nameLike = (w: string): boolean => {
        const l = low(w);
        return !notPerson(l) && (isGivenName(l) !== undefined || isSurname(l) || (!isEnglishWord(l) && !isCommonWord(l)));
      };
      while (n < parts.length && nameLike(parts[n]!)) n++;
      if (n === 0) return;
      const span = parts.slice(0, n).join(" ");
      if (n === 1 && isEnglishWord(low(span))) return;
      put("NAME", s, s + span.length, ["NAME", "CITY"]);
    });
  if (/\b(?:user|login|logged in as|signed in as)\b/i.test(text))
    each(PO_USER, (v, s) => {
      if (!isEnglishWord(v) && !isCommonWord(v) && !/^(?:name|id|admin|guest|account|password|login)$/.test(v)) addName(s, s + v.length);
    });
  // a text mostly in capitals: a name after a title in capitals, and no other single capital word is a name
  const [letters, capitals] = letterCounts(text);
  const caps = letters >= 20 && capitals >= letters * 0.8;
  if (caps) {
    each(PO_CAPS_TITLE, (v, s) => {
      if (v.split(/\s/).every((w) => !isEnglishWord(low(w)) || isGivenName(low(w)) !== undefined || isSurname(low(w)) || NAME_PARTICLES.has(low(w)))) put("NAME", s, s + v.length);
    });
  }
  // names grown by a word before them: "Ali bin Hamad", "Park Ji-hoon", "daughter May Lin Chua"
  for (const h of out.slice()) {
    if (h.type !== "NAME" || dropped.has(h)) continue;
    const before = text.slice(Math.max(0, h.start - 30), h.start);
    const bin = PO_BIN_BEFORE.exec(before);
    if (bin) {
      put("NAME", h.start - bin[0].length, h.end);
      continue;
    }
    const v = text.slice(h.start, h.end);
    const sur = PO_SURNAME_BEFORE.exec(before);
    if (sur && /^\p{Lu}\p{Ll}+-\p{Ll}+/u.test(v) && (isSurname(low(sur[1]!)) || PO_ASIAN_SURNAMES.has(low(sur[1]!))) && !notPerson(low(sur[1]!))) {
      put("NAME", h.start - sur[0].length + sur[0].indexOf(sur[1]!), h.end);
      continue;
    }
    const month = /(?:^|\s)(?:my|our|his|her|daughter|son|baby|child|granddaughter|grandson|niece|nephew)\s(May|June|April|August)\s$/.exec(before);
    if (month) put("NAME", h.start - month[1]!.length - 1, h.end);
  }
  // every later mention of a name found here ("my sister jess, ... jess helps me")
  for (const h of out.slice()) {
    if (dropped.has(h) || h.type !== "NAME") continue;
    const v = text.slice(h.start, h.end);
    if (v.length < 3 || /\s/.test(v) || !/^\p{Ll}+$/u.test(v) || !found.includes(h)) continue;
    for (let at = text.indexOf(v, h.end); at >= 0; at = text.indexOf(v, at + v.length)) {
      if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? "") && !/[\p{L}\p{N}@]/u.test(text[at + v.length] ?? "")) put("NAME", at, at + v.length);
    }
  }
  // -- places --
  if (/\bfrom\s/.test(text))
    each(PO_HERE_FROM, (v, s) => {
      const l = low(v);
      if (!TITLES.has(l) && !NOT_NAMES.has(l) && !isEnglishWord(l) && COUNTRY_WORDS[l] === undefined && !STATE_NAME_SET.has(l)) put("CITY", s, s + v.length);
    });
  if (/\s(?:BC|AB|ON|QC|NS|NB|MB|SK|PE|PEI|NL|YT|NT|NU)\b/.test(text) && !caps)
    each(PO_PROVINCE, (v, s) => {
      const l = low(v);
      // "Surrey BC": a name that is also a county elsewhere is a town before a province's code
      if ((placePopulation(l) ?? 0) >= 5_000 && !STATE_NAME_SET.has(l) && COUNTRY_WORDS[l] === undefined && !NOT_NAMES.has(l) && isGivenName(l) === undefined && (!isEnglishWord(l) || (placePopulation(l) ?? 0) >= 100_000)) put("CITY", s, s + v.length);
    });
  if (/\s(?:through|via|over|in|at)\s\p{Lu}/u.test(text))
    each(PO_TRANSIT, (v, s) => {
      if (pnTown(v, 20_000) && !isEnglishWord(low(v)) && !CHAINS.has(low(v))) put("CITY", s, s + v.length);
    });
  if (/\b(?:took|taken|brought|rushed|transferred|admitted)\s/.test(text))
    each(PO_TAKEN_TO_TOWN, (v, s) => {
      const l = low(v);
      if (!isCommonWord(l) && !TIME_WORDS.has(l) && !NOT_NAMES.has(l) && (placePopulation(l) ?? 0) >= 50_000 && COUNTRY_WORDS[l] === undefined) put("CITY", s, s + v.length);
    });
  if (/\s(?:office|branch|location|site|campus)\b/.test(text))
    each(PO_TOWN_OFFICE, (v, s) => {
      const l = low(v);
      if (pnTown(v, 10_000) && !isEnglishWord(l) && isGivenName(l) === undefined && !isSurname(l) && !FAMOUS_INSTITUTIONS.has(l)) put("CITY", s, s + v.length);
    });
  for (const h of out.slice()) {
    if (dropped.has(h)) continue;
    if (h.type === "CITY" && text.startsWith(" City", h.end) && !/^[\p{L}]/u.test(text.slice(h.end + 5, h.end + 6))) put("CITY", h.start, h.end + 5);
    if (h.type !== "ADDRESS") continue;
    const v = text.slice(h.start, h.end);
    // "91 and can't drive": words of a sentence are no street
    if (PO_ADDRESS_NOT.test(` ${v.replace(/^\d+[A-Za-z]?\s/, "")} `.replace(/\s\S+$/, " ")) && /^\d/.test(v)) {
      dropped.add(h);
      continue;
    }
    // "27 Rue Paul Bert, 69003": the postcode at the end of an address is its own identifier
    const zip = /,\s(\d{4,5})$/.exec(v);
    if (zip) {
      dropped.add(h);
      const a = { type: "ADDRESS" as PhiType, start: h.start, end: h.end - zip[0].length };
      const z = { type: "ZIP" as PhiType, start: h.end - zip[1]!.length, end: h.end };
      out.push(a, z);
      continue;
    }
    const brgy = PO_BARANGAY.exec(text.slice(h.end, h.end + 50));
    if (brgy) {
      const end = h.end + brgy[0].length;
      for (const o of lapping(h.end, end)) if (o.type === "NAME" || o.type === "CITY") dropped.add(o);
      dropped.add(h);
      out.push({ type: "ADDRESS", start: h.start, end });
      const code = /^,\s(\d{4})(?![\w-])/.exec(text.slice(end, end + 8));
      if (code) put("ZIP", end + code[0].length - 4, end + code[0].length, []);
    }
  }
  if (/\d{5}\s\p{Lu}/u.test(text))
    each(PO_ZIP_TOWN, (v, s) => {
      const m = /\s(\p{Lu}[\p{L}\p{M}'’-]{2,30})$/u.exec(text.slice(s, s + v.length + 40).match(/^\d{5}\s\p{Lu}[\p{L}\p{M}'’-]{2,30}/u)?.[0] ?? "");
      if (!m) return;
      const town = m[1]!;
      const l = low(town);
      if (isEnglishWord(l) || PN_MONTH_WORD.test(l) || TIME_WORDS.has(l) || NOT_NAMES.has(l)) return;
      put("ZIP", s, s + 5, ["ADDRESS", "NAME", "CITY"]);
      const ts = s + 6;
      put("CITY", ts, ts + town.length, ["NAME", "CITY", "ADDRESS"]);
    });
  // -- dates and ages --
  for (const h of out.slice()) {
    if (dropped.has(h) || h.type !== "DATE") continue;
    const wd = PO_WEEKDAY_BEFORE.exec(text.slice(Math.max(0, h.start - 12), h.start));
    // "Thursday 14 November": a weekday written before a day and a month's name belongs to the date ("Friday 3/21" stays as it was)
    if (wd && /^\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?\p{L}/iu.test(text.slice(h.start, h.end))) put("DATE", h.start - wd[0].length, h.end, []);
    const other = PO_OTHER_DAY.exec(text.slice(h.end, h.end + 24));
    if (other) {
      const s = h.end + other[0].length - other[1]!.length;
      put("DATE", s, s + other[1]!.length, []);
    }
  }
  if (/\b(?:9\d|1[0-2]\d)\b/.test(text))
    each(PO_ABOUT_AGE, (v, s) => {
      const before = text.slice(Math.max(0, s - 50), s);
      if (PO_AGE_PERSON.test(before) && !PO_AGE_CLINICAL.test(text.slice(Math.max(0, s - 30), s).replace(/\s(?:around|about|nearly|almost|approximately|approx\.?|roughly|over|aged|maybe|probably)\s$/i, " "))) put("AGE", s, s + v.length, []);
    });
  // -- not identifiers --
  const res: PhiHit[] = [];
  for (const h of out) {
    if (dropped.has(h)) continue;
    const v = text.slice(h.start, h.end);
    const l = low(v);
    const next = text.slice(h.end, h.end + 20);
    if (h.type === "NAME") {
      // "Sjögren's dry eyes", "daughter has Osgood-Schlatter": a disease named for its describer
      const titled = /\b(?:Dr|Mr|Mrs|Ms|Prof)\.?\s$/.test(text.slice(Math.max(0, h.start - 6), h.start));
      // (a surname of someone named stays: "it's Lily Parkinson", "my surname is Parkinson and")
      const disease = /^(?:['’]s?\b|s\b|\s(?:disease|syndrome|sign|palsy|phenomenon|cyst|disorder)\b)/i.test(next) || /\b(?:has|have|had|with|of|for|from|got)\s$/i.test(text.slice(Math.max(0, h.start - 8), h.start)) || h.start === 0;
      if ((!titled && PO_DISEASE_PARTS.has(l) && disease) || (v.includes("-") && l.split("-").every((p) => PO_DISEASE_PARTS.has(p) || EPONYM_SURNAMES.has(p)))) continue;
      if (PO_ENDS_NUMBER.test(v) && !/\s/.test(v)) continue;
      // "Merlin@home": a product's name before "@"
      if (text[h.end] === "@") continue;
      // "Hope this makes sense": a verb opening the message
      // (not where the same word names someone later: "Hope you can help. My daughter Hope is 14 months")
      if (PO_VERB_OPENERS.test(v) && text.indexOf(v, h.end) < 0 && (h.start === 0 || /[.!?]\s*$/.test(text.slice(0, h.start))) && /^\s(?:this|that|it|you|so|all|everything|things|i|we)\b/i.test(next)) continue;
      // "her Plunket nurse": a word between a possessive and a service
      if (!/\s/.test(v) && /\b(?:my|her|his|our|their|your|the)\s$/i.test(text.slice(Math.max(0, h.start - 8), h.start)) && PO_SERVICE_AFTER.test(next)) continue;
      // "discharged from LUTH": a hospital's acronym in a text not written in capitals
      if (!caps && /^\p{Lu}{3,6}$/u.test(v) && /\b(?:from|at|to|in)\s$/.test(text.slice(Math.max(0, h.start - 6), h.start))) continue;
      // "took him to Groote Schuur in Cape Town": a place someone was taken to, in a town
      if (PO_TAKEN_TO.test(text.slice(Math.max(0, h.start - 30), h.start)) && /^\s(?:in|at)\s\p{Lu}/u.test(next)) continue;
      // a single word in a text written in capitals is no name unless a title stands before it
      if (caps && !/\s/.test(v) && !out.some((o) => o !== h && !dropped.has(o) && o.type === "NAME" && o.start <= h.start && o.end >= h.end && o.end - o.start > v.length) &&
        !/\b(?:MR|MRS|MS|DR|SR|SRA)\.?\s$/.test(text.slice(Math.max(0, h.start - 6), h.start)) && (isEnglishWord(l) || isCommonWord(l) || !isGivenName(l))) continue;
    }
    if (h.type === "CITY") {
      if (PM_NOT_NAME.test(v)) continue;
      if (/^(?:St\.?|Saint)\s/.test(v) && /\b(?:admitted|taken|rushed|transferred|brought)\s(?:to|into)\s$/.test(text.slice(Math.max(0, h.start - 20), h.start))) continue;
    }
    if (h.type === "DATE" && PN_MONTH_WORD.test(v) && PO_MONTH_SERVICE.test(text.slice(Math.max(0, h.start - 24), h.start))) continue;
    res.push(h);
  }
  return res;
}
// ---- end of phi-o ----

// ---- phi-r: identifiers of other countries by their name and shape, names with particles, in lower case and in
// Vietnamese order, places named after a postcode, a living-place label or in Vietnamese, street addresses written
// street-word first, and ordinal days after a scheduling word ----
// the gap between a label and its value: "no.", "nº", "number", "card", ":", "is", "de"
// ("Aadhaar card no. is", "numéro de sécurité sociale est le"), or a few words and "is" ("NIR for my mum is")
const R_GAP =
  "(?:[^\\n.;:\\d]{1,40}?\\s(?:is|was|es|est|ist)\\s|(?:\\s?(?:#|[Nn]o\\.?|[Nn][º°]|[Nn]r\\.?|[Nn]umber|[Nn]um|[Nn]umero|[Nn]úmero|[Cc]ard|ID)){0,2}(?:\\s?[:#=]\\s?|\\s)(?:(?:is|was|es|est|ist|é|è)\\s(?:the\\s|le\\s|el\\s)?)?)";
// a number of an identity or insurance scheme: groups of digits (one separator between groups), a letter prefix or
// suffix, a check character in brackets; or letters and digits run together ("HEAJ790101HJCRRN09", "ABCDE1234F")
const R_ID_VALUE =
  "((?:[A-Z]{1,4}[ -]?)?\\d{1,18}(?:[ .\\-/]\\d{1,10}){0,6}(?:[ -]?[A-Z]{1,2}\\d?)?(?:\\s?\\([\\dA-Z]\\))?|[A-Z]{3,6}\\d[A-Z\\d]{3,14})(?![\\p{L}\\d&-])";
// national identity numbers by the name people write them under
const R_SSN_LABELS =
  "[Ss][ée]curit[ée] [Ss]ociale|[Ss][ée]cu|NIR|INSEE|[Cc]arte [Vv]itale|RRN|[Rr]esident [Rr]egistration(?: [Nn]umber)?|주민등록번호|주민번호|MyKad|MyKid|MyPR|I\\/C|IC(?= ?(?:[Nn]o|[Nn]umber|#|:))|[Kk]ad [Pp]engenalan|PAN(?: [Cc]ard)?|RFC|NSS|NUSS|[Ss]eguridad [Ss]ocial|[Ss]egurança [Ss]ocial|[Ss]icurezza [Ss]ociale|NISS|[Cc]odice [Ff]iscale|CNP|EGN|JMBG|OIB|[Rr]odn[ée] [čc][íi]slo|CPR|[Ff][øo]dselsnummer|[Hh]enkil[öo]tunnus|HETU|[Kk]ennitala|[Bb]urgerservicenummer|[Rr]ijksregisternummer|[Nn]ational [Rr]egist(?:er|ry|ration) [Nn]umber|AHV|AVS|[Ss]ozialversicherungsnummer|SV-?Nummer|SVNR|[Rr]entenversicherungsnummer|[Ss]teuer-?ID|[Ss]teueridentifikationsnummer|[Tt]eudat [Zz]ehut|[Ii]qama|NIK|KTP|[Tt]hai ID|CCCD|CMND|[Cc]ăn cước|[Cc]an cuoc|PhilSys|UMID|NIC|NID|[Mm]y ?[Nn]umber|マイナンバー|個人番号|身份证号?|身分證|[Rr]esident (?:ID|[Ii]dentity)(?: [Cc]ard)?|[Nn]ational (?:[Ii]dentity|[Ii]dentification|ID)(?: [Cc]ard)?|[Ii]dentity [Cc]ard|[Ii]dentity [Nn]umber|ID[ -][Cc]ard|[Cc]itizen(?:ship)? (?:ID|[Nn]umber|[Cc]ard)|[Cc]ivil (?:ID|[Rr]egistration)|NAS|[Aa]ssurance [Ss]ociale|CNI|[Cc]arte d['’][Ii]dentit[ée]|[Dd]ocumento (?:[Nn]acional )?de [Ii]dentidad|C[ée]dula(?: de [Ii]dentidad)?|CUIL|CUIT|RUN|SA ID|[Pp]ersonal (?:ID|[Ii]dentity) [Nn]umber|[Pp]ersonnummer|[Pp]ersonal [Nn]umber|DNI|NIE|NRIC|PESEL|Aadhaa?r|SIN|NINO|[Nn]ational [Ii]nsurance|Ghana Card|CURP|CPF|BSN|NIN|CNIC|Emirates ID|HKID|AMKA|TC Kimlik|NIF|RUT|SSS|TFN|IRD|PPSN?|SSN|[Ss]ocial [Ss]ecurity|[Ss]ocial [Ii]nsurance";
// record numbers of national health services and hospitals abroad
const R_MRN_LABELS =
  "NHS|CHI|IHI|H&C|H\\+C|HSC|NHI|[Hh]ealth (?:and|&) [Cc]are|[Hh]ospital [Rr]eg(?:istration)?|[Uu]nit (?:[Nn]o\\.?|[Nn]umber)|URN|UR (?:[Nn]o\\.?|[Nn]umber)|[Dd]ossier|[Hh]istoria(?: [Cc]l[ií]nica)?|NHC|[Ee]xpediente|[Pp]atientennummer|[Ff]allnummer|[Pp]rontu[áa]rio|[Cc]artella(?: [Cc]linica)?";
// health insurance: provincial and national cards (a Canadian health card, RAMQ or PHN is the plan's number, as the
// phi-o, phi-p and phi-r writers label it; phi-m alone calls it a record), funds, insurers and policies
const R_PLAN_LABELS =
  "[Hh]ealth [Cc]ard|[Hh]ealth [Ii]nsurance(?: [Cc]ard)?|[Cc]arte (?:[Ss]ant[ée]|[Ss]oleil|d['’][Aa]ssurance[ -][Mm]aladie)|OHIP|RAMQ|PHN|[Pp]ersonal [Hh]ealth [Nn]umber|AHCIP|ULI|MSP|Medicare|Medibank|Bupa|BUPA|HCF|nib|NIB|Vhi|VHI|Laya|[Ii]rish [Ll]ife(?: [Hh]ealth)?|GMS|[Mm]edical [Cc]ard|EHIC|GHIC|[Kk]rankenkasse|[Kk]rankenversicherung|KVNR|eGK|[Vv]ersicherungsnummer|[Vv]ersichertennummer|[Tt]arjeta [Ss]anitaria|CIP|[Cc]art[ãa]o (?:SUS|[Nn]acional de [Ss]a[úu]de)|CNS|SUS|PhilHealth|ABHA|Ayushman(?: Bharat)?|NHIF|SHIF|NHIS|[Mm]utuelle|[Pp]olisnummer|[Zz]orgverzekering|[Tt]essera [Ss]anitaria|ESIC|CGHS|PMJAY|[Mm]edical [Aa]id|DVA|[Hh]ealth [Ss]ervices [Nn]umber|[Vv]ersichertenkarte|e-card|[Pp]olicy|[Pp]olicy [Hh]older|[Mm]ember(?:ship)?(?= ?(?:[Nn]o|[Nn]umber|ID|#|:))|[Ii]nsurance(?= ?(?:[Nn]o|[Nn]umber|ID|#|:|[Pp]olicy))|[Ii]nsurance [Pp]olicy|[Pp]lan(?= ?(?:ID|[Nn]umber|#))";
// registers of clinicians: their name belongs to the licence number written after it
const R_REGISTERS =
  "GMC|IMC|NMC|NMBI|AHPRA|MCNZ|CPSO|CPSBC|CPSA|CPSNS|CMQ|MCI|NMC|HCPC|GPhC|PSI|GDC|BIG|RPPS|ADELI|LANR|CRM|COREN|CMP|MDCN|BMDC|PMDC|HPCSA|KMPDC|SLMC|PWZ|NPI|DEA";
const R_PATTERNS: CuePattern[] = [
  {
    type: "SSN",
    gate: new RegExp(R_SSN_LABELS.replace(/\(\?=[^)]*\)\)/g, "")),
    re: new RegExp(`(?<![\\p{L}\\d])(?:${R_SSN_LABELS})${R_GAP}${R_ID_VALUE}`, "gu"),
    over: ["NAME", "CITY", "PHONE", "ZIP", "DATE", "ACCOUNT", "FAX", "AGE", "SSN", "MRN"],
    check: (v, start, text) => {
      const d = digitsIn(v);
      // "hospital ID card", "member ID number": a record or plan, not a national identity
      if (/(?:hospital|hosp|patient|medical|clinic|member|insurance|health|staff|employee|student|library)\s(?:\S+\s){0,2}$/i.test(text.slice(Math.max(0, start - 40), start))) return false;
      // "PAN ABCDE1234F": letters and digits run together need fewer digits
      return (d >= 7 || (/[A-Z]{3}/.test(v) && v.length >= 8 && d >= 4)) && d <= 20 && !/^(?:19|20)\d\d$/.test(v);
    }
  },
  {
    type: "MRN",
    gate: /NHS|CHI|IHI|H&C|H\+C|HSC|NHI|[Hh]ealth (?:and|&) [Cc]are|[Hh]ospital [Rr]eg|[Uu]nit|UR|[Dd]ossier|[Hh]istoria|NHC|[Ee]xpediente|[Pp]atientennummer|[Ff]allnummer|[Pp]rontu|[Cc]artella/,
    re: new RegExp(`(?<![\\p{L}\\d])(?:${R_MRN_LABELS})${R_GAP}${R_ID_VALUE}`, "gu"),
    over: ["NAME", "CITY", "PHONE", "ZIP", "DATE", "ACCOUNT", "FAX", "AGE"],
    check: (v) => {
      const d = digitsIn(v);
      return d >= 6 && d <= 16;
    }
  },
  {
    type: "HEALTH_PLAN",
    gate: /[Hh]ealth|[Cc]arte|OHIP|RAMQ|PHN|[Pp]olisnummer|[Zz]orgverzekering|[Tt]essera|ESIC|CGHS|PMJAY|[Mm]edical [Aa]id|DVA|e-card|AHCIP|ULI|MSP|Medicare|Medibank|Bupa|BUPA|HCF|nib|NIB|Vhi|VHI|Laya|[Ii]rish|GMS|[Mm]edical [Cc]ard|EHIC|GHIC|[Kk]ranken|KVNR|eGK|[Vv]ersich|[Tt]arjeta|CIP|[Cc]art[ãa]o|CNS|SUS|PhilHealth|ABHA|Ayushman|NHIF|SHIF|NHIS|[Mm]utuelle|[Pp]olicy|[Mm]ember|[Ii]nsurance|[Pp]lan/,
    re: new RegExp(
      `(?<![\\p{L}\\d])(?:${R_PLAN_LABELS})${R_GAP}((?:[A-Za-z]{2,12}-)?(?:[A-Z]{1,4}[ -]?)?\\d{1,18}(?:[ .\\-/]\\d{1,10}){0,6}(?:[ -]?[A-Z]{1,2}\\d?)?|[A-Z]{3,6}\\d[A-Z\\d]{3,14})(?![\\p{L}\\d&-])`,
      "gu"
    ),
    over: ["NAME", "CITY", "PHONE", "ZIP", "DATE", "MRN", "FAX", "AGE"],
    check: (v) => digitsIn(v) >= 6 && digitsIn(v) <= 20
  },
  {
    type: "LICENSE",
    gate: new RegExp(R_REGISTERS + "|[Cc]olegiad|[Cc][ée]dula [Pp]rofesional|[Aa]pprobation|[Dd]riv(?:er['’]?s|ing) [Ll]icen[cs]e"),
    re: new RegExp(`(?<![\\p{L}\\d])(?:${R_REGISTERS}|[Dd]riv(?:er['’]?s|ing) [Ll]icen[cs]e(?: on file)?|[Nn][º°.]? ?[Cc]olegiad[oa]|[Cc]olegiad[oa](?: [Nn][º°.]?)?|[Cc][ée]dula [Pp]rofesional|[Aa]pprobation)${R_GAP}([A-Z]{0,4}\\d[\\dA-Z-]{3,20})(?![\\p{L}\\d-])`, "gu"),
    over: ["NAME", "CITY", "PHONE", "ZIP", "DATE", "ACCOUNT", "MRN"],
    check: (v) => digitsIn(v) >= 4 && !/^(?:19|20)\d\d$/.test(v)
  },
  // shapes no other number takes, without a label: CURP, codice fiscale, Korean RRN, Malaysian IC, French NIR,
  // CPF, RUT, Belgian national number, Swiss AHV, Emirates ID, Pakistani CNIC, HKID with its check in brackets
  {
    type: "SSN",
    gate: /[A-Z]{4}\d{6}|[A-Z]{6}\d\d|\d{6}-\d|\d \d\d \d\d|\d\.\d{3}\.\d{3}-|\d\d\.\d\d\.\d\d-|756\.\d{4}|784-\d{4}|\d{5}-\d{7}-|\d{6}\([\dA]\)/,
    re: /(?<![\p{L}\d.-])([A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z\d]\d|[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]|\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-[1-8]\d{6}|\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-\d{2}-\d{4}|[12] \d{2} (?:0[1-9]|1[0-2]|[2-9]\d) (?:\d{2}|2[AB]) \d{3} \d{3}(?: \d{2})?|\d{3}\.\d{3}\.\d{3}-\d{2}|\d{1,2}\.\d{3}\.\d{3}-[\dkK]|\d{2}\.(?:0\d|1[0-2])\.\d{2}-\d{3}\.\d{2}|756\.\d{4}\.\d{4}\.\d{2}|784-\d{4}-\d{7}-\d|\d{5}-\d{7}-\d|[A-Z]{1,2}\d{6}\([\dA]\))(?![\p{L}\d-]|[.,]\d)/gu,
    over: ["NAME", "CITY", "PHONE", "ZIP", "DATE", "ACCOUNT", "FAX", "AGE", "MRN"]
  }
];
// a Vietnamese family name before the given names ("Dang Thi Hoa", "Le Minh Chau", "Nguyễn Văn An")
const R_VI_SURNAMES = new Set(["nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly", "trinh", "dinh", "truong", "lam", "mai", "cao", "luong", "doan", "quach", "ton", "thai", "kieu", "chu", "luu", "ta", "ha", "vuong", "tang", "la", "dao", "ninh", "trieu"]);
// the middle and given names that follow one (so "Le" and "Do" count only before these)
const R_VI_GIVEN = /^(?:thi|van|minh|duc|ngoc|hong|quoc|thanh|xuan|kim|anh|hai|huu|cong|gia|bao|nhat|tuan|hoang|phuong|thu|lan|mai|hoa|linh|trung|quang|dinh|tien|thuy|my|nam|long|khanh|hung|dung|huong|trang|vinh|son|phuc|thao|chau|tam|an|binh)$/;
const R_PARTICLE = /^(?:van|von|der|den|de|del|della|di|da|du|la|le|dos|das|al|el|bin|binti|bint|ibn|ter|ten|ó|ní|nic|mac|mc|st|abu|ben|ap|y)$/;
// a label of a record line before a name: "referral: ...", "pt: ...", "NOK - ..."
const R_LOWER_LABELLED =
  /(?:^|\n|[.;|]\s)(?:referral|referred|ref|re|pt|patient|name|nok|next of kin|attn|client|resident|from|to|cc)\s?[:\-–—]\s?((?:\p{Ll}[\p{Ll}\p{M}'’]{0,25}(?:-\p{Ll}[\p{Ll}\p{M}'’]{0,20})?\s){0,3}\p{Ll}[\p{Ll}\p{M}'’]{1,25}(?:-\p{Ll}[\p{Ll}\p{M}'’]{0,20})?)(?=\s?,\s?(?:nhs|chi|mrn|dob|d\.o\.b|hosp|nhi|ur|age|aged|born|\d|\+\d|\(\d)|\s\(\d|\s\d{1,3}\s?(?:y|yo|yrs?|m|f)\b)/gu;
// a message or call from someone written in lower case: "txt from minji:", "missed call from tunde -"
const R_LOWER_SENDER = /\b(?:txt|text|msg|message|sms|whatsapp|wa|email|e-mail|note|voicemail|vm|call|voice note|reply|dm)\sfrom\s(\p{Ll}[\p{Ll}\p{M}'’-]{1,20})(?=\s?[:\-–—(]|\s\+?\d|,)/gu;
// labels of a living place in other languages: "Wohnort Köln", "ville: Lyon", "localidad Sevilla"
const R_PLACE_LABEL =
  /(?<![\p{L}])(?:Wohnort|Wohnhaft in|Wohnsitz|Heimatort|Geburtsort|Stadt|Ort|Ville|Domicile|Ciudad|Localidad|Municipio|Residencia|Cidade|Città|Comune|Woonplaats|Plaats|Miasto|Miejscowość|Town|City|Suburb|Locality)\s?:?\s(\p{Lu}[\p{L}\p{M}'’.-]{1,30}(?:[ -](?:am|an|im|in|der|de|del|la|sur|upon|on)?[ -]?\p{Lu}[\p{L}\p{M}'’.-]{1,30}){0,2})(?![\p{L}])/gu;
// a Vietnamese district or ward: "Quận 3", "Phường 12", "Quận Bình Thạnh"
const R_VI_DISTRICT = /(?<![\p{L}])((?:Quận|Phường|Huyện|Thị xã|Thành phố|TP\.?)\s(?:\d{1,2}|\p{Lu}[\p{L}\p{M}]{1,12}(?:\s\p{Lu}[\p{L}\p{M}]{1,12}){0,2}))(?![\p{L}\d])/gu;
// a listed town of two or three words after a comma: "..., Hà Nội.", "..., Petaling Jaya"
const R_COMMA_PLACE = /,\s(\p{Lu}[\p{L}\p{M}'’-]{1,20}(?:\s\p{Lu}[\p{L}\p{M}'’-]{1,20}){1,2})(?=\s?[.,;)]|\s?$)/gu;
// a UK or Canadian postcode followed by its area in brackets or after a comma: "SW9 8JX (Brixton)"
const R_POSTCODE_AREA =
  /(?<![\p{L}\d])(?:[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)(?:\s\(|,\s)(\p{Lu}[\p{Ll}\p{M}'’-]{2,25}(?:\s\p{Lu}[\p{Ll}\p{M}'’-]{2,25})?)(?=\)|\s?[,.;]|\s?$)/gu;
// a street named street-word first, with its number and a floor or door: "Calle de Alcalá 145, 3º B", "Rua das Flores 22"
const R_STREET_FIRST =
  /(?<![\p{L}])((?:Calle|C\/|Avenida|Avda\.?|Av\.|Paseo|Pº|Plaza|Pza\.?|Camino|Carretera|Ctra\.?|Ronda|Travesía|Glorieta|Rambla|Rua|Rúa|Travessa|Largo|Praça|Estrada|Rue|Avenue|Boulevard|Bd|Chemin|Allée|Impasse|Quai|Via|Viale|Piazza|Corso|Vicolo|Ulica|ul\.|Calea|Strada|Jalan|Jln\.?|Lorong)\s(?:(?:de|del|la|las|los|da|das|do|dos|di|della|delle|des|du|le|l['’]|d['’])\s?){0,2}\p{Lu}[\p{L}\p{M}'’.-]{1,25}(?:\s(?:(?:de|del|la|las|los|da|das|do|dos|di|della|des|du|y|e)\s){0,2}\p{Lu}[\p{L}\p{M}'’.-]{1,25}){0,3},?\s(?:n[º°.]\s?)?\d{1,4}[A-Za-z]?(?:,?\s(?:\d{1,2}[º°ª]\s?(?:[A-Z]|izq(?:uierda|da)?\.?|dcha\.?|derecha|dto\.?)?|(?:piso|planta|puerta|bajo|apto\.?|dpto\.?)\s?[\dA-Za-z]{0,4}[º°ª]?))?)(?![\p{L}\d])/gu;
// an ordinal day after a scheduling word, not before what it counts: "moved to the 14th", "booked for the 3rd,"
const R_ORDINAL_DAY =
  /\b(?:on|to|for|by|until|till|before|after|from|since|around|about|is|was|until)\s(the\s(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))(?=\s?[,.;!?)]|\s?$|\s(?:and|or|but|at|instead|so|then|because|she|he|i|we|they|it|now|please|pls|lol|right|ok)\b)/giu;
const R_LABEL_NAME = /^(?:Hosp|Hospital|NHS|CHI|Ref|Reg|Case|Unit|Bed|Ward|Room|Record|Patient|Pt|Chart)\.?\s(?:No|Nr|Number|Num|Id|ID)\.?$/;

/** The cues of the phi-r writer; returns the hits with this block's additions, retypes and drops. */
function phiRCues(text: string, hits: PhiHit[]): PhiHit[] {
  const { cur, drop, lap, put } = hitOverlay(hits);
  const nameLike = (w: string): boolean => {
    const l = w.toLowerCase();
    if (R_PARTICLE.test(l)) return true;
    if (NOT_NAMES.has(l) || TITLES.has(l) || RELATIONS.has(l) || DRUG_WORDS.has(l) || TIME_WORDS.has(l)) return false;
    return inNameList(l) || isGivenName(l) !== undefined || isSurname(l) || R_VI_SURNAMES.has(foldName(l)) || (!isEnglishWord(l) && !isCommonWord(l));
  };
  // -- identifiers by label and shape --
  for (const p of R_PATTERNS) {
    if (!p.gate.test(text)) continue;
    p.re.lastIndex = 0;
    for (let m; (m = p.re.exec(text)); ) {
      const v = m[1]!.replace(/[ .\-/]+$/, "");
      const start = m.index + m[0].lastIndexOf(m[1]!);
      const end = start + v.length;
      if (p.check && !p.check(v, start, text)) continue;
      if (/\d$/.test(v) && CLINICAL_UNIT_AFTER.test(text.slice(end, end + 8))) continue;
      // "Medicare covers it and their helpline is 1800 ...": a phone word nearer the number than the label
      if (/\b(?:phone|tel|telephone|call|ring|mobile|mob|cell|hotline|helpline|line|fax|whatsapp|contact|text)\b[^\d]{0,24}$/i.test(text.slice(Math.max(0, start - 30), start))) continue;
      put(p.type, start, end, p.over);
    }
  }
  // "GMC 8937352", "Medibank-227040-82": a register's or insurer's name written onto its number belongs to it
  // (only written straight onto it: "GMC 8937352", "AHPRA: MED0001234"; "GMC number 7034512" keeps its words)
  const regBefore = new RegExp(`(?<![\\p{L}])(?:${R_REGISTERS}):?\\s$`, "u");
  for (const h of cur.slice()) {
    if (drop.has(h)) continue;
    if (h.type === "LICENSE") {
      const before = text.slice(Math.max(0, h.start - 24), h.start);
      const m = regBefore.exec(before);
      if (m) put("LICENSE", h.start - (before.length - m.index), h.end, ["NAME", "CITY", "ACCOUNT", "MRN"]);
    } else if (h.type === "HEALTH_PLAN") {
      const m = /(?<![\p{L}\d])\p{L}{2,12}-$/u.exec(text.slice(Math.max(0, h.start - 13), h.start));
      if (m && /\p{Lu}/u.test(m[0])) put("HEALTH_PLAN", h.start - m[0].length, h.end, ["NAME", "CITY"]);
    }
  }
  // -- names --
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "NAME") continue;
    const v = text.slice(h.start, h.end);
    // "Hosp No", "NHS Number": a label, not a person
    if (R_LABEL_NAME.test(v)) {
      drop.add(h);
      continue;
    }
    // "Dang Thi Hoa" held as "Thi Hoa": the Vietnamese family name before it
    const before = text.slice(Math.max(0, h.start - 12), h.start);
    const vi = /(?:^|[^\p{L}])(\p{Lu}[\p{L}\p{M}]{0,7})\s$/u.exec(before);
    if (vi) {
      const fam = foldName(vi[1]!);
      const first = foldName(/^[\p{L}\p{M}]+/u.exec(v)?.[0] ?? "");
      if (R_VI_SURNAMES.has(fam) && R_VI_GIVEN.test(first)) {
        put("NAME", h.start - vi[1]!.length - 1, h.end, ["NAME", "CITY"]);
        continue;
      }
    }
    // "Margriet de Vries" held as "Vries": the given name and the particles before the surname
    const pm = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]{1,25})\s((?:(?:van|von|der|den|de|del|della|di|da|du|la|le|dos|das|ter|ten|bin|binti|bint|ibn|al|el)\s){1,3})$/u.exec(text.slice(Math.max(0, h.start - 48), h.start));
    if (pm && /^\p{Lu}/u.test(v)) {
      const given = pm[1]!;
      const gl = given.toLowerCase();
      if (!isEnglishWord(gl) || isGivenName(gl) !== undefined || inNameList(gl)) {
        if (!NOT_NAMES.has(gl) && !TITLES.has(gl) && !RELATIONS.has(gl)) put("NAME", h.start - pm[0].length + pm[0].indexOf(given), h.end, ["NAME", "CITY"]);
      }
    }
  }
  // "Bệnh nhân Tran Van Duc": a Vietnamese family name with its middle and given names, where nothing took them
  {
    const re = /(?<![\p{L}])(\p{Lu}[\p{L}\p{M}]{0,7})\s(\p{Lu}[\p{L}\p{M}]{1,8})\s(\p{Lu}[\p{L}\p{M}]{1,10})(?![\p{L}])/gu;
    if (/\s(?:Thi|Thị|Van|Văn|Minh|Duc|Đức|Ngoc|Ngọc|Quoc|Quốc|Thanh|Xuan|Xuân|Huu|Hữu)\s/u.test(text)) {
      for (let m; (m = re.exec(text)); ) {
        const fam = foldName(m[1]!);
        const mid = foldName(m[2]!);
        if (R_VI_SURNAMES.has(fam) && (/^(?:thi|van)$/.test(mid) || (!/^(?:le|la|do|ha|ho|ta|ton)$/.test(fam) && R_VI_GIVEN.test(mid)))) put("NAME", m.index, m.index + m[0].length, ["NAME", "CITY"]);
        // "Patient Nguyen Van An": try again from the next word
        else re.lastIndex = m.index + m[1]!.length + 1;
      }
    }
  }
  // "referral: margriet de vries, nhs ...": a name in lower case after a record label, before an identifier or age
  if (/[:\-–—]/.test(text)) {
    R_LOWER_LABELLED.lastIndex = 0;
    for (let m; (m = R_LOWER_LABELLED.exec(text)); ) {
      const v = m[1]!;
      const ws = v.split(/\s/);
      if (!ws.every((w) => w.split("-").every((p) => p.length > 0 && nameLike(p)))) continue;
      if (ws.every((w) => R_PARTICLE.test(w))) continue;
      const s = m.index + m[0].lastIndexOf(v);
      put("NAME", s, s + v.length, ["NAME", "CITY"]);
    }
  }
  if (/\sfrom\s/.test(text)) {
    R_LOWER_SENDER.lastIndex = 0;
    for (let m; (m = R_LOWER_SENDER.exec(text)); ) {
      const v = m[1]!;
      const l = v.toLowerCase();
      if (!nameLike(l) || (isEnglishWord(l) && isGivenName(l) === undefined && !inNameList(l))) continue;
      const s = m.index + m[0].lastIndexOf(v);
      put("NAME", s, s + v.length, ["NAME", "CITY"]);
    }
  }
  // -- places --
  // "this is Katarzyna Wiśniewska from Surulere": after a person and "from", a word no given-name list knows is a place
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "NAME") continue;
    if (!/(?:^|\s)from\s$/.test(text.slice(Math.max(0, h.start - 6), h.start))) continue;
    const prevEnd = h.start - 6;
    const prev = lap(Math.max(0, prevEnd - 1), prevEnd).find((o) => o.type === "NAME" && o.end === prevEnd);
    if (!prev) continue;
    const v = text.slice(h.start, h.end);
    // a listed given name or surname stays a person ("a note for Tom from Okafor"), unless it is a listed town
    if (!pnTown(v, 1_000) && v.split(/\s/).some((w) => isGivenName(w.toLowerCase()) !== undefined || isSurname(w.toLowerCase()) || inNameList(w.toLowerCase()))) continue;
    if (/^['’]s\b/.test(text.slice(h.end, h.end + 3))) continue;
    put("CITY", h.start, h.end, ["NAME"]);
  }
  R_PLACE_LABEL.lastIndex = 0;
  for (let m; (m = R_PLACE_LABEL.exec(text)); ) {
    const v = m[1]!;
    const s = m.index + m[0].lastIndexOf(v);
    const l = v.toLowerCase();
    if (isEnglishWord(l) && !pnTown(v, 1_000)) continue;
    // the label itself is no person
    for (const o of lap(m.index, s)) if (o.type === "NAME" && o.start >= m.index) drop.add(o);
    for (const o of lap(m.index, s + v.length)) if (o.type === "NAME" && o.start < s) drop.add(o);
    put("CITY", s, s + v.length, ["NAME", "CITY"]);
  }
  if (/Quận|Phường|Huyện|Thị xã|Thành phố|TP/.test(text)) {
    R_VI_DISTRICT.lastIndex = 0;
    for (let m; (m = R_VI_DISTRICT.exec(text)); ) put("CITY", m.index, m.index + m[1]!.length, ["NAME", "CITY"]);
  }
  if (text.includes(", ")) {
    R_COMMA_PLACE.lastIndex = 0;
    for (let m; (m = R_COMMA_PLACE.exec(text)); ) {
      const v = m[1]!;
      const s = m.index + 2;
      const l = v.toLowerCase();
      const ws = l.split(/\s/);
      if (ws.some((w) => isGivenName(foldName(w)) === "strong") && !/[^\x00-\x7f]/.test(v)) continue;
      if ((placePopulation(l) ?? 0) < 50_000) continue;
      // a person already held over all of it stays a person ("..., Lincoln Burrows")
      if (lap(s, s + v.length).some((o) => o.type === "NAME" && o.start <= s && o.end >= s + v.length)) continue;
      put("CITY", s, s + v.length, ["NAME", "CITY"]);
    }
  }
  R_POSTCODE_AREA.lastIndex = 0;
  for (let m; (m = R_POSTCODE_AREA.exec(text)); ) {
    const v = m[1]!;
    const l = v.toLowerCase();
    if (isEnglishWord(l) && !pnTown(v, 1_000)) continue;
    const s = m.index + m[0].lastIndexOf(v);
    put("CITY", s, s + v.length, ["NAME", "CITY"]);
  }
  R_STREET_FIRST.lastIndex = 0;
  for (let m; (m = R_STREET_FIRST.exec(text)); ) {
    const v = m[1]!.replace(/[\s,]+$/, "");
    put("ADDRESS", m.index, m.index + v.length, ["NAME", "CITY", "ZIP", "DATE"]);
  }
  // -- dates --
  if (/\d(?:st|nd|rd|th)\b/i.test(text)) {
    R_ORDINAL_DAY.lastIndex = 0;
    for (let m; (m = R_ORDINAL_DAY.exec(text)); ) {
      const v = m[1]!;
      const s = m.index + m[0].lastIndexOf(v);
      // "on the 1st and the 15th of each month": a day that recurs, no date
      if (/^[^.!?\n]{0,40}\b(?:each|every|a|per) month\b|^[^.!?\n]{0,40}\bmonthly\b/i.test(text.slice(s + v.length, s + v.length + 60)) || /\b(?:every|each)\s(?:month\s)?on\s$/i.test(text.slice(Math.max(0, s - 20), s - 0).replace(/the\s?$/, ""))) continue;
      put("DATE", s, s + v.length, ["NAME", "CITY", "DATE"]);
    }
  }
  // "Batch 07/11", "lot 12/03": a batch or lot code, not a date
  for (const h of cur) {
    if (drop.has(h) || h.type !== "DATE") continue;
    if (/(?:^|[^\p{L}])(?:[Bb]atch|[Ll]ot|LOT|[Mm]odel|[Vv]ersion|[Ss]erial)(?:\s?(?:[Nn]o\.?|[Nn]umber|#))?\s?:?\s$/u.test(text.slice(Math.max(0, h.start - 18), h.start)) && /^\d{1,2}\/\d{1,2}$/.test(text.slice(h.start, h.end))) drop.add(h);
  }
  return resolveOverlaps(cur.filter((h) => !drop.has(h)));
}
// ---- end of phi-r ----

// ---- Cues added for the phi-t writer (one block: where people live: casual lower-case street addresses with
// units, rural routes and boxes, intersections, the town, state and ZIP after an address, place frames before
// lower-case towns and neighbourhoods, counties, and the towns of nurses' rosters) ----
// words that never stand inside a street's name between its number and the street word ("2 days at st marys")
const T_NOT_STREET = new Set([
  "the", "a", "an", "of", "at", "by", "to", "in", "on", "for", "per", "and", "or", "x", "my", "his", "her", "their", "our", "your", "is", "was", "every", "each",
  "days", "day", "weeks", "week", "hours", "hour", "hrs", "months", "month", "years", "year", "yrs", "minutes", "mins", "times", "time", "mg", "mcg", "ml", "kg", "lbs",
  "units", "tablets", "tabs", "pills", "doses", "puffs", "drops", "am", "pm", "beats", "breaths", "people", "kids", "children", "patients", "more", "less", "than",
  "with", "ex", "from", "then", "after", "before", "about", "around", "since", "until", "till", "into", "onto", "up", "down", "out", "off", "over", "under", "via", "dr", "mr", "mrs", "ms"
]);
// "212 elm st", "4417 w 26th st", "903 1/2 pine ave", "1200 e university blvd room 312", "19420 44th Ave W #210"
const T_STREET =
  /(?<![\p{L}\d/.,-])(\d{1,6}[a-z]?(?: 1\/2)?)\s((?:(?:n|s|e|w|ne|nw|se|sw|north|south|east|west)\.?\s)?(?:[\p{L}\d'’-]{1,25}\s){0,3}?)(st|street|rd|road|ave|avenue|blvd|boulevard|ln|lane|dr|drive|ct|court|cres|crescent|pl|place|way|hwy|highway|pkwy|parkway|ter|terrace|cir|circle|walk|cottages|farm|concourse|esplanade|broadway)\.?(?![\p{L}\d])((?:\s(?:n|s|e|w|o|nw|ne|sw|se|north|south|east|west)(?=[\s,.;)]|$))?(?:,?\s(?:apt|apartment|unit|suite|ste|room|rm|flat|depto|#)\.?\s?#?[\p{L}\d-]{1,5}(?![\p{L}\d])|\s?#\s?[\p{L}\d-]{1,5}(?![\p{L}\d]))?)/giu;
// "rural route 2 box 77", "RR 3 Box 210", "HC 58 Box 3301", "county rd 9", "410 Route 1", "3380 Hwy 22", "po box 1123"
const T_RURAL =
  /(?<![\p{L}\d])(?:(?:rural route|rural rte|r\.?r\.?|hc|star route)\s?#?\d{1,4},?\s(?:box|bx)\s?#?\d{1,5}|rural route\s\d{1,4}|county\s(?:rd|road|route|hwy)\s\d{1,4}[a-z]?|\d{1,6}\s(?:hwy|highway|route|rte|state route|county rd|county road)\s\d{1,4}[a-z]?)(?![\p{L}\d])/giu;
// "on 112th and lenox", "corner of 5th and main"
const T_CORNER = /(?<=\b(?:on|at|corner of|near|off)\s)(\d{1,3}(?:st|nd|rd|th)\s(?:and|&)\s[\p{L}][\p{L}'’-]{2,20})(?![\p{L}])/giu;
// "the pink house at the end of cedar ln", "the last house on gravel rd past the water tower"
const T_HOUSE_ON =
  /(?<![\p{L}])the\s(?:[\p{L}]{2,12}\s){0,2}(?:house|home|trailer|farmhouse|cabin|cottage|bungalow)\s(?:on|at the end of|at the top of|at the bottom of|off)\s(?:[\p{L}'’-]{2,20}\s){0,3}?(?:st|street|rd|road|ave|avenue|lane|ln|dr|drive|way|hwy|court|ct|pl)(?![\p{L}])(?:\spast\sthe\s[\p{L}]{2,15}(?:\s[\p{L}]{2,15})?(?=\sin\s|[,.;]|$))?/giu;
// "flat 22, Kelvin Court, " / "apt 4c, " / "unit 3, " / "Plot ": a unit written before the street's number
const T_UNIT_BEFORE = /(?:^|[^\p{L}])((?:apt|apartment|flat|unit|suite|plot)\.?\s?#?[\p{L}\d-]{0,5}\d[\p{L}\d-]{0,4},?\s(?:\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2},\s)?|plot\s)$/iu;
// "flat 9 Sandpiper House", "lot 14 sunny acres park", "berth C14"
const T_UNIT_HOUSE = /(?<![\p{L}])(?:(?:flat|apt|unit)\s\d{1,4}[a-z]?,?\s(?:\p{Lu}[\p{L}'’-]+\s){1,3}(?:House|Court|Tower|Building|Block|Lodge|Mansions)|(?:lot|space)\s\d{1,4}[a-z]?\s(?:[\p{L}'’-]+\s){0,3}(?:park|court|estates?|village)|berth\s[A-Z]?\d{1,3}[A-Z]?)(?![\p{L}\d])/giu;
// "Kyrkvägen 12", "Strandgata 19", "Leopoldstr. 44": a street word written onto the name, then its number
const T_STREET_SUFFIXED = /(?<![\p{L}])(\p{Lu}[\p{L}'’-]{1,25}(?:vägen|gatan|gata|gate|veien|vegen|vej|gade|straße|strasse|str\.|weg|laan|straat|gasse|platz|allee|ring|damm))\s\d{1,4}[a-z]?(?![\p{L}\d])/gu;
// "4410 N 1100 W": a rural grid address; "88 Jalan Ampang"; "via della Lungaretta 71" typed in lower case
const T_STREET_MORE =
  /(?<![\p{L}\d/.-])(?:\d{2,6}\s[NSEWnsew]\.?\s\d{2,5}\s[NSEWnsew](?![\p{L}\d])|\d{1,5},?\s(?:Jalan|Jln\.?|Lorong|Soi|Thanon)\s\p{Lu}[\p{L}'’-]{1,25}(?:\s\p{Lu}[\p{L}'’-]{1,25})?|\d{1,4}[a-z]?\s\p{Lu}[\p{L}'’-]{1,20}(?:\s\p{Lu}[\p{L}'’-]{1,20}){0,2}(?=,\s\p{L}[\p{L}'’ -]{2,30}\s[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}(?![\p{L}\d]))|(?:via|calle|rua|rue|viale|avenida)\s(?:della|delle|del|dei|degli|de|la|las|los|da|das|dos|do|di|des|du)\s(?:\p{L}[\p{L}'’-]{1,25}\s){0,2}?\p{L}[\p{L}'’-]{1,25},?\s\d{1,4}[a-z]?(?![\p{L}\d]))/gu;
// "on airport blvd", "on khao san road": a named street in lower case without its number
const T_ON_STREET = /(?<=\b(?:on|off)\s)((?:\p{Ll}[\p{Ll}'’-]{2,20}\s){1,3}(?:st|rd|ave|blvd|ln|hwy|street|road|avenue|lane|boulevard)(?![\p{L}\d])(?:\s(?:room|rm|apt|unit|#)\s?#?\d{1,5}[a-z]?(?![\p{L}\d]))?)/gu;
// words that start the next clause, not a town's second word
const T_SENTENCE_WORD = /^(?:he|she|hes|shes|he's|she's|i|im|i'm|we|were|we're|they|my|his|her|our|the|a|and|with|pls|please|is|was|has|had|its|it's|it|who|but|so)$/i;
const T_STATE = new RegExp(`^(?:${STATE_ABBR.toLowerCase()}|qld|nsw|vic|tas|act|nt|wa|sa|on|bc|ab|qc|ns|nb|mb|sk)$`);
const T_FACILITY_AFTER = /^\s(?:Clinic|Hospital|Medical|Health|Infirmary|Royal|Base|General|Memorial|University|Univ|Centre|Center|Nursing|Care|Hospice|Regional|Children|Community|Private|Public|Mental|Rehab|Surgical|Eye|Heart|Cancer|Women|hospital|infirmary|medical cent|nursing home|care home)/;
const T_WEAK_NOT = new Set(["the", "a", "an", "my", "his", "her", "our", "their", "your", "this", "that", "it", "pain", "hospital", "er", "a&e", "icu", "bed", "home", "town", "school", "work", "hes", "shes", "he's", "she's", "its", "it's", "im", "i'm", "were", "we're", "theyre", "they're", "dont", "cant", "wont", "pls", "plz", "thx", "ive", "i've", "id", "ill", "lol", "omg", "bay", "ward", "room", "unit", "theatre", "recovery", "labour", "labor", "clinic", "surgery", "icu", "ed", "rehab", "care", "bed", "the", "hospice"]);
// a neighbourhood's last word ("boyle heights", "german village", "mission district", "oak cliff", "nob hill")
const T_HOOD_END = /^(?:heights|hill|hills|village|district|side|cliff|rye|riverside|park|town|end|valley|springs|gardens)$/;
// where a person lives, stays or comes from: the strong frames before a place
const T_STRONG_FRAME =
  /(?<![\p{L}'’])(?:i'?m|i’m|i am|we'?re|we’re|we are|were|live|lives|living|lived|stay|stays|staying|shes|she'?s|she’s|she is|hes|he'?s|he’s|he is|they'?re|they are|based|moved|move|moving|back home|originally|grew up|born|snowed|stuck|stranded|visiting|relocated|dad|mom|mum|nan|gran|grandma|grandpa|skatepark|stop|campground|campsite|bus|station|university|uni|college|hostel|hotel|motel|drove|came|flew|biked|walked|took the \w+ train|train)\s(?:(?:(?:living|staying|based|back|out|up|down|over|just|still|originally|currently|now|right|here|home|moving|moved|stuck|visiting|all)\s)?(?:in|to|from|near|outside|out past|past|just outside|up in|down in|over in|out in|home to|home in)\s)(?:the\s(?:village|town|city|suburb|area|south side|north side|east side|west side|outskirts|county|colonia|barrio)\sof\s)?/giu;
// the endings of medical and drug words, which no town takes in these frames
const T_MEDICAL_END = /(?:osis|itis|emia|aemia|oma|pathy|algia|ectomy|otomy|plasty|scopy|graphy|ular|ism|iasis|uria|rrhea|rrhoea|plegia|trophy|megaly|cele|ase|mab|nib|pril|sartan|statin|olol|azole|cillin|mycin|cycline|floxacin|vir|dipine|prazole|tidine|gliptin|glitazone|formin|lukast|zepam|zolam|oxetine|aline|triptan|sone|olone|asone|ide|ine|ol)$/;
const T_CAND = /[\p{L}\p{M}][\p{L}\p{M}'’ʻ-]{1,25}(?![\p{L}\p{M}\d'’ʻ-])(?:\s[\p{L}\p{M}][\p{L}\p{M}'’ʻ-]{1,25}(?![\p{L}\p{M}\d'’ʻ-])){0,2}/uy;

/** The cues of the phi-t writer; returns the hits with this block's additions and retypes. */
function phiTCues(text: string, hits: PhiHit[]): PhiHit[] {
  if (text.length > 20_000) return hits;
  let cur = hits.slice();
  const OVER: readonly PhiType[] = ["NAME", "CITY", "ADDRESS", "ZIP", "DATE", "AGE"];
  const put = (type: PhiType, start: number, end: number, over: readonly PhiType[] = OVER): boolean => {
    if (end <= start) return false;
    const o = cur.filter((h) => h.start < end && start < h.end);
    if (o.some((h) => h.type === type && h.start <= start && h.end >= end)) return false;
    if (o.some((h) => !over.includes(h.type) && h.type !== type)) return false;
    for (const h of o) {
      if (h.type === type) {
        start = Math.min(start, h.start);
        end = Math.max(end, h.end);
      }
    }
    const keep: PhiHit[] = [];
    for (const h of cur) {
      if (!(h.start < end && start < h.end)) keep.push(h);
      else if (h.type === type || (h.start >= start && h.end <= end)) continue;
      else {
        // what sticks out of an overlapping hit of another type stays
        if (h.start < start) {
          const left = text.slice(h.start, start).replace(/[\s,;:\-–]+$/, "");
          if (left.trim().length > 1) keep.push({ type: h.type, start: h.start, end: h.start + left.length });
        }
        if (h.end > end) {
          const lead = /^[\s,;:\-–]*/.exec(text.slice(end, h.end))![0].length;
          if (h.end - end - lead > 1) keep.push({ type: h.type, start: end + lead, end: h.end });
        }
      }
    }
    cur = keep;
    cur.push({ type, start, end });
    return true;
  };
  const stop = (w: string): boolean => T_NOT_STREET.has(w) || TIME_WORDS.has(w) || DRUG_WORDS.has(w);
  const lower = text.toLowerCase();
  /** A place's words: a listed town, or (where `strong`) a word no English or drug list knows. */
  const placeLike = (v: string, strong: boolean): boolean => {
    const l = v.toLowerCase().replace(/[’]/g, "'");
    const ws = l.split(/[\s-]/).filter(Boolean);
    if (!ws.length || T_WEAK_NOT.has(ws[0]!) || ws.some((w) => stop(w) || NOT_NAMES.has(w) || TITLES.has(w) || RELATIONS.has(w))) return false;
    if (STATE_NAME_SET.has(l) || COUNTRY_WORDS[l] !== undefined || REGION_WORDS.has(l)) return false;
    const pop = placePopulation(l) ?? 0;
    const english = ws.some((w) => isEnglishWord(w) || isCommonWord(w));
    if (pop >= 1_000 && !english) return true;
    if (strong && pop >= 5_000 && (ws.length > 1 || (pop >= 50_000 && !isCommonWord(ws[0]!)))) return true;
    if (strong && pop >= 1_000 && !ws.some((w) => isEnglishWord(w))) return true;
    if (ws.length >= 2 && T_HOOD_END.test(ws[ws.length - 1]!) && !T_HOOD_END.test(ws[0]!)) return strong || pop >= 1_000;
    if (strong && ws.length <= 2 && ws.every((w) => w.length >= 3 && !isEnglishWord(w) && !isCommonWord(w) && isGivenName(w) !== "strong" && !T_MEDICAL_END.test(w))) return !/^[A-Z]{2,5}$/.test(v);
    return false;
  };
  // -- streets --
  if (/\d/.test(text)) {
    T_STREET.lastIndex = 0;
    for (let m; (m = T_STREET.exec(text)); ) {
      const between = m[2]!.trim().toLowerCase();
      const ws = between ? between.split(/\s/) : [];
      const word = m[3]!.toLowerCase();
      if (ws.some((w) => stop(w))) continue;
      if (!ws.length && !/^(?:esplanade|concourse|broadway)$/.test(word)) continue;
      if (/^(?:st|dr|ct|pl|way|place|walk|court|farm|ter|cir)$/.test(word) && ws.length === 1 && /^\d/.test(ws[0]!) && !/^\d+(?:st|nd|rd|th)$/.test(ws[0]!)) continue;
      const before = lower.slice(Math.max(0, m.index - 12), m.index);
      if (/\b(?:type|stage|grade|class|step|level|phase|day|week|cycle|part|section|question|option|bed|ward|bay|score|aged?|about|over|under|bp|hr|page|exit)\s$/.test(before)) continue;
      const end = m.index + m[0].length;
      if (CLINICAL_UNIT_AFTER.test(text.slice(end, end + 8))) continue;
      // "at 9:30 with Dr. Brennan", "CT chest": a title or a scan, no street
      if (/^(?:dr|st)$/i.test(word) && /^\.?\s\p{Lu}/u.test(text.slice(m.index + m[1]!.length + 1 + m[2]!.length + word.length, m.index + m[1]!.length + m[2]!.length + word.length + 4)) && !/\d{5}/.test(text.slice(end, end + 40))) continue;
      if (/^[A-Z]{2,4}$/.test(m[3]!) && /\p{Ll}/u.test(m[0])) continue;
      if (/\d[A-Za-z]$/.test(m[1]!) && /[A-Z]$/.test(m[1]!) && /\p{Ll}/u.test(m[2]! + m[3]!)) continue;
      put("ADDRESS", m.index, end, ["NAME", "CITY", "ZIP", "DATE", "AGE", "ADDRESS"]);
    }
    T_STREET_MORE.lastIndex = 0;
    for (let m; (m = T_STREET_MORE.exec(text)); ) put("ADDRESS", m.index, m.index + m[0].length, ["NAME", "CITY", "ADDRESS", "ZIP"]);
    T_RURAL.lastIndex = 0;
    for (let m; (m = T_RURAL.exec(text)); ) put("ADDRESS", m.index, m.index + m[0].length, ["NAME", "CITY", "ZIP", "ADDRESS"]);
    T_UNIT_HOUSE.lastIndex = 0;
    for (let m; (m = T_UNIT_HOUSE.exec(text)); ) {
      // "space 12 in the car park": a parking space, no home
      if (m[0].toLowerCase().split(/\s/).slice(2, -1).some((w) => stop(w) || T_WEAK_NOT.has(w) || /^(?:car|parking|national|theme|water|skate|dog)$/.test(w))) continue;
      put("ADDRESS", m.index, m.index + m[0].length, ["NAME", "CITY", "ADDRESS"]);
    }
    T_STREET_SUFFIXED.lastIndex = 0;
    for (let m; (m = T_STREET_SUFFIXED.exec(text)); ) put("ADDRESS", m.index, m.index + m[0].length, ["NAME", "CITY", "ADDRESS"]);
    if (/\d(?:st|nd|rd|th)\s(?:and|&)\s/i.test(text)) {
      T_CORNER.lastIndex = 0;
      for (let m; (m = T_CORNER.exec(text)); ) {
        const w = m[1]!.split(/\s/).pop()!.toLowerCase();
        if (stop(w) || /^(?:final|last|first|second|third|fourth|fifth|\d.*)$/.test(w)) continue;
        put("ADDRESS", m.index, m.index + m[1]!.length);
      }
    }
  }
  if (/\s(?:on|off)\s/.test(text)) {
    T_ON_STREET.lastIndex = 0;
    for (let m; (m = T_ON_STREET.exec(text)); ) {
      const ws = m[1]!.split(/\s/);
      const k = ws.findIndex((w) => /^(?:st|rd|ave|blvd|ln|hwy|street|road|avenue|lane|boulevard)$/.test(w));
      if (ws.slice(0, k).some((w) => stop(w) || T_WEAK_NOT.has(w) || /^(?:same|wrong|busy|this|that|next|other|right|left|long|open|main)$/.test(w))) continue;
      // "fell on icy road": ordinary words need a room or unit after them to be a street
      if (k === ws.length - 1 && ws.slice(0, k).every((w) => isEnglishWord(w) || isCommonWord(w))) continue;
      put("ADDRESS", m.index, m.index + m[1]!.length, ["NAME", "CITY", "ADDRESS"]);
    }
  }
  if (/\s(?:house|home|trailer|farmhouse|cabin|cottage|bungalow)\s/i.test(text)) {
    T_HOUSE_ON.lastIndex = 0;
    for (let m; (m = T_HOUSE_ON.exec(text)); ) {
      if (!/^the\s(?:[\p{L}]{2,12}\s){0,2}(?:house|home|trailer|farmhouse|cabin|cottage|bungalow)\s(?:at the end of|at the top of|at the bottom of)\s|\spast\s/iu.test(m[0]) && !/^the\s(?:last|first|second|third|end|corner|only)\s/i.test(m[0])) continue;
      put("ADDRESS", m.index, m.index + m[0].length);
    }
  }
  // each address: a unit written before it, a direction or unit after it, then its town, state and ZIP
  for (const h of cur.filter((x) => x.type === "ADDRESS").sort((a, b) => a.start - b.start)) {
    if (!cur.includes(h)) continue;
    let start = h.start;
    let end = h.end;
    const ub = T_UNIT_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
    if (ub && /\d/.test(text.slice(start, start + 1))) start -= ub[1]!.length;
    const tail = /^(?:\s(?:N|S|E|W|O|NW|NE|SW|SE)(?=[\s,.;)]|$))?(?:,?\s(?:apt|apartment|unit|suite|ste|room|rm|#)\.?\s?#?[\p{L}\d-]{1,5}(?![\p{L}\d])|\s?#\s?[\p{L}\d-]{1,5}(?![\p{L}\d]))?/iu.exec(text.slice(end, end + 24));
    if (tail) end += tail[0].length;
    if (/(?:hwy|highway|route|rte)$/i.test(text.slice(start, end))) {
      const n = /^\s\d{1,4}[a-z]?(?![\p{L}\d])/iu.exec(text.slice(end, end + 8));
      if (n) end += n[0].length;
    }
    if (start !== h.start || end !== h.end) {
      cur = cur.filter((x) => x !== h);
      put("ADDRESS", start, end, ["NAME", "CITY", "ZIP", "DATE", "AGE", "ADDRESS"]);
    }
    // ", cicero il 60804", ", 732 31 Arboga", ", partick, glasgow G11 5RD", " byron bay."
    let at = end;
    for (let step = 0; step < 2; step++) {
      const m = /^(,?\s(?:in\s)?)(?:(\d{5}|\d{4}(?:-\d{3})?|\d{3}\s\d{2})\s)?/u.exec(text.slice(at, at + 12));
      if (!m) break;
      T_CAND.lastIndex = at + m[0].length;
      const c = T_CAND.exec(text);
      if (!c) break;
      let words = c[0].split(/\s/);
      // cut at the first word that ends the place (a state, a sentence word)
      let cut = words.length;
      for (let i = 0; i < words.length; i++) if (i > 0 && (T_STATE.test(words[i]!.toLowerCase()) || T_SENTENCE_WORD.test(words[i]!))) { cut = i; break; }
      words = words.slice(0, cut);
      const city = words.join(" ");
      const cs = c.index;
      const ce = cs + city.length;
      let after = text.slice(ce, ce + 24);
      const st = /^,?\s(\p{L}{2,3})(?![\p{L}])/u.exec(after);
      let zipAt = -1;
      let zipLen = 0;
      let state = false;
      if (st && T_STATE.test(st[1]!.toLowerCase()) && /^(?:$|[,.;:)\n]|\s\d)/.test(after.slice(st[0].length, st[0].length + 2))) {
        state = true;
        after = after.slice(st[0].length);
        const z = /^,?\s(\d{5}(?:-\d{4})?|\d{4})(?![\d.,:/]\d|\d)/.exec(after);
        if (z) {
          zipAt = ce + st[0].length + z.index + z[0].length - z[1]!.length;
          zipLen = z[1]!.length;
        }
      } else {
        const z = /^,?\s(\d{5}(?:-\d{4})?|\d{4})(?![\d.,:/]\d|\d)/.exec(after);
        // "Leeds 2019": a year, no postcode
        if (z && !CLINICAL_UNIT_AFTER.test(text.slice(ce + z[0].length, ce + z[0].length + 8)) && !/^(?:19[5-9]\d|20[0-3]\d)$/.test(z[1]!)) {
          zipAt = ce + z[0].length - z[1]!.length;
          zipLen = z[1]!.length;
        }
      }
      const boundary = /^(?:$|[\s]?[,.;:!?)\n]|\s[-–]|\s\d|\s[A-Z]{1,2}\d)/.test(text.slice(ce, ce + 5)) || state;
      const zipBefore = m[2] !== undefined || /^\s[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}(?![\p{L}\d])/u.test(text.slice(ce, ce + 10));
      if (!boundary || words.length === 0 || words.length > 3) break;
      if (words.length === 1 && (T_STATE.test(words[0]!.toLowerCase()) || /^[A-Z]{2,3}$/.test(words[0]!))) break;
      if (step > 0 && city !== city.toLowerCase()) break;
      if (/\bin\s$/.test(m[1]!) && !placeLike(city, false) && !(state && zipAt >= 0)) break;
      if (!(placeLike(city, true) || ((zipBefore || zipAt >= 0 || state) && /^\p{L}/u.test(city) && words.every((w) => !stop(w.toLowerCase()) && !T_WEAK_NOT.has(w.toLowerCase()))))) break;
      if (CLINICAL_UNIT_AFTER.test(text.slice(ce, ce + 8))) break;
      if (words.every((w) => /^[A-Z]{2,5}$/.test(w)) && !state && zipAt < 0 && !zipBefore) break;
      if (m[2] !== undefined) put("ZIP", at + m[1]!.length, at + m[1]!.length + m[2]!.length, ["NAME", "CITY", "DATE", "AGE", "PHONE"]);
      put("CITY", cs, ce, ["NAME", "CITY", "ADDRESS"]);
      if (zipAt >= 0) put("ZIP", zipAt, zipAt + zipLen, ["NAME", "CITY", "DATE", "AGE", "PHONE"]);
      if (zipAt >= 0 || state || zipBefore) break;
      at = ce;
    }
  }
  // -- places after a frame: "lives in setagaya", "im near german village", "moved from sioux falls to rapid city" --
  if (/\s(?:in|to|from|near|outside|past)\s/i.test(text)) {
    T_STRONG_FRAME.lastIndex = 0;
    for (let m; (m = T_STRONG_FRAME.exec(text)); ) {
      const s = m.index + m[0].length;
      T_CAND.lastIndex = s;
      const c = T_CAND.exec(text);
      if (!c) continue;
      const ws = c[0].split(/\s/);
      // the longest run of words that is a place, from three down to one
      for (let n = Math.min(3, ws.length); n >= 1; n--) {
        const v = ws.slice(0, n).join(" ");
        const e = s + v.length;
        if (!/^(?:$|[\s,.;:!?)\n])/.test(text.slice(e, e + 1))) continue;
        if (n > 1 && ws.slice(1, n).some((w) => /^(?:and|or|to|for|with|from|at|on|in|near|of)$/i.test(w))) continue;
        if (T_FACILITY_AFTER.test(text.slice(e, e + 14))) break;
        if (!placeLike(v, true)) continue;
        if (cur.some((h) => h.start < e && s < h.end && h.type !== "NAME" && h.type !== "CITY")) break;
        put("CITY", s, e, ["NAME", "CITY"]);
        // "from sioux falls to rapid city": the place after "to"
        const to = /^\s(?:to|and)\s/.exec(text.slice(e, e + 5));
        if (to && /\bfrom\s$/i.test(m[0])) {
          T_CAND.lastIndex = e + to[0].length;
          const c2 = T_CAND.exec(text);
          if (c2) {
            const w2 = c2[0].split(/\s/);
            for (let k = Math.min(3, w2.length); k >= 1; k--) {
              const v2 = w2.slice(0, k).join(" ");
              const e2 = c2.index + v2.length;
              if (!/^(?:$|[\s,.;:!?)\n])/.test(text.slice(e2, e2 + 1)) || T_FACILITY_AFTER.test(text.slice(e2, e2 + 14))) continue;
              if (placeLike(v2, true)) {
                put("CITY", c2.index, e2, ["NAME", "CITY"]);
                break;
              }
            }
          }
        }
        break;
      }
    }
    // a lower-case listed town after any place word: "in tucumcari", "from flushing to", "near nob hill"
    const weak = /(?<![\p{L}'’])(?:in|from|near|to|outside|at|for|covers?|covering)\s(\p{Ll}[\p{L}\p{M}'’ʻ-]{2,25}(?:\s\p{Ll}[\p{L}\p{M}'’ʻ-]{2,25})?)(?=$|[,.;:!?)\n]|\s(?:and|for|with|since|but|so|now|today|tonight|area)\b)/gu;
    for (let m; (m = weak.exec(text)); ) {
      const v = m[1]!;
      const s = m.index + m[0].length - v.length;
      const e = s + v.length;
      if (cur.some((h) => h.start < e && s < h.end)) continue;
      const ws = v.split(/\s/);
      const l = v.toLowerCase();
      const pop = placePopulation(l) ?? 0;
      if (pop < 2_000 || ws.some((w) => isEnglishWord(w) || isCommonWord(w) || stop(w) || T_WEAK_NOT.has(w))) {
        if (ws.length === 2 && T_HOOD_END.test(ws[1]!) && (pop >= 1_000 || (!isCommonWord(ws[0]!) && /^(?:near|in)$/.test(m[0].split(/\s/)[0]!) && !stop(ws[0]!) && !T_WEAK_NOT.has(ws[0]!)))) put("CITY", s, e, ["NAME", "CITY"]);
        continue;
      }
      if (STATE_NAME_SET.has(l) || COUNTRY_WORDS[l] !== undefined || REGION_WORDS.has(l)) continue;
      put("CITY", s, e, ["NAME", "CITY"]);
    }
  }
  // "from Tupelo,", "at Rimouski,", "to see pt at Katoomba": a capitalised listed town after a place word
  {
    const cap = /(?<![\p{L}'’])(?:from|in|at|near|on call for|outside)\s(\p{Lu}[\p{Ll}\p{M}'’-]{2,25}(?:\s\p{Lu}[\p{Ll}\p{M}'’-]{2,25})?)(?=$|[,.;:!?)\n]|\s(?:pt|and|for|with|since|area|[-–])\b)/gu;
    for (let m; (m = cap.exec(text)); ) {
      const v = m[1]!;
      const s = m.index + m[0].length - v.length;
      const e = s + v.length;
      if (cur.some((h) => h.start < e && s < h.end && h.type !== "NAME")) continue;
      if (T_FACILITY_AFTER.test(text.slice(e, e + 14))) continue;
      // "at" a place only for a person who works or is seen there ("Dr. Tremblay at Rimouski", "pt at Katoomba"), not "seen at Beaumont"
      if (/^at\s/.test(m[0]) && !/\bpt\s$/i.test(text.slice(Math.max(0, m.index - 3), m.index)) && !cur.some((h) => h.type === "NAME" && h.end === m.index - 1)) continue;
      const l = v.toLowerCase();
      const ws = l.split(/\s/);
      if (ws.some((w) => isGivenName(w) === "strong" || TITLES.has(w) || TIME_WORDS.has(w) || stop(w) || NOT_NAMES.has(w))) continue;
      if (STATE_NAME_SET.has(l) || COUNTRY_WORDS[l] !== undefined || REGION_WORDS.has(l)) continue;
      const pop = placePopulation(l) ?? 0;
      const english = ws.some((w) => isEnglishWord(w));
      // an English word only after "from" ("from Tupelo"; not "pain in Colon")
      if (pop >= 5_000 && (!english || (pop >= 30_000 && /^from\s/.test(m[0]) && !ws.some((w) => isCommonWord(w))))) put("CITY", s, e, ["NAME", "CITY"]);
    }
  }
  // ", istanbul", ", englewood", ", minneapolis": a listed town after a town already held
  for (const h of cur.filter((x) => x.type === "CITY")) {
    const m = /^,\s(\p{Ll}[\p{Ll}\p{M}'’-]{2,25}(?:\s\p{Ll}[\p{Ll}\p{M}'’-]{2,25})?)(?=$|[,.;:!?)\n]|\s[A-Z]{1,2}\d|\s\d)/u.exec(text.slice(h.end, h.end + 40));
    if (!m) continue;
    const v = m[1]!;
    const l = v.toLowerCase();
    const s = h.end + m[0].length - v.length;
    if (cur.some((x) => x.start < s + v.length && s < x.end && x.type !== "NAME")) continue;
    if (T_FACILITY_AFTER.test(text.slice(s + v.length, s + v.length + 14))) continue;
    const ws = l.split(/\s/);
    if (ws.some((w) => isGivenName(w) === "strong" || stop(w) || T_WEAK_NOT.has(w) || isEnglishWord(w))) continue;
    if (STATE_NAME_SET.has(l) || COUNTRY_WORDS[l] !== undefined || REGION_WORDS.has(l)) continue;
    if ((placePopulation(l) ?? 0) >= 5_000) put("CITY", s, s + v.length, ["NAME", "CITY"]);
  }
  // ", pahrump.": a lower-case listed town standing as its own clause
  if (text.includes(", ")) {
    const own = /,\s(\p{L}[\p{Ll}\p{M}'’-]{3,25}(?:\s\p{Ll}[\p{Ll}\p{M}'’-]{2,25}|\s\p{Lu}[\p{Ll}\p{M}'’-]{2,25})?)(?=[,.;:!?\n]|$|\s[-–]\s|\sfor\b)/gu;
    for (let m; (m = own.exec(text)); ) {
      const v = m[1]!;
      const s = m.index + 2;
      const e = s + v.length;
      if (cur.some((h) => h.start < e && s < h.end)) continue;
      const l = v.toLowerCase();
      const ws = l.split(/\s/);
      if (ws.some((w) => isEnglishWord(w) || isCommonWord(w) || stop(w) || T_WEAK_NOT.has(w) || isGivenName(w) !== undefined || (v !== l && (isSurname(w) || inNameList(w))))) continue;
      if (STATE_NAME_SET.has(l) || COUNTRY_WORDS[l] !== undefined || REGION_WORDS.has(l)) continue;
      if ((placePopulation(l) ?? 0) >= 10_000) put("CITY", s, e, ["NAME", "CITY"]);
    }
  }
  // "in the heights", "near the flats": a neighbourhood called by its common name
  if (/\sthe\s(?:heights|highlands|flats|bottoms|hollow|narrows|palisades)\b/i.test(text)) {
    const hood = /(?<=\b(?:in|near|from|around|over in|out in|up in|down in)\s)the\s(?:heights|highlands|flats|bottoms|hollow|narrows|palisades)(?![\p{L}])/giu;
    for (let m; (m = hood.exec(text)); ) put("CITY", m.index, m.index + m[0].length, ["NAME", "CITY"]);
  }
  // "Salt Lake, Kolkata 700091": a suburb before a sizeable town and its postcode
  if (/,\s\p{Lu}[^,]{2,30},\s\p{Lu}[\p{L}\s]{2,30}\d{4,6}/u.test(text)) {
    const sub = /,\s(\p{Lu}\p{Ll}{2,20}(?:\s\p{Lu}\p{Ll}{2,20})?),\s(\p{Lu}\p{Ll}{2,20}(?:\s\p{Lu}\p{Ll}{2,20})?)\s\d{4,6}(?!\d)/gu;
    for (let m; (m = sub.exec(text)); ) {
      const v = m[1]!;
      const s = m.index + 2;
      if ((placePopulation(m[2]!.toLowerCase()) ?? 0) < 100_000) continue;
      if (v.toLowerCase().split(/\s/).some((w) => isGivenName(w) !== undefined || TITLES.has(w) || stop(w) || T_WEAK_NOT.has(w))) continue;
      if (cur.some((h) => h.start < s + v.length && s < h.end && h.type !== "CITY")) continue;
      put("CITY", s, s + v.length, ["CITY"]);
    }
  }
  // -- counties: "co cavan", "Co. Mayo", "lancaster county" --
  if (/\bco\.?\s|\scounty\b/i.test(text)) {
    const co = /(?<=(?:^|,\s|\bin\s|\bof\s))(co\.?\s\p{L}[\p{L}'’-]{2,20})(?![\p{L}])/giu;
    for (let m; (m = co.exec(text)); ) {
      const w = m[1]!.replace(/^co\.?\s/i, "").toLowerCase();
      if (stop(w) || T_WEAK_NOT.has(w) || (isEnglishWord(w) && !(placePopulation(w) ?? 0))) continue;
      put("CITY", m.index, m.index + m[1]!.length, ["NAME", "CITY"]);
    }
    const county = /(?<![\p{L}])(\p{L}[\p{L}'’-]{2,20}(?:\s\p{L}[\p{L}'’-]{2,20})?)\scounty(?![\p{L}])/giu;
    for (let m; (m = county.exec(text)); ) {
      let v = m[1]!;
      let ws = v.split(/\s/);
      if (ws.length === 2 && (stop(ws[0]!.toLowerCase()) || T_WEAK_NOT.has(ws[0]!.toLowerCase()) || /^(?:in|at|from|near|of)$/i.test(ws[0]!))) ws = ws.slice(1);
      v = ws.join(" ");
      const s = m.index + m[0].length - " county".length - v.length;
      const held = cur.some((h) => h.type === "CITY" && h.start <= s && h.end >= s + v.length);
      if (!held && !placeLike(v, true)) continue;
      put("CITY", s, m.index + m[0].length, ["NAME", "CITY"]);
    }
  }
  // -- rosters: "covers Ennis and Kilrush", "Zone B (Bothell, Mill Creek, Lynnwood)", "RN Mele Tupou - Ōtara & Māngere", "8a Ellicott City" --
  if (/\b(?:cover(?:s|ing|ed)?|on call for|incl\.?|including|zone|roster|schedule)\b/i.test(text)) {
    const list = /(?:\bcovers|\bcovering|\bon call for|\bincl\.|\b[Zz]one\s\w{1,3}\s\(|\s[-–]\s)\s?((?:\p{Lu}[\p{L}\p{M}'’-]{2,25}(?![\p{L}\p{M}\d])(?:\s\p{Lu}[\p{L}\p{M}'’-]{2,25}(?![\p{L}\p{M}\d]))?)(?:(?:,\s|\s(?:and|&)\s)\p{Lu}[\p{L}\p{M}'’-]{2,25}(?![\p{L}\p{M}\d])(?:\s\p{Lu}[\p{L}\p{M}'’-]{2,25}(?![\p{L}\p{M}\d]))?){0,6})/gu;
    for (let m; (m = list.exec(text)); ) {
      const items = m[1]!.split(/,\s|\s(?:and|&)\s/);
      let at = m.index + m[0].length - m[1]!.length;
      const spans: [number, number][] = [];
      for (const it of items) {
        const s = text.indexOf(it, at);
        spans.push([s, s + it.length]);
        at = s + it.length;
      }
      // a list is places where one item is a listed town and no item is a person's title or a word
      const bad = spans.findIndex(([s, e]) => text.slice(s, e).split(/\s/).some((w) => TITLES.has(w.toLowerCase()) || T_NOT_STREET.has(w.toLowerCase()) || TIME_WORDS.has(w.toLowerCase()) || /^(?:RN|CN|Sr|Nurse|Dr|Pt|Mr|Mrs|Ms)$/.test(w)));
      if (bad >= 0) spans.length = bad;
      // "RN Mele Tupou - Ōtara & Māngere": after a dash only where a person's name ends at it
      const dash = /^\s[-–]/.test(m[0]);
      const ok =
        spans.length > 0 &&
        (!dash || cur.some((h) => h.type === "NAME" && h.start < m.index && h.end >= m.index && /\b(?:RN|CN|Sr|Nurse|Dr)\.?\s$/.test(text.slice(Math.max(0, h.start - 8), h.start)))) &&
        (spans.some(([s, e]) => (placePopulation(text.slice(s, e).toLowerCase()) ?? 0) >= 1_000) || (spans.length <= 3 && spans.every(([s, e]) => placeLike(text.slice(s, e), true) && !DRUG_WORDS.has(text.slice(s, e).toLowerCase()))));
      if (!ok) {
        list.lastIndex = m.index + m[0].length - m[1]!.length;
        continue;
      }
      for (const [s, e] of spans) {
        if (T_FACILITY_AFTER.test(text.slice(e, e + 14))) continue;
        put("CITY", s, e, ["NAME", "CITY"]);
      }
    }
    const timed = /(?<![\p{L}\d])\d{1,2}(?::\d\d)?\s?(?:a|p|am|pm)\s(\p{Lu}[\p{L}'’-]{2,25}(?:\s\p{Lu}[\p{L}'’-]{2,25})?)(?![\p{L}])/gu;
    for (let m; (m = timed.exec(text)); ) {
      const v = m[1]!;
      const ws = v.toLowerCase().split(/\s/);
      if (ws.some((w) => TITLES.has(w) || TIME_WORDS.has(w) || T_NOT_STREET.has(w))) continue;
      if ((placePopulation(v.toLowerCase()) ?? 0) < 1_000) continue;
      const s = m.index + m[0].length - v.length;
      put("CITY", s, s + v.length, ["NAME", "CITY"]);
    }
  }
  // "Mr Sipho Ndlovu" held as a town: a titled person
  cur = cur.map((h) => {
    if (h.type !== "CITY") return h;
    const t = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s(?=\p{Lu})/u.exec(text.slice(h.start, h.end));
    return t ? { type: "NAME" as PhiType, start: h.start + t[0].length, end: h.end } : h;
  });
  return resolveOverlaps(cur);
}
// ---- end of phi-t ----

// ---- phi-u: names of many cultures (kinship words of other languages, name-shaped words in name positions, ALL-CAPS names) ----
// Kinship words of other languages and families: before a name they are a title ("Bà Tư", "koro Hemi", "Hajja Amina"), in brackets
// before one they say who it is ("obaachan (Fumiko)"), and alone they name nobody ("check Baba's wound", "Maman-bozorg (grandma)")
const U_KIN = new Set([
  "koro", "kuia", "nan", "nana", "nanny", "nanna", "tutu", "kupuna", "bà", "ông", "cô", "chú", "bác", "dì", "tita", "tito", "lola", "lolo", "kuya",
  "hajja", "hajji", "haji", "hajiya", "alhaja", "alhaji", "mama", "baba", "bibi", "babu", "nani", "dadi", "dada", "ammi", "ammu", "abbu",
  "abba", "amma", "appa", "paati", "thatha", "ajji", "ajja", "obaachan", "obaasan", "ojiichan", "ojiisan", "halmeoni", "halmoni", "harabeoji",
  "nainai", "yeye", "laolao", "waipo", "popo", "ahma", "amah", "babushka", "dedushka", "babcia", "dziadek", "babka", "bunica", "oma", "opa",
  "nonna", "nonno", "abuela", "abuelo", "abuelita", "abuelito", "vovó", "vovô", "avó", "avô", "gogo", "makhulu", "mkhulu", "yaya", "teta",
  "sitti", "sitto", "jiddo", "jaddah", "khala", "khalto", "maman-bozorg", "madar-bozorg", "pedar-bozorg", "baba-bozorg", "babaanne",
  "anneanne", "dede", "nene", "mummy", "tia", "tio", "mataji", "pitaji", "maaji", "ammachi", "appachan", "achan", "ammamma", "gran", "granny", "grandma", "grandpa", "grandad", "granddad"
]);
// Honorifics written after a given name in South Asian and other families: "Rashmi didi has PCOS", "Anil ji's sugar", "Shanti aunty"
const U_KIN_AFTER = new Set(["didi", "di", "bhaiya", "bhaiyya", "bhai", "ji", "jee", "aunty", "auntie", "apa", "aapa", "baji", "sahib", "saab", "bhabhi", "chachi", "mausi", "maasi", "akka", "anna", "amma"]);
// People of a household or a care team who are named after the word: "our househelp Achieng", "the pharmacist (Tuan at ...)"
const U_ROLE = new Set([
  "househelp", "house-help", "housekeeper", "helper", "maid", "ayah", "driver", "cleaner", "caretaker", "aide", "pharmacist", "chemist", "tenant",
  "landlord", "landlady", "lodger", "classmate", "teammate", "godmother", "godfather", "godchild", "ward", "foster", "stepkid", "grandbaby"
]);
// Clinical things a person owns, beyond the shared list: "Tendai's CD4", "Sipho's CPAP machine", "Vang Xiong's new clinic", "NKEM'S SUGARS"
const U_POSS_THING =
  /^['’][sS]\s(?:\p{L}+\s)?(?:cd4|viral load|cpap|bipap|machine|clinic|records?|chart|file|sugars|readings|seizures?|cell|phone|mobile|number|email|address|case|care|wheelchair|walker|hearing aids?|pump|pacemaker|stoma|catheter|tube|lesions?|moles?|lump|spots|bite|burns?|fractures?|condition|diagnosis|treatment|therapy|operation|procedure|meds|tablets|drops|cream|ointment|injections?|jabs|bloodwork|blood work|labs?|tests?|ultrasound|x-?rays?|sats|fevers?|rash|cough|skin|eyes?|ears?|hips?|knees?|feet|legs?|wound|ulcer|sores?|bp|a1c|inr|ecg|egfr|psa|tsh|levels?|doctor|doctors|gp|nurse|specialist|referral|appointment|follow-?up|results?|scan|mri|ct|discharge|surgery)(?![\p{L}])/iu;
// Clinical acronyms, which an ALL-CAPS message shares with its names ("COPD HAS GOT WORSE", "BP IS HIGH")
const U_ACRONYMS = new Set([
  "copd", "adhd", "gerd", "ibs", "uti", "hiv", "aids", "covid", "mrsa", "ptsd", "ocd", "ckd", "chf", "dvt", "ms", "als", "sle", "ra", "oa", "tia",
  "cva", "mi", "afib", "gad", "asd", "pcos", "ibd", "dka", "bph", "ed", "std", "sti", "hpv", "hsv", "rsv", "ebv", "cmv", "tb", "osa", "aki", "bp",
  "mri", "ct", "ecg", "ekg", "cpap", "bipap", "er", "icu", "gp", "dr", "rn", "np", "otc", "bmi", "a1c", "inr", "tsh", "psa", "ldl", "hdl", "ana", "cbc", "ua", "iv",
  "im", "po", "prn", "bid", "tid", "qid", "asap", "pls", "plz", "lol", "omg", "idk", "tbh", "fyi", "ok", "nhs", "cdc", "who", "fda", "usa", "uk"
]);
// Drug makers named for their founders, which open a sentence as a person would ("Eli Lilly says", "Novo Nordisk has")
const U_PHARMA = /^(?:Lilly|Nordisk|Johnson|Merck|Pfizer|Bayer|Sanofi|Roche|Teva|Mylan|Sandoz|Takeda|Gilead|Amgen|AbbVie|Novartis|Moderna|Zeneca|Squibb|Boehringer|Ingelheim|Abbott)$/;
// Abbreviated given names: "Ma. Cristina" (María, Filipino), "Md. Rafiqul" and "Mohd. Azlan" (Mohammad), "Wm.", "Jas.", "Chas.", "Thos."
const U_ABBR_GIVEN = /(?:^|[^\p{L}])((?:Ma|Md|Mohd|Muhd|Wm|Jas|Chas|Thos|Geo|Jno)\.?\s)$/u;
// Reported speech: the clinician said who has what ("she said Tolu has mild hearing loss", "Dr. X said Ildikó has cataracts")
const U_REPORTED = /(?:^|[^\p{L}])(?:said|says|told (?:me|us|them)|thinks|thought|mentioned|confirmed|explained|found|feels)(?:\sthat)?\s$/u;
// Verbs after a subject (with "lives" and "was started"), read in lower case so an ALL-CAPS message reads the same
const U_SUBJECT_MORE = /^\s(?:lives|lived|stays|works|was started|is on|has been|keeps|goes|attends)\b/;
// Han, Hangul or kana in brackets after a name: the same person written in their own script ("Wong Mei-Ling (黄美玲)")
const U_SCRIPT_NAME = /^\s?[(（]([\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}ー・]{2,6})[)）]/u;

/** A lower-case word the lists say is no name: a listed non-name, eponym, title, relation, drug, time or state word, acronym or country (shared by the phi-u and phi-x cues). */
function listedNotName(l: string): boolean {
  return (
    NOT_NAMES.has(l) || EPONYM_SURNAMES.has(l) || TITLES.has(l) || RELATIONS.has(l) || EXTEND_STOP.has(l) || DRUG_WORDS.has(l) || TIME_WORDS.has(l) || U_ACRONYMS.has(l) || STATE_NAME_SET.has(l) || COUNTRY_WORDS[l] !== undefined
  );
}

/** The cues of the phi-u writer (names of many cultures); returns the hits with this block's additions, retypes and drops. */
function phiUCues(toks: WordToken[], text: string, hits: PhiHit[]): PhiHit[] {
  if (text.length > 20_000) return hits;
  const { cur, drop, lap, put } = hitOverlay(hits);
  const N: readonly PhiType[] = ["NAME", "CITY"];
  const shouting = toks.length > 0 && toks[0]!.shouting;
  const hitAt = (start: number, end: number, type: PhiType = "NAME"): PhiHit | undefined => lap(start, end).find((h) => h.type === type);
  // ("Sjögren's": an eponym with its accents; the folded word is tested only against eponyms, so "Tư" is not Spanish "tu")
  const banned = (w: string): boolean => bannedOne(w) || NOT_NAMES.has(foldName(w)) || EPONYM_SURNAMES.has(foldName(w));
  const bannedOne = (l: string): boolean =>
    listedNotName(l) || FOREIGN_WORDS.has(l) || U_KIN.has(l) || U_ROLE.has(l) || U_KIN_AFTER.has(l);
  /** A word shaped like a name, whatever its case: listed, a given name or surname, or a word no English list or lexicon knows. */
  const nameWord = (t: WordToken, loose = false): boolean => {
    const l = t.lower.replace(/['’]s$/, "");
    if (l.length < 2 || banned(l) || /\d/.test(l) || UNPRONOUNCEABLE.test(l) || DRUG_STEM.test(l) || CHEMICAL_ENDING.test(l)) return false;
    // "his brothers CPAP mask": a word in capitals in a message not written in capitals is an acronym
    if (!shouting && t.text.length >= 2 && t.text === t.text.toUpperCase()) return false;
    if (EPONYM_NEXT.test(text.slice(t.end, t.end + 24))) return false;
    if (isGivenName(l) !== undefined || isSurname(l) || R_VI_SURNAMES.has(foldName(l))) return true;
    if (isListedName(l) && !isEnglishWord(l) && !isCommonWord(l)) return true;
    if (isEnglishWord(l) || isCommonWord(l)) return loose && WORD_NAMES.has(l);
    const tag = lexicon.tagOf(l);
    if (tag !== undefined && !/Name/.test(tag)) return false;
    return l.length >= 3 && /^[\p{L}\p{M}'’-]+$/u.test(l) && !(l.length > 4 && NON_NAME_ENDING.test(l) && !foreignIng(l));
  };
  const idx = new Map<number, number>();
  toks.forEach((t, k) => idx.set(t.start, k));
  const next = (k: number): WordToken | undefined => toks[k + 1];
  const gap = (k: number): string => (toks[k + 1] ? text.slice(toks[k]!.end, toks[k + 1]!.start) : "");
  // the whole run of capitalised name words from token k on ("Wiremu Te Rangi", "Teuila Faleolo"): its last token
  const runEnd = (k: number): number => {
    let e = k;
    for (let j = k + 1; j < toks.length && j <= k + 3; j++) {
      const g = text.slice(toks[j - 1]!.end, toks[j]!.start);
      if (g !== " ") break;
      const w = toks[j]!;
      if (/^(?:te|ap|de|da|van|al|bin|dela|del|dos)$/.test(w.lower) && toks[j + 1] && text.slice(w.end, toks[j + 1]!.start) === " " && toks[j + 1]!.cap && nameWord(toks[j + 1]!)) {
        e = j + 1;
        j++;
        continue;
      }
      if (!w.cap || !nameWord(w)) break;
      e = j;
    }
    return e;
  };
  const owner = (k: number): boolean => {
    // "my", "our", "Malia's" before the who-word, over up to two modifiers ("baby boy", "little sister")
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      const w = toks[j]!;
      if (/^(?:my|our|his|her|their|your)$/.test(w.lower)) return true;
      if (/^['’]s?\s$/.test(text.slice(w.end, toks[j + 1]!.start))) return true;
      if (!(RELATION_MODIFIER.test(w.lower) || RELATIONS.has(w.lower))) return false;
    }
    return false;
  };

  // -- phones a Japanese ID label took: "my number is 929-555-0114" is a telephone (My Number IDs have 12 digits) --
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "SSN") continue;
    const v = text.slice(h.start, h.end);
    if (/^\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}$/.test(v) && /\bmy\snumber\s(?:is\s)?:?\s?$/i.test(text.slice(Math.max(0, h.start - 16), h.start))) {
      drop.add(h);
      put("PHONE", h.start, h.end, ["SSN"]);
    }
  }
  // -- a kinship word alone names nobody: "check Baba's wound", "Maman-bozorg (grandma) Mahin Khosravi" --
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "NAME") continue;
    const v = text.slice(h.start, h.end).toLowerCase();
    // (not a given name too, not after "calls me" or a title, not one told in brackets: "bibi (my grandma)", "calls me Lola")
    if (U_KIN.has(v) && isGivenName(v) === undefined && !/(?:^|[^\p{L}])(?:mr|mrs|ms|dr|miss|call|calls|called|named|name is|known as)\.?\s(?:me\s|her\s|him\s)?$/iu.test(text.slice(Math.max(0, h.start - 16), h.start)) && !/^\s?\((?:my|our|his|her)\s/iu.test(text.slice(h.end, h.end + 8))) drop.add(h);
  }

  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const n = next(k);
    const after = text.slice(t.end, t.end + 60);
    // -- a who-word, then the name: "our househelp Achieng", "Malia's baby boy Keoni", "my koro, Wiremu Te Rangi", "Bà Tư",
    // "obaachan (Fumiko)", "the pharmacist (Tuan at the Walgreens)" --
    const who = U_KIN.has(t.lower) || U_ROLE.has(t.lower) || RELATIONS.has(t.lower) || TITLES.has(t.lower);
    if (who && n && !STRICT_TITLES.has(t.lower) && t.lower !== "doctor") {
      const g = gap(k);
      const nk = k + 1;
      const bracket = /^\s?\($/.test(g) && /^(?:\)|\s(?:at|from|of)\s|,)/.test(text.slice(n.end, n.end + 6));
      // (not a place that starts with a kinship word: "Gran Canaria")
      const kinTitle = U_KIN.has(t.lower) && g === " " && n.cap && !(placePopulation(`${t.lower} ${n.lower}`) ?? 0);
      const owned = (g === " " || g === ", ") && n.cap && owner(k) && (U_ROLE.has(t.lower) || U_KIN.has(t.lower) || RELATIONS.has(t.lower));
      if ((bracket || kinTitle || owned) && (n.cap || bracket) && nameWord(n) && !(n.lower.length < 3 && !kinTitle)) {
        const e = n.cap ? runEnd(nk) : nk;
        put("NAME", n.start, toks[e]!.end, N);
        k = e;
        continue;
      }
    }
    // -- a name, then a kinship honorific: "Rashmi didi has PCOS", "Anil ji's sugar" --
    if (n && U_KIN_AFTER.has(n.lower) && gap(k) === " " && nameWord(t) && (t.cap || listedName(t)) && /^(?:\s|['’]s\s|[,.)])/.test(text.slice(n.end, n.end + 3)) && (SUBJECT_VERB.test(text.slice(n.end, n.end + 16)) || /^['’]s\s|^[,.)]/.test(text.slice(n.end, n.end + 3)))) {
      put("NAME", t.start, t.end, N);
      continue;
    }
    // -- the owner of a clinical thing: "Shandiin's seizure meds", "Tendai's CD4", "is ifeoma's rash", "dr rahimi's cell", "NKEM'S SUGARS" --
    // (a word in capitals keeps its "'S": "NKEM'S")
    const capsPoss = /['’]S$/.test(t.text) ? 2 : 0;
    const possAfter = capsPoss ? text.slice(t.end - 2, t.end + 60) : after;
    if (/^['’][sS]\s/.test(possAfter) && (POSSESSIVE_THING.test(possAfter) || U_POSS_THING.test(possAfter))) {
      const allCaps = t.text.length >= 3 && t.text === t.text.toUpperCase();
      // (a lower-case owner only from the name lists: "is ifeoma's rash", "dr rahimi's cell"; a sizeable town owns no meds: "Lagos's clinics")
      const ok = allCaps ? shouting && nameWord(t) : t.cap ? nameWord(t) && !(t.sentenceStart && isEnglishWord(t.lower)) && !((placePopulation(t.lower) ?? 0) >= 50_000 && !listedName(t)) : listedName(t) && !banned(t.lower);
      // (a saint's name before "'s" is an institution: "St Mary's clinic", "St. John's care home")
      const saint = k > 0 && (SAINTS.has(toks[k - 1]!.lower) || INSTITUTION_BEFORE.test(toks[k - 1]!.lower));
      if (ok && !saint && !hitAt(t.start, t.end, "NAME")) {
        // "Vang Xiong's": a capitalised name word before it belongs to the name
        const p = toks[k - 1];
        const from = p && t.cap && p.cap && text.slice(p.end, t.start) === " " && nameWord(p) && !p.sentenceStart ? p.start : p && t.cap && p.cap && text.slice(p.end, t.start) === " " && nameWord(p) ? p.start : t.start;
        put("NAME", from, t.end - capsPoss, N);
        continue;
      } else if (ok && !saint && t.cap) {
        const p = toks[k - 1];
        if (p && p.cap && text.slice(p.end, t.start) === " " && nameWord(p)) put("NAME", p.start, t.end, N);
      }
    }
    // -- reported speech: "she said Tolu has mild hearing loss", "Dr. Horváth-Nagy said Ildikó has early cataracts" --
    if (t.cap && !t.sentenceStart && U_REPORTED.test(text.slice(Math.max(0, t.start - 24), t.start)) && (SUBJECT_VERB.test(after) || U_SUBJECT_MORE.test(after))) {
      const l = t.lower;
      const rare = isEnglishWord(l) && (englishWordLevel(l) ?? 0) >= 50 && !isCommonWord(l);
      if ((nameWord(t) || (rare && !banned(l) && !DRUG_STEM.test(l))) && !/^[A-Z]{2,}$/.test(t.text)) {
        put("NAME", t.start, t.end, ["NAME"]);
        continue;
      }
    }
    // -- two name words opening a sentence, then what the person does: "Teuila Faleolo lives at ...", "Lose Taufa was started on" --
    if (t.sentenceStart && t.cap && n && n.cap && gap(k) === " " && !/^[A-Z]{2,}$/.test(t.text)) {
      const nAfter = text.slice(n.end, n.end + 20).toLowerCase();
      const verb = SUBJECT_VERB.test(nAfter) || U_SUBJECT_MORE.test(nAfter);
      const firstOk = nameWord(t) || (inNameList(t.lower) && !banned(t.lower) && !RELATION_MODIFIER.test(t.lower) && !/Conjunction|Preposition|Adverb|Determiner|Pronoun|QuestionWord|Copula|Modal/.test(lexicon.tagOf(t.lower) ?? "") && hitAt(n.start, n.end) !== undefined);
      // (not a drug maker named for its founder: "Eli Lilly says")
      if (verb && firstOk && nameWord(n, true) && !P_MAKERS.test(t.text) && !P_MAKERS.test(n.text) && !U_PHARMA.test(n.text)) {
        // (a town held already stays one: "Chiang Mai is so smoky")
        put("NAME", t.start, n.end, ["NAME"]);
        k++;
        continue;
      }
    }
    // -- a name with an age in brackets: "Tigist (10) and Dawit (7)" --
    if (t.cap && /^\s\(\d{1,2}\)/.test(after) && nameWord(t)) {
      put("NAME", t.start, t.end, N);
      continue;
    }
    // -- a lower-case name opening a sentence: "sunny my daughter has pink eye", "xiaoming has a peanut allergy" --
    if (!t.cap && t.sentenceStart && t.text === t.lower) {
      const rel = /^\s(?:my|our)\s(?:(?:little|baby|big|older|younger|eldest|oldest|youngest)\s)?(\p{L}+)\b/u.exec(after);
      if (rel && RELATIONS.has(rel[1]!) && (listedName(t) || lowerUnknownName(t) || WORD_NAMES.has(t.lower) || isGivenName(t.lower) !== undefined) && !banned(t.lower)) {
        put("NAME", t.start, t.end, N);
        continue;
      }
      if (lowerUnknownName(t) && !banned(t.lower) && /^\s(?:has|had|keeps|got|woke|fell|ate|swallowed|vomited|threw up|developed|broke)\s/.test(after)) {
        put("NAME", t.start, t.end, N);
        continue;
      }
    }
    // -- a name in capitals opening a sentence: "VASYL KOVALENKO IS MY FATHER", "XIAO LI has high fever", "LIL DEE (my nephew)",
    // "ROSE HAS SHINGLES ON HER BACK" --
    if (t.sentenceStart && t.text.length >= 2 && /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u.test(t.text)) {
      let e = k;
      while (e + 1 < toks.length && e < k + 2 && gap(e) === " " && /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u.test(toks[e + 1]!.text)) e++;
      for (; e >= k; e--) {
        const run = toks.slice(k, e + 1);
        const rest = text.slice(toks[e]!.end, toks[e]!.end + 60);
        const restLower = rest.toLowerCase();
        const relation = IS_MY_RELATION.exec(restLower) ?? BRACKET_RELATION_AFTER.exec(restLower);
        const verb = SUBJECT_VERB.test(restLower) || U_SUBJECT_MORE.test(restLower);
        const lows = run.map((w) => w.lower.replace(/['’]s$/, ""));
        if (lows.some((l) => U_ACRONYMS.has(l) || RELATIONS.has(l) || TITLES.has(l))) continue;
        const listed = (l: string): boolean => isGivenName(l) !== undefined || isSurname(l) || (isListedName(l) && !isEnglishWord(l));
        const unknown = (l: string): boolean => !isEnglishWord(l) && !isCommonWord(l) && lexicon.tagOf(l) === undefined && !banned(l) && !UNPRONOUNCEABLE.test(l) && !DRUG_STEM.test(l) && l.length >= 3;
        let ok = false;
        if (relation && RELATIONS.has(relation[1]!)) ok = lows.every((l, j) => listed(l) || unknown(l) || (j === 0 && lows.length > 1 && /^(?:lil|big|little)$/.test(l))) && lows.some(listed);
        else if (verb && run.length > 1) ok = lows.every(listed);
        else if (verb && shouting && run.length === 1) {
          const sentence = /^[^.!?\n]{0,80}/.exec(rest)![0].toLowerCase();
          ok = (listed(lows[0]!) || WORD_NAMES.has(lows[0]!)) && /\b(?:her|his|she|he|him)\b/.test(sentence) && !banned(lows[0]!);
        }
        if (ok) {
          put("NAME", t.start, toks[e]!.end, N);
          k = e;
          break;
        }
      }
    }
  }

  // -- found names, made whole --
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "NAME") continue;
    const before = text.slice(Math.max(0, h.start - 24), h.start);
    const after = text.slice(h.end, h.end + 40);
    // "Ma. Cristina Dela Peña", "Md. Rafiqul Islam": an abbreviated given name before the name
    const ab = U_ABBR_GIVEN.exec(before);
    if (ab && /^\p{Lu}/u.test(text[h.start] ?? "")) {
      put("NAME", h.start - ab[1]!.length, h.end, N);
      continue;
    }
    // "Dr. St. Clair": the saint's abbreviation begins the surname
    const st = /(?:^|[^\p{L}])((?:St|Ste)\.?\s)$/u.exec(before);
    if (st && /(?:^|[^\p{L}])(?:Dr|Mr|Mrs|Ms|Miss|Prof|Nurse)\.?\s(?:St|Ste)\.?\s$/u.test(before)) {
      put("NAME", h.start - st[1]!.length, h.end, ["NAME", "CITY"]);
      continue;
    }
    // "Wiremu Te Rangi", "Dafydd ap Rhys": a given name and a particle of Māori or Welsh names before the surname
    const te = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]{1,25})\s(?:Te|ap|Ap)\s$/u.exec(before);
    if (te && !banned(te[1]!.toLowerCase()) && !isCommonWord(te[1]!.toLowerCase())) {
      put("NAME", h.start - te[0].length + te[0].indexOf(te[1]!), h.end, N);
      continue;
    }
    // "Precious Joy has ringworm": a word name before the listed name that opens the sentence
    const ws = /(?:^|[.!?]\s{1,3})(\p{Lu}\p{Ll}{2,15})\s$/u.exec(before);
    if (ws && h.start - ws[1]!.length - 1 >= 0 && WORD_NAMES.has(ws[1]!.toLowerCase()) && (SUBJECT_VERB.test(after) || U_SUBJECT_MORE.test(after))) {
      put("NAME", h.start - ws[1]!.length - 1, h.end, N);
      continue;
    }
    // "Bao An is 3 weeks old": a second given name after the first, before the verb (mid-sentence capitals make "An" no article)
    const second = /^\s(\p{Lu}\p{Ll}{1,8})(?=\s(?:is|was|has|had)\b)/u.exec(after);
    if (second && (R_VI_GIVEN.test(foldName(second[1]!.toLowerCase())) || (isListedName(second[1]!.toLowerCase()) && !isEnglishWord(second[1]!.toLowerCase())))) {
      const v = text.slice(h.start, h.end);
      if (!/\s/.test(v) && (R_VI_GIVEN.test(foldName(v.toLowerCase())) || isListedName(v.toLowerCase()))) put("NAME", h.start, h.end + second[0].length, N);
    }
    // "Wong Mei-Ling (黄美玲)": the same person in Han, Hangul or kana
    const sc = U_SCRIPT_NAME.exec(after);
    if (sc) {
      const s = h.end + sc[0].indexOf(sc[1]!);
      put("NAME", s, s + sc[1]!.length, N);
    }
    // "Dad (Babatunde Ogunleye) is 91 and on 11 medications": an age told right after the named person
    const age = /^\)?,?\s(?:is|was|turned|turns|just turned)\s(\d{1,3})(?=\s(?:and|but|now|so|with|y\/?o|years?|yrs?)\b|[,.;!?]|$)/.exec(after);
    // (ages over 89 only, which HIPAA names as identifiers; younger ages alone identify no one)
    if (age && Number(age[1]) >= 90 && Number(age[1]) <= 120 && !CLINICAL_UNIT_AFTER.test(after.slice(age[0].length, age[0].length + 8))) {
      const s = h.end + age[0].length - age[1]!.length;
      put("AGE", s, s + age[1]!.length, []);
    }
  }
  // "Guadalupe (Lupita) has had nausea": a town's name opening a sentence as the subject of an illness is a person's
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "CITY") continue;
    const k = idx.get(h.start);
    if (k === undefined || !toks[k]!.sentenceStart) continue;
    const after = text.slice(h.end, h.end + 40);
    const nick = /^\s\(\p{Lu}[\p{L}\p{M}'’-]{1,20}\)/u.exec(after);
    const rest = nick ? after.slice(nick[0].length) : after;
    if ((nick || SYMPTOM_BEEN.test(rest)) && SUBJECT_VERB.test(rest) && inNameList(text.slice(h.start, h.end).toLowerCase())) {
      drop.add(h);
      put("NAME", h.start, h.end, N);
    }
  }
  return resolveOverlaps(cur.filter((h) => !drop.has(h)));
}
// ---- end of phi-u ----

// ---- phi-w: identifiers that are numbers or codes written many ways ----
/** "ninety-four", "one hundred three": an age in words from 90 to 120 (bounded alternations only) */
const W_AGE_WORDS = "(?:ninety(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a |one )?hundred(?:(?: and)? (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty))?)";
/** a number of years that only an age over 89 can be: digits 90-120, spaced digits "1 0 3", or words */
const W_AGE_VALUE = `(?:9\\d|1[01]\\d|120|9 \\d|1 [01] \\d|${W_AGE_WORDS})`;
const W_KIN = "(?:mother|father|mom|mum|dad|mama|papa|grandmother|grandfather|grandma|grandpa|grandad|granddad|granny|gran|nan|nana|nanna|aunt|auntie|uncle|husband|wife|patient|pt|resident|neighbou?r|great[\\s-]grand(?:mother|father|ma|pa))";
const W_UNIT_WORDS = /^\s?(?:percent|per cent|mg|pounds|lbs|dollars|degrees|minutes|mins|seconds|days|miles|mph|people|times|units|bucks|thousand|quid|euros|ml|kg|cm|bpm|beats|over)\b/i;
function wAgeNumber(v: string): number {
  const d = v.replace(/\s/g, "");
  if (/^\d+$/.test(d)) return Number(d);
  return 95; // a word age matched W_AGE_WORDS, so it is 90 or more
}

/** The number-and-code cues of the phi-w writer; returns the hits with this block's additions and retypes. */
function phiWCues(text: string, hits: PhiHit[]): PhiHit[] {
  if (text.length > 20_000 || !/\d|ninet|hundred/i.test(text)) return hits;
  const { cur, drop, lap, put } = hitOverlay(hits);
  const SOFT: readonly PhiType[] = ["NAME", "CITY", "DATE", "AGE", "ZIP", "PHONE", "ACCOUNT", "MRN", "HEALTH_PLAN", "SSN", "LICENSE", "DEVICE"];
  const retype = (type: PhiType, start: number, end: number): void => {
    for (const h of lap(start, end)) if (h.type !== type) drop.add(h);
    put(type, start, end, SOFT);
  };
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) fn(m);
  };
  const groupAt = (m: RegExpExecArray, g: number): [number, number] => {
    const s = m.index + m[0].lastIndexOf(m[g]!);
    return [s, s + m[g]!.length];
  };

  // -- SSN: "last four of my social is 7721", "last4 ssn 5562", "SSN ending in 4471": the last four digits of a
  // social security (or insurance) number are still asked for to prove who someone is --
  if (/last|ending|ends/i.test(text)) {
    const SOC = "(?:ssn|ss#?|social(?:\\ssecurity)?(?:\\s(?:number|no\\.?|#))?|sin)";
    each(
      new RegExp(`\\b(?:last[\\s-]?(?:four|4)(?:\\s(?:digits|numbers|nums))?(?:\\s(?:of|on)(?:\\s(?:my|his|her|their|the|your|pt['’]?s|patient['’]?s))?)?\\s${SOC}|${SOC}\\s(?:ending|ends|that ends)\\s(?:in|with))(?:\\s?(?:is|are|was|=|:|#|-))?\\s?(\\d{4})(?![\\d-])`, "gi"),
      (m) => {
        const [s, e] = groupAt(m, 1);
        retype("SSN", s, e);
      },
    );
  }
  // -- SSN typed with spaces between the digits: "my social: 4 4 2 - 7 1 - 3 9 0 8" (after a social/SSN cue) --
  each(/\b(?:ssn|social(?:\ssecurity)?(?:\s(?:number|no\.?|#))?)(?:\s?(?:is|:|#))?\s?(\d\s\d\s\d\s?[-–]\s?\d\s\d\s?[-–]\s?\d\s\d\s\d\s\d)(?!\s?\d)/gi, (m) => {
    const [s, e] = groupAt(m, 1);
    retype("SSN", s, e);
  });
  // -- SSN: the UK National Insurance number (two letters, six digits, A-D) after its label is a national person ID,
  // not a health plan number --
  each(/\b(?:national\sinsurance|nat\.?\sinsurance|nat\.?\sins\.?|NI|NINO)(?:\s(?:number|no\.?|#))?(?:\s?(?:is|:|#))?\s?([A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D])\b/gi, (m) => {
    const [s, e] = groupAt(m, 1);
    retype("SSN", s, e);
  });

  // -- national health numbers and Medicare identifiers after their labels. A national health service number (NHS,
  // CHI, a Canadian health card with its version letters) is typed MRN as the earlier writers label it (it is the
  // number a record is filed under); the US Medicare MBI, the older HICN and a VA claim number are plan numbers --
  each(
    /\b(?:(NHS|CHI|HCN|OHIP|PHN|RAMQ|health\scard|(?:provincial\s)?health\s(?:number|no\.?))|(MBI|HICN|medicare\sbeneficiary\s(?:identifier|id|number)|VA\sclaim|VA\sfile|C-?file))(?:\s(?:number|no\.?|#|id))?(?:\s?(?:is|was|:|#|=))?\s?((?:[A-Z]-?)?(?:[0-9A-Z]{1,4}[ -]?){1,4}[0-9A-Z]{1,4}(?:\s[A-Z]{2}\b)?)/gi,
    (m) => {
      // (the label is matched in any case, the value only in capitals and digits: a trailing lower-case word is no version code)
      let v = m[3]!.replace(/\s[a-z]{2}$/i, (x) => (x === x.toUpperCase() ? x : ""));
      v = /^(?:[A-Z]-?)?[0-9A-Z]+(?:[ -][0-9A-Z]+)*/.exec(v)?.[0] ?? "";
      // (at least four digits in nine or more characters: "5EG7-QX2-AB19", "485 777 3456", not "NHS trust 2")
      if ((v.match(/\d/g) ?? []).length < 4 || v.replace(/[^0-9A-Z]/g, "").length < 9) return;
      const [s] = groupAt(m, 3);
      const type: PhiType = m[1] ? "MRN" : "HEALTH_PLAN";
      // (a health number already found as a record or plan number keeps its type)
      if (m[1] && lap(s, s + v.length).some((h) => (h.type === "MRN" || h.type === "HEALTH_PLAN") && h.start <= s && h.end >= s + v.length)) return;
      retype(type, s, s + v.length);
    },
  );
  // -- MRN: "Kaiser MRN is 000-112-9843": the record-number label right before the value wins over an insurer's name --
  each(/\b(?:MRN|medical\srecord\s(?:number|no\.?|#))(?:\s?(?:is|:|#))?\s?(\d[\d-]{4,14}\d)\b/g, (m) => {
    const [s, e] = groupAt(m, 1);
    if (lap(s, e).some((h) => h.type === "HEALTH_PLAN")) retype("MRN", s, e);
  });

  // -- LICENSE: dotted licence codes after a licence label: "license no. is RN.441187", "lic APRN.CNP.0901772" --
  each(/\b(?:licen[cs]e|lic\.?)(?:\s(?:no\.?|number|#))?(?:\s?(?:is|:|#))?\s?((?:[A-Z]{1,6}\.){1,3}\d{4,10})\b/gi, (m) => {
    const [s, e] = groupAt(m, 1);
    retype("LICENSE", s, e);
  });

  // -- DEVICE: serials told around their label --
  // "S/N 19460283 right, 19460291 left": a second serial of the same shape listed after the first
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "DEVICE") continue;
    const v = text.slice(h.start, h.end);
    // "SN 0192 3847": a serial written in groups of digits
    const grp = /^\s(\d{3,6})(?![\d\p{L}])/u.exec(text.slice(h.end, h.end + 10));
    if (/^\d{3,6}$/.test(v) && grp) put("DEVICE", h.start, h.end + grp[0].length, SOFT);
    const shape = (/[A-Z0-9-]+$/.exec(v)?.[0] ?? v).replace(/\d/g, "9").replace(/[A-Z]/g, "A");
    const more = /^(?:\s(?:right|left|r|l|lt|rt|\([^)\n]{1,10}\)))?\s?(?:,|and|&|\/)\s{0,2}([A-Z0-9-]{5,20})(?![\w-])/i.exec(text.slice(h.end, h.end + 40));
    if (more && more[1]!.replace(/\d/g, "9").replace(/[A-Z]/g, "A") === shape && /\d/.test(more[1]!)) {
      const s = h.end + more[0].length - more[1]!.length;
      put("DEVICE", s, s + more[1]!.length, SOFT);
    }
  }
  // "transmitter 9Y2RTQ", "pump ... SN ... PMP2230019K": a code of letters and digits right after a device part, or
  // within a short stretch after a serial label
  each(/\b(?:transmitter|sensor|receiver|generator|pacemaker|defibrillator|icd|pump|processor|implant|hearing\said)(?:\s(?:id|serial|sn|s\/n|#|no\.?))?\s?:?\s?([A-Z0-9]{6,14})\b/gi, (m) => {
    const v = m[1]!;
    if (!/\d/.test(v) || !/[A-Z]/.test(v) || v !== v.toUpperCase()) return;
    const [s, e] = groupAt(m, 1);
    retype("DEVICE", s, e);
  });
  each(/\b(?:SN|S\/N|serial(?:\snumber|\sno\.?|\s#)?)\b[^\n.?!]{0,40}?(?:\.{2,3}\s?|\s)([A-Z]{2,5}\d{5,10}[A-Z]?)(?=[?!,;)]|\.?\s|\.?$)/g, (m) => {
    const [s, e] = groupAt(m, 1);
    if (lap(s, e).length === 0) retype("DEVICE", s, e);
  });

  // -- AGE over 89 said other ways: "Ninety-one y/o male", "father, ninety-four,", "my grandmother (97!)",
  // "in his nineties (97 exactly)", "Harold is 1 0 3 —" --
  each(new RegExp(`(?<![\\p{L}-])(${W_AGE_WORDS})[\\s-]?(?:y\\/?o|yrs?|yr\\.?\\s?old)(?![\\p{L}])`, "giu"), (m) => {
    const [s, e] = groupAt(m, 1);
    put("AGE", s, e, ["NAME", "DATE"]);
  });
  each(new RegExp(`\\b${W_KIN}s?,\\s(${W_AGE_WORDS}|9\\d|1[01]\\d),(?=\\s)`, "giu"), (m) => {
    const [s, e] = groupAt(m, 1);
    put("AGE", s, e, ["NAME", "DATE"]);
  });
  each(new RegExp(`\\b(?:${W_KIN}|nineties|90s|old)\\s\\((9\\d|1[01]\\d)(?=!|\\)|\\s(?:exactly|now|actually|this|last|next|in)\\b)`, "giu"), (m) => {
    const [s, e] = groupAt(m, 1);
    put("AGE", s, e, ["NAME", "DATE"]);
  });
  // "Is 97 too old for a knee replacement?": a number "too old" or "too young" is someone's age
  each(/(?<![\d.])(9\d|1[01]\d)(?:\s(?:is|was))?\s(?:too|so|very|really)\s(?:old|young)\b/gi, (m) => {
    const [s, e] = groupAt(m, 1);
    put("AGE", s, e, ["NAME", "DATE"]);
  });
  // (after a person already found, or a he/she: "Harold is 1 0 3 —", "she's one hundred three and")
  each(new RegExp(`\\b(?:is|was|turned|turns|he['’]s|she['’]s)\\s(${W_AGE_VALUE})(?=\\s?[—–,;!]|\\s?\\.(?!\\d)|\\s(?:and|now|but|yes|today)\\b)`, "giu"), (m) => {
    const [s, e] = groupAt(m, 1);
    if (wAgeNumber(m[1]!) < 90 || wAgeNumber(m[1]!) > 120 || W_UNIT_WORDS.test(text.slice(e, e + 10)) || CLINICAL_UNIT_AFTER.test(text.slice(e, e + 8))) return;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const subject = /(?:\b(?:he|she)['’]s|\b(?:he|she)\s)$/i.test(before + m[0].slice(0, 5)) || /^(?:he|she)/i.test(m[0]) || lap(Math.max(0, m.index - 30), m.index).some((h) => h.type === "NAME" && /^\s?$/.test(text.slice(h.end, m.index))) || new RegExp(`\\b${W_KIN}\\s$`, "i").test(before) || /\b(?:he|she)\s$/i.test(before);
    if (subject) put("AGE", s, e, ["NAME", "DATE"]);
  });
  // (the same age said again in words right after: "1 0 3 — yes one hundred three")
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "AGE") continue;
    const again = new RegExp(`^\\s?[—–-]{1,2}\\s(?:yes,?\\s|yep,?\\s|that['’]s\\s)?(${W_AGE_WORDS})\\b`, "i").exec(text.slice(h.end, h.end + 50));
    if (again) {
      const s = h.end + again[0].length - again[1]!.length;
      put("AGE", s, s + again[1]!.length, ["NAME", "DATE"]);
    }
  }
  // -- not an age: "feels 100 years old", "feel like I'm ninety": how old someone feels names no one's age --
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "AGE") continue;
    if (/\b(?:feels?|feeling|felt)\s(?:like\s)?(?:(?:i['’]m|im|i\sam|she['’]s|he['’]s)\s)?(?:about\s)?$/i.test(text.slice(Math.max(0, h.start - 24), h.start))) drop.add(h);
  }

  // -- not names: "Baby girl Mendez" (a newborn's placeholder before the family name), "CT tech", "DR MRI" (a scan's
  // acronym read as a name after a capitalised "DR" of a device model) --
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "NAME") continue;
    const v = text.slice(h.start, h.end);
    if (/^baby$/i.test(v) && /^\s(?:girl|boy)\b/i.test(text.slice(h.end, h.end + 6))) drop.add(h);
    else if (/^(?:MRI|CT|PET|ECG|EKG|EEG|ICU|ER|ED|OR|CCU|NICU|PICU|ICD|CRT|TAVR|CABG)(?:\s(?:tech|techs|technician|technologist|nurse|scan|suite|room|department|dept|unit))?$/.test(v)) drop.add(h);
  }

  // -- DATE: "missed work Jan 8–10": the end of a day range stays with its month; "expires 10/31": a month/day after an expiry word --
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "DATE") continue;
    const r = /^[–-](\d{1,2})(?!\d|\/|:)/.exec(text.slice(h.end, h.end + 4));
    if (r && /[A-Za-z]{3,9}\.?\s\d{1,2}$/.test(text.slice(h.start, h.end)) && Number(r[1]) <= 31) put("DATE", h.start, h.end + r[0].length, SOFT);
  }
  each(/\b(?:expires?|expiring|expired|exp\.?|expiry|renew(?:s|al)?\s(?:by|due)|valid\s(?:until|till|thru|through))\s(?:on\s)?(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)(?![\d/])/gi, (m) => {
    const [s, e] = groupAt(m, 1);
    const [mo, d] = m[1]!.split("/").map(Number) as [number, number];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) put("DATE", s, e, ["NAME"]);
  });

  // -- VEHICLE: "Florida tag QRT M77": a plate after "tag" with its state or "plate" --
  each(new RegExp(`(?:${STATE_NAMES}|license|licence|number|car|van|truck)\\stag\\s(?:#\\s?|no\\.?\\s)?([A-Z0-9]{2,4}[\\s-][A-Z0-9]{2,4}|[A-Z0-9]{5,8})(?![\\w-])`, "g"), (m) => {
    if (!/\d/.test(m[1]!) || !/[A-Z]/.test(m[1]!)) return;
    const [s, e] = groupAt(m, 1);
    retype("VEHICLE", s, e);
  });
  return resolveOverlaps(cur.filter((h) => !drop.has(h)));
}
// ---- end of phi-w ----

// ---- phi-x: messages typed casually on a phone (lower-case names in name positions, titles typed in lower case,
// bare phone digits, short dates after an event, identifiers after a hedge) ----
// In lower-case typing the capital that marks a name is gone, so the position says it: after a relative ("my husband
// bob's ssn", "bf kenny got"), after a naming cue ("name is pat quinn", "pt ray dixon"), in brackets beside a relative
// ("shawna (my wife)", "dad (frank oduya)"), with an initial ("zoe b got"). A word there is a name only when it is a
// given name or a word no English list knows, never a function word, a drug or a clinical word ("my husband just",
// "my son tylenol"), so the look-alikes stay.
/** the ways a lower-case title is typed: "dr patel", "dr. feldman", "mrs dunn" (the title stays outside the name, as "Dr. [NAME]") */
const X_TITLE_BEFORE = /(?:^|[^\p{L}\p{N}])((?:dr|mrs|mr|ms|miss|prof)\.?[ \t])$/u;
/** nouns that follow a lower-case "dr" and are no surname ("dr office", "dr appt") */
const X_NOT_AFTER_TITLE = /^(?:office|offices|appt|appts|appointment|appointments|visit|visits|note|notes|order|orders|said|says|told|is|was|has|had|wants|and|or|but|to|at|on|in|for|of|w|with|u|me|my|the|a|an|who|visit|called|call|thinks|gave|put|changed|ordered|prescribed|asap|pls|today|tomorrow|yesterday|again|too|also|just|visit|scheduled|recommended)$/;
/** slang and chat words a relative is often followed by, which no name list should lend a name ("my husband kinda", "my son rly") */
const X_CHAT = new Set(["kinda", "sorta", "prob", "probs", "rly", "def", "tho", "lol", "idk", "pls", "plz", "smh", "ngl", "tbh", "gonna", "wanna", "gotta", "ya", "u", "ur", "b", "w", "n", "r", "y", "im", "ive", "hes", "shes", "cant", "dont", "wont", "didnt", "doesnt", "isnt", "wasnt", "thx", "ty", "omg", "btw", "jk", "k", "ok", "okay", "yeah", "yep", "nope", "nah", "ugh", "hmm", "umm", "um", "uh", "like", "also", "always", "never", "still", "just", "even", "really", "only", "now", "then", "too", "again", "recently", "lately", "finally", "already", "bday", "appt", "meds", "dob", "ssn", "mrn", "addy", "ph"]);
/** a naming cue before a lower-case name: "name is", "her name is", "name:", "pt is", "pt,", "patient" */
const X_NAMING_CUE = /(?:^|[^\p{L}])(?:(?:my|his|her|their|our|the|pts?|patient['’]?s?|last|first|full)\s)?(?:name(?:\sis|:|\s-)?|pt(?:\sis|:|,)?|patient(?:\sis|:|,)?|i['’]?m|i am|it['’]?s|this is)\s(?:(?:uh|um|umm|er)\s)?$/u;
/** where a lower-case name after a cue ends: a pause, the end, or a word that starts what follows ("dob", "born", "and") */
const X_NAME_END = /^(?:\s?[,.;:!?()]|\s?$|\s(?:dob|d\.o\.b|born|and|here|from|again|calling|writing|about|re|w|with|age|aged|mrn|ssn|pls|please|thx|thanks|lol|\d))/;
/** a relative, or "2yo", before the name ("my 2yo jacob has") */
const X_AGED_KID = /(?:^|[^\p{L}])(?:my|our|his|her|their)\s(?:\p{L}+\s)?\d{1,2}\s?(?:yo|y\/o|yr|yrs|mo|month|year)(?:[\s-]old)?\s$/u;
/** what follows a name in a relative's slot: "'s", a verb, a pause, an age, a bracket, "and" */
const X_KIN_NAME_AFTER = /^(?:['’]s\s|\s?[,.;:!?)]|\s?$|\s\(|\s\d|\s(?:is|was|has|had|got|gets|on|at|said|says|told|fell|took|takes|needs|wants|keeps|kept|started|just|and|who|hes|shes|he['’]s|she['’]s|woke|threw|came|went|broke|cut|hit|been|seems|feels|felt|tested|both|can|cant|can['’]t|wont|won['’]t|doesnt|doesn['’]t|didnt|didn['’]t|isnt|isn['’]t)\b)/;
/** a relative in brackets right after a name: "shawna (my wife)" */
const X_BRACKET_KIN = /^\s?\((?:my|our|his|her|their)\s(?:\p{L}+\s)?(\p{L}+)\)/u;
/** where a first-and-last name written without a cue ends (a tighter list: "carol beaumont dob", "margaret ohara, my") */
const X_PAIR_END = /^(?:\s?[,;:!?()]|\.(?:\s|$)|\s?$|\s(?:dob|d\.o\.b|born|here|from|calling|again|is|was|has|had|\d))/;
/** a department a caller is from: "jess from billing told me" */
const X_FROM_DESK = /^\sfrom\s(?:the\s)?(?:billing|scheduling|insurance|records|medical records|reception|front desk|registration|pharmacy|the office|your office|dr\s\p{L}+['’]?s\soffice|the lab|lab)\b/u;
/** care places a lower-case town is named after: "the nursing home in boulder says", "walk in clinic in hazelton told me" */
const X_FACILITY_IN = /(?<![\p{L}])(?:nursing home|care home|rest home|assisted living|retirement home|clinic|hospital|urgent care|er|hospice|rehab|pharmacy|dialysis center|dialysis centre)\sin\s(\p{Ll}[\p{Ll}'’-]{2,20})(?![\p{L}'’-])/gu;
/** a phone label or verb before bare digits: "her # is", "call my husband raj on", "ph#", "cell" */
const X_PHONE_CUE = /(?:#|\b(?:ph|phone|cell|cel|mobile|mob|number|num|call|text|txt|reach|contact|whatsapp|on|at))\s?(?:is\s|was\s|:\s?|=\s?|#\s?)?$/i;
/** an event that a short day/month date after it dates: "covid shot 2/17", "my vasectomy was 3/21", "yesterday 9/18" */
const X_EVENT_DATE = /\b(?:shot|shots|booster|jab|vaccine|vax|dose|surgery|procedure|op|operation|appt|appointment|visit|scan|mri|ct|x-?ray|biopsy|labs|bloodwork|test|period|discharge|admission|delivery|induction|transfusion|infusion|injection|\p{L}{3,}(?:ectomy|otomy|ostomy|oscopy|plasty|gram)|yesterday|today|tomorrow|tonight)(?:\s(?:was|is|on|of))?\s(\d{1,2}\/\d{1,2})(?![\d/])/giu;
/** holidays with a year: "born on xmas eve 1985", "new year's day 2019" */
const X_HOLIDAY_YEAR = /\b((?:christmas|xmas|x-mas|new\syear['’]?s)\s(?:eve|day)(?:\sof)?\s(?:19|20)\d\d|(?:halloween|thanksgiving|easter|valentine['’]?s\sday|july\s4th|4th\sof\sjuly)\s(?:19|20)\d\d)\b/gi;
/** a weekday then "the 13th": always a day of the month, whatever follows ("friday the 13th lol") */
const X_WEEKDAY_ORDINAL = /\b((?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?\s(?:the\s)?(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))\b/gi;
/** a weekday typed in lower case before a day/month date, which belongs to it: "thurs 10/5", "fri 9/22" ("Tuesday 5/14" keeps its weekday out, as before) */
const X_WEEKDAY_BEFORE = /(?:^|[^\p{L}])((?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s)$/u;
/** a date typed with spaces around its slashes: "dob is 12 / 01 / 1990" */
const X_SPACED_DATE = /(?<![\d/])(\d{1,2}\s\/\s\d{1,2}\s\/\s(?:19|20)\d\d)(?![\d/])/g;
/** insurers and plan kinds before a member number: "aetna W887123004", "hmo # is KP-00331982" */
const X_PLAN = /\b(?:aetna|cigna|humana|anthem|bcbs|blue\scross|blue\sshield|uhc|united\s?health(?:care)?|kaiser|medicaid|medicare|tricare|molina|ambetter|wellcare|oscar|hmo|ppo|epo)(?:\s(?:member\s)?(?:id|#|no\.?|number))?(?:\s(?:is|was))?[\s,:#]{1,3}((?:[A-Z]{1,4}-?)?\d{6,14}[A-Z]?)(?![\w-])/gi;
/** a driver's licence number after "drivers lic is" */
const X_LICENSE = /\b(?:drivers?|driver['’]s|driving)\s(?:lic|licen[cs]e)\.?(?:\s?(?:#|no\.?|number))?(?:\s(?:is|was))?:?\s([A-Z0-9][A-Z0-9-]{5,20})(?![\w-])/gi;
/** a record number after a hedge: "mrn i think its MR-5539120" */
const X_MRN_HEDGE = /\b(?:mrn|medical\srecord\s(?:number|no\.?|#)|chart\s(?:number|no\.?|#))\s(?:(?:i\sthink|i\sbelieve|maybe|prob(?:ably)?)\s)?(?:it['’]?s|is|:)\s([A-Z]{1,4}-?\d{5,12})(?![\w-])/gi;
/** the last four of a social, said after the label: "ssn last 4 is 8821" */
const X_SSN_LAST4 = /\b(?:ssn|social)\s(?:last[\s-]?(?:4|four))(?:\s(?:digits|numbers))?(?:\s(?:is|are|=|:))?\s?(\d{4})(?![\d-])/gi;
/** a unit after a street address: "22 county rd 14 lot 6" */
const X_UNIT_AFTER = /^,?\s(?:lot|apt|unit|ste|suite|space|trlr|trailer|rm|room|#)\s?#?\d{1,5}[a-z]?(?![\p{L}\d])/iu;

/** relatives in chat shorthand: "my sis jen", "my bro kev", "my bff tasha" */
const X_KIN_CHAT = new Set(["sis", "bro", "bff", "bestfriend", "stepbro", "stepsis", "hubs", "mil", "fil"]);
/** English function words, counted against Spanish and other ones to tell a message's language */
const X_ENGLISH_FUNCTION = new Set(["the", "and", "my", "is", "i", "im", "to", "of", "it", "in", "for", "with", "he", "she", "was", "has", "have", "had", "this", "that", "but", "on", "at", "his", "her", "our", "we", "you", "u", "me", "be", "are", "can", "what", "how", "its"]);
/** a portal login with an underscore after its label: "username is bigtex_rn" */
const X_USER = /\b(?:[Uu]ser(?:name| name| ID| id)?|[Ll]ogin|[Hh]andle)(?:\sis|\s?:)?\s{1,2}([a-z][a-z0-9.-]{1,30}_[a-z0-9._-]{1,30})(?![\w@.-])/g;

/** The casual-typing cues of the phi-x writer; returns the hits with this block's additions, retypes and drops. */
function phiXCues(toks: WordToken[], text: string, hits: PhiHit[]): PhiHit[] {
  if (text.length > 20_000) return hits;
  const { cur, drop, lap, put } = hitOverlay(hits);
  const N: readonly PhiType[] = ["NAME", "CITY"];
  const free = (s: number, e: number): boolean => lap(s, e).length === 0;
  const bannedEn = (l: string): boolean =>
    listedNotName(l) || X_CHAT.has(l);
  // (Spanish and other function words are no names either: "ella tiene 75 años", "lola ko is 98")
  const banned = (l: string): boolean => bannedEn(l) || FOREIGN_WORDS.has(l) || FOREIGN_FUNCTION.has(l);
  const function_ = (l: string): boolean => VERB_OR_FUNCTION.test(lexicon.tagOf(l) ?? "");
  const clinical = (l: string): boolean => DRUG_STEM.test(l) || CHEMICAL_ENDING.test(l) || DRUG_ENDING.test(l) || (l.length > 4 && NON_NAME_ENDING.test(l) && !foreignIng(l)) || MEDICINE_NAME_WORDS.has(l);
  /** a lower-case word that is a given name or a name no English list knows (the strict test, for positions with a weaker cue) */
  const nameWord = (t: WordToken): boolean => {
    const l = t.lower.replace(/['’]s$/, "");
    // (a contraction is no name: "bf od'd and", "he'll")
    if (l.length < 2 || banned(l) || /[\d_]/.test(l) || /['’](?:d|t|m|ll|re|ve)$/.test(l) || UNPRONOUNCEABLE.test(l) || clinical(l) || function_(l)) return false;
    if (isGivenName(l) === "strong" && !isCommonWord(l)) return true;
    if (isCommonWord(l)) return false;
    if (isEnglishWord(l)) return (englishWordLevel(l) ?? 0) >= 50 && inNameList(l);
    return l.length >= 3 ? inNameList(l) || isSurname(l) || R_VI_SURNAMES.has(l) : isListedName(l);
  };
  /** looser: also a given name that is an English word ("bob", "lily", "amber"), for a strong slot */
  const nameWordLoose = (t: WordToken): boolean => {
    const l = t.lower.replace(/['’]s$/, "");
    if (nameWord(t)) return true;
    if (l.length < 2 || banned(l) || /['’](?:d|t|m|ll|re|ve)$/.test(l) || clinical(l) || function_(l)) return false;
    return isGivenName(l) !== undefined || WORD_NAMES.has(l);
  };
  /** the second word of a lower-case full name: a surname, a listed name, or a word no list knows */
  const surnameWord = (t: WordToken): boolean => {
    const l = t.lower.replace(/['’]s$/, "");
    if (l.length < 3 || banned(l) || /\d/.test(l) || clinical(l) || function_(l) || isCommonWord(l)) return false;
    if (isSurname(l) || R_VI_SURNAMES.has(l)) return !isEnglishWord(l) || (englishWordLevel(l) ?? 0) >= 50;
    if (isEnglishWord(l)) return false;
    return inNameList(l) || (!lexicon.tagOf(l) && /^[\p{Ll}'’-]+$/u.test(l) && !UNPRONOUNCEABLE.test(l));
  };
  /** after a naming cue, any word that is no function word, number or clinical word ends the name ("pat quinn", "kim young") */
  const cuedSurname = (t: WordToken): boolean => {
    const l = t.lower;
    return l.length >= 2 && !banned(l) && !clinical(l) && !function_(l) && !/\d/.test(l) && !/^(?:dob|born|age|aged|here|from|again|calling|mrn|ssn)$/.test(l);
  };
  const idx = new Map<number, number>();
  toks.forEach((t, k) => idx.set(t.start, k));
  const lowerTok = (t: WordToken): boolean => /^\p{Ll}/u.test(t.text);
  const oneSpace = (a: WordToken, b: WordToken): boolean => text.slice(a.end, b.start) === " ";
  const nameAt = (t: WordToken): PhiHit | undefined => lap(t.start, t.end).find((h) => h.type === "NAME");
  const ageAfter = (end: number): void => {
    // "dad (frank oduya) is 91": an age over 89 told right after the named person (as phi-u does for the names it finds)
    const age = /^\)?,?\s(?:is|was|turned|turns|just turned)\s(\d{2,3})(?=\s(?:and|but|now|so|with|y\/?o|years?|yrs?)\b|[,.;!?]|$)/.exec(text.slice(end, end + 30));
    if (age && Number(age[1]) >= 90 && Number(age[1]) <= 120) {
      const s = end + age[0].length - age[1]!.length;
      put("AGE", s, s + age[1]!.length, []);
    }
  };

  // -- names in lower case (not in a message written in Spanish or another language: "tiene la cara hinchada", "hace popo cada 3 dias") --
  let foreign = 0;
  let english = 0;
  for (const t of toks) {
    if (FOREIGN_FUNCTION.has(t.lower) || FOREIGN_WORDS.has(t.lower)) foreign++;
    else if (X_ENGLISH_FUNCTION.has(t.lower)) english++;
  }
  const otherLanguage = foreign >= 2 && foreign >= english;
  for (let k = 0; k < toks.length && !otherLanguage; k++) {
    const t = toks[k]!;
    if (!lowerTok(t)) continue;
    const n = toks[k + 1];
    const before = text.slice(Math.max(0, t.start - 40), t.start);
    const after = text.slice(t.end, t.end + 40);
    // a lower-case title then one letter: "dr k (kaminski)", "dr b told me", "hey dr p, its joe" (a clinician known by an initial)
    const title = endsWithTail(X_TITLE_TAIL, before) ? X_TITLE_BEFORE.exec(before) : null;
    if (title && t.text.length === 1 && /^[a-z]$/.test(t.text) && /^(?:\s?\(|\s?,|\s(?:said|says|told|wants|put|ordered|prescribed|thinks|gave|is|was)\b)/.test(after)) {
      put("NAME", t.start, t.end, N);
      // "(kaminski)": the full surname in brackets after the initial
      const br = /^\s?\((\p{Ll}[\p{Ll}'’-]{2,30})\)/u.exec(after);
      if (br && !banned(br[1]!) && !function_(br[1]!) && !clinical(br[1]!)) {
        const s = t.end + br[0].indexOf(br[1]!);
        put("NAME", s, s + br[1]!.length, N);
      }
      continue;
    }
    // a lower-case "dr" then a surname that is also an English word, before what a clinician does: "dr stone wants me to try"
    if (title && title[1]!.startsWith("dr") && t.text.length >= 3 && !X_NOT_AFTER_TITLE.test(t.lower) && !banned(t.lower) && !clinical(t.lower) && !function_(t.lower) && !nameAt(t)) {
      if (/^\s(?:said|says|told|wants|wanted|put|ordered|prescribed|thinks|recommended|gave|referred|switched|started|stopped|upped|increased|lowered|changed)\b/.test(after) && (isSurname(t.lower) || isEnglishWord(t.lower))) {
        put("NAME", t.start, t.end, N);
      }
    }
    // after a naming cue: "name is pat quinn", "her name is rose delgado", "pt is harold finch", "pt, kim young,", "im amber"
    const cue = endsWithTail(X_NAMING_TAIL, before) ? X_NAMING_CUE.exec(before) : null;
    if (cue && !title && nameWordLoose(t)) {
      const strongCue = /name|pt|patient/.test(cue[0]);
      if (n && oneSpace(t, n) && lowerTok(n) && cuedSurname(n) && (strongCue || surnameWord(n)) && X_NAME_END.test(text.slice(n.end, n.end + 12)) && (strongCue || nameWord(t) || isGivenName(t.lower) !== undefined)) {
        put("NAME", t.start, n.end, N);
        k++;
        continue;
      }
      // one name alone after the cue, ending the clause ("im amber", "her name is tina")
      if (X_NAME_END.test(after.slice(0, 12)) && (strongCue ? nameWordLoose(t) : isGivenName(t.lower) === "strong" && !function_(t.lower))) {
        if (!/^\s(?:and|w|with|here|from|again|about|re)\b/.test(after) || strongCue) put("NAME", t.start, t.end, N);
        continue;
      }
    }
    // after a relative: "my husband bob's ssn", "bf kenny got", "my aunt vi is 97", "daughter is mia,", "my 2yo jacob has",
    // "my wife's best friend amy is" (a weaker word only before a possessive, a pause or a verb)
    const prev = toks[k - 1];
    const prev2 = toks[k - 2];
    const kinWord = (w: WordToken | undefined): boolean => w !== undefined && (RELATIONS.has(w.lower) || U_KIN.has(w.lower) || X_KIN_CHAT.has(w.lower));
    // ("daughter is mia,", "my son named eli": the relative, then "is" or "named")
    // ("my sis jen is", "my bro kev has": relatives in chat shorthand)
    const kinBefore = (kinWord(prev) && oneSpace(prev!, t)) || (prev !== undefined && /^(?:is|named|called)$/.test(prev.lower) && kinWord(prev2) && prev2!.lower !== "pt" && oneSpace(prev2!, prev) && oneSpace(prev, t));
    if ((kinBefore || (endsWithTail(X_AGED_KID_TAIL, before) && X_AGED_KID.test(before))) && !title && !nameAt(t) && X_KIN_NAME_AFTER.test(after)) {
      // (a two-letter name only after "my aunt": "lola ko" is Tagalog for "my grandma")
      const owned = /(?:^|[^\p{L}])(?:my|our|his|her|their|your)\s(?:\p{L}+\s){0,2}$/u.test(text.slice(Math.max(0, (prev?.start ?? t.start) - 30), prev?.start ?? t.start));
      // (and a kinship word of another language only after "my": "hace popo cada 3 dias")
      const ownedIfForeign = owned || !prev || RELATIONS.has(prev.lower) || (prev2 !== undefined && RELATIONS.has(prev2.lower)) || (endsWithTail(X_AGED_KID_TAIL, before) && X_AGED_KID.test(before));
      const strong = nameWord(t) && (t.lower.length > 2 || owned) && ownedIfForeign;
      const loose = !strong && (t.lower.length > 2 || owned) && ownedIfForeign && nameWordLoose(t) && /^(?:['’]s\s|\s?[,.;!?)]|\s?$|\s\d|\s(?:is|was|has|had|got)\s|\son\s\+?\(?\d)/.test(after);
      if ((strong || loose) && !(prev && /^(?:doctor|nurse|patient|client|student|provider|physician|specialist|surgeon|pediatrician|gp|consultant|resident)$/.test(prev.lower) && !strong)) {
        put("NAME", t.start, t.end, N);
        ageAfter(t.end);
        continue;
      }
    }
    // a relative in brackets after the name: "shawna (my wife) had a seizure"
    const bk = X_BRACKET_KIN.exec(after);
    if (bk && (RELATIONS.has(bk[1]!.toLowerCase()) || U_KIN.has(bk[1]!.toLowerCase())) && nameWordLoose(t) && !nameAt(t)) {
      put("NAME", t.start, t.end, N);
      continue;
    }
    // a name in brackets after a relative: "dad (frank oduya) is 91"
    if (prev && (RELATIONS.has(prev.lower) || U_KIN.has(prev.lower)) && /^\s?\($/.test(text.slice(prev.end, t.start)) && nameWordLoose(t)) {
      const closes = n && oneSpace(t, n) && /^\)/.test(text.slice(n.end, n.end + 1)) && (surnameWord(n) || cuedSurname(n));
      const end = closes ? n!.end : /^\)/.test(after) ? t.end : -1;
      if (end > 0) {
        put("NAME", t.start, end, N);
        ageAfter(end);
        if (closes) k++;
        continue;
      }
    }
    // a caller from a department: "jess from billing told me"
    if (X_FROM_DESK.test(after) && isGivenName(t.lower) !== undefined && !function_(t.lower) && !banned(t.lower) && !nameAt(t)) {
      put("NAME", t.start, t.end, N);
      continue;
    }
    // a given name and a surname that only names have: "carol beaumont dob", "margaret ohara, my bone", "sara whitfield)"
    if (n && oneSpace(t, n) && lowerTok(n) && (nameAt(t) || (isGivenName(t.lower) === "strong" && nameWord(t))) && surnameWord(n) && !nameAt(n) && X_PAIR_END.test(text.slice(n.end, n.end + 8))) {
      put("NAME", t.start, n.end, N);
      k++;
      continue;
    }
  }

  // -- around the names found: titles, initials, nicknames, a second given name --
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "NAME") continue;
    const v = text.slice(h.start, h.end);
    if (!/^\p{Ll}/u.test(v)) continue;
    // after a lower-case title ("dr patel", "mrs dunn") the title stays outside the name, as in
    // "Dr. [NAME_1]"; what follows a lower-case "dr" is not always a surname ("dr office said", "dr appt is at 3")
    const title = X_TITLE_BEFORE.exec(text.slice(Math.max(0, h.start - 8), h.start));
    if (title && /^\p{Ll}/u.test(title[1]!)) {
      if (X_NOT_AFTER_TITLE.test(v.toLowerCase())) drop.add(h);
      continue;
    }
    const after = text.slice(h.end, h.end + 40);
    // an initial after a given name: "zoe b got her tonsils out", "sara w (sara whitfield)", "alexis m, born"
    const ini = /^\s([b-hj-z])(?=\s?[(,]|\s?$|\s(?:got|has|had|is|was|here|again|born|dob)\b)/.exec(after);
    if (ini && !/\s/.test(v)) {
      put("NAME", h.start, h.end + 2, N);
      continue;
    }
    // a nickname in brackets, then the surname: "william (billy) harcourt and he's 89"
    const nick = /^\s\((\p{Ll}[\p{Ll}'’-]{1,20})\)\s(\p{Ll}[\p{Ll}'’-]{2,30})(?![\p{L}'’-])/u.exec(after);
    if (nick) {
      const ns = h.end + nick[0].indexOf(`(${nick[1]!}`) + 1;
      const ss = h.end + nick[0].length - nick[2]!.length;
      const nt = toks[idx.get(ns) ?? -1];
      const st = toks[idx.get(ss) ?? -1];
      if (nt && st && nameWordLoose(nt) && (surnameWord(st) || isSurname(st.lower))) {
        put("NAME", ns, ns + nick[1]!.length, N);
        put("NAME", ss, ss + nick[2]!.length, N);
        continue;
      }
    }
    // two children named together: "my twins ava and ella both have pink eye"
    const and = /^\s(?:and|&)\s(\p{Ll}[\p{Ll}'’-]{1,20})(?=\s(?:both|are|were|have|had|got|is|was)\b|\s?[,.;!?]|\s?$)/u.exec(after);
    if (and) {
      const s = h.end + and[0].length - and[1]!.length;
      const tk = toks[idx.get(s) ?? -1];
      // (the English "and" says the text is English, so "ella" is a name here)
      if (tk && isGivenName(tk.lower) === "strong" && !bannedEn(tk.lower) && !function_(tk.lower) && !isEnglishWord(tk.lower) && !isCommonWord(tk.lower)) put("NAME", s, s + and[1]!.length, N);
    }
  }

  // -- portal user names with an underscore: "username is bigtex_rn", "my username is vinnie_b88" (phi-o reads letters, digits, dots) --
  X_USER.lastIndex = 0;
  for (let m = X_USER.exec(text); m; m = X_USER.exec(text)) {
    const s = m.index + m[0].length - m[1]!.length;
    if (free(s, s + m[1]!.length)) put("NAME", s, s + m[1]!.length, []);
  }

  // -- not names: "addy is 42 elm st" (address in chat), "telehealth keeps dropping" (a service) --
  for (const h of cur.slice()) {
    if (drop.has(h)) continue;
    const v = text.slice(h.start, h.end).toLowerCase();
    if (h.type === "NAME" && v === "addy" && /^\s?(?:is|:|=|-)?\s?\d{1,6}\s\p{L}/u.test(text.slice(h.end, h.end + 16))) drop.add(h);
    else if (h.type === "NAME" && /^(?:tele|e-?)(?:health|med|medicine|visit|doc|care)$/.test(v)) drop.add(h);
    else if (h.type === "CITY" && /^(?:zip|zipcode|postcode|postal)$/.test(v)) drop.add(h);
  }

  // -- towns in lower case after a care place: "the nursing home in boulder says" --
  X_FACILITY_IN.lastIndex = 0;
  for (let m = X_FACILITY_IN.exec(text); m; m = X_FACILITY_IN.exec(text)) {
    const w = m[1]!;
    const s = m.index + m[0].length - w.length;
    if (!free(s, s + w.length) || banned(w) || function_(w) || clinical(w) || isCommonWord(w) || T_WEAK_NOT.has(w)) continue;
    const known = (placePopulation(w) ?? 0) >= 5000;
    const unknown = !isEnglishWord(w) && inNameList(w) && w.length >= 4;
    if (known || unknown) put("CITY", s, s + w.length, ["NAME"]);
  }

  // -- numbers and codes --
  const each = (re: RegExp, fn: (m: RegExpExecArray, s: number, e: number) => void): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index + m[0].lastIndexOf(m[1]!);
      fn(m, s, s + m[1]!.length);
    }
  };
  if (/\d/.test(text)) {
    // bare ten-digit phones after a phone word: "her # is 4155550143", "call my husband raj on 9085553321" (a North American shape)
    each(/(?<![\d-])((?:1)?[2-9]\d\d[2-9]\d{6})(?![\d-])/g, (m, s, e) => {
      if (free(s, e) && X_PHONE_CUE.test(text.slice(Math.max(0, s - 24), s))) put("PHONE", s, e, []);
    });
    for (const h of cur.slice()) {
      if (drop.has(h) || h.type !== "PHONE") continue;
      // an extension after the number: "555-0101-ext 22", "x204"
      const ext = /^[\s-]?(?:ext\.?|extension|x)\s?\d{1,5}(?!\d)/i.exec(text.slice(h.end, h.end + 16));
      if (ext) put("PHONE", h.start, h.end + ext[0].length, []);
      // another number of the same shape in the same message: "my new ph# 3035550187 and the old one was 3035550112"
      const shape = text.slice(h.start, h.end).replace(/\d/g, "9");
      if (/^9{10,11}$/.test(shape)) {
        each(/(?<![\d-])(\d{10,11})(?![\d-])/g, (_m, s, e) => {
          if (text.slice(s, e).replace(/\d/g, "9") === shape && free(s, e)) put("PHONE", s, e, []);
        });
      }
    }
    // a phone with digits not remembered: "my cell is 555 440 xx21"
    each(/\b(?:cell|phone|ph#?|number|mobile|#)\s(?:is\s)?(\d{3}[ .-]\d{3}[ .-](?=[\dx]{4}(?![\w-]))[\d]{0,3}x{1,3}[\dx]{0,3})(?![\w-])/gi, (_m, s, e) => {
      if (text.slice(s, e).replace(/\D/g, "").length >= 7 && free(s, e)) put("PHONE", s, e, []);
    });
    // dates: a short day/month after an event, a weekday before a date, a date said again as a correction
    each(X_EVENT_DATE, (m, s, e) => {
      const [mo, d] = m[1]!.split("/").map(Number) as [number, number];
      // (not a pain score or a strength: "pain today 3/10", "5/5 strength")
      // (nor a fraction of a tablet: "took today 1/2 tab")
      if (mo < 1 || mo > 12 || d < 1 || d > 31 || (mo < d && d <= 4) || /\b(?:pain|score|scale|rated|rate|strength|out of)\b/i.test(text.slice(Math.max(0, s - 30), s)) || /^\s?(?:pain|strength|scale)/i.test(text.slice(e, e + 10))) return;
      if (free(s, e)) put("DATE", s, e, []);
    });
    each(X_HOLIDAY_YEAR, (_m, s, e) => put("DATE", s, e, ["DATE", "NAME"]));
    each(X_SPACED_DATE, (_m, s, e) => {
      if (free(s, e)) put("DATE", s, e, []);
    });
    each(X_WEEKDAY_ORDINAL, (_m, s, e) => put("DATE", s, e, ["DATE", "NAME"]));
    for (const h of cur.slice()) {
      if (drop.has(h) || h.type !== "DATE") continue;
      const wd = X_WEEKDAY_BEFORE.exec(text.slice(Math.max(0, h.start - 12), h.start));
      if (wd && /^\d/.test(text.slice(h.start, h.end))) put("DATE", h.start - wd[1]!.length, h.end, ["DATE"]);
      const other = /^,?\s(?:not|or|instead\sof)\s(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)(?![\d/])/.exec(text.slice(h.end, h.end + 24));
      if (other) {
        const [mo, d] = other[1]!.split("/").map(Number) as [number, number];
        const s = h.end + other[0].length - other[1]!.length;
        if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && free(s, s + other[1]!.length)) put("DATE", s, s + other[1]!.length, []);
      }
    }
    // identifiers after a label typed casually
    each(X_PLAN, (m, s, e) => {
      if (free(s, e) && digitsIn(m[1]!) >= 6 && m[1] === m[1]!.toUpperCase()) put("HEALTH_PLAN", s, e, []);
    });
    each(X_LICENSE, (m, s, e) => {
      if (digitsIn(m[1]!) >= 4 && m[1] === m[1]!.toUpperCase()) put("LICENSE", s, e, ["ACCOUNT", "MRN", "HEALTH_PLAN", "PHONE"]);
    });
    each(X_MRN_HEDGE, (_m, s, e) => {
      if (free(s, e)) put("MRN", s, e, []);
    });
    each(X_SSN_LAST4, (_m, s, e) => put("SSN", s, e, ["ACCOUNT", "ZIP", "DATE"]));
    for (const h of cur.slice()) {
      if (drop.has(h) || h.type !== "ADDRESS") continue;
      const unit = X_UNIT_AFTER.exec(text.slice(h.end, h.end + 20));
      if (unit) put("ADDRESS", h.start, h.end + unit[0].length, []);
      // a five-digit ZIP after the street and a short town or state: "901 vine st la 90028"
      const zip = /^,?\s(?:\p{Ll}{2,20}\s){1,2}(\d{5})(?![\d-])/u.exec(text.slice(h.end, h.end + 40));
      if (zip) {
        const s = h.end + zip[0].length - 5;
        if (free(s, s + 5)) put("ZIP", s, s + 5, []);
      }
    }
  }
  return resolveOverlaps(cur.filter((h) => !drop.has(h)));
}
// ---- end of phi-x ----

// ---- phi-z: paperwork and administration (claims, denials, billing disputes, prior auths, recalls, pharmacy
// transfers, disability forms) ----
// Office paperwork carries many identifiers whose label is a little away from the value ("Auth number for the sleep
// study is 0000418823", "serial on the box (P1A2002118)", "the 10-digit account number ... Mine is 4400-118-902"),
// partial numbers kept to prove who someone is ("Visa ending 3391", "SSN on file ending -4402"), and several numbers of
// one kind listed together ("Rx numbers are 1928374 and 1928375"). Codes, prices, denial reasons, reference ranges
// and doses carry no such label, or a digit-free stretch to it, and are left alone.
/** an identifier's value: capitals and digits, optionally in dashed or dotted groups ("APL-0038821", "00-44719-22", "0921-A") */
const Z_VALUE = "([A-Z]{0,4}-?\\d[A-Z0-9]*(?:[-.][A-Z0-9]+){0,4})";
/** the labels of the paperwork, each with the type of the number it names */
// (the device, licence, plate and record labels first: a serial read off an invoice is still the device's serial)
const Z_LABELS: readonly [PhiType, string][] = [
  ["DEVICE", "(?:serial|sn|s\\/n)"],
  ["LICENSE", "(?:licen[cs]e|cdl|dl)"],
  ["VEHICLE", "(?:plate)"],
  ["MRN", "(?:mrn|chart)"],
  ["ACCOUNT", "(?:claim|claimant|(?:prior\\s)?auth(?:orization)?|account|acct|accounts|reference|ref|confirmation|invoice|rx|prescription|appeal|rma|(?:pa|insurer|reviewer|appeal|um|claim)\\scase)"],
  ["HEALTH_PLAN", "(?:policy|member\\sid|group|participant|subscriber|sponsor|enrollee)"],
];
/** a label then its value: "reference was APL-0038821", "PA case is 48-0019927", "Check number 000448213", "CDL # K442-019-83-117" */
const Z_LABEL_VALUE: readonly [PhiType, RegExp][] = [
  ...Z_LABELS.map(([t, l]): [PhiType, RegExp] => [t, new RegExp(`\\b${l}\\b(?:\\s(?:number|numbers|no\\.?|#|id|ID|ref))?(?:\\s?#)?(?:\\s(?:is|was|are)|\\s?:)?\\s${Z_VALUE}(?![\\w-])`, "gi")]),
  ["ACCOUNT", new RegExp(`\\b(?:check|run|trip|auth)\\s(?:number|no\\.?|#|ref)(?:\\s(?:is|was)|\\s?:)?\\s${Z_VALUE}(?![\\w-])`, "gi")],
  ["HEALTH_PLAN", new RegExp(`\\b(?:participant|employee|enrollee|sponsor)\\s(?:id|number|#)(?:\\s(?:is|was)|\\s?:)?\\s${Z_VALUE}(?![\\w-])`, "gi")],
];
/** a label, a short digit-free stretch, then "is" and the value: "Auth number for the sleep study is 0000418823",
 * "Policy # is on the old card: MS-2240018823", "license #? is it MD-22081", "plate # too, it's KTD-8842" */
const Z_LABEL_GAP: readonly [PhiType, RegExp][] = Z_LABELS.map(([t, l]): [PhiType, RegExp] => [
  t,
  new RegExp(`\\b${l}\\b(?:\\s(?:number|numbers|no\\.?|#|id|ID))?(?:\\s?#)?([^\\n.!;\\d]{1,40}?)(?:\\b(?:is|was|are)(?:\\sit)?|\\bit['’]?s|\\bits|:)\\s${Z_VALUE}(?![\\w-])`, "gi"),
]);
/** a label, a short digit-free stretch, then the value in brackets: "serial on the box (P1A2002118)", "policy (SafeTrip 7710-4482)" */
const Z_LABEL_BRACKET: readonly [PhiType, RegExp][] = Z_LABELS.map(([t, l]): [PhiType, RegExp] => [
  t,
  new RegExp(`\\b${l}\\b(?:\\s(?:number|no\\.?|#|id|ID))?(?:\\s?#)?([^\\n.!?;()\\d]{0,30}?)\\s?\\((?:#\\s?|[A-Z][A-Za-z]{2,15}\\s)?${Z_VALUE}\\)`, "gi"),
]);
/** the last label before "mine is": the thing "mine" stands for */
const Z_MINE_LABEL = /\b(serial|account|acct|claim|member\sid|policy|group|phone|cell|license|licence|plate)\b/gi;
const Z_MINE_TYPE: Record<string, PhiType> = { serial: "DEVICE", account: "ACCOUNT", acct: "ACCOUNT", claim: "ACCOUNT", policy: "HEALTH_PLAN", group: "HEALTH_PLAN", phone: "PHONE", cell: "PHONE", license: "LICENSE", licence: "LICENSE", plate: "VEHICLE" };
/** an event of the paperwork that a short day/month after it dates: "Interrogation 10/2 showed", "rejected it 2/1", "d/c'd from home TPN 5/27" */
const Z_EVENT_DATE = /\b(?:interrogation|interrogated|rejected|received|denied|submitted|resubmitted|mailed|faxed|filed|posted|billed|shipped|delivered|returned|discharged|d\/c['’]?d|admitted|approved|issued|expired|serviced)(?:\s(?!\d)[\p{L}'’]{1,15}){0,4}\s(\d{1,2}\/\d{1,2})(?![\d/])/giu;
/** a possessed short date before an event: "my 3/18 visit", "his 3/14 surgery" */
const Z_OWNED_DATE = /\b(?:my|his|her|their|your|our|the|this|that)\s(\d{1,2}\/\d{1,2})\s(?:visit|surgery|appointment|appt|procedure|admission|discharge|delivery|scan|mri|ct|test|labs|claim|bill|statement|infusion|session|service|office\svisit|er\svisit|er|follow-?up|consult|stay)\b/gi;
/** words of a company or a clinic's department: a capitalised word before them names a business, not a person ("Lakeshore Imaging", "Lincoln Financial") */
const Z_ORG_WORD = /^(?:Imaging|Financial|Radiology|Diagnostics|Laboratories|Labs|Billing|Insurance|Mutual|Assurance|Orthopedics|Orthopaedics|Associates|Healthcare|Pharmacy|Surgical|Dental|Dermatology|Cardiology|Urgent|Ambulance|Medical|Physicians|Partners)$/;

/** Every match of `re` in `text`, with the span of its group `g` (found from the match's end, so a repeated word
 * inside the match does not mislead it). */
function eachGroup(text: string, re: RegExp, fn: (m: RegExpExecArray, s: number, e: number) => void, g = 1): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const v = m[g];
    if (v === undefined) continue;
    const s = m.index + m[0].lastIndexOf(v);
    fn(m, s, s + v.length);
  }
}

/** The paperwork cues of the phi-z writer; returns the hits with this block's additions and retypes. */
function phiZCues(toks: WordToken[], text: string, hits: PhiHit[]): PhiHit[] {
  if (text.length > 20_000) return hits;
  const { cur, drop, lap, put } = hitOverlay(hits);
  // (the types a labelled identifier may take over: a bare number read first as a ZIP, a phone, a record, a date)
  const SOFT: readonly PhiType[] = ["ZIP", "PHONE", "DATE", "MRN", "ACCOUNT", "HEALTH_PLAN", "AGE"];
  const free = (s: number, e: number): boolean => lap(s, e).length === 0;
  const each = (re: RegExp, fn: (m: RegExpExecArray, s: number, e: number) => void, g = 1): void => eachGroup(text, re, fn, g);
  const digits = (v: string): number => (v.match(/\d/g) ?? []).length;
  /** an identifier, not a price, a dose, a date or a short count: four digits or more, or letters and digits, nothing clinical after */
  const idLike = (v: string, e: number): boolean =>
    v === v.toUpperCase() && (digits(v) >= 5 || (digits(v) >= 4 && /[A-Z-]/.test(v))) && !/^\d{1,2}[/.]\d/.test(v) && !CLINICAL_UNIT_AFTER.test(text.slice(e, e + 8)) && !/^\s?(?:%|percent|mg|mcg|miles|dollars|days|units)/i.test(text.slice(e, e + 9)) && !/\$\s?$/.test(text.slice(Math.max(0, e - v.length - 2), e - v.length));
  const set = (type: PhiType, s: number, e: number): void => {
    put(type, s, e, SOFT);
  };

  if (/\d/.test(text)) {
    // -- identifiers after their paperwork labels, next to the value, a short stretch away, or in brackets --
    for (const [type, re] of Z_LABEL_VALUE) each(re, (m, s, e) => {
      if (idLike(m[1]!, e)) set(type === "HEALTH_PLAN" && /employee/i.test(m[0]) && !/\b(?:member|insurance|plan|benefits|coverage)\b/i.test(text) ? "ACCOUNT" : type, s, e);
    });
    // (a stretch that names what the number is for holds a procedure or supply code, not the identifier: "claim for my
    // kid's ear tubes (69436)", "auth for wheelchair (K0823)"; and a number shaped like one already found keeps its kind:
    // "the serial on the box (P1A2002118) ... the one on the invoice (P1A2002181)")
    // (nor does a stretch holding another label: "warranty claim needs the serial which is 00-44719-22" is the serial's;
    // nor one naming a range, a count or a price: "the reference range for platelets is 150000-450000")
    const far = (m: RegExpExecArray, e: number, bracket: boolean): boolean => {
      const v = m[2]!;
      if (!idLike(v, e) || /\b(?:code|codes|cpt|hcpcs|icd|ndc|range|ranges|interval|value|values|level|levels|limit|count|dose|price|cost|amount|fee|total|balance|premium|deductible|serial|account|acct|claim|policy|group|member|license|licence|plate|chart|auth|invoice|reference|case|rx)\b/i.test(m[1]!)) return false;
      return !bracket || (!/\b(?:for|of)\b/i.test(m[1]!) && !/^(?:[A-Z]\d{4}|\d{5})$/.test(v));
    };
    const shapeOf = (v: string): string => v.replace(/\d/g, "9").replace(/[A-Z]/g, "A");
    const kindOf = (type: PhiType, v: string): PhiType => {
      const same = cur.find((h) => !drop.has(h) && ["ACCOUNT", "HEALTH_PLAN", "DEVICE"].includes(h.type) && shapeOf(text.slice(h.start, h.end)) === shapeOf(v) && v.length >= 6);
      return same ? same.type : type;
    };
    for (const [type, re] of Z_LABEL_GAP) each(re, (m, s, e) => {
      if (far(m, e, false)) set(kindOf(type, m[2]!), s, e);
    }, 2);
    for (const [type, re] of Z_LABEL_BRACKET) each(re, (m, s, e) => {
      if (far(m, e, true)) set(kindOf(type, m[2]!), s, e);
    }, 2);
    // "Mine is 4471-0928-33" after "enter your serial number": the value stands for the last label named before it
    each(new RegExp(`\\b(?:mine|his|hers|ours|theirs)\\s(?:is|was|reads)\\s${Z_VALUE}(?![\\w-])`, "gi"), (m, s, e) => {
      if (!idLike(m[1]!, e)) return;
      const back = text.slice(Math.max(0, m.index - 120), m.index);
      let last: string | undefined;
      Z_MINE_LABEL.lastIndex = 0;
      for (let l = Z_MINE_LABEL.exec(back); l; l = Z_MINE_LABEL.exec(back)) last = l[1]!.toLowerCase();
      const type = last === undefined ? undefined : /^member/.test(last) ? "HEALTH_PLAN" : Z_MINE_TYPE[last];
      if (type) put(type, s, e, [...SOFT, "PHONE"]);
    });

    // -- partial numbers: the last four of a card or account ("Visa ending 3391", "acct ending 0457", "Claim # ending
    // 0921-A", "card, last 4 = 1004"), of a plan id ("sponsor ID ends 4410") or of a social ("SSN on file ending -4402") --
    if (/\b(?:ending|ends|last\s?(?:4|four))\b/i.test(text)) {
      const card = /\b(?:card|visa|mastercard|amex|debit|credit)\b/i.test(text);
      each(/\b(acct|account|card|visa|mastercard|master\scard|amex|discover|debit|credit|checking|savings|claim|one|ssn|social|sponsor|member|subscriber|policy|participant)(?:\s(?:number|no\.?|#|id|ID)|\s?#)?(?:\son\sfile)?\s(?:ending|ends|that\sends)(?:\sin|\swith)?(?:\s?[:=])?\s?-?(\d{4}(?:-[A-Z])?)(?![\d-])/gi, (m, s, e) => {
        const l = m[1]!.toLowerCase();
        if (l === "one" && !card) return;
        const type: PhiType = /^(?:ssn|social)$/.test(l) ? "SSN" : /^(?:sponsor|member|subscriber|policy|participant)$/.test(l) ? "HEALTH_PLAN" : "ACCOUNT";
        put(type, s, e, [...SOFT, "SSN"]);
      }, 2);
      each(/\b(?:card|acct|account)\b[^\n.?!\d]{0,20}?\blast\s?(?:4|four)(?:\sdigits)?\s?(?:=|:|is|are)?\s?(\d{4})(?![\d-])/gi, (m, s, e) => {
        if (!/\b(?:ssn|social)\b/i.test(m[0])) put("ACCOUNT", s, e, SOFT);
      });
      each(/\blast\s?(?:4|four)(?:\sdigits)?(?:\sof)?(?:\s(?:my|his|her|the))?\s(?:ssn|social)(?:\snumber)?[,:]?\s(?:is\s)?(\d{4})(?![\d-])/gi, (_m, s, e) => put("SSN", s, e, [...SOFT, "ACCOUNT"]));
    }

    // -- socials written other ways: with dots ("219.60.4418", near a social cue), typed again without spaces after
    // the spaced one ("771 04 2288 ... 771042288"), and a number corrected to be the social ("Member ID 612-40-1844? no
    // that's my SSN") --
    if (/\b(?:ssn|social)\b/i.test(text)) {
      each(/(?<![\d.])((?!000|666|9)\d{3}\.\d{2}\.\d{4})(?![\d.])/g, (_m, s, e) => put("SSN", s, e, SOFT));
      for (const h of cur.slice()) {
        if (drop.has(h)) continue;
        const v = text.slice(h.start, h.end);
        if (h.type !== "SSN" && /^\d{3}-\d{2}-\d{4}$/.test(v) && /^[?,.]?\s(?:no,?\s)?(?:that['’]?s|thats|that\sis|it['’]?s)\s(?:my|his|her|the)\s(?:ssn|social)\b/i.test(text.slice(h.end, h.end + 30))) put("SSN", h.start, h.end, [h.type]);
      }
      const ssnDigits = new Set(cur.filter((h) => !drop.has(h) && h.type === "SSN").map((h) => text.slice(h.start, h.end).replace(/\D/g, "")).filter((d) => d.length === 9));
      if (ssnDigits.size) each(/(?<![\d-])(\d{9})(?![\d-])/g, (_m, s, e) => {
        if (ssnDigits.has(text.slice(s, e))) put("SSN", s, e, SOFT);
      });
    }

    // -- plan numbers: a Medicare beneficiary identifier by its shape (digit, letter, letter-or-digit, digit, ...
    // with no S, L, O, I, B or Z; "3PX7-RT2-UV90"); a number off a card ("its 00481-220 on his card"); a code after a
    // plan's name ("the Advantage plan, H88201473"); a letter group on a discount or drug card ("Group DRXF22") --
    const MBI_L = "[AC-HJKMNP-RT-Y]";
    each(new RegExp(`(?<![\\w-])([1-9]${MBI_L}[${"AC-HJKMNP-RT-Y"}\\d]\\d(-?)${MBI_L}[${"AC-HJKMNP-RT-Y"}\\d]\\d\\2${MBI_L}{2}\\d\\d)(?![\\w-])`, "g"), (m, s, e) => {
      if (m[2] || /\b(?:medicare|mbi|card|beneficiary|member)\b/i.test(text)) set("HEALTH_PLAN", s, e);
    });
    each(new RegExp(`\\b(?:it['’]?s|its|is)\\s${Z_VALUE}\\s(?:on|from)\\s(?:his|her|my|the|their|your)\\s(?:insurance\\s|member\\s|medicare\\s|medicaid\\s|id\\s)?card\\b`, "gi"), (m, s, e) => {
      if (idLike(m[1]!, e) && free(s, e)) set(/\b(?:visa|mastercard|debit|credit)\b/i.test(text) ? "ACCOUNT" : "HEALTH_PLAN", s, e);
    });
    each(/\bplan[,:]\s([A-Z]{1,3}\d{6,12})(?![\w-])/g, (_m, s, e) => set("HEALTH_PLAN", s, e));
    if (/\b(?:BIN|PCN|member|plan|insurance|card)\b/i.test(text)) each(/\b[Gg]roup(?:\s(?:number|no\.?|#|id|ID))?[\s:#]{1,3}([A-Z]{2,8}\d{1,8}[A-Z0-9]*)(?![\w-])/g, (_m, s, e) => set("HEALTH_PLAN", s, e));

    // -- a routing number next to a personal account ("routing 071000013"), a chart number without "number" ("chart 0091822") --
    each(/\brouting(?:\s(?:number|no\.?|#))?[\s:#]{1,3}(\d{9})(?!\d)/gi, (_m, s, e) => set("ACCOUNT", s, e));
    each(/\bchart\s#?\s?(\d{5,10})(?![\w-])/gi, (_m, s, e) => {
      if (free(s, e)) put("MRN", s, e, []);
    });

    // -- several numbers of one kind listed together: "Rx numbers are 1928374 and 1928375", "accounts 30049812 (Luca)
    // and 30049813 (Sofia)", "Left is serial 19L30572, right 19R30588", "the one on the invoice (P1A2002181)": another
    // number of the same shape in the same message is the same kind of identifier --
    // (one pass over the codes of the message, grouped by shape, then one look-up per shape found)
    const kinds = new Map<string, PhiType>();
    for (const h of cur) {
      if (drop.has(h) || !["ACCOUNT", "HEALTH_PLAN", "DEVICE"].includes(h.type)) continue;
      const v = text.slice(h.start, h.end);
      const shape = shapeOf(v);
      if (v.length < 6 || (/^9+$/.test(shape) && v.length < 7) || /[a-z]/.test(v) || kinds.has(shape)) continue;
      kinds.set(shape, h.type);
    }
    if (kinds.size) each(/(?<![\w./$-])([A-Z0-9][A-Z0-9-]{4,24})(?![\w-]|[.,]\d)/g, (_m, s, e) => {
      const type = kinds.get(shapeOf(text.slice(s, e)));
      if (type && free(s, e)) put(type, s, e, []);
    });

    // -- dates of the paperwork: a day/month after a filing or device event, a possessed date before an event, the
    // start of a date range, a date in brackets after "tomorrow", a month and year ("Last one was 11/2024"), and a
    // birth year that makes someone over 89 ("born 1932") --
    // (not a fraction of something: "approved 5/8 of the visits")
    const dayMonth = (v: string, s: number): boolean => {
      const [mo, d] = v.split("/").map(Number) as [number, number];
      return !/^\s(?:of|in)\s/.test(text.slice(s + v.length, s + v.length + 4)) && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && !(mo < d && d <= 4) && !/\b(?:pain|score|scale|rated|strength|out\sof|mmse|moca)\b/i.test(text.slice(Math.max(0, s - 30), s));
    };
    each(Z_EVENT_DATE, (_m, s, e) => {
      if (dayMonth(text.slice(s, e), s) && free(s, e)) put("DATE", s, e, []);
    });
    each(Z_OWNED_DATE, (_m, s, e) => {
      if (dayMonth(text.slice(s, e), s) && free(s, e)) put("DATE", s, e, []);
    });
    each(/(?<![\d/])(\d{1,2}\/\d{1,2})\s?[–-]\s?\d{1,2}\/\d{1,2}\/\d{2,4}(?!\d)/g, (_m, s, e) => {
      if (dayMonth(text.slice(s, e), s) && free(s, e)) put("DATE", s, e, []);
    });
    each(/\b(?:today|tomorrow|yesterday|tonight)\s?\((\d{1,2}\/\d{1,2})\)/gi, (_m, s, e) => {
      if (dayMonth(text.slice(s, e), s) && free(s, e)) put("DATE", s, e, []);
    });
    each(/(?<![\d/:.])((?:0?[1-9]|1[0-2])\/(?:19[5-9]\d|20[0-4]\d))(?![\d/])/g, (_m, s, e) => {
      // (not a titre or a rate, "1/2000 births", and not the month a card, licence or vial expires: "exp 08/2029", "given 10/2023?? no, that's the expiry")
      if (!/\b(?:titer|titre|dilution|ratio|exp\.?|expiry|expires?|expiration|expiring|valid\s(?:thru|through|until))\b|1:\s?$/i.test(text.slice(Math.max(0, s - 20), s)) && !/\b(?:expiry|expiration|expires|exp\sdate)\b/i.test(text.slice(e, e + 40)) && !/^\s?(?:dilution|titer|births|people|persons|patients|women|men|children|kids|adults|cases|live|individuals|newborns|chance|risk|odds)\b/i.test(text.slice(e, e + 14)) && free(s, e)) put("DATE", s, e, []);
    });
    const oldest = new Date().getUTCFullYear() - 90;
    each(/\bborn(?:\sin)?\s((?:18|19)\d\d)(?!\d)/gi, (_m, s, e) => {
      if (Number(text.slice(s, e)) <= oldest && free(s, e)) put("DATE", s, e, []);
    });

    // -- an international number dialled with 00: "ring me on 0044 7700 811245" (after a word for phoning, even where
  // its digits passed a card number's checksum) --
    each(/(?<![\d+])(00[1-9]\d{0,2}\s\d{2,5}\s\d{3,8}(?:\s\d{2,6})?)(?!\d)/g, (_m, s, e) => {
      if (/\b(?:ring|call|phone|cell|mobile|tel|text|reach|whatsapp|number)\b[^\n\d]{0,12}$/i.test(text.slice(Math.max(0, s - 24), s))) put("PHONE", s, e, ["ACCOUNT"]);
    });
  }

  // -- names: a person after a form's person label read as a town ("Member: Kenji Morrow"), a newborn or family named
  // by the surname ("baby girl Okonjo", "the Gutierrez baby"), a given name before a surname already found ("for Jun
  // Takahashi", where "Jun" is also a month) --
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "CITY") continue;
    if (/^\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+$/u.test(text.slice(h.start, h.end)) && /\b(?:member|patient|pt|subscriber|guarantor|insured|claimant|beneficiary|traveler|traveller|driver|holder|employee|caller|name)\s?:?\s$/i.test(text.slice(Math.max(0, h.start - 14), h.start))) put("NAME", h.start, h.end, ["CITY"]);
  }
  const familyName = (w: string): boolean => {
    const l = w.toLowerCase();
    return !listedNotName(l) && !isCommonWord(l) && (!isEnglishWord(l) || isSurname(l)) && (isSurname(l) || inNameList(l));
  };
  each(/\bbaby\s(?:girl|boy)\s(\p{Lu}[\p{Ll}'’-]{2,20})(?![\p{L}])/gu, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if ((familyName(m[1]!) || (!isEnglishWord(l) && !listedNotName(l) && !isCommonWord(l))) && free(s, e)) put("NAME", s, e, []);
  });
  each(/\bthe\s(\p{Lu}[\p{Ll}'’-]{2,20})\s(?:baby|babies|twins|triplets|family|kids|children|boys|girls|household)\b/gu, (m, s, e) => {
    if (familyName(m[1]!) && free(s, e)) put("NAME", s, e, []);
  });
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "NAME") continue;
    const v = text.slice(h.start, h.end);
    const before = /(?:^|[\s(])(\p{Lu}\p{Ll}{1,12})\s$/u.exec(text.slice(Math.max(0, h.start - 15), h.start));
    if (before && /^\p{Lu}\p{Ll}+$/u.test(v) && (isGivenName(before[1]!.toLowerCase()) !== undefined || /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|june|july|april|august)$/i.test(before[1]!)) && /\b(?:for|re|pt|patient|member|named|with|of)\s$/i.test(text.slice(Math.max(0, h.start - before[1]!.length - 10), h.start - before[1]!.length - 1))) {
      put("NAME", h.start - before[1]!.length - 1, h.end, []);
    }
  }
  // -- not names: a business ("Lakeshore Imaging", "Lincoln Financial"), an office abbreviation ("Acct is 4400981",
  // "Med transport"), "Bill" before an amount ("Bill came for $2,980") --
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "NAME") continue;
    const v = text.slice(h.start, h.end);
    const words = v.split(/\s+/);
    const next = /^\s(\p{Lu}\p{Ll}+)/u.exec(text.slice(h.end, h.end + 20))?.[1];
    if ((words.length > 1 && Z_ORG_WORD.test(words[words.length - 1]!)) || (words.length === 1 && next && Z_ORG_WORD.test(next))) drop.add(h);
    else if (/^(?:Acct|Accts|Med|Meds|Rx|Dx)$/.test(v) && !/^\s\p{Lu}/u.test(text.slice(h.end, h.end + 3))) drop.add(h);
    else if (v === "Bill" && /^\s(?:came|was|is|says|said|shows|showed|went)\b[^\n.]{0,12}\$/.test(text.slice(h.end, h.end + 30))) drop.add(h);
  }
  // -- a town named again: "our Flagstaff location ... 2280 N Fort Valley Rd, Flagstaff AZ" --
  const towns = new Set<string>();
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "CITY") continue;
    const v = text.slice(h.start, h.end);
    if (!/^\p{Lu}\p{Ll}{3,}(?:\s\p{Lu}\p{Ll}+)?$/u.test(v) || towns.has(v) || towns.size >= 8) continue;
    towns.add(v);
    let i = text.indexOf(v);
    while (i >= 0) {
      const e = i + v.length;
      // (not a disease or sign named for the town: "hiking near Lyme ... Lyme disease?")
      if (i !== h.start && !/[\p{L}]/u.test(text[i - 1] ?? "") && !/[\p{L}]/u.test(text[e] ?? "") && !/^['’]?s?\s(?:disease|syndrome|fever|virus|encephalitis|sign|test|criteria|score|scale|classification|strain|vaccine)\b/i.test(text.slice(e, e + 16)) && free(i, e)) put("CITY", i, e, []);
      i = text.indexOf(v, e);
    }
  }
  void toks;
  return resolveOverlaps(cur.filter((h) => !drop.has(h)));
}
// ---- end of phi-z ----

// ---- phi-ab: family and friends' chat, voice-to-text about relatives ----
// Word lists of this block (each encodes a cue a person is named by, not a sentence of the set).
/** words that call no one by name after a greeting or a thanks: "hey babe can u", "thank you fam" */
const AB_NOT_ADDRESSEE = new Set([
  "babe", "baby", "hun", "hon", "honey", "love", "luv", "darling", "sweetie", "sweetheart", "mate", "bro", "sis", "guys", "all", "everyone",
  "everybody", "team", "fam", "folks", "there", "again", "sorry", "so", "just", "quick", "yall", "y'all", "ya'll", "girls", "boys", "peeps", "lads", "ladies"
]);
/** a kinship word standing alone is no name ("Re: Mom -", "Hooyo is doing better", "Granda was taken in") */
const AB_KIN_ALONE = new Set([
  "mom", "mum", "mother", "dad", "father", "mommy", "mummy", "daddy", "granda", "grandda", "gramps", "grampa", "gran", "granny", "grandma",
  "grandpa", "grandad", "granddad", "hooyo", "aabo", "fam"
]);
/** kin words of chat beyond the shared lists, before an age ("Pops is 97 today") */
const AB_KIN_EXTRA = new Set(["pops", "paps", "pop", "pa", "ma", "granda", "gramps", "grampa", "nanna", "hooyo", "aabo", "pappy", "mamaw", "papaw", "meemaw", "peepaw", "bubbe", "zayde", "zaide"]);
/** a season or a weather word is no name after "it's" ("it's summer here") */
const AB_SEASON = /^(?:summer|winter|autumn|spring|sunny|misty|stormy|rainy|windy|foggy|snowy)$/;
/** what a person does (a river, a season or a virtue does none of these): "River just took his first steps" */
const AB_PERSON_DOES = /^\s(?:just\s|finally\s|already\s|even\s)?(?:took|takes|had|has|got|gets|did|started|finished|walked|woke|ate|slept|texted|rang|called|said|says|told|tells|cried|smiled|laughed|came|went|is|was|will\sbe)\s(?:his|her|their|up|home|me|us|discharged|admitted)\b/;
/** a thing of one person after a possessive: "Dawn's shift", "Bubba's surgery", "poppy's first day back" */
const AB_OWNED =
  /^['’]s\s(?:(?:first|new|last|next|big|final|follow-up|follow\sup|post-op)\s)?(?:surgery|op|operation|appointment|appt|scan|results|bloods|chemo|shift|mum|mom|dad|husband|wife|son|daughter|kids|birthday|bday|funeral|wedding|discharge|meds|medication|hair|school|room|bed|day|surgeon|doctor|nurse|consultant|gp|tonsils|procedure|biopsy|diagnosis|recovery|treatment|physio|therapy|transplant|delivery|labou?r|c-section|induction|pregnancy|baby|due\sdate|mri|ct|x-?ray|ultrasound|test|tests|cast|stitches|leg|arm|hip|knee|heart|condition|care|carer)\b/i;
/** a person's message or call: "text from Bill:", "a voicemail from Grace" */
const AB_MESSAGE_FROM = /\b(?:text|txt|texts|message|msg|call|voicemail|voice\snote|voice\smessage|vm|note|email|card|letter|dm|whatsapp|facetime)\s(?:from|frm)\s(\p{L}[\p{Ll}'’-]{1,20})(?=\s?[:,.!;)]|\s(?:saying|says|said|today|tonight|this|just|earlier|asking)\b)/giu;
/** someone introduced on the phone or in a voice note: "this is will calling", "it's Precious um", "hey its ray um" */
const AB_SELF_INTRO = /\b(?:this\sis|it['’]s|its)\s(\p{L}[\p{Ll}'’-]{1,20})(?=\s(?:calling|um+|uh+|erm|here\s(?:um|uh|calling|just))\b|,\s(?:just|um+|uh+)\b)/giu;
/** a person's news heading a message: "Frank update: ejection fraction 35%" */
const AB_UPDATE_HEAD = /(?:^|\n)[ \t]*(\p{Lu}[\p{Ll}'’-]{1,20})\s(?:update|news)\s?[:\-–—]/gu;
/** someone called by name after a person noun: "esp one called precious", "a nurse named Blessing" */
const AB_CALLED = /\b(?:one|nurse|nurses|guy|lady|girl|boy|man|woman|doctor|carer|aide|porter|physio|bloke|chap|fella|someone|somebody|person|midwife|therapist|volunteer|neighbou?r|cleaner|driver|paramedic)\s(?:called|named|calld)\s(\p{L}[\p{L}'’-]{1,20})(?![\p{L}])/giu;
/** a person named at the end of a clause about them: "the headphones guy at the nurses station is Will, if you need" */
const AB_PERSON_IS = /\b(?:guy|man|woman|lady|nurse|doctor|person|girl|boy|carer|aide|porter|physio|therapist|volunteer|chap|bloke|fella|midwife|consultant|surgeon|registrar|anaesthetist|anesthetist|pharmacist|receptionist)\b[^.!?\n]{0,40}\s(?:is|was)\s(\p{Lu}[\p{Ll}'’-]{1,20})(?=\s?[,.;!]|\s?$|\s(?:if|and|but|who|so)\b)/gu;
/** two people doing something together: "Autumn and Iris are flying in from Boise" */
const AB_PAIR_DO = /(?<![\p{L}])(\p{Lu}[\p{Ll}-]{1,20})\s(?:and|&)\s(\p{Lu}[\p{Ll}-]{1,20})\s(?:are\s(?:flying|coming|driving|visiting|staying|here|with|on\stheir\sway|going|taking|bringing)|were\s(?:here|with)|flew|fly|drove|say|said|arrive|arrived|visited|came|both)\b/gu;
/** a name after "with" then a pronoun of that person: "at the hospital w/ tiff, her appendix" */
const AB_WITH_PRONOUN = /(?:\bwith|\bw\/)\s(\p{Ll}[\p{Ll}'’-]{2,20}),\s(?:her|his|she|he|she['’]s|he['’]s)\b/gu;
/** a kin word of Spanish and other languages before a name: "tía Chela", "madrina Rosa" */
const AB_KIN_BEFORE = /(?<![\p{L}])(?:[Tt]ía|[Tt]ío|[Pp]rima|[Pp]rimo|[Mm]adrina|[Pp]adrino|[Cc]omadre|[Cc]ompadre|[Dd]oña|[Tt]ante|[Oo]nkel|[Zz]ia|[Zz]io|[Cc]iocia|[Ww]ujek)\s(\p{Lu}[\p{Ll}'’-]{1,20})(?![\p{L}])/gu;
/** an honorific after a name (Chinese, Japanese): "Zhang ayi drove them home", "Tanaka-san" */
const AB_HONORIFIC_AFTER = /(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]{1,20})[\s-](?:ayi|a-yi|shushu|laoshi|jiejie|gege|meimei|san|sama|kun|chan|sensei)(?![\p{L}])/gu;
/** a handle of a chat or social app: "cc @deb.marchetti", "yo @mo_hassan93" (not an e-mail: no word before the @) */
const AB_HANDLE = /(?<![\w.@])@([A-Za-z][\w.]{1,30}[A-Za-z0-9_])(?![\w@])/g;
/** a sign-off by two people: "- Obi & Claire" */
const AB_PAIR_SIGN = /(?:^|\s)[-–—~][ \t]?(\p{Lu}[\p{Ll}'’-]{1,20})[ \t](?:&|and)[ \t](\p{Lu}[\p{Ll}'’-]{1,20})[ \t]*[.!]?\s*$/u;
/** a greeting, then a lower-case name, then the ask: "hey jade can u pick up" */
const AB_GREETING_ASK = /(?:^|\n)[ \t]*(?:hi|hey|heya|hiya|yo|oi|morning)\s(\p{Ll}[\p{Ll}'’-]{1,20})\s(?:can|could|would|will|did|do|are|r|u|you|pls|please|just|how|what|when|where|i|im|i['’]m|have|has|is|ur|any|thanks|thx)\b/gu;
/** a nickname in quotes between a given name and a surname: "Margaret 'Peggy' Ellison" */
const AB_QUOTED_NICK = /(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]{1,20})\s['‘"“](\p{Lu}[\p{Ll}-]{1,20})['’"”]\s(\p{Lu}[\p{Ll}'’-]{1,25})(?![\p{L}])/gu;
/** an age over 89 of a relative: "Pops is 97 today", "my nan turned 93" */
const AB_KIN_AGE = /(?<![\p{L}])(\p{L}[\p{Ll}'’]{1,14})\s(?:is|turned|turns|just\sturned|will\sbe|['’]s)\s(\d{2,3})(?![\d.,:/])/gu;
/** the age someone died at: "passed peacefully last night at 92" */
const AB_DIED_AT = /\b(?:passed|died|passed\saway)\b[^.!?\n]{0,40}\sat\s(\d{2,3})(?=\s?[.,;!]|\s?$|\s(?:years|yrs|after|surrounded|in|on|with|and)\b)/gi;
/** a town before a place of worship: "at the Leytonstone masjid" */
const AB_TOWN_WORSHIP = /\bthe\s(\p{Lu}[\p{Ll}'’-]{2,25})\s(?:masjid|mosque|church|chapel|temple|gurdwara|synagogue|shul|mandir|parish|cathedral|kingdom\shall)\b/giu;
/** a birthplace: "Born Feb 8, 1925 in Clonmel" */
const AB_BORN_IN = /\b[Bb]orn\b[^.!?\n]{0,30}\sin\s(\p{Lu}[\p{Ll}'’-]{2,25}(?:[ -]\p{Lu}[\p{Ll}'’-]{1,20}){0,2})(?=\s?[.,;!)\n]|\s?$|\s(?:and|to|on|in|where|but)\b)/gu;
/** home in a neighbourhood or town: "Back home to Little Italy now" */
const AB_HOME_TO = /\bhome\s(?:to|in)\s(\p{Lu}[\p{Ll}'’-]{2,20}(?:\s\p{Lu}[\p{Ll}'’-]{2,20}){0,2})(?=\s?[.,;!\n]|\s?$|\s(?:now|today|tonight|tomorrow|later|soon|next|this|on|for|after)\b)/gu;
/** living somewhere with a word between the verb and "in": "lives alone in Hay-on-Wye", "our nan's in Bury now" */
const AB_LIVES_IN = /\b(?:lives?|living|lived|stays?|staying|settled)\s(?:alone|independently|happily|still|now|on\s(?:her|his)\sown|by\s(?:her|him)self)\s(?:in|at)\s(\p{Lu}[\p{Ll}'’]{1,20}(?:-[\p{L}'’]{1,10}){0,3})(?![\p{L}])/gu;
const AB_IN_NOW = /\b(?:she['’]s|he['’]s|they['’]re|[\p{Ll}]{2,10}['’]s)\s(?:in|at)\s(\p{Lu}[\p{Ll}'’]{1,20}(?:-[\p{L}'’]{1,10}){0,3})\s(?:now|these\sdays|nowadays)\b/gu;
/** words that end a town's name: "Leamington Spa", "Westcliff-on-Sea" */
const AB_TOWN_TAIL = /^(?:\s(?:Spa|Regis|Wells|Springs|Heights|Beach|Falls|on\sSea)|-on-Sea)(?![\p{L}])/u;
/** a day and month with a dot after a date word and an event: "hip surgery on 30.06" */
const AB_DOT_DATE = /\b(?:on|from|until|till|til|by|since|before|after)\s((?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2]))(?![\d]|\.\d)/g;
const AB_EVENT_BEFORE = /\b(?:surgery|op|operation|appointment|appt|admitted|discharged|scan|procedure|booked|scheduled|flight|visit|fell|died|passed|funeral|induction|delivery|biopsy|transplant|treatment|chemo|review|clinic)\b/i;
/** a ZIP after its label and a few words: "ZIP for the home health referral is 60643, they don't cover 60620" */
const AB_ZIP_LABEL = /\b(?:zip|zipcode|zip\scode|zips|zip\scodes)\b/i;
const AB_FIVE = /(?<![\d$£€.,/-])(\d{5}(?:-\d{4})?)(?![\d]|[.,]\d)/g;
/** a medical ID bracelet or card number: "MED-ID 5531-2290-48" */
const AB_MED_ID = /\b(?:med-?id|medical\sid|med\sid)(?:\s(?:number|no\.?|#))?[\s:#]{1,3}([a-z0-9][a-z0-9-]{4,20}\d)(?![\w-])/gi;
/** a veterans' file or claim number is a benefits number: "his VA file number is 28 445 911" */
const AB_VA_NUMBER = /\bVA\s(?:file|claim|member|benefits?)\s(?:number|no\.?|#)(?:\sis|:)?\s$/;
/** a mailbox nobody reads is no one's identifier: "noreply@mychart.org" */
const AB_NO_REPLY = /^(?:no-?reply|do-?not-?reply|donotreply|mailer-daemon|notifications?)@/i;
/** a greeting of a feast day is no name: "Eid Mubarak from the hospital room" */
const AB_FEAST_GREETING = /^(?:eid|ramadan|ramzan|eid\smubarak|mubarak|kareem|ramadan\skareem)$/i;

/** The family-chat cues of the phi-ab writer; returns the hits with this block's additions, retypes and drops. */
function phiABCues(toks: WordToken[], text: string, hits: PhiHit[]): PhiHit[] {
  if (text.length > 20_000) return hits;
  const { cur, drop, lap, put } = hitOverlay(hits);
  const free = (s: number, e: number): boolean => lap(s, e).length === 0;
  const N: readonly PhiType[] = ["NAME", "CITY"];
  const each = (re: RegExp, fn: (m: RegExpExecArray, s: number, e: number) => void, g = 1): void => eachGroup(text, re, fn, g);
  const function_ = (l: string): boolean => VERB_OR_FUNCTION.test(lexicon.tagOf(l) ?? "");
  const notName = (l: string): boolean =>
    listedNotName(l) || X_CHAT.has(l) || AB_NOT_ADDRESSEE.has(l) || AB_KIN_ALONE.has(l) || KINSHIP_ALONE.has(l) || U_KIN.has(l) || FOREIGN_FUNCTION.has(l) ||
    DRUG_STEM.test(l) || DRUG_ENDING.test(l) || CHEMICAL_ENDING.test(l) || (l.length > 4 && NON_NAME_ENDING.test(l));
  /** a given name, a word name ("Hope", "River") or a name of a list that is no everyday word ("bubba", "tiff") */
  const givenish = (w: string): boolean => {
    const l = w.toLowerCase().replace(/['’]s$/, "");
    if (l.length < 2 || notName(l)) return false;
    if (isGivenName(l) !== undefined || WORD_NAMES.has(l)) return true;
    return inNameList(l) && !isCommonWord(l) && !function_(l);
  };
  /** in a slot only a person fills (after "this is ... calling", "a nurse called", "text from"), a word name counts
   * even where it is also a verb or a function word ("will", "precious"); a relative, a month or a chat word still does not */
  const slotName = (w: string): boolean => {
    const l = w.toLowerCase().replace(/['’]s$/, "");
    if (RELATIONS.has(l) || AB_KIN_ALONE.has(l) || AB_NOT_ADDRESSEE.has(l) || X_CHAT.has(l) || TIME_WORDS.has(l) || KINSHIP_ALONE.has(l)) return false;
    return WORD_NAMES.has(l) || givenish(l);
  };
  /** a capitalised word no dictionary knows, or a given name: "Efua", "Leytonstone" */
  const unknownWord = (w: string): boolean => {
    const l = w.toLowerCase();
    return !notName(l) && !isCommonWord(l) && !isEnglishWord(l) && !function_(l);
  };
  const nameAt = (s: number, e: number): boolean => lap(s, e).some((h) => h.type === "NAME");
  const putName = (s: number, e: number): void => {
    if (!nameAt(s, e) || lap(s, e).every((h) => h.type === "NAME")) put("NAME", s, e, N);
  };

  // -- names by what is said of a person --
  // (a phone or voice-note introduction, a message from someone, a person's news as a heading)
  each(AB_SELF_INTRO, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if (slotName(l) && !AB_SEASON.test(l)) putName(s, e);
  });
  each(AB_MESSAGE_FROM, (m, s, e) => {
    if (!slotName(m[1]!) || Z_ORG_WORD.test(/^\s(\p{Lu}\p{Ll}+)/u.exec(text.slice(e, e + 20))?.[1] ?? "")) return;
    if (/^\p{Lu}/u.test(m[1]!) || /^\s?:/.test(text.slice(e, e + 2))) putName(s, e);
  });
  each(AB_UPDATE_HEAD, (m, s, e) => {
    if (slotName(m[1]!)) putName(s, e);
  });
  each(AB_CALLED, (m, s, e) => {
    const w = m[1]!;
    if (slotName(w) || (/^\p{Lu}/u.test(w) && unknownWord(w))) putName(s, e);
  });
  each(AB_PERSON_IS, (m, s, e) => {
    if (slotName(m[1]!)) putName(s, e);
  });
  each(AB_PAIR_DO, (m) => {
    const a = m[1]!;
    const b = m[2]!;
    if (!(slotName(a) || unknownWord(a)) || !(slotName(b) || unknownWord(b)) || (AB_SEASON.test(a.toLowerCase()) && AB_SEASON.test(b.toLowerCase()))) return;
    const s1 = m.index + m[0].indexOf(a);
    const s2 = m.index + m[0].indexOf(b, a.length);
    putName(s1, s1 + a.length);
    putName(s2, s2 + b.length);
  });
  each(AB_WITH_PRONOUN, (m, s, e) => {
    const l = m[1]!;
    if ((isGivenName(l) !== undefined || WORD_NAMES.has(l) || (inNameList(l) && !isCommonWord(l))) && !notName(l) && !function_(l)) putName(s, e);
  });
  each(AB_KIN_BEFORE, (m, s, e) => {
    if (!notName(m[1]!.toLowerCase()) && !isCommonWord(m[1]!.toLowerCase())) putName(s, e);
  });
  each(AB_HONORIFIC_AFTER, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if (!notName(l) && !isCommonWord(l) && (isSurname(l) || givenish(l) || !isEnglishWord(l))) putName(s, e);
  });
  // (a word name that does what a person does, capitalised: "omg River just took his first steps")
  for (const t of toks) {
    if (!t.cap || !WORD_NAMES.has(t.lower) || !AB_PERSON_DOES.test(text.slice(t.end, t.end + 40))) continue;
    if (!nameAt(t.start, t.end) && free(t.start, t.end)) put("NAME", t.start, t.end, N);
  }
  // (a possessive before a thing of one person: "Dawn's shift", "Bubba's surgery", "poppy's first day back at school";
  // a lower-case one only as the message's first word)
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!AB_OWNED.test(text.slice(t.end, t.end + 40))) continue;
    // (an eponym, not a person: "the Whipple's procedure", "Bell's palsy")
    if (EPONYM_NEXT.test(text.slice(t.end, t.end + 40)) || (k > 0 && /^(?:the|a|an)$/.test(toks[k - 1]!.lower))) continue;
    const lower = !t.cap;
    if (lower && k > 0) continue;
    if (!slotName(t.lower) || (lower && isCommonWord(t.lower) && !WORD_NAMES.has(t.lower))) continue;
    if (!nameAt(t.start, t.end) && free(t.start, t.end)) put("NAME", t.start, t.end, N);
  }
  // (a greeting, then a lower-case name before the ask: "hey jade can u")
  each(AB_GREETING_ASK, (m, s, e) => {
    const l = m[1]!;
    if (givenish(l) && !AB_SEASON.test(l)) putName(s, e);
  });
  // (names guessed in brackets: "(Yaw? Efua?)")
  each(/\((\p{Lu}[\p{Ll}'’-]{1,20})\?\s?(\p{Lu}[\p{Ll}'’-]{1,20})\?\)/gu, (m) => {
    for (const w of [m[1]!, m[2]!]) {
      if (!(givenish(w) || unknownWord(w))) return;
    }
    const s1 = m.index + 1;
    const s2 = m.index + m[0].indexOf(m[2]!, m[1]!.length + 2);
    putName(s1, s1 + m[1]!.length);
    putName(s2, s2 + m[2]!.length);
  }, 0);
  // (a sign-off by two people, a handle, a nickname in quotes inside a full name)
  const pair = AB_PAIR_SIGN.exec(text);
  if (pair && (givenish(pair[1]!) || unknownWord(pair[1]!)) && (givenish(pair[2]!) || unknownWord(pair[2]!))) {
    const s2 = pair.index + pair[0].lastIndexOf(pair[2]!);
    const s1 = pair.index + pair[0].lastIndexOf(pair[1]!, s2 - pair.index);
    putName(s1, s1 + pair[1]!.length);
    putName(s2, s2 + pair[2]!.length);
  }
  if (text.includes("@")) each(AB_HANDLE, (m, s, e) => {
    const h = m[1]!;
    if (/\.(?:com|org|net|edu|gov|co|uk|io|au|ca)$/i.test(h)) return;
    const l = h.toLowerCase();
    // (a plain word only when it is a person's name: "@oncall", "@ortho team" page a team, not a person)
    if (/[._\d]/.test(h) || (!isCommonWord(l) && !isEnglishWord(l) && !notName(l) && (isGivenName(l) !== undefined || isSurname(l)))) put("NAME", s, e, ["NAME", "CITY", "ACCOUNT"]);
  });
  each(AB_QUOTED_NICK, (m) => {
    const s = m.index;
    const e = m.index + m[0].length;
    const first = m[1]!;
    const last = m[3]!;
    if (nameAt(s, s + first.length) && nameAt(e - last.length, e)) put("NAME", s, e, ["NAME"]);
  }, 0);

  // -- ages over 89: a relative's ("Pops is 97 today"), the age someone died at --
  const ageOk = (v: string, e: number): boolean => {
    const n = Number(v);
    return n >= 90 && n <= 120 && !CLINICAL_UNIT_AFTER.test(text.slice(e, e + 8)) && !/^\s?(?:%|percent|kg|lbs?|pounds|bpm|over|\/|mg|mmhg|points?|beats)/i.test(text.slice(e, e + 9));
  };
  if (/\d\d/.test(text)) {
    each(AB_KIN_AGE, (m, s, e) => {
      const k = m[1]!.toLowerCase().replace(/['’]s$/, "");
      if ((RELATIONS.has(k) || U_KIN.has(k) || KINSHIP_ALONE.has(k) || AB_KIN_EXTRA.has(k)) && ageOk(m[2]!, e) && free(s, e)) put("AGE", s, e, []);
    }, 2);
    each(AB_DIED_AT, (m, s, e) => {
      if (ageOk(m[1]!, e) && free(s, e)) put("AGE", s, e, []);
    });
  }

  // -- places: a town before a place of worship, a birthplace, home in a neighbourhood, living there "alone" or "now" --
  const placeWord = (v: string): boolean => {
    const parts = v.split(/[\s-]+/);
    const head = parts[0]!.toLowerCase();
    // ("Hay-on-Wye", "Stratford-upon-Avon": a town joined by a small word, whatever its first word is elsewhere)
    if (/-(?:on|upon|under|in|le|la|de|sur|en|by|am)-/i.test(v)) return !AB_KIN_ALONE.has(head);
    if (notName(head) || isGivenName(head) === "strong" || COUNTRY_WORDS[head] !== undefined || STATE_NAME_SET.has(v.toLowerCase())) return false;
    if (placePopulation(head) !== undefined || isCity(head)) return true;
    return parts.length > 1 || unknownWord(head);
  };
  each(AB_TOWN_WORSHIP, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if (!INSTITUTION_WORDS.test(l) && !isEnglishWord(l) && !SAINTS.has(l) && placeWord(m[1]!) && free(s, e)) put("CITY", s, e, []);
  });
  each(AB_BORN_IN, (m, s, e) => {
    const v = m[1]!;
    if (/\b(?:Hospital|Clinic|Infirmary|House|Centre|Center|Home|Ward|Unit)\b/.test(v) || !placeWord(v)) return;
    if (free(s, e)) put("CITY", s, e, []);
  });
  each(AB_HOME_TO, (m, s, e) => {
    const v = m[1]!;
    const l = v.toLowerCase();
    // (not a person's house: "home to Mum's", "home to Sarah")
    if (/['’]s$/.test(v) || (!/\s/.test(v) && (givenish(l) || !placeWord(v)))) return;
    if (/\s/.test(v) && v.split(/\s/).some((w) => AB_KIN_ALONE.has(w.toLowerCase()) || RELATIONS.has(w.toLowerCase()) || isGivenName(w.toLowerCase()) === "strong")) return;
    if (free(s, e)) put("CITY", s, e, []);
  });
  const livedIn = (m: RegExpExecArray, s: number, e: number): void => {
    const v = m[1]!;
    const head = v.split("-")[0]!.toLowerCase();
    if (DEPARTMENTS.test(head) || FACILITY_BEFORE.test(head)) return;
    if ((v.includes("-") || placePopulation(head) !== undefined || isCity(head) || unknownWord(head)) && placeWord(v) && free(s, e)) put("CITY", s, e, []);
  };
  each(AB_LIVES_IN, livedIn);
  each(AB_IN_NOW, livedIn);
  // (a town's last word: "Leamington Spa")
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "CITY") continue;
    const tail = AB_TOWN_TAIL.exec(text.slice(h.end, h.end + 10));
    if (tail) put("CITY", h.start, h.end + tail[0].length, []);
  }

  // -- numbers: a dotted day and month after an event, ZIPs after their label or an address, a medical ID --
  if (/\d/.test(text)) {
    each(AB_DOT_DATE, (_m, s, e) => {
      // (not one end of a range of values: "from 10.05 to 12.50")
      if (/^\s?(?:to|-|–)\s?\d/.test(text.slice(e, e + 5))) return;
      if (AB_EVENT_BEFORE.test(text.slice(Math.max(0, s - 60), s)) && !CLINICAL_UNIT_AFTER.test(text.slice(e, e + 8)) && free(s, e)) put("DATE", s, e, []);
    });
    const zl = AB_ZIP_LABEL.exec(text);
    if (zl) {
      const from = zl.index;
      AB_FIVE.lastIndex = from;
      for (let m = AB_FIVE.exec(text); m && m.index - from <= 150; m = AB_FIVE.exec(text)) {
        const s = m.index;
        const e = s + m[1]!.length;
        if (CLINICAL_UNIT_AFTER.test(text.slice(e, e + 8)) || /^\s?(?:miles|dollars|steps|calories|people|patients|members|units|mg|mcg|ml)\b/i.test(text.slice(e, e + 12))) continue;
        if (free(s, e) || lap(s, e).every((h) => h.type === "ZIP" || h.type === "ACCOUNT" || h.type === "MRN")) put("ZIP", s, e, ["ACCOUNT", "MRN"]);
      }
    }
    for (const h of cur.slice()) {
      if (drop.has(h) || h.type !== "ADDRESS") continue;
      const z = /^,?\s{1,2}(\d{5}(?:-\d{4})?)(?![\d])/.exec(text.slice(h.end, h.end + 14));
      if (z) {
        const s = h.end + z[0].length - z[1]!.length;
        if (free(s, s + z[1]!.length)) put("ZIP", s, s + z[1]!.length, []);
      }
    }
    each(AB_MED_ID, (m, s, e) => {
      if ((m[1]!.match(/\d/g) ?? []).length >= 5) put("MRN", s, e, ["PHONE", "ACCOUNT", "DATE", "ZIP"]);
    });
    for (const h of cur.slice()) {
      if (drop.has(h) || (h.type !== "MRN" && h.type !== "ACCOUNT")) continue;
      if (AB_VA_NUMBER.test(text.slice(Math.max(0, h.start - 30), h.start))) put("HEALTH_PLAN", h.start, h.end, ["MRN", "ACCOUNT"]);
    }
  }

  // -- not identifiers: a kinship word alone, a Vietnamese grandparent ("Bà Ngoại"), a feast greeting, a department
  // read as a town ("still in resus"), a group word, plural "nonagenarians", a no-reply mailbox --
  for (const h of cur.slice()) {
    if (drop.has(h)) continue;
    const v = text.slice(h.start, h.end);
    const l = v.toLowerCase().replace(/['’]s$/, "");
    if (h.type === "NAME") {
      if (AB_KIN_ALONE.has(l) || AB_FEAST_GREETING.test(v)) drop.add(h);
      else if (/^(?:(?:bà|ông)\s)?(?:ngoại|nội)$/.test(l) && (/\s/.test(l) || /(?:bà|ông)\s$/i.test(text.slice(Math.max(0, h.start - 4), h.start)))) drop.add(h);
    } else if (h.type === "CITY" && DEPARTMENTS.test(l) && /^\p{Ll}/u.test(v)) drop.add(h);
    else if (h.type === "AGE" && /^(?:nonagenarians|centenarians|supercentenarians)$/.test(l)) drop.add(h);
    else if (h.type === "EMAIL" && AB_NO_REPLY.test(v)) drop.add(h);
  }
  return resolveOverlaps(cur.filter((h) => !drop.has(h)));
}
// ---- end of phi-ab ----

// ---- phi-ac: clinicians' notes and staff messages (headers, handoffs, lab and radiology banners, billing) ----
/** "SURNAME, Given [I.]" or "Surname, Given": the surname-first shape of charts, wristbands and report headers */
const AC_SURNAME_FIRST = /(?<![\p{L}\d-]|\p{L}['’])(\p{Lu}[\p{Lu}'’-]{1,24}|\p{Lu}\p{Ll}[\p{Ll}'’-]{1,20}),[ \t](\p{Lu}[\p{L}'’-]{0,20})(?:[ \t](\p{Lu})(?![\p{L}\d])(\.)?)?/gu;
/** acronyms of notes that a comma list could pair with another ("COPD, CHF", "CC: SI, HI") */
const AC_NOT_NAME = new Set([
  "copd", "chf", "cad", "ckd", "aki", "htn", "dm", "afib", "cva", "tia", "pe", "dvt", "uti", "cauti", "clabsi", "vap", "ssi", "mrsa", "vre",
  "sob", "cp", "ams", "loc", "gcs", "ekg", "ecg", "cxr", "ct", "mri", "abg", "vbg", "cbc", "bmp", "cmp", "lfts", "pt", "inr", "ptt", "bnp",
  "ed", "er", "icu", "or", "pacu", "ob", "gyn", "ent", "gi", "id", "si", "hi", "npo", "prn", "bid", "tid", "qid", "abd", "ext", "neuro", "psych",
  "cpap", "bipap", "asa", "lad", "lcx", "rca", "ef", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "nstemi", "stemi", "pci", "cabg", "tavr", "osa", "bmi",
  "exam", "impression", "findings", "history", "plan", "assessment", "dx", "hx", "rx", "tx", "sx", "fx", "cc", "hpi", "ros", "pmh", "psh", "fh", "sh",
]);
/** an operation named after its surgeon, in a theatre list ("0730 Whipple", "Hartmann reversal") */
const AC_EPONYM_OPERATIONS = new Set(["whipple", "hartmann", "nissen", "billroth", "kasai", "fontan", "glenn", "norwood", "bentall", "ivor", "mckeown", "roux", "lichtenstein", "shouldice", "frey", "puestow", "sistrunk", "latarjet", "bankart"]);
/** a rank or service title read as a person ("Sgt. (ret)") */
const AC_RANKS = /^(?:sgt|cpl|pvt|lt|capt|col|maj|gen|cdr|cmdr|adm|pfc|spc|ssgt|msgt|ret)$/i;
/** a name's label where staff paste IDs and cards: subscriber, guarantor, ID in a wallet or purse */
/** chart words and observations in a note: never a name after a label, nor a surname after a bed number */
const AC_CHART_WORD = /^(?:BP|HR|RR|Temp|Sats|SpO2|GCS|NEWS|MAP|INR|Hb|Na|Cr|DNR|DNAR|Allergies|Allergy|PMH|Hx|Dx|Tx|Rx|Abx|IV|PO|NBM|NPO|Wt|Ht|Age|DOB|MRN|Admitted|Plan|Obs|Vitals|Pain|Meds|sats?|spo|temps|trop|gluc|glucose|bili|lact|lactate|resp|pulse|bm|bms|bgl|cbg|sugar|sugars|urine|uop|ews|mews|cvp|plt|wcc|crp|k|mg|ur|egfr|fio|peep|vt)$/i;
const AC_NAME_LABEL = /\b(?:[Ss]ubscriber|SUBSCRIBER|[Ii]nsured|[Gg]uarantor|[Pp]olicy ?holder|[Cc]ardholder|identified by (?:his |her |their )?(?:wallet|ID|license|licence|card|bracelet) as|ID (?:in (?:his |her |their )?(?:purse|wallet|bag|pocket))|[Pp]t|PT|[Pp]atient|PATIENT)[ \t]?:?[ \t]{1,2}(\p{Lu}[\p{L}'’-]{1,20}(?:[ \t]\p{Lu}[\p{L}'’-]{1,20}){1,2})/gu;
/** bedside scales and scores named after people, written before their number ("Braden 14", "Waterlow 18") */
const AC_SCALES = new Set(["apgar", "braden", "morse", "waterlow", "norton", "bishop", "killip", "tanner", "mallampati", "alvarado", "rockall", "blatchford", "mcdonald", "berg", "barthel", "rankin", "hunt", "fisher", "curb", "ranson"]);
/** a doctor written "DR. A. CASTELLANOS" or "Dr. M. Brightwater": a title, an initial and a surname */
const AC_TITLE_INITIAL = /\b(?:Dr|DR|Doctor|NP|PA)\.?[ \t](\p{Lu}\.[ \t]?\p{Lu}[\p{L}'’-]{1,24})/gu;
/** a newborn's placeholder name: "Baby boy Tran", "Baby Girl Okafor" */
const AC_BABY = /\bBaby[ \t](?:boy|girl|Boy|Girl|BOY|GIRL|[AB])[ \t](?=\p{Lu})/gu;
/** a lower-case surname in a ward handoff: a bed or room, then the surname, then the age: "bed 3 - o'brien, 82", "rm 15 jacobsen 70F" */
const AC_BED_SURNAME = /\b(?:bed|rm|room|bay)[ \t]?\d{1,4}[A-Za-z]?[ \t]{1,2}(?:[-–:][ \t])?(\p{Ll}[\p{Ll}'’-]{2,20}),?[ \t](?=\d{1,3}[ \t]?(?:[MFmf]\b|yo\b|y\/o|,))/gu;
/** a month and day with no year: "11/2" (a year or a third part is a date the main patterns read) */
const AC_MONTH_DAY = /(?<![\d/.:-])(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])(?![\d/.,]\d|[\d/])/g;
/** a label or a word that says a month/day is a date: date of service, a note or triage stamp, "for", "on", "since" */
const AC_DATE_BEFORE = /(?:\b(?:DOS|date of service|dated?|on|since|until|till|from|for|by|due|note|notes|triage|TRIAGE|NOTE|schedule|and|&)|\b\w{3,}ed(?:[ \t]\w{1,4})?)\s?:?[ \t]$/i;
/** what a scale, a dose or a duration has after it: "4/10 pain", "1/2 tab", "3/7 days" */
const AC_NOT_DATE_AFTER = /^\s?(?:pain|tabs?|tablets?|pills?|doses?|days?|d|wks?|weeks?|months?|mos?|hrs?|hours?|strength|power|sensation|scale|score|times|ratio|split|mix|dilution|x|of|to|-|–|mmhg|mm|cm|kg|%)\b/i;
/** a time stamp after a date: "11/5 1900", "11/23 2214", or a colon ending a heading: "Echo 10/3:" */
const AC_TIME_AFTER = /^(?:[ \t](?:[01]\d|2[0-3])[0-5]\d\b|[ \t](?:[01]?\d|2[0-3]):[0-5]\d\b|:)/;
/** the facility a resident lives in: "Maple Grove Care Home", "Sunrise Gardens Assisted Living", "St. Agnes Home" */
const AC_CARE_HOME = /(?<![\p{L}])((?:St\.?[ \t])?\p{Lu}[\p{Ll}'’-]{1,20}(?:[ \t]\p{Lu}[\p{Ll}'’-]{1,20}){0,2}[ \t](?:Care Home|Nursing Home|Rest Home|Residential Home|Retirement Home|Retirement Village|Retirement Community|Assisted Living|Senior Living|Care Centre|Care Center|Nursing Center|Nursing Centre|Skilled Nursing|Manor|Court|Lodge|Home|House|Gardens|Residence|Place|Villa|Hall|Heights|Grange))(?![\p{L}])/gu;
const AC_CARE_STRONG = /(?:Care Home|Nursing Home|Rest Home|Residential Home|Retirement Home|Retirement Village|Retirement Community|Assisted Living|Senior Living|Care Centre|Care Center|Nursing Center|Nursing Centre|Skilled Nursing)$/;
/** a resident's facility by what is said before it: "resident of", "residing at", "from", "called from", "at" */
const AC_CARE_BEFORE = /\b(?:resident (?:of|at)|residing (?:at|in)|resides (?:at|in)|lives at|living at|from|at|to)[ \t]$/i;
/** a care-home context for a facility named only "Court" or "Manor" */
const AC_CARE_CONTEXT = /\b(?:care home|nursing home|resident|facility|assisted living|SNF|LTC|care facility)\b/i;
/** a number an imaging, lab or pathology system gives an order or an encounter: accession, encounter, CSN, ENC, surgical pathology */
const AC_MED_NUMBER_LABEL = /\b(?:acc(?:ession)?|CSN|surg(?:ical)? path(?:ology)?|path|specimen|spec)[ \t]?(?:#|no\.?|number|ID)?[ \t]?:?[ \t]?#?$/i;
/** a device's serial number by its label: "serial # for Mr. Hollis is OP5-22891034" */
const AC_SERIAL = /\bserial[ \t]?(?:#|no\.?|number)[^\n]{0,40}?(?:\bis|:)[ \t]([A-Z0-9][A-Z0-9-]{5,20})\b/gi;
/** a date spoken in a dictation: "date of service november seventh" */
const AC_SPOKEN_DATE = /\b(?:date of service|DOS|dated|date of (?:birth|admission|discharge))[ \t](?:is[ \t])?((?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)[ \t](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first))\b/gi;

/** a street by a suffix written short ("88 Lakeview Terr Apt 3B") or a street named first in Spanish or Portuguese ("Calle Ocho") */
const AC_STREET_SHORT = /(?<![\w-])\d{1,5}[ \t](?:\p{Lu}\p{Ll}{1,20}[ \t]){1,3}(?:Terr|Ter|Trl|Cir|Ct|Pl|Xing|Sq|Hts)\.?(?:[ \t](?:Apt|Unit|Ste|Suite|#)\.?[ \t]?#?[\dA-Z]{1,5}\b)?/gu;
const AC_STREET_FIRST = /\b(?:on|at|in|en|to|from)[ \t]((?:Calle|Avenida|Rua|Carrera|Camino)[ \t]\p{Lu}[\p{Ll}\d]{1,20}(?:[ \t]\p{Lu}[\p{Ll}]{1,20})?)/gu;
/** an SSN written short or long after its label ("SSN ... 123-45-678"): still the patient's number */
const AC_SSN_LABELLED = /\b(?:SSN|[Ss]ocial [Ss]ecurity(?: number| no\.?| #)?)\b[^\n\d]{0,40}?(?<!\d)(\d{3}-\d{2}-\d{3,5})(?![\d-])/g;
/** an age over 89 worked out from a birth date: "makes her 90", "turns 91" */
const AC_AGE_WORKED = /\b(?:makes (?:him|her|them|the pt|the patient)|turns|turned)[ \t](\d{2,3})\b/gi;

function phiACCues(toks: WordToken[], text: string, hits: PhiHit[]): PhiHit[] {
  if (text.length > 20_000) return hits;
  const { cur, drop, lap, put } = hitOverlay(hits);
  const N: readonly PhiType[] = ["NAME", "CITY"];
  const each = (re: RegExp, fn: (m: RegExpExecArray, s: number, e: number) => void, g = 1): void => eachGroup(text, re, fn, g);
  const known = (l: string): boolean => isGivenName(l) !== undefined || isSurname(l) || inNameList(l);
  const plain = (l: string): boolean => isEnglishWord(l) || isCommonWord(l);
  /** a word that may be part of a person's name: a listed name, or a word no dictionary knows; never a note's acronym */
  const namePart = (w: string): boolean => {
    const parts = w.toLowerCase().split(/[-'’]/).filter((p) => p.length > 0);
    if (parts.length === 0) return false;
    return parts.every((l) => !AC_NOT_NAME.has(l) && !DRUG_STEM.test(l) && !DRUG_ENDING.test(l) && (known(l) || (!plain(l) && /[aeiouy]/.test(l))));
  };
  const nameKnown = (w: string): boolean => w.toLowerCase().split(/[-'’]/).some((l) => l.length > 1 && known(l) && !AC_NOT_NAME.has(l));
  const caps = (w: string): boolean => !/\p{Ll}/u.test(w);

  // -- tidy first: a name run on into the next label ("VARGAS, Ximena  Age: 17"), a room letter read as an initial ("rm 412B. CrCl") --
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "NAME") continue;
    const v = text.slice(h.start, h.end);
    const lab = /[ \t]+(?:Age|Sex|DOB|MRN|Rm|Room|Bed|Ward|Loc|Gender)$/.exec(v);
    if (lab && /^\s?:/.test(text.slice(h.end, h.end + 2))) {
      drop.add(h);
      put("NAME", h.start, h.start + lab.index, N);
      continue;
    }
    if (/^\p{Lu}\./u.test(v) && h.start > 0 && /\d/.test(text[h.start - 1]!)) drop.add(h);
  }

  // -- names in the surname-first shape --
  each(AC_SURNAME_FIRST, (m) => {
    const sur = m[1]!;
    const giv = m[2]!;
    const ini = m[3];
    const s = m.index;
    if (!namePart(sur) || (sur.length <= 3 && !isSurname(sur.toLowerCase()))) return;
    const before = text.slice(Math.max(0, s - 24), s);
    let end = s + sur.length + 2 + giv.length;
    if (giv.length === 1) {
      // ("KAPLAN, R MD", "-- MARTINEZ, J --": a capitalised listed surname, an initial, then a title or the end of a field)
      if (!caps(sur) || !nameKnown(sur) || !/^\.?(?:[ \t]+(?:MD|DO|NP|PA|RN|PhD|--|–|\||\))|[ \t]*(?:$|\n|\||;|\)|'))/.test(text.slice(end, end + 8))) return;
      if (text[end] === ".") end++;
    } else {
      if (!namePart(giv)) return;
      if (caps(sur)) {
        // (two capitalised words: one must be a listed name, and the given name no acronym)
        if (caps(giv) && !((nameKnown(sur) && sur.length >= 4) || (nameKnown(giv) && giv.length >= 4))) return;
        if (sur.length < 3 || giv.length < 3) return;
        if (!caps(giv) && !nameKnown(giv) && !nameKnown(sur)) return;
      } else {
        // ("Kessel, Fred", "Ruiz, Alma": title case only after a patient cue or at a field's start, the given name listed)
        // (and the surname a listed surname, no given name or word: not "Pooja, Rahul and Anjali", not "Cheers, Tom")
        const sl = sur.toLowerCase();
        if (!isSurname(sl) || isGivenName(sl) !== undefined || isCommonWord(sl) || /^[ \t,]*(?:and|&|or)\b|^,/.test(text.slice(end, end + 6))) return;
        if (isGivenName(giv.toLowerCase()) === undefined || !/(?:^|[\n'"‘“:|(]|\b(?:pt|patient|pts|re|for|resident|name))\.?[ \t]{0,3}$/i.test(before)) return;
      }
      if (ini !== undefined) end += 1 + ini.length + (m[4] ?? "").length;
      // (a score after a scale's name: "Fisher 4", "Hunt 3")
      if (/^[ \t]\d(?![\d\p{L}])/u.test(text.slice(end, end + 3))) return;
    }
    if (lap(s, end).some((h) => h.type !== "NAME" && h.type !== "CITY")) return;
    put("NAME", s, end, N);
  }, 0);

  // -- names by their label or a title, a newborn's name, a lower-case surname in a handoff --
  each(AC_NAME_LABEL, (m, s) => {
    // (a chart word after the name is not part of it: "Pt Grace Lee BP 88/50", "Patient Ana Ruiz Temp 38.9")
    const words = m[1]!.split(/[ \t]/);
    while (words.length > 1 && AC_CHART_WORD.test(words[words.length - 1]!)) words.pop();
    if (words.length < 2 || !words.every(namePart) || !words.some(nameKnown)) return;
    const end = s + words.join(" ").length;
    if (lap(s, end).some((h) => h.type !== "NAME" && h.type !== "CITY")) return;
    put("NAME", s, end, N);
  });
  each(AC_TITLE_INITIAL, (m, s, e) => {
    const sur = m[1]!.replace(/^\p{Lu}\.[ \t]?/u, "");
    if (namePart(sur)) put("NAME", s, e, N);
  });
  each(AC_BABY, (m) => {
    const s = m.index;
    const e = s + m[0].length;
    const h = lap(e, e + 1).find((x) => x.type === "NAME" && x.start === e);
    if (h) put("NAME", s, h.end, N);
  }, 0);
  each(AC_BED_SURNAME, (m, s, e) => {
    const l = m[1]!;
    // (an unknown word needs an age with a sex or "yo" after it: "bed 4 sats 92, RR 22" is an observation)
    const known = isSurname(l.replace(/['’]/g, "")) || isSurname(l);
    const withAge = /^,?[ \t]\d{1,3}[ \t]?(?:[MFmf]\b|yo\b|y\/o)/.test(text.slice(e, e + 10));
    if ((known || (!plain(l) && withAge)) && !AC_CHART_WORD.test(l) && !AC_NOT_NAME.has(l) && !DRUG_STEM.test(l) && lap(s, e).length === 0) put("NAME", s, e, []);
  });
  // (a given name run up to a hyphenated surname already found: "this is Maya Lin-Okada")
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "NAME" || !text.slice(h.start, h.end).includes("-")) continue;
    const g = /(\p{Lu}\p{Ll}{1,20})[ \t]$/u.exec(text.slice(Math.max(0, h.start - 22), h.start));
    if (g && isGivenName(g[1]!.toLowerCase()) !== undefined && lap(h.start - g[0].length, h.start).length === 0) put("NAME", h.start - g[0].length, h.end, N);
  }

  // -- numbers: a month/day with a date's cue, an order or encounter number, a device serial, a spoken date --
  if (/\d/.test(text)) {
    each(AC_MONTH_DAY, (m, s, e) => {
      if (!lap(s, e).every((h) => h.type === "DATE")) return;
      const after = text.slice(e, e + 12);
      if (AC_NOT_DATE_AFTER.test(after) || CLINICAL_UNIT_AFTER.test(after.slice(0, 8))) return;
      const before = text.slice(Math.max(0, s - 24), s);
      if (/\b(?:pain|score|scale|strength|power|BP|ratio|GCS|ESI|tab|tabs|CPAP|BiPAP|NIV|IPAP|EPAP|PEEP|PS|vent|settings?)\s?:?[ \t]$/i.test(before) || /\b(?:rated|rates|rating|scored|scores|graded|out of)\b/i.test(before)) return;
      // (a machine setting changed a few words before: "CPAP increased to 12/8 at 0300", "BiPAP weaned to 10/5")
      if (/\b(?:CPAP|BiPAP|NIV|IPAP|EPAP|PEEP|vent|ventilator|settings?)\b[^.\n\d]{1,28}$/i.test(text.slice(Math.max(0, s - 40), s))) return;
      const cue = AC_DATE_BEFORE.exec(before);
      // ("for 5/7", "x 2/12": days and months of a course in British notes)
      if (/^(?:7|12|52)$/.test(m[2]!) && /\b(?:for|x|over)[ \t]$/i.test(before)) return;
      if (!cue && !AC_TIME_AFTER.test(after)) return;
      // (a plain word before it, "on", "for", "since", a verb: not a fraction or a scale, whose parts are small: "on 3/4", "for 1/2")
      const label = cue && /\b(?:DOS|date of service|dated?|note|notes|triage|schedule)\s?:?[ \t]$/i.test(cue[0]);
      if (!label && !AC_TIME_AFTER.test(after) && !/^(?:and|&)/i.test((cue?.[0] ?? "").trim()) && /^0?(?:2|3|4|5|10)$/.test(m[2]!)) return;
      // (after "and" or "&", only where a date came just before: "11/12 and 11/14")
      if (cue && /^(?:and|&)/i.test(cue[0].trim()) && !cur.some((h) => !drop.has(h) && h.type === "DATE" && h.end <= s && s - h.end <= 8)) return;
      put("DATE", s, e, []);
    }, 0);
    // ("ACC#" is an accession number in a lab, imaging or pathology header, an account number in a billing message)
    const orderContext = /\b(?:lab|labs|radiology|imaging|exam|CT|MRI|XR|x-ray|US|path|pathology|specimen|collected|coll|impression|findings|report|header|CSN)\b/i.test(text) && !/\b(?:charged|bill|billed|billing|statement|balance|payment|refund|invoice)\b/i.test(text);
    for (const h of cur.slice()) {
      if (drop.has(h) || (h.type !== "ACCOUNT" && h.type !== "MRN" && h.type !== "SSN")) continue;
      const before = text.slice(Math.max(0, h.start - 30), h.start);
      if (h.type !== "MRN" && AC_MED_NUMBER_LABEL.test(before) && !/\bacc(?:oun)?t\b/i.test(before.slice(-12)) && orderContext) put("MRN", h.start, h.end, ["ACCOUNT", "SSN"]);
      else if (h.type === "SSN" && /\b(?:MRN|medical record (?:number|no\.?|#))[ \t]?:?#?[ \t]?$/i.test(before)) put("MRN", h.start, h.end, ["SSN"]);
    }
    // (an unlabelled-looking number after its accession or encounter label: "Acc: 91022834", "ENC 2024-0311-5562", "#S24-18842")
    each(/\b(acc(?:ession)?|enc(?:ounter)?|CSN|surg(?:ical)? path(?:ology)?)[ \t]?(?:#|no\.?|number)?[ \t]?:?[ \t]?#?([A-Z]{0,4}\d[\dA-Z-]{4,20})\b/gi, (m, s, e) => {
      if ((m[2]!.match(/\d/g) ?? []).length < 5) return;
      if (/^enc/i.test(m[1]!) ? lap(s, e).length > 0 : !orderContext) return;
      if (lap(s, e).every((h) => h.type === "ACCOUNT" || h.type === "MRN" || h.type === "DATE" || h.type === "PHONE")) put("MRN", s, e, ["ACCOUNT", "DATE", "PHONE"]);
    }, 2);
    // (a medical record number read out digit by digit: "6 6 2 0 1 9 4")
    for (const h of cur.slice()) {
      if (drop.has(h) || h.type !== "MRN") continue;
      const more = /^(?:[ \t]\d(?!\d)){1,6}/.exec(text.slice(h.end, h.end + 14));
      if (more && /\d[ \t]\d$/.test(text.slice(h.start, h.end))) put("MRN", h.start, h.end + more[0].length, []);
    }
    each(AC_SERIAL, (m, s, e) => {
      if (/\d/.test(m[1]!) && lap(s, e).length === 0) put("DEVICE", s, e, []);
    });
  }
  each(AC_SPOKEN_DATE, (_m, s, e) => {
    if (lap(s, e).length === 0) put("DATE", s, e, []);
  });

  each(AC_STREET_SHORT, (_m, s, e) => {
    if (lap(s, e).every((h) => h.type === "NAME" || h.type === "CITY" || h.type === "ADDRESS")) put("ADDRESS", s, e, ["NAME", "CITY"]);
  }, 0);
  each(AC_STREET_FIRST, (_m, s, e) => {
    if (lap(s, e).every((h) => h.type === "NAME" || h.type === "CITY")) put("ADDRESS", s, e, ["NAME", "CITY"]);
  });
  each(AC_SSN_LABELLED, (_m, s, e) => {
    if (lap(s, e).length === 0) put("SSN", s, e, []);
  });
  each(AC_AGE_WORKED, (m, s, e) => {
    const n = Number(m[1]);
    if (n >= 90 && n <= 120 && !/^\s?(?:%|kg|lbs?|mg|mmhg|bpm|\/|percent|points?|years? (?:ago|since))/i.test(text.slice(e, e + 10)) && /\b(?:DOB|born|birth|age|aged|years? old|yo)\b/i.test(text) && lap(s, e).length === 0) put("AGE", s, e, []);
  });
  // (a VA ID's check letter: "1029384756 V")
  for (const h of cur.slice()) {
    if (drop.has(h) || (h.type !== "MRN" && h.type !== "ACCOUNT" && h.type !== "HEALTH_PLAN")) continue;
    if (!/\bVA[ \t](?:ID|number|no\.?|#)[ \t]?:?[ \t]?$/i.test(text.slice(Math.max(0, h.start - 16), h.start))) continue;
    const v = /^[ \t][A-Z](?![\w])/.exec(text.slice(h.end, h.end + 3));
    put("HEALTH_PLAN", h.start, h.end + (v ? v[0].length : 0), ["MRN", "ACCOUNT", "HEALTH_PLAN"]);
  }

  // -- places: a care home a resident lives in --
  each(AC_CARE_HOME, (m, s, e) => {
    const v = m[1]!;
    const strong = AC_CARE_STRONG.test(v);
    const before = text.slice(Math.max(0, s - 20), s);
    if (!AC_CARE_BEFORE.test(before) || /^[ \t](?:care|nursing|rest|residential) home\b/i.test(text.slice(e, e + 16))) return;
    if (!strong && !AC_CARE_CONTEXT.test(text)) return;
    // (not a hospital, a clinic or a family's own home: "at Mum's Home")
    if (/\b(?:Hospital|Clinic|Medical|Health|University|Mum|Mom|Dad|Nana|Gran)\b/.test(v)) return;
    const head = v.replace(/^St\.?[ \t]/, "").split(/[ \t]/)[0]!.toLowerCase();
    if (!strong && (isCommonWord(head) && !isSurname(head) && !/^(?:maple|willow|rose|oak|cedar|pine|elm|birch|ash)/.test(head))) return;
    if (lap(s, e).some((h) => h.type !== "NAME" && h.type !== "CITY")) return;
    put("ADDRESS", s, e, ["NAME", "CITY"]);
  });

  /** a word right after a relative is a person's name whatever else it spells ("my aunt vi") */
  const afterKin = (at: number): boolean => {
    const w = /(\p{L}+)[ \t]+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1]?.toLowerCase() ?? "";
    return RELATIONS.has(w) || KINSHIP_ALONE.has(w);
  };
  // -- not names: a department, a rank, a brand made of two words, a note's acronym, an operation in a theatre list --
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "NAME") continue;
    const v = text.slice(h.start, h.end);
    const l = v.toLowerCase();
    if (/\s/.test(v)) continue;
    const titled = /\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Nurse)\.?[ \t]$/i.test(text.slice(Math.max(0, h.start - 8), h.start));
    if (titled) continue;
    // (a rank only as a title, with its dot: "Sgt. (ret)"; "my husband Col" is a person; "vi" may be a given name)
    const rank = AC_RANKS.test(l) && text[h.end] === ".";
    if (/^\p{Lu}\p{Ll}+ology$/u.test(v) || rank || (AC_NOT_NAME.has(l) && !afterKin(h.start))) drop.add(h);
    else if (/^(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}{3,})$/u.test(v) && isEnglishWord(v.replace(/(?<=\p{Ll})\p{Lu}.*$/u, "").toLowerCase()) && isEnglishWord(v.replace(/^\p{Lu}\p{Ll}+/u, "").toLowerCase())) drop.add(h);
    else if (AC_EPONYM_OPERATIONS.has(l) && /(?:\b\d{4}|,|;)[ \t]$/.test(text.slice(Math.max(0, h.start - 6), h.start))) drop.add(h);
  }
  // -- a three-word name that ran on into a lab, a score or a brand before its number: "Maria Santos PaO2 58", "Grace Lee Apgar 9", "Ana Ruiz Norco 5/325" --
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "NAME") continue;
    const v = text.slice(h.start, h.end);
    const cut = /[ \t](\p{L}+)$/u.exec(v);
    if (!cut || v.split(/[ \t]+/).length < 3) continue;
    const glued = /\d/.test(text[h.end] ?? "");
    const next = text.slice(h.end, h.end + 8);
    const l = cut[1]!.toLowerCase();
    // (an unknown surname before an age and sex stays: "Mary Ann Zyxwick 45F")
    const number = /^[ \t]\d/.test(next) && !/^[ \t]\d{1,3}[ \t]?(?:[MFmf](?![\p{L}])|yo\b|y\/o|y\.o|years?\b|yrs?\b)/u.test(next);
    const scale = P_EPONYMS.has(l) || EPONYM_SURNAMES.has(l) || AC_SCALES.has(l);
    if (!glued && !(number && (scale || !nameKnown(cut[1]!)))) continue;
    // (nor one before an address, a date or a phone: "Grace Lee Morse 12 Elm St")
    if (lap(h.end, h.end + 3).some((x) => x.type !== "NAME")) continue;
    drop.add(h);
    put("NAME", h.start, h.start + cut.index, N);
  }
  void toks;
  // "Glasgow 8/15", "Glasgow coma score 9": the coma scale, not the city
  for (const h of cur) if (h.type === "CITY" && /^glasgow$/i.test(text.slice(h.start, h.end)) && /^[ \t]?(?:\d{1,2}\/15\b|(?:coma|score|scale)\b|\d{1,2}(?=[ \t]*(?:on|at|in|and|,|\.|;|\)|$)))/i.test(text.slice(h.end, h.end + 12))) drop.add(h);
  return resolveOverlaps(cur.filter((h) => !drop.has(h)));
}
// ---- end of phi-ac ----

// ---- phi-ae: informal chat by patients and families (nicknames, word names, apposition, public figures) ----
/** kin words of other languages and of chat that are no names of their own: "nanay (my lola)" */
const AE_KIN = new Set(["nanay", "tatay", "inay", "itay", "lola", "lolo", "ate", "kuya", "mami", "papi", "abuela", "abuelo", "abuelita", "abuelito", "babu", "dadi", "nani", "oma", "opa", "mémé", "pépé", "yiayia", "pappou", "halmeoni", "harabeoji", "pop", "pops", "nan", "nana", "gran", "granny", "grandma", "grandpa", "mum", "mom", "dad", "ma", "pa"]);
/** words a chat puts where a name might stand that are none: "Hi Dr bot lol", "but waitlist is months" */
const AE_NOT_NAME = new Set(["bot", "chatbot", "ai", "gpt", "chatgpt", "robot", "google", "waitlist", "waitlists", "lol", "lmao", "rofl", "haha", "hehe"]);
/** words that open a sentence before a comma and are no one's name: "Overall, my son is fine" */
const AE_DISCOURSE = new Set(["overall", "anyway", "anyways", "also", "so", "well", "okay", "ok", "sorry", "hi", "hello", "hey", "yes", "no", "again", "today", "yesterday", "tonight", "meanwhile", "however", "besides", "plus", "update", "ps", "btw", "otherwise", "still", "now", "then", "first", "second", "third", "last", "next", "thanks", "please", "background", "context", "question", "help", "urgent", "edit", "morning", "evening", "afternoon",
  // (greetings of other languages: "Shalom, my father ...", "Zdravo, my friend ...")
  "shalom", "salam", "salaam", "salaams", "assalamualaikum", "zdravo", "hola", "bonjour", "ciao", "namaste", "namaskar", "marhaba", "merhaba", "hallo", "ola", "olá", "privet", "jambo", "habari", "sawubona", "aloha", "yassas", "hej", "szia", "sveiki", "ahoj", "salut", "servus", "moin", "konnichiwa", "annyeong", "sat", "vanakkam", "kumusta", "mabuhay"]);
/** what a partner is called in chat, lower-case: "babe's (my wife Dani) waters broke" */
const AE_ENDEARMENT = new Set(["babe", "bae", "hun", "hon", "honey", "love", "darling", "sweetie", "sweetheart", "angel", "princess", "buddy", "mate", "pal", "hubby", "wifey"]);
/** a nickname given: "Dwayne aka Tank", "everyone calls him Tank", "she goes by Bee", "we call him Pop" */
const AE_NICK = /\b(?:aka|a\.k\.a\.?|known\sas|goes\sby|nicknamed|(?:we|everyone|everybody|they|people|the\skids|the\sfamily|family|i)\s(?:all\s)?calls?\s(?:him|her|them|me))\s["'‘“]?(\p{L}[\p{L}'’-]{1,20})(?![\p{L}])/giu;
/** a word, then whom it names in brackets: "Bubba (my little brother, ...)", "Nigel (my dad)" */
const AE_PAREN_KIN = /(?<![\p{L}])(\p{L}[\p{Ll}'’-]{1,20})\s\((?:my|our|his|her)\s(?:(?:little|big|baby|older|younger|eldest|youngest|twin|step|kid|oldest|middle)\s)?(\p{L}{2,14})\b/gu;
/** a relative, a pet name, then the given name in brackets: "granny dot (dorothy)", "uncle bob (robert)" */
const AE_KIN_PAREN_NAME = /\b(\p{L}{2,12})\s(\p{L}[\p{Ll}'’-]{1,15})\s\((\p{L}[\p{Ll}'’-]{1,20})\)/gu;
/** a name, then who it is: "Jasmine, my 4 year old, has worms", "Kemi, my eldest, ..." */
const AE_NAME_APPOS = /(?:^|[.!?]\s{1,3}|\n)(\p{Lu}[\p{Ll}'’-]{1,20}),\s(?:my|our)\s(?:(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-](?:year|yr|month|week)s?[\s-]old|(?:little|baby|eldest|youngest|middle|oldest|older|younger)\b|(\p{L}{2,14})\b)/gu;
/** a child or patient "is otherwise fine": "Coco is otherwise fine" */
const AE_OTHERWISE = /(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]{1,20})\s(?:is|seems|has\sbeen|was)\s(?:otherwise|other\swise)\s(?:fine|well|ok|okay|healthy|happy|good|alright|thriving|normal)\b/gu;
/** a friend or friends by name: "my mate Callum's stag", "my mates Benny and Lol" */
const AE_MATES = /\b(?:my|our|his|her)\s(?:mates?|pals?|buddy|buddies|bff|bezzie|bestie|besties|mucker|homie|homies|bro|bros|friends?|housemates?|flatmates?|roommates?|twins|kids|boys|girls)\s(\p{Lu}[\p{Ll}'’-]{1,20})(?:\s(?:and|&)\s(\p{Lu}[\p{Ll}'’-]{1,20}))?/gu;
/** someone from work, church or next door, a nickname before it allowed: "big mike from my work" */
const AE_FROM_PLACE = /(?<![\p{L}])((?:(?:big|little|lil|old|young|auntie|uncle)\s)?(\p{L}[\p{Ll}'’-]{1,15}))\sfrom\s(?:my\s|the\s|our\s)?(?:work|job|office|church|chapel|mosque|temple|school|uni|college|gym|footy|football|rugby|team|choir|pub|book\sclub|next\sdoor|down\sthe\s(?:road|street)|across\sthe\s(?:road|street))\b/gu;
/** a doctor by an initial: "Dr K at the clinic" */
const AE_DR_INITIAL = /\b(?:Dr|Doctor|Doc)\.?\s(\p{Lu})(?=\.?\s(?:at|from|in|said|says|wants|told|thinks|reckons|did|gave|put|prescribed|is|was|has|who|on|and|&|,)\b|[,;:!?]|\.?$)/gu;
/** a month or season that is a girl's name, owning a thing of one person: "April's asthma action plan" */
const AE_MONTH_NAME_OWNS = /(?<![\p{L}])(April|May|June|Summer|Autumn|Dawn|Eve)['’]s\s(?:(?:new|first|last|next|school|own)\s)?(?:asthma|inhaler|eczema|meds|medication|medicine|tablets|epipen|epi-?pen|rash|temperature|temp|fever|cough|teacher|nursery|school|class|teeth|tooth|ears?|eyes?|skin|tummy|stomach|head|legs?|arms?|feet|foot|hands?|cast|plaster|stitches|cold|allergy|allergies|diabetes|insulin|seizures?|fits?|surgery|op|appointment|appt|scan|bloods|results|doctor|gp|nurse|consultant|paediatrician|pediatrician|dentist|mum|mom|dad|dad['’]s)\b/gu;
/** a season or holiday that comes round, no one's date or name: "Summer is here", "Christmas is coming" */
const AE_SEASON_COMING = /(?<![\p{L}])(Summer|Winter|Spring|Autumn|Fall|Christmas|Xmas|Easter|Ramadan|Diwali|Hanukkah|Thanksgiving|Halloween|Eid)\s(?:is|['’]s)\s(?:here|coming|nearly\shere|almost\shere|around\sthe\scorner|round\sthe\scorner|upon\sus|approaching|on\sits\sway|over)\b/gu;
/** a pet introduced by name: "Sunny is our golden retriever" */
const AE_PET_IS = /(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]{1,20})\s(?:is|['’]s)\s(?:our|my|the\sfamily['’]s|his|her|their)\s(?:[\p{L}-]{2,15}\s){0,2}(?:dog|cat|puppy|pup|kitten|kitty|pet|hamster|rabbit|bunny|horse|pony|parrot|budgie|tortoise|retriever|labrador|lab|spaniel|terrier|poodle|collie|shepherd|beagle|dachshund|pug|husky|bulldog|greyhound|whippet|cockapoo|labradoodle|goldfish)\b/gu;
/** a show binged, no person or place: "Binged Emily in Paris all weekend" */
const AE_BINGED = /\b(?:[Bb]inged|[Bb]inge[\s-]?watched|[Bb]inge[\s-]?watching|[Bb]ingeing|[Bb]inging)\s((?:\p{Lu}[\p{L}'’-]{0,20}|in|of|the|and|on)(?:\s(?:\p{Lu}[\p{L}'’-]{0,20}|in|of|the|and|on)){0,4})/gu;
/** a royal title before a given name: a public figure or the hospital named after one ("the Princess Alexandra in Harlow") */
const AE_ROYAL = /(?<![\p{L}])(?:Queen|King|Princess|Prince|Duchess|Duke)\s(\p{Lu}[\p{Ll}'’-]{2,20})/gu;
/** people famous enough to be talked about in general; never a patient of the message */
const AE_PUBLIC_FIGURES = [
  "taylor swift", "steve jobs", "elon musk", "harriet tubman", "marcus rashford", "bill gates", "jeff bezos", "mark zuckerberg", "oprah winfrey",
  "barack obama", "michelle obama", "joe biden", "donald trump", "kamala harris", "hillary clinton", "bill clinton", "george bush", "ronald reagan",
  "abraham lincoln", "john f kennedy", "john f. kennedy", "martin luther king", "rosa parks", "nelson mandela", "winston churchill", "margaret thatcher",
  "boris johnson", "rishi sunak", "keir starmer", "theresa may", "tony blair", "albert einstein", "marie curie", "florence nightingale", "stephen hawking",
  "princess diana", "king charles", "prince harry", "prince william", "kate middleton", "meghan markle", "david attenborough", "jane goodall",
  "michael j fox", "michael j. fox", "christopher reeve", "selena gomez", "angelina jolie", "ben stiller", "tom hanks", "celine dion", "bruce willis",
  "lady gaga", "justin bieber", "hailey bieber", "kim kardashian", "serena williams", "venus williams", "simone biles", "naomi osaka", "beyonce", "beyoncé",
  "rihanna", "ed sheeran", "elton john", "freddie mercury", "lou gehrig", "muhammad ali", "magic johnson", "charlie sheen", "cristiano ronaldo",
  "lionel messi", "david beckham", "lebron james", "michael jordan", "tom brady", "tiger woods", "roger federer", "andy murray", "usain bolt",
  "michael phelps", "lance armstrong", "damar hamlin", "christian eriksen", "joe rogan", "andrew huberman", "mehmet oz", "gwyneth paltrow",
  "jennifer aniston", "brad pitt", "chris hemsworth", "dwayne johnson", "kanye west", "demi lovato", "mariah carey", "britney spears",
  "whitney houston", "michael jackson", "elvis presley", "marilyn monroe", "robin williams", "matthew perry", "anthony bourdain", "amy winehouse",
  "kurt cobain", "carrie fisher", "val kilmer", "jamie foxx", "shannen doherty", "olivia newton-john", "kylie minogue", "ozzy osbourne",
  "sharon osbourne", "billy connolly", "jeremy clarkson", "gordon ramsay", "jamie oliver", "joe wicks", "davina mccall", "kate garraway", "steve irwin",
  "greta thunberg", "vladimir putin", "pope francis", "dolly parton", "james van der beek", "ben affleck", "jennifer lopez", "mel gibson", "paul mccartney",
  "john lennon", "bob marley", "jimmy carter", "queen elizabeth", "arnold schwarzenegger", "sylvester stallone", "tom cruise", "will smith",
];
const AE_PUBLIC_RE = new RegExp(`(?<![\\p{L}])(?:${AE_PUBLIC_FIGURES.map((n) => n.replace(/[.]/g, "\\.")).join("|")})(?![\\p{L}])`, "giu");
/** what is said of a public figure, not of a patient: "Reading about Steve Jobs", "a Harriet Tubman documentary" */
const AE_MEDIA_BEFORE = /\b(?:reading\sabout|read\sabout|reading|watching|watched|documentary\s(?:about|on)|article\s(?:about|on)|podcast\s(?:about|with)|interview\swith|biopic\s(?:about|of)|book\sby|book\sabout)\s$/i;
const AE_MEDIA_AFTER = /^(?:['’]s)?\s(?:documentary|biopic|interview|podcast|autobiography|memoir|book|film|movie|song|album|concert|tour|speech|tweet|instagram|talk(?:ing)?\sabout|said\son|said\sin)\b/i;
/** an age in its decade: "in her late 90s", "in his nineties" */
const AE_DECADE_AGE = /\bin\s(?:his|her|their|my|your|our)\s(?:(?:early|mid|late)[\s-])?((?:9|1[01])0['’]?s|nineties|hundreds)\b/gi;
/** an age over 89 in words after a word that takes an age: "worth it at ninety-eight", "aged a hundred and one" */
const AE_WORD_AGE = /\b(?:at|aged?|turned|turning|turns|reached|reach|reaching|be|is|['’]s)\s((?:ninety(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one)\shundred(?:\sand\s(?:one|two|three|four|five|six|seven|eight|nine|ten))?))(?![\p{L}-])/giu;
/** an age over 89 after a person: "(we call him Pop) is 93", "(dorothy) is 95", "and is now 99" */
const AE_AGE_AFTER = /(?:\)|\b(?:and|who|he|she|they))\s(?:is|['’]s|turned|turns|will\sbe)\s(?:now\s|nearly\s|almost\s|just\s)?(9\d|1[01]\d)(?!\d|[.,]\d|[:/%])/gi;
/** vital signs a number after "is" may be: "pulse ... and is now 95" */
const AE_VITAL_WORD = /\b(?:sats?|saturation|spo2|o2|oxygen|pulse|heart\s?rate|hr|bp|pressure|temp|temperature|sugar|glucose|bg|bm|weight|weighs|kg|score|reading|level|rate|count|iq|percent|%|mark|grade|test|result)\b/i;
/** a phone number read out in words: "oh seven seven zero nine, four four one, two eight six" */
const AE_SPOKEN_PHONE = /(?<![\p{L}])((?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double\s(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)|triple\s(?:oh|zero|one|two|three|four|five|six|seven|eight|nine))(?:[\s,-]{1,3}(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double\s(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)|triple\s(?:oh|zero|one|two|three|four|five|six|seven|eight|nine))){6,14})(?![\p{L}])/giu;
/** an ordinal date in words, "the" included: "on the third of march" (in figures, "3rd of May", it is found without "the") */
const AE_ORDINAL_DATE = /\b(the\s(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[\s-]first)\sof\s(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\b/gi;
/** a day of the month someone was due, before a small word: "didn't come on the 4th like promised" */
const AE_ON_THE_DAY = /\bon\s(the\s(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))(?=\s(?:like|as|when|but|because|cos|coz|yet|either|which|though|although|unlike)\b)/gi;
/** a licence number a few words after the word: "license number ... (It's NY 829 441 772 ...)" */
const AE_LICENSE_AFTER = /\blicen[cs]e\b[^\n]{0,80}?(?:\b[A-Z]{2}\s)?(?<![\d-])(\d{3}[\s-]\d{3}[\s-]\d{3}|[A-Z]{0,2}\d{6,12})(?![\d-])/g;

/** The informal-chat cues of the phi-ae writer; returns the hits with this block's additions and drops. */
function phiAECues(toks: WordToken[], text: string, hits: PhiHit[]): PhiHit[] {
  if (text.length > 20_000) return hits;
  const { cur, drop, lap, put } = hitOverlay(hits);
  const N: readonly PhiType[] = ["NAME", "CITY"];
  const each = (re: RegExp, fn: (m: RegExpExecArray, s: number, e: number) => void, g = 1): void => eachGroup(text, re, fn, g);
  const kin = (l: string): boolean => RELATIONS.has(l) || KINSHIP_ALONE.has(l) || AB_KIN_ALONE.has(l) || AB_KIN_EXTRA.has(l) || U_KIN.has(l) || AE_KIN.has(l);
  const notName = (l: string): boolean => kin(l) || AE_NOT_NAME.has(l) || X_CHAT.has(l) || TIME_WORDS.has(l) || listedNotName(l);
  /** a word a person may be called by: a given name, a word name, or a capitalised word no dictionary knows */
  const nameish = (w: string): boolean => {
    const l = w.toLowerCase().replace(/['’]s$/, "");
    if (l.length < 2 || notName(l)) return false;
    if (isGivenName(l) !== undefined || WORD_NAMES.has(l)) return true;
    if (isCommonWord(l)) return false;
    return inNameList(l) || (/^\p{Lu}/u.test(w) && !isEnglishWord(l));
  };
  /** in a slot only a person fills ("X, my 4 year old,"), a listed name that is also a word ("Jasmine"); no adverb ("Mostly") */
  const slotNameish = (w: string): boolean => {
    const l = w.toLowerCase().replace(/['’]s$/, "");
    if (/ly$/.test(l) || AE_DISCOURSE.has(l)) return false;
    return nameish(w) || (inNameList(l) && !notName(l) && !/ly$/.test(l) && !VERB_OR_FUNCTION.test(lexicon.tagOf(l) ?? ""));
  };
  const nameAt = (s: number, e: number): boolean => lap(s, e).some((h) => h.type === "NAME");
  const putName = (s: number, e: number): void => {
    if (!nameAt(s, e) || lap(s, e).every((h) => h.type === "NAME")) put("NAME", s, e, N);
  };
  const ownEnd = (s: number, w: string): number => s + w.replace(/['’]s$/, "").length;
  /** nicknames found by a strong cue: their other capitalised mentions are the same person ("... but Pop refused") */
  const nicks = new Set<string>();

  // -- names: a nickname given, a word and whom it names in brackets, a name and who it is, a friend by name --
  each(AE_NICK, (m, s) => {
    const w = m[1]!.replace(/['’]+$/, "");
    const l = w.toLowerCase();
    // (a kin word before the name is a title: "calls her Mama Titi")
    if (kin(l) && /^\s\p{Lu}/u.test(text.slice(s + w.length, s + w.length + 2))) return;
    // ("aka", "known as" name a person only right after a name found: "Dwayne aka Tank"; "a condition known as Rosacea" is none)
    if (/^(?:aka|a\.k\.a|known)/i.test(m[0]) && !nameAt(Math.max(0, m.index - 25), m.index)) return;
    // (no acronym: "also known as CIDP")
    if (w.length > 1 && !/\p{Ll}/u.test(w)) return;
    // (a capitalised word, or a listed given name; not "calls him back", "calls her out")
    if (AE_NOT_NAME.has(l) || X_CHAT.has(l) || TIME_WORDS.has(l) || (!/^\p{Lu}/u.test(w) && isGivenName(l) === undefined) || /^(?:back|out|up|every|all|a|an|the|that|this|names|daily|often|lol)$/i.test(l)) return;
    putName(s, ownEnd(s, w));
    if (/^\p{Lu}/u.test(w)) nicks.add(w.replace(/['’]s$/, ""));
  });
  each(AE_PAREN_KIN, (m, s) => {
    const w = m[1]!;
    if ((!RELATIONS.has(m[2]!.toLowerCase()) && !kin(m[2]!.toLowerCase())) || AE_ENDEARMENT.has(w.toLowerCase().replace(/['’]s$/, ""))) return;
    if (slotNameish(w)) putName(s, ownEnd(s, w));
  });
  each(AE_KIN_PAREN_NAME, (m) => {
    if (!kin(m[1]!.toLowerCase())) return;
    const given = m[3]!;
    if (isGivenName(given.toLowerCase()) === undefined || notName(given.toLowerCase())) return;
    const nick = m[2]!;
    const s2 = m.index + m[0].lastIndexOf(`(${given})`) + 1;
    const s1 = m.index + m[1]!.length + 1;
    if (!notName(nick.toLowerCase())) putName(s1, s1 + nick.length);
    putName(s2, s2 + given.length);
  }, 0);
  each(AE_NAME_APPOS, (m, s, e) => {
    const w = m[1]!;
    const rel = m[3]?.toLowerCase();
    if (rel !== undefined && !RELATIONS.has(rel) && !kin(rel)) return;
    // (a listed name: an unknown capitalised word before a comma may be a greeting of another language)
    const l = w.toLowerCase();
    if (slotNameish(w) && (isGivenName(l) !== undefined || WORD_NAMES.has(l) || inNameList(l))) putName(s, e);
  });
  each(AE_OTHERWISE, (m, s, e) => {
    if (nameish(m[1]!) && !/^(?:He|She|They|It|Everything|Everyone|All|That|This|Baby|Mum|Mom|Dad)$/.test(m[1]!)) putName(s, e);
  });
  each(AE_MATES, (m) => {
    for (const w of [m[1], m[2]]) {
      if (w === undefined) continue;
      const l = w.toLowerCase().replace(/['’]s$/, "");
      // (a capitalised chat word is a nickname only as the second of two friends after a name: "Benny and Lol")
      const nick = w === m[2] && nameish(m[1]!) && (X_CHAT.has(l) || AE_NOT_NAME.has(l)) && !kin(l);
      if (!nick && !nameish(w)) continue;
      const s = m.index + m[0].indexOf(w, w === m[2] ? m[0].length - w.length - 1 : 0);
      putName(s, ownEnd(s, w));
      nicks.add(w.replace(/['’]s$/, ""));
    }
  }, 0);
  each(AE_FROM_PLACE, (m, s, e) => {
    const l = m[2]!.toLowerCase();
    if (isGivenName(l) === undefined || notName(l) || /^(?:someone|somebody|guy|lady|woman|man|girl|boy|bloke|fella|people|friend|mate|one|everyone)$/.test(l)) return;
    putName(s, e);
  });
  each(AE_DR_INITIAL, (m, s, e) => {
    if (m[1] !== "I" && m[1] !== "A" && lap(s, e).length === 0) put("NAME", s, e, []);
  });
  each(AE_MONTH_NAME_OWNS, (m, s) => {
    // (the owner is a person: "she" or "he" follows; "April's rent" and "May's heatwave" own no body or medicine)
    if (/\b(?:she|he|her|his)\b/i.test(text.slice(s, s + 200))) putName(s, s + m[1]!.length);
  });
  // (the other capitalised mentions of a nickname found above)
  for (const n of nicks) {
    const re = new RegExp(`(?<![\\p{L}])${n.replace(/[^\p{L}'’-]/gu, "")}(?![\\p{L}])`, "gu");
    each(re, (_m, s, e) => {
      if (lap(s, e).every((h) => h.type === "NAME")) putName(s, e);
    }, 0);
  }

  // -- not names: public figures, royal titles and their hospitals, a show binged, a pet, a season, a chat word --
  const dropIn = (s: number, e: number, types: readonly PhiType[]): void => {
    for (const h of lap(s, e)) if (types.includes(h.type) && h.start >= s && h.end <= e) drop.add(h);
  };
  for (const h of cur.slice()) {
    if (drop.has(h) || (h.type !== "NAME" && h.type !== "CITY")) continue;
    // (a listed public figure around the hit, looked up only near a name found: "Taylor Swift's doctor thing")
    const from = Math.max(0, h.start - 30);
    const near = text.slice(from, h.end + 30);
    AE_PUBLIC_RE.lastIndex = 0;
    for (let m = AE_PUBLIC_RE.exec(near); m; m = AE_PUBLIC_RE.exec(near)) {
      const s = from + m.index;
      const e = s + m[0].length;
      if (h.start >= s && h.end <= e && !/\b(?:my|our|his|her|their)\s(?:\p{L}+\s)?$/iu.test(text.slice(Math.max(0, s - 20), s))) drop.add(h);
    }
    if (drop.has(h) || h.type !== "NAME") continue;
    const v = text.slice(h.start, h.end);
    // (a full name talked about in the media: "Reading about X Y", "X Y documentary")
    if (/^\p{Lu}\p{Ll}+\s\p{Lu}[\p{Ll}'’-]+$/u.test(v) && (AE_MEDIA_BEFORE.test(text.slice(Math.max(0, h.start - 24), h.start)) || AE_MEDIA_AFTER.test(text.slice(h.end, h.end + 24)))) drop.add(h);
  }
  each(AE_ROYAL, (m, s, e) => {
    // ("my little princess Amy" is a child: only a capitalised title not after "my")
    if (!/\b(?:my|our|little|lil)\s$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) dropIn(m.index, e, ["NAME"]);
    void s;
  });
  each(/(?<![\p{L}])Good\s(Sam|Samaritan|Shepherd)(?![\p{L}])/gu, (_m, s, e) => dropIn(s, e, ["NAME"]));
  each(AE_BINGED, (_m, s, e) => dropIn(s, e, ["NAME", "CITY", "DATE"]));
  each(AE_PET_IS, (_m, s, e) => {
    dropIn(s, e, ["NAME"]);
    const w = text.slice(s, e);
    // (the pet's other mentions)
    each(new RegExp(`(?<![\\p{L}])${w.replace(/[^\p{L}'’-]/gu, "")}(?![\\p{L}])`, "gu"), (_n, s2, e2) => dropIn(s2, e2, ["NAME"]), 0);
  });
  each(AE_SEASON_COMING, (_m, s, e) => dropIn(s, e, ["NAME", "DATE"]));
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "NAME") continue;
    const v = text.slice(h.start, h.end);
    const l = v.toLowerCase();
    if (/-ish$/.test(l) || (AE_NOT_NAME.has(l) && !nicks.has(v)) || (AE_KIN.has(l) && !/^\p{Lu}/u.test(v) && /^\s\((?:my|our)\s/.test(text.slice(h.end, h.end + 6)))) drop.add(h);
  }

  // -- ages over 89: in a decade, in words, after a person in brackets or "and is now" --
  each(AE_DECADE_AGE, (_m, s, e) => {
    if (lap(s, e).length === 0) put("AGE", s, e, []);
  });
  each(AE_WORD_AGE, (_m, s, e) => {
    const after = text.slice(e, e + 16);
    if (/^[\s-]*(?:percent|per\scent|%|pounds?|lbs?|kilos?|kg|mg|mls?|minutes?|mins?|seconds?|secs?|hours?|days?|weeks?|months?|times|degrees?|beats?|bpm|points?|dollars?|quid|euros?|units?|over|\/|thousand|million|miles?|metres?|meters?|feet|steps?|people|patients)\b/i.test(after)) return;
    const before = text.slice(Math.max(0, s - 24), s);
    if (AE_VITAL_WORD.test(before) || /\b(?:fever|dose|cost|costs|price|bill|speed|mph)\b/i.test(before.slice(-12)) || /\b(?:it|that|this|which|there)\s?(?:is|['’]s)\s$/i.test(before)) return;
    if (lap(s, e).length === 0) put("AGE", s, e, []);
  });
  each(AE_AGE_AFTER, (m, s, e) => {
    if (CLINICAL_UNIT_AFTER.test(text.slice(e, e + 8)) || /^\s?(?:%|percent|kg|lbs?|pounds|bpm|over|\/|mg|mmhg|points?|beats|years?\s(?:ago|since))/i.test(text.slice(e, e + 10))) return;
    const before = text.slice(Math.max(0, m.index - 60), m.index + 1);
    const lead = m[0].startsWith(")") ? "paren" : m[0].slice(0, 4).toLowerCase().trim();
    if (AE_VITAL_WORD.test(before.slice(lead === "paren" ? -30 : -60))) return;
    const person = nameAt(Math.max(0, m.index - 60), m.index + 1) || before.toLowerCase().split(/[^\p{L}]+/u).some((w) => kin(w) && w !== "pa" && w !== "ma");
    if (lead === "and" && !/\bnow\b/i.test(m[0])) return;
    if ((lead === "paren" || lead === "and" || lead === "who") && !person) return;
    if (lap(s, e).length === 0) put("AGE", s, e, []);
  });

  // -- dates: an ordinal date with its "the", a day of the month someone was due --
  each(AE_ORDINAL_DATE, (_m, s, e) => {
    if (lap(s, e).every((h) => h.type === "DATE")) put("DATE", s, e, []);
  });
  each(AE_ON_THE_DAY, (_m, s, e) => {
    if (lap(s, e).length === 0) put("DATE", s, e, []);
  });

  // -- numbers: a phone number read out in words, a licence number a few words after the word, a credential before it --
  if (/\b(?:call|ring|text|phone|mobile|cell|number|reach|contact|tel|ssn|social\ssecurity)\b/i.test(text)) each(AE_SPOKEN_PHONE, (m, s, e) => {
    const digits = m[1]!.toLowerCase().match(/\b(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)\b/g) ?? [];
    // (after its label, a social security number read out the same way: "Social security number: five one seven, ...")
    const ssn = /\b(?:SSN|social\ssecurity(?:\snumber|\sno\.?|\s#)?)\b[^\n\d]{0,20}$/i.test(text.slice(Math.max(0, s - 40), s));
    if (digits.length >= 7 && lap(s, e).every((h) => h.type === "PHONE" || h.type === "AGE" || h.type === "SSN")) put(ssn ? "SSN" : "PHONE", s, e, ["AGE", "PHONE", "SSN"]);
  });
  if (/\d/.test(text)) {
    each(AE_LICENSE_AFTER, (_m, s, e) => {
      if (CLINICAL_UNIT_AFTER.test(text.slice(e, e + 8)) || lap(s, e).some((h) => h.type !== "LICENSE")) return;
      put("LICENSE", s, e, []);
    });
    for (const h of cur.slice()) {
      if (drop.has(h) || h.type !== "LICENSE") continue;
      const pre = /\b(?:RN|LPN|LVN|NP|MD|DO|PA|APRN|CNA)[\s#:-]{1,2}$/.exec(text.slice(Math.max(0, h.start - 6), h.start));
      if (pre) put("LICENSE", h.start - pre[0].length, h.end, []);
    }
  }
  void toks;
  return resolveOverlaps(cur.filter((h) => !drop.has(h)));
}
// ---- end of phi-ae ----

// ---- phi-ad: administration, billing, insurance and forms with international people ----
/** the value of an administrative number: letter prefixes ("OPT-PA-", "CLM#", "VHI "), then digit groups joined by
 * hyphens, slashes, dots or single spaces ("INV 2024/08/33871", "G00 441 7823", "6637-018-442-MN") */
const AD_VALUE = "((?:[A-Z]{1,5}(?:[-#]|[ \\t](?=\\d))?){0,3}\\d[\\dA-Z]*(?:(?:[-/.]|[ \\t](?=\\d))[\\dA-Z]+){0,5})";
/** what may stand between a label and its value: a number word, "is", a colon or a dash, an opening quote */
const AD_JOIN = "(?:[ \\t]?(?:number|num|nr\\.?|no\\.?|#|ID|code))?(?:[ \\t](?:is|was)|[ \\t]?[:#—–-])?[ \\t]?[\"“'(]?";
/** the labels of paperwork numbers, each with the type it names: billing and claims (ACCOUNT), national identity
 * numbers that stand where an SSN would (SSN), a hospital or clinic number (MRN), a health card or public insurer
 * (HEALTH_PLAN), a provider's or an immigrant's registration number (LICENSE) */
const AD_LABELS: readonly [PhiType, string][] = [
  ["SSN", "(?:aadhaa?r|pesel|curp|cpf|dni|nie|nif|bsn|nric|nino|ni[ \\t](?:number|no\\.?)|national[ \\t]insurance|social[ \\t]insurance|sin|personnummer|national[ \\t]id(?:entity)?|identity[ \\t](?:number|card)|emirates[ \\t]id|ppsn?|tfn|ssn|social[ \\t]security)"],
  ["MRN", "(?:hn|hosp(?:ital)?[ \\t](?:no\\.?|number|#)|clinic[ \\t](?:no\\.?|#)|patient[ \\t]id|ur[ \\t](?:no\\.?|number)|chi[ \\t](?:no\\.?|number))"],
  ["HEALTH_PLAN", "(?:health[ \\t](?:card|number|no\\.?|insurance[ \\t]number)(?:[ \\t]\\([A-Z]{2}\\))?|medicaid[ \\t]id|medicare(?:[ \\t](?:number|no\\.?|id))?|ohip|ramq|tarjeta[ \\t]sanitaria|medical[ \\t]aid(?:[ \\t](?:no\\.?|number))?|imss)"],
  ["LICENSE", "(?:npi|a-number|alien[ \\t](?:registration[ \\t])?number|uscis[ \\t]number)"],
  ["ACCOUNT", "(?:inv(?:oice)?|statement|receipt|summons|(?:payer|payor|insurer|case|booking|transaction|payment)[ \\t]ref(?:erence)?|clm|approval|student|(?:guarantor[ \\t])?account|acct)"],
];
const AD_LABEL_VALUE: readonly [PhiType, RegExp][] = AD_LABELS.map(([t, l]) => [t, new RegExp(`(?<![\\p{L}\\d])${l}(?![\\p{L}\\d])${AD_JOIN}${AD_VALUE}(?![\\w-])`, "giu")]);
/** the same labels a few words before "is" and the value: "account number on my hospital bill is "G00 441 7823"",
 * "student Hien Tran, ID 47219981" */
const AD_LABEL_GAP: readonly [PhiType, RegExp][] = AD_LABELS.map(([t, l]) => [t, new RegExp(`(?<![\\p{L}\\d])${l}(?![\\p{L}\\d])(?:[ \\t]?(?:number|no\\.?|#))?[^\\n.;!?\\d]{1,32}?(?:\\b(?:is|was)|,[ \\t](?:ID|no\\.?|nr\\.?|number))[ \\t]?:?[ \\t]?["“']?${AD_VALUE}(?![\\w-])`, "giu")]);
/** an invoice's number after its amount: "Invoice CHF 1,250, no. 2023-12-ZM-0441" */
const AD_INVOICE_NO = new RegExp(`\\b(?:invoice|receipt|bill)\\b[^\\n;]{1,24}?,[ \\t](?:no\\.?|nr\\.?|number|#)[ \\t]?${AD_VALUE}(?![\\w-])`, "gi");
/** "mine is" after an identity or health-plan label named earlier: "my SIN ... Mine's 046 454 286" */
const AD_MINE = new RegExp(`\\bmine(?:['’]s|[ \\t]is|[ \\t]looks[ \\t]like|[ \\t]reads)[ \\t]["“']?${AD_VALUE}(?![\\w-])`, "gi");
const AD_MINE_LABEL = /\b(sin|ssn|social security|social insurance|aadhaa?r|pesel|curp|national insurance|ni number|medicaid id|medicaid|medicare|health card|ohip|a-number|alien number)\b/gi;
/** words of insurance between a label and its value: the number is the insurer's ("Patient ID with UnitedHealthcare is ...") */
const AD_INSURER_WORDS = /\b(?:insurance|insurer|policy|member|plan|medical aid|healthcare|UnitedHealthcare|Aetna|Cigna|Humana|Anthem|BCBS|Blue ?Cross|Medicaid|Medicare)\b/i;
/** a health insurer's name written before a member number: "VHI 3345 9981 12", "BUPA 88-1129" */
const AD_INSURER_PREFIX = /^(?:VHI|BUPA|Bupa|BCBS|AXA|HCF|NIB|Medibank|Laya|Aetna|Cigna|Humana|Anthem|UHC|Allianz|GEHA|Kaiser)[ \t-]?\d/;
/** an SSN masked to its last four digits is still the person's number: "***-**-6620" */
const AD_MASKED_SSN = /(?<![\w*])\*{3}-\*{2}-\d{4}(?!\d)/g;
/** an SSN written out in words after its label: "five one seven, two two, nine zero four one" */
const AD_DIGIT_WORD = "(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)";
const AD_SPOKEN_SSN = new RegExp(`\\b(?:ssn|social security(?: number| no\\.?| #)?)[ \\t]?(?:is|was)?[ \\t]?:?[ \\t]?(${AD_DIGIT_WORD}(?:,?[ \\t-]${AD_DIGIT_WORD}){8})\\b`, "gi");
/** a South African identity number: 13 digits that open with the birth date (YYMMDD) */
const AD_SA_ID = /\bID[ \t](?:number|no\.?)[ \t]?[:—–-]?[ \t]?(\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{7})\b/g;
/** a prefixed patient code where the text speaks of patient IDs: "P-00088213" */
const AD_PATIENT_CODE = /(?<![\w-])[A-Z]{1,3}-\d{6,10}(?![\w-])/g;

/** the day or month a visit, an admission or a discharge took place: "seen at the clinic 9/14", "adm 2/10", "d/c 2/15",
 * "visits 8/1 and 8/1" */
const AD_VISIT_DATE = /(?<![\p{L}])(?:seen|visits?|visited|adm|admitted|d\/c|discharged|dc['’]?d|presented|injured|vaccinated|tested|swabbed)(?:[ \t](?:at|in|on|to|the|a|clinic|office|ER|ED|A&E|hospital|urgent|care|GP)){0,3}[ \t](\d{1,2}\/\d{1,2})(?![\d/])/giu;
/** a date then more of the same list: "8/1 and 8/1", "2/10, 2/12" */
const AD_DATE_MORE = /^[ \t]?(?:and|&|,|-|–|to)[ \t]?(\d{1,2}\/\d{1,2})(?![\d/])/;
/** an ISO date, even with a mistyped day ("2019-08-41 (typo)"): still a date of the person */
const AD_ISO_DATE = /(?<![\w-])(?:19|20)\d\d-(?:0[1-9]|1[0-2])-\d\d(?![\w-])/g;

/** the labels of a form's name field: "Name:", "Surname:", "last name:", "Forename(s):", "Member:", "Insured person:" */
const AD_NAME_FIELD = /(?:^|[\n|/;])[ \t]*((?:full|first|last|given|family|patient(?:['’]s)?|member|client|insured|employee|student|passenger|applicant)?[ \t]?names?|surname|forenames?(?:\(s\))?|member|insured(?:[ \t]person)?|client|passenger|applicant|bill[ \t]to|patient)[ \t]*[:—–][ \t]*((?:(?:mr|mrs|ms|miss|mx|dr)\.?[ \t])?([\p{L}][\p{L}'’.-]{0,24}(?:,?[ \t][\p{L}][\p{L}'’.-]{0,24}){0,3}))(?=[ \t]*(?:$|\n|\||;|\(|,[ \t]*(?:dob|d\.o\.b|age|born|mrn|id)\b)|[ \t]+\/)/giu;
/** words a form field may hold that are no one's name */
const AD_FIELD_NOT_NAME = /^(?:n\/a|na|none|unknown|self|same|see|the|a|an|as|above|below|patient|pt|male|female|other|yes|no|tbc|tbd|pending|blank|redacted|withheld|anonymous|not|known|given|provided|applicable|mother|father|parent|guardian|spouse|child|son|daughter|on|file|card|form|below|here)$/i;
/** a person-role word before a name a place list also knows: "student Hien Tran" */
const AD_PERSON_ROLE = /\b(?:student|patient|pt|employee|client|member|insured|passenger|applicant|claimant|resident)[ \t]$/i;
/** West African day names given as first names ("Sunday Okonkwo"): only right before a surname already found */
const AD_DAY_NAMES = new Set(["sunday", "monday", "friday", "tuesday"]);
/** travel to a town: "flight on 19 Dec to Abuja", "travelling to Cebu" */
const AD_TRAVEL_TO = /\b(?:flight|flights|flying|fly|flew|travel|travelling|traveling|trip|holiday|vacation|returning|moving|relocating)\b[^.\n]{0,24}?\bto[ \t](\p{Lu}\p{Ll}{2,20})(?![\p{L}])/gu;
/** a street named by one word, with no suffix: "1200 Broadway" */
const AD_ONE_WORD_STREET = /(?<![\w-])\d{1,5}[ \t](?:Broadway|Bowery|Strand|Embarcadero|Kingsway|Parkway)(?![\p{L}])/gu;
/** the names of identity and health schemes, never a person or a town: "Aadhaar 2094-...", "BlueCross BlueShield of Texas" */
const AD_SCHEME_WORDS = /^(?:aadhaa?r|pesel|curp|ohip|medicaid|medicare|medi-cal|tricare|bluecross|blueshield|bluecross blueshield|blue cross|blue shield|nhs|nhi|ramq|imss|tawuniya|bupa|medibank)$/i;
/** a test's antibody or antigen after the virus: "HIV Ab negative", "HBs Ag" */
const AD_SEROLOGY = /^(?:HIV|HCV|HBV|HAV|CMV|EBV|HSV|VZV|HBs|HBc|HBe|HTLV)[ \t]?(?:Ab|Ag|IgG|IgM|Abs)$/;
/** a word of paperwork before a number, read as a name: "Auth# 2024-...", "Ref: ..." */
const AD_LABEL_WORD = /^(?:auth|acct|ref|claim|policy|member|group|invoice|receipt|bill|ticket|case)$/i;

function phiADCues(toks: WordToken[], text: string, hits: PhiHit[]): PhiHit[] {
  if (text.length > 20_000) return hits;
  const { cur, drop, lap, put } = hitOverlay(hits);
  const each = (re: RegExp, fn: (m: RegExpExecArray, s: number, e: number) => void, g = 1): void => eachGroup(text, re, fn, g);
  const SOFT: readonly PhiType[] = ["ZIP", "PHONE", "DATE", "MRN", "ACCOUNT", "HEALTH_PLAN", "AGE", "SSN", "LICENSE", "NAME", "CITY"];
  const digits = (v: string): number => (v.match(/\d/g) ?? []).length;
  /** a number of the paperwork, not a price, a dose, a plain date or a short count */
  const idValue = (v: string, e: number): boolean =>
    v === v.toUpperCase() && (digits(v) >= 5 || (digits(v) >= 4 && /[A-Z]/.test(v))) && !/^\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?$/.test(v) && !/^(?:19|20)\d\d-\d\d-\d\d$/.test(v) &&
    !CLINICAL_UNIT_AFTER.test(text.slice(e, e + 8)) && !/^\s?(?:%|percent|mg|mcg|days|units|am|pm)\b/i.test(text.slice(e, e + 9));
  const plain = (l: string): boolean => isEnglishWord(l) || isCommonWord(l);
  const known = (l: string): boolean => isGivenName(l) !== undefined || isSurname(l) || inNameList(l) || WORD_NAMES.has(l);

  if (/\d/.test(text)) {
    // -- numbers by their paperwork label: next to it, a few words before "is", or after an invoice's amount --
    const label = (type: PhiType, m: RegExpExecArray, s: number, e: number): void => {
      const v = m[1]!;
      if (!idValue(v, e)) return;
      let t = type;
      // (the IMSS number of the Mexican social security is its health insurance: "seguridad social 1234... (IMSS)")
      if (t === "SSN" && /^[ \t]?\(IMSS\)/.test(text.slice(e, e + 8))) t = "HEALTH_PLAN";
      if (t === "ACCOUNT" && AD_INSURER_PREFIX.test(v)) t = "HEALTH_PLAN";
      // (a label of billing with insurance words between it and the value names the insurer's number: "student insurance ID is ...")
      const gap = text.slice(m.index, s);
      if (t !== "HEALTH_PLAN" && t !== "SSN" && AD_INSURER_WORDS.test(gap)) return;
      // (another identifier's word between the label and "is" names another number: "my SSN sorry, ID is MBR...")
      if (/^[\p{L}]+[ \t][^\n]*\b(?:ID|member|policy|card)\b[^\n]*\b(?:is|was)\b/iu.test(gap) && !/,[ \t](?:ID|no\.?|nr\.?|number)[ \t]?:?[ \t]?["“']?$/.test(gap)) return;
      // (a phone's shape stays a phone: "my clinic number is 617-555-0126")
      if (t !== "SSN" && /^\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}$/.test(v)) return;
      const o = lap(s, e);
      if (o.some((h) => h.type === t && h.start <= s && h.end >= e)) return;
      if (o.some((h) => h.type === "SSN" || h.type === "EMAIL" || h.type === "URL" || h.type === "IP") && t !== "SSN") return;
      // (an identifier found from before the label holds the label as its own prefix: "policy HN-2290174")
      if (o.some((h) => h.start < s && h.type !== "NAME" && h.type !== "CITY")) return;
      put(t, s, e, SOFT);
    };
    for (const [type, re] of AD_LABEL_VALUE) each(re, (m, s, e) => label(type, m, s, e));
    for (const [type, re] of AD_LABEL_GAP) each(re, (m, s, e) => label(type, m, s, e));
    each(AD_INVOICE_NO, (m, s, e) => label("ACCOUNT", m, s, e));
    each(AD_MINE, (m, s, e) => {
      let last: string | undefined;
      AD_MINE_LABEL.lastIndex = 0;
      for (let x = AD_MINE_LABEL.exec(text); x && x.index < s; x = AD_MINE_LABEL.exec(text)) last = x[1]!.toLowerCase();
      if (last === undefined) return;
      const t: PhiType = /^(?:medicaid|medicare|health card|ohip)/.test(last) ? "HEALTH_PLAN" : /^a-number|^alien/.test(last) ? "LICENSE" : "SSN";
      const v = m[1]!;
      if (v === v.toUpperCase() && digits(v) >= 5 && !CLINICAL_UNIT_AFTER.test(text.slice(e, e + 8))) put(t, s, e, SOFT);
    });
    each(AD_MASKED_SSN, (_m, s, e) => {
      // (not a masked copy of a full number written out in the same message: that one is the identifier)
      if (new RegExp(`\\b\\d{3}-?\\d{2}-?${text.slice(e - 4, e)}\\b`).test(text)) return;
      if (lap(s, e).length === 0) put("SSN", s, e, []);
    }, 0);
    each(AD_SA_ID, (_m, s, e) => put("SSN", s, e, SOFT));
    if (/\bpatient[ \t]IDs?\b|\bMRNs\b/i.test(text)) each(AD_PATIENT_CODE, (_m, s, e) => {
      if (lap(s, e).length === 0) put("MRN", s, e, []);
    }, 0);
    // (a number after "NPI" is the provider's: "group NPI 1619237845" is no health plan's group)
    for (const h of cur.slice()) {
      if (drop.has(h) || h.type === "LICENSE") continue;
      const v = text.slice(h.start, h.end);
      if (/^NPI[ \t:#]*\d{10}$/.test(v) || (/^\d{10}$/.test(v) && /\bNPI[ \t]?(?:#|no\.?|number)?[ \t]?:?[ \t]?$/.test(text.slice(Math.max(0, h.start - 16), h.start)))) {
        drop.add(h);
        put("LICENSE", h.start, h.end, SOFT);
      }
    }
    // (a doctor's billing number on a requisition: "Ordering MD: Dr. L. Bergeron, billing no. 047221")
    each(/\b(?:Dr\.?|MD|physician|provider|prescriber)\b[^\n|;]{0,40}?\bbilling[ \t](?:no\.?|number|#)[ \t]?:?[ \t]?(\d{5,8})\b/g, (_m, s, e) => put("LICENSE", s, e, SOFT));
  }
  // (the IMSS number of the Mexican social security is its health insurance: "seguridad social 1234... (IMSS)")
  for (const h of cur.slice()) {
    if (!drop.has(h) && h.type === "SSN" && /^[ \t]?\(IMSS\)/.test(text.slice(h.end, h.end + 8))) {
      drop.add(h);
      put("HEALTH_PLAN", h.start, h.end, []);
    }
  }
  // (a table whose header names a record-number column: the cell beneath it is that number, "| MRN |" over "| 00347812 |")
  if (text.includes("|")) {
    const lines = text.split("\n");
    let at = 0;
    let head: PhiType[] | undefined;
    for (const line of lines) {
      const cells = line.split("|");
      if (cells.length >= 3) {
        const types = cells.map((c): PhiType | undefined => (/^[ \t]*(?:MRN|medical record (?:number|no\.?)|hospital (?:number|no\.?)|patient ID)[ \t]*$/i.test(c) ? "MRN" : undefined));
        if (types.some((t) => t !== undefined)) head = types as PhiType[];
        else if (head && cells.length === head.length) {
          let off = at;
          cells.forEach((c, i) => {
            const t = head![i];
            const v = /^([ \t]*)([A-Z]{0,3}-?\d[\dA-Z-]{4,14})[ \t]*$/.exec(c);
            if (t && v && digits(v[2]!) >= 5) put(t, off + v[1]!.length, off + v[1]!.length + v[2]!.length, SOFT);
            off += c.length + 1;
          });
        } else head = undefined;
      } else head = undefined;
      at += line.length + 1;
    }
  }
  each(AD_SPOKEN_SSN, (_m, s, e) => {
    if (lap(s, e).length === 0) put("SSN", s, e, []);
  });

  // -- dates: a visit's day and month, a list of days sharing one month, an ISO date read as a number --
  if (/\d/.test(text)) {
    const shortDate = (s: number, e: number): boolean => {
      const [mo, d] = text.slice(s, e).split("/").map(Number) as [number, number];
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return false;
      const after = text.slice(e, e + 12);
      if (AC_NOT_DATE_AFTER.test(after) || CLINICAL_UNIT_AFTER.test(after.slice(0, 8))) return false;
      return lap(s, e).every((h) => h.type === "DATE");
    };
    each(AD_VISIT_DATE, (_m, s, e) => {
      if (!shortDate(s, e)) return;
      put("DATE", s, e, []);
      let at = e;
      for (let k = 0; k < 4; k++) {
        const more = AD_DATE_MORE.exec(text.slice(at, at + 12));
        if (!more) break;
        const s2 = at + more[0].length - more[1]!.length;
        if (!shortDate(s2, at + more[0].length)) break;
        put("DATE", s2, at + more[0].length, []);
        at += more[0].length;
      }
    });
    for (const h of cur.slice()) {
      if (drop.has(h) || h.type !== "DATE") continue;
      const list = /(?<![\d,])(?:\d{1,2},[ \t]){1,8}$/.exec(text.slice(Math.max(0, h.start - 40), h.start));
      if (list && /^\d{1,2}[ \t]\p{L}/u.test(text.slice(h.start, h.end))) put("DATE", h.start - list[0].length, h.end, []);
    }
    each(AD_ISO_DATE, (_m, s, e) => {
      if (lap(s, e).every((h) => h.type === "ACCOUNT" || h.type === "MRN" || h.type === "PHONE" || h.type === "DATE")) put("DATE", s, e, ["ACCOUNT", "MRN", "PHONE"]);
    }, 0);
  }

  // -- names: a form's name field, whatever its case; a surname-first name after a patient cue; a name's missing part --
  each(AD_NAME_FIELD, (m) => {
    const lab = m[1]!.toLowerCase().replace(/\s+/g, " ");
    const val = m[3]!;
    const e = m.index + m[0].length;
    const s = e - val.length;
    const words = val.split(/,?[ \t]/).filter((w) => w.length > 0);
    const explicit = /name/.test(lab);
    if (words.some((w) => AD_FIELD_NOT_NAME.test(w) || RELATIONS.has(w.toLowerCase()) || /\d/.test(w)) || val.replace(/[.\s]/g, "").length < 2) return;
    const anyCase = (w: string): boolean => /^\p{Lu}/u.test(w);
    // (a bare "Patient:" or "Member:" holds a name only in capitals and with a word no dictionary reads otherwise)
    if (!explicit && !words.every(anyCase)) return;
    const ok = words.every((w) => {
      const parts = w.toLowerCase().replace(/\.$/, "").split(/[-'’]/).filter((p) => p.length > 0);
      return parts.every((l) => known(l) || !plain(l) || l.length <= 3) && !DRUG_STEM.test(w.toLowerCase()) && !AC_NOT_NAME.has(w.toLowerCase());
    });
    if (!ok || (!explicit && !words.some((w) => known(w.toLowerCase()) || w === w.toUpperCase()))) return;
    if (lap(s, e).some((h) => h.type !== "NAME" && h.type !== "CITY")) return;
    put("NAME", s, e, ["NAME", "CITY"]);
  }, 0);

  const names = (): PhiHit[] => cur.filter((h) => !drop.has(h) && h.type === "NAME").sort((a, b) => a.start - b.start);
  // ("Patient LEUNG, Ka Wai", "patient Tran, Quynh", "Mrs Grace, Pauline": a surname, a comma, then the given names)
  const ns = names();
  for (let i = 0; i + 1 < ns.length; i++) {
    const a = ns[i]!;
    const b = ns[i + 1]!;
    if (drop.has(a) || drop.has(b)) continue;
    const mid = text.slice(a.end, b.start);
    const sur = text.slice(a.start, a.end);
    if (!/^,[ \t](?:\p{Lu}[\p{L}'’-]{0,20}[ \t]){0,2}$/u.test(mid) || /\s/.test(sur)) continue;
    // (not a list of given names: "Pooja, Rahul and Anjali", "Ifeoma, Ngozika and me")
    if (/^[ \t]*(?:,|and\b|&|or\b)/i.test(text.slice(b.end, b.end + 6))) continue;
    const cue = /\b(?:patient|pt|mrs|mr|ms|miss|mx|re|member|insured|client|name)\.?:?[ \t]*$/i.test(text.slice(Math.max(0, a.start - 12), a.start));
    // (at a field's start only a surname in capitals: "LEUNG, Ka Wai")
    if (!cue && !(sur === sur.toUpperCase() && /(?:^|[\n"“'(|])[ \t]*$/.test(text.slice(Math.max(0, a.start - 4), a.start)))) continue;
    put("NAME", a.start, b.end, ["NAME"]);
  }
  for (const h of names()) {
    if (drop.has(h)) continue;
    const v = text.slice(h.start, h.end);
    const before = text.slice(Math.max(0, h.start - 30), h.start);
    const after = text.slice(h.end, h.end + 40);
    // ("Patient: Oyelaran, D.": a surname with the given name's initial)
    const ini = /^,[ \t]\p{Lu}\.(?![\p{L}])/u.exec(after);
    if (ini && !/\s/.test(v) && /(?:\b(?:patient|pt|member|insured|re)\.?:?|^|[\n"“'(|])[ \t]*$/i.test(before)) {
      put("NAME", h.start, h.end + ini[0].length, ["NAME"]);
      continue;
    }
    // ("Oyinkansola (Oyin) Fadipe", "Joseph (Joe) Ba": a nickname in brackets, then the surname)
    const nick = /^[ \t]\(\p{Lu}\p{Ll}{1,15}\)[ \t](\p{Lu}(?:\p{Ll}[\p{L}'’-]{0,20}|[\p{Lu}'’-]{2,20}))(?![\p{L}])/u.exec(after);
    if (nick && !/^(?:The|And|Is|Was|Has|Had|On|At|In|For|To|BP|HR)$/.test(nick[1]!)) {
      put("NAME", h.start, h.end + nick[0].length, ["NAME", "CITY"]);
      continue;
    }
    // ("name ji-ho lee,": a lower-case surname after a labelled lower-case given name)
    const low = /^[ \t](\p{Ll}[\p{Ll}'’-]{1,20})(?=,|\n|$|[ \t](?:dob|d\.o\.b|born)\b)/u.exec(after);
    if (low && /^\p{Ll}/u.test(v) && /\bname[ \t]?:?[ \t]$/i.test(before) && (known(low[1]!) || !plain(low[1]!))) {
      put("NAME", h.start, h.end + low[0].length, ["NAME"]);
      continue;
    }
    // ("Dr. Rosemary Will.": a title, a given name, then the surname, though it spells a word)
    const sur = /^[ \t](\p{Lu}\p{Ll}{1,20})(?![\p{L}'’-])/u.exec(after);
    if (sur && !/\s/.test(v) && /\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?[ \t]$/.test(before) && isGivenName(v.toLowerCase()) !== undefined && (known(sur[1]!.toLowerCase()) || !plain(sur[1]!.toLowerCase()))) {
      put("NAME", h.start, h.end + sur[0].length, ["NAME", "CITY"]);
      continue;
    }
    // ("Sunday Okonkwo", "Will Patterson", "Li Wei", "Guadalupe Torres Medina": the given name before a surname found alone)
    const giv = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}{1,15})[ \t]$/u.exec(before);
    if (giv && /^\p{Lu}\p{Ll}/u.test(v)) {
      const g = giv[1]!.toLowerCase();
      const twoSurnames = /^\p{Lu}\p{Ll}+[ \t]\p{Lu}\p{Ll}+$/u.test(v) && !plain(g) && !TITLES.has(g);
      const given = WORD_NAMES.has(g) || AD_DAY_NAMES.has(g) || isGivenName(g) !== undefined || (isSurname(g) && g.length <= 3);
      if ((given || twoSurnames) && !TITLES.has(g) && !RELATIONS.has(g) && lap(h.start - giv[0].length, h.start).length === 0) put("NAME", h.start - giv[0].length, h.end, ["NAME"]);
    }
  }
  // ("Mr. Will Chambers": a title, a given name that is also a word, then a surname that is also a word)
  each(/\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t](\p{Lu}\p{Ll}{1,15}[ \t]\p{Lu}\p{Ll}{1,20})(?![\p{L}'’-])/gu, (m, s, e) => {
    const [g] = m[1]!.toLowerCase().split(/[ \t]/) as [string];
    if ((WORD_NAMES.has(g) || isGivenName(g) !== undefined) && lap(s, e).every((h) => h.type === "NAME" || h.type === "CITY")) put("NAME", s, e, ["NAME", "CITY"]);
  });
  // ("student Hien Tran": a person's role before it, so a name, not the town of the same spelling)
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "CITY") continue;
    const v = text.slice(h.start, h.end);
    if (AD_PERSON_ROLE.test(text.slice(Math.max(0, h.start - 14), h.start)) && /^\p{Lu}\p{Ll}+[ \t]\p{Lu}\p{Ll}+$/u.test(v)) {
      drop.add(h);
      put("NAME", h.start, h.end, []);
    }
  }

  // -- places: a town after a hospital or a postcode, a town travelled to, a Mexican colonia, a one-word street --
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "NAME") continue;
    const v = text.slice(h.start, h.end);
    if (/\s/.test(v) || (placePopulation(v.toLowerCase()) ?? 0) < 100_000) continue;
    const line = text.slice(Math.max(0, text.lastIndexOf("\n", h.start) + 1), h.start);
    const afterPostcode = /(?<![\w-])\d{4,5}[ \t]$/.test(line);
    const afterFacility = /,[ \t]$/.test(line) && /\b(?:hospital|clinic|infirmary|medical cent(?:re|er)|health cent(?:re|er)|St\.?[ \t]\p{Lu}\p{Ll}+['’]s)\b/iu.test(line);
    if (afterPostcode || afterFacility) {
      drop.add(h);
      put("CITY", h.start, h.end, []);
    }
  }
  each(AD_TRAVEL_TO, (m, s, e) => {
    const w = m[1]!.toLowerCase();
    if ((placePopulation(w) ?? 0) < 100_000 || isGivenName(w) === "strong" || plain(w) || /Country|Region/.test(lexicon.tagOf(w) ?? "")) return;
    if (lap(s, e).every((h) => h.type === "NAME")) put("CITY", s, e, ["NAME"]);
  });
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "ADDRESS") continue;
    const v = text.slice(h.start, h.end);
    // (the neighbourhood after "Col." is the place; the street and the word "Col." stay the address)
    const col = /,[ \t]Col\.[ \t](\p{Lu}[\p{L} \t]{2,40})$/u.exec(v);
    if (!col) continue;
    drop.add(h);
    put("ADDRESS", h.start, h.end - col[1]!.length - 1, []);
    put("CITY", h.end - col[1]!.length, h.end, []);
  }
  each(AD_ONE_WORD_STREET, (_m, s, e) => {
    if (lap(s, e).every((h) => h.type === "NAME" || h.type === "CITY")) put("ADDRESS", s, e, ["NAME", "CITY"]);
  }, 0);

  // -- not identifiers: the bill itself, a scheme's name, a serology result, a label word, a device model's "DR", "Law Office" --
  for (const h of cur.slice()) {
    if (drop.has(h) || (h.type !== "NAME" && h.type !== "CITY")) continue;
    const v = text.slice(h.start, h.end);
    const after = text.slice(h.end, h.end + 12);
    const before = text.slice(Math.max(0, h.start - 8), h.start);
    if (AD_SCHEME_WORDS.test(v) || AD_SEROLOGY.test(v)) drop.add(h);
    else if (h.type === "NAME" && /^Bill$/.test(v) && /^[ \t](?:is|says|said|shows|showed|was|came|has|had|total|amount|states|lists)\b/.test(after) && !/\b(?:Mr|Dr|Uncle|uncle|my|My)\.?[ \t]$/.test(before)) drop.add(h);
    else if (h.type === "NAME" && AD_LABEL_WORD.test(v) && /^[ \t]?(?:#|no\.|number\b|ref\b|:[ \t]?\d)/.test(after)) drop.add(h);
    else if (h.type === "NAME" && /^\p{Ll}+$/u.test(v) && /\bDR[ \t]$/.test(before) && plain(v)) drop.add(h);
    else if (h.type === "CITY" && plain(v.toLowerCase()) && /^[ \t](?:Office|Offices|Group|Firm|Society|School)\b/.test(after)) drop.add(h);
  }
  void toks;
  return resolveOverlaps(cur.filter((h) => !drop.has(h)));
}
// ---- end of phi-ad ----

// ---- phi-af: machine-made and structured text people paste (exports, logs, HL7 segments, JSON/XML, OCR) ----

/** a clock time after a date or timestamp: "08:14:22", "9:42 AM", "0530", "2pm – 2:20pm", "T07:15:00Z", "+0000" */
const AF_TIME_AFTER = /^(?:,?[ \t](?:at[ \t]|@[ \t]?)?|T|:)(?:\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,3}(?![,\d]))?)?(?:[ \t]?[AaPp]\.?[Mm]\.?|[ \t]?[ap](?![\p{L}\d]))?|(?:[01]\d|2[0-3])[0-5]\d(?![\d:.,/%])(?![ \t]?(?:mg|ml|mL|g|kg|units?|U)\b)|\d{1,2}[ \t]?[AaPp][Mm])(?:(?:Z|[ \t]?[+-](?:[01]\d):?[0-5]\d|[ \t](?:[ECMPA][SD]T|UTC|GMT|BST|CET))(?![\p{L}\d]))?(?:[ \t]?[–-][ \t]?\d{1,2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?|[ap](?![\p{L}\d]))?)?/u;
/** a clock time or weekday before a date: "10:42 AM 03/03/2026", "11:48 PM, December 1", "Tuesday, ", "Wed " */
const AF_TIME_BEFORE = /(?:(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?[ \t]?[AaPp]\.?[Mm]\.?,?[ \t]|(?<![\p{L}])(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?\.?,?[ \t])$/u;
/** machine timestamps no other rule reads: ISO with "T", HL7's packed digits between bars, "Oct-01-2026", an access log's "28/Nov/2026:14:02:11" */
const AF_ISO_T = /(?<![\d-])((?:19|20)\d{2}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?(?:Z|[+-][01]\d:?[0-5]\d)?)(?![\d])/g;
const AF_HL7_TS = /(?<=[|^])((?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)?)(?=[|^~\r\n]|$)/g;
const AF_MON_DASH = /(?<![\p{L}\d])((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-[0-3]?\d-(?:19|20)\d{2})(?![\d])/gu;
const AF_LOG_TS = /(?<![\d])([0-3]\d\/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\/(?:19|20)\d{2}:[0-2]\d:[0-5]\d:[0-5]\d(?:[ \t][+-]\d{4})?)/g;
/** a date or phone read by OCR with letters for digits ("O4/l2/1988", "(4O4) 555-Ol38"): the shape of digits, at least one a letter */
const AF_OCR_DATE = /(?<![\p{L}\d])([0-9OolI]{1,2}[/.-][0-9OolI]{1,2}[/.-](?:[0-9OolI]{4}|[0-9OolI]{2}))(?![\p{L}\d])/gu;
const AF_OCR_ORD_DATE = /(?<![\p{L}\d])([0-9OolI]{1,2}(?:st|nd|rd|th)[ \t][0O]?(?:January|February|March|April|May|June|July|August|September|ctober|October|November|December)[ \t][0-9OolI]{4})(?![\p{L}\d])/gu;
const AF_OCR_PHONE = /(?<![\p{L}\d])((?:\([0-9OolI]{3}\)[ \t]?|[0-9OolI]{3}[-. ])[0-9OolI]{3}[-. ][0-9OolI]{4}|[0O][0-9OolI]{2}[ \t][0-9OolI]{4}[ \t][0-9OolI]{4})(?![\p{L}\d])/gu;
/**
 * an identifier under a key, as exports, logs, JSON, XML and labels write it: `"serial":"118"`, `user=jdoe`, `<meterSN>X</meterSN>`,
 * `Accession: X`, `Lab # X`; the key says what it names. (keys only: a bare number is left to the other rules)
 */
const AF_KEYED = /(?<![\p{L}\d_])(serial(?:_?(?:no|number|num))?|s\/n|sn|meter_?sn|device_?id|sensor_?id|dev|hub|transmitter(?:[ \t]sn)?|mrn|patient_?id|patient|pt|chart|clinic[ \t]id|user(?:name)?|login|rx_?(?:number|no)?|order(?:_?id)?|fin|csn|accession|specimen|lab[ \t]?#|req|custody|donor[ \t]id|emp(?:loyee)?(?:[ \t]?id)?|encounter(?:_?id)?|visit_?id|id)("?[ \t]*[:=#][ \t]*"?|>|[ \t]+(?=[A-Z0-9]))([A-Za-z0-9][A-Za-z0-9_.-]{2,30}[A-Za-z0-9]|[A-Z0-9]{2,6}(?:[ \t][A-Z0-9]{1,7}){1,3}(?=[ \t]*[,;)]))(?![A-Za-z0-9_@])/giu;

const AF_DATE_TIME = /(?<![\d/.])(\d{1,2}\/\d{1,2}\/\d{2,4}[ \t]\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AP]M)?|\d{1,2}:\d{2}[ \t]?[AaPp][Mm][ \t]\d{1,2}\/\d{1,2}(?![\d/]))/g;
const AF_HL7_NAME = /(?<=[|^])([A-Z][A-Z'’-]{2,30}\^[A-Z][A-Z'’-]{2,30})(?=[|^])/g;
const AF_HL7_NPI = /(?<=\|)(\d{10})(?=\^[A-Z])/g;
const AF_HL7_ACCOUNT = /(?<=\|)([A-Z]{1,3}\d{6,12})(?=\|)/g;
/** two words in capitals (after OCR's digits are read back as letters), or "SURNAME, GIVEN" */
const AF_CAPS_NAME = /(?<![\p{L}\d'])([A-Z][A-Z'-]{1,20}),?[ \t]([A-Z][A-Z'-]{1,20})(?![\p{L}\d'])/gu;
const AF_ID_COLUMN = /^(?:patient_?id|pt_?id|mrn|chart_?(?:no|id)|encounter_?id|visit_?id|account_?(?:no|id)|order_?id|accession(?:_?no)?|serial(?:_?(?:no|number))?|device_?id|sensor_?id)$/i;
const AF_KEY_OVER: readonly PhiType[] = ["ZIP", "PHONE", "DATE", "AGE", "NAME", "CITY", "MRN", "EMAIL", "URL"];

function afDigits(v: string): string {
  return v.replace(/[Oo]/g, "0").replace(/[lI]/g, "1");
}

function phiAFCues(toks: WordToken[], text: string, hits: PhiHit[]): PhiHit[] {
  if (text.length > 20_000) return hits;
  const { cur, drop, lap, put } = hitOverlay(hits);
  const each = (re: RegExp, fn: (m: RegExpExecArray, s: number, e: number) => void, g = 1): void => eachGroup(text, re, fn, g);
  const SOFT: readonly PhiType[] = ["ZIP", "PHONE", "DATE", "MRN", "ACCOUNT", "HEALTH_PLAN", "AGE", "LICENSE", "NAME", "CITY"];

  // -- timestamps: a machine's timestamp is one date, its clock time and zone included --
  each(AF_ISO_T, (_m, s, e) => put("DATE", s, e, SOFT));
  // (HL7 packs a date, or a date and time, between bars; only in a segment-shaped text)
  if (/(?:^|\n)[A-Z][A-Z0-9]{2}\|/.test(text)) each(AF_HL7_TS, (_m, s, e) => put("DATE", s, e, SOFT));
  each(AF_MON_DASH, (_m, s, e) => put("DATE", s, e, SOFT));
  each(AF_LOG_TS, (_m, s, e) => put("DATE", s, e, SOFT));
  each(AF_OCR_DATE, (m, s, e) => {
    const v = m[1]!;
    if (!/[OolI]/.test(v) || !/\d/.test(v)) return;
    const p = afDigits(v).split(/[/.-]/).map(Number);
    const [a, b] = [p[0]!, p[1]!];
    if (a < 1 || b < 1 || (a > 12 && b > 12) || a > 31 || b > 31) return;
    if (lap(s, e).every((h) => SOFT.includes(h.type))) put("DATE", s, e, SOFT);
  });
  each(AF_OCR_ORD_DATE, (m, s, e) => {
    if (/[OolI]/.test(m[1]!.replace(/[\p{L}]{3,}/gu, "")) || /0ctober/.test(m[1]!)) put("DATE", s, e, SOFT);
  });
  each(AF_OCR_PHONE, (m, s, e) => {
    const v = m[1]!;
    if (!/[OolI]/.test(v) || (v.match(/\d/g) ?? []).length < 5) return;
    if (lap(s, e).every((h) => SOFT.includes(h.type))) put("PHONE", s, e, SOFT);
  });
  // (a date found: take in the clock time after it, and a time or weekday before it)
  for (let round = 0; round < 2; round++) {
    for (const h of cur.slice()) {
      if (drop.has(h) || h.type !== "DATE") continue;
      let { start, end } = h;
      const t = AF_TIME_AFTER.exec(text.slice(end, end + 40));
      if (t && /\d/.test(t[0])) end += t[0].length;
      const b = AF_TIME_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
      if (b) start -= b[0].length;
      while (end > start && /[ \t,]/.test(text[end - 1]!)) end--;
      if (start !== h.start || end !== h.end) put("DATE", start, end, SOFT);
    }
  }

  // -- identifiers under a key: the key names the kind (device serial, record, account or username) --
  each(AF_KEYED, (m, s, e) => {
    const key = m[1]!.toLowerCase().replace(/[ \t_]/g, "");
    let v = m[3]!;
    // (a key and a value set apart by a space only: the value has a digit, spaced groups are capitals and digits, "ID" is a state's unless a device's)
    const spaced = !/[:=#>]/.test(m[2]!);
    const isUser = /^(?:user|username|login)$/.test(key);
    if ((!isUser || spaced) && !/\d/.test(v)) return;
    if (isUser && !/[\d._]/.test(v)) return;
    if (/\s/.test(v) && (!/^[A-Z0-9]+(?:[ \t][A-Z0-9]+)+$/.test(v) || (v.match(/\d/g) ?? []).length < 5)) return;
    if (spaced && key === "id" && !/\b(?:sensor|meter|monitor|inhaler|propeller|tracker)\b[^\n]{0,30}$/i.test(text.slice(Math.max(0, m.index - 40), m.index))) return;
    // (a username another rule read as a person's name stays a name: writers differ on which it is)
    if (isUser && lap(s, e).some((h) => h.type === "NAME")) return;
    if (/^(?:19|20)\d{2}-\d{2}-\d{2}/.test(v) || /^\d{1,3}(?:\.\d+)?$/.test(v)) return;
    if (isUser && (/^(?:agent|id|name|admin)$/i.test(v) || /\s/.test(v))) return;
    // ("id" alone names a record only after a name or a device word; "dev" and "hub" are a device)
    const type: PhiType =
      /^(?:serial(?:no|number|num)?|s\/n|sn|metersn|deviceid|sensorid|dev|hub|transmitter|transmittersn)$/.test(key) ? "DEVICE"
      : /^(?:mrn|patientid|patient|pt|chart|clinicid)$/.test(key) ? "MRN"
      : key === "id" ? (/\b(?:sensor|meter|monitor|inhaler|propeller|tracker)\b[^\n]{0,30}$/i.test(text.slice(Math.max(0, m.index - 40), m.index)) ? "DEVICE" : "MRN")
      : "ACCOUNT";
    if (type === "MRN" && key === "patient" && !/\d{3}/.test(v)) return;
    // (a visit or billing number another rule read as a record keeps that type: writers differ on which it is)
    if (type === "ACCOUNT" && /^(?:csn|fin|encounter(?:id)?|visitid)$/.test(key) && lap(s, e).some((h) => h.type === "MRN")) return;
    v = v.replace(/[.]+$/, "");
    e = s + v.length;
    if (lap(s, e).some((h) => !SOFT.includes(h.type) && h.type !== type && h.type !== "DEVICE")) return;
    // (a plan, licence or account number another rule typed keeps its type)
    if (lap(s, e).some((h) => h.type !== type && (h.type === "HEALTH_PLAN" || h.type === "LICENSE" || h.type === "ACCOUNT" || h.type === "DEVICE"))) return;
    put(type, s, e, AF_KEY_OVER);
  }, 3);

  // (a slash date and a clock time, or a clock time and a month/day, as a meter's log prints them: "11/15/26 12:40", "1:02 AM 11/20")
  each(AF_DATE_TIME, (_m, s, e) => put("DATE", s, e, SOFT));

  // -- HL7 segments: a name is SURNAME^GIVEN, a provider's NPI stands before it, a visit/order/account number fills a field alone --
  if (/(?:^|\n)(?:PID|NK1|PV1|ORC|OBR|IN1)\|/.test(text)) {
    each(AF_HL7_NAME, (_m, s, e) => {
      if (lap(s, e).every((h) => h.type === "NAME" || h.type === "CITY")) put("NAME", s, e, ["NAME", "CITY"]);
    });
    each(AF_HL7_NPI, (_m, s, e) => {
      if (lap(s, e).every((h) => SOFT.includes(h.type))) put("LICENSE", s, e, SOFT);
    });
    each(AF_HL7_ACCOUNT, (_m, s, e) => {
      if (lap(s, e).length === 0) put("ACCOUNT", s, e, []);
    });
  }

  // -- a name printed in capitals (a bracelet, a sticker, a label), OCR's 0/1/l for O/I read back: a given name, then a surname --
  const caps = text.replace(/[A-Z0-9l']{2,}/g, (w) => (/[A-Z].*[A-Z]/.test(w) && !/\d{2}/.test(w) ? w.replace(/0/g, "O").replace(/[1l]/g, "I") : w));
  AF_CAPS_NAME.lastIndex = 0;
  for (let m = AF_CAPS_NAME.exec(caps); m; m = AF_CAPS_NAME.exec(caps)) {
    const [a, b] = [m[1]!.toLowerCase(), m[2]!.toLowerCase()];
    const given = (w: string): boolean => isGivenName(w) !== undefined && !isCommonWord(w);
    const sur = (w: string): boolean => !isCommonWord(w) && (inNameList(w) || isSurname(w) || !isEnglishWord(w));
    // (given then surname, or "SURNAME, GIVEN" as a label prints it)
    const ok = m[0].includes(",") ? given(b) && sur(a) : given(a) && sur(b);
    const s = m.index;
    const e = s + m[0].length;
    if (ok && lap(s, e).every((h) => h.type === "NAME" || h.type === "CITY" || h.type === "MRN")) put("NAME", s, e, ["NAME", "CITY", "MRN"]);
  }

  // -- "SURNAME, Given" as an export or label prints it is one name: join the two halves, take in a second given name in capitals --
  for (let round = 0; round < 2; round++) {
    for (const h of cur.slice()) {
      if (drop.has(h) || h.type !== "NAME") continue;
      const v = text.slice(h.start, h.end);
      const after = text.slice(h.end, h.end + 40);
      const sep = /^,[ \t](?=\S)/.exec(after);
      if (sep && !/\s/.test(v) && !lap(Math.max(0, h.start - 4), h.start).some((x) => x.type === "NAME")) {
        const next = lap(h.end + sep[0].length, h.end + sep[0].length + 1).find((x) => x.type === "NAME" && x.start === h.end + sep[0].length);
        if (next && !/\s/.test(text.slice(next.start, next.end)) && !/^,?[ \t]?(?:and|&|or)\b/.test(text.slice(next.end, next.end + 6))) put("NAME", h.start, next.end, ["NAME"]);
        continue;
      }
      const more = /^[ \t]([A-Z]{2,12})(?![\p{L}\d])/u.exec(after);
      if (more && /^\p{Lu}+,[ \t]\p{Lu}+$/u.test(v) && !isCommonWord(more[1]!.toLowerCase()) && lap(h.end + 1, h.end + 1 + more[1]!.length).length === 0) put("NAME", h.start, h.end + 1 + more[1]!.length, ["NAME"]);
    }
  }

  // -- a pasted table: a header naming an identifier column ("patient_id", "encounter_id", "serial") types every cell under it --
  {
    const lines = text.split("\n");
    let off = 0;
    let col = -1;
    let sep = "";
    let colType: PhiType = "MRN";
    for (const line of lines) {
      const d = line.includes("|") ? "|" : line.includes("\t") ? "\t" : line.includes(",") ? "," : "";
      const cells = d ? line.split(d) : [];
      const head = cells.findIndex((c) => AF_ID_COLUMN.test(c.trim().replace(/^"|"$/g, "")));
      if (head >= 0 && cells.length >= 3) {
        const k = cells[head]!.trim().toLowerCase();
        colType = /serial|device|sensor/.test(k) ? "DEVICE" : /patient|mrn|chart/.test(k) ? "MRN" : "ACCOUNT";
        col = head;
        sep = d;
      } else if (col >= 0 && d === sep && cells.length > col) {
        let cs = off;
        for (let i = 0; i < col; i++) cs += cells[i]!.length + 1;
        const raw = cells[col]!;
        const v = raw.trim().replace(/^"|"$/g, "");
        const s = cs + raw.indexOf(v);
        if (/\d/.test(v) && /^[A-Za-z0-9][A-Za-z0-9-]{3,20}$/.test(v) && lap(s, s + v.length).every((h) => SOFT.includes(h.type))) put(colType, s, s + v.length, SOFT);
      } else col = -1;
      off += line.length + 1;
    }
  }

  // -- not the person's: a product's catalogue or lot number, a billing code in a claim line, a device's brand name --
  for (const h of cur.slice()) {
    if (drop.has(h)) continue;
    const v = text.slice(h.start, h.end);
    const before = text.slice(Math.max(0, h.start - 12), h.start);
    if ((h.type === "ACCOUNT" || h.type === "MRN" || h.type === "DEVICE") && /\b(?:REF|LOT|Lot|lot|Batch|batch|GTIN|NDC|CPT|Cat(?:alog)?\.?(?:[ \t]?No\.?)?)[ \t]?[:#]?[ \t]?$/.test(before)) drop.add(h);
    else if (h.type === "ACCOUNT" && /^[A-V]\d{4}$/.test(v) && /\b(?:claim|CPT|HCPCS|ICD|modifier|billed|code)\b/i.test(text.slice(Math.max(0, h.start - 60), h.end + 60))) drop.add(h);
    else if (h.type === "NAME") {
      const after = text.slice(h.end, h.end + 10);
      // (a brand in intercaps, "KwikPen", "AutoSet", or a name run straight into a model or strength: "Rad-97", "U-100", "L90-R")
      const intercap = v.split(/[ \t]+/).some((w) => /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}/u.test(w) && !/^(?:Mac|Van|Von|Della|Dela)\p{Lu}/u.test(w) && !/\p{Lu}(?:ann|anne|lou|beth|jo|kay|sue|lee|rose|mae|belle|ellen|marie)$/iu.test(w));
      if (intercap || /^(?:-\d{2,3}\b|[ \t](?:[A-Z]{1,3}\d{1,3}(?:-[A-Z])?|U-\d{2,3})\b)/.test(after)) drop.add(h);
    }
  }

  void toks;
  return resolveOverlaps(cur.filter((h) => !drop.has(h)));
}
// ---- end of phi-af ----

// ---- phi-ag: patients and families writing in everyday life (names of many cultures, word names and nicknames, dates
// written every way, addresses and towns of several countries, eponymous diseases kept) ----

/**
 * a clock time joined to a date by "at" in a letter or a message ("scheduled for April 9th at 7:30 AM", "on 8 Dec at 0830"):
 * the hour of an appointment is what the reader must act on, and with the date redacted it names no one, so it is kept
 * (a machine's stamp, "On <date> at <time>, X wrote:" or "Recorded: <date> at <time>", stays one date)
 */
const AG_AT_TIME = /,?[ \t]at[ \t](?=\d)[\d:.APMapm \t–-]{1,24}$/;
const AG_STAMP_BEFORE = /(?:(?:^|\n|>)[ \t]*On[ \t]|\b(?:sent|recorded|received|date|time|timestamp|logged|created|signed|collected|reported|printed|generated|updated|modified|entered|measured|taken|started|ended|started at)[ \t]*:[ \t]*)$/i;
const AG_WROTE_AFTER = /^[^\n]{0,120}\bwrote\b/;
/** two or three surnames joined into one disease, sign or breathing pattern: never a person ("breathing is Cheyne-Stokes") */
const AG_HYPHEN_EPONYMS = new Set([
  "cheyne-stokes", "adams-stokes", "stokes-adams", "guillain-barré", "guillain-barre", "creutzfeldt-jakob", "wolff-parkinson-white", "stevens-johnson",
  "osgood-schlatter", "charcot-marie-tooth", "legg-calvé-perthes", "legg-calve-perthes", "mallory-weiss", "zollinger-ellison", "henoch-schönlein",
  "henoch-schonlein", "budd-chiari", "arnold-chiari", "brown-séquard", "brown-sequard", "dandy-walker", "ehlers-danlos", "peutz-jeghers", "sturge-weber",
  "wernicke-korsakoff", "klippel-feil", "klippel-trenaunay", "waterhouse-friderichsen", "kearns-sayre", "lesch-nyhan", "prader-willi", "beckwith-wiedemann",
  "smith-lemli-opitz", "chediak-higashi", "dubin-johnson", "crigler-najjar", "lambert-eaton", "stein-leventhal", "kimmelstiel-wilson", "osler-weber-rendu",
  "fitz-hugh-curtis", "jarisch-herxheimer", "lennox-gastaut", "hippel-lindau", "niemann-pick", "tay-sachs", "wiskott-aldrich", "kasabach-merritt",
  "mccune-albright", "churg-strauss", "argyll-robertson", "holt-oram", "treacher-collins", "pierre-robin", "bardet-biedl", "silver-russell",
  "russell-silver", "ramsay-hunt", "tolosa-hunt", "miller-fisher", "swan-ganz", "sengstaken-blakemore", "lown-ganong-levine", "romano-ward",
  "jervell-lange-nielsen", "austin-flint", "marcus-gunn", "weber-christian", "bernard-soulier", "hallervorden-spatz", "rubinstein-taybi", "cornelia-de-lange",
  "sjögren-larsson", "gerstmann-sträussler-scheinker", "mayer-rokitansky-küster-hauser", "hand-schüller-christian", "letterer-siwe"
]);
/** a holiday that comes round, no one's date: "Father's Day is coming", "Diwali is next week" */
const AG_HOLIDAY_COMING =
  /(?<![\p{L}])((?:mother|father|valentine|mothering|grandparents|children|st\.?\spatrick|saint\spatrick)['’]?s\sday|new\syear['’]?s(?:\s(?:eve|day))?|(?:lunar|chinese)\snew\syear|christmas(?:\s(?:eve|day))?|x-?mas|memorial\sday|labou?r\sday|independence\sday|boxing\sday|thanksgiving|easter|passover|hanukkah|chanukah|diwali|eid|ramadan|halloween|holi|nowruz|kwanzaa)\s(?:is|['’]s)\s(?:coming(?:\sup)?|here|nearly\shere|almost\shere|around\sthe\scorner|round\sthe\scorner|approaching|on\sits\sway|soon|next\s(?:week|weekend|month|sunday)|this\s(?:week|weekend|sunday|year))\b/giu;
/** a date in Chinese, Japanese or Korean figures: "2025年3月18日", "3월 18일" */
const AG_CJK_DATE = /(?<!\d)((?:(?:19|20)\d{2}[ \t]?[年년][ \t]?)?(?:1[0-2]|0?[1-9])[ \t]?[月월][ \t]?(?:3[01]|[12]\d|0?[1-9])[ \t]?[日일])/gu;
/** a day and a month named in French, Spanish, Portuguese, Italian, German or Dutch: "17 février", "15 de marzo de 2024", "3. März" */
const AG_FOREIGN_DATE =
  /(?<![\p{L}\d])((?:3[01]|[12]\d|0?[1-9])(?:er|º|\.)?[ \t](?:de[ \t])?(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januar|februar|m[äa]e?rz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus)(?:[ \t](?:de[ \t])?(?:19|20)\d{2})?)(?![\p{L}\d])/giu;
/** month words that are also English or a name ("3 mars bars", "2 mayo packets", "Marco"): a date only with "de", "le" or a year */
const AG_FOREIGN_AMBIGUOUS = new Set(["mars", "mayo", "marco", "mai", "mei"]);
/** a month/day after an event of the person's ("a small stroke 8/8", "flu shot ... same day, 10/31"), no number between */
const AG_EVENT_MD =
  /\b(?:stroke|fall|fell|surgery|operation|procedure|shots?|jabs?|vaccines?|vaccinated|booster|admitted|admission|discharged|seizure|accident|crash|injury|injured|heart\sattack|biopsy|appt|appointment|visit|delivered|born|died|passed\saway|diagnosed|tested\spositive)\b([^\n.!?;:\d/]{0,30})(?<![\d/])((?:1[0-2]|0?[1-9])\/(?:3[01]|[12]\d|0?[1-9]))(?![\d/]|[ \t]?(?:mg|mcg|ml|mL|%|pain|strength|power|tabs?|tablets?|doses?|of|cups?|pills?)\b)/gi;
/** words between the event and the figures that make them a score, not a day: "the accident and pain is down to 3/10" */
const AG_EVENT_GAP_SCORE = /\b(?:pain|score|scale|rated?|rating|level|down|up|out|strength|power|grade|is|was|are|were)\b/i;
/** a month/day just before a clock time: "appt at Allergy & Immunology 12/15 3:40pm" (the hour itself is kept, as above) */
const AG_MD_BEFORE_TIME = /(?<![\d/.:-])((?:1[0-2]|0?[1-9])\/(?:3[01]|[12]\d|0?[1-9]))(?=[ \t]+(?:\d{1,2}(?::\d{2})?[ \t]?[AaPp]\.?[Mm]\b|\d{1,2}:\d{2}(?![\d:])))/g;
/** common fractions, never read as a month and day */
const AG_FRACTIONS = new Set(["1/2", "1/3", "1/4", "2/3", "3/4"]);
/** a record's key, then "Surname, Given [I.]": the surname may be a word ("Patient: King, Marcus J.") */
const AG_KEY_INVERTED =
  /\b(?:Patient|Pt|Name|Patient[ \t]name|Re|Member|Insured|Subscriber|Guarantor|Resident|Client|Tenant)[ \t]*:[ \t]*(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?,[ \t]\p{Lu}[\p{Ll}'’-]+(?:[ \t]\p{Lu}\.(?![\p{L}]))?)/gu;
/** Vietnamese family names and given syllables: a lower-case "nguyen kim chi" is one name of three words */
const AG_VIET_FAMILY = new Set(["nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly", "truong", "dinh", "trinh", "luu", "doan"]);
const AG_VIET_GIVEN = new Set([
  "chi", "anh", "lan", "hoa", "mai", "linh", "thu", "ha", "hung", "minh", "nam", "tuan", "dung", "hai", "phuong", "thao", "trang", "huong", "ngoc", "bao",
  "khanh", "quoc", "duc", "van", "thi", "kim", "hong", "yen", "nga", "loan", "tam", "tien", "thanh", "trung", "vinh", "quang", "huy", "hieu", "phuc",
  "thuy", "vy", "my", "uyen", "nhung", "dao", "cuc", "xuan", "thuan", "lien", "diep", "giang", "oanh", "hanh", "hien", "tuyet", "trinh", "binh"
]);
/** "hey its king.", "hi, it's Hope here": a writer naming themself at the start */
const AG_SELF_INTRO = /(?:^|[.!?\n][ \t]*)(?:hey|hi|hiya|hello|heya)[ \t,!]+(?:it['’]?s|this[ \t]is|it[ \t]is)[ \t]+(\p{L}[\p{L}'’-]{1,20})(?=[ \t]*(?:[.!,\n]|$)|[ \t]+here\b)/giu;
/** word names a self-introduction may give that the word-name list leaves out (titles used as given names) */
const AG_TITLE_NAMES = new Set(["king", "prince", "princess", "queen", "duke", "major", "justice", "royal", "bishop", "deacon", "marshal"]);
/** a username or portal login said in words: "my username there is priya.desai88", "my portal account is jmalik_1982" */
const AG_USERNAME =
  /\b(?:user[ \t]?name|user[ \t]id|login|log-in|screen[ \t]name|handle|(?:portal|app|online|mychart)[ \t](?:account|login|id|username))(?:[ \t](?:there|on[ \t]it|on[ \t]there|for[ \t](?:it|the[ \t](?:app|portal|site)))){0,1}[ \t]+(?:is|was|=|:)[ \t]+([A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+|[A-Za-z]+\d+[A-Za-z0-9]*)(?![A-Za-z0-9@_])/gi;
/** a DEA registration (two letters, seven digits) where the message speaks of a DEA number */
const AG_DEA = /(?<![\p{L}\d])([ABCDEFGHJKLMPRSTUX][A-Z9]\d{7})(?![\p{L}\d])/gu;
/** a Medicare Beneficiary Identifier (11 characters, 4-3-4 when written with dashes) near the word Medicare */
const AG_MBI = /(?<![A-Za-z0-9-])([1-9][A-Z][A-Z0-9]\d-?[A-Z][A-Z0-9]\d-?[A-Z]{2}\d{2})(?![A-Za-z0-9-])/g;
/** a provincial health card number: "health card, 4532-281-947-KT" (ten figures, then the version letters) */
const AG_HEALTH_CARD_NO = /(?<![\p{L}\d-])(\d{4}[- ]?\d{3}[- ]?\d{3}(?:[- ]?[A-Z]{2})?)(?![\p{L}\d-])/gu;
const AG_HEALTH_CARD_BEFORE = /\b(?:health[ \t]card|health[ \t]card[ \t](?:number|no\.?|#)|OHIP|carte[ \t]santé|care[ \t]card)\b[^\n]{0,20}$/i;
/** a phone number after calling: a 7-digit local one, or an international one written without the plus */
const AG_CALL_CUE = String.raw`\b(?:call(?:s|ed|ing)?|ring(?:s|ing)?|phon(?:e|es|ed|ing)|text(?:s|ed|ing)?|dial(?:s|ed|ing)?|reach(?:ed)?|cell|mobile|landline|tel)\b[^\n\d]{0,40}`;
const AG_CALL_LOCAL = new RegExp(`${AG_CALL_CUE}(?<![\\d-])(\\d{3}[-.]\\d{4})(?![\\d-]|[ \\t]?(?:mg|mcg|ml|mL|units?|iu|IU|%)\\b)`, "gi");
const AG_CALL_INTL = new RegExp(`${AG_CALL_CUE}(?<![\\d+-])(\\d{2,4}(?:[ .-]\\d{2,4}){2,4})(?![\\d])`, "gi");
/** one's own clinic or hospital number: "Her clinic number was 00417-22" (not a phone's shape) */
const AG_OWN_RECORD_NO =
  /\b(?:my|his|her|their|your|our)[ \t](?:clinic|hospital|folder|file|chart|patient|registration|record)[ \t](?:card[ \t])?(?:number|no\.?|#)[ \t]*(?:is|was|:|=)?[ \t]*([A-Z]{0,3}\d[\d/-]{2,14}\d)(?![\p{L}\d])/giu;
/** a house in a Bengaluru-style address: "14, 3rd Cross", "#42, 5th Main Road" */
const AG_IN_CROSS = /(?<![\p{L}\d,#])(#?\d{1,4}[A-Z]?(?:\/\d{1,3})?,?[ \t]\d{1,2}(?:st|nd|rd|th)[ \t](?:[A-Z][ \t])?(?:Cross|Main)(?:[ \t](?:Road|Rd|Street|St))?)(?![\p{L}])/gu;
/** a unit before its street: "unit 3C at 1550 Kedzie Ave" */
const AG_UNIT_BEFORE = /(?<![\p{L}])((?:unit|apt\.?|apartment|suite|ste\.?|flat)[ \t]#?[A-Z0-9][A-Za-z0-9-]{0,5}[ \t](?:at|in|of)[ \t])$/iu;
/** a town naming a branch of a practice: "return it to the Winston-Salem office" */
const AG_TOWN_OFFICE = /\bthe[ \t](\p{Lu}[\p{Ll}'’]+(?:[ \t-]\p{Lu}[\p{Ll}'’]+)?)[ \t](?:office|branch|location|site|campus)\b/gu;
/** a person, then the place they are: "My friend Marisol in Santurce has dengue" */
const AG_PERSON_IN = /(?<![\p{L}])in[ \t](\p{Lu}[\p{Ll}]{3,20})(?=[ \t](?:has|had|is|was|needs|got|gets|says|said|lives|lived|can['’]t|cannot|keeps)\b)/gu;
/** an age over 89 set off after a relative whose word has a hyphen: "my father-in-law, 90, got chest pain" */
const AG_KIN_AGE =
  /\b(?:my|our|his|her|their)[ \t](?:(?:father|mother|brother|sister|son|daughter)-in-law|step-?(?:mom|mum|dad|father|mother|son|daughter|brother|sister)|great-(?:grand(?:ma|pa|mother|father|son|daughter)|aunt|uncle))(?:[ \t]\p{Lu}[\p{Ll}'’-]+)?,[ \t](9\d|1[01]\d),/giu;

/** The everyday-life cues of the phi-ag writer; returns the hits with this block's additions, trims and drops. */
function phiAGCues(toks: WordToken[], text: string, hits: PhiHit[]): PhiHit[] {
  if (text.length > 20_000) return hits;
  const { cur, drop, add, lap, put } = hitOverlay(hits);
  const each = (re: RegExp, fn: (m: RegExpExecArray, s: number, e: number) => void, g = 1): void => eachGroup(text, re, fn, g);
  // (numbers only: a name or a town another rule found is never taken over by a figure-shaped date or number)
  const SOFT: readonly PhiType[] = ["ZIP", "PHONE", "DATE", "MRN", "ACCOUNT", "AGE"];
  const free = (s: number, e: number): boolean => lap(s, e).length === 0;
  const kin = (l: string): boolean => RELATIONS.has(l) || KINSHIP_ALONE.has(l) || AB_KIN_ALONE.has(l) || AB_KIN_EXTRA.has(l) || U_KIN.has(l) || AE_KIN.has(l) || PK_HONORIFICS.has(l) || U_KIN_AFTER.has(l);

  // -- clinical values kept: an appointment's hour, a double-barrelled eponym, a holiday that comes round --
  for (const h of cur.slice()) {
    if (drop.has(h)) continue;
    const v = text.slice(h.start, h.end);
    if (h.type === "DATE") {
      const t = AG_AT_TIME.exec(v);
      if (!t || t.index === 0) continue;
      const before = text.slice(Math.max(0, h.start - 24), h.start);
      if (AG_STAMP_BEFORE.test(before) || AG_WROTE_AFTER.test(text.slice(h.end, h.end + 130))) continue;
      drop.add(h);
      add({ type: "DATE", start: h.start, end: h.start + t.index });
    } else if (h.type === "NAME" && AG_HYPHEN_EPONYMS.has(v.toLowerCase().replace(/[ \t]+/g, "-"))) {
      // (a double-barrelled surname after a title or a relative is a person's: "Mrs Miller-Fisher", "my nurse Ramsay-Hunt")
      if (!/\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|my|our|his|her|nurse|Nurse|named|called)\.?[ \t]$/.test(text.slice(Math.max(0, h.start - 8), h.start))) drop.add(h);
    }
  }
  each(AG_HOLIDAY_COMING, (_m, s, e) => {
    for (const h of lap(s, e)) if (h.type === "DATE" || h.type === "NAME") drop.add(h);
  });

  // -- dates written every way: CJK figures, a day and a month in another language, a month/day after an event or before a time --
  each(AG_CJK_DATE, (_m, s, e) => {
    if (lap(s, e).every((h) => SOFT.includes(h.type))) put("DATE", s, e, SOFT);
  });
  each(AG_FOREIGN_DATE, (m, s, e) => {
    const month = m[2]!.toLowerCase();
    const before = text.slice(Math.max(0, s - 4), s);
    if (AG_FOREIGN_AMBIGUOUS.has(month) && !/[ \t]de[ \t]|(?:19|20)\d{2}$/.test(m[1]!) && !/\b(?:le|el|am|du)[ \t]$/i.test(before)) return;
    // (a month word that is also a given name, then a capitalised word, is a person: "bed 2 Julio Ramos", "room 4 Mai Tran")
    if (/^[ \t]\p{Lu}\p{Ll}/u.test(text.slice(e, e + 3)) && !/\d$/.test(m[1]!)) return;
    if (lap(s, e).every((h) => SOFT.includes(h.type))) put("DATE", s, e, SOFT);
  });
  each(AG_EVENT_MD, (m, s, e) => {
    if (!AG_FRACTIONS.has(m[2]!) && !AG_EVENT_GAP_SCORE.test(m[1]!) && free(s, e)) put("DATE", s, e, []);
  }, 2);
  each(AG_MD_BEFORE_TIME, (m, s, e) => {
    if (!AG_FRACTIONS.has(m[1]!) && free(s, e)) put("DATE", s, e, []);
  });

  // -- names: a surname-first record line, a name said again with its surname, a Vietnamese name's third word, a writer's own name --
  each(AG_KEY_INVERTED, (m, s, e) => {
    const given = /,[ \t](\p{L}[\p{L}'’-]+)/u.exec(m[1]!)![1]!.toLowerCase();
    if (isGivenName(given) === undefined || isCommonWord(given)) return;
    if (lap(s, e).every((h) => h.type === "NAME" || h.type === "CITY")) put("NAME", s, e, ["NAME", "CITY"]);
  });
  {
    const said = new Set<string>();
    for (const h of cur) {
      const v = text.slice(h.start, h.end);
      if (!drop.has(h) && h.type === "NAME" && /^\p{L}[\p{L}'’-]{1,20}$/u.test(v)) said.add(v.toLowerCase().replace(/['’]s$/, ""));
    }
    for (const w of said) {
      const re = new RegExp(`(?<![\\p{L}])(${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[ \\t](\\p{L}[\\p{L}'’-]{2,20}))(?![\\p{L}])`, "giu");
      each(re, (m, s, e) => {
        const sur = m[2]!.toLowerCase();
        if (isEnglishWord(sur) || isCommonWord(sur) || !(isSurname(sur) || inNameList(sur)) || kin(sur)) return;
        // (only a mention no rule read: the first one was weighed already, "Priyanka didi")
        if (lap(s, s + w.length).length === 0 && lap(s, e).every((h) => h.type === "NAME")) put("NAME", s, e, ["NAME"]);
      });
    }
  }
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "NAME") continue;
    const parts = text.slice(h.start, h.end).split(" ");
    if (parts.length !== 2 || !AG_VIET_FAMILY.has(parts[0]!.toLowerCase())) continue;
    const next = /^[ ](\p{L}{2,6})(?![\p{L}\d'’-])/u.exec(text.slice(h.end, h.end + 10));
    if (next && AG_VIET_GIVEN.has(next[1]!.toLowerCase()) && free(h.end + 1, h.end + 1 + next[1]!.length)) put("NAME", h.start, h.end + 1 + next[1]!.length, ["NAME"]);
  }
  each(AG_SELF_INTRO, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if (kin(l) || TIME_WORDS.has(l) || /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(l)) return;
    if ((WORD_NAMES.has(l) || AG_TITLE_NAMES.has(l) || isGivenName(l) !== undefined) && free(s, e)) put("NAME", s, e, []);
  });

  // -- numbers by what they are called: a username, a DEA number, a Medicare or health card number, a phone after calling, one's clinic number --
  each(AG_USERNAME, (_m, s, e) => {
    if (free(s, e)) put("ACCOUNT", s, e, []);
  });
  if (/\bDEA\b/.test(text)) {
    each(AG_DEA, (_m, s, e) => {
      if (/\bDEA\b/.test(text.slice(Math.max(0, s - 120), s)) && lap(s, e).every((h) => SOFT.includes(h.type))) put("LICENSE", s, e, SOFT);
    });
  }
  if (/\bMedicare\b/i.test(text)) {
    each(AG_MBI, (_m, s, e) => {
      if (/\bMedicare\b/i.test(text.slice(Math.max(0, s - 100), s)) && lap(s, e).every((h) => SOFT.includes(h.type))) put("HEALTH_PLAN", s, e, SOFT);
    });
  }
  each(AG_HEALTH_CARD_NO, (_m, s, e) => {
    if (free(s, e) && AG_HEALTH_CARD_BEFORE.test(text.slice(Math.max(0, s - 40), s))) put("HEALTH_PLAN", s, e, []);
  });
  for (const h of cur.slice()) {
    if (drop.has(h) || (h.type !== "MRN" && h.type !== "ACCOUNT")) continue;
    if (/\d{3}/.test(text.slice(h.start, h.end)) && AG_HEALTH_CARD_BEFORE.test(text.slice(Math.max(0, h.start - 40), h.start))) put("HEALTH_PLAN", h.start, h.end, ["MRN", "ACCOUNT"]);
  }
  each(AG_CALL_LOCAL, (_m, s, e) => {
    if (free(s, e)) put("PHONE", s, e, []);
  });
  each(AG_CALL_INTL, (m, s, e) => {
    const n = (m[1]!.match(/\d/g) ?? []).length;
    if (n >= 9 && n <= 13 && lap(s, e).every((h) => h.type === "PHONE")) put("PHONE", s, e, []);
  });
  each(AG_OWN_RECORD_NO, (m, s, e) => {
    if (/^\d{3}[-.]?\d{3}[-.]?\d{4}$|^\d{3}[-.]\d{4}$/.test(m[1]!) || /^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/.test(m[1]!)) return;
    if (lap(s, e).every((h) => h.type === "MRN" || h.type === "ACCOUNT" || h.type === "PHONE" || h.type === "ZIP")) put("MRN", s, e, ["ACCOUNT", "PHONE", "ZIP"]);
  });

  // -- places: a Bengaluru house and cross road, a unit before its street, a postcode of seven figures after the town, a branch's town, a person's town --
  each(AG_IN_CROSS, (_m, s, e) => {
    if (lap(s, e).every((h) => h.type === "ADDRESS" || h.type === "ZIP" || h.type === "DATE")) put("ADDRESS", s, e, ["ZIP", "DATE"]);
  });
  for (const h of cur.slice()) {
    if (drop.has(h)) continue;
    if (h.type === "ADDRESS") {
      const u = AG_UNIT_BEFORE.exec(text.slice(Math.max(0, h.start - 24), h.start));
      if (u && free(h.start - u[1]!.length, h.start)) put("ADDRESS", h.start - u[1]!.length, h.end, []);
    } else if (h.type === "CITY") {
      const z = /^,?[ \t](\d{7})(?![\p{L}\d])/u.exec(text.slice(h.end, h.end + 10));
      if (!z) continue;
      const zs = h.end + z[0].length - 7;
      const line = text.slice(Math.max(0, h.start - 80), h.start);
      if (free(zs, zs + 7) && !line.includes("\n") && lap(h.start - line.length, h.start).some((a) => a.type === "ADDRESS")) put("ZIP", zs, zs + 7, []);
    }
  }
  each(AG_TOWN_OFFICE, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if (isCommonWord(l) || isEnglishWord(l) || isGivenName(l) !== undefined || !((placePopulation(l) ?? 0) >= 50_000 || isCity(l))) return;
    if (free(s, e)) put("CITY", s, e, []);
  });
  each(AG_PERSON_IN, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if (isEnglishWord(l) || isCommonWord(l) || inNameList(l) || isGivenName(l) !== undefined || isSurname(l) || !free(s, e)) return;
    const who = lap(Math.max(0, m.index - 2), m.index).find((h) => h.type === "NAME" && h.end === m.index - 1);
    if (!who || /\b(?:Dr|Doctor|Nurse|Prof)\.?[ \t]$/.test(text.slice(Math.max(0, who.start - 8), who.start))) return;
    put("CITY", s, e, []);
  });

  // -- ages: over 89, set off after a relative whose word has a hyphen --
  each(AG_KIN_AGE, (_m, s, e) => {
    if (free(s, e)) put("AGE", s, e, []);
  });

  void toks;
  return resolveOverlaps(cur.filter((h) => !drop.has(h)));
}
// ---- end of phi-ag ----

// ---- phi-ah: clinicians' shift messages about a patient (handover, SBAR, med rec, consults, discharge planning) ----

/** acronyms a note puts right after "pt" that are never the patient's initials ("pt DNR", "pt NPO since 0000", "pt ID band") */
const AH_NOT_INITIALS = new Set([
  "dob", "id", "ip", "mrn", "hiv", "ama", "dnr", "dni", "dnar", "polst", "molst", "hcp", "poa", "snf", "ltc", "alf", "ams", "sob", "cp", "nv",
  "ot", "pt", "rn", "md", "np", "pa", "pcp", "ed", "er", "or", "icu", "ccu", "micu", "sicu", "npo", "nbm", "bp", "hr", "rr", "gcs", "vs", "ct",
  "mri", "us", "ekg", "ecg", "cxr", "abg", "iv", "po", "im", "sq", "sc", "ng", "ngt", "peg", "tpn", "ua", "cbc", "bmp", "cmp", "lft", "inr",
  "wbat", "nwb", "pwb", "fwb", "adl", "gi", "ent", "ir", "ok", "nkda", "pcn", "tbi", "cva", "tia", "mi", "chf", "ckd", "aki", "dka", "uti",
  "hd", "pd", "crrt", "ecmo", "lvad", "dvt", "pe", "svt", "vt", "vf", "pea", "cpr", "htn", "dm", "osa", "rt", "slp", "sw", "cm", "tbd", "ugh", "fyi",
]);
/** "pt JR", "pt R.T.", "patient JDM": two or three capitals (dotted or not) after "pt" are the patient's initials, when a note's
 * next word carries on about the patient ("in 3210", "w/ neuro", "s/p", "asking", ":"), never a chart acronym */
const AH_PT_INITIALS = /(?<![\p{L}\d])(?:pt|Pt|PT|patient|Patient)\.?[ \t]+((?:\p{Lu}\.){2,3}(?![\p{L}\d])|\p{Lu}{2,3}(?![\p{L}\d.'’/&-]))(?=[ \t]*(?:$|[,:;()–—-]|\.(?:\s|$)|(?:in|on|w\/|s\/p|is|was|has|had|says|said|told|asking|asked|wants|needs|and|from|with|at|to|for|who|c\/o|rm|bed|room|presented|presents|admitted|now|still|refuses|refused|reports|reported|denies|just|got|going|being)(?![\p{L}])))/gu;
/** a software's stamp: abbreviated month, day and year ("Mar 4, 2026", "Mon, Jan 12, 2026"), where a clock time after "at" belongs to it */
const AH_STAMP_DATE = /^(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun),?[ \t]+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?[ \t]+\d{1,2},[ \t]+(?:19|20)\d{2}$/;
/** a bare month/day in a note ("f/u cards 12/21", "margins marked 12/5"): the day must be a calendar day and not a score */
const AH_MD = /(?<![\w/.,:+-])((\d{1,2})\/(\d{1,2}))(?![\w/]|[.,]\d|[ \t]?(?:%|mg|mcg|ml|mL|g|kg|units?|U|mmHg|x|cores?|pts|patients|beats)\b)/g;
/** words before a month/day that date it in a clinician's shorthand: a follow-up, a clinic, a dated act, "s/p" and the procedure */
const AH_MD_CUE = /(?:\b(?:f\/u|fu|follow[- ]?up|f\/up)(?:[ \t]+[\p{L}().'’-]{1,20}){0,3}|\b(?:clinic|appt|appointment|visit|consult|review)|\b(?:marked|signed|given|started|stopped|held|placed|removed|changed|inserted|dc['’]?d|d\/c['’]?d|drawn|sent|faxed|mailed|seen|admitted|discharged|transferred|intubated|extubated|op|surgery|procedure|repair|biopsy|scope|cath|last)(?:[ \t]+[\p{L}-]{1,20}){0,2}|\bs\/p(?:[ \t]+[\p{L}\d.-]{1,20}){1,4})[ \t]+$/iu;
/** scores, grades and machine settings written as a fraction ("pain 7/10", "strength 4/5", "2/6 murmur", "BiPAP 12/6") */
const AH_SCORE_BEFORE = /\b(?:pain|score|scored|rated|rating|gcs|nihss|ciwa|cows|berg|rass|cam|mmse|moca|phq|gad|apgar|braden|morse|strength|power|murmur|grade|grip|out of|bp|pressure|fio2|peep|ratio|bipap|cpap|nippv|niv|ipap|epap|vent|ventilator|settings|ps|simv|prvc)\b[^\n]{0,20}$/i;
/** shorthand for a consulting service or a therapy visit, written where a name would stand ("Ortho wants", "neuro clinic", "PT eval") */
const AH_SERVICE = /^(?:ortho|neuro|cards|pulm|renal|onc|heme|psych|derm|uro|gyn|nephro|endo|rheum|vasc|surg|eval|consult|rehab|hospice|palliative|palli|nsgy|ctsurg|ir)$/i;
/** brand names of hospital drugs that stand capitalised like a surname ("can you check if Lupron is ok") */
const AH_BRANDS = new Set([
  "lupron", "haldol", "dilaudid", "zofran", "lovenox", "pradaxa", "brilinta", "entresto", "farxiga", "trulicity", "lantus", "humalog", "novolog",
  "levemir", "tresiba", "norco", "percocet", "vicodin", "toradol", "seroquel", "zyprexa", "risperdal", "depakote", "lamictal", "tegretol",
  "dilantin", "flomax", "protonix", "reglan", "compazine", "phenergan", "versed", "precedex", "propofol", "levophed", "cardizem", "lopressor",
  "toprol", "coreg", "norvasc", "zocor", "crestor", "aldactone", "bumex", "kayexalate", "lokelma", "vancomycin", "zosyn", "rocephin", "keflex",
  "bactrim", "cipro", "levaquin", "flagyl", "diflucan", "tamiflu", "prednisone", "solumedrol", "decadron", "xeljanz", "keytruda", "opdivo",
  "herceptin", "avastin", "rituxan", "remicade", "stelara", "dupixent", "prolia", "reclast", "zometa", "aranesp", "procrit", "neulasta",
]);
/** a clinician's or a family member's contact: "(Kerry-Ann at 978-555-0102)", "Rhoda on 617-..." */
const AH_NAME_AT_PHONE = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}{1,15}(?:-\p{Lu}\p{Ll}{1,15})?)[ \t]+(?:at|on|@)[ \t]+(?=\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4})/gu;
/** a priest, a minister or a religious sister by title ("Fr. Brennan", "Rev. Okafor"): the name after it */
const AH_CLERGY = /(?<![\p{L}])(?:Fr|Rev|Revd|Msgr|Pastor|Rabbi|Imam)\.?[ \t]+(\p{Lu}[\p{Ll}'’-]{1,20}(?:[ \t]\p{Lu}[\p{Ll}'’-]{1,20})?)(?![\p{L}])/gu;
/** a surname the patient also goes by, in brackets after "last name" or "maiden name" */
const AH_OTHER_SURNAME = /\b(?:last|family|maiden|married|sur)[ \t]?name[^\n(]{0,24}\([ \t]?(\p{Lu}[\p{L}'’-]{1,30})[ \t]?\)/gu;
/** a doctor written in lower case with an initial ("dr m. feld") */
const AH_LOWER_DR = /\bdr\.?[ \t]+([a-z]\.[ \t]+([a-z][a-z'’-]{2,20}))(?![\p{L}])/gu;
/** a nickname in quotes after "patient", "goes by", "known as" ("Patient 'Tiny' (real name ...)") */
const AH_NICKNAME = /\b(?:[Pp]t|[Pp]atient|goes by|known as|nicknamed)[ \t]+['‘"“](\p{Lu}\p{Ll}{1,15})['’"”](?=[ \t]*(?:\(|,|$|is|was|has|wants|says))/gu;
/** an age after "pt in <room> is" ("pt in 17 is 90, got confused"): the 90s and over */
const AH_AGE_ROOM = /\b(?:pt|patient)[ \t]+(?:in|on)[ \t]+(?:(?:rm|room|bed|bay)[ \t]*)?\d{1,4}[A-Z]?[ \t]+(?:is|was|turned|turns)[ \t]+(9\d|1[01]\d)(?![\d./:%]|[ \t]?(?:mg|kg|lbs?|%|bpm|min|mmHg|F|C)\b)/g;
/** an age spelled out in words for the 90s ("she's 'ninety-four'") */
const AH_AGE_WORDS = /\b(?:is|she['’]s|he['’]s|i['’]m|aged?|turned|turning|turns)[ \t]+['‘"“]?(ninety[- ](?:one|two|three|four|five|six|seven|eight|nine)|one hundred(?:[- ](?:and[- ])?(?:one|two|three|four|five))?)(?![\p{L}-])/giu;
/** "ninety something, maybe 91": a number guessed after an age in the 90s given in words */
const AH_AGE_GUESS = /\bninety[- ]?(?:something|ish|odd)[,;]?[ \t]+(?:maybe|about|around|probably|prob|like|or)[ \t]+(9\d|1[01]\d)(?![\d./:%])/gi;
/** a handover line: the age stands after the name and a bracket about them ("Fr. Tadeusz Nowicki (priest, ...), 92, septic shock") */
const AH_AGE_AFTER_BRACKET = /^[ \t]*\([^()\n]{1,60}\),[ \t]*(9\d|1[01]\d)(?=[ \t]*[,;]|[ \t]*[MF]\b)/;
/** an account number read off a label or a form after the account is named ("acct number ... it says ACC-00912-4471") */
const AH_ACCOUNT_CUE = /\b(?:acct|account|ccid|billing|financial assistance|guarantor|statement|invoice)\b/i;
const AH_READ_OFF = /\b(?:it|that|label|form|sticker|wristband|card)(?:['’]s|[ \t]+(?:says|said|reads|shows|is))[ \t]+(?:#[ \t]?)?([A-Z]{2,4}-?\d[\d-]{5,18}\d|\d[\d-]{6,18}\d)(?![\w-])/g;
/** a plan number after its cue and a correction ("policy # — it should be ZGP8830192 not ZGP8830129") */
const AH_PLAN_CORRECTED = /\b(?:policy|member|subscriber|insurance|plan|medicaid|medicare)(?:[ \t]?(?:#|no\.?|number|id))(?:[ \t]+[a-z'’]{1,10}){0,3}[ \t]*[—–:,-]?[ \t]*(?:it[ \t]+)?(?:should[ \t]+be|is|was|reads|says)[ \t]+([A-Z]{1,4}\d{6,14}[A-Z]?)(?![\w])/gi;
const AH_NOT_VALUE = /^[ \t]*,?[ \t]*(?:not|instead of|rather than|vs\.?|versus)[ \t]+([A-Z]{1,4}\d{6,14}[A-Z]?)(?![\w])/i;
/** the VA's integration control number: ten digits, a "V" and six check digits (the six may be left off) */
const AH_VA_ICN = /(?<![\w-])(\d{10}V(?:\d{6})?)(?![\w-])/g;
/** an EMS patient care report number ("ePCR # 2026-118834"): the pre-hospital record of this patient */
const AH_EPCR = /\be?PCR[ \t]?(?:#|no\.?|number)?[ \t]?:?[ \t]?((?:19|20)?\d{2,4}-?\d{4,10})(?![\w-])/g;
/** a part of a city by its compass word ("East Boston", "South Philly") */
const AH_COMPASS = /(?:East|West|North|South)[ \t]$/;
/** arriving from a place: "by ambulance from Roxbury", "transferred from Quincy" */
const AH_ARRIVED_FROM = /\b(?:ambulance|ems|medics|transferred|transfer|brought|came|arrived|sent|lives?|living)\b[^\n.]{0,24}\bfrom[ \t]$/i;
/** having an eponymous disease ("doesn't have Parkinson's", "hx of Crohn's"): the possessive names the disease */
const AH_HAS_DISEASE = /\b(?:have|has|had|having|with|without|w\/o?|no|not|for|of|hx|h\/o|dx|r\/o|rule out|diagnosed)[ \t]+$/i;

function ahValidMonthDay(m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

/** The care-team cues of the phi-ah writer; returns the hits with this block's additions, retypes and drops. */
function phiAHCues(toks: WordToken[], text: string, hits: PhiHit[]): PhiHit[] {
  if (text.length > 20_000) return hits;
  const { cur, drop, add, lap, put } = hitOverlay(hits);
  const each = (re: RegExp, fn: (m: RegExpExecArray, s: number, e: number) => void, g = 1): void => eachGroup(text, re, fn, g);
  const SOFT: readonly PhiType[] = ["CITY", "MRN", "ACCOUNT", "HEALTH_PLAN", "ZIP", "AGE"];
  const notInitials = (v: string): boolean => {
    const l = v.replace(/\./g, "").toLowerCase();
    // (a word in capitals, "pt AND family", is no set of initials either)
    return AH_NOT_INITIALS.has(l) || U_ACRONYMS.has(l) || AC_NOT_NAME.has(l) || AC_CHART_WORD.test(l) || (l.length === 3 && isCommonWord(l));
  };

  // -- the patient's initials after "pt" (a note's way of naming the patient without writing the name) --
  if (/[a-z]{3}/.test(text)) {
    each(AH_PT_INITIALS, (m, s, e) => {
      if (!m[1]!.includes(".") && notInitials(m[1]!)) return;
      put("NAME", s, e, ["CITY", "MRN"]);
    });
  }

  // -- a person's name the general rules miss: a clergy title, a contact before a phone number, a second surname, a lower-case doctor, a nickname --
  each(AH_CLERGY, (m, s, e) => {
    const ws = m[1]!.split(/[ \t]/);
    if (ws.some((w) => isCommonWord(w.toLowerCase()) && isGivenName(w.toLowerCase()) === undefined && !isSurname(w.toLowerCase()))) return;
    if (ws.some((w) => TITLES.has(w.toLowerCase()) || TIME_WORDS.has(w.toLowerCase()) || NOT_NAMES.has(w.toLowerCase()))) return;
    // (the title itself is no name: "called Fr. Brennan" must not redact "Fr")
    for (const h of lap(m.index, m.index + m[0].length - m[1]!.length)) if (h.type === "NAME" && h.end <= s) drop.add(h);
    put("NAME", s, e, ["CITY"]);
  });
  each(AH_NAME_AT_PHONE, (m, s, e) => {
    const parts = m[1]!.toLowerCase().split("-");
    if (!parts.some((p) => isGivenName(p) !== undefined) || parts.some((p) => NOT_NAMES.has(p) || TITLES.has(p) || TIME_WORDS.has(p) || RELATIONS.has(p))) return;
    if (parts.length === 1 && isCommonWord(parts[0]!) && isGivenName(parts[0]!) !== "strong") return;
    put("NAME", s, e, ["CITY"]);
  });
  each(AH_OTHER_SURNAME, (m, s, e) => {
    if (isCommonWord(m[1]!.toLowerCase()) && !m[1]!.includes("-")) return;
    put("NAME", s, e, ["CITY"]);
  });
  each(AH_LOWER_DR, (m, s, e) => {
    const l = m[2]!.toLowerCase();
    if (isCommonWord(l) || NOT_NAMES.has(l) || DRUG_WORDS.has(l)) return;
    put("NAME", s, e, ["CITY"]);
  });
  each(AH_NICKNAME, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if (NOT_NAMES.has(l) || DRUG_WORDS.has(l) || AH_SERVICE.test(l)) return;
    put("NAME", s, e, ["CITY"]);
  });

  // -- ages in the 90s and over that a handover writes its own way --
  each(AH_AGE_ROOM, (_m, s, e) => put("AGE", s, e, []));
  each(AH_AGE_WORDS, (_m, s, e) => put("AGE", s, e, []));
  each(AH_AGE_GUESS, (_m, s, e) => put("AGE", s, e, []));
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "NAME") continue;
    const a = AH_AGE_AFTER_BRACKET.exec(text.slice(h.end, h.end + 80));
    if (a) {
      const s = h.end + a[0].length - a[1]!.length;
      put("AGE", s, s + a[1]!.length, []);
    }
  }

  // -- numbers: a fax number after "fax", an account read off a label, a corrected plan number, the VA's ICN, an EMS report number --
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "HEALTH_PLAN") continue;
    if (/\bfax(?:[ \t]?(?:#|no\.?|number))?[ \t]*(?:is|:|=|-)?[ \t]*$/i.test(text.slice(Math.max(0, h.start - 24), h.start)) && /^\+?[\d ().-]{10,16}$/.test(text.slice(h.start, h.end))) {
      drop.add(h);
      add({ type: "FAX", start: h.start, end: h.end });
    }
  }
  each(AH_READ_OFF, (m, s, e) => {
    if (!AH_ACCOUNT_CUE.test(text.slice(Math.max(0, m.index - 120), m.index))) return;
    if ((m[1]!.match(/\d/g) ?? []).length < 7) return;
    if (lap(s, e).some((h) => !SOFT.includes(h.type))) return;
    put("ACCOUNT", s, e, SOFT);
  });
  each(AH_PLAN_CORRECTED, (_m, s, e) => {
    if (lap(s, e).some((h) => h.type !== "HEALTH_PLAN" && !SOFT.includes(h.type))) return;
    put("HEALTH_PLAN", s, e, SOFT);
    const n = AH_NOT_VALUE.exec(text.slice(e, e + 40));
    if (n) {
      const s2 = e + n[0].length - n[1]!.length;
      if (lap(s2, s2 + n[1]!.length).every((h) => SOFT.includes(h.type) || h.type === "HEALTH_PLAN")) put("HEALTH_PLAN", s2, s2 + n[1]!.length, SOFT);
    }
  });
  each(AH_VA_ICN, (_m, s, e) => {
    if (lap(s, e).every((h) => SOFT.includes(h.type) || h.type === "PHONE")) put("HEALTH_PLAN", s, e, [...SOFT, "PHONE"]);
  });
  each(AH_EPCR, (_m, s, e) => {
    if (lap(s, e).every((h) => h.type === "DATE" || SOFT.includes(h.type))) put("MRN", s, e, ["DATE", ...SOFT]);
  });

  // -- dates: a clock time after "at" is the appointment's, not part of the date (HIPAA names dates, not times of day);
  // a software's printed stamp keeps its time --
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "DATE") continue;
    const v = text.slice(h.start, h.end);
    const at = /,?[ \t]+at[ \t]+(?=\d)/.exec(v);
    if (!at || at.index === 0) continue;
    const date = v.slice(0, at.index);
    if (AH_STAMP_DATE.test(date) || /\bwrote:?/.test(text.slice(h.end, h.end + 80)) || !/^\d{1,2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\.?$|^(?:[01]\d|2[0-3])[0-5]\d$/.test(v.slice(at.index + at[0].length))) continue;
    drop.add(h);
    add({ type: "DATE", start: h.start, end: h.start + at.index });
  }
  // (a bare month/day: after a cue that dates it, or in a note that already dates things this way)
  const mdDated = cur.some((h) => !drop.has(h) && h.type === "DATE" && /^\d{1,2}\/\d{1,2}$/.test(text.slice(h.start, h.end)));
  each(AH_MD, (m, s, e) => {
    const [mo, d] = [Number(m[2]), Number(m[3])];
    if (!ahValidMonthDay(mo, d) || d === 10 || (mo < d && d <= 8) || (mo === 2 && d === 2)) return;
    const before = text.slice(Math.max(0, s - 60), s);
    if (AH_SCORE_BEFORE.test(before.slice(-30))) return;
    if (/(?:\d[ \t]*[-–][ \t]*|\bover[ \t])$/.test(before)) return;
    const cue = AH_MD_CUE.test(before) || AC_EPONYM_OPERATIONS.has((/([\p{L}]+)[ \t]+$/u.exec(before)?.[1] ?? "").toLowerCase()) || /\([^()\n]{1,30}\)[ \t]+$/.test(before) && mdDated;
    const sibling = mdDated && mo !== d && !(mo <= d && d <= 10);
    if (!cue && !sibling) return;
    if (lap(s, e).some((h) => h.type !== "DATE")) return;
    put("DATE", s, e, []);
  });

  // -- places: a part of a city by compass word, and a place someone came from --
  for (const h of cur.slice()) {
    if (drop.has(h)) continue;
    if (h.type === "CITY" && AH_COMPASS.test(text.slice(Math.max(0, h.start - 6), h.start))) {
      const c = AH_COMPASS.exec(text.slice(Math.max(0, h.start - 6), h.start))!;
      put("CITY", h.start - c[0].length, h.end, ["CITY"]);
    } else if (h.type === "NAME" && AH_ARRIVED_FROM.test(text.slice(Math.max(0, h.start - 40), h.start))) {
      const l = text.slice(h.start, h.end).toLowerCase();
      if (!/\s/.test(l) && ((placePopulation(l) ?? 0) > 0 || isCity(l)) && isGivenName(l) === undefined) {
        drop.add(h);
        add({ type: "CITY", start: h.start, end: h.end });
      }
    }
  }

  // -- not identifiers: a consulting service's shorthand, an obstetric history, a drug's brand, an eponymous disease --
  for (const h of cur.slice()) {
    if (drop.has(h)) continue;
    const v = text.slice(h.start, h.end);
    const l = v.toLowerCase();
    const before = text.slice(Math.max(0, h.start - 30), h.start);
    const titled = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Nurse|Sister|Fr)\.?[ \t]$/i.test(before);
    if ((h.type === "NAME" || h.type === "CITY") && AH_SERVICE.test(v) && !titled) drop.add(h);
    else if (/^G\d{1,2}[ \t]?P\d{1,4}(?:[-–]\d{1,4}){0,3}$/.test(v) && h.type !== "NAME") drop.add(h);
    else if (h.type === "NAME" && AH_BRANDS.has(l) && !titled) drop.add(h);
    else if (h.type === "NAME" && EPONYM_SURNAMES.has(l) && /^['’]s\b/.test(text.slice(h.end, h.end + 3)) && AH_HAS_DISEASE.test(before)) drop.add(h);
  }

  void toks;
  return resolveOverlaps(cur.filter((h) => !drop.has(h)));
}
// ---- end of phi-ah ----
// ---- phi-ai: names in hard places (a name that is also a word, at a sentence's start, in lower case, in a list,
// as initials, after a rank, in a chat) ----

/** people a name may stand beside: kin, carers, clinicians ("Raj (hubby)", "Brooklyn, his late sister", "the nurse named Chance") */
const AI_PERSON = "son|daughter|boy|girl|baby|kid|child|toddler|husband|wife|partner|hubby|wifey|fianc[eé]e?|brother|sister|mum|mom|mam|dad|mother|father|nan|nana|gran|granny|grandma|grandad|granddad|grandpa|grandmother|grandfather|grandson|granddaughter|nephew|niece|cousin|friend|uncle|aunt|auntie|aunty|nurse|doctor|teacher|carer|caregiver|midwife|physio|therapist|neighbou?r|twin|stepson|stepdaughter|stepmum|stepmom|stepdad|boyfriend|girlfriend|flatmate|roommate|colleague|lodger|nanny|babysitter";
const AI_MODIFIER = "late|little|baby|big|older|younger|eldest|oldest|youngest|middle|twin|step|dear|best|poor";
/** a word spoken about a person: being called, calling oneself, a real name behind a nickname */
const AI_CALLED = new RegExp(
  `(?:\\b(?:[Cc]alls?|[Cc]alling|[Cc]alled)[ \\t]+(?:me|him|her|them|herself|himself|themselves|myself|ourselves|us)|\\b(?:${AI_PERSON})s?[ \\t]+(?:(?:is|was|were|are)[ \\t]+)?(?:called|named)|\\bnicknamed|\\b(?:real|actual|proper|full|given)[ \\t]+name(?:[ \\t]+is)?:?)[ \\t]+['‘"“]?(\\p{Lu}\\p{Ll}{1,20}(?:-\\p{Lu}\\p{Ll}{1,20})?)(?![\\p{L}])`,
  "gu"
);
/** a pet name and the real one in brackets after it ("my little Bear (real name Bjorn)") */
const AI_BEFORE_REAL_NAME = /(?<![\p{L}])(\p{Lu}\p{Ll}{1,20})[ \t]?\((?:real|actual|proper|full|given)[ \t]name\b/gu;
/** a name, then the writer's relation to them in brackets ("Raj (hubby)") */
const AI_BRACKET_RELATION = new RegExp(`(?<![\\p{L}'’-])(\\p{Lu}\\p{Ll}{1,20})[ \\t]?\\((?:my[ \\t]|our[ \\t])?(?:(?:${AI_MODIFIER})[ \\t])?(?:${AI_PERSON})\\)`, "gu");
/** a name, then who they are in apposition ("calling for Brooklyn, his late sister.") */
const AI_APPOSITION = new RegExp(
  `(?<![\\p{L}'’-])(\\p{Lu}\\p{Ll}{1,20}),[ \\t](?:my|our|his|her|their)[ \\t](?:(?:${AI_MODIFIER})[ \\t])?(?:${AI_PERSON})(?=[ \\t]*(?:[.,;:!?)]|[-–—]|$))`,
  "gu"
);
/** two to four people joined by "and", "n", "+" or another language's "and", then what they share ("Jaz n Kez both got",
 *  "April, May and June are my three kids", "Agnieszka i Wojtek - both 67") */
const AI_LIST =
  /(?<![\p{L}'’.-])(\p{L}[\p{Ll}\p{M}'’]{1,20})((?:,[ \t]\p{L}[\p{Ll}\p{M}'’]{1,20}){0,3})[ \t](?:and|&|n|\+|i|y|e|und|et|og|en)[ \t](\p{L}[\p{Ll}\p{M}'’]{1,20})[ \t]*[-–—,]?[ \t]*(?:(both|all[ \t]three|all[ \t]of[ \t]them)[ \t](?:\d|have|has|had|got|get|are|were|want|need|needs|caught|tested|came|started|woke|feel|felt|keep)|(?:are|were)[ \t](?:my|our)[ \t](?:\p{L}{1,12}[ \t])?(?:kids|children|sons|daughters|boys|girls|grandkids|grandchildren|twins|triplets|babies|patients))/gu;
/** a military rank before a surname ("Major Thompson") */
const AI_RANK =
  /(?<![\p{L}])(?:Major|Colonel|Col|General|Gen|Lieutenant|Lt|Sergeant|Sgt|Corporal|Cpl|Admiral|Commander|Cdr|Brigadier|Private|Pte|Commodore|Marshal)\.?[ \t]+(\p{Lu}\p{Ll}{1,20}(?:-\p{Lu}\p{Ll}{1,20})?)(?![\p{L}])/gu;
/** a request passed to a person about him or her ("Ask Bo whether his pen...") */
const AI_ASK = /\b(?:[Aa]sk|[Tt]ell|[Rr]emind|[Aa]sked|[Tt]old|[Rr]eminded)[ \t](\p{Lu}\p{Ll}{1,20})[ \t](?:whether|if|why|how|that|to)[ \t](?:his|her|he|she|he['’]s|she['’]s|they)\b/gu;
/** someone listened or spoken to ("He listens to Tunde more than me") */
const AI_LISTENS = /\b(?:listens|listened|listen|listening|talks|talked|talk|talking|speaks|spoke|speak|speaking)[ \t]to[ \t](\p{Lu}\p{Ll}{1,20})(?![\p{L}'’-])/gu;
/** a chat's worried question about a person ("is Anil ok??") */
const AI_IS_OK = /\b(?:[Ii]s|[Ww]as|[Hh]ow['’]?s|[Hh]ow[ \t]is)[ \t](\p{Lu}\p{Ll}{1,20})[ \t](?:ok|okay|alright|all[ \t]right|awake|conscious|breathing|safe|doing)\b/gu;
/** a chat's address to a person ("@ Joss: mum says") */
const AI_AT_MENTION = /(?:^|[\s(])@[ \t]?(\p{Lu}\p{Ll}{1,20})(?=[ \t]?[:,])/gu;
/** a family by its surname writing in ("El-Sayed family here") */
const AI_FAMILY = /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}\p{M}]{1,20}(?:-\p{Lu}[\p{Ll}\p{M}]{1,20})?)[ \t]family(?=[ \t](?:here|writing|again)\b|['’]s[ \t])/gu;
/** Chinese names, surname first, with a one-syllable given name ("Li Na", "Ma Lin") */
const AI_CHINESE =
  /(?<![\p{L}'’-])(?:Li|Wang|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|Lin|Gao|Luo|Zheng|Liang|Xie|Song|Tang|Han|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Pan|Yuan|Cai|Jiang|Du|Ye|Cheng|Su|Ding|Ren|Shen|Yao|Jin|Fan|Fang|Shi|Qian|Tan)[ \t]((?=\p{Lu})(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|ai|ao|an|ang|e|ei|en|eng|i|ia|iao|ian|iang|ie|in|ing|iong|iu|o|ong|ou|u|ua|uai|uan|uang|ui|un|uo|ü|üe)(?![\p{L}'’-]))/giu;
/** Chinese herbal medicines named like a person ("Dong Quai", "Ma Huang") */
const AI_HERBS = /^(?:Dong[ \t]Quai|Ma[ \t]Huang|Tian[ \t]Qi|San[ \t]Qi|Huang[ \t]Qi|Dan[ \t]Shen|Wu[ \t]Wei|Gou[ \t]Qi|Huang[ \t]Lian|Huang[ \t]Qin)$/i;
/** someone introducing themselves with a kin word first ("this is Nan, Dorothy Pickering") */
const AI_INTRO_AFTER_KIN = /\b(?:this[ \t]is|it['’]?s|i['’]?m|im)[ \t]\p{L}{2,12},[ \t](\p{Lu}\p{Ll}{1,20}[ \t]\p{Lu}[\p{Ll}'’-]{1,25})(?=[ \t]*[,.(;:-]|[ \t]here\b)/gu;
/** a lower-case name a writer introduces themselves with ("hi im june, ...") */
const AI_LOWER_INTRO = /\b(?:i['’]?m|im|i[ \t]am|this[ \t]is|its|it['’]s|my[ \t]name[ \t]is|my[ \t]name['’]?s|name['’]?s)[ \t](\p{Ll}{2,15})(?=[ \t]?[,.!]|[ \t](?:here|and|from)\b)/gu;
const AI_NOT_INTRO = new Set(["ok", "okay", "ready", "well", "fine", "home", "back", "here", "so", "just", "new", "good", "great", "done", "sick", "off", "out", "up", "down", "in", "on", "sure", "alright", "hungry", "cold", "hot", "mum", "mom", "dad"]);
/** lower-case initials as a name at a sentence's start ("a.j. has had diarrhoea") */
const AI_LOWER_INITIALS = /(?:^|[.!?][ \t]+|\n)((?!e\.g\.|i\.e\.|a\.m\.|p\.m\.|n\.b\.)\p{Ll}\.\p{Ll}\.)(?=[ \t](?:has|had|is|was|says|said|wants|needs|keeps|got|gets|took|fell|woke|can|can't|won't|isn't|wasn't)\b)/gu;
/** an age in the nineties and over said as what the writer turns this year ("97 this year") */
const AI_AGE_THIS_YEAR = /(?:,|\b(?:i['’]?m|im|he['’]s|she['’]s|turns?|turning|be))[ \t](9\d|1[01]\d)(?=[ \t]this[ \t]year\b)/giu;
/** a titled person's line, office or team is no eponym ("Dr Whitaker's line is closed") */
const AI_TITLED_OWNER = /\b(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Prof|Nurse)\.?[ \t]+(\p{Lu}\p{Ll}{1,20}(?:-\p{Lu}\p{Ll}{1,20})?)['’]s[ \t](?:line|phone|number|office|secretary|team|clinic|rooms?|voicemail|pager|bleep|receptionist|list|patients?|advice|letter|email)\b/gu;
/** the start of a sentence (or a chat line's message after "Name:") */
const AI_SENTENCE_BEFORE = /(?:^|[.!?]["'’”)]?[ \t]{1,3}|\n[ \t]{0,3}|^[^\n]{0,2}['‘"“])$/;
/** what follows a person named at a sentence's start: their contraction, a thing of theirs, an act on their own body, living with
 *  the writer, being the writer's kin, an age and a complaint, a dose they took, "been" (with a pronoun for them later) */
const AI_SUBJECT_AFTER = new RegExp(
  `^(?:(['’](?:ll|d)[ \\t])|(['’]s[ \\t](?:\\p{L}+[ \\t])?(?:tongue|lips?|face|eyes?|eyelids?|ears?|nose|mouth|hair|scalp|skin|hands?|feet|foot|fingers?|toes?|legs?|arms?|tummy|pacemaker|epipen|inhaler|tablets|pills|meds|medication|photos|pictures|pics|bloods|nappy|nappies|cast|stitches|temperature|temp|fever|rash|school|teacher|nursery))\\b|([ \\t](?:had|has|got|lost|broke|hurt|cut|bumped|burnt|burned|needs|wants|missed|took|takes|banged|scraped)[ \\t](?:her|his)[ \\t])|([ \\t](?:moved|came|went)[ \\t](?:in[ \\t]|back[ \\t]|home[ \\t])?(?:to[ \\t]live[ \\t])?with[ \\t](?:us|me|them)\\b)|([ \\t](?:is|was)[ \\t](?:my|our)[ \\t](?:(?:${AI_MODIFIER})[ \\t])?(?:${AI_PERSON})\\b)|([ \\t]is[ \\t]\\d{1,2}(?:[ \\t]?(?:months?|mo|years?|yrs?|weeks?|wks?))?(?:[ \\t]old)?[ \\t]and[ \\t](?:has|had|is|was|got|keeps)\\b)|([ \\t](?:took|swallowed|ate|drank|had)[ \\t]\\d)|((?:['’]s|[ \\t](?:has|had))[ \\t]been[ \\t](?:drinking|eating|sleeping|vomiting|crying|coughing|complaining|feeling|throwing|scratching|waking|struggling|refusing|wheezing|limping|sick|ill|poorly|unwell|off)\\b))`,
  "u"
);
/** a role written first in a sentence ("Anaesthetist wants his echo") is no one's name */
const AI_ROLE = /(?:(?<![kq]v)ists?|icians?|nurses?|surgeons?|consultants?|registrars?|doctors?|interpreters?|translators?|paramedics?)$|^(?:team|staff|ward|clinic|hospital|pharmacy|reception|nursing|security|social|ems|medics?)$/;
const AI_PRONOUN_LATER = /\b(?:he|she|his|her|him|he['’]s|she['’]s|hes|shes|herself|himself)\b/i;
const AI_CAPS_VERB = /^(?:['’]S[ \t]|[ \t](?:FELL|HAS|HAD|IS|WAS|KEEPS|GOT|TOOK|WOKE|NEEDS|WANTS|SAYS|SAID|CAN'T|WON'T|ISN'T)\b)/;
const AI_LOWER_VERB = /^[ \t](?:wants|needs|has|had|is|was|says|said|took|keeps|kept|got|woke|fell|asked|asks|thinks|feels|felt)\b/;
/** words that stand first in a sentence and take a verb without being anyone's name */
const AI_NOT_SUBJECT = new Set([
  "it", "this", "that", "there", "here", "he", "she", "they", "we", "who", "what", "which", "everyone", "everybody", "someone", "somebody", "nobody", "noone",
  "each", "one", "none", "all", "both", "either", "neither", "another", "other", "anyone", "anybody", "mine", "yours", "today", "tonight", "yesterday", "tomorrow",
  "temp", "temperature", "fever", "bp", "sugar", "glucose", "score", "level", "pain", "weight", "dose", "baby", "nobody", "my", "the", "a", "an", "dog", "cat", "puppy", "kitten"
]);
const AI_ENDEARMENT = new Set(["love", "darling", "dear", "honey", "sweetie", "sweetheart", "babe", "baby", "princess", "buddy", "mate", "pal", "sir", "madam", "doc", "boss", "chief", "names", "mum", "mom", "dad", "nan", "gran", "grandma", "grandad"]);
const AI_DISEASE_EPONYM = /^(?:parkinson|alzheimer|crohn|hashimoto|graves|addison|cushing|tourette|hodgkin|kawasaki|raynaud|sjogren|sjögren|huntington|marfan|asperger|bell|down|wilson|paget|still|meniere|osgood|perthes|scheuermann|dupuytren|peyronie|barrett|conn|kaposi|reiter|behcet|wegener|gilbert|ewing|wilms)$/;

function phiAICues(toks: WordToken[], text: string, hits: PhiHit[]): PhiHit[] {
  if (text.length > 20_000) return hits;
  const { cur, drop, lap, put } = hitOverlay(hits);
  const each = (re: RegExp, fn: (m: RegExpExecArray, s: number, e: number) => void, g = 1): void => eachGroup(text, re, fn, g);
  // (types a cue for a person may take over: a word read as a town, a month read as a date)
  const SOFT: readonly PhiType[] = ["CITY", "DATE"];
  const notPerson = (l: string): boolean => AI_ROLE.test(l) || DEPARTMENTS.test(l) || NOT_NAMES.has(l) || DRUG_WORDS.has(l) || RELATIONS.has(l) || TITLES.has(l) || KINSHIP_ALONE.has(l) || AI_NOT_SUBJECT.has(l) || EPONYM_SURNAMES.has(l);
  const nameLike = (l: string): boolean => isGivenName(l) !== undefined || isListedName(l) || isSurname(l);

  // -- a word anyone is called by: after "calls me", "is called", "named", "real name" (a common word too: "Chance", "Justice", "Bubba") --
  each(AI_CALLED, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if (notPerson(l) || AI_ENDEARMENT.has(l) || TIME_WORDS.has(l) || DEPARTMENTS.test(l)) return;
    // ("the nurse called Security" is a phone call: a bare "called" after a person takes only a word that is no common word)
    if (/\b(?:[Cc]alled)[ \t]+\p{Lu}/u.test(m[0]) && !/\b(?:is|was|were|are)[ \t]+called/.test(m[0]) && (isCommonWord(l) || isEnglishWord(l))) return;
    if (thingNamedBefore(toks, toks.findIndex((t) => t.start >= s) - 1)) return;
    put("NAME", s, e, SOFT);
  });
  each(AI_BEFORE_REAL_NAME, (m, s, e) => {
    if (notPerson(m[1]!.toLowerCase())) return;
    put("NAME", s, e, SOFT);
  });
  each(AI_BRACKET_RELATION, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if (notPerson(l) || TIME_WORDS.has(l)) return;
    put("NAME", s, e, SOFT);
  });
  each(AI_APPOSITION, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if (notPerson(l) || TIME_WORDS.has(l)) return;
    if (isCommonWord(l) && AI_SENTENCE_BEFORE.test(text.slice(Math.max(0, s - 6), s))) return;
    put("NAME", s, e, SOFT);
  });

  // -- people in a list that shares something: "Jaz n Kez both got", "dylan + freya both have", "April, May and June are my three kids" --
  each(
    AI_LIST,
    (m) => {
      const strong = m[4] === undefined;
      const words: { v: string; s: number }[] = [];
      let at = m.index;
      for (const w of [m[1]!, ...m[2]!.split(",").map((x) => x.trim()).filter(Boolean), m[3]!]) {
        const s = text.indexOf(w, at);
        words.push({ v: w, s });
        at = s + w.length;
      }
      const caps = words.every((w) => /^\p{Lu}/u.test(w.v));
      const lower = words.every((w) => /^\p{Ll}/u.test(w.v));
      if (!caps && !lower) return;
      if (words.some((w) => notPerson(w.v.toLowerCase()) || TIME_WORDS.has(w.v.toLowerCase()) && !strong)) return;
      if (strong) {
        if (!caps) return;
      } else {
        if (words.some((w) => isCommonWord(w.v.toLowerCase()))) return;
        if (lower && !words.every((w) => nameLike(w.v.toLowerCase()))) return;
        if (!words.some((w) => nameLike(w.v.toLowerCase()))) return;
      }
      for (const w of words) put("NAME", w.s, w.s + w.v.length, SOFT);
    },
    0
  );

  // -- a rank before a surname is part of how the person is named --
  each(
    AI_RANK,
    (m) => {
      const l = m[1]!.toLowerCase();
      const s = m.index + m[0].length - m[1]!.length;
      const known = lap(s, s + m[1]!.length).some((h) => h.type === "NAME");
      if (!known && (isCommonWord(l) || !nameLike(l))) return;
      put("NAME", m.index, m.index + m[0].length, SOFT);
    },
    0
  );

  // -- a person asked, told, listened to, worried about, @-mentioned, or writing as a family --
  each(AI_ASK, (m, s, e) => {
    if (notPerson(m[1]!.toLowerCase())) return;
    put("NAME", s, e, SOFT);
  });
  each(AI_LISTENS, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    // (a department or service spoken to, "spoke to Cardiology", is no person)
    if (notPerson(l) || isCommonWord(l) || isEnglishWord(l) || DEPARTMENTS.test(l) || AI_ROLE.test(l) || isCity(l) || lap(s, e).some((h) => h.type !== "NAME")) return;
    put("NAME", s, e, []);
  });
  each(AI_IS_OK, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if (notPerson(l) || isCommonWord(l) || !inNameList(l) || BRAND_ENDING.test(l)) return;
    if (!AI_PRONOUN_LATER.test(text.slice(e, e + 60))) return;
    put("NAME", s, e, SOFT);
  });
  each(AI_AT_MENTION, (m, s, e) => {
    if (notPerson(m[1]!.toLowerCase())) return;
    put("NAME", s, e, SOFT);
  });
  each(AI_FAMILY, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if (notPerson(l) || isCommonWord(l) || !(nameLike(l) || l.includes("-"))) return;
    put("NAME", s, e, SOFT);
  });
  each(AI_CHINESE, (m, _s, e) => {
    // (the surname capitalised as written, the given name one syllable that is no English word)
    if (AI_HERBS.test(m[0])) return;
    if (!/^\p{Lu}\p{Ll}/u.test(m[0]) || !/^\p{Lu}/u.test(m[1]!) || isCommonWord(m[1]!.toLowerCase()) || m[1]!.length < 2) return;
    put("NAME", m.index, e, SOFT);
  });
  each(AI_INTRO_AFTER_KIN, (m, s, e) => {
    const first = m[1]!.slice(0, m[1]!.search(/[ \t]/)).toLowerCase();
    if (isGivenName(first) === undefined && !isListedName(first)) return;
    put("NAME", s, e, SOFT);
  });
  each(AI_LOWER_INTRO, (m, s, e) => {
    const l = m[1]!;
    if (AI_NOT_INTRO.has(l) || notPerson(l) || !(isGivenName(l) !== undefined || isListedName(l))) return;
    // ("it's june" is a month; "im june" is the writer)
    if ((TIME_WORDS.has(l) || isCommonWord(l)) && /^(?:this|its|it)/.test(m[0])) return;
    put("NAME", s, e, SOFT);
  });
  each(AI_LOWER_INITIALS, (_m, s, e) => put("NAME", s, e, SOFT));
  each(AI_AGE_THIS_YEAR, (_m, s, e) => put("AGE", s, e, []));
  each(AI_TITLED_OWNER, (m, s, e) => {
    if (notPerson(m[1]!.toLowerCase())) return;
    put("NAME", s, e, SOFT);
  });

  // -- a person named first in a sentence, known by what follows: "Aoife'll be late", "Cam's tongue", "Paris had her scan",
  // "Georgia moved in with us", "Dusty is our grandson", "Cash is 2 and has croup", "Christian took 3 Nurofen ... he's 12" --
  for (const t of toks) {
    if (!AI_SENTENCE_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start))) {
      // (inside a sentence, a listed name's photos, tablets or tongue: "upload Hodan's photos")
      const word = text.slice(t.start, t.end).replace(/['’].*$/, "");
      const l = word.toLowerCase();
      if (!/^\p{Lu}\p{Ll}+$/u.test(word) || l.length < 3 || notPerson(l) || isCommonWord(l) || isEnglishWord(l) || !nameLike(l) || AI_DISEASE_EPONYM.test(l)) continue;
      const m = AI_SUBJECT_AFTER.exec(text.slice(t.start + word.length, t.start + word.length + 60));
      if (m?.[2]) put("NAME", t.start, t.start + word.length, SOFT);
      continue;
    }
    const v = text.slice(t.start, t.end);
    const after = text.slice(t.end, t.end + 80);
    const l = t.lower.replace(/['’].*$/, "");
    if (l.length < 2 || notPerson(l) || TIME_WORDS.has(l) || AI_DISEASE_EPONYM.test(l) || AI_ROLE.test(l) || DEPARTMENTS.test(l)) continue;
    const word = v.replace(/['’].*$/, "");
    if (/^\p{Lu}\p{Ll}+$/u.test(word)) {
      const m = AI_SUBJECT_AFTER.exec(text.slice(t.start + word.length, t.start + word.length + 80));
      if (!m) continue;
      const later = text.slice(t.end, t.end + 120);
      const common = isCommonWord(l) || isEnglishWord(l);
      let ok = false;
      // (a brand or a term is no name: outside the strongest cues the word must be one some person bears)
      const borne = inNameList(l) || nameLike(l);
      if (m[1]) ok = (!common || isGivenName(l) !== undefined) && borne;
      else if (m[2]) ok = borne;
      else if (m[3] || m[4] || m[5]) ok = true;
      else if (m[6]) ok = borne;
      else if (m[7] || m[8]) ok = borne && AI_PRONOUN_LATER.test(later);
      if (!ok || DRUG_WORDS.has(l) || BRAND_ENDING.test(l) && common === false && !nameLike(l)) continue;
      put("NAME", t.start, t.start + word.length, SOFT);
    } else if (/^\p{Lu}{2,}$/u.test(word) && !/\p{Ll}{3}/u.test(text)) {
      // (a message in capitals: a given name as its subject)
      const given = isGivenName(l) === "strong" || isListedName(l) || (isGivenName(l) === "weak" && AI_PRONOUN_LATER.test(text.slice(t.end, t.end + 60)));
      if (given && !isCommonWord(l) && AI_CAPS_VERB.test(text.slice(t.start + word.length, t.start + word.length + 10))) put("NAME", t.start, t.start + word.length, SOFT);
    } else if (/^\p{Ll}+$/u.test(word) && t.start === text.search(/\S/)) {
      // (a message in lower case that opens with a given name and its verb: "sue wants to know")
      if (isGivenName(l) !== undefined && !isCommonWord(l) && AI_LOWER_VERB.test(after)) put("NAME", t.start, t.end, SOFT);
    }
  }

  // -- a name's other parts: a given name before a particle and surname, a second surname after "e"/"y", a short form in brackets --
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "NAME") continue;
    const before = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}{1,20})[ \t](?:van[ \t]der|van[ \t]den|van|von|de[ \t]la|de|da|dos|das|du|di|del|della|ter|ten)[ \t]$/u.exec(text.slice(Math.max(0, h.start - 40), h.start));
    if (before) {
      const l = before[1]!.toLowerCase();
      if (!notPerson(l) && !isCommonWord(l)) put("NAME", h.start - before[0].length, h.end, SOFT);
    }
    const second = /^[ \t](?:e|y|i)[ \t](\p{Lu}\p{Ll}{1,20})(?![\p{L}])/u.exec(text.slice(h.end, h.end + 30));
    if (second && /[ \t](?:de|da|do|dos|das|del)[ \t]/.test(text.slice(h.start, h.end))) put("NAME", h.start, h.end + second[0].length, SOFT);
    const short = /^[ \t]?\((\p{Lu}\p{Ll}{1,15})\)/u.exec(text.slice(h.end, h.end + 20));
    if (short) {
      const v = text.slice(h.start, h.end).toLowerCase();
      const l = short[1]!.toLowerCase();
      if ((v.startsWith(l) || v.split(/[ \t]/).some((w) => w.startsWith(l))) && !notPerson(l)) {
        const s = h.end + short[0].indexOf(short[1]!);
        put("NAME", s, s + short[1]!.length, SOFT);
      }
    }
  }

  // -- a name found once names the same person wherever else it stands ("Justice ... 'Justice seems'", "Ray. ray had a scan") --
  const found = new Set<string>();
  for (const h of cur) if (!drop.has(h) && h.type === "NAME") for (const w of text.slice(h.start, h.end).split(/[ \t]+/)) if (/^\p{Lu}\p{Ll}{1,20}$/u.test(w) && !TITLES.has(w.toLowerCase())) found.add(w);
  if (found.size > 0 && found.size < 12) {
    for (const t of toks) {
      const word = text.slice(t.start, t.end).replace(/['’].*$/, "");
      const s = t.start;
      const e = s + word.length;
      if (lap(s, e).length > 0) continue;
      // (a surname that also names a disease is the disease with its apostrophe: "Dr Graves ... Graves' disease")
      const wl = word.toLowerCase();
      if ((EPONYM_SURNAMES.has(wl) || AI_DISEASE_EPONYM.test(wl)) && /^['’]/.test(text.slice(e, e + 1))) continue;
      // (a name said again stands alone: "Lincoln Medical Center", "at Jordan" is a place that shares it)
      const next = /^[ \t](\p{Lu}\p{Ll}+)/u.exec(text.slice(e, e + 30));
      if (next && !found.has(next[1]!)) continue;
      if (/\b(?:at|in|to|from|near|of)[ \t]$/i.test(text.slice(Math.max(0, s - 6), s)) && (isCity(wl) || (placePopulation(wl) ?? 0) > 0)) continue;
      if (found.has(word)) {
        if (isCommonWord(t.lower.replace(/['’].*$/, "")) && AI_SENTENCE_BEFORE.test(text.slice(Math.max(0, s - 6), s)) && !FINITE_AFTER.test(text.slice(e, e + 16)) && !/^['’]s\b/.test(text.slice(e, e + 3))) continue;
        put("NAME", s, e, SOFT);
      } else if (/^\p{Ll}+$/u.test(word) && found.has(word.charAt(0).toUpperCase() + word.slice(1)) && AI_SENTENCE_BEFORE.test(text.slice(Math.max(0, s - 6), s)) && FINITE_AFTER.test(text.slice(e, e + 16))) {
        put("NAME", s, e, SOFT);
      }
    }
  }

  return resolveOverlaps(cur.filter((h) => !drop.has(h)));
}
// ---- end of phi-ai ----
// ---- phi-aj: identifiers written oddly (spaced, dotted, slashed, masked, spelled in words or in the radio alphabet, only the
// last four), a second identifier of the same shape listed after the first, e-mail addresses spelled out, and the look-alikes
// that are no identifiers (a bank's routing number, a pharmacy benefit's BIN/PCN, a device's model number) ----

/** digits spoken as words ("five five two", "seven-seven-oh-one"), and the teens and tens ("eleven forty two") */
const AJ_UNIT_WORDS: Record<string, number> = { zero: 1, oh: 1, one: 1, two: 1, three: 1, four: 1, five: 1, six: 1, seven: 1, eight: 1, nine: 1, ten: 2, eleven: 2, twelve: 2, thirteen: 2, fourteen: 2, fifteen: 2, sixteen: 2, seventeen: 2, eighteen: 2, nineteen: 2 };
const AJ_TENS_WORDS = new Set(["twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety"]);
const AJ_ONES = new Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]);
/** the radio alphabet a serial is read out in ("kilo, papa") */
const AJ_NATO = new Set(["alpha", "alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "juliett", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "whisky", "xray", "x-ray", "yankee", "zulu"]);

interface AjRun {
  end: number;
  /** digits, masked digits included */
  digits: number;
  masked: number;
  words: number;
  letters: number;
  /** the groups as written (a digit word counts as a group of one) */
  groups: number[];
}

/**
 * Reads one identifier written out as a run of digits from `start`: digit groups, digits spoken as words, masks ("xxx", "###"),
 * a letter O typed for a zero (with `letterO`), radio-alphabet letters (with `nato`), and between them a space, a dash, a dot,
 * a slash, a comma or the words "dash", "hyphen", "slash", "dot". Stops at `max` digits. Linear: each step consumes text.
 */
function ajReadRun(text: string, start: number, max: number, opts: { letterO?: boolean; nato?: boolean; masks?: boolean; noComma?: boolean } = {}): AjRun | null {
  const run: AjRun = { end: start, digits: 0, masked: 0, words: 0, letters: 0, groups: [] };
  const SEP = opts.noComma ? /[ \t]{0,3}(?:[-–./]|dash|hyphen|slash|dot)?[ \t]{0,3}/y : /[ \t]{0,3}(?:[-–./,]|dash|hyphen|slash|dot)?[ \t]{0,3}/y;
  const DIG = opts.letterO ? /\d+(?:[Oo]\d+)*/y : /\d+/y;
  const MASK = /[xX*#•]{1,5}(?=[ \t]{0,2}[-–./ ])/y;
  const WORD = /[A-Za-z]+(?:-ray)?/y;
  let p = start;
  for (let steps = 0; steps < 40 && run.digits < max; steps++) {
    let q = p;
    if (steps > 0) {
      SEP.lastIndex = p;
      const sep = SEP.exec(text);
      if (!sep || sep[0].length === 0) break;
      q = p + sep[0].length;
    }
    DIG.lastIndex = q;
    const d = DIG.exec(text);
    if (d && d.index === q) {
      if (/[\p{L}]/u.test(text[q + d[0].length] ?? "") && !/^[Oo]/.test(text.slice(q + d[0].length))) break;
      run.digits += d[0].length;
      run.groups.push(d[0].length);
      p = q + d[0].length;
      run.end = p;
      continue;
    }
    if (opts.masks) {
      MASK.lastIndex = q;
      const mk = MASK.exec(text);
      if (mk && mk.index === q) {
        run.digits += mk[0].length;
        run.masked += mk[0].length;
        run.groups.push(mk[0].length);
        p = q + mk[0].length;
        run.end = p;
        continue;
      }
    }
    WORD.lastIndex = q;
    const w = WORD.exec(text);
    if (!w || w.index !== q) break;
    const l = w[0].toLowerCase();
    if (AJ_UNIT_WORDS[l] !== undefined) {
      run.digits += AJ_UNIT_WORDS[l]!;
      run.words++;
      run.groups.push(AJ_UNIT_WORDS[l]!);
      p = q + w[0].length;
    } else if (AJ_TENS_WORDS.has(l)) {
      // "forty two", "forty-two": the tens and the unit make two digits
      const one = /[ \t-]([a-z]+)/iy;
      one.lastIndex = q + w[0].length;
      const o = one.exec(text);
      p = o && AJ_ONES.has(o[1]!.toLowerCase()) ? q + w[0].length + o[0].length : q + w[0].length;
      run.digits += 2;
      run.words++;
      run.groups.push(2);
    } else if (opts.nato && AJ_NATO.has(l)) {
      run.letters++;
      run.words++;
      run.groups.push(0);
      p = q + w[0].length;
    } else break;
    run.end = p;
  }
  return run.end > start ? run : null;
}

/** What stands between a cue and its value: "is", "#", ":", "number", "ends in", "last four", quotes, "I think". */
const AJ_LINK = /[ \t]{0,3}(?:#(?![#*])|:|=|\?|,|["'“‘]|-(?=[ \t])|last[ \t]+(?:four|4)(?:[ \t]+digits)?|(?:is|was|are|number|numbers|num|no\.?|nos\.?|id|ends|end|ending|ended|in|with|of|on|the|reads|says|said|states|stated|printed|as|just|only|think|i|it|it['’]s|its|probably|maybe|back|and|read|wrote|written)(?![\p{L}\d]))[ \t]{0,3}/iuy;
function ajSkipLink(text: string, p: number, maxSteps = 8): number {
  for (let i = 0; i < maxSteps; i++) {
    AJ_LINK.lastIndex = p;
    const m = AJ_LINK.exec(text);
    if (!m || m[0].length === 0) break;
    p += m[0].length;
  }
  while (p < text.length && (text[p] === " " || text[p] === "\t")) p++;
  return p;
}

/** a Social Security number's cue ("ssn", "social", "SS number", "ss no", "Social Security #"), not the social worker or history */
const AJ_SSN_CUE = /\b(?:s\.?s\.?n\.?|ss[ \t]?#|ss[ \t]?(?:no\.?|number|num)|(?:social(?:[ \t]+sec(?:urity)?\.?)?|soc\.?[ \t]?sec\.?)(?:[ \t]?(?:#|no\.?|number|num))?)(?![\p{L}])(?![ \t]+(?:work|worker|workers|history|hx|media|services|service|situation|support|life|anxiety|skills|drinker|drinking|smoker|isolation|security[ \t]+(?:office|administration|benefits|disability|income|check)))/giu;
/** an SSN given only by its end: "ends in", "ending", "last four", "last 4" */
const AJ_PARTIAL = /\b(?:ends?|ending|ended|last[ \t]+(?:four|4|4[ \t]?digits|four[ \t]+digits))\b/i;
/** "last four 6721" with no other cue: identity checks ask for the SSN's last four; a card, account or phone cue makes it theirs */
const AJ_LAST_FOUR = /\blast[ \t]+(?:four|4)(?:[ \t]+digits)?(?:[ \t]+(?:are|is|were|was|:))?[ \t]*[,:]?[ \t]*(\d{4})(?![\w])/gi;
const AJ_LAST_FOUR_OTHER = /\b(?:card|visa|mastercard|amex|debit|credit|account|acct|phone[ \t]?(?:number|#|no)|cell|mobile|policy|member|claim|routing|pin|medicare|medicaid|insurance|mrn|chart|record|licen[cs]e|plate|vin|serial|order|confirmation|tracking)\b/i;

/** nine digits in the SSN's 3-2-4 grouping with any one separator ("312/44/9087"), a stretch after an SSN cue */
const AJ_SSN_SHAPE = /(?<![\w/.-])(\d{3}([-./ ])\d{2}\2\d{4})(?![\w/.-])/g;
/** a medical record number's cue, dotted too ("M.R.N.") */
const AJ_MRN_CUE = /(?:\bM\.R\.N\.?|\bMRN\b|\bmed(?:ical)?[ \t]+rec(?:ord)?(?:[ \t]+(?:number|no\.?|#))?|\bchart[ \t]?(?:number|no\.?|#))/gi;
/** a device's serial or asset cue ("serials", "asset tag", "equipment number", "S/N") */
const AJ_DEVICE_CUE = /\b(?:serials?(?:[ \t]+(?:number|no\.?|#))?|s\/n|asset[ \t]+(?:tag|number|no\.?|#)|equipment[ \t]+(?:number|no\.?|#|id)|device[ \t]+(?:id|number|no\.?|#))(?![\p{L}])/giu;
/** the words on where a serial is written, up to a comma or colon ("is on the bottom, ") */
const AJ_WHERE_GAP = /[ \t]+(?:is|are|'s)?[ \t]*(?:on|under|inside|at|by)[ \t]+(?:the[ \t]+)?[a-z]{3,12}(?:[ \t]+[a-z]{2,12}){0,2}[ \t]*[,:][ \t]*/y;
/** a licence or certificate cue ("state lic", "cert #", "certificate") */
const AJ_LICENSE_CUE = /\b(?:lic(?:ense|ence)?\.?|cert(?:ificate|ification)?\.?)(?:[ \t]?(?:#|no\.?|number))?(?![\p{L}])/giu;
/** an identifier: letters and digits with dashes, four digits or more ("MD-77201", "2025-IL-0044891", "GL8-40019277") */
const AJ_ID_VALUE = /#?([A-Z0-9]{1,14}(?:-[A-Z0-9]{1,10}){0,3})(?![\w-])/y;
/** an ambulance run sheet or trip number (the billing record of the run) */
const AJ_RUN_SHEET = /\b(?:run[ \t]+(?:sheet|ticket)|trip[ \t]+(?:number|no\.?|#))[ \t]?(?:#|no\.?|number)?[ \t]*(?:is|:)?[ \t]*(\d{2,4}-?\d{4,10})(?![\w-])/gi;
/** a health plan's member number after "MEM" ("MEM: 9982 1177 3040") */
const AJ_MEM = /\bMEM(?:BER)?[ \t]?(?:ID|#|no\.?)?[ \t]?[:#][ \t]?([A-Z0-9]{2,6}(?:[ \t-][A-Z0-9]{2,6}){0,3})(?![\w])/g;
/** a phone written with a slash after the area code ("708/555-0127") */
const AJ_SLASH_PHONE = /(?<![\w/.])(\(?[2-9]\d{2}\)?\/\d{3}-\d{4})(?![\w/-])/g;
/** a local number after a phone or fax cue ("my number is 555-0142", "the fax number you have (555-0100)") */
const AJ_LOCAL_PHONE = /(?<![\w-])(\d{3}-\d{4})(?![\w-])/g;
const AJ_PHONE_CUE = /\b(?:phone|cell|mobile|call|tel|telephone|landline|reach|text|(?:my|his|her|their|your|our|contact|home|work|callback|main)[ \t]+(?:number|line|no\.?))\b[^\n.]{0,24}$/i;
const AJ_FAX_CUE = /\bfax\b[^\n.]{0,24}$/i;
/** the area code said apart */
const AJ_AREA_CODE = /\barea[ \t]+code[ \t]*(?:is[ \t]+)?\(?([2-9]\d{2})\)?(?![\w])/gi;
/** e-mail addresses spelled out: "katie dot morrow at yahoo dot com", "dan(at)shop(dot)com", "rtanaka88 at hotmail" */
const AJ_AT = String.raw`(?:[ \t]+at[ \t]+|[ \t]?[(\[{][ \t]?at[ \t]?[)\]}][ \t]?)`;
const AJ_DOT = String.raw`(?:[ \t]+dot[ \t]+|[ \t]?[(\[{][ \t]?dot[ \t]?[)\]}][ \t]?)`;
const AJ_SPELLED_EMAIL = new RegExp(String.raw`(?<![\w.@])([a-z0-9][a-z0-9._-]{0,30}(?:${AJ_DOT}[a-z0-9_-]{1,30}){0,3}${AJ_AT}[a-z0-9][a-z0-9-]{0,40}(?:${AJ_DOT}[a-z0-9-]{1,30}){0,2}${AJ_DOT}(?:com|org|net|edu|gov|us|uk|co|io|ca|info|biz|me))(?![\w])`, "gi");
const AJ_PROVIDER_EMAIL = /(?<![\w.@])([a-z][a-z0-9._-]{2,30}[ \t]+at[ \t]+(?:gmail|yahoo|hotmail|outlook|aol|icloud|protonmail|proton|live|msn|comcast|verizon|att)(?:[ \t]+dot[ \t]+(?:com|net))?)(?![\w])/gi;
/** a name spelled letter by letter ("name spelled K-O-W-A-L-S-K-I") */
const AJ_SPELLED_NAME = /\b(?:name|surname|spelled|spelt|spelling|spells)\b[^\n.]{0,20}?[ \t:"']((?:[A-Z][-.][ \t]?){2,20}[A-Z])(?![\w-])/g;
/** a birthday given as month/day only ("my birthday is 11/11") */
const AJ_BIRTHDAY_MD = /\b(?:birthday|bday|b-day|dob|d\.o\.b\.?|born(?:[ \t]+on)?)[ \t]*(?:is|was|:|=|on)?[ \t]*(\d{1,2})\/(\d{1,2})(?![\d/])/gi;
/** places: a street corner ("the corner of Elm and 5th"), a crossing with "&" ("on Division & Ashland"), a hotel on a road,
 * and a street number with a compass word and a unit but no street suffix ("2250 W Belmont, Unit 4") */
const AJ_CORNER = /\b(?:the[ \t]+)?corner[ \t]+of[ \t]+(\p{Lu}[\p{L}]{1,20}|\d{1,3}(?:st|nd|rd|th))(?:[ \t]+(?:St|Ave|Rd|Blvd|Dr)\.?)?[ \t]+(?:and|&)[ \t]+(\p{Lu}[\p{L}]{1,20}|\d{1,3}(?:st|nd|rd|th))(?:[ \t]+(?:St|Ave|Rd|Blvd|Dr)\.?)?(?:,[ \t]+the[ \t]+[a-z]{3,10}[ \t]+(?:house|building|trailer|apartment|duplex|home))?/gu;
const AJ_CROSSING = /\b(?:on|at)[ \t]+((\p{Lu}[\p{L}]{2,20})(?:[ \t]+(?:St|Ave|Rd|Blvd)\.?)?[ \t]?&[ \t]?(\p{Lu}[\p{L}]{2,20})(?:[ \t]+(?:St|Ave|Rd|Blvd)\.?)?)(?=[ \t]*(?:,|\.|in\b|near\b|$))/gmu;
const AJ_HOTEL_ON = /\b((?:the[ \t]+)?(?:\p{Lu}[\p{L}'’]{1,20}[ \t]+){1,3}(?:Inn|Hotel|Motel|Lodge|Suites)(?:[ \t]+(?:Express|& Suites))?[ \t]+on[ \t]+(?:(?:Route|Rt\.?|Highway|Hwy|Interstate|I-)[ \t]?\d{1,3}|\p{Lu}[\p{L}]{2,20}[ \t]+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Pkwy|Hwy)\.?))/gu;
const AJ_NO_SUFFIX_STREET = /(?<![\w-])(\d{2,6}[ \t]+(?:[NSEW]\.?|North|South|East|West)[ \t]+\p{Lu}[\p{L}]{2,20},?[ \t]+(?:Unit|Apt\.?|Apartment|Suite|Ste\.?|#)[ \t]?[\dA-Z]{1,5})(?![\w])/gu;
/** a ZIP after "zip" that a street rule took ("zip 40831 no street numbers") */
const AJ_ZIP_CUE = /\bzip(?:[ \t]?code)?[ \t]*(?:is|:|#)?[ \t]*$/i;
/** a second identifier listed after the first: "(old system) and 10048832", ", the other is 66291", "(L) and 2314X0094" */
const AJ_LIST_NEXT = /[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?(?:,[ \t]*)?(?:and|or|&|,|the[ \t]+other(?:[ \t]+one)?(?:[ \t]+is|['’]s)?|vs\.?)[ \t]+(?:the[ \t]+other[ \t]+(?:is[ \t]+)?)?([A-Z0-9][A-Z0-9-]{3,20})(?![\w-])/y;
/** not identifiers: a pharmacy benefit's BIN / PCN / Rx group, a device's model number */
const AJ_BIN_PCN = /\b(?:BIN|PCN)[ \t]*(?:#|no\.?)?[ \t]*:?[ \t]*$/;
const AJ_MODEL_BEFORE = /\bmodel[ \t]*(?:#|no\.?|number|num)?[ \t]*(?:is|:)?[ \t]*$/i;
/** a lab test or a greeting word at a sentence's start read as a name */
const AJ_NOT_NAME_WORDS = new Set(["troponin", "respectfully", "creatinine", "hemoglobin", "haemoglobin", "potassium", "sodium", "glucose", "ferritin", "platelets", "lactate", "bilirubin", "albumin", "magnesium", "calcium", "phosphate"]);
const AJ_PRACTICE_END = /[ \t](?:Family Medicine|Family Practice|Internal Medicine|Pediatrics|Medical Group|Medical Center|Health Center|Clinic|Urgent Care|Pharmacy)$/;

function ajDigitsOf(v: string): number {
  return (v.match(/\d/g) ?? []).length;
}
function ajShape(v: string): string {
  return v.replace(/\d/g, "9").replace(/[A-Z]/g, "A");
}

/** The oddly written identifiers of the phi-aj writer; returns the hits with this block's additions, retypes and drops. */
function phiAJCues(toks: WordToken[], text: string, hits: PhiHit[]): PhiHit[] {
  if (text.length > 20_000) return hits;
  const { cur, drop, add, lap, put } = hitOverlay(hits);
  const each = (re: RegExp, fn: (m: RegExpExecArray, s: number, e: number) => void, g = 1): void => eachGroup(text, re, fn, g);
  const NUMERIC: readonly PhiType[] = ["PHONE", "FAX", "ZIP", "DATE", "MRN", "ACCOUNT", "HEALTH_PLAN", "AGE", "SSN", "LICENSE", "DEVICE"];
  const before = (s: number, n: number): string => text.slice(Math.max(0, s - n), s);
  const unitAfter = (e: number): boolean => CLINICAL_UNIT_AFTER.test(text.slice(e, e + 8));
  const hasDigit = /\d|\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/i.test(text);

  if (hasDigit) {
    // -- a Social Security number after its cue, written any way: spaced, dotted, slashed, masked, with an O for a zero, in words,
    // or only its last four after "ends in" / "last four" --
    each(AJ_SSN_CUE, (m) => {
      const cueEnd = m.index + m[0].length;
      const s = ajSkipLink(text, cueEnd);
      const run = ajReadRun(text, s, 9, { letterO: true, masks: true });
      if (!run) return;
      const partial = AJ_PARTIAL.test(text.slice(Math.max(0, m.index - 30), s));
      const ok = run.digits === 9 ? run.digits - run.masked >= 4 || run.masked === 0 : partial && run.digits === 4 && run.masked === 0;
      if (!ok || unitAfter(run.end)) return;
      // (a masked copy of a full SSN written in the same message is the same number, shown as its writer masked it)
      if (run.masked > 0 && new RegExp(String.raw`\d{3}[-. ]?\d{2}[-. ]?${text.slice(run.end - 4, run.end)}(?!\d)`).test(text)) return;
      // (a clock time or a date is no SSN: "ssn on file since 2019")
      if (run.groups.length === 1 && run.words === 0 && run.digits === 4 && /^(?:19|20)\d\d$/.test(text.slice(s, run.end)) && !partial) return;
      put("SSN", s, run.end, NUMERIC);
    }, 0);
    each(AJ_SSN_SHAPE, (_m, s, e) => {
      if (!/\b(?:ssn|social|ss[ \t]?(?:#|no|number))\b/i.test(before(s, 80))) return;
      if (lap(s, e).some((h) => !NUMERIC.includes(h.type))) return;
      put("SSN", s, e, NUMERIC);
    });
    each(AJ_LAST_FOUR, (m, s, e) => {
      const near = text.slice(Math.max(0, m.index - 60), Math.min(text.length, e + 30));
      if (AJ_LAST_FOUR_OTHER.test(near) && !/\b(?:ssn|social)\b/i.test(near)) return;
      if (lap(s, e).some((h) => !["ZIP", "DATE", "AGE", "SSN"].includes(h.type))) return;
      put("SSN", s, e, ["ZIP", "DATE", "AGE"]);
    });

    // -- a record number after its cue (dotted "M.R.N.", or a few words away: "MRN is on her bracelet ... I think 0-0-7-1-4-9-2") --
    each(AJ_MRN_CUE, (m) => {
      const cueEnd = m.index + m[0].length;
      let s = ajSkipLink(text, cueEnd);
      let run = ajReadRun(text, s, 12, { noComma: true });
      if (!run) {
        // (a short stretch of words first: "is on her bracelet but it's smudged, I think")
        const gap = /[^\n.;?!\d]{1,60}?(?=\d)/y;
        gap.lastIndex = cueEnd;
        const g = gap.exec(text);
        if (!g) return;
        s = cueEnd + g[0].length;
        run = ajReadRun(text, s, 12, { noComma: true });
        if (!run || run.groups.length < 3) return;
      }
      if (run.digits < 5 || run.digits > 12 || run.groups.length < 2 || unitAfter(run.end)) return;
      // (a number another rule already took, as a record or anything else, stays as it was found)
      if (lap(s, run.end).some((h) => !["PHONE", "ZIP", "DATE"].includes(h.type) || h.start < s)) return;
      put("MRN", s, run.end, ["PHONE", "ZIP", "DATE"]);
    }, 0);

    // -- a number of single digits spaced out ("9 1 7 - 5 5 5 - 0 1 8 8", "His ZIP is 9 4 6 1 2") by its count and cue --
    each(/(?<![\w.,/-])\d(?:[ \t]{1,2}(?:[-–.][ \t]{1,2})?\d){4,10}(?![\w])/g, (m, s, e) => {
      // (only over a number read loosely: a phone, ZIP, date or age; a record or plan number found by its rule stays)
      const o = lap(s, e);
      if (o.some((h) => !["PHONE", "FAX", "ZIP", "DATE", "AGE", "SSN"].includes(h.type))) return;
      const n = ajDigitsOf(m[0]);
      const b = before(s, 60);
      if (/\b(?:ssn|social|ss)\b/i.test(b) && n === 9) put("SSN", s, e, NUMERIC);
      else if ((n === 10 && /^[2-9]/.test(m[0])) || (n === 11 && m[0][0] === "1")) put(/\bfax\b/i.test(b) ? "FAX" : "PHONE", s, e, NUMERIC);
      else if (n === 5 && /\b(?:zip|postal|postcode)\b/i.test(b.slice(-25))) put("ZIP", s, e, NUMERIC);
      else if (n >= 6 && /\b(?:mrn|m\.r\.n|chart|record)\b/i.test(b) && o.every((h) => h.type !== "PHONE" && h.type !== "FAX")) put("MRN", s, e, NUMERIC);
    }, 0);

    // -- a device's serial or asset tag after its cue, a few words away or read in words and the radio alphabet --
    each(AJ_DEVICE_CUE, (m) => {
      if (AJ_MODEL_BEFORE.test(before(m.index, 20))) return;
      const cueEnd = m.index + m[0].length;
      const s = ajSkipLink(text, cueEnd);
      const spoken = ajReadRun(text, s, 20, { nato: true });
      if (spoken && spoken.words >= 4 && spoken.letters >= 1) {
        put("DEVICE", s, spoken.end, NUMERIC);
        return;
      }
      let at = s;
      AJ_ID_VALUE.lastIndex = at;
      let v = AJ_ID_VALUE.exec(text);
      if (!v || v.index !== at) {
        // (a few words on where it is written first: "serial is on the bottom, RS9-11820034")
        AJ_WHERE_GAP.lastIndex = cueEnd;
        const g = AJ_WHERE_GAP.exec(text);
        if (!g) return;
        at = cueEnd + g[0].length;
        AJ_ID_VALUE.lastIndex = at;
        v = AJ_ID_VALUE.exec(text);
        if (!v || v.index !== at || !/[A-Z]/.test(v[1]!) || !/\d/.test(v[1]!)) return;
      }
      const val = v[1]!;
      const vs = at + v[0].length - val.length;
      if (ajDigitsOf(val) < 4 || unitAfter(vs + val.length) || /^\d{1,4}$/.test(val)) return;
      put("DEVICE", vs, vs + val.length, NUMERIC);
    }, 0);

    // -- a licence or certificate number after its cue ("state lic MD-77201", "cert #CNA-55120", "death certificate? #2025-IL-0044891") --
    each(AJ_LICENSE_CUE, (m) => {
      const cueEnd = m.index + m[0].length;
      const s = ajSkipLink(text, cueEnd, 4);
      AJ_ID_VALUE.lastIndex = s;
      const v = AJ_ID_VALUE.exec(text);
      if (!v || v.index !== s) return;
      const val = v[1]!;
      const vs = s + v[0].length - val.length;
      const d = ajDigitsOf(val);
      if (d < 4 || !(d >= 6 || /[A-Z]/.test(val)) || unitAfter(vs + val.length) || /^\d{1,2}[-/]\d{1,2}/.test(val)) return;
      // (an insurer's certificate number is the member's plan number: "plan contract 24719, certificate 0088314562")
      if (/\b(?:plan|insurance|insurer|policy|coverage|benefits?|contract|group|member)\b/i.test(before(m.index, 60))) return;
      put("LICENSE", vs, vs + val.length, ["PHONE", "ZIP", "DATE", "AGE"]);
    }, 0);

    // -- an ambulance run sheet number, a plan's member number after "MEM" --
    each(AJ_RUN_SHEET, (_m, s, e) => put("ACCOUNT", s, e, ["PHONE", "ZIP", "DATE", "AGE"]));
    each(AJ_MEM, (m, s, e) => {
      if (ajDigitsOf(m[1]!) >= 6) put("HEALTH_PLAN", s, e, NUMERIC);
    });

    // -- phones: the area code said apart, a slash after the area code, a local number after a phone or fax cue --
    each(AJ_AREA_CODE, (_m, s, e) => put("PHONE", s, e, ["ZIP", "AGE", "DATE"]));
    each(AJ_SLASH_PHONE, (_m, s, e) => put("PHONE", s, e, NUMERIC));
    each(AJ_LOCAL_PHONE, (_m, s, e) => {
      const b = before(s, 40).replace(/[ \t]*\($/, "");
      if (/\b(?:ssn|social|lot|ndc|routing|cpt|icd)\b/i.test(b)) return;
      // (an area code before it makes it part of a longer number, found whole by the phone rules)
      if (/[\d)][ \t.-]?$/.test(before(s, 2))) return;
      if (lap(s, e).some((h) => !["SSN", "ZIP", "DATE", "AGE", "PHONE", "FAX"].includes(h.type))) return;
      if (AJ_FAX_CUE.test(b)) put("FAX", s, e, NUMERIC);
      else if (AJ_PHONE_CUE.test(b)) put("PHONE", s, e, NUMERIC);
    });

    // -- a birthday given as month/day only --
    each(AJ_BIRTHDAY_MD, (m) => {
      const [mo, d] = [Number(m[1]), Number(m[2])];
      if (!ahValidMonthDay(mo, d)) return;
      const s = m.index + m[0].length - (m[1]!.length + 1 + m[2]!.length);
      put("DATE", s, m.index + m[0].length, ["AGE", "ZIP"]);
    }, 0);
  }

  // -- e-mail addresses spelled out --
  if (/\bat\b|\(at\)|\[at\]/i.test(text)) {
    each(AJ_SPELLED_EMAIL, (_m, s, e) => put("EMAIL", s, e, ["NAME", "CITY", "URL"]));
    each(AJ_PROVIDER_EMAIL, (m, s, e) => {
      const local = m[1]!.split(/[ \t]/)[0]!.toLowerCase();
      // (a person's handle has a digit, a dot or an underscore in it, or is said to be an email)
      if (!/[\d._]/.test(local) && !/\b(?:e-?mail|address)\b/i.test(before(s, 40))) return;
      put("EMAIL", s, e, ["NAME", "CITY", "URL"]);
    });
  }

  // -- a name spelled letter by letter --
  each(AJ_SPELLED_NAME, (_m, s, e) => {
    // (a name spelled after it is written is the same name again: only one spelled with no other trace is new)
    const letters = text.slice(s, e).replace(/[^A-Za-z]/g, "").toLowerCase();
    if (text.toLowerCase().includes(letters)) return;
    put("NAME", s, e, ["CITY"]);
  });

  // -- places --
  each(AJ_CORNER, (_m, s, e) => put("ADDRESS", s, e, ["NAME", "CITY"]), 0);
  each(AJ_CROSSING, (m, s, e) => {
    const [a, b] = [m[2]!.toLowerCase(), m[3]!.toLowerCase()];
    if (a === b || DRUG_WORDS.has(a) || DRUG_WORDS.has(b)) return;
    put("ADDRESS", s, e, ["NAME", "CITY"]);
  });
  each(AJ_HOTEL_ON, (_m, s, e) => put("ADDRESS", s, e, ["NAME", "CITY"]));
  each(AJ_NO_SUFFIX_STREET, (_m, s, e) => put("ADDRESS", s, e, ["NAME", "CITY", "ZIP"]));

  // -- retypes and drops over the hits --
  const rxBin = /\b(?:Rx[ \t]?)?BIN\b/.test(text);
  for (const h of cur.slice()) {
    if (drop.has(h)) continue;
    const v = text.slice(h.start, h.end);
    const b = before(h.start, 30);
    // a ZIP after "zip" that an address rule took with the words after it
    if (h.type === "ADDRESS" && /^\d{5}(?:-\d{4})?[ \t]/.test(v) && AJ_ZIP_CUE.test(b)) {
      drop.add(h);
      add({ type: "ZIP", start: h.start, end: h.start + /^\d{5}(?:-\d{4})?/.exec(v)![0].length });
    }
    // seven digits in a phone's shape are no SSN (an SSN has nine)
    else if (h.type === "SSN" && /^\d{3}-\d{4}$/.test(v) && !/\b(?:ssn|social)\b/i.test(before(h.start, 40)) && (AJ_PHONE_CUE.test(before(h.start, 40)) || AJ_FAX_CUE.test(before(h.start, 40)))) {
      drop.add(h);
      add({ type: AJ_FAX_CUE.test(before(h.start, 40)) ? "FAX" : "PHONE", start: h.start, end: h.end });
    }
    // nine digits in threes on a card are the member number, not a phone (a phone has ten)
    else if (h.type === "PHONE" && /^\d{3}[ .-]\d{3}[ .-]\d{3}$/.test(v) && /\b(?:card|member|insurance|policy|plan|subscriber)\b/i.test(before(h.start, 40)) && !/\b(?:phone|call|cell|mobile|tel|text|whatsapp|ring|contact|number to)\b/i.test(before(h.start, 60))) {
      drop.add(h);
      add({ type: "HEALTH_PLAN", start: h.start, end: h.end });
    }
    // a claim number is an account with the payer, not the member's plan number
    // (the VA's claim number is the veteran's own benefits number, kept as the plan's)
    else if (h.type === "HEALTH_PLAN" && /\bclaim[ \t]?(?:#|no\.?|number|num)?[ \t]*(?:is|:)?[ \t]*$/i.test(b) && !/\bVA[ \t]+claim\b/i.test(b)) {
      drop.add(h);
      add({ type: "ACCOUNT", start: h.start, end: h.end });
    }
    // a pharmacy benefit's BIN / PCN (the same for every member of a plan), a device's model number
    else if ((h.type === "ACCOUNT" || h.type === "HEALTH_PLAN" || h.type === "MRN") && rxBin && (/^(?:BIN|PCN)\b/.test(v) || AJ_BIN_PCN.test(b))) drop.add(h);
    else if (h.type === "DEVICE" && AJ_MODEL_BEFORE.test(b)) drop.add(h);
    // a car's model after its colour ("the silver Corolla") is no town
    else if (h.type === "CITY" && /\b(?:silver|black|white|red|blue|grey|gray|green|gold|beige|maroon|tan)[ \t]$/.test(b)) drop.add(h);
    else if (h.type === "NAME" && AJ_NOT_NAME_WORDS.has(v.toLowerCase())) drop.add(h);
    else if (h.type === "NAME" && AJ_PRACTICE_END.test(v) && !/\b(?:Dr|Mr|Mrs|Ms)\.?[ \t]$/.test(b)) drop.add(h);
  }

  // -- a second identifier of the same shape listed after the first --
  for (const h of cur.slice()) {
    if (drop.has(h) || !["MRN", "DEVICE", "ACCOUNT", "HEALTH_PLAN", "LICENSE"].includes(h.type)) continue;
    AJ_LIST_NEXT.lastIndex = h.end;
    const n = AJ_LIST_NEXT.exec(text);
    if (!n) continue;
    const v = text.slice(h.start, h.end);
    const w = n[1]!;
    const s = h.end + n[0].length - w.length;
    const [sv, sw] = [ajShape(v), ajShape(w)];
    const same = sv === sw || (/^9+$/.test(sv) && /^9+$/.test(sw) && Math.abs(sv.length - sw.length) <= 1);
    if (!same || ajDigitsOf(w) < 4 || unitAfter(s + w.length)) continue;
    if (lap(s, s + w.length).some((x) => x.type !== h.type)) continue;
    put(h.type, s, s + w.length, []);
  }

  void toks;
  return resolveOverlaps(cur.filter((h) => !drop.has(h)));
}
// ---- phi-al: the rarer identifiers as people write them (an SSN with a pause or a hedge before it, spoken with its cue
// after it, corrected or retyped with a slip; a Medicare number of the old kind with its letter; a plate read out
// letter by letter; ages over 89 in words after the person, as a guess in their nineties, or as a birthday's ordinal;
// URLs of other schemes; a street number with a hyphen) and the look-alikes that are no identifiers ----

/** a pause or hedge between a cue and its value: "hang on", "wait", "um", "something like", "I think it's" */
const AL_FILLER = /[ \t]*(?:\.{2,3}|…|hang[ \t]+on|hold[ \t]+on|one[ \t]+sec(?:ond)?|wait|let[ \t]+me[ \t]+(?:check|see|look)|um+|uh+|erm?|hmm+|something[ \t]+like|like|roughly|i[ \t]+(?:think|believe))(?![\p{L}])[ \t]*[,.…:-]*[ \t]*/iuy;
/** "last 4 r 5561", "last4 = 5561": the last four in text-speak */
const AL_LAST_FOUR_SPEAK = /\blast[ \t]?(?:four|4)(?:[ \t]+digits)?[ \t]+(?:r|=|are)[ \t]+(\d{4})(?![\w])/gi;
/** a number spoken digit by digit (its first word) */
/** the SSN's cue, once (not "social skills", "social worker") */
const AL_SSN_WORD = new RegExp(AJ_SSN_CUE.source, "iu");
const AL_SPOKEN_DIGIT = /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/gi;
/** a health plan's cue, a bracketed word or a hedge before the value: "Medicaid (dual): 770012784Q", "member ID was something like MBX44120987" */
const AL_PLAN_CUE_GAP = /\b(?:medicare|medicaid|medi-cal|member|subscriber|policy|insurance)(?:[ \t]+(?:id|#|number|no\.?|card))?(?:[ \t]*\([^()\n]{1,20}\)|[ \t]+(?:was|is)[ \t]+(?:something[ \t]+like|like|roughly|i[ \t]+think|probably|maybe))[ \t]*[:#]?[ \t]*([A-Z]{0,4}\d[A-Z0-9]{4,14}[A-Z]?)(?![\w-])/gi;
/** a prescriber's authority to prescribe or to handle controlled drugs is a licence of its own */
const AL_PRESCRIBER_CUE = /\b(?:prescriptive|prescribing|prescriber)[ \t]+authority|\bfurnishing[ \t]+(?:number|license|licence|no\.?|#)|\bcontrolled[ \t]+substances?[ \t]+(?:registration|license|licence|permit)|\bCDS[ \t]+(?:registration|license|licence|permit)/gi;
/** URLs of schemes other than the web's: a camera stream, a file share ("rtsp://192.168.86.29:554/stream1") */
const AL_OTHER_SCHEME_URL = /(?<![\w])(?:rtsp|rtsps|rtmp|ftp|ftps|sftp|wss?|smb|vnc|ssh|telnet|mms|webcal):\/\/[^\s<>"'()]{1,500}/gi;
/** a street number with a hyphen (Hawaii "44-120", Queens "104-12") before a street and its suffix */
const AL_HYPHEN_STREET = /(?<![\w-])(\d{1,3}-\d{1,4}[ \t]+(?:\p{Lu}[\p{L}'’]{1,20}[ \t]+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Hwy|Highway|Blvd|Boulevard|Dr|Drive|Ln|Lane|Pl|Place|Way|Ct|Court|Pkwy|Parkway|Cir|Circle|Loop|Ter|Terrace)\.?)(?![\p{L}])/gu;
/** a guess at an age inside a decade over 89: "in her 90s, like 93 or 94", "in his late nineties, maybe 98" */
const AL_DECADE_GUESS = /\bin[ \t]+(?:her|his|their|my|the)[ \t]+(?:late[ \t]+|early[ \t]+|mid[ \t-]{1,2})?(?:90s|90['’]s|nineties|100s)[,;]?[ \t]+(?:like|maybe|about|around|probably|prob|say|i[ \t]+think|roughly)[ \t]+(9\d|1[01]\d)(?:[ \t]*(?:or|to|-|–|\/)[ \t]*(9\d|1[01]\d))?(?![\d./:%])/gi;
/** a birthday's ordinal over 89: "her 95th birthday", "Mom's 100th is coming up" */
const AL_ORDINAL_AGE = /(?<![\w.])(9\dth|1[01]\d(?:st|nd|rd|th)|ninetieth|hundredth)(?=[ \t]+(?:birthday|bday|b-day|party|celebration)\b)/gi;
const AL_KIN_ORDINAL = new RegExp(`\\b${W_KIN}['’]s[ \\t]+(9\\dth|1[01]\\d(?:st|nd|rd|th)|ninetieth|hundredth)(?=[ \\t]+(?:is|was|will|coming|next|this|on)\\b|[ \\t]?[!.,;]|$)`, "gi");
/** a person, then the age in words: "Mom ninety two, CHF", "Theodora Pappas, ninety-nine, Cr 3.1" */
const AL_KIN_WORD_AGE = new RegExp(`\\b${W_KIN}s?,?[ \\t]+(${W_AGE_WORDS})(?=[ \\t]?[,;.—–)]|[ \\t]+(?:and|with|w\\/)\\b)`, "gi");
const AL_AFTER_NAME_WORD_AGE = new RegExp(`^,[ \\t]+(${W_AGE_WORDS})(?=[ \\t]?[,;.—–)])`, "i");
/** a serial a few words from its cue, its letters apart from its digits: "serial of the one they picked is PXR 442190" */
const AL_SERIAL_GAP = /\b(?:SN|S\/N|serial(?:[ \t]+(?:number|no\.?|#))?)\b[^\n.?!\d]{0,40}?[ \t](?:is|:|=|reads|says)[ \t]+([A-Z]{2,5}[ \t]\d{5,10}[A-Z]?)(?![\w])/g;
/** a number that corrects an identifier just given: "Wait no, last digit is 4. So 1124." */
const AL_CORRECTION = /\b(?:wait|no|sorry|actually|i[ \t]+mean|correction|should[ \t]+be|meant|so)\b/i;
/** the people a plan's paperwork names by role, not by name; a department read as a name */
const AL_ROLE_WORDS = new Set(["subscriber", "policyholder", "guarantor", "beneficiary", "cardholder", "dependent", "enrollee", "insured", "claimant"]);
const AL_DEPARTMENT_END = /[ \t](?:Dept|Department|Desk|Office|Team|Unit)\.?$/;
const AL_BIN_BEFORE = /\b(?:Rx[ \t]?)?(?:BIN|PCN)[ \t]*(?:#|no\.?|number)?[ \t]*(?:is|was|=|:)?[ \t]*$/;

function alDigits(v: string): string {
  return v.replace(/\D/g, "");
}
/** how far two digit strings of one length are apart: positions that differ (a swap of two neighbours counts once) */
function alDistance(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i]) i++;
    d++;
  }
  return d;
}

/** The rarer identifiers of the phi-al writer; returns the hits with this block's additions, retypes and drops. */
function phiALCues(toks: WordToken[], text: string, hits: PhiHit[]): PhiHit[] {
  if (text.length > 20_000) return hits;
  const { cur, drop, add, lap, put } = hitOverlay(hits);
  const each = (re: RegExp, fn: (m: RegExpExecArray, s: number, e: number) => void, g = 1): void => eachGroup(text, re, fn, g);
  const NUMERIC: readonly PhiType[] = ["PHONE", "FAX", "ZIP", "DATE", "MRN", "ACCOUNT", "HEALTH_PLAN", "AGE", "SSN", "LICENSE", "DEVICE"];
  const LOOSE: readonly PhiType[] = ["NAME", "CITY", "DATE", "ZIP", "PHONE", "AGE"];
  const before = (s: number, n: number): string => text.slice(Math.max(0, s - n), s);
  const unitAfter = (e: number): boolean => CLINICAL_UNIT_AFTER.test(text.slice(e, e + 8));
  const hasDigit = /\d/.test(text);
  const ssnCue = /\b(?:ssn|social)\b/i.test(text);

  if (ssnCue) {
    // -- an SSN after its cue and a pause or hedge ("his social is, hang on, four one nine, ...", "my social... 4 4 8, 6 0, ...") --
    each(AJ_SSN_CUE, (m) => {
      let s = ajSkipLink(text, m.index + m[0].length);
      AL_FILLER.lastIndex = s;
      const f = AL_FILLER.exec(text);
      if (!f || f[0].length === 0) return;
      s = ajSkipLink(text, s + f[0].length);
      const run = ajReadRun(text, s, 9, { letterO: true });
      if (!run || run.digits !== 9 || unitAfter(run.end)) return;
      put("SSN", s, run.end, NUMERIC);
    }, 0);
    // -- nine digits spoken as words with the SSN's cue after them ("nine eight seven dash ... That's my social.") --
    AL_SPOKEN_DIGIT.lastIndex = 0;
    for (let m = AL_SPOKEN_DIGIT.exec(text); m; m = AL_SPOKEN_DIGIT.exec(text)) {
      const run = ajReadRun(text, m.index, 9);
      if (!run) continue;
      AL_SPOKEN_DIGIT.lastIndex = Math.max(run.end, m.index + 1);
      if (run.digits !== 9 || run.words < 7 || lap(m.index, run.end).some((h) => !NUMERIC.includes(h.type))) continue;
      if (!AL_SSN_WORD.test(before(m.index, 60) + " " + text.slice(run.end, run.end + 40))) continue;
      put("SSN", m.index, run.end, NUMERIC);
    }
  }
  if (hasDigit) {
    // -- "last 4 r 5561": the SSN's last four in text-speak (unless a card, an account or a phone is what ends so) --
    each(AL_LAST_FOUR_SPEAK, (m, s, e) => {
      const near = text.slice(Math.max(0, m.index - 60), Math.min(text.length, e + 30));
      if ((AJ_LAST_FOUR_OTHER.test(near) || /\b(?:phone|tel|number)\b/i.test(near)) && !/\b(?:ssn|social)\b/i.test(near)) return;
      put("SSN", s, e, ["ZIP", "DATE", "AGE"]);
    });
    // -- a plan number after a bracketed word or a hedge --
    each(AL_PLAN_CUE_GAP, (m, s, e) => {
      if (ajDigitsOf(m[1]!) < 6 || unitAfter(e)) return;
      put("HEALTH_PLAN", s, e, NUMERIC);
    });
    // -- a prescriber's authority or controlled-substance registration number --
    each(AL_PRESCRIBER_CUE, (m) => {
      const s = ajSkipLink(text, m.index + m[0].length, 4);
      AJ_ID_VALUE.lastIndex = s;
      const v = AJ_ID_VALUE.exec(text);
      if (!v || v.index !== s) return;
      const val = v[1]!;
      const vs = s + v[0].length - val.length;
      if (ajDigitsOf(val) < 4 || unitAfter(vs + val.length)) return;
      put("LICENSE", text[vs - 1] === "#" ? vs - 1 : vs, vs + val.length, ["PHONE", "ZIP", "DATE", "AGE"]);
    }, 0);
    // -- a serial a few words from its cue, its letters apart from its digits --
    each(AL_SERIAL_GAP, (_m, s, e) => put("DEVICE", s, e, LOOSE));
    // -- a street number with a hyphen --
    each(AL_HYPHEN_STREET, (_m, s, e) => put("ADDRESS", s, e, ["NAME", "CITY", "ZIP", "DATE", "PHONE"]));
    // -- an age guessed inside the nineties, and a birthday's ordinal over 89 --
    each(AL_DECADE_GUESS, (m) => {
      for (const g of [1, 2]) {
        const v = m[g];
        if (v === undefined) continue;
        const s = m.index + m[0].lastIndexOf(v);
        put("AGE", s, s + v.length, ["NAME", "DATE", "ZIP"]);
      }
    }, 0);
  }
  if (/\d|ninet|hundred/i.test(text)) {
    each(AL_ORDINAL_AGE, (_m, s, e) => put("AGE", s, e, ["DATE", "NAME"]));
    each(AL_KIN_ORDINAL, (_m, s, e) => put("AGE", s, e, ["DATE", "NAME"]));
  }
  // -- an age in words right after the person: "Mom ninety two, CHF", "Theodora Pappas, ninety-nine, Cr 3.1" --
  if (/ninet|hundred/i.test(text)) {
    each(AL_KIN_WORD_AGE, (_m, s, e) => {
      if (W_UNIT_WORDS.test(text.slice(e, e + 10))) return;
      put("AGE", s, e, ["NAME", "DATE"]);
    });
    for (const h of cur.slice()) {
      if (drop.has(h) || h.type !== "NAME") continue;
      const a = AL_AFTER_NAME_WORD_AGE.exec(text.slice(h.end, h.end + 40));
      if (!a) continue;
      const s = h.end + a[0].length - a[1]!.length;
      put("AGE", s, s + a[1]!.length, ["NAME", "DATE"]);
    }
  }
  // -- URLs of other schemes (a camera's stream, a file share), over the IP inside them --
  if (/:\/\//.test(text)) {
    each(AL_OTHER_SCHEME_URL, (m) => {
      const v = m[0].replace(/[.,;:!?)\]]+$/, "");
      put("URL", m.index, m.index + v.length, ["IP", "NAME", "CITY", "ZIP", "PHONE", "DATE"]);
    }, 0);
  }

  // -- retypes and drops over the hits --
  for (const h of cur.slice()) {
    if (drop.has(h)) continue;
    const v = text.slice(h.start, h.end);
    // nine digits and a letter are the old Medicare claim number (the HICN: the SSN with a beneficiary code), a plan number
    if (h.type === "SSN" && /^\d{3}[- ]?\d{2}[- ]?\d{4}(?:[A-Z]\d?)?$/.test(v) && /\b(?:medicare|medicaid|hicn|hic|railroad)\b/i.test(text)) {
      const letter = /^[A-Z]\d?(?![\w])/.exec(text.slice(h.end, h.end + 3))?.[0] ?? "";
      if (/[A-Z]/.test(v) || letter) {
        drop.add(h);
        add({ type: "HEALTH_PLAN", start: h.start, end: h.end + letter.length });
      }
    }
    // a plate read character by character: the rest of its characters
    else if (h.type === "VEHICLE" && /^[A-Z0-9](?: [A-Z0-9])+$/.test(v)) {
      const more = /^(?: [A-Z0-9](?![\w]))+/.exec(text.slice(h.end, h.end + 20));
      if (more) {
        drop.add(h);
        add({ type: "VEHICLE", start: h.start, end: h.end + more[0].length });
      }
    }
    // a number of single spaced digits: the whole of it ("member id 9 2 4 1 0 8 8 3 7 0 0")
    else if (["HEALTH_PLAN", "ACCOUNT", "MRN", "SSN"].includes(h.type) && /^\d(?: \d)+$/.test(v)) {
      const more = /^(?: \d(?![\w]))+/.exec(text.slice(h.end, h.end + 40));
      if (more && !lap(h.end, h.end + more[0].length).some((x) => x !== h)) {
        drop.add(h);
        add({ type: h.type, start: h.start, end: h.end + more[0].length });
      }
    }
    // a town in brackets after a ZIP is the ZIP's town ("zip code 73301 (Austin)")
    else if (h.type === "NAME" && /\b\d{5}(?:-\d{4})?[ \t]?\($/.test(before(h.start, 12)) && text[h.end] === ")" && /^\p{Lu}/u.test(v)) {
      drop.add(h);
      add({ type: "CITY", start: h.start, end: h.end });
    }
    // the people a plan's paperwork names by role; a department read as a name ("Attn: Prior Auth Dept")
    else if (h.type === "NAME" && (AL_ROLE_WORDS.has(v.toLowerCase()) || AL_DEPARTMENT_END.test(v))) drop.add(h);
    // a pharmacy benefit's BIN / PCN, said with "is" ("the Rx BIN is 610014")
    else if ((h.type === "ACCOUNT" || h.type === "HEALTH_PLAN" || h.type === "MRN") && AL_BIN_BEFORE.test(before(h.start, 24))) drop.add(h);
  }

  // -- the same identifier again, retyped with a slip or corrected at its end ("401 77 2289 but the state has 401772298",
  // "... 1 1 2 3. Wait no, last digit is 4. So 1124.") --
  if (hasDigit) {
    const ids = cur.filter((h) => !drop.has(h) && ["SSN", "MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "DEVICE"].includes(h.type)).map((h) => ({ h, d: alDigits(text.slice(h.start, h.end)) })).filter((x) => x.d.length >= 7);
    if (ids.length > 0 && ids.length < 8) {
      each(/(?<![\w./-])(\d{2,}(?:[ .-]\d{2,}){0,4})(?![\w/-]|\.\d)/g, (_m, s, e) => {
        if (lap(s, e).length > 0 || unitAfter(e)) return;
        const c = alDigits(text.slice(s, e));
        for (const { h, d } of ids) {
          if (c.length === d.length && c.length >= 7 && c !== d && alDistance(c, d) <= 2) {
            put(h.type, s, e, []);
            return;
          }
          if (c.length >= 4 && c.length < d.length && s > h.end && s - h.end < 100 && alDistance(c, d.slice(-c.length)) <= 1 && AL_CORRECTION.test(text.slice(h.end, s))) {
            put(h.type, s, e, []);
            return;
          }
        }
      });
    }
  }

  void toks;
  return resolveOverlaps(cur.filter((h) => !drop.has(h)));
}
// ---- end of phi-al ----

// ---- phi-ak: person names in hard places (word names, kin words of other languages, names in other scripts, lists, appositions) ----
/** people a name may stand beside, beyond AI_PERSON: a household's other members and helpers */
const AK_PERSON = `${AI_PERSON}|ward|grandkid|grandchild|stepkid|godson|goddaughter|godchild|landlady|landlord|tenant|housemate|client|patient|mentee|bestie|bf|gf|coworker|co-worker|classmate|teammate|coach|pastor`;
/** what a family calls its parents or elders in other languages ("Nanay keeps saying", "Appa's BP"): a kin word, no one's name */
const AK_KIN_WORDS = new Set([
  "nanay", "tatay", "inay", "itay", "amma", "appa", "ammi", "abbu", "ammu", "umma", "eomma", "omma", "halmeoni", "halmoni", "harabeoji", "obaachan",
  "obaasan", "ojiichan", "ojiisan", "yiayia", "papou", "pappou", "bubbe", "bubbie", "zayde", "zaide", "abuelita", "abuelito", "nainai", "yeye",
  "laolao", "waipo", "waigong", "ammamma", "ammachi", "paati", "thatha", "ajji", "dadima", "nanima", "dadaji", "nanaji", "mamaw", "memaw", "meemaw",
  "pawpaw", "mutti", "vati", "babushka", "dedushka"
]);
/** a title of another language alone ("Hi Doctora,"): a form of address, no one's name */
const AK_TITLE_ALONE = new Set(["doctora", "doctor", "doc", "señora", "señor", "senora", "senor", "dottore", "dottoressa", "docteur", "doktor", "sensei", "enfermera", "enfermero", "hakim"]);
/** a season said as the time of year a condition is worse ("Summer is always bad for my eczema") */
const AK_SEASON_PREDICATE =
  /^[ \t](?:(?:is|was|gets|has[ \t]been|can[ \t]be)[ \t](?:always[ \t]|usually[ \t]|often[ \t]|so[ \t]|really[ \t]|just[ \t]|the[ \t])?(?:bad|worse|worst|hard|rough|tough|terrible|awful|miserable|hot|cold|humid|dry|brutal|killer|hell|peak|season|when|coming|here|over)|always|usually|makes|brings|triggers|weather|heat|allergies|months?)\b/;
/** "Will <word> still work ...?": the modal opening a question, then a drug or a thing */
const AK_WILL_QUESTION =
  /^[ \t](?:still|really|ever|also|even|definitely|probably|actually|help|work|make|cause|interact|affect|hurt|stop|show|be|go|need|have|get|raise|lower|react|interfere|clear|kill|treat|cure|prevent|reduce|increase|mess|harm|wear|keep)\b/;
/** a treatment that did or did not work is no person ("Permethrin didn't work") */
const AK_TREATMENT_VERDICT =
  /^[ \t](?:(?:didn['’]?t|did[ \t]not|doesn['’]?t|does[ \t]not|isn['’]?t|is[ \t]not|hasn['’]?t|has[ \t]not|never)[ \t](?:work|help|working|helping|do[ \t]anything|touch)|stopped[ \t]working|wore[ \t]off)\b/;
/** a practice named for its founder or street, then its specialty ("Jefferson Oncology") */
const AK_PRACTICE_END =
  /[ \t](?:Oncology|Cardiology|Dermatology|Neurology|Urology|Orthopa?edics|Pa?ediatrics|Gastroenterology|Endocrinology|Rheumatology|Nephrology|Pulmonology|Radiology|Ophthalmology|Otolaryngology|Obstetrics|Gyn(?:a)?ecology|Psychiatry|Ha?ematology|Podiatry|Allergy|Dentistry|Audiology|Chiropractic|Hematology-Oncology)$/;
/** holidays named after a person ("Martin Luther King Jr. Day", "Columbus Day", "St Patrick's Day") */
const AK_HOLIDAY_PERSON = /^(?:Martin[ \t]Luther[ \t]King(?:,?[ \t]Jr\.?)?|MLK(?:[ \t]Jr\.?)?|Columbus|Presidents|Patrick|Valentine|Lincoln|Washington|Cesar[ \t]Chavez|César[ \t]Chávez|Harvey[ \t]Milk|Casimir[ \t]Pulaski)$/;
/** a greeting for a holiday ("Happy Thanksgiving!") dates nothing of the writer's */
const AK_GREETING_BEFORE = /\b(?:[Hh]appy|[Mm]erry|[Bb]lessed|HAPPY|MERRY)[ \t]$/;
/** a month or season that is also a given name, as the subject of who she or he is to the writer ("May is my sister") */
const AK_WORD_NAME_SUBJECT = new RegExp(`^[ \\t](?:is|was)[ \\t](?:my|our)[ \\t](?:(?:${AI_MODIFIER})[ \\t])?(?:${AK_PERSON})\\b`);
const AK_MONTH_OR_SEASON_NAMES = new Set(["april", "may", "june", "august", "summer", "autumn", "winter", "january"]);
/** "dawn was the one who found him": the one who did something is a person */
const AK_THE_ONE_WHO = /(?<![\p{L}'’-])(\p{L}\p{Ll}{1,20})[ \t](?:was|is)[ \t]the[ \t](?:one|person)[ \t](?:who|that)[ \t]/gu;
/** Korean names, surname first, with a hyphenated two-syllable given name ("Park Ji-hoon", "Choi Seo-yeon") */
const AK_KOREAN =
  /(?<![\p{L}'’-])(?:Kim|Lee|Yi|Park|Pak|Choi|Choe|Jung|Jeong|Chung|Kang|Cho|Jo|Yoon|Yun|Jang|Chang|Lim|Im|Han|Oh|Seo|Suh|Shin|Sin|Kwon|Hwang|Ahn|Song|Yoo|Ryu|Hong|Jeon|Chun|Ko|Moon|Yang|Son|Bae|Baek|Paik|Heo|Huh|Nam|Noh|Roh|Kwak|Sung|Cha|Joo|Woo|Min|Chae|Won|Bang|Gong|Hyun|Byun|Yeo|Choo|Seok|Gil|Pyo|Myung|Tak|Maeng)[ \t](\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,6})(?![\p{L}-])/gu;
const AK_KOREAN_SYLLABLE = /^(?:[gkndtrlmbpsjchwy]{0,3})(?:[aeiouy]{1,3})(?:ng|n|m|l|k|p|t|b)?$/i;
/** a name written again in its own script right beside the romanized one ("Park Ji-hoon 박지훈", "Wang Fang (王芳)") */
const AK_SCRIPT_AFTER = /^[ \t]{0,2}[(（/]?[ \t]?((?:\p{Script=Hangul}{2,4}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,6}))(?![\p{L}])/u;
const AK_SCRIPT_BEFORE = /(?<![\p{L}])((?:\p{Script=Hangul}{2,4}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,6}))[ \t]{0,2}[(（/]?[ \t]?$/u;
/** the next of a list of names, with a word for size or age ("Amara, Kelechi, and little Obi") */
const AK_LIST_LITTLE = /^(?:,[ \t]?(?:and[ \t]|&[ \t])?|[ \t](?:and|&|n|\+)[ \t])[ \t]?(?:little|lil|baby|big|wee|tiny)[ \t](\p{Lu}\p{Ll}{1,20})(?![\p{L}])/u;
/** a helper named after who they work for or whose they are ("dr lee's nurse, Ivy?", "my PA, Trevor.") */
const AK_ROLE_APPOSITION =
  /(?:['’]s|\b(?:my|our|his|her|their|the))[ \t](?:\p{Ll}{2,12}[ \t])?(?:nurse|secretary|receptionist|assistant|PA|MA|scheduler|coordinator|navigator|case[ \t]manager|social[ \t]worker|aide|carer|caregiver|therapist|physio|midwife|doula|pharmacist|dietitian|nutritionist|counsell?or|tech|technician|interpreter|translator),[ \t](\p{Lu}\p{Ll}{1,20})(?=[ \t]*(?:[?.!;:)]|$))/gu;
/** a name, then in brackets whose kin or ward they are, with more after it ("Penny (our foster kid, age 9)") */
const AK_BRACKET_KIN = new RegExp(
  `(?<![\\p{L}'’-])(\\p{Lu}\\p{Ll}{1,20})[ \\t]?\\((?:my|our|his|her|their)[ \\t](?:\\p{Ll}{2,12}[ \\t]){0,2}(?:${AK_PERSON})s?(?=[ \\t]*[,;)]|[ \\t][-–—])`,
  "gu"
);
/** a portal username said with where it is used first ("my username on the portal is mgonzalez_1978") */
const AK_USERNAME_WHERE =
  /\b(?:user[ \t]?name|login|log-in|user[ \t]id)[ \t](?:on|for|at|in)[ \t](?:the|my|our|your)[ \t](?:patient[ \t]|online[ \t]|health[ \t])?(?:portal|app|site|website|mychart|account)[ \t](?:is|was|=|:)[ \t]+([A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+|[A-Za-z]+\d+[A-Za-z0-9]*)(?![A-Za-z0-9@_])/gi;
/** the writer and another person who share something ("me n destiny both got", "Kez and I both") */
const AK_ME_AND = /\b(?:[Mm]e|I)[ \t](?:and|n|&|\+)[ \t](\p{L}\p{Ll}{1,20})[ \t](?:both|together)\b|(?<![\p{L}'’-])(\p{L}\p{Ll}{1,20})[ \t](?:and|n|&|\+)[ \t](?:I|i|me)[ \t](?:both|together)\b/gu;
/** a family writing as its surname in the plural ("Hi, we're the Oyelowos.") */
const AK_FAMILY_PLURAL =
  /\b(?:[Ww]e['’]re|[Ww]e[ \t]are|[Ii]t['’]s|[Tt]his[ \t]is)[ \t]the[ \t](\p{Lu}\p{Ll}{2,20}(?:-\p{Lu}\p{Ll}{2,20})?s)(?=[ \t]*[.,!;:]|[ \t](?:here|again|writing|family)\b)/gu;
/** an age of ninety and over after whose kin or helper a person is ("Sunita-ji, my landlady, 91, who fell") */
const AK_AGE_AFTER_APPOSITION = new RegExp(
  `(?<![\\p{L}])(?:my|our|his|her|their)[ \\t](?:\\p{Ll}{2,12}[ \\t])?(?:${AK_PERSON}),[ \\t](9\\d|1[01]\\d)(?=[ \\t]*(?:[,.;)]|$|[ \\t](?:who|and|with|has|had|is|was)\\b))`,
  "gu"
);
/** a friend or neighbour named with a word for what they do first ("My baker friend Sienna says") */
const AK_WORD_FRIEND =
  /\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)[ \t](?:\p{Ll}{2,14}[ \t]){1,2}(?:friend|neighbou?r|colleague|coworker|co-worker|roommate|flatmate|buddy|pal|classmate|teammate)[ \t](\p{Lu}\p{Ll}{1,20})(?![\p{L}'’-])/gu;
/** whether a named person may do something ("is it ok for abdi to play") */
const AK_OK_FOR = /\b(?:ok|okay|alright|safe|fine|normal)[ \t]for[ \t](\p{L}\p{Ll}{1,20})[ \t]to[ \t]\p{Ll}/giu;

/** A lower-cased word that names no person in the phi-ak and phi-am cues: a role, department, drug, kin word, title, time word or eponym. */
const notPersonWord = (l: string): boolean =>
  AI_ROLE.test(l) || DEPARTMENTS.test(l) || NOT_NAMES.has(l) || DRUG_WORDS.has(l) || RELATIONS.has(l) || TITLES.has(l) || KINSHIP_ALONE.has(l) ||
  AI_NOT_SUBJECT.has(l) || EPONYM_SURNAMES.has(l) || TIME_WORDS.has(l) || AK_KIN_WORDS.has(l);

/** A word some person bears: a given name, a word name ("Ivy", "Destiny"), or a listed name that is no English word. */
const borneName = (l: string): boolean => WORD_NAMES.has(l) || isGivenName(l) !== undefined || isListedName(l) || (inNameList(l) && !isEnglishWord(l) && !isCommonWord(l));

/** The hard-placed names of the phi-ak writer; returns the hits with this block's additions and drops. */
function phiAKCues(toks: WordToken[], text: string, hits: PhiHit[]): PhiHit[] {
  if (text.length > 20_000) return hits;
  const { cur, drop, lap, put } = hitOverlay(hits);
  const each = (re: RegExp, fn: (m: RegExpExecArray, s: number, e: number) => void, g = 1): void => eachGroup(text, re, fn, g);
  const SOFT: readonly PhiType[] = ["CITY", "DATE"];
  const sentenceStart = (s: number): boolean => AI_SENTENCE_BEFORE.test(text.slice(Math.max(0, s - 6), s));
  const sentenceAfter = (e: number): string => text.slice(e, e + 160).split(/[.!?\n]/)[0]!;

  // -- a person by what they did or share: "dawn was the one who found him", "me n destiny both got", "ok for abdi to play" --
  if (/\bthe[ \t](?:one|person)[ \t](?:who|that)\b/.test(text)) each(AK_THE_ONE_WHO, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if (notPersonWord(l) || !borneName(l)) return;
    put("NAME", s, e, SOFT);
  });
  if (/\b(?:both|together)\b/.test(text)) each(AK_ME_AND, (m) => {
    const v = m[1] ?? m[2]!;
    const s = m.index + m[0].indexOf(v);
    const l = v.toLowerCase();
    if (notPersonWord(l) || !borneName(l)) return;
    put("NAME", s, s + v.length, SOFT);
  }, 0);
  each(AK_OK_FOR, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if (notPersonWord(l) || isCommonWord(l) || !(isGivenName(l) !== undefined || isListedName(l))) return;
    put("NAME", s, e, SOFT);
  });

  // -- a person beside their relation: "Penny (our foster kid, age 9)", "dr lee's nurse, Ivy?", "My baker friend Sienna says" --
  if (text.includes("(")) each(AK_BRACKET_KIN, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if (notPersonWord(l) || !borneName(l)) return;
    put("NAME", s, e, SOFT);
  });
  each(AK_ROLE_APPOSITION, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if (notPersonWord(l) || isCity(l) || !(borneName(l) || (!isEnglishWord(l) && !isCommonWord(l)))) return;
    put("NAME", s, e, SOFT);
  });
  each(AK_WORD_FRIEND, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if (notPersonWord(l) || !(borneName(l) || inNameList(l))) return;
    put("NAME", s, e, SOFT);
  });
  each(AK_FAMILY_PLURAL, (m, s, e) => {
    const sing = m[1]!.toLowerCase().replace(/s$/, "");
    if (notPersonWord(sing) || isCommonWord(sing) || !(isSurname(sing) || inNameList(sing) || !isEnglishWord(sing))) return;
    put("NAME", s, e, SOFT);
  });

  // -- a month or season that is also a given name, said to be the writer's kin: "May is my sister" --
  for (const t of toks) {
    const word = text.slice(t.start, t.end);
    if (!AK_MONTH_OR_SEASON_NAMES.has(t.lower) || !/^\p{Lu}\p{Ll}+$/u.test(word) || !sentenceStart(t.start)) continue;
    if (AK_WORD_NAME_SUBJECT.test(text.slice(t.end, t.end + 60))) put("NAME", t.start, t.end, SOFT);
  }

  // -- Korean names surname first, and a name written again in its own script --
  if (text.includes("-")) each(AK_KOREAN, (m, _s, e) => {
    if (!m[1]!.split("-").every((p) => AK_KOREAN_SYLLABLE.test(p))) return;
    put("NAME", m.index, e, SOFT);
  });
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "NAME") continue;
    const a = AK_SCRIPT_AFTER.exec(text.slice(h.end, h.end + 16));
    if (a) {
      const s = h.end + a[0].length - a[1]!.length;
      put("NAME", s, s + a[1]!.length, SOFT);
    }
    const b = AK_SCRIPT_BEFORE.exec(text.slice(Math.max(0, h.start - 16), h.start));
    if (b) {
      const s = h.start - b[0].length;
      put("NAME", s, s + b[1]!.length, SOFT);
    }
    // (the next of a list of names, "and little Obi")
    const n = AK_LIST_LITTLE.exec(text.slice(h.end, h.end + 40));
    if (n) {
      const l = n[1]!.toLowerCase();
      const s = h.end + n[0].length - n[1]!.length;
      if (!notPersonWord(l) && !BRAND_ENDING.test(l)) put("NAME", s, s + n[1]!.length, SOFT);
    }
  }

  // -- a portal username said with where it is used, and an age of ninety and over after an apposition --
  each(AK_USERNAME_WHERE, (_m, s, e) => {
    if (lap(s, e).length === 0) put("ACCOUNT", s, e, []);
  });
  if (/(?:9\d|1[01]\d)/.test(text)) each(AK_AGE_AFTER_APPOSITION, (_m, s, e) => {
    if (CLINICAL_UNIT_AFTER.test(text.slice(e, e + 8))) return;
    put("AGE", s, e, []);
  });

  // -- drops: words read as a person that are a season, a question's "Will", a treatment, a practice, a holiday, a kin word or a title --
  for (const h of cur.slice()) {
    if (drop.has(h)) continue;
    const v = text.slice(h.start, h.end);
    const l = v.toLowerCase();
    const after = text.slice(h.end, h.end + 60);
    const b = text.slice(Math.max(0, h.start - 12), h.start);
    if (h.type === "NAME") {
      if (/^(?:Summer|Winter|Spring|Autumn|Fall)$/.test(v) && sentenceStart(h.start) && AK_SEASON_PREDICATE.test(after) && !AI_PRONOUN_LATER.test(sentenceAfter(h.end))) drop.add(h);
      else if (/^Will[ \t]\p{Lu}\p{Ll}+$/u.test(v) && sentenceStart(h.start) && AK_WILL_QUESTION.test(after) && /\?/.test(text.slice(h.end, h.end + 160).split(/[.!\n]/)[0]!)) {
        const second = l.slice(5);
        if (isGivenName(second) === undefined && !isSurname(second) && !isListedName(second) && !inNameList(second)) drop.add(h);
      } else if (/^\p{Lu}\p{Ll}{3,}$/u.test(v) && sentenceStart(h.start) && AK_TREATMENT_VERDICT.test(after) && isGivenName(l) === undefined && !isSurname(l) && !isListedName(l) && !inNameList(l) && !WORD_NAMES.has(l)) drop.add(h);
      else if (AK_PRACTICE_END.test(v) && !/\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]$/.test(b)) drop.add(h);
      else if ((AK_HOLIDAY_PERSON.test(v) && /^\.?(?:['’]s)?[ \t]Day\b/.test(after)) || (/[ \t]Day$/.test(v) && AK_HOLIDAY_PERSON.test(v.replace(/\.?(?:['’]s)?[ \t]Day$/, "")))) drop.add(h);
      else if ((AK_KIN_WORDS.has(l) || AK_TITLE_ALONE.has(l)) && !/^[ \t]\p{Lu}/u.test(after)) drop.add(h);
    } else if (h.type === "CITY" && /^(?:Dr|Mr|Mrs|Ms|Prof)\.?$/.test(v) && /^[ \t]?\p{Lu}/u.test(after)) drop.add(h);
    else if (h.type === "DATE" && !/\d/.test(v) && AK_GREETING_BEFORE.test(b) && /^[ \t]*(?:[!.,]|$)/.test(after)) drop.add(h);
  }

  return resolveOverlaps(cur.filter((h) => !drop.has(h)));
}
// ---- end of phi-ak ----

// ---- phi-am: identifiers as people type them in chat (nicknames, sign-ins, handover lines, loose numbers) ----
/** a nickname in brackets right after a person's name ("Ignatius (iggy) fell"); not a role ("(pharm)") nor a language or people ("(Somali)") */
const AM_NICKNAME_AFTER = /^[ \t]?\([ \t]?(\p{L}[\p{Ll}\p{M}'’-]{1,20})[ \t]?\)/u;
/** short forms that stand in brackets after a name and are no nickname ("(ret)", "(dec)") */
const AM_BRACKET_NOT_NICK =
  /^(?:ret|retd|dec|decd|deceased|pt|rn|np|md|do|pa|dob|mrn|nok|poa|dnr|jr|sr|aka|nee|née|sic|ok|him|her|them|dad|mom|mum|son|wife|husband|pharm|pharmd|physio|anaes|anesth|ortho|cardio|neuro|gastro|derm|onc|psych|peds|paeds|rads|icu|ed|er|gp|ot|slt|salt|sw|hca|cna|lpn|interp|locum|agency|bank|nights|days|intern|fellow|reg|sho|resus|admin|reception|triage|charge|ward|theatres?)$/;
/** the writer naming themselves back in a conversation ("it's me again, Oluwaseun.") */
const AM_ITS_ME = /\b(?:[Ii]t['’]?s|[Ii]ts|[Tt]his[ \t]is|[Hh]ere['’]?s)[ \t]me(?:[ \t]again)?[ \t]?,?[ \t]+(\p{L}[\p{Ll}\p{M}'’-]{1,20})(?=[ \t]*(?:[.,!;:—–-]|$))/gu;
/** a caller naming themselves and their desk first ("Gus from billing here —") */
const AM_FROM_DESK_HERE = /(?:^|[.!?\n][ \t]{0,3})(\p{Lu}\p{Ll}{1,20})[ \t]from[ \t](?:the[ \t])?(?:\p{L}[\p{L}&'’-]*[ \t]){0,2}\p{L}[\p{L}&'’-]*[ \t]here\b/gu;
/** a numbered handover line: bed or list number, a dash, the surname, then age and sex ("3 - Okafor, 71M") */
const AM_HANDOVER_LINE = /(?:^|[\s:;.])\d{1,2}[ \t]?[-–—:.)][ \t]?(\p{Lu}[\p{Ll}\p{M}'’]{1,20}(?:-\p{Lu}[\p{Ll}\p{M}'’]{1,20})?),[ \t]?\d{1,3}[ \t]?(?:[MFmf]|yo|y\/o)(?![\p{L}\d])/gu;
/** a clinician named after their role, lower case and hedged ("the physio, ciarán i think, said") */
const AM_ROLE_HEDGED =
  /\b(?:the|my|our|his|her|their)[ \t](?:nurse|doctor|doc|midwife|physio|pharmacist|receptionist|consultant|surgeon|registrar|therapist|carer|tech|technician|paramedic|dietitian|dietician|gp|anaesthetist|anesthetist|radiographer|sonographer|porter|hca|aide)[ \t]?,[ \t](\p{L}[\p{Ll}\p{M}'’-]{1,20})(?=[ \t](?:i[ \t]think|i[ \t]believe|i[ \t]guess|maybe|perhaps|or[ \t]something)\b)/giu;
/** a partner named with the writer, then the writer's relation to them in brackets ("hope and i (her husband)") */
const AM_AND_I_RELATION = new RegExp(
  `(?<![\\p{L}'’-])(\\p{L}\\p{Ll}{1,20})[ \\t](?:and|&|n)[ \\t](?:i|I|me)[ \\t]?\\((?:her|his|their)[ \\t](?:\\p{Ll}{2,12}[ \\t])?(?:${AK_PERSON})\\)`,
  "gu"
);
/** initials written together before a surname ("A.B. Rao"), and a middle initial after "Surname, Given" */
const AM_INITIALS_BEFORE = /(?:^|[^\p{L}.])((?:\p{Lu}\.){1,3}[ \t]?)$/u;
/** a postscript or note mark is no one's initials ("P.S. Linh says hi") */
const AM_NOT_INITIALS = /^(?:P\.S\.|P\.P\.S\.|N\.B\.|A\.M\.|P\.M\.|E\.G\.|I\.E\.|U\.S\.|U\.K\.|R\.I\.P\.|F\.Y\.I\.|A\.K\.A\.)$/i;
const AM_INITIAL_AFTER = /^[ \t]\p{Lu}\.(?=[ \t]*(?:[,;:—–-]|$|\n))/u;
/** Irish surnames with the article and a mutated initial ("Mac an tSionnaigh", "Nic an Bhaird") */
const AM_IRISH_ARTICLE = /^[ \t](?:an|na)[ \t](?:t|h|n|bh|mb|gc|nd|ng|bp|dt)?\p{Lu}[\p{Ll}\p{M}'’]{1,20}/u;
/** a title-like first word of a full name right after a form's label ("register: Nana Yaw Mensah") */
const AM_FORM_LABEL_WORD = /(?:register|registration|name|patient|pt|client|new[ \t]patient)[ \t]?:[ \t]{1,2}(\p{Lu}\p{Ll}{1,10})[ \t]$/iu;
/** "Little Havana", "Greater Manchester": a town's neighbourhood or region word before it */
const AM_PLACE_PREFIX = /(?:^|[^\p{L}])(Little|Greater)[ \t]$/u;
/** a year with an apostrophe after a month and day ("Jul 9 '47") */
const AM_APOSTROPHE_YEAR = /^,?[ \t]{1,2}['’]\d\d(?![\w'’])/;
/** two month/day dates joined as a range ("from 11/3 to 11/7", "10/28-10/30") */
const AM_MD_RANGE = /(?<![\d/.,])(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])[ \t]?(?:to|-|–|through|thru|until|till)[ \t]?(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])(?![\d/]|[.,]\d)/g;
const AM_FRACTION_AFTER = /^[ \t]*(?:of[ \t])?(?:a[ \t])?(?:tabs?|tablets?|pills?|caps?|cups?|tsp|tbsp|teaspoons?|tablespoons?|inch|inches|in\b|cm|mm|mile|miles|km|doses?|strength|ratio|dilution|scoop|scoops|ml|mls|mg|units?|glass|portion|servings?|of)\b/i;
/** an SSN with a space on each side of its dashes ("318 - 42 - 7706") */
const AM_SSN_SPACED_DASH = /(?<![\d-])(\d{3}[ \t]{1,2}[-–][ \t]{1,2}\d{2}[ \t]{1,2}[-–][ \t]{1,2}\d{4})(?![\d-])/g;
/** (only where the message speaks of a social security number: "120 - 80 - 1000" alone is a list of scores) */
const AM_SSN_CUE = /\b(?:ss|ssn|ss#|social|security|soc[ \t]?sec)\b/i;
/** a rewards, loyalty or payment-plan number after its label ("loyalty card 5512-0087-4410", "payment plan #PLN-20817") */
const AM_PROGRAM_NUMBER =
  /\b(?:rewards?|loyalty|points|payment[ \t]plan|instal(?:l)?ment[ \t]plan|repayment[ \t]plan|store[ \t]card|club[ \t]card|membership[ \t]card)(?:[ \t](?:card|account|acct|member(?:ship)?|program(?:me)?|plan))?(?:[ \t]?(?:number|no\.?|num|#|id|is|was|:)){0,3}[ \t]*((?:[A-Z]{1,5}-?)?\d{2,}(?:[ -]\d{2,}){0,4})(?![\w-])/gi;
/** a login or account name after an account label is the account ("acct id: ffaraji_3") */
const AM_ACCT_LABEL_BEFORE = /\b(?:acct|account|acc)\.?[ \t]?(?:id|name|number|no\.?|#)?[ \t]*(?:is|was|:)?[ \t]*$/i;
/** a plate said to be a car's, or plates that "are" ("the van in bay 4 is KV68 TRL", "my plates are HJT 5520") */
const AM_CAR_PLATE =
  /\b(?:[Cc]ar|[Vv]ehicle|[Tt]ruck|[Vv]an|SUV|[Pp]ickup|[Mm]otorbike|[Mm]otorcycle|[Jj]eep|[Pp]lates)\b[^\n.?!]{0,40}?\b(?:is|was|are|were|reads|reg)[ \t:]+((?=[A-Z0-9 -]{0,10}\d)(?=[A-Z0-9 -]{0,10}[A-Z])[A-Z0-9]{2,8}(?:[- ][A-Z0-9]{1,5})?)(?![\w-])/g;
/** a five-digit ZIP said as where the writer is ("we're out in 60614", "living near 33130 now") */
const AM_ZIP_WHERE =
  /\b(?:live|lives|living|based|located|staying|out|over|moved|we['’]re|were|i['’]m|im|we[ \t]are|i[ \t]am|currently)[ \t](?:in|near|around|by)[ \t](?:the[ \t])?(\d{5})(?=[ \t]*(?:[,.;!?)—–-]|$|\n|[ \t](?:area|zip|and|but|so|now|too|is|are|do|does|can|any|anything|where|which)\b))/gi;
/** a file or record number with where it was kept between ("my file number there was 40213-B") */
const AM_FILE_THERE =
  /\b(?:file|record|chart|case[ \t]?note|hospital)[ \t](?:number|no\.?|#)[ \t](?:there|then|at[ \t]the[ \t]\p{L}{2,20}|with[ \t]them|from[ \t]them)[ \t](?:is|was|:)[ \t]{1,2}((?:[A-Z]{1,4}-?)?\d[\dA-Z]{2,12}(?:[-/][A-Z0-9]{1,8})?)(?![\w-])/giu;
/** an age of ninety and over "at" for something an old person does ("can my nan get the flu jab at 92?") */
const AM_ELDER = /\b(?:(?:great[ \t-])?grand(?:mother|father|ma|pa|mom|mum|dad|ad|mama|papa)|nan|nana|nanna|gran|granny|mother|father|mum|mom|dad|aunt|auntie|aunty|uncle|husband|wife|neighbou?r|patient|pt|resident|he|she)\b/i;
const AM_AT_AGE = /\bat[ \t](9\d|1[01]\d)(?=[ \t]*(?:[?.!,;]|$))/g;
const AM_MEASURE_BEFORE =
  /(?:sat|sats|saturation|spo2|o2|oxygen|pulse|hr|heart[ \t]rate|rate|bpm|temp|temperature|bp|pressure|sugar|sugars|glucose|bg|bm|level|levels|reading|readings|score|percent|weight|weigh|weighs|speed|mph|kph|set|running|stuck|stable|steady|hovering|sitting|dropped|drops|dropping|down|up|peaked|capped|maxed|limit|fev1|ef|egfr|gfr|iq|volume|dose|page|number|item|room|bed|exit|mile|km)\b[^\n]{0,20}$/i;
/** an age of ninety and over as a bare item of a person's description ("my grandad, in St Luke's, 97, has ...", "(DOB ..., 94)") */
const AM_BARE_AGE_ITEM = /(?<=[,(][ \t]?)(9\d|1[01]\d)(?=[ \t]?[,)])/g;
const AM_PERSON_BEFORE = /\b(?:(?:great[ \t-])?grand(?:mother|father|ma|pa|mom|mum|dad|ad)|nan|nana|nanna|gran|granny|mrs|mr|ms|miss|pt|patient|resident|dob|d\.o\.b\.?|born)\b/i;
/** words read as a person that are a kin word with "great-", a lower-case "ive", or "MS" (the disease) before a word */
const AM_GREAT_KIN = /^great[ \t-]?grand(?:ma|pa|mother|father|mum|mom|dad|ad|daddy|mummy|mommy)$/i;

/** The chat-typed identifiers of the phi-am writer; returns the hits with this block's additions and drops. */
function phiAMCues(_toks: WordToken[], text: string, hits: PhiHit[]): PhiHit[] {
  if (text.length > 20_000) return hits;
  const { cur, drop, lap, put } = hitOverlay(hits);
  const each = (re: RegExp, fn: (m: RegExpExecArray, s: number, e: number) => void, g = 1): void => eachGroup(text, re, fn, g);
  const SOFT: readonly PhiType[] = ["CITY", "DATE"];
  const unknownWord = (l: string): boolean => !isEnglishWord(l) && !isCommonWord(l) && /[aeiouyáéíóúàèìòùäëïöü]/.test(l);

  // -- names: a bracketed nickname, "it's me, X", "X from billing here", a handover line, a hedged role, "X and I (her husband)" --
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "NAME") continue;
    const n = AM_NICKNAME_AFTER.exec(text.slice(h.end, h.end + 28));
    if (n) {
      const l = n[1]!.toLowerCase();
      const s = h.end + n[0].indexOf(n[1]!);
      const tag = lexicon.tagOf(l);
      if (!AM_BRACKET_NOT_NICK.test(l) && !notPersonWord(l) && !isCity(l) && !(tag !== undefined && PLACE_TAG.test(tag)) && lap(s, s + n[1]!.length).length === 0 && (borneName(l) || (/^\p{Ll}/u.test(n[1]!) && unknownWord(l)))) put("NAME", s, s + n[1]!.length, SOFT);
    }
  }
  each(AM_ITS_ME, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if (notPersonWord(l) || !(borneName(l) || (/^\p{Lu}/u.test(m[1]!) && unknownWord(l)))) return;
    put("NAME", s, e, SOFT);
  });
  each(AM_FROM_DESK_HERE, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if (notPersonWord(l) || !borneName(l)) return;
    put("NAME", s, e, SOFT);
  });
  each(AM_HANDOVER_LINE, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if (notPersonWord(l) || isCity(l) || !(borneName(l) || isSurname(l) || unknownWord(l) || l.includes("-"))) return;
    put("NAME", s, e, SOFT);
  });
  each(AM_ROLE_HEDGED, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if (notPersonWord(l) || !(borneName(l) || unknownWord(l))) return;
    put("NAME", s, e, SOFT);
  });
  if (text.includes("(")) each(AM_AND_I_RELATION, (m, s, e) => {
    const l = m[1]!.toLowerCase();
    if (notPersonWord(l) || !borneName(l)) return;
    put("NAME", s, e, SOFT);
  });

  // -- a name's missing pieces: initials before it, a middle initial after "Surname, Given", an Irish "an t-", a form's first word --
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "NAME") continue;
    const v = text.slice(h.start, h.end);
    let start = h.start;
    let end = h.end;
    const ini = AM_INITIALS_BEFORE.exec(text.slice(Math.max(0, h.start - 10), h.start));
    if (ini && /^\p{Lu}/u.test(v) && !AM_NOT_INITIALS.test(ini[1]!.trim())) start = h.start - ini[1]!.length;
    if (/^\p{Lu}[\p{Ll}\p{M}'’-]+,[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(v)) {
      const a = AM_INITIAL_AFTER.exec(text.slice(h.end, h.end + 8));
      if (a) end = h.end + a[0].length;
    }
    if (/(?:^|[ \t])(?:Mac|Nic|Mhic)$/.test(v)) {
      const a = AM_IRISH_ARTICLE.exec(text.slice(h.end, h.end + 30));
      if (a) end = h.end + a[0].length;
    }
    if (/^\p{Lu}\p{Ll}+[ \t]\p{Lu}\p{Ll}+$/u.test(v)) {
      const f = AM_FORM_LABEL_WORD.exec(text.slice(Math.max(0, h.start - 40), h.start));
      if (f && KINSHIP_ALONE.has(f[1]!.toLowerCase())) start = h.start - (f[0].length - f[0].lastIndexOf(f[1]!));
    }
    if (start !== h.start || end !== h.end) put("NAME", start, end, ["NAME", "CITY", "DATE"]);
  }
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "CITY") continue;
    const p = AM_PLACE_PREFIX.exec(text.slice(Math.max(0, h.start - 10), h.start));
    if (p) put("CITY", h.start - p[1]!.length - 1, h.end, ["NAME"]);
  }

  // -- dates: a month and day with an apostrophe year, a range of two month/day dates --
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "DATE" || !/\p{L}/u.test(text.slice(h.start, h.end)) || !/\d$/.test(text.slice(h.start, h.end))) continue;
    const a = AM_APOSTROPHE_YEAR.exec(text.slice(h.end, h.end + 8));
    if (a) put("DATE", h.start, h.end + a[0].length, []);
  }
  if (text.includes("/")) each(AM_MD_RANGE, (m, s, e) => {
    const frac = (a: string, b: string): boolean => Number(a) < Number(b) && [2, 3, 4, 5, 6, 8, 10].includes(Number(b));
    if (frac(m[1]!, m[2]!) && frac(m[3]!, m[4]!)) return;
    if (AM_FRACTION_AFTER.test(text.slice(e, e + 20))) return;
    const dash = m[0].search(/[ \t]?(?:to|-|–|through|thru|until|till)[ \t]?(?=(?:1[0-2]|0?[1-9])\/)/);
    put("DATE", s, s + dash, []);
    const second = /(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])$/.exec(m[0])!;
    put("DATE", e - second[0].length, e, []);
  }, 0);

  // -- numbers: a spaced SSN, a rewards or payment-plan number, an account login, a car's plate, a ZIP said as where one is, a file number --
  if (/\d[ \t]{1,2}[-–][ \t]{1,2}\d/.test(text) && AM_SSN_CUE.test(text)) each(AM_SSN_SPACED_DASH, (_m, s, e) => {
    put("SSN", s, e, ["PHONE", "ZIP", "DATE", "ACCOUNT", "MRN"]);
  });
  each(AM_PROGRAM_NUMBER, (_m, s, e) => {
    const v = text.slice(s, e);
    if ((v.match(/\d/g) ?? []).length < 5 || CLINICAL_UNIT_AFTER.test(text.slice(e, e + 8))) return;
    put("ACCOUNT", s, e, ["PHONE", "ZIP", "DATE", "MRN", "HEALTH_PLAN"]);
  });
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "MRN") continue;
    const v = text.slice(h.start, h.end);
    if (/^[a-z][a-z0-9]*[._][a-z0-9._]+$/.test(v) && AM_ACCT_LABEL_BEFORE.test(text.slice(Math.max(0, h.start - 24), h.start))) {
      drop.add(h);
      put("ACCOUNT", h.start, h.end, []);
    }
  }
  each(AM_CAR_PLATE, (_m, s, e) => {
    const v = text.slice(s, e);
    const digits = (v.match(/\d/g) ?? []).length;
    const letters = (v.match(/[A-Z]/g) ?? []).length;
    if (digits < 2 || letters < 2 || v.replace(/[- ]/g, "").length < 5 || /^[CTLS]\d{1,2}(?:[-/][CTLS]?\d{1,2})?$/.test(v)) return;
    put("VEHICLE", s, e, ["NAME", "CITY", "MRN", "ACCOUNT", "LICENSE"]);
  });
  each(AM_ZIP_WHERE, (_m, s, e) => {
    put("ZIP", s, e, []);
  });
  each(AM_FILE_THERE, (_m, s, e) => {
    if ((text.slice(s, e).match(/\d/g) ?? []).length < 4) return;
    put("MRN", s, e, ["PHONE", "ZIP", "DATE", "ACCOUNT"]);
  });

  // -- ages of ninety and over: "at 93" for an old person, a bare item of a person's description --
  if (/(?:9\d|1[01]\d)/.test(text)) {
    each(AM_AT_AGE, (m, s, e) => {
      const sentence = text.slice(0, m.index).split(/[.!?\n]/).pop()!;
      if (!AM_ELDER.test(sentence) || AM_MEASURE_BEFORE.test(sentence) || /\d/.test(sentence.slice(-14))) return;
      put("AGE", s, e, []);
    });
    each(AM_BARE_AGE_ITEM, (m, s, e) => {
      const before = text.slice(Math.max(0, m.index - 90), m.index);
      const sentence = before.split(/[.!?\n]/).pop()!;
      if (!AM_PERSON_BEFORE.test(sentence)) return;
      // the item before it is words, or a date of birth ("sats 94, 95, 96" is a list of readings)
      const prev = sentence.replace(/[ \t]*[,(][ \t]?$/, "");
      const prevItem = prev.split(/[,(]/).pop()!;
      if (/\d$/.test(prev) && !/\b(?:dob|d\.o\.b\.?|born)\b/i.test(prevItem)) return;
      if (AM_MEASURE_BEFORE.test(prevItem) || CLINICAL_UNIT_AFTER.test(text.slice(e, e + 8))) return;
      put("AGE", s, e, []);
    });
  }

  // -- drops: a kin word with "great-", a lower-case "ive", the word after "MS" the disease --
  for (const h of cur.slice()) {
    if (drop.has(h) || h.type !== "NAME") continue;
    const v = text.slice(h.start, h.end);
    if (AM_GREAT_KIN.test(v)) drop.add(h);
    else if (v === "ive" && /^[ \t](?:had|been|got|taken|tried|seen|done|never|always|just|also|noticed|felt|lost|gained)\b/.test(text.slice(h.end, h.end + 12))) drop.add(h);
    else if (/^\p{Ll}+$/u.test(v) && /(?:^|[^\p{L}])MS[ \t]$/u.test(text.slice(Math.max(0, h.start - 4), h.start))) drop.add(h);
  }

  return resolveOverlaps(cur.filter((h) => !drop.has(h)));
}
// ---- end of phi-am ----
