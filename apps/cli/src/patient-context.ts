import { InvalidInputError, type PatientContext } from "@medslm/core";
import type { Argv } from "yargs";

export interface PatientContextArgs {
  context?: string | undefined;
  age?: number | undefined;
  sex?: string | undefined;
  medications?: string | string[] | undefined;
  conditions?: string | string[] | undefined;
  notes?: string | undefined;
}

const KEYS = ["age", "sex", "medications", "conditions", "notes"] as const;

function list(value: string | readonly string[] | undefined): string[] | undefined {
  // `--medications "metformin 500 mg, lisinopril"` and repeated flags (which yargs makes a list) both work.
  const values = typeof value === "string" ? [value] : value;
  const items = values?.flatMap((v) => String(v).split(",")).map((v) => v.trim()).filter((v) => v !== "");
  return items && items.length > 0 ? items : undefined;
}

function parseJsonContext(text: string): PatientContext {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InvalidInputError({
      field: "--context",
      reason: `expected a JSON object such as '{"age":54,"sex":"female","medications":["metformin"]}'.`
    });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InvalidInputError({ field: "--context", reason: "expected a JSON object, not " + (Array.isArray(value) ? "an array." : `${typeof value}.`) });
  }
  const record = value as Record<string, unknown>;
  const unknownKeys = Object.keys(record).filter((k) => !(KEYS as readonly string[]).includes(k));
  if (unknownKeys.length > 0) {
    throw new InvalidInputError({ field: "--context", reason: `unknown field(s) ${unknownKeys.join(", ")}; use ${KEYS.join(", ")}.` });
  }
  const out: PatientContext = {};
  if (record.age !== undefined) {
    if (typeof record.age !== "number" && typeof record.age !== "string") throw new InvalidInputError({ field: "--context.age", reason: "expected a number." });
    out.age = record.age;
  }
  for (const key of ["sex", "notes"] as const) {
    const v = record[key];
    if (v === undefined) continue;
    if (typeof v !== "string") throw new InvalidInputError({ field: `--context.${key}`, reason: "expected text." });
    out[key] = v;
  }
  for (const key of ["medications", "conditions"] as const) {
    const v = record[key];
    if (v === undefined) continue;
    if (typeof v === "string") out[key] = v;
    else if (Array.isArray(v) && v.every((item) => typeof item === "string")) out[key] = v as string[];
    else throw new InvalidInputError({ field: `--context.${key}`, reason: "expected a list of strings." });
  }
  return out;
}

/** The patient context from `--context '<json>'` and/or the single-field flags (the flags win). */
export function patientContextFromArgs(args: PatientContextArgs): PatientContext | undefined {
  const context: PatientContext = args.context !== undefined ? parseJsonContext(args.context) : {};
  if (args.age !== undefined) {
    if (!Number.isFinite(args.age) || args.age < 0 || args.age > 150) throw new InvalidInputError({ field: "--age", reason: "expected an age in years (0-150)." });
    context.age = args.age;
  }
  if (args.sex !== undefined) context.sex = args.sex;
  if (args.notes !== undefined) context.notes = args.notes;
  const medications = list(args.medications);
  if (medications) context.medications = medications;
  const conditions = list(args.conditions);
  if (conditions) context.conditions = conditions;
  return Object.keys(context).length > 0 ? context : undefined;
}

/** `--context` and the single-field flags, for `ask` and `chat`. */
export function withPatientContextOptions<T>(yargs: Argv<T>) {
  const group = "Patient context:";
  return yargs
    .option("context", { type: "string", describe: 'Patient context as JSON: \'{"age":54,"sex":"female","medications":["metformin"]}\'', group })
    .option("age", { type: "number", describe: "Patient age in years", group })
    .option("sex", { type: "string", describe: "Patient sex", group })
    .option("medications", { type: "string", describe: "Current medications (comma-separated or repeated)", group })
    .option("conditions", { type: "string", describe: "Known conditions (comma-separated or repeated)", group })
    .option("notes", { type: "string", describe: "Other context, free text", group });
}
