import type { Metric, RunSummary } from "../run/records.js";
import { formatValue } from "./format.js";

const PALETTE = ["#2563eb", "#f97316", "#16a34a", "#9333ea", "#dc2626", "#0891b2"];

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function scaleMax(kind: Metric["kind"], values: number[]): number {
  const max = Math.max(0, ...values);
  if (kind === "proportion") return 1;
  if (kind === "score") return max <= 1 ? 1 : max <= 100 ? 100 : max * 1.1;
  return max > 0 ? max * 1.1 : 1;
}

/**
 * A plain SVG bar chart of several runs: one group per metric, one bar per run, 95% intervals as
 * whiskers where the metric has one. Scores use their natural scale (0-100% for accuracy).
 */
export function renderChart(runs: ReadonlyArray<{ label: string; summary: RunSummary }>, options: { title?: string } = {}): string {
  const keys: Array<{ key: string; label: string; kind: Metric["kind"]; source: "metrics" | "timings" }> = [];
  for (const { summary } of runs) {
    const pick = (list: readonly Metric[], source: "metrics" | "timings"): void => {
      for (const m of list) {
        if (m.n === 0 || keys.some((k) => k.key === m.key)) continue;
        if (source === "timings" && !/P50$|loadMs$/.test(m.key)) continue;
        keys.push({ key: m.key, label: m.label, kind: m.kind, source });
      }
    };
    pick(summary.metrics, "metrics");
    if (summary.suite === "latency" || summary.metrics.length === 0) pick(summary.timings, "timings");
  }
  const width = 800;
  const left = 250;
  const barWidth = width - left - 150;
  const barH = 16;
  const gap = 4;
  const legendH = 24 * runs.length + 8;
  const titleH = 32;
  const groupH = runs.length * (barH + gap) + 26;
  const height = titleH + legendH + keys.length * groupH + 10;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="12" y="22" font-size="16" font-weight="600">${esc(options.title ?? `medslm eval: ${runs[0]?.summary.suite ?? ""}`)}</text>`
  ];
  runs.forEach((run, i) => {
    const y = titleH + i * 24;
    out.push(`<rect x="12" y="${y + 4}" width="14" height="14" fill="${PALETTE[i % PALETTE.length]}"/>`);
    out.push(`<text x="32" y="${y + 16}">${esc(run.label)} — ${run.summary.items} items</text>`);
  });
  keys.forEach((k, gi) => {
    const y0 = titleH + legendH + gi * groupH;
    const metrics = runs.map((r) => (k.source === "metrics" ? r.summary.metrics : r.summary.timings).find((m) => m.key === k.key));
    const values = metrics.flatMap((m) => (m ? [m.value ?? 0, m.high ?? 0] : []));
    const max = scaleMax(k.kind, values);
    out.push(`<text x="12" y="${y0 + 14}" font-weight="600">${esc(k.label)}</text>`);
    out.push(`<line x1="${left}" y1="${y0 + 18}" x2="${left}" y2="${y0 + groupH - 6}" stroke="#9ca3af"/>`);
    // The scale's end, so bar lengths can be read: 100% for proportions, else the largest value.
    out.push(`<line x1="${left + barWidth}" y1="${y0 + 18}" x2="${left + barWidth}" y2="${y0 + groupH - 6}" stroke="#e5e7eb" stroke-dasharray="3 3"/>`);
    out.push(`<text x="${left + barWidth}" y="${y0 + 14}" text-anchor="end" fill="#6b7280" font-size="10">${esc(formatValue({ kind: k.kind, value: max }))}</text>`);
    metrics.forEach((m, ri) => {
      const y = y0 + 20 + ri * (barH + gap);
      if (!m || m.value === null) {
        out.push(`<text x="${left + 6}" y="${y + 12}" fill="#6b7280">n/a</text>`);
        return;
      }
      const w = Math.max(1, (m.value / max) * barWidth);
      out.push(`<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${PALETTE[ri % PALETTE.length]}"/>`);
      if (m.low !== undefined && m.high !== undefined) {
        const x1 = left + (m.low / max) * barWidth;
        const x2 = left + (m.high / max) * barWidth;
        const cy = y + barH / 2;
        out.push(`<path d="M${x1.toFixed(1)} ${cy}H${x2.toFixed(1)}M${x1.toFixed(1)} ${cy - 5}V${cy + 5}M${x2.toFixed(1)} ${cy - 5}V${cy + 5}" stroke="#111827" stroke-width="1.5" fill="none"/>`);
      }
      const textX = left + Math.max(w, m.high !== undefined ? (m.high / max) * barWidth : 0) + 6;
      out.push(`<text x="${textX.toFixed(1)}" y="${y + 12}">${esc(formatValue(m))}</text>`);
    });
  });
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
