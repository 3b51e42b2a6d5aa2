import type { Audience } from "@medslm/core";
import type { ItemRecord, Metric } from "../run/records.js";
import type { EvalItem, SuiteName } from "../types.js";

/** What a suite adds to a record once the model answered. */
export type ItemScore = Pick<ItemRecord, "parsed" | "correct"> & Partial<Pick<ItemRecord, "method" | "scores">>;

/** A paired comparison `compare` runs between two runs of the same suite. */
export interface PairedMeasure {
  key: string;
  label: string;
  /** boolean: McNemar's exact test; number: sign test. */
  of: (record: ItemRecord) => boolean | number | null;
  /** For numbers: which direction is better. */
  higherIsBetter?: boolean;
}

export interface SuiteDefinition {
  name: SuiteName;
  /** Who the safety pipeline speaks to (README: exams use "student", see "Safety and exam text"). */
  audience: Audience;
  /** Whether the suite needs a data file (latency and safety have built-in defaults). */
  needsData: boolean;
  load(file: string | undefined): Promise<EvalItem[]>;
  score(item: EvalItem, answer: string, record: Pick<ItemRecord, "safety" | "prompt">): ItemScore;
  summarize(records: readonly ItemRecord[]): { metrics: Metric[]; breakdown: Array<{ topic: string; metrics: Metric[] }> };
  paired: PairedMeasure[];
}
