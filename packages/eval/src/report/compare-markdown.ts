import type { CompareResult, CompareRow } from "../compare/compare.js";
import { escapeCell, formatDiff, formatMetric, formatP, formatValue } from "./format.js";

function table(title: string, rows: readonly CompareRow[], a: string, b: string): string[] {
  const shown = rows.filter((r) => (r.a?.n ?? 0) > 0 || (r.b?.n ?? 0) > 0);
  if (shown.length === 0) return [];
  const out = [`## ${title}`, "", `| Metric | A: ${escapeCell(a)} | B: ${escapeCell(b)} | B - A |`, "| --- | --- | --- | --- |"];
  for (const r of shown) {
    out.push(`| ${r.label} | ${r.a ? formatMetric(r.a) : "n/a"} | ${r.b ? formatMetric(r.b) : "n/a"} | ${formatDiff({ kind: r.kind }, r.diff)} |`);
  }
  out.push("");
  return out;
}

/** compare.md: the two runs side by side, then the paired tests. */
export function renderCompareMarkdown(result: CompareResult, alpha = 0.05): string {
  const { a, b } = result;
  const lines: string[] = [`# Compare ${result.suite}: A vs B`, ""];
  lines.push(`- A: \`${escapeCell(a.dir)}\`, ${escapeCell(a.config.backend.description)}, ${a.summary.items} items`);
  lines.push(`- B: \`${escapeCell(b.dir)}\`, ${escapeCell(b.config.backend.description)}, ${b.summary.items} items`);
  lines.push(`- Items answered in both runs (paired by id): ${result.pairedItems}${result.sameData ? "" : " — the data files differ, only shared ids are paired"}`, "");
  lines.push(...table("Scores", result.metrics, a.label, b.label));
  lines.push(...table("Timings", result.timings, a.label, b.label));
  if (result.paired.length > 0) {
    lines.push("## Paired significance", "", "| Measure | Test | n | A better | B better | Median B - A | p | Significant |", "| --- | --- | --- | --- | --- | --- | --- | --- |");
    for (const p of result.paired) {
      const median = p.medianDiff === undefined ? "" : formatValue({ kind: p.key.endsWith("Ms") ? "ms" : "score", value: p.medianDiff });
      lines.push(`| ${p.label} | ${p.method} | ${p.n} | ${p.aBetter} | ${p.bBetter} | ${median} | ${formatP(p.pValue)} | ${p.n === 0 ? "no data" : p.pValue < alpha ? `yes (p < ${alpha})` : "no"} |`);
    }
    lines.push("", `"A better" counts items where only A was right (McNemar) or A scored better (sign test); ties are left out. Two-sided exact tests.`, "");
  }
  return `${lines.join("\n")}\n`;
}
