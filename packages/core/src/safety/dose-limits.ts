/**
 * Usual adult maximums for common medicines (labelled maximums for healthy adults; the
 * prescriber's or label's lower limit applies where one exists). Used only to *flag* dose
 * statements in model output for a second look, never to advise.
 */
export interface DoseLimit {
  names: string[];
  /** Largest usual single dose, mg. */
  maxSingleMg: number;
  /** Largest usual total per 24 h, mg. */
  maxDailyMg: number;
}

export const DOSE_LIMITS: DoseLimit[] = [
  { names: ["acetaminophen", "paracetamol", "tylenol"], maxSingleMg: 1000, maxDailyMg: 4000 },
  { names: ["ibuprofen", "advil", "motrin"], maxSingleMg: 800, maxDailyMg: 3200 },
  { names: ["naproxen", "aleve", "naprosyn"], maxSingleMg: 1000, maxDailyMg: 1500 },
  { names: ["aspirin"], maxSingleMg: 1000, maxDailyMg: 4000 },
  { names: ["diphenhydramine", "benadryl"], maxSingleMg: 50, maxDailyMg: 300 },
  { names: ["cetirizine", "zyrtec"], maxSingleMg: 10, maxDailyMg: 10 },
  { names: ["loratadine", "claritin"], maxSingleMg: 10, maxDailyMg: 10 },
  { names: ["fexofenadine", "allegra"], maxSingleMg: 180, maxDailyMg: 180 },
  { names: ["metformin"], maxSingleMg: 1000, maxDailyMg: 2550 },
  { names: ["lisinopril"], maxSingleMg: 80, maxDailyMg: 80 },
  { names: ["amlodipine"], maxSingleMg: 10, maxDailyMg: 10 },
  { names: ["atorvastatin", "lipitor"], maxSingleMg: 80, maxDailyMg: 80 },
  { names: ["simvastatin"], maxSingleMg: 40, maxDailyMg: 40 },
  { names: ["sertraline", "zoloft"], maxSingleMg: 200, maxDailyMg: 200 },
  { names: ["fluoxetine", "prozac"], maxSingleMg: 80, maxDailyMg: 80 },
  { names: ["amoxicillin"], maxSingleMg: 1000, maxDailyMg: 3000 },
  { names: ["omeprazole", "prilosec"], maxSingleMg: 40, maxDailyMg: 80 },
  { names: ["loperamide", "imodium"], maxSingleMg: 4, maxDailyMg: 16 },
  { names: ["prednisone"], maxSingleMg: 80, maxDailyMg: 80 },
  { names: ["gabapentin", "neurontin"], maxSingleMg: 1200, maxDailyMg: 3600 },
  { names: ["levothyroxine", "synthroid"], maxSingleMg: 0.3, maxDailyMg: 0.3 },
  { names: ["warfarin", "coumadin"], maxSingleMg: 15, maxDailyMg: 15 },
  { names: ["melatonin"], maxSingleMg: 10, maxDailyMg: 10 },
  { names: ["pseudoephedrine", "sudafed"], maxSingleMg: 60, maxDailyMg: 240 },
  { names: ["dextromethorphan"], maxSingleMg: 30, maxDailyMg: 120 },
  { names: ["guaifenesin", "mucinex"], maxSingleMg: 1200, maxDailyMg: 2400 },
  { names: ["famotidine", "pepcid"], maxSingleMg: 40, maxDailyMg: 80 },
  { names: ["tramadol"], maxSingleMg: 100, maxDailyMg: 400 },
  { names: ["oxycodone"], maxSingleMg: 30, maxDailyMg: 160 },
  { names: ["alprazolam", "xanax"], maxSingleMg: 2, maxDailyMg: 10 },
  { names: ["lorazepam", "ativan"], maxSingleMg: 4, maxDailyMg: 10 },
  { names: ["zolpidem", "ambien"], maxSingleMg: 10, maxDailyMg: 10 },
  { names: ["hydrochlorothiazide"], maxSingleMg: 50, maxDailyMg: 50 },
  { names: ["losartan"], maxSingleMg: 100, maxDailyMg: 100 },
  { names: ["metoprolol"], maxSingleMg: 200, maxDailyMg: 400 },
  { names: ["furosemide", "lasix"], maxSingleMg: 200, maxDailyMg: 600 },
  { names: ["ciprofloxacin", "cipro"], maxSingleMg: 750, maxDailyMg: 1500 },
  { names: ["azithromycin", "zithromax"], maxSingleMg: 2000, maxDailyMg: 2000 },
  { names: ["doxycycline"], maxSingleMg: 200, maxDailyMg: 200 },
  { names: ["cephalexin", "keflex"], maxSingleMg: 1000, maxDailyMg: 4000 },
  { names: ["montelukast", "singulair"], maxSingleMg: 10, maxDailyMg: 10 },
  { names: ["escitalopram", "lexapro"], maxSingleMg: 20, maxDailyMg: 20 },
  { names: ["citalopram", "celexa"], maxSingleMg: 40, maxDailyMg: 40 }
];

