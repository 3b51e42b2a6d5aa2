import { InvalidInputError } from "@medslm/core";
import type { SuiteName } from "../types.js";
import { chatdoctorSuite } from "./chatdoctor.js";
import { latencySuite } from "./latency.js";
import { medqaSuite } from "./medqa.js";
import { pubmedqaSuite } from "./pubmedqa.js";
import { safetySuite } from "./safety.js";
import type { SuiteDefinition } from "./suite.js";

export const SUITES: Readonly<Record<SuiteName, SuiteDefinition>> = {
  medqa: medqaSuite,
  pubmedqa: pubmedqaSuite,
  chatdoctor: chatdoctorSuite,
  safety: safetySuite,
  latency: latencySuite
};

export const SUITE_NAMES = Object.keys(SUITES) as SuiteName[];

export function getSuite(name: string): SuiteDefinition {
  const suite = (SUITES as Record<string, SuiteDefinition | undefined>)[name];
  if (!suite) throw new InvalidInputError({ field: "suite", reason: `unknown suite "${name}"; choose one of ${SUITE_NAMES.join(", ")}.` });
  return suite;
}
