// Public API of @medslm/eval: run a suite, compare runs, render reports and charts.
export * from "./errors/index.js";
export type { EvalItem, SafetyExpectation, SuiteName } from "./types.js";

export { loadMedqa, medqaQuestion, MEDQA_LETTERS } from "./data/medqa.js";
export { loadPubmedqa, pubmedqaQuestion, PUBMEDQA_LABELS } from "./data/pubmedqa.js";
export { loadChatdoctor } from "./data/chatdoctor.js";
export { loadLatency, LATENCY_QUESTIONS } from "./data/latency.js";
export { loadSafety } from "./data/safety.js";

export { extractAnswerLetter, type ExtractionMethod, type LetterExtraction } from "./extract/answer-letter.js";
export { extractYesNoMaybe, type YesNoMaybe } from "./extract/yes-no-maybe.js";

export { chrf, chrfFromStatistics, chrfStatistics, corpusChrf } from "./metrics/chrf.js";
export { rougeL, wordCount } from "./metrics/rouge.js";
export { mean, percentile, wilsonInterval, Z95, type Interval } from "./metrics/proportion.js";
export { macroF1, type ClassScores } from "./metrics/classification.js";
export { mcnemarExact, signTest, type PairedTest } from "./metrics/significance.js";

export { SUITES, SUITE_NAMES, getSuite } from "./suites/index.js";
export { defaultSafetySets } from "./suites/safety.js";
export type { SuiteDefinition, ItemScore, PairedMeasure } from "./suites/suite.js";

export type { ItemRecord, ItemTimings, Metric, MetricKind, RunConfig, RunSummary, SafetyOutcome } from "./run/records.js";
export { DEFAULT_SEED, runEval, type BackendFactory, type EvalProgress, type RunEvalOptions } from "./run/runner.js";
export { readRun, readRecords, RUN_FILES } from "./run/run-dir.js";
export { summarizeRun } from "./run/summary.js";

export { compareRuns, loadRunForCompare, runLabel, type CompareResult, type CompareRow, type PairedRow } from "./compare/compare.js";
export { renderSummaryMarkdown } from "./report/markdown.js";
export { renderCompareMarkdown } from "./report/compare-markdown.js";
export { renderChart } from "./report/chart.js";
export { formatMetric, formatValue } from "./report/format.js";
