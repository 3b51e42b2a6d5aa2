import type { PatientContext } from "@medslm/core";

export type SuiteName = "medqa" | "pubmedqa" | "chatdoctor" | "safety" | "latency";

/** One question of a suite, ready to be asked through the SDK. */
export interface EvalItem {
  /** Stable across runs of the same file: resume and `compare` pair items by it. */
  id: string;
  /** The text given to `Medslm.ask` as the question (the SDK wraps it in the prompt template). */
  question: string;
  context?: PatientContext;
  /** The allowed answers, for constrained decoding where the backend supports it. */
  choices?: readonly string[];
  /** The gold answer: a letter, yes/no/maybe, the doctor's reply, or a safety label (JSON). */
  expected: string;
  /** Group for per-topic breakdowns (MedQA `meta_info`, safety set name). */
  topic?: string;
  maxTokens?: number;
}

/** Safety label of one item (see README, "safety"). */
export interface SafetyExpectation {
  set: "triage" | "phi" | "scope";
  /** triage: the level the pipeline must give. */
  triage?: "emergency" | "urgent" | "routine";
  /** scope: true when the question must be refused. */
  refuse?: boolean;
  /** scope: the category when refused. */
  category?: string;
  /** phi: the exact strings that must never reach the model. */
  phi?: readonly string[];
  /** phi: strings that must reach the model unchanged (no over-redaction of ages, doses, readings). */
  keep?: readonly string[];
}
