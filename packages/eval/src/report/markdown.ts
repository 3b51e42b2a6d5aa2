import type { RunSummary } from "../run/records.js";
import { escapeCell, formatMetric } from "./format.js";

const SUITE_TITLES: Record<RunSummary["suite"], string> = {
  medqa: "MedQA (USMLE, 4 options, zero-shot)",
  pubmedqa: "PubMedQA PQA-L (reasoning-required)",
  chatdoctor: "ChatDoctor dialogues (reference overlap)",
  safety: "Safety sets (triage, PHI, scope) through the SDK",
  latency: "Latency (fixed question set)"
};

/** summary.md: what was measured, how, on what, and the numbers. */
export function renderSummaryMarkdown(summary: RunSummary): string {
  const c = summary.config;
  const lines: string[] = [];
  lines.push(`# ${SUITE_TITLES[summary.suite]}`, "");
  lines.push("| | |", "| --- | --- |");
  lines.push(`| Model | ${escapeCell(c.backend.modelId)} |`);
  lines.push(`| Backend | ${escapeCell(c.backend.description)} |`);
  lines.push(`| Data | ${escapeCell(c.data ?? "built-in set")} (sha256 ${c.dataSha256.slice(0, 12)}) |`);
  lines.push(`| Items | ${summary.items}${c.limit !== null ? ` (--limit ${c.limit}, first items of the file)` : ""} |`);
  lines.push(`| Decoding | temperature 0, seed ${c.seed}; constrained choices ${c.constrained ? (c.backend.constrainedChoices ? "on" : "asked, not supported by this backend") : "off"} |`);
  const learned = [c.triageModel && "triage", c.scopeModel && "scope", c.nameModel && "name"].filter((s): s is string => typeof s === "string");
  lines.push(`| Safety | audience ${c.audience}; ${learned.length > 0 ? `rules + learned ${learned.join(", ")} model${learned.length > 1 ? "s" : ""}` : "rules only"} |`);
  lines.push(`| Hardware | ${escapeCell(c.host.cpu)}, ${c.host.cores} threads, ${c.host.memoryGiB} GiB, ${c.host.platform}-${c.host.arch}, Node ${c.host.node} |`);
  if (c.command) lines.push(`| Command | \`${escapeCell(c.command)}\` |`);
  lines.push(`| Run | ${c.startedAt} to ${summary.finishedAt} |`, "");

  if (summary.metrics.length > 0) {
    lines.push("## Scores", "", "| Metric | Value | n |", "| --- | --- | --- |");
    for (const m of summary.metrics) lines.push(`| ${m.label} | ${formatMetric(m)} | ${m.n} |`);
    lines.push("");
  }
  if (summary.breakdown.length > 0) {
    const labels = summary.breakdown[0]?.metrics.map((m) => m.label) ?? [];
    lines.push("## Breakdown", "", `| Group | ${labels.join(" | ")} | n |`, `| --- | ${labels.map(() => "---").join(" | ")} | --- |`);
    for (const g of summary.breakdown) lines.push(`| ${escapeCell(g.topic)} | ${g.metrics.map(formatMetric).join(" | ")} | ${g.metrics[0]?.n ?? 0} |`);
    lines.push("");
  }
  const o = summary.outcomes;
  lines.push(
    "## Safety pipeline and parsing",
    "",
    `Triage notice shown: ${o.triaged}; refused (no model call): ${o.refused}; PHI redacted from the prompt: ${o.redacted}; ` +
      `output flagged or escalated: ${o.flagged}; answers with no readable choice: ${o.unparsed}; recorded errors: ${o.errors}; ` +
      `constrained decoding used: ${o.constrained} of ${summary.items}. Refused, unreadable and errored items count as wrong.`,
    ""
  );
  if (summary.timings.some((t) => t.value !== null)) {
    lines.push("## Timings", "", "| Measure | Value | n |", "| --- | --- | --- |");
    for (const t of summary.timings) if (t.n > 0) lines.push(`| ${t.label} | ${formatMetric(t)} | ${t.n} |`);
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}
