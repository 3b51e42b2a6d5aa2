import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { mean, percentile } from "../metrics/proportion.js";
import type { SuiteDefinition } from "../suites/suite.js";
import type { ItemRecord, Metric, RunConfig, RunSummary } from "./records.js";
import { RUN_FILES } from "./run-dir.js";
import { renderSummaryMarkdown } from "../report/markdown.js";

function timingMetrics(records: readonly ItemRecord[], prefix: string, label: string): Metric[] {
  const ok = records.filter((r) => r.error === undefined && r.finishReason !== "refused");
  const ttft = ok.map((r) => r.timings.ttftMs).filter((v): v is number => v !== null);
  const total = ok.map((r) => r.timings.totalMs);
  const rate = ok.map((r) => r.timings.tokensPerSecond).filter((v): v is number => v !== null);
  const metric = (key: string, name: string, kind: Metric["kind"], values: number[], q: number | "mean"): Metric => ({
    key: `${prefix}${key}`,
    label: `${label}${name}`,
    kind,
    value: (q === "mean" ? mean(values) : percentile(values, q)) ?? null,
    n: values.length
  });
  return [
    metric("ttftP50", "time to first token p50", "ms", ttft, 0.5),
    metric("ttftP95", "time to first token p95", "ms", ttft, 0.95),
    metric("totalP50", "full answer p50", "ms", total, 0.5),
    metric("totalP95", "full answer p95", "ms", total, 0.95),
    metric("tokensPerSecondP50", "tokens/s p50", "rate", rate, 0.5),
    metric("tokensPerSecondMean", "tokens/s mean", "rate", rate, "mean")
  ];
}

/** Scores a run from its records (sorted by data-file position, so completion order does not matter). */
export function summarizeRun(suite: SuiteDefinition, config: RunConfig, unsorted: readonly ItemRecord[]): RunSummary {
  const all = [...unsorted].sort((a, b) => a.index - b.index);
  const cold = all.filter((r) => r.timings.phase === "cold");
  const warm = all.filter((r) => r.timings.phase === "warm");
  // Latency's cold items are extra measurements, not questions of the set.
  const scored = suite.name === "latency" ? warm : all;
  const { metrics, breakdown } = suite.summarize(scored);
  const timings =
    suite.name === "latency"
      ? [
          ...timingMetrics(warm, "warm.", "Warm: "),
          ...timingMetrics(cold, "cold.", "Cold: "),
          {
            key: "cold.loadMs",
            label: "Cold: backend creation (model load)",
            kind: "ms" as const,
            value: mean(cold.map((r) => r.timings.loadMs ?? 0)) ?? null,
            n: cold.length
          }
        ]
      : timingMetrics(all, "", "");
  return {
    schema: "medslm-eval-summary/v1",
    suite: suite.name,
    config,
    items: scored.length,
    metrics,
    breakdown,
    outcomes: {
      triaged: scored.filter((r) => r.safety.triage !== "routine").length,
      refused: scored.filter((r) => r.safety.refused).length,
      redacted: scored.filter((r) => r.safety.redacted).length,
      flagged: scored.filter((r) => r.safety.flags.length > 0 || r.safety.escalation).length,
      errors: scored.filter((r) => r.error !== undefined).length,
      constrained: scored.filter((r) => r.constrained).length,
      unparsed: scored.filter((r) => r.correct !== null && r.parsed === null).length
    },
    timings,
    finishedAt: new Date().toISOString()
  };
}

export async function writeSummary(dir: string, summary: RunSummary): Promise<void> {
  await writeFile(join(dir, RUN_FILES.summaryJson), `${JSON.stringify(summary, null, 2)}\n`);
  await writeFile(join(dir, RUN_FILES.summaryMd), renderSummaryMarkdown(summary));
}
