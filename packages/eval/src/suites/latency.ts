import { loadLatency } from "../data/latency.js";
import type { SuiteDefinition } from "./suite.js";

/** Answers are not scored; the runner's timings (cold and warm) are the result. */
export const latencySuite: SuiteDefinition = {
  name: "latency",
  audience: "patient",
  needsData: false,
  load: (file) => loadLatency(file),
  score: () => ({ parsed: null, correct: null }),
  summarize: () => ({ metrics: [], breakdown: [] }),
  paired: [
    { key: "totalMs", label: "Full answer time (ms)", of: (r) => (r.timings.phase === "warm" ? r.timings.totalMs : null), higherIsBetter: false },
    { key: "ttftMs", label: "Time to first token (ms)", of: (r) => (r.timings.phase === "warm" ? r.timings.ttftMs : null), higherIsBetter: false }
  ]
};
