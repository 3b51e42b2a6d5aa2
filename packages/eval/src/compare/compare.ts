import { EvalRunError } from "../errors/eval-run-error.js";
import { mcnemarExact, signTest, type PairedTest } from "../metrics/significance.js";
import type { ItemRecord, Metric, RunConfig, RunSummary } from "../run/records.js";
import { readRun } from "../run/run-dir.js";
import { summarizeRun } from "../run/summary.js";
import { getSuite } from "../suites/index.js";

export interface CompareRow {
  key: string;
  label: string;
  kind: Metric["kind"];
  a: Metric | undefined;
  b: Metric | undefined;
  /** B minus A. */
  diff: number | null;
}

export interface PairedRow extends PairedTest {
  key: string;
  label: string;
  /** Items present in both runs with a value for this measure. */
  n: number;
  /** For continuous measures: the median of B - A over the paired items. */
  medianDiff?: number;
  higherIsBetter?: boolean;
}

export interface RunRef {
  dir: string;
  label: string;
  config: RunConfig;
  summary: RunSummary;
}

export interface CompareResult {
  suite: RunSummary["suite"];
  a: RunRef;
  b: RunRef;
  /** Both runs used byte-identical data files. */
  sameData: boolean;
  pairedItems: number;
  metrics: CompareRow[];
  timings: CompareRow[];
  paired: PairedRow[];
}

function rows(a: readonly Metric[], b: readonly Metric[]): CompareRow[] {
  const keys = [...new Set([...a.map((m) => m.key), ...b.map((m) => m.key)])];
  return keys.map((key) => {
    const ma = a.find((m) => m.key === key);
    const mb = b.find((m) => m.key === key);
    const diff = ma?.value != null && mb?.value != null ? mb.value - ma.value : null;
    return { key, label: (ma ?? mb)!.label, kind: (ma ?? mb)!.kind, a: ma, b: mb, diff };
  });
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((x, y) => x - y);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** A short label for a run: its model, or its directory when both runs share a model. */
export function runLabel(config: RunConfig, dir: string): string {
  const model = config.backend.modelId.split(/[\\/]/).filter(Boolean).pop() ?? config.backend.modelId;
  return `${model} (${dir.split(/[\\/]/).filter(Boolean).pop() ?? dir})`;
}

/** Loads a run and scores it from its records, so a partial or edited run is summarized the same way. */
export async function loadRunForCompare(dir: string): Promise<{ config: RunConfig; records: ItemRecord[]; summary: RunSummary }> {
  const { config, records } = await readRun(dir);
  const suite = getSuite(config.suite);
  const byId = new Map<string, ItemRecord>();
  for (const r of records) if (!byId.has(r.id)) byId.set(r.id, r);
  return { config, records: [...byId.values()], summary: summarizeRun(suite, config, [...byId.values()]) };
}

/**
 * Two runs of one suite side by side, with B - A and paired significance tests over the items
 * both runs answered: McNemar's exact test for right/wrong, a sign test for continuous scores.
 */
export async function compareRuns(dirA: string, dirB: string): Promise<CompareResult> {
  const A = await loadRunForCompare(dirA);
  const B = await loadRunForCompare(dirB);
  if (A.config.suite !== B.config.suite) {
    throw new EvalRunError({ dir: dirB, reason: `it is a ${B.config.suite} run and ${dirA} is a ${A.config.suite} run; compare runs of the same suite.` });
  }
  const suite = getSuite(A.config.suite);
  const bById = new Map(B.records.map((r) => [r.id, r]));
  const common = A.records.filter((r) => bById.has(r.id)).map((r) => [r, bById.get(r.id)!] as const);
  const paired: PairedRow[] = suite.paired.map((measure) => {
    const values = common
      .map(([ra, rb]) => ({ a: measure.of(ra), b: measure.of(rb) }))
      .filter((v): v is { a: boolean | number; b: boolean | number } => v.a !== null && v.b !== null);
    if (values.every((v) => typeof v.a === "boolean")) {
      return { key: measure.key, label: measure.label, n: values.length, ...mcnemarExact(values as Array<{ a: boolean; b: boolean }>) };
    }
    const numbers = values as Array<{ a: number; b: number }>;
    // For "lower is better" measures, "A better" means A is lower.
    const oriented = measure.higherIsBetter === false ? numbers.map((v) => ({ a: -v.a, b: -v.b })) : numbers;
    const diffMedian = median(numbers.map((v) => v.b - v.a));
    return {
      key: measure.key,
      label: measure.label,
      n: numbers.length,
      ...signTest(oriented),
      ...(diffMedian !== undefined ? { medianDiff: diffMedian } : {}),
      ...(measure.higherIsBetter !== undefined ? { higherIsBetter: measure.higherIsBetter } : {})
    };
  });
  return {
    suite: A.config.suite,
    a: { dir: dirA, label: runLabel(A.config, dirA), config: A.config, summary: A.summary },
    b: { dir: dirB, label: runLabel(B.config, dirB), config: B.config, summary: B.summary },
    sameData: A.config.dataSha256 === B.config.dataSha256,
    pairedItems: common.length,
    metrics: rows(A.summary.metrics, B.summary.metrics),
    timings: rows(A.summary.timings, B.summary.timings),
    paired
  };
}
