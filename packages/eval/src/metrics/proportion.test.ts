import { describe, expect, it } from "vitest";
import { mean, percentile, wilsonInterval } from "./proportion.js";

describe("wilsonInterval", () => {
  it("should match the closed form for 8/10 (0.490-0.943)", () => {
    const { low, high } = wilsonInterval(8, 10);
    expect(low).toBeCloseTo(0.4901624, 6);
    expect(high).toBeCloseTo(0.9433178, 6);
  });

  it("should stay inside [0, 1] at 0% and 100%, where the normal interval collapses", () => {
    const zero = wilsonInterval(0, 20);
    expect(zero.low).toBe(0);
    expect(zero.high).toBeCloseTo(0.1611252, 6);
    const all = wilsonInterval(20, 20);
    expect(all.high).toBe(1);
    expect(all.low).toBeCloseTo(0.8388748, 6);
  });

  it("should narrow as n grows around the same proportion", () => {
    const small = wilsonInterval(50, 100);
    const large = wilsonInterval(500, 1000);
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });
});

describe("percentile", () => {
  it("should interpolate between order statistics like numpy", () => {
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 0.95)).toBeCloseTo(48, 10);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.5)).toBeUndefined();
    expect(mean([1, 2, 6])).toBe(3);
  });
});
