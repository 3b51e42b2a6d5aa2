import type { Metric } from "../run/records.js";

/** One metric value as a report shows it: "61.2% (58.5-63.9)", "0.213", "412 ms", "18.3 tok/s". */
export function formatValue(metric: Pick<Metric, "kind" | "value">, value: number | null = metric.value): string {
  if (value === null || !Number.isFinite(value)) return "n/a";
  switch (metric.kind) {
    case "proportion":
      return `${(value * 100).toFixed(1)}%`;
    case "score":
      return Math.abs(value) >= 2 ? value.toFixed(2) : value.toFixed(3);
    case "ms":
      return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
    case "rate":
      return `${value.toFixed(1)} tok/s`;
    case "words":
      return value.toFixed(1);
    case "count":
      return String(Math.round(value));
  }
}

export function formatMetric(metric: Metric): string {
  const v = formatValue(metric);
  if (metric.low === undefined || metric.high === undefined || metric.value === null) return v;
  if (metric.kind === "proportion") return `${v} (95% CI ${(metric.low * 100).toFixed(1)}-${(metric.high * 100).toFixed(1)})`;
  return `${v} (95% CI ${formatValue(metric, metric.low)}-${formatValue(metric, metric.high)})`;
}

/** A signed difference in the metric's unit: "+3.1 pts", "-0.012", "+25 ms". */
export function formatDiff(metric: Pick<Metric, "kind">, diff: number | null): string {
  if (diff === null || !Number.isFinite(diff)) return "n/a";
  const sign = diff > 0 ? "+" : diff < 0 ? "-" : "±";
  const abs = Math.abs(diff);
  switch (metric.kind) {
    case "proportion":
      return `${sign}${(abs * 100).toFixed(1)} pts`;
    case "ms":
      return `${sign}${Math.round(abs)} ms`;
    case "rate":
      return `${sign}${abs.toFixed(1)} tok/s`;
    default:
      return `${sign}${abs >= 2 ? abs.toFixed(2) : abs.toFixed(3)}`;
  }
}

export function formatP(p: number): string {
  return p < 0.001 ? "<0.001" : p.toFixed(3);
}

export function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
