import { describe, expect, it } from "vitest";
import { SafetyPipeline } from "./pipeline.js";

describe("vital signs in triage", () => {
  const pipeline = new SafetyPipeline();
  const level = (text: string) => pipeline.checkInputSync(text).triage.level;
  const rules = (text: string) => pipeline.checkInputSync(text).triage.reasons.map((r) => r.rule);

  it("should read a baby's age and a temperature without units as a fever under 3 months", () => {
    for (const text of [
      "my 2mo feels warm, thermometer says 100.9",
      "she's 12 days old and 38.2 under the arm",
      "my 11 day old is 38.4",
      "mi bebe de 3 semanas tiene 38.5"
    ]) {
      expect(level(text), text).toBe("emergency");
    }
    // the rules may name it first; the vitals layer adds its finding only when they do not
    expect(rules("my 11 day old is 38.4").some((r) => /infant[.-]fever/.test(r))).toBe(true);
  });

  it("should not take durations, weights or normal readings for a baby's fever", () => {
    expect(rules("we waited for 3 days and the temp was 37.5").filter((r) => r.startsWith("triage.vitals."))).toEqual([]);
    expect(level("my 3 week old weighs 3.8 kg")).toBe("routine");
    expect(level("my 6 week old is 37.1 and feeding fine")).toBe("routine");
    expect(level("up to 42 people came to the clinic")).toBe("routine");
  });

  it("should make a fever in a baby of 3 to 6 months urgent", () => {
    expect(level("my 4 month old has a fever of 100.6")).toBe("urgent");
  });

  it("should flag low oxygen, very fast or slow hearts with symptoms, and heat stroke temperatures", () => {
    expect(level("sats 84% on my home oximeter")).toBe("emergency");
    expect(level("o2 sat 91")).toBe("urgent");
    expect(level("spo2 was 97%")).toBe("routine");
    expect(level("heart rate 35 and dizzy, about to pass out")).toBe("emergency");
    expect(level("my pulse is 160 at rest")).toBe("urgent");
    expect(level("temp 106F")).toBe("emergency");
  });

  it("should keep each number with the reading word nearest before it", () => {
    // "hr" (hour) before "temp 39" does not make 39 a heart rate
    expect(rules("2 hr ago temp 39")).not.toContain("triage.vitals.heart-rate");
  });

  it("should carry a reading word to a later number joined by 'but now' or 'dropped to'", () => {
    expect(level("mum's oxygen normally sits at 95 but now 83 on the finger clip")).toBe("emergency");
    expect(level("her sats were fine at 98, then dropped to 86 after the stairs")).toBe("emergency");
    // a number in another clause measures something else
    expect(level("his sats are 96, he is 87 years old")).toBe("routine");
  });

  it("should make a reading described as usual same-day care, not an emergency", () => {
    expect(level("my copd patient's sats usually run around 88, is that acceptable")).toBe("urgent");
    expect(level("his sats usually run 94 but tonight they are 84")).toBe("emergency");
  });

  it("should count a baby of six months as under six months for a fever, and read temperatures said aloud", () => {
    expect(rules("my 6 month old has a temp of 39 but is feeding well")).toContain("triage.vitals.young-infant-fever");
    expect(rules("my 7 month old has a temp of 39 but is feeding well")).not.toContain("triage.vitals.young-infant-fever");
    expect(level("he collapsed after the race and his temperature was like forty one")).toBe("emergency");
    expect(level("his temperature was like thirty seven point two after the race")).toBe("routine");
  });
});
