import { describe, expect, it } from "vitest";
import { StopSequenceFilter } from "./stop-sequences.js";

function run(stops: string[], chunks: string[]): { out: string; stopped: boolean } {
  const filter = new StopSequenceFilter(stops);
  let out = "";
  for (const c of chunks) out += filter.push(c);
  out += filter.flush();
  return { out, stopped: filter.hasStopped };
}

describe("StopSequenceFilter", () => {
  it("should cut at a stop sequence split across chunks", () => {
    expect(run(["### Question:"], ["Rest and fluids.\n\n###", " Ques", "tion:\nnext"])).toEqual({ out: "Rest and fluids.\n\n", stopped: true });
  });

  it("should release held text that turned out not to be a stop", () => {
    expect(run(["### Question:"], ["Use ##", "# headings", " freely"])).toEqual({ out: "Use ### headings freely", stopped: false });
  });

  it("should cut at the earliest of several stops", () => {
    expect(run(["### Question:", "</s>"], ["a</s>b### Question:"]).out).toBe("a");
  });

  it("should hold back no more than the longest stop minus one character", () => {
    const filter = new StopSequenceFilter(["### Medical Response:"]);
    const emitted = filter.push("x".repeat(100) + "### Medical");
    expect(emitted).toBe("x".repeat(100));
    expect(filter.push(" advice")).toBe("### Medical advice");
  });

  it("should pass everything through with no stops", () => {
    expect(run([], ["a", "b"])).toEqual({ out: "ab", stopped: false });
  });
});