const BY_NAME = new Map<string, DoseLimit>();
for (const d of DOSE_LIMITS) for (const n of d.names) BY_NAME.set(n, d);

export interface DoseStatement {
  drug: string;
  limit: DoseLimit;
  singleMg: number;
  dailyMg?: number;
  start: number;
  end: number;
}

const DRUG_RE = new RegExp(`\\b(${[...BY_NAME.keys()].join("|")})\\b`, "gi");
const AMOUNT_RE = /(\d{1,3}(?:,\d{3})+|\d{1,6}(?:\.\d{1,3})?)\s?(mg|milligrams?|g|grams?|mcg|micrograms?)\b/gi;
const FREQ_RE = /\bevery (\d{1,2})(?:\s?(?:-|to)\s?\d{1,2})? ?(?:hours?|hrs?|h)\b|\b(\d|once|twice|three|four|five|six)(?: times)? (?:a|per|each) day\b|\b(once|twice) daily\b/i;
const WORD_NUM: Record<string, number> = { once: 1, twice: 2, three: 3, four: 4, five: 5, six: 6 };

function toMg(value: string, unit: string): number {
  const n = Number(value.replace(/,/g, ""));
  const u = unit.toLowerCase();
  if (u.startsWith("mc") || u.startsWith("micro")) return n / 1000;
  if (u === "g" || u.startsWith("gram")) return n * 1000;
  return n;
}

/**
 * Dose statements in one sentence that exceed a known adult maximum: an amount within
 * 60 characters after a drug name, with the frequency (if stated) turned into a daily total.
 */
export function dosesAboveMax(sentence: string): DoseStatement[] {
  const out: DoseStatement[] = [];
  DRUG_RE.lastIndex = 0;
  let d: RegExpExecArray | null;
  while ((d = DRUG_RE.exec(sentence)) !== null) {
    const limit = BY_NAME.get(d[1]!.toLowerCase());
    if (!limit) continue;
    const windowText = sentence.slice(d.index, d.index + 80);
    AMOUNT_RE.lastIndex = 0;
    const a = AMOUNT_RE.exec(windowText);
    if (!a) continue;
    const singleMg = toMg(a[1]!, a[2]!);
    const rest = windowText.slice(a.index);
    const f = FREQ_RE.exec(rest);
    let perDay: number | undefined;
    if (f?.[1]) perDay = 24 / Math.max(1, Number(f[1]));
    else if (f?.[2]) perDay = WORD_NUM[f[2].toLowerCase()] ?? Number(f[2]);
    else if (f?.[3]) perDay = WORD_NUM[f[3].toLowerCase()];
    const perDayText = /\b(?:a|per|each) day\b|\bdaily\b|\/day\b/i.test(rest.slice(a[0].length, a[0].length + 12)) && perDay === undefined;
    const dailyMg = perDay !== undefined ? singleMg * perDay : perDayText ? singleMg : undefined;
    const overSingle = !perDayText && singleMg > limit.maxSingleMg * 1.0001;
    const overDaily = dailyMg !== undefined && dailyMg > limit.maxDailyMg * 1.0001;
    if (overSingle || overDaily) {
      out.push({
        drug: d[1]!,
        limit,
        singleMg,
        ...(dailyMg !== undefined ? { dailyMg } : {}),
        start: d.index,
        end: d.index + a.index + a[0].length
      });
    }
  }
  return out;
}
