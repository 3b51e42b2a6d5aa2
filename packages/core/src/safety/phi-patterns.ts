import { isEnglishWord } from "./english-words.js";

/**
 * Regular expressions for structured HIPAA Safe Harbor identifiers. Every quantifier is bounded
 * or guarded by a look-behind so that no pattern backtracks more than a constant amount per
 * input position (linear time; see linear-time.test.ts).
 */
import { isGivenName, isSurname } from "./known-words.js";

const MONTHS_EN =
  "january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
const MONTHS_ES = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre";
// "May" only capitalised (the lowercase word is a verb far more often).
const MONTH = `(?:(?:${MONTHS_EN})\\.?|May)`;
const MONTH_I = `(?:${MONTHS_EN}|${MONTHS_ES})`;
const ORD = "(?:st|nd|rd|th)?";
// A month name followed (or preceded) by a number: cheap test before the date patterns run.
const MONTH_GATE = new RegExp(`(?:${MONTHS_EN}|${MONTHS_ES}|May)\\.?,? (?:of )?\\d|\\d(?:st|nd|rd|th)? (?:of |de )?(?:${MONTHS_EN}|${MONTHS_ES}|May\\b)`, "i");

const WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thu|thurs|fri|sat|sun";
const MONTHS_FULL = "january|february|march|april|june|july|august|september|october|november|december";
// After "the 22nd" a noun makes it an ordinal ("the 2nd dose", "the 95th percentile", "the 3rd trimester")
const ORDINAL_DAY_OK = (_v: string, m: RegExpExecArray, text: string): boolean => {
  // "the 3rd of May": the day-and-month patterns take it (without "the"); only a lower-case "may" is left here
  if (/ of \p{L}+$/u.test(m[0]) && !/ of may$/.test(m[0])) return false;
  const end = m.index + m[0].length;
  const next = /^\s?(\p{L}+)/u.exec(text.slice(end, end + 20));
  return next === null || /^(?:for|and|at|in|when|after|before|but|so|she|he|i|we|they|my|his|her|it|is|was|the|a|to|with|because|then|until|till|around|about|or|of|this|that|last|next|already|morning|afternoon|evening|night|yesterday|y|de|en|por|cuando)$/i.test(next[1]!);
};
// "Christmas tree", "Easter egg" are still about the day; "Easter Island", "Christmas cactus" are not; nor is a
// home's or a ward's yearly event ("Mother's Day brunch at the care home", "they cancelled the Easter one")
const HOLIDAY_OK = (_v: string, m: RegExpExecArray, text: string): boolean => {
  const end = m.index + m[0].length;
  return !/^\s(?:island|cactus|lights|cards?|music|songs?|movie|candy|bunny|eggs?|break|party|parties|dinner|shopping|decorations|tree|brunch|lunch|tea|service|mass|fair|raffle|menu|concert|celebrations?|one)\b/i.test(text.slice(end, end + 14));
};
// "a 102F fever", "temp 101F", "spiked 103 F overnight": a number and "F" read as a temperature
const FAHRENHEIT_CONTEXT = (m: RegExpExecArray, text: string): boolean =>
  /^\W{0,3}(?:fever|temp|temperature|degrees?|°|and\s(?:rising|climbing)|overnight|orally|oral|rectal|axillary|under|armpit|forehead|ear)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) ||
  /(?:fever|temp|temperature|thermometer|spiked|spiking|reading|reached)\W{1,3}(?:of\s|at\s|was\s|is\s|a\s|an\s)?$/i.test(text.slice(Math.max(0, m.index - 24), m.index));
// "in may need", "since march is ...": a lower-case "may" or "march" only before no verb-like word
const MONTH_ALONE_OK = (v: string, m: RegExpExecArray, text: string): boolean => {
  if (!/^(?:may|march)$/i.test(v)) return true;
  const end = m.index + m[0].length;
  if (/^[A-Z]/.test(v)) return true;
  const next = /^\s?(\p{L}+)/u.exec(text.slice(end, end + 16));
  return next === null || /^(?:and|or|but|so|when|i|she|he|we|they|my|his|her|it|the|a|this|last|of|to|for|at|because|after|before|until|then|y|de)$/i.test(next[1]!);
};

export const STATE_ABBR =
  "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR";
export const STATE_NAMES =
  "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming";

export const STREET_SUFFIX =
  "street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|circle|cir|highway|hwy|parkway|pkwy|trail|trl|square|sq|alley|loop|crescent|cres|plaza|pike|row|path|walk";
const anyCase = (alts: string): string =>
  alts
    .split("|")
    .flatMap((a) => [a, a[0]!.toUpperCase() + a.slice(1), a.toUpperCase()])
    .join("|");
const STREET_SUFFIX_ANY_CASE = anyCase(STREET_SUFFIX);
const STREET_SUFFIX_FULL = "street|avenue|road|boulevard|lane|drive|court|terrace|circle|highway|parkway|trail";
// "42 maple crest rd", "88 pine ave": abbreviations typed in lower case (not "st", "dr", "ct": "2 days at st marys", "20 mg by dr")
const STREET_SUFFIX_LOWER = "ave|rd|blvd|ln|hwy|pkwy";

/** Value after a label such as "MRN:" — must contain a digit (checked in code). */
// "C5-6", "L4/L5", "T12": vertebral levels, clinical values that follow words like "plate"
const SPINE_LEVEL = /^[CTLS]\d{1,2}(?:[-/][CTLS]?\d{1,2})?$/i;

const ID_VALUE = "(?:is|was|number|no\\.?|#|:|\\s){0,4}([A-Za-z]{0,4}[-#]?[0-9][A-Za-z0-9-]{2,24})";

// UK postcode areas (the letters before the first digit of a postcode)
const UK_POSTCODE_AREAS =
  "AB|AL|B|BA|BB|BD|BH|BL|BN|BR|BS|BT|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|E|EC|EH|EN|EX|FK|FY|G|GL|GU|GY|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|L|LA|LD|LE|LL|LN|LS|LU|M|ME|MK|ML|N|NE|NG|NN|NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|S|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|W|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE";

// A word for phoning a little before a number: "call", "ring me on", "teléfono", "contacto", "avisar ... al"
const PHONE_WORD_BEFORE =
  /(?:\b(?:phone|ph|tel|telephone|cell|mobile|contact|call|ring|text|txt|sms|whatsapp|number|n[uú]mero|tel[eé]fono|celular|cel|m[oó]vil|contacto|llamar|llame|llamen|llámeme|ll[aá]mame|avisar|avise|marcar|fijo|t[eé]l[eé]phone|portable|appeler|telefone|telemóvel)\b|\bal)[^\n\d]{0,40}$/iu;

const PERSON_WORD =
  /^(?:who|she|he|i|grandma|grandpa|grandmother|grandfather|mother|father|mom|mum|dad|aunt|uncle|patient|pt|wife|husband|neighbou?r|friend|nan|nana|nanna|papa|sister|brother|gran|granny|client|resident|spouse|partner|abuela|abuelo)$/;

export interface PhiPattern {
  type: string;
  re: RegExp;
  /** Capture group holding the identifier (default: whole match). */
  group?: number;
  /** Cheap test the text must pass before the pattern runs (skips patterns that start with a look-behind). */
  gate?: RegExp;
  /** Extra check on the matched text. */
  check?: (value: string, match: RegExpExecArray, text: string) => boolean;
  /** A labelled number: on the very same span it wins over an unlabelled shape (a phone number) or a looser label (phi-m). */
  prefer?: boolean;
}

const hasDigit = (v: string) => /\d/.test(v);

function validMonthDay(a: number, b: number): boolean {
  return (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31);
}

