import { wilsonInterval } from "../metrics/proportion.js";
import type { ItemRecord, Metric } from "../run/records.js";

/** Accuracy with its Wilson 95% interval; unparsed, refused and errored items count as wrong. */
export function accuracyMetric(records: readonly ItemRecord[], key = "accuracy", label = "Accuracy"): Metric {
  const n = records.length;
  const k = records.filter((r) => r.correct === true).length;
  const ci = wilsonInterval(k, n);
  return { key, label, kind: "proportion", value: n === 0 ? null : k / n, low: ci.low, high: ci.high, n };
}

export function byTopic(records: readonly ItemRecord[], metrics: (group: readonly ItemRecord[]) => Metric[]): Array<{ topic: string; metrics: Metric[] }> {
  const groups = new Map<string, ItemRecord[]>();
  for (const r of records) {
    if (r.topic === undefined) continue;
    const g = groups.get(r.topic) ?? [];
    g.push(r);
    groups.set(r.topic, g);
  }
  return [...groups.keys()].sort().map((topic) => ({ topic, metrics: metrics(groups.get(topic) ?? []) }));
}

export function proportion(key: string, label: string, k: number, n: number): Metric {
  const ci = wilsonInterval(k, n);
  return { key, label, kind: "proportion", value: n === 0 ? null : k / n, low: ci.low, high: ci.high, n };
}
