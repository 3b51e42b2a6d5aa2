import { describe, expect, it } from "vitest";
import { PlaceholderRestorer } from "./placeholder-restorer.js";

const map: Record<string, string> = { "[NAME_1]": "Maria Lopez", "[DATE_1]": "March 3" };
const restore = (t: string): string => t.replace(/\[[A-Z]+_\d+\]/g, (m) => map[m] ?? m);

describe("PlaceholderRestorer", () => {
  it("should restore a placeholder split across deltas", () => {
    const r = new PlaceholderRestorer(restore);
    const out = ["Hello [NA", "ME_", "1], since [DATE_1", "] you"].map((d) => r.push(d)).join("") + r.flush();
    expect(out).toBe("Hello Maria Lopez, since March 3 you");
  });

  it("should not hold an ordinary bracket for long", () => {
    const r = new PlaceholderRestorer(restore);
    expect(r.push("range [normal " + "x".repeat(40))).toBe("range [normal " + "x".repeat(40));
  });

  it("should flush an unfinished bracket at the end", () => {
    const r = new PlaceholderRestorer(restore);
    expect(r.push("see [ref")).toBe("see ");
    expect(r.flush()).toBe("[ref");
  });
});