function luhn(digits: string): boolean {
  const d = digits.replace(/\D/g, "");
  if (d.length < 13 || d.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

const STATE_BEFORE_ZIP = new RegExp(`(?:\\b(?:${STATE_ABBR})|${STATE_NAMES}),?\\s{1,2}$`);
// a lower-case state abbreviation only after a comma ("tucson, az 85701"); a full name in any case
const STATE_BEFORE_ZIP_LOWER = new RegExp(`(?:\\p{L}, ?(?:${STATE_ABBR.toLowerCase()})|\\b(?:${STATE_NAMES.toLowerCase()})),?\\s{1,2}$`, "u");
// "I'm in 94110", "live near 60614", "area code"-free: a five-digit place after a place word
const ZIP_PLACE_WORD = /\b(?:(?:i'm|im|i am|we're|were|we are|live|lives|living|located|based|stay|staying|moved|area|here) (?:in|near|around|to|at)|near|zip|zipcode|postcode|postal)[ \t:]{1,2}$/i;

// ---- phi-m helpers: insurers' names and the shape of a labelled number (see the phi-m block at the end of PHI_PATTERNS) ----
const PM_INSURERS =
  "aetna|cigna|humana|kaiser(?: permanente)?|anthem|united ?health(?:care)?|uhc|molina|centene|ambetter|oscar(?: health)?|wellcare|highmark|" +
  "blue cross(?: blue shield)?|blue shield|bcbs|pacific blue cross|tricare|medi-cal|medicare|medicaid|caresource|amerigroup|emblem(?:health)?|" +
  "bupa|niva bupa|axa(?: health)?|vitality|aviva|simplyhealth|wpa|medibank|hcf|nib|hbf|ahm|manulife|sun life|great-west life|canada life|green shield|" +
  "star health|hdfc ergo|icici lombard|care health|max bupa|religare|new india assurance|sanitas|mapfre|adeslas|asisa|gnp|imss|issste|seguro popular";
const PM_INSURER_GATE = new RegExp(`\\b(?:${PM_INSURERS})\\b`, "i");
// words between a label and its number: "is", "es", "no.", ":", "#", "el número es"
const PM_FILL = "(?:\\s|:|#|-|,|\\bis\\b|\\bwas\\b|\\bes\\b|\\bno\\.?|\\bnumber\\b|\\bnum\\b|\\bn[uú]mero\\b|\\bel\\b|\\bref\\.?|\\bde\\b){0,6}";
// a number: capitals and digits, in groups joined by "-", "/", "." or a space before the next group with a digit;
// a single capital may close it before punctuation ("RXK 402817 H,")
const PM_VAL = "((?:[A-Z]{1,5}[ /-]?){0,2}\\d[A-Z0-9]*(?:(?:[-/.]|\\s(?=[A-Z]{0,4}\\d))[A-Z0-9]+){0,5}(?: [A-Z](?=[,;:)]|$))?)(?![\\w-])";
function pmValue(v: string, minDigits: number): boolean {
  if (/[a-z]/.test(v)) return false;
  const digits = (v.match(/\d/g) ?? []).length;
  if (digits < minDigits) return false;
  // a date, a range or a decimal is not an identifier
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(v) || /^\d+\.\d+$/.test(v)) return false;
  return true;
}

export const PHI_PATTERNS: PhiPattern[] = [
  // "NHS number 943 476 5919": the UK's ten digits in groups of three, three and four (before the phone
  // patterns, which the same digits also fit)
  { type: "MRN", gate: /\bnhs\b/i, re: /\bnhs(?: number| no\.?| #)?(?:\s|:|#|is){1,4}(\d{3} \d{3} \d{4})(?![\w-])/gi, group: 1 },
  { type: "EMAIL", gate: /@/, re: /(?<![\w.+%-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![\w-])/g },
  { type: "URL", gate: /https?:\/\/|www\./i, re: /(?<![\w@])(?:https?:\/\/|www\.)[^\s<>"'()]{1,2048}/gi },
  {
    type: "URL",
    gate: /\.(?:com|org|net|edu|gov|io|co|us|info|health|me|ly|app|care|clinic)\b/i,
    re: /(?<![\w@.-])(?:[a-z0-9-]{1,63}\.){1,4}(?:com|org|net|edu|gov|io|co|us|info|health|me|ly|app|care|clinic)(?:\/[^\s<>"'()]{0,512})?(?![\w-])/gi
  },
  { type: "IP", gate: /\d\.\d{1,3}\.\d/, re: /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?!\d|\.\d)/g },
  { type: "IP", gate: /[0-9a-f]:[0-9a-f]{0,4}:/i, re: /(?<![:\w])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![:\w])|(?<![:\w])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,5})?(?![:\w])/gi, check: (v) => /[a-f]/i.test(v) || v.split(":").length > 3 },
  { type: "SSN", gate: /\d{3}[- ]\d{2}[- ]\d{4}/, re: /(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])|(?<!\d)\d{3} \d{2} \d{4}(?!\d)/g },
  { type: "SSN", re: /\b(?:ssn|social security(?: number| no\.?| #)?|social|ss#)(?:\s|:|#|is){0,4}(\d{9}|\d{3}[ .-]?\d{2}[ .-]?\d{4}|x{3}-?x{2}-?\d{4})(?!\d)/gi, group: 1 },
  {
    type: "FAX",
    re: /\bfax(?:\s?(?:number|no\.?|#))?(?:\s|:|#|is|at|to){0,4}((?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4})(?!\d)/gi,
    group: 1
  },
  // "(212) 555-0110 ext 4", "555-123-4567 x12": the extension is part of the number
  { type: "PHONE", gate: /\d{3}[\s.-]\d{4}/, re: /(?<![\w\d/.-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?:,?\s?(?:ext\.?|extension|x)\s?\d{1,5})?(?![\d/-]|\.\d)/g },
  { type: "PHONE", gate: /\+\d/, re: /(?<![\w\d])\+(?:[2-9]\d{0,2})(?:[\s.-]?\d{1,4}){2,5}(?![\d])/g, check: (v) => v.replace(/\D/g, "").length >= 8 },
  // "07700 900461", "0803 555 7789", "020 7946 0958": a national number with a trunk 0 (10 or 11 digits in groups)
  {
    type: "PHONE",
    gate: /(?<!\d)0\d{2,4}[\s.-]\d{3}/,
    re: /(?<![\w\d/.,-])0[1-9]\d{1,3}[\s.-]\d{3,6}(?:[\s.-]\d{3,4})?(?![\d/-]|[.,]\d)/g,
    check: (v, m, text) => {
      const n = v.replace(/\D/g, "").length;
      return n >= 10 && n <= 11 && !/^\s?(?:mg|mcg|ml|units?|iu|%|x\b)/i.test(text.slice(m.index + v.length, m.index + v.length + 6));
    }
  },
  {
    type: "PHONE",
    re: /\b(?:phone|cell|mobile|tel|telephone|call me at|text me at|reach me at|number is|contact|call|calls|called|text|texts|txt|sms|whatsapp|ph|rang|ringing)(?:\s|:|#|is|at|me|on|from){0,4}(\d{10}|\d{7}|\d{3}[.-]\d{4})(?!\d)/gi,
    group: 1
  },
  { type: "DATE", gate: MONTH_GATE, re: new RegExp(`(?<![\\w])${MONTH} \\d{1,2}${ORD}(?:,? \\d{4})?(?![\\w])`, "gi"), check: (v) => !/^may\b/.test(v) || /^May/.test(v) },
  { type: "DATE", gate: MONTH_GATE, re: new RegExp(`(?<![\\w])(?:the )?\\d{1,2}${ORD} (?:of |de )?${MONTH_I}\\.?(?:,? (?:de |del )?\\d{4})?(?![\\w])`, "gi") },
  // "5 May", "21st of May 2024": only a capitalised May (the lower-case word is a verb)
  { type: "DATE", gate: /\d(?:st|nd|rd|th)? (?:of )?May\b/, re: new RegExp(`(?<![\\w])\\d{1,2}${ORD} (?:of )?May(?:,? \\d{4})?(?![\\w])`, "g") },
  { type: "DATE", gate: MONTH_GATE, re: new RegExp(`(?<![\\w])${MONTH},? (?:of )?(?:19|20)\\d{2}(?![\\w])`, "gi"), check: (v) => !/^may\b/.test(v) || /^May/.test(v) },
  { type: "DATE", gate: MONTH_GATE, re: new RegExp(`(?<![\\w])(?:${MONTHS_ES}) (?:de |del )?(?:19|20)\\d{2}(?![\\w])`, "gi") },
  {
    type: "DATE",
    gate: /\d[/.-]\d{1,2}[/.-]\d/,
    re: /(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/]|\.\d)/g,
    check: (_v, m) => validMonthDay(Number(m[1]), Number(m[3]))
  },
  { type: "DATE", gate: /\d{4}[-/.]\d/, re: /(?<![\w/.-])(?:19|20)\d{2}([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\w/-]|\.\d)/g },
  // "14-Mar-2024", "14 Mar 2024", "03-JUN-24"
  {
    type: "DATE",
    gate: /\d[- ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
    re: /(?<![\w/.-])\d{1,2}([- ])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\1(?:19|20)?\d{2}(?![\w/-])/gi
  },
  {
    type: "DATE",
    re: /\b(?:on|since|from|until|till|by|before|after|dob|d\.o\.b\.?|born|date|dated|admitted|discharged|seen|visit|surgery|appointment|appt|last|starting|started|placed|scheduled|booked|due|performed|drawn|received|happened|occurred|el|desde|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu|thurs|fri|sat|sun)(?:\s|:|,){1,3}((\d{1,2})\/(\d{1,2}))(?![\w/]|\.\d|\s+of\b)/gi,
    group: 1,
    check: (_v, m) => validMonthDay(Number(m[2]), Number(m[3]))
  },
  // "from 2/14 to 2/20", "between 3/1 and 3/9": the end of a range of dates
  {
    type: "DATE",
    gate: /\d\/\d{1,2} ?(?:to|through|thru|until|till|and|-|–) ?\d/,
    re: /(?<=\b(?:from|between) \d{1,2}\/\d{1,2} ?(?:to|through|thru|until|till|and|-|–) ?)(\d{1,2})\/(\d{1,2})(?![\w/]|\.\d)/g,
    check: (_v, m) => validMonthDay(Number(m[1]), Number(m[2]))
  },
  // "Transferred 02/06", "seen 11/03": a day and month written with a leading zero (no fraction or score is)
  {
    type: "DATE",
    gate: /(?<![\d/])(?:0[1-9]\/\d{2}|\d{2}\/0[1-9])(?![\d/])/,
    re: /(?<![\w/.,-])(0[1-9]|[12]\d|3[01])\/(0[1-9]|[12]\d|3[01])(?![\w/]|[.,]\d)/g,
    check: (v, m, text) =>
      /^0|\/0/.test(v) && validMonthDay(Number(m[1]), Number(m[2])) && !/\b(?:pain|score|scored|rated|rate|gcs|apgar|grade|level)\b[^\n]{0,12}$/i.test(text.slice(Math.max(0, m.index - 24), m.index))
  },
  // "his birthday is may 12", "born may 3rd": a lower-case "may" with a day after a word that asks for a date
  {
    type: "DATE",
    gate: /\bmay \d/,
    re: /(?<=\b(?:birthday|bday|b-day|born|dob|due|anniversary|on|since|until|till|from|by|before|after)(?: is| was|['’]s)?:? )may \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?(?![\w])/g
  },
  // "on the 22nd", "sunday the 2nd", "last tuesday the 14th", "the 3rd of may": a day of the month without its month
  {
    type: "DATE",
    gate: /\bthe \d{1,2}(?:st|nd|rd|th)\b/i,
    re: new RegExp(`(?:(?<=\\b(?:on|since|by|until|till|from|after|before|around|starting|of|due|admitted|discharged|released|born|seen|scheduled|booked|operated|started|stopped|ended|moved) )(?:(?:last|this|next|past) )?(?:(?:${WEEKDAYS}) )?|\\b(?:(?:last|this|next|past) )?(?:${WEEKDAYS}) )the (?:[12]?\\d|3[01])(?:st|nd|rd|th)(?: of (?:${MONTHS_EN}|may))?(?![\\w/])`, "gi"),
    check: (v, m, text) => ORDINAL_DAY_OK(v, m, text)
  },
  // "from the 3rd to the 10th", "the 8th or the 9th": a second day joined to a first one
  {
    type: "DATE",
    gate: /\bthe \d{1,2}(?:st|nd|rd|th) (?:to|or|and|till|until) the \d/i,
    re: /(?<=\bthe (?:[12]?\d|3[01])(?:st|nd|rd|th) (?:to|or|and|till|until) )the (?:[12]?\d|3[01])(?:st|nd|rd|th)(?![\w/])/gi,
    check: (v, m, text) => ORDINAL_DAY_OK(v, m, text)
  },
  // "on christmas eve", "new years day", "the fourth of july": holidays name a date
  {
    type: "DATE",
    gate: /christmas|new year|thanksgiving|easter|halloween|valentine|independence day|fourth of july|4th of july|memorial day|labou?r day|mother['’]?s day|father['’]?s day|boxing day|eid\b|diwali|hanukkah|navidad|año nuevo/i,
    re: /\b(?:(?:the )?(?:fourth|4th) of july|christmas(?: eve| day| morning| night)?|x-?mas(?: eve| day)?|new year['’]?s(?: eve| day)?|new year(?: eve| day)|thanksgiving(?: day)?|easter(?: sunday| monday| weekend)?|halloween|valentine['’]?s(?: day)?|independence day|memorial day|labou?r day|mother['’]?s day|father['’]?s day|boxing day|(?:eid|diwali|hanukkah|navidad|nochebuena|año nuevo)(?: al[- ](?:fitr|adha))?)(?:,? (?:19|20)\d{2})?\b/gi,
    check: (v, m, text) => HOLIDAY_OK(v, m, text)
  },
  // "in june", "since March", "last april": a month alone ("May" capitalised or after a time word)
  {
    type: "DATE",
    gate: new RegExp(`\\b(?:${MONTHS_FULL}|may)\\b`, "i"),
    re: new RegExp(`(?<=\\b(?:in|since|last|this|next|early|late|mid|until|till|during|before|after|around|through|thru|of|from|by|en|desde) )(?:${MONTHS_FULL}|may)\\b(?!\\s?\\d)(?![-'’])`, "gi"),
    check: (v, m, text) => MONTH_ALONE_OK(v, m, text)
  },
  {
    type: "AGE",
    gate: /(?:9\d|1[0-2]\d)/,
    // "98 y," / "91 y." in a note: the bare "y" abbreviation, before a comma, a stop or a dash
    re: /(?<![\w.])(?:9\d|1[0-2]\d)(?:\s?-?\s?(?:years?|yrs?|yo|y\/o|y\.o\.?|años)(?:[\s-]old)?|[\s-]year[\s-]old|\s?(?:M|F)(?![\w])|\s?y(?=[,;)]|\.\s|\s[-–—]))(?![\w])/gi,
    // "a 102F fever", "temp 101 F": degrees Fahrenheit, not an age and a sex
    check: (v, m, text) => (!/^\d+\s?[mf]$/i.test(v) || /[MF]$/.test(v)) && !(/F$/.test(v) && FAHRENHEIT_CONTEXT(m, text))
  },
  // "her 95th birthday", "Grandad's 100th party": a birthday over 89 gives the age
  { type: "AGE", gate: /(?:9\d|1[0-2]\d)(?:st|nd|rd|th) (?:birthday|bday|b-day|party)/i, re: /(?<![\w.])(9\d|1[0-2]\d)(?:st|nd|rd|th)(?= (?:birthday|bday|b-day|party)\b)/gi, group: 1 },
  // "aged 97": the word with the number (writers label either)
  { type: "AGE", gate: /aged\s(?:9\d|1[0-2]\d)/i, re: /\baged\s(?:9\d|1[0-2]\d)(?![\w.]|\.\d)/gi },
  // "age 94", "Age: 101", "at the age of 95": the age word goes with the number, as annotators often mark it
  { type: "AGE", re: /\b(?:age|aged|age of|edad)\s(?:9\d|1[0-2]\d)(?!\s?(?:mg|kg|lb|%|\/|\.\d|degrees|°|f\b|c\b))(?![\w])/gi },
  { type: "AGE", re: /\b(?:age:|turned|turning|turns|will turn|just turned|will be)(?:\s|:){1,3}(9\d|1[0-2]\d)(?!\s?(?:mg|kg|lb|%|\/|\.\d|degrees|°|f\b|c\b))(?![\w])/gi, group: 1 },
  {
    type: "AGE",
    // "she's 94", "hes 92", "grandma is 97" (not "sodium is 124": the "i" of "is" is no subject)
    re: /\b(?:(?:grandma|grandpa|grandmother|grandfather|mother|father|mom|dad|she|he|i|patient|pt|aunt|uncle)(?:\s(?:is|was|am)|'s|’s)|hes|shes|moms|dads) (9\d|1[0-2]\d)(?!\s?(?:mg|kg|lb|lbs|%|\/|\.\d|degrees|°|f\b|c\b|pounds|percent|bpm))(?![\w])/gi,
    group: 1
  },
  {
    // "Aunt Rosa is 93", "my mom linh is 92", "who is 97", "Grace turns 100": a name or a person word
    // (not "Sodium is 124", "Ferritin is 106") before the age
    type: "AGE",
    gate: /\b(?:is|was|turned|turns),? (?:9\d|1[0-2]\d)/,
    re: /(?<=\p{L}[\p{L}'’-]{0,30},? (?:is|was|turned|turns),? )(9\d|1[0-2]\d)(?!\s?(?:mg|kg|lb|lbs|%|\/|\.\d|degrees|°|f\b|c\b|pounds|percent|bpm|mmol|meq|units|ng|mcg))(?![\w.])/gu,
    check: (_v, m, text) => {
      const before = /(\p{L}[\p{L}'’-]*),? (?:is|was|turned|turns),? $/u.exec(text.slice(Math.max(0, m.index - 40), m.index));
      if (before === null) return false;
      const w = before[1]!.toLowerCase();
      // "HR is 110", "BP was 95", "pulse is 104": an abbreviation or a vital sign, no person
      if (/^\p{Lu}{2,5}$/u.test(before[1]!) || /^(?:pulse|rate|hr|bp|sats?|spo2|o2|rr|temp|glucose|sugar|reading|count|score|level|weight)$/.test(w)) return false;
      // a capitalised given name that is also a word ("Grace") counts; a lab name ("Ferritin") does not
      const named = /^\p{Lu}/u.test(before[1]!) && (isGivenName(w) !== undefined || isSurname(w));
      return PERSON_WORD.test(w) || !isEnglishWord(w) || named;
    }
  },
  {
    type: "AGE",
    re: /\b(?:i'm|i’m|im|i am|she's|he's|she is|he is)\s(9\d|1[0-2]\d)(?!\s?(?:mg|kg|lb|lbs|%|\/|\.\d|degrees|°|f\b|c\b|pounds|percent|bpm|weeks|days|months|minutes|hours|units|times|pills|tablets))(?![\w])/gi,
    group: 1
  },
  { type: "AGE", gate: /\((?:9\d|1[0-2]\d)\)/, re: /(?<=\p{Lu}\p{Ll}+ )\((9\d|1[0-2]\d)\)/gu, group: 1 },
  // "my great-grandmother (94) is confused": a person word before the bracketed age
  {
    type: "AGE",
    gate: /\((?:9\d|1[0-2]\d)\)/,
    re: /(?<![\w])(\p{L}[\p{L}-]{1,25}) \((9\d|1[0-2]\d)\)/gu,
    group: 2,
    check: (_v, m) => {
      const w = m[1]!.toLowerCase().replace(/^great-/, "");
      return PERSON_WORD.test(w);
    }
  },
  // "grandpa is almost 95", "she's nearly 92", "mom is going on 93"
  {
    type: "AGE",
    gate: /(?:almost|nearly|about|over|going on|pushing) (?:9\d|1[0-2]\d)/i,
    re: /\b(?:(?:grandma|grandpa|grandmother|grandfather|mother|father|mom|mum|dad|she|he|patient|pt|aunt|uncle|nan|nana|granny)(?:\s(?:is|was)|'s|’s)|hes|shes|i'm|i’m|im|i am|who is) (?:almost|nearly|about|over|going on|pushing) (9\d|1[0-2]\d)(?!\s?(?:mg|kg|lb|lbs|%|\/|\.\d|degrees|°|f\b|c\b|pounds|percent|bpm))(?![\w])/gi,
    group: 1
  },
  // "my nonagenarian dad", "a centenarian": the word itself says the age is over 89
  { type: "AGE", gate: /narian/i, re: /\b(?:nonagenarian|centenarian|supercentenarian)s?\b/gi },
  // "she just turned ninety-one", "aged one hundred": ages in words
  {
    type: "AGE",
    gate: /ninet|hundred/i,
    re: /\b(?:is|was|turned|turns|turning|aged|age of|age|be|am|now|of|she['’]s|he['’]s|shes|hes|i['’]m|im)\s(ninet(?:y|ies)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one |a )?hundred(?:(?: and)? (?:one|two|three|four|five|six|seven|eight|nine|ten))?)\b(?!\s(?:percent|mg|pounds|lbs|dollars|degrees|minutes|seconds|days|miles|mph|people|times|units|bucks|thousand))/gi,
    group: 1
  },
  // "my mother, 94, is confused", "Rosa, 93, has pneumonia": an age set off by commas after a person
  {
    type: "AGE",
    gate: /, (?:9\d|1[0-2]\d),/,
    re: /(?<![\w])(\p{L}[\p{L}'’-]{1,20}), (9\d|1[0-2]\d),/gu,
    group: 2,
    check: (_v, m) => {
      const w = m[1]!.toLowerCase();
      return PERSON_WORD.test(w) || isGivenName(w) !== undefined;
    }
  },
  // "mother alive at 91", "father died of a stroke at 93": an age at a life event
  { type: "AGE", gate: /\b(?:alive|died|passed|deceased|death)\b/i, re: /\b(?:alive|died|passed away|passed|deceased|death)(?: [\p{L}'’-]{1,20}){0,3}? at (9\d|1[0-2]\d)(?![\w.%]|\s?(?:%|percent|mg|kg|bpm|lbs?|pounds)\b)/giu, group: 1 },
  // "At 94 my dad still drives"
  { type: "AGE", re: /\bat (9\d|1[0-2]\d),? (?:my|his|her|he|she|i|our|their|they)\b/gi, group: 1 },
  { type: "AGE", re: /\b(?:in (?:his|her|their|my) )?(?:ninet(?:y|ies)|(?:one )?hundred)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?(?:[\s-](?:years?[\s-]old|year[\s-]old))\b/gi },
  { type: "AGE", re: /\bin (?:his|her|their|my) (?:90s|nineties|100s)\b/gi },
  // "and is 95 now", "92 years young", "a woman of 94", "my 90-something nan": more ways an age over 89 is written
  {
    type: "AGE",
    gate: /\b(?:is|was) (?:9\d|1[0-2]\d) (?:now|today|this year)\b/i,
    re: /(?<=\b(?:is|was) )(?:9\d|1[0-2]\d)(?= (?:now|today|this year)\b)/gi,
    // "and is 95 now", "who is 92 now", "Nana is 96 today"; not "sodium is 95 now"
    check: (_v, m, text) => {
      const before = /(\p{L}[\p{L}'’-]*) (?:is|was) $/u.exec(text.slice(Math.max(0, m.index - 40), m.index));
      if (before === null) return false;
      const w = before[1]!.toLowerCase();
      return /^(?:and|who|she|he|i)$/.test(w) || PERSON_WORD.test(w) || (/^\p{Lu}/u.test(before[1]!) && isGivenName(w) !== undefined);
    }
  },
  { type: "AGE", gate: /years? young/i, re: /(?<![\w.])(?:9\d|1[0-2]\d|ninety(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one |a )?hundred)[\s-]years?[\s-]young\b/gi },
  {
    type: "AGE",
    gate: /\b(?:woman|man|lady|gentleman|gent|fellow|chap|widow|widower|patient) of (?:9\d|1[0-2]\d)\b/i,
    re: /(?<=\b(?:woman|man|lady|gentleman|gent|fellow|chap|widow|widower|patient) of )(?:9\d|1[0-2]\d)(?![\w.%]|\s?(?:%|percent|mg|kg|lbs?|pounds|years? (?:of|in|on|with))\b)/gi
  },
  { type: "AGE", gate: /(?:9\d|ninety)[\s-]?(?:something|somethin|odd)[\s-]?(?:years?[\s-]old|yo|year[\s-]old)?/i, re: /(?<![\w.])(?:9\d|ninety)[\s-]?(?:something|somethin|odd)(?:[\s-](?:years?[\s-]old|year[\s-]old|yo))?(?=\s(?:(?:great[\s-])?(?:grand)?(?:mother|father|mom|mum|dad|nan|nana|gran|granny|grandma|grandpa|grandad|grandmother|grandfather|aunt|uncle|man|woman|lady|gentleman|patient|neighbour|neighbor|friend|relative|widow|widower)s?)\b)/gi },
  // "noventa y dos años", "cumple cien años", "ciento un años": Spanish ages over 89 in words
  {
    type: "AGE",
    gate: /(?:noventa|cien)/i,
    re: /(?<![\p{L}])(?:noventa(?: y (?:un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?|cien|ciento(?: (?:un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez))?) años(?![\p{L}])/giu
  },
  {
    type: "ADDRESS",
    gate: new RegExp(`\\b(?:${STREET_SUFFIX})\\b`, "i"),
    re: new RegExp(
      // Words between number and suffix carry no sentence-ending dot ("Type 2 Diabetes. My GP Dr. Lee" is no address).
      `(?<![\\w-])(?<!\\b(?:type|stage|grade|class|step|level|phase|day|week|cycle|part|section|question|option) )\\d{1,6}[A-Za-z]? (?:[NSEW]\\.? )?(?:[A-Z0-9][A-Za-z0-9'-]{0,29} ){0,3}?(?:${STREET_SUFFIX_ANY_CASE})\\b\\.?(?:,? (?:${anyCase("apt|apartment|unit|suite|ste")}|#)\\.? ?[\\w-]{1,8})?`,
      "g"
    )
  },
  {
    type: "ADDRESS",
    gate: new RegExp(`\\b(?:${STREET_SUFFIX_FULL}|${STREET_SUFFIX_LOWER})\\b`, "i"),
    re: new RegExp(`(?<![\\w-])(?<!\\b(?:type|stage|grade|class|step|level|phase|day|week|cycle|part|section|question|option) )\\d{1,6} (?:[a-z0-9'-]{1,30} ){1,3}?(?:${STREET_SUFFIX_FULL}|${STREET_SUFFIX_LOWER})\\b(?:,? (?:apt|apartment|unit|suite|#)\\.? ?[\\w-]{1,8})?`, "gi")
  },
  // "14 Ngozi Close", "3 Orchard Mews", "9 Elm Gardens": British street words, capitalised after a capitalised name
  {
    type: "ADDRESS",
    gate: /\s(?:Close|Mews|Gardens|Grove|Rise|Crescent|Heights|Hill|Green|Parade|Vale)\b/,
    re: /(?<![\w-])(?<!\b(?:type|stage|grade|class|step|level|phase|day|week|cycle|part|section|question|option|room|bed|ward|bay) )\d{1,5}[A-Za-z]? (?:[A-Z][a-z'’-]{1,29} ){1,3}(?:Close|Mews|Gardens|Grove|Rise|Crescent|Heights|Hill|Green|Parade|Vale)\b/g
  },
  { type: "ADDRESS", re: /\b(?:p\.?\s?o\.?\s?box|po box)\s?\d{1,8}\b/gi },
  // "Calle Olmo 18", "Avenida Juárez 1205", "Rua das Flores, 42": the number after the street name
  {
    type: "ADDRESS",
    gate: /\b(?:Calle|Avenida|Avda|Av|Carrera|Rua|Rue|Via|Paseo|Camino|Strasse|Straße|Ulica|ul)\.? \p{Lu}/u,
    re: /(?<![\w])(?:Calle|Avenida|Avda\.?|Av\.|Carrera|Rua|Rue|Via|Paseo|Camino|Ulica|ul\.)(?: (?:de|del|la|las|los|das|dos|da|do|di|des|du)){0,2}(?: \p{Lu}[\p{L}'’-]{1,30}){1,3},? (?:#|No\.? ?|n[º°] ?)?\d{1,5}[A-Za-z]?(?![\w])|(?<![\w])\p{Lu}[\p{L}'’-]{1,30}(?:strasse|straße|gasse|weg|platz) \d{1,5}[a-z]?(?![\w])/gu
  },
  // "77 rue des Lilas", "12, avenue Victor Hugo", "5 Piazza Garibaldi": the number before the street word
  {
    type: "ADDRESS",
    gate: /\d,? (?:rue|avenue|boulevard|bd|chemin|all[ée]e|impasse|quai|calle|avenida|rua|viale|piazza|corso)\s/i,
    re: /(?<![\w])\d{1,5}(?:bis|ter)?,? (?:rue|avenue|boulevard|bd|chemin|all[ée]e|impasse|quai|calle|avenida|rua|viale|piazza|corso)(?: (?:de la|de|du|des|d'|della|del|di|da|das|dos|do))?(?: ?\p{Lu}[\p{L}'’-]{1,30}){1,3}/giu
  },
  // "on Oak Street", "off Maple Avenue": a named street without a number
  {
    type: "ADDRESS",
    gate: /\b(?:Street|Avenue|Road|Boulevard|Lane|Drive|Ave|Blvd|Rd)\b/,
    re: /(?<=\b(?:on|off|at|near|along) )(?:[A-Z][a-z]{1,20} ){1,2}(?:Street|Avenue|Road|Boulevard|Lane|Drive|Ave|Blvd|Rd)\b/g
  },
  // five digits first, then the state before them: a look-behind at every position was the slowest pattern
  {
    type: "ZIP",
    gate: /\d{5}/,
    re: /(?<![\w-])\d{5}(?:-\d{4})?(?![\w-])/g,
    check: (_v, m, text) => {
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      // "Dayton, OH 45402", "tucson, az 85701", "I'm in 94110", "we live near 60614"
      return STATE_BEFORE_ZIP.test(before) || STATE_BEFORE_ZIP_LOWER.test(before) || ZIP_PLACE_WORD.test(before);
    }
  },
  // "SY8 1AB", "YO21 3PU", "EC1A 1BB": a UK postcode (a real postcode area, then the inward code's letters);
  // "K1A 0B1": a Canadian one. Capitals only, so "t1 2dm" and lab shorthand stay.
  {
    type: "ZIP",
    gate: /[A-Z]\d[A-Z\d]? ?\d[A-Z]{2}\b|[A-Z]\d[A-Z] ?\d[A-Z]\d/,
    re: new RegExp(`(?<![\\w-])(?:(?:${UK_POSTCODE_AREAS})\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2}|[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d)(?![\\w-])`, "g")
  },
  { type: "ZIP", re: /\b(?:zip|zip code|zipcode|postal code|código postal|codigo postal)(?:\s|:|#|is){1,4}(\d{5}(?:-\d{4})?)(?![\w-])/gi, group: 1 },
  {
    type: "CITY",
    gate: new RegExp(`\\b(?:${STATE_ABBR})\\b|${STATE_NAMES}`),
    // A city has a lower-case letter ("A. IL-2" is an answer option and a cytokine, not Illinois).
    // Two-letter states are also clinical abbreviations ("Head CT", "Abdominal MRI ... PA"): they need a
    // comma or a ZIP after them; full state names do not.
    re: new RegExp(
      `(?<![\\w])([A-Z][a-z][a-zA-Z.'-]{0,23}(?: [A-Z][a-zA-Z.'-]{1,24}){0,2})(?:, ?(?:${STATE_ABBR})(?![\\w-])| (?:${STATE_ABBR}),? \\d{5}(?![\\w-])|,? (?:${STATE_NAMES})(?![\\w-]))`,
      "g"
    ),
    group: 1
  },
  { type: "MRN", re: new RegExp(`\\b(?:mr ?#|mrn|medical record(?: number| no\\.?| #)?|med rec(?:ord)?|chart(?: number| no\\.?| #| id)|patient (?:id|number|no\\.?|#)|record (?:number|no\\.?|#)|hospital (?:number|no\\.?|id)|case (?:number|no\\.?|#)|historia cl[ií]nica|expediente|(?:nhi|nhs|chi)(?: number| no\\.?| #)?)${ID_VALUE}`, "gi"), group: 1, check: hasDigit },
  {
    type: "HEALTH_PLAN",
    re: new RegExp(`\\b(?:member (?:id|number|no\\.?|#)|insurance (?:id|number|no\\.?|#|policy(?: number)?)|policy (?:number|no\\.?|#|id)|subscriber (?:id|number|no\\.?)|group (?:number|no\\.?|#|id)|medicare (?:number|id|no\\.?|#|card(?: number)?)|medicaid (?:number|id|no\\.?|#)|health plan (?:id|number|no\\.?)|beneficiary (?:id|number)|plan id|mbi|insurance card(?: number)?|poliza)${ID_VALUE}`, "gi"),
    group: 1,
    check: hasDigit
  },
  // "número de afiliado es 28/00412793/51", "póliza de seguro MX-778120-4", "NSS 1234...": Spanish plan labels
  {
    type: "HEALTH_PLAN",
    gate: /afiliad|afiliaci|p[oó]liza|seguro social|\bnss\b|tarjeta sanitaria/i,
    re: /(?<![\p{L}])(?:(?:n[uú]mero|n[º°o]\.?) de (?:afiliad[oa]|afiliaci[oó]n|seguro social|p[oó]liza)|afiliad[oa]|afiliaci[oó]n|p[oó]liza(?: de seguro)?|seguro social|nss|tarjeta sanitaria)(?:\s|:|#|es|n[º°o]\.?|n[uú]mero){1,4}([A-Za-z]{0,4}[-#]?\d[A-Za-z0-9/-]{2,24}[A-Za-z0-9])(?![\w-])/giu,
    group: 1
  },
  // "member W882-114-093", "member: XJH4451902": an identifier right after "member" (letters and digits, or digit groups)
  { type: "HEALTH_PLAN", gate: /\bmember\b/i, re: /\bmember(?:\s|:|#){1,3}([A-Za-z]{1,4}-?\d[A-Za-z0-9-]{4,24}|\d{3,6}-\d[\d-]{2,20})(?![\w-])/gi, group: 1 },
  // "member ID X, group 00412": a group number next to a plan's other identifiers
  {
    type: "HEALTH_PLAN",
    gate: /\b(?:member|insurance|policy|subscriber|medicare|medicaid|plan)\b/i,
    re: /\bgroup(?: number| no\.?| #| id)?(?:\s|:|#){1,3}([A-Za-z]{0,4}-?\d[A-Za-z0-9-]{2,24})/gi,
    group: 1
  },
  // "Medicare number is 2953 41870 1", "policy no. 4410 22 918": a plan number written in digit groups
  {
    type: "HEALTH_PLAN",
    gate: /\b(?:medicare|medicaid|member|policy|insurance|subscriber)\b/i,
    re: /\b(?:medicare|medicaid|member|policy|insurance|subscriber)(?: card)?(?: number| no\.?| #| id)(?:\s|:|is|was){1,3}(\d{2,6}(?: \d{1,6}){1,3})(?![\w/.-])/gi,
    group: 1
  },
  { type: "ACCOUNT", re: new RegExp(`\\b(?:account|acct|invoice|bank account|iban|(?:prior )?auth(?:orization)?|claim|confirmation|billing)(?: number| no\\.?| #| id| code)?${ID_VALUE}`, "gi"), group: 1, check: hasDigit },
  // "Rx number 7734521", "case ID 2024-00123", "routing number 021000021": other numbers after a label word and "number / # / ID"
  { type: "ACCOUNT", re: new RegExp(`\\b(?:rx|prescription|case|ticket|order|routing|reference|ref|confirmation|transaction|receipt|booking|visit|encounter|referral)(?: number| no\\.?| ?#| id)${ID_VALUE}`, "gi"), group: 1, check: hasDigit },
  { type: "ACCOUNT", gate: /(?:\d[ -]?){12}\d/, re: /(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])/g, check: (v) => luhn(v) },
  {
    type: "LICENSE",
    re: new RegExp(`\\b(?:driver'?s? licen[cs]e|drivers licen[cs]e|licen[cs]e|lic\\.?(?= ?(?:#|no\\b|number|:))|dl (?:number|no\\.?|#)|dea|npi|medical licen[cs]e|certificate|passport|licencia)(?: number| no\\.?| #| id)?${ID_VALUE}`, "gi"),
    group: 1,
    check: hasDigit
  },
  // "driving licence number is WHITE761120JA9KL": a UK-style licence, letters then digits
  { type: "LICENSE", gate: /licen[cs]e/i, re: /\b(?:licen[cs]e|LICEN[CS]E)(?: number| no\.?| #)?(?:\s|:|is|was){1,4}([A-Z]{2,6}\d[A-Z0-9]{4,18})(?![\w-])/g, group: 1, check: hasDigit },
  // "DL# S530-4127-8890", "CA DL Y8821345", "licence no. 4471 229 8832", "nursing license RN 874521",
  // "GMC number 7012345", "licencia de conducir 12345678-K": more licence cues, and numbers in groups
  {
    type: "LICENSE",
    gate: /\b(?:dl|licen[cs]e|licencia|registration|gmc|nmc|ahpra|c[eé]dula)\b/i,
    re: /\b(?:dl ?[#:]|(?<=\b[A-Z]{2} )DL(?= [A-Z]?\d)|licen[cs]e (?:no\.?|number|#)|(?:nursing|medical|pharmacy|pharmacist|professional|rn|lpn|np|state|driver'?s?|driving) licen[cs]e(?: (?:no\.?|number|#))?|licencia(?: de conducir| de manejo| profesional)?(?: (?:no\.?|n[uú]mero|#))?|(?:pharmacist|pharmacy|nurse|nursing|professional|gphc|hcpc|medical) registration (?:number|no\.?|#)|(?:gmc|nmc|ahpra) (?:number|no\.?|#|pin)|c[eé]dula(?: profesional)?)(?:\s|:|#|is|was|es){0,4}((?:[A-Z]{1,4}[ -]?)?\d[\dA-Z]{1,9}(?:[ -](?=[A-Z]{0,8}\d)[\dA-Z]{2,9}){0,3}(?:-[A-Z0-9])?)(?![\w-])/gi,
    group: 1,
    check: (v) => (v.match(/\d/g) ?? []).length >= 5
  },
  // not a bone's plate ("growth plate", "fixed with a metal plate") nor a spine level after one ("end plate C5-6")
  {
    type: "VEHICLE",
    re: new RegExp(`\\b(?:licen[cs]e plate|(?<!(?:growth|end|bone|metal|titanium|epiphyseal|cribriform|volar|locking|tarsal) )plate|vin)(?: number| no\\.?| #)?${ID_VALUE}`, "gi"),
    group: 1,
    check: (v) => hasDigit(v) && !SPINE_LEVEL.test(v)
  },
  // "License plate of the patient's car in lot C: ABC-4821": a plate of capitals and digits a few words after the label
  {
    type: "VEHICLE",
    gate: /plate|registration|\breg\b|placa/i,
    re: /\b(?:[Ll]icen[cs]e [Pp]late|LICEN[CS]E PLATE|[Nn]umber [Pp]late|[Pp]late (?:[Nn]umber|[Nn]o\.?|#)|[Pp]late(?= (?:was|is|reads|read)\b)|(?:[Cc]ar|[Vv]ehicle) [Rr]egistration|[Rr]egistration (?:[Nn]umber|[Nn]o\.?|[Pp]late)|[Rr]eg (?:[Nn]umber|[Nn]o\.?|[Pp]late)|[Pp]laca)\b[^\n.?!]{0,40}?(?<![\w-])((?=[A-Z0-9 -]{0,12}\d)(?=[A-Z0-9 -]{0,12}[A-Z])[A-Z0-9]{1,4}[- ]?[A-Z0-9]{2,5}(?:[- ][A-Z0-9]{1,4})?)(?![\w-])/g,
    group: 1,
    check: (v) => /\d/.test(v) && /[A-Z]/.test(v) && v === v.toUpperCase()
  },
  { type: "VEHICLE", gate: /[A-HJ-NPR-Z0-9]{17}/, re: /(?<![\w])[A-HJ-NPR-Z0-9]{17}(?![\w])/g, check: (v) => /\d/.test(v) && /[A-Z]/.test(v) },
  {
    type: "DEVICE",
    re: new RegExp(`\\b(?:serial(?: number| no\\.?| #)?|device (?:id|number|serial|identifier)|implant (?:id|number|serial)|udi|imei|(?:pacemaker|defibrillator|icd|pump|cgm|sensor|transmitter|implant|stimulator|monitor|hearing aid|cochlear implant|device|port) (?:serial|sn|s\\/n|id|model)(?: number| no\\.?| #)?|lot (?:number|no\\.?|#)|model (?:number|no\\.?|#)|s\\/n|sn)${ID_VALUE}`, "gi"),
    group: 1,
    check: hasDigit
  },
  // (last, so a labelled account, plan or record number of the same shape keeps its own type)
  // "Mi teléfono es 33 1402 8871", "avisar a su hijo al 612 553 904", "Contacto: nieta Wara, 591 7 555 2314":
  // nine to thirteen digits in three or more short groups, a little after a word for phoning
  {
    type: "PHONE",
    gate: /\d{1,4}[ .-]\d{1,4}[ .-]\d{3,4}/,
    re: /(?<![\w\d/.,+-])\+?\d{1,4}(?:[ .-]\d{1,4}){1,4}[ .-]\d{3,4}(?![\d/]|[.,-]\d)/g,
    check: (v, m, text) => {
      const n = v.replace(/\D/g, "").length;
      if (n < 9 || n > 13) return false;
      return PHONE_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 48), m.index));
    }
  },
  // ---- phi-k: ages over 89 and dates tied to a person, in more wordings ----
  // "who's 97", "granny's 93", "Nell's 91 and": a person's "'s" before the age
  {
    type: "AGE",
    gate: /['’]s,? (?:9\d|1[0-2]\d)\b/,
    re: /(?<![\p{L}])(\p{L}[\p{L}-]{0,30})['’]s,? (9\d|1[0-2]\d)(?![\w.%°/]|\.\d|\s?(?:mg|kg|lbs?|pounds|percent|bpm|mmol|units|degrees|minutes|mins|seconds|days|weeks|months)\b)/gu,
    group: 2,
    check: (_v, m) => {
      const w = m[1]!.toLowerCase().replace(/^great-/, "");
      return PK_KIN.test(w) || PERSON_WORD.test(w) || (/^\p{Lu}/u.test(m[1]!) && isGivenName(w) !== undefined);
    }
  },
  // "my grandmother 95 and my father 76", "her great-aunt 92.": a relative, then the bare age ending the phrase
  {
    type: "AGE",
    gate: /(?:9\d|1[0-2]\d)/,
    re: /(?<![\p{L}])(?:(?:my|his|her|our|their|your|the) )((?:great[- ])?(?:grand)?(?:mother|father|ma|pa|mom|mum|dad|aunt|uncle|nan|nana|nanna|granny|gran|grandma|grandpa|grandad|granddad)) (9\d|1[0-2]\d)(?=\s?(?:[,;.)!?]|$)|\s(?:and|but|who|now|still|is|has|y)\b)/giu,
    group: 2
  },
  // "one hundred and four years old", "a hundred and two yrs": spelled ages over 100 with "and"
  {
    type: "AGE",
    gate: /hundred and/i,
    re: /\b(?:(?:one|a) )?hundred and (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=[\s-](?:years?|yrs?|yo)\b)(?:[\s-](?:years?|yrs?)(?:[\s-]old)?|\syo)?/gi
  },
  // "Bert's ninety three", "who's ninety-one": a person's "'s" before an age in words
  {
    type: "AGE",
    gate: /['’]s (?:ninet|a hundred|one hundred)/i,
    re: /(?<![\p{L}])(\p{L}[\p{L}-]{0,30})['’]s ((?:ninety(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one) hundred(?: and (?:one|two|three|four|five|six|seven|eight|nine|ten))?))(?![\p{L}-]|\s(?:percent|mg|pounds|lbs|dollars|degrees|minutes|seconds|days|miles|mph|people|times|units|bucks|thousand|quid|euros)\b)/giu,
    group: 2,
    check: (_v, m) => {
      const w = m[1]!.toLowerCase();
      return PK_KIN.test(w) || PERSON_WORD.test(w) || (/^\p{Lu}/u.test(m[1]!) && (isGivenName(w) !== undefined || isSurname(w)));
    }
  },
  // "mi tío de 91", "una señora de 94 años", "el abuelo, de 96,": a Spanish relative or person "de" the age
  {
    type: "AGE",
    gate: /\bde (?:9\d|1[0-2]\d)\b/,
    re: /(?<![\p{L}])(?:t[ií][oa]|abuel[oa]|bisabuel[oa]|padre|madre|pap[aá]|mam[aá]|suegr[oa]|vecin[oa]|señor|señora|senor|senora|paciente|hombre|mujer|anciano|anciana|viejit[oa]|abuelit[oa]),? de (9\d|1[0-2]\d)(?![\w.%°/]|\.\d|\s?(?:kg|kilos|mg|grados|%)\b)/giu,
    group: 1
  },
  // "Her age (99)", "age: (93)", "Age - 95": the age word, a bracket or a dash, then the age
  {
    type: "AGE",
    gate: /\b(?:age|aged|edad)\s?[:(\-–=]/i,
    re: /\b(?:age|aged|edad)\s?(?:[:=\-–]\s?)?\(\s?(9\d|1[0-2]\d)\s?\)|\b(?:age|edad)\s?[-–=]\s?(9\d|1[0-2]\d)(?![\w.%/]|\.\d)/gi,
    check: () => true
  },
  // "LMP 4/22", "EDD: 11/3", "last period was 5/30": a menstrual date written as month and day
  {
    type: "DATE",
    gate: /\b(?:lmp|lnmp|edd|edc|last (?:menstrual )?period|due date)\b/i,
    re: /\b(?:lmp|lnmp|edd|edc|last (?:menstrual )?period|due date)(?:\s|:|=|was|is|on|of|-){1,4}((\d{1,2})\/(\d{1,2}))(?![\w/]|\.\d)/gi,
    group: 1,
    check: (_v, m) => validMonthDay(Number(m[2]), Number(m[3]))
  },
  // "First seizure was 6/1, second one 6/20": events counted in order, each with a month and day
  {
    type: "DATE",
    gate: /\b(?:first|second|third|fourth|last|latest|previous|next|another|most recent)\b[^\n]{0,40}\d\/\d/i,
    re: /(?<=\b(?:first|second|third|fourth|last|latest|previous|next|another|most recent)(?: [\p{L}-]{2,20}){0,2} (?:one |time |episode |attack |seizure |fall |bleed )?(?:was |were |happened |came |on |: ?)?)(\d{1,2})\/(\d{1,2})(?![\w/]|\.\d)/giu,
    check: (_v, m, text) =>
      validMonthDay(Number(m[1]), Number(m[2])) && Number(m[2]) !== 10 &&
      !/\b(?:pain|score|scored|rated|rating|gcs|apgar|grade|power|strength|vision|acuity|eyes?|bp|pressure|reading|readings|dose|doses|tablets?|out of|mmse|moca|phq|gad)\b[^\n]{0,30}$/i.test(text.slice(Math.max(0, m.index - 40), m.index))
  },
  // ---- phi-m: insurance, billing, record, device, licence and vehicle numbers after more cues ----
  // (values: capitals and digits in groups joined by "-", "/", "." or a space before the next digit group;
  // at least four or five digits, never lower case, so "bill the rest", doses and codes written in words stay)
  // "Humana ID is H71295534", "policy with Niva Bupa is 3118...", "Tengo Medi-Cal, el número es 9123...A": an insurer's name, then its number
  {
    type: "HEALTH_PLAN",
    gate: PM_INSURER_GATE,
    re: new RegExp(`\\b(?:${PM_INSURERS})\\b[^\\n.?!]{0,32}?(?:\\bid|#|\\bnumber|\\bno\\.?|\\bn[uú]mero|\\bis|\\bes|\\bpolicy|\\bmembership)${PM_FILL}${PM_VAL}`, "gi"),
    group: 1,
    check: (v) => pmValue(v, 5),
    prefer: true
  },
  // "membership no. 71 204 889", "ins ID ZGP-...", "Ins. pol. no. 4B-...", "policy# ANT...", "grp 4410-RX", "plan contract 24719",
  // "identificación de miembro 100...", "número de póliza con X es ...", "Medicare es 2HD8-KW4-TY61", "Tricare DBN ...": plan words before a number
  {
    type: "HEALTH_PLAN",
    gate: /member|subscri|polic|pol\.|insur|\bins\b|plan|medicare|medi-cal|medicaid|\bdbn\b|\bgrp\b|group|miembro|p[oó]liza|certificate/i,
    re: new RegExp(`\\b(?:ins(?:urance)?\\.? (?:id|pol(?:icy)?\\.?(?: no\\.?)?)|pol\\. no\\.?|policy|membership|member|subscriber|health plan|plan contract|medicare|medi-cal|medicaid|dbn|grp|group|(?:id|identificaci[oó]n|n[uú]mero|tarjeta) de (?:miembro|socio|asegurado)|n[uú]mero de p[oó]liza(?: con [A-Z][\\w-]+(?: [A-Z][\\w-]+)?)?|certificate(?<=(?:plan|insurance|cover|coverage|policy)\\b[^\\n]{0,40}certificate)|(?:old|new|previous|other)(?<=(?:policy|member|plan|insurance)[^\\n]{0,60}(?:old|new|previous|other)) one)(?: (?:id|number|no\\.?|num|#|card|de miembro))?${PM_FILL}${PM_VAL}`, "gi"),
    group: 1,
    check: (v, m) => pmValue(v, /^(?:grp|group)/i.test(m[0]) ? 3 : /\b(?:contract|number|no)\b|#/i.test(m[0]) ? 4 : 5),
    prefer: true
  },
  // "Member Jane Roe, ID QHP...", "the subscriber is my wife, her ID is 824 116 390 22": a bare ID in a plan's message
  {
    type: "HEALTH_PLAN",
    gate: /\b(?:member|subscriber|insurance|insurer|policy|plan|dependent|coverage)\b/i,
    re: new RegExp(`(?<!\\b(?:pt|patient|hospital|chart|staff|employee|student|photo|device|case|visit|order)\\.? )\\bID(?: number)?${PM_FILL}${PM_VAL}`, "g"),
    group: 1,
    check: (v) => pmValue(v, 6)
  },
  // "Claim ref CLM...", "billing reference BR/22/09/4471", "IP bill no. 2024/...", "GST invoice no. AHL/OP/23-24/...",
  // "número de cuenta 5590-33812", "reclamo número RX-...", "El número de factura es F-...", "el de cuenta 77120-4", "account 1048 2276"
  {
    type: "ACCOUNT",
    gate: /claim|bill|invoice|factura|cuenta|reclamo|recibo|account|acct|statement/i,
    re: new RegExp(`\\b(?:(?:claim|billing|bill|invoice|statement|account|acct)(?: (?:ref(?:erence)?\\.?|no\\.?|number|num|#|id))+|claim|billing|bill|invoice|account|acct|n[uú]mero de (?:factura|cuenta|reclamo|recibo)|(?:factura|cuenta|reclamo|recibo)(?: (?:n[uú]mero|no\\.?|n[º°]\\.?))?|el de (?:cuenta|factura)|(?:full|whole|complete)(?<=(?:acct|account)[^\\n]{0,80}(?:full|whole|complete)) (?:account )?number)${PM_FILL}${PM_VAL}`, "gi"),
    group: 1,
    check: (v, m) => pmValue(v, /\b(?:ref|reference|no|number|num|n[uú]mero|id)\b|#|^el de/i.test(m[0]) ? 4 : 6),
    prefer: true
  },
  // "UHID 2023/...", "URN 1187442", "hosp no: D889120", "My PHN is ...", "health card no. 118 440 293", "Ontario health card is ...-KT",
  // "health care number 12345-6789", "CR No. 2023...", "Pt ID 00029914-A", "RAMQ card TREM 8405 1523", "Reg no. 4471/22 at the maternity hospital"
  {
    type: "MRN",
    gate: /uhid|urn|hosp|phn|health ?card|health care|healthcare|\bcr\b|\bpt\b|ramq|ohip|\breg\b|ip no|op no|ipd|opd/i,
    re: new RegExp(`\\b(?:uhid|urn|hosp(?:ital)?\\.? (?:no\\.?|number|#|reg(?:istration)?(?: no\\.?)?)|phn|personal health number|health ?card(?: (?:no\\.?|number|#))?|health(?: ?care)? (?:number|no\\.?|#)|health care number|cr no\\.?|(?:ip|op|ipd|opd|uh) (?:no\\.?|number)|pt\\.? (?:id|no\\.?|#)|ramq(?: card)?|ohip(?: card)?(?: (?:no\\.?|number))?|reg(?:istration)? no\\.?(?=[^\\n]{0,60}\\b(?:hospital|clinic|ward|maternity|admitted|opd|ipd)\\b))${PM_FILL}${PM_VAL}`, "gi"),
    group: 1,
    check: (v) => pmValue(v, 4)
  },
  // "el número de serie es 2211A0938", "device S/N RXK 402817 H", "transmitter GT4-0071923", "número de serie del dispositivo MKP-558219"
  {
    type: "DEVICE",
    gate: /serie|s\/n|serial|\bsn\b|transmitter|sensor|pump|pacemaker|marcapasos|defibrillator|hearing aid|aud[ií]fono|implant|stimulator|processor/i,
    re: new RegExp(`\\b(?:n[uú]mero de serie(?: del (?:dispositivo|aparato|marcapasos|aud[ií]fono))?|serial(?: number| no\\.?| #)?|s\\/n|sn|(?:transmitter|sensor|pump|pacemaker|marcapasos|defibrillator|hearing aid|aud[ií]fono|implant|stimulator|processor)(?: (?:serial|sn|s\\/n|id|no\\.?|number))?)${PM_FILL}${PM_VAL}`, "gi"),
    group: 1,
    check: (v) => pmValue(v, 5) && /[A-Z].*\d|\d{6}/.test(v)
  },
  // "driver's license for the review, it's D4418823", "Driver license is OH RS192837", "Ontario DL M1234-...", "WA DL WDL3...",
  // "driving licence no. MH12 2011...", "my licence is 034 587 221", "GPhC registration 2071234", "AHPRA registration MED...", "lic. RPh 0441827"
  {
    type: "LICENSE",
    gate: /licen[cs]e|\bDL\b|\blic\.|registration|gphc|ahpra|gmc|nmc|hcpc/i,
    re: new RegExp(`\\b(?:(?:driver'?s?|driving) licen[cs]e|licen[cs]e|DL|lic\\.|(?:gphc|ahpra|gmc|nmc|hcpc|pharmacist|pharmacy|nursing|professional|medical council)(?: registration)?(?: (?:number|no\\.?|#|pin))?)(?:[^\\n.?!]{0,40}?(?:\\bit's|\\bit is|\\bis|:))?(?:\\s|:|#|no\\.?|number|is)*(?:(?:${STATE_ABBR}|NSW|VIC|QLD|RN|RPh|PharmD|MD|DO|NP|PA|LPN|APRN) )?${PM_VAL}`, "gi"),
    group: 1,
    check: (v) => pmValue(v, 5)
  },
  // "vehicle reg LB19 XKE", "plate KA 05 MN 4421", "rego 1ABC234", "placas ABC-12-34", "Ontario plate CBRT 482": a plate of capitals and digits
  {
    type: "VEHICLE",
    gate: /plate|placa|\breg\b|\brego\b|registration/i,
    re: /(?<!(?:growth|end|bone|metal|titanium|epiphyseal|cribriform|volar|locking|tarsal|dental|culture|agar|petri|hot) )\b(?:[Pp]lates?|PLATES?|[Pp]lacas?|PLACAS?|[Rr]ego|(?:[Vv]ehicle|[Cc]ar) [Rr]eg(?:istration)?|[Rr]eg(?= [A-Z]{1,3}\d))(?: (?:[Nn]umber|[Nn]o\.?|#|[Nn][uú]mero))?(?:\s|:|#|is|was|es|son|de)*((?=[A-Z0-9 -]{0,14}\d)(?=[A-Z0-9 -]{0,14}[A-Z])[A-Z0-9]{1,8}(?:[- ][A-Z0-9]{1,4}){0,3})(?![\w-])/g,
    group: 1,
    check: (v) => /\d/.test(v) && /[A-Z]/.test(v) && !SPINE_LEVEL.test(v) && v.replace(/[- ]/g, "").length >= 5
  },
  // "Ringwood VIC 3134": an Australian postcode after a town and its state
  { type: "ZIP", gate: /\b(?:NSW|VIC|QLD|SA|WA|TAS|ACT|NT) \d{4}\b/, re: /(?<=\b[A-Z][a-z]+(?: [A-Z][a-z]+)?,? (?:NSW|VIC|QLD|SA|WA|TAS|ACT|NT) )\d{4}(?![\w-])/g },
  // "Flat 302, Sai Residency, Andheri East, Mumbai 400069": a flat or house number and its building and locality, then an Indian PIN code
  {
    type: "ADDRESS",
    gate: /\b(?:Flat|Apt|Apartment|House|Plot|Door|Unit|Room)(?: No\.?)? [A-Z]?\d/,
    re: /\b(?:Flat|Apt|Apartment|House|Plot|Door|Unit)(?: No\.?)? [A-Z]?-?\d{1,5}[A-Z]?(?:, [A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}){1,3}(?=, [A-Z][a-z]+)/g
  },
  { type: "ZIP", gate: /\b[1-8]\d{5}\b/, re: /[1-8]\d{5}(?<=(?:Flat|Apt|Apartment|House|Plot|Door|Nagar|Colony|Road|Marg|Sector|Residency|Society|Layout|Street|Lane|East|West)\b[^\n]{0,60}, [A-Z][a-z]+(?: [A-Z][a-z]+)?,?(?: - ?| )[1-8]\d{5})(?![\w-])/g },
  { type: "ZIP", gate: /\bpin ?(?:code)?\b/i, re: /\bpin ?(?:code)?(?:\s|:|is|-){1,3}([1-8]\d{2} ?\d{3})(?![\w-])/gi, group: 1 },
  // "1520 Calle Loíza, San Juan 00911": a street address, then a town and a five-digit ZIP without a state
  {
    type: "ZIP",
    gate: /\d{5}/,
    re: /\d{5}(?<=\b\d{1,6} (?:(?:Calle|Avenida|Av\.|Camino|Carretera|Paseo)(?: [\p{Lu}][\p{L}'.-]*){1,3}|(?:[\p{Lu}][\p{L}'.-]* ){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Drive|Dr\.?|Lane|Ln\.?|Way|Boulevard|Blvd\.?|Court|Ct\.?|Place|Pl\.?))(?: (?:Apt|Unit|#)\.? ?\w+)?, (?:[\p{Lu}][\p{L}'.-]* ?){1,3} \d{5})(?![\w-])/gu
  },
  // ---- phi-n: prescriber and regulator numbers, national health schemes, unbroken mobiles, more day and address shapes ----
  // "DEA number ... is BN4412378", "HPCSA reg MP 0623451", "SMC reg M12345A", "Medical Council reg no. 2009/03/1187", "NPI 1234567890":
  // a prescriber's registration after the regulator's name or "practice number" (it wins over a vehicle "reg" reading of the same span)
  {
    type: "LICENSE",
    gate: /\b(?:dea|npi|hpcsa|smc|mci|nmc|pmdc|bmdc|mdcn|kmpdc|mbbs|council|practice (?:number|no)|reg(?:istration)?\.? (?:no|number|#))/i,
    re: /\b(?:DEA|NPI|HPCSA|SMC|MCI|PMDC|BMDC|MDCN|KMPDC|(?:[Mm]edical|[Dd]ental|[Nn]ursing|[Pp]harmacy) [Cc]ouncil|[Pp]ractice (?:[Nn]umber|[Nn]o\.?))(?: (?:[Rr]eg(?:istration)?\.?|[Nn]umber|[Nn]o\.?|#|[Ii][Dd])){0,3}(?:[^\n?!]{0,40}?(?:\bis|:|#))?[ \t:#]{0,3}([A-Z]{1,3} ?\d{5,9}[A-Z]?|\d{2,4}\/\d{1,4}\/\d{2,6}|\d{6,10})(?![\w/-])/g,
    group: 1,
    prefer: true
  },
  // "NHIS 0045 8871 2290", "PhilHealth no. 12-025331469-8", "my philhealth id is 01-...", "HMO card no. is 8000-1234-5567", "NHIF 4410...":
  // a national or employer health scheme's number (it wins over a phone reading of the same digits)
  {
    type: "HEALTH_PLAN",
    gate: /philhealth|\bnhis\b|\bnhif\b|\bhmo\b|\bjkn\b|\bbpjs\b|\bnhia\b|\bshif\b/i,
    re: /\b(?:philhealth|nhis|nhif|nhia|shif|hmo|jkn|bpjs)(?: (?:card|member(?:ship)?|insurance))?(?: (?:no\.?|number|id|#|pin))?(?:[ \t:#-]|\bis\b|\bwas\b){0,4}(\d[\d -]{5,18}\d)(?![\w-])/gi,
    group: 1,
    check: (v) => v.replace(/\D/g, "").length >= 8,
    prefer: true
  },
  // "UR number 0871234", "URN: 552019": an Australian unit record number
  { type: "MRN", gate: /\bUR\b/, re: /\bUR(?: [Nn]umber| [Nn]o\.?| #)?[ \t:#]{1,3}(\d{5,10})(?![\w-])/g, group: 1 },
  // "brother Emeka 08031234567", "text 07700900461": a national mobile number written without spaces (Nigeria's 0[789][01], the UK's 07)
  { type: "PHONE", gate: /(?<!\d)0[789]\d{9}(?!\d)/, re: /(?<![\w+/.-])0(?:[789][01]\d{8}|7\d{9})(?![\w/-]|\.\d)/g },
  // "Happy 95th birthday": the ordinal's letters belong to the age
  { type: "AGE", gate: /(?:9\d|1[0-2]\d)(?:st|nd|rd|th) (?:birthday|bday|b-day)/i, re: /(?<![\w.])(?:9\d|1[0-2]\d)(?:st|nd|rd|th)(?= (?:birthday|bday|b-day)\b)/gi },
  // "taken 8/22", "Discharge date for Mr. Ruiz is 12/15", "drawn 3/14": a month and day after a word that dates a sample or a stay
  {
    type: "DATE",
    gate: /\b(?:taken|drawn|collected|dated|done|performed|date)\b[^\n]{0,40}\d\/\d/i,
    re: /\b(?:(?:taken|drawn|collected|dated|done|performed)(?: on)? |(?:discharge|admission|surgery|procedure|appointment|appt|follow-up|delivery|due|test|collection|visit|op|operation) date(?: [\p{L}.'’-]{1,20}){0,4} (?:is|was|:|=) ?)((\d{1,2})\/(\d{1,2}))(?![\w/]|\.\d)/giu,
    group: 1,
    check: (_v, m) => validMonthDay(Number(m[2]), Number(m[3]))
  },
  // "Booked for the 14th at ...", "scheduled for the 3rd": a day of the month after a booking word and "for"
  {
    type: "DATE",
    gate: /\bfor the \d{1,2}(?:st|nd|rd|th)\b/i,
    re: /(?<=\b(?:booked|scheduled|rescheduled|set|planned|appointment|appt|slot|surgery|booking) for )the (?:[12]?\d|3[01])(?:st|nd|rd|th)(?![\w/])/gi,
    check: (v, m, text) => ORDINAL_DAY_OK(v, m, text)
  },
  // "12B Lotus Apartments", "4 Sai Residency", "Flat 9 Palm Towers": a house number and a named building
  {
    type: "ADDRESS",
    gate: /\s(?:Apartments|Apts|Residency|Residences|Towers?|Mansions?|Enclave|Villas|Complex|Estate|Flats)\b/,
    re: /(?<![\w-])\d{1,5}[A-Z]?,? (?:[A-Z][a-z'’-]{1,29} ){1,3}(?:Apartments|Apts|Residency|Residences|Towers?|Mansions?|Enclave|Villas|Complex|Estate|Flats)\b/g
  },
  // "22 Lough View, Castlebar", "5 Oak Park, Galway", "8 Rowan Lawn,": Irish and British street words before the town's comma
  {
    type: "ADDRESS",
    gate: /\s(?:View|Park|Lawns?|Meadows|Manor|Court|Walk|Wynd|Brae|Drive|Row|Terrace|Avenue|Downs|Glen|Woods?|Heath|Place|Square|Quay|Wharf|Close|Mews|Gardens|Grove|Rise|Crescent|Heights|Hill|Green|Vale),/,
    re: /(?<![\w-])(?<!\b(?:type|stage|grade|class|step|level|phase|day|week|cycle|part|section|question|option|room|bed|ward|bay|score|of|aged?) )\d{1,4}[A-Za-z]? (?:[A-Z][a-z'’-]{1,29} ){1,3}(?:View|Park|Lawns?|Meadows|Manor|Court|Walk|Wynd|Brae|Drive|Row|Terrace|Avenue|Downs|Glen|Woods?|Heath|Place|Square|Quay|Wharf|Close|Mews|Gardens|Grove|Rise|Crescent|Heights|Hill|Green|Vale)(?=, \p{Lu})/gu
  },
  // "16 Via Roma", "3, Vicolo Stretto": the number before an Italian street word
  {
    type: "ADDRESS",
    gate: /\d,? (?:Via|Vicolo|Largo|Strada|Contrada|Borgo) \p{Lu}/u,
    re: /(?<![\w])\d{1,5},? (?:Via|Vicolo|Largo|Strada|Contrada|Borgo)(?: (?:della|del|dei|di|da|delle|degli))?(?: \p{Lu}[\p{L}'’-]{1,30}){1,3}/gu
  },
  // "Castlebar, F23 X9K2", "Dublin D6W Y2K4": an Irish Eircode after a comma or a town
  {
    type: "ZIP",
    gate: /\b[AC-FHKNPRTV-Y]\d[\dW] [AC-FHKNPRTV-Y\d]{4}\b/,
    re: /(?<=(?:,|\p{Ll}) )[AC-FHKNPRTV-Y]\d[\dW] (?=[A-Z\d]{0,3}\d)(?=[A-Z\d]{0,3}[A-Z])[AC-FHKNPRTV-Y\d]{4}(?![\w-])/gu
  },
  // ---- end of phi-n ----
  // phi-o: see the block at the end of this file
  ...phiOPatterns()
];
const PK_KIN = /^(?:great-aunt|great-uncle|great-grandma|great-grandpa|great-gran|granny|grannie|gran|nan|nana|nanna|nanny|grandma|grandpa|grandad|granddad|grandmother|grandfather|mum|mom|mam|mother|dad|father|aunt|auntie|aunty|uncle|who|that|patient|pt|husband|wife|neighbour|neighbor)$/;

/** Clinical values that no identifier may swallow: a number followed by a unit. */
export const CLINICAL_UNIT_AFTER =
  /^\s?(?:mg|mcg|µg|μg|ug|ng|pg|g|kg|ml|l|dl|fl|mmhg|%|bpm|lbs?|pounds|°|degrees|units?|iu|u\/l|mmol|meq|mosm|mg\/dl|g\/dl|cm|mm|µm|μm|um|inches|ft|hours?|hrs?|days?|weeks?|months?|times|tabs?|tablets?|pills?|puffs?|x|\/(?:min|mm|µl|μl|ul|hpf))(?![a-z])/i;

// ---- phi-o: identifiers whose label and value stand apart ("serial number on the back says ...", "account with them is ..."),
// national numbers of more countries, dates of other calendars and shapes, and more phone shapes ----
/** Built when PHI_PATTERNS is (a function, so that it may sit at the end of the file). */
function phiOPatterns(): PhiPattern[] {
  // what may stand between a label and its value: "on the back", "with them", "at Namazi", "for BlueShield", then "is", "says", ":" or "#"
  const link =
    "(?:\\s(?:on|of|from|at|for|in|with|under)(?:\\s(?:the|my|his|her|this|that|our|their|them|your))?(?:\\s[^\\s\\d:#.,;!?]{2,15}){0,2}?)?" +
    "(?:\\s(?:is|was|says|said|reads|shows|=)|\\s?[:#]|\\s(?:no\\.?|number|#))?[\\s:]{1,3}";
  // labels in either case, the value in capitals only (the "i" flag would let "says" pass as a value's letters)
  const ci = (re: string): string => re.replace(/\\.|[a-z]/g, (c) => (c.length === 1 ? `[${c}${c.toUpperCase()}]` : c));
  const labelled = (labels: string): RegExp => new RegExp(`\\b(?:${ci(labels)})${ci(link)}${PM_VAL}`, "g");
  // a blood pressure or a ratio is no record number
  const notRatio = (v: string): boolean => !/^\d{2,3}\/\d{2,3}$/.test(v) && !/^(?:19|20)\d\d[-/.]\d\d?[-/.]\d\d?$/.test(v);
  const money = /\b(?:claim|bill|billed|billing|invoice|charged?|payment|paid|refund|insurer|reimburs\w*)\b/i;
  const persian = "Farvardin|Ordibehesht|Khordad|Mordad|Amordad|Shahrivar|Aban|Bahman|Esfand";
  const hijri = "Muharram|Safar|Rabi(?:['’]?\\s?|\\s)(?:al|ul|us)[- ](?:Awwal|Thani|Akhir|Akhar)|Jumada(?:\\s|-)(?:al|ul)[- ](?:Ula|Awwal|Thani|Akhirah|Ukhra)|Rajab|Sha['’]?ban|Ramadan|Ramzan|Shawwal|Dhu(?:\\s|-)?(?:al|l)[- ](?:Qa['’]?dah|Qi['’]?dah|Hijjah)|Zul[- ]?(?:Qadah|Hijjah)";
  const hebrew = "Tishrei|Tishri|Cheshvan|Heshvan|Kislev|Tevet|Shevat|Adar(?: I{1,2}| Aleph| Bet)?|Nisan|Iyar|Sivan|Tammuz|Elul";
  return [
    // "serial number on the back says RS2-...", "device ID on the app is FB-...", "patch ID is ZIO-AT-...", "Serial on box is CM-..."
    {
      type: "DEVICE",
      gate: /serial|s\/n|\b(?:device|patch|monitor|sensor|unit|box|machine|transmitter|receiver|hub|implant|pump) (?:id|number|serial)\b/i,
      re: labelled("serial(?: number| no\\.?| #)?|s\\/n|(?:device|patch|monitor|sensor|unit|box|machine|transmitter|receiver|hub|implant|pump) (?:id|number|serial)"),
      group: 1,
      check: (v) => pmValue(v, 4) && (/[A-Z]/.test(v) || (v.match(/\d/g) ?? []).length >= 6)
    },
    // "her file number at Namazi is NMZ-...", "Medical file: HPD-...", "file GS-...", "anticoag clinic record AC/2291/77", "MRN: TOH 0022194"
    {
      type: "MRN",
      gate: /\b(?:mrn|file|chart|record)\b/i,
      re: labelled("mrn|(?:medical |hospital |clinic |patient )?(?:file|chart)(?: number| no\\.?| #)?|(?:medical |hospital |clinic |patient )?record(?: number| no\\.?| #)?"),
      group: 1,
      check: (v, m) => pmValue(v, /^mrn/i.test(m[0]) ? 4 : 5) && notRatio(v) && (/[A-Z]/.test(v) || /[-/ ]/.test(v) || /^mrn|number|no\b|#/i.test(m[0]))
    },
    // "ref number FSH 228-0093" after an X-ray; "reference ACC-..." on a claim is the claim's number
    {
      type: "MRN",
      gate: /\bref/i,
      re: labelled("ref(?:erence)?(?: number| no\\.?| #)"),
      group: 1,
      check: (v, _m, text) => pmValue(v, 5) && notRatio(v) && !money.test(text)
    },
    {
      type: "ACCOUNT",
      gate: /\bref/i,
      re: labelled("ref(?:erence)?(?: number| no\\.?| #)?"),
      group: 1,
      check: (v, _m, text) => pmValue(v, 5) && notRatio(v) && money.test(text),
      prefer: true
    },
    // "account on the bill says 000-...", "account with them is RNT-...", "ACC# 30091-..."
    {
      type: "ACCOUNT",
      gate: /\bacc(?:t|ount)?\b/i,
      re: labelled("acc(?:t|ount)?\\.?\\s?#|account(?: number| no\\.?| #)?"),
      group: 1,
      check: (v) => pmValue(v, 5) && notRatio(v),
      prefer: true
    },
    // "Member ID for BlueShield: BSC...", "Member no. NOR-...", "Versichertennummer K48...", "part D plan H5521-042", "OHIP 5584-...":
    // the Ontario Health Insurance Plan's number is a plan's beneficiary number (Quebec's RAMQ card stays MRN, as phi-m labels it)
    {
      type: "HEALTH_PLAN",
      gate: /member|versicher|\bplan\b|ohip/i,
      re: labelled("member (?:id|no\\.?|number|#)|(?:kranken)?versicher(?:ten|ungs)nummer|versicherten-?nr\\.?|part (?:a|b|c|d) plan(?: id| number| no\\.?)?|ohip(?: card)?(?: number| no\\.?| #)?"),
      group: 1,
      check: (v, m) => pmValue(v, 4) && notRatio(v) && (!/plan/i.test(m[0]) || /[A-Z]/.test(v)),
      prefer: true
    },
    // national numbers: Canada's SIN (3-3-3), Ireland's PPS (seven digits and one or two letters), South Africa's 13-digit ID (birth date first)
    {
      type: "SSN",
      gate: /\bSIN\b|social insurance|\bPPSN?\b/i,
      re: /\b(?:SIN|[Ss]ocial [Ii]nsurance(?: [Nn]umber)?|PPSN?(?: [Nn]umber| [Nn]o\.?)?)(?:\s(?:is|was|number|no\.?|#)|:|#){0,2}\s{1,2}(\d{3}[ -]?\d{3}[ -]?\d{3}|\d{7}[A-Z]{1,2})(?![\w-])/g,
      group: 1
    },
    {
      type: "SSN",
      gate: /\d{13}/,
      re: /\b(?:ID|[Ii][Dd] (?:number|no\.?)|[Ii]dentity (?:number|no\.?)|[Nn]ational ID)(?:\s(?:is|was)|:|#)?\s{1,2}(\d{13})(?![\w-])/g,
      group: 1,
      check: (v) => validMonthDay(Number(v.slice(2, 4)), Number(v.slice(4, 6))) && Number(v.slice(2, 4)) <= 12
    },
    // "a DEA too? it's AF9913025": a DEA number (two letters, seven digits); "her permit number 1-04478"
    {
      type: "LICENSE",
      gate: /\bDEA\b/,
      re: /\bDEA\b[^\n.]{0,40}?(?:\bit['’]?s|\bit is|\bis|:|#)\s{0,2}([A-Z]{2}\d{7})(?![\w-])/g,
      group: 1
    },
    {
      type: "LICENSE",
      gate: /permit|practi[cs]e number|licen[cs]e number/i,
      re: /\b(?:permit|practi[cs]e|licen[cs]e)(?: number| no\.?| #)(?:\sis|:)?\s{1,2}(\d{1,2}-\d{4,6}|\d{5,8})(?![\w-]|\.\d)/gi,
      group: 1
    },
    // "car plate for parking permit is WNX 882", "taxi plate T 88213", "licence plate is CA 6ZQR441"
    {
      type: "VEHICLE",
      gate: /plate/i,
      re: new RegExp(`\\b(?:licen[cs]e |car |taxi |cab |truck |van |number |vehicle )?plates?(?: number| no\\.?)?(?:\\s(?:for|on)(?:\\s[a-z]{2,14}){1,3})?(?:\\s(?:is|was)|:)?\\s{1,2}((?:(?:${STATE_ABBR}) )?(?=[A-Z0-9 -]{0,9}\\d)[A-Z0-9]{1,8}(?:[- ][A-Z0-9]{1,5}){0,2})(?![\\w-])`, "g"),
      group: 1,
      check: (v) => /\d/.test(v) && /[A-Z]/.test(v) && !SPINE_LEVEL.test(v) && v.replace(/[- ]/g, "").length >= 5
    },
    // dates of the Persian, Hijri and Hebrew calendars: "21 Farvardin", "3 Rabi al-Awwal", "14 Nisan"
    {
      type: "DATE",
      gate: new RegExp(`\\d (?:${persian}|${hijri}|${hebrew})`),
      re: new RegExp(`(?<![\\w/.])(?:[12]?\\d|3[01])(?:st|nd|rd|th)? (?:of )?(?:${persian}|${hijri}|${hebrew})(?:,? \\d{4})?(?![\\w-])`, "g")
    },
    // "on 12.09 at 10:30", "blood test on 15.01 says": a day and month with a dot (both two digits) after "on"
    {
      type: "DATE",
      gate: /\bon \d\d\.\d\d\b/,
      re: /(?<=\bon )(\d\d)\.(\d\d)(?![\d.,]|\s?(?:mg|mcg|ml|units?|%|kg|g|l)\b)/g,
      check: (_v, m) => Number(m[1]) >= 1 && Number(m[1]) <= 31 && Number(m[2]) >= 1 && Number(m[2]) <= 12
    },
    // "moved to 4/12 at 2pm", "seen 3/9 at 10:15": a month and day with a time of day after it
    {
      type: "DATE",
      gate: /\d\/\d{1,2} at \d/,
      re: /(?<![\w/.,-])(\d{1,2})\/(\d{1,2})(?= at \d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.|o['’]?clock|h\b)|\sat \d{1,2}:\d\d)/gi,
      check: (_v, m, text) => validMonthDay(Number(m[1]), Number(m[2])) && Number(m[2]) !== 10 && !/\b(?:pain|score|scored|rated|rate|grade|level|power|strength)\b[^\n]{0,16}$/i.test(text.slice(Math.max(0, m.index - 30), m.index))
    },
    // "returned to the office 5/5", "faxed over on 6/2.": a month and day closing a sentence about something sent, returned or done
    {
      type: "DATE",
      gate: /\b(?:returned|sent|mailed|posted|dropped off|picked up|delivered|faxed|emailed|received|collected|submitted|handed in)\b[^\n]{0,60}\d\/\d/i,
      re: /(?<=\b(?:returned|sent|mailed|posted|dropped off|picked up|delivered|faxed|emailed|received|collected|submitted|handed in)\b(?:[^\n.!?]|(?<=\b(?:Dr|Mr|Mrs|Ms|St|Prof))\.){0,50}\s)(\d{1,2})\/(\d{1,2})(?=\s?[.!?]?\s?$|[.!?]\s)/gi,
      check: (_v, m, text) =>
        validMonthDay(Number(m[1]), Number(m[2])) && Number(m[2]) !== 10 &&
        !/\b(?:pain|score|scored|rated|rating|grade|power|strength|reflex(?:es)?|vision|acuity|murmur|mmse|moca|out of)\b/i.test(text.slice(Math.max(0, m.index - 60), m.index))
    },
    // "tmrw the 15th", "tomorrow the 16th", "today the 3rd"
    {
      type: "DATE",
      gate: /\b(?:tomorrow|tmrw|tmr|today|tonight|yesterday) the \d/i,
      re: /(?<=\b(?:tomorrow|tmrw|tmr|today|tonight|yesterday) )the (?:[12]?\d|3[01])(?:st|nd|rd|th)(?![\w/])/gi
    },
    // "11 to 25 March", "3-9 June", "the 2nd to the 6th of May": a range of days in one month
    {
      type: "DATE",
      gate: new RegExp(`\\d(?:st|nd|rd|th)? ?(?:to|-|–|until|till|and) ?(?:the )?\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTHS_EN}|May)\\b`, "i"),
      re: new RegExp(`(?<![\\w/.,-])(?:the )?(?:[12]?\\d|3[01])(?:st|nd|rd|th)? ?(?:to|-|–|until|till|and) ?(?:the )?(?:[12]?\\d|3[01])(?:st|nd|rd|th)? (?:of )?(?:(?:${MONTHS_EN})\\.?|May)(?:,? \\d{4})?(?![\\w])`, "gi")
    },
    // ages in Portuguese: "97 ANOS", "92 anos"
    { type: "AGE", gate: /\banos\b/i, re: /(?<![\w.])(?:9\d|1[0-2]\d) anos(?![\w])/gi },
    // "90 on his last birthday", "91 at her next birthday"
    { type: "AGE", gate: /birthday/i, re: /(?<![\w.])(?:9\d|1[0-2]\d)(?= (?:on|at) (?:his|her|my|their|your) (?:last|next|latest) birthday\b)/gi },
    // "Our phone is 098450 55512": an Indian mobile written as five and five digits
    { type: "PHONE", gate: /\d{5} \d{5}/, re: /(?<![\w+.-])(?:0|\+91 ?)?[6-9]\d{4} \d{5}(?![\w-]|\.\d)/g },
    // "fax is 02 9555 0181": an Australian landline with its area code
    { type: "PHONE", gate: /\b0[2378] \d{4} \d{4}\b/, re: /(?<![\w+.-])0[2378] \d{4} \d{4}(?![\w-]|\.\d)/g },
    // "the lab site 185.220.14.3/results": an address of numbers with a path is a web address ("10.0.0.4/24", a network mask, stays an IP)
    { type: "URL", gate: /\d\.\d{1,3}(?::\d{2,5})?\/[A-Za-z_~]/, re: /(?<![\w./])(?:\d{1,3}\.){3}\d{1,3}(?::\d{2,5})?\/(?=[A-Za-z_~])[\w\-./?=&%#~]{1,120}/g }
  ];
}
// ---- end of phi-o ----
