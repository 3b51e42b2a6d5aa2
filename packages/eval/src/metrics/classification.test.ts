import { describe, expect, it } from "vitest";
import { macroF1 } from "./classification.js";

describe("macroF1", () => {
  it("should average per-class F1 computed by hand", () => {
    const pairs = [
      { gold: "yes", predicted: "yes" },
      { gold: "yes", predicted: "yes" },
      { gold: "yes", predicted: "no" },
      { gold: "no", predicted: "no" },
      { gold: "no", predicted: "maybe" },
      { gold: "maybe", predicted: null }
    ];
    // yes: P 2/2, R 2/3 -> 0.8; no: P 1/2, R 1/2 -> 0.5; maybe: P 0/1, R 0/1 -> 0.
    const { macroF1: f1, perClass } = macroF1(pairs, ["yes", "no", "maybe"]);
    expect(perClass.map((c) => [c.label, c.f1, c.support])).toEqual([
      ["yes", 0.8, 3],
      ["no", 0.5, 2],
      ["maybe", 0, 1]
    ]);
    expect(f1).toBeCloseTo(1.3 / 3, 12);
  });

  it("should leave out labels that occur neither in the gold answers nor in the predictions", () => {
    const { perClass, macroF1: f1 } = macroF1([{ gold: "yes", predicted: "yes" }], ["yes", "no", "maybe"]);
    expect(perClass.map((c) => c.label)).toEqual(["yes"]);
    expect(f1).toBe(1);
  });
});
