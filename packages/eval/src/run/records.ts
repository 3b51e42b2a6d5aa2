import type { ExtractionMethod } from "../extract/answer-letter.js";
import type { SuiteName } from "../types.js";

/** What the safety pipeline did with one item. */
export interface SafetyOutcome {
  triage: "emergency" | "urgent" | "routine";
  refused: boolean;
  /** The refusal category, when refused. */
  category?: string;
  /** Output checks that flagged the answer (rule ids). */
  flags: string[];
  /** An escalation notice was added after the answer. */
  escalation: boolean;
  /** The prompt the model saw differs from the question as given: PHI was replaced by placeholders. */
  redacted: boolean;
}

export interface ItemTimings {
  /** Cold: the first request after the backend was created; warm: any later one. */
  phase: "cold" | "warm";
  /** From the call to the first answer text the user sees (after safety checks). */
  ttftMs: number | null;
  /** From the call to the end of the answer. */
  totalMs: number;
  completionTokens: number | null;
  /** Generation speed after the first token: (tokens - 1) / (last token - first token), at the backend. */
  tokensPerSecond: number | null;
  /** Latency suite, cold items: how long creating the backend (loading the model) took. */
  loadMs?: number;
}

/** One line of results.jsonl: everything needed to re-score, audit or compare the item. */
export interface ItemRecord {
  id: string;
  /** Position in the data file, so summaries do not depend on completion order. */
  index: number;
  topic?: string;
  /** The question given to Medslm.ask (the suite's documented prompt). */
  question: string;
  /** The exact prompt the backend received; null when the SDK refused before calling the model. */
  prompt: string | null;
  /** The model's answer as the SDK returned it (after stop sequences and output checks). */
  raw: string;
  parsed: string | null;
  method?: ExtractionMethod;
  expected: string;
  /** null where the suite has no right answer (chatdoctor, latency). */
  correct: boolean | null;
  /** Per-item scores (rougeL, chrf, words). */
  scores?: Record<string, number>;
  /** Whether `choices` were enforced by the backend for this item. */
  constrained: boolean;
  safety: SafetyOutcome;
  finishReason: string;
  timings: ItemTimings;
  /** A per-item failure the run recorded and moved past (context too long, input refused). */
  error?: { code: string; message: string };
}

export interface RunConfig {
  schema: "medslm-eval-run/v1";
  suite: SuiteName;
  /** Absolute path of the data file; null for the built-in latency set. */
  data: string | null;
  /** SHA-256 of the data file's bytes (or of the built-in set), so resume refuses another file. */
  dataSha256: string;
  limit: number | null;
  seed: number;
  temperature: number;
  /** --max-tokens when given (null: each suite's default). */
  maxTokens?: number | null;
  concurrency: number;
  /** The safety pipeline's audience for this suite. */
  audience: string;
  /** Constrained decoding was asked for (it is used only where the backend supports it). */
  constrained: boolean;
  /** The learned triage step ran after the rules (absent in runs from before it existed: false). */
  triageModel?: boolean;
  /** The learned scope step ran after the rules (absent in older runs: false). */
  scopeModel?: boolean;
  /** The learned name step ran after the rules (absent in older runs: false). */
  nameModel?: boolean;
  backend: { provider: string; modelId: string; constrainedChoices: boolean; description: string };
  promptTemplate: string;
  host: { platform: string; arch: string; cpu: string; cores: number; memoryGiB: number; node: string };
  startedAt: string;
  /** The command line, when run from the CLI. */
  command?: string;
}

export type MetricKind = "proportion" | "score" | "count" | "ms" | "rate" | "words";

export interface Metric {
  key: string;
  label: string;
  kind: MetricKind;
  /** Proportions in [0, 1]; scores in their own range (ROUGE-L 0-1, chrF 0-100). */
  value: number | null;
  /** 95% interval, where one is computed. */
  low?: number;
  high?: number;
  /** How many items the value is computed over. */
  n: number;
}

export interface RunSummary {
  schema: "medslm-eval-summary/v1";
  suite: SuiteName;
  config: RunConfig;
  items: number;
  /** Deterministic scores: resuming an interrupted run gives the same values. */
  metrics: Metric[];
  /** Per-topic (MedQA meta_info, safety set) breakdown. */
  breakdown: Array<{ topic: string; metrics: Metric[] }>;
  /** How the safety pipeline treated the items: notices, refusals, redactions, recorded errors. */
  outcomes: { triaged: number; refused: number; redacted: number; flagged: number; errors: number; constrained: number; unparsed: number };
  /** Wall-clock measurements; they vary between runs and are kept apart from `metrics`. */
  timings: Metric[];
  finishedAt: string;
}
