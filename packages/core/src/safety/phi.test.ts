import { describe, expect, it } from "vitest";
import { SafetyPipeline } from "./pipeline.js";

const pipeline = new SafetyPipeline();

describe("PHI redaction", () => {
  it("should replace each Safe Harbor identifier with a typed placeholder", () => {
    const v = pipeline.checkInputSync(
      "My son Jacob Miller saw Dr. Patel on 3/14/2024. Call 555-123-4567 or jane.doe@example.com. I live at 12 Oak Street, Springfield, IL 62704. SSN 123-45-6789, MRN: 00457892, https://portal.example.org/x, IP 10.1.2.3."
    );
    expect(v.redacted).toBe(
      "My son [NAME_1] saw Dr. [NAME_2] on [DATE_1]. Call [PHONE_1] or [EMAIL_1]. I live at [ADDRESS_1], [CITY_1], IL [ZIP_1]. SSN [SSN_1], MRN: [MRN_1], [URL_1], IP [IP_1]."
    );
    expect(v.phi.map((p) => p.type)).toEqual(["NAME", "NAME", "DATE", "PHONE", "EMAIL", "ADDRESS", "CITY", "ZIP", "SSN", "MRN", "URL", "IP"]);
    for (const p of v.phi) expect(p.text).toBe(
      "My son Jacob Miller saw Dr. Patel on 3/14/2024. Call 555-123-4567 or jane.doe@example.com. I live at 12 Oak Street, Springfield, IL 62704. SSN 123-45-6789, MRN: 00457892, https://portal.example.org/x, IP 10.1.2.3.".slice(p.start, p.end)
    );
  });

  it("should leave clinical values untouched", () => {
    const text = "BP 150/95, temp 39.2 C, metformin 500 mg twice a day, age 7, HbA1c 7.2%, WBC 12.5, platelets 150000, 1/2 tablet, LDL 130 mg/dL in 2019.";
    const v = pipeline.checkInputSync(text);
    expect(v.phi).toEqual([]);
    expect(v.redacted).toBe(text);
  });

  it("should redact ages over 89 but not younger ages", () => {
    expect(pipeline.checkInputSync("My grandmother is 94 years old").redacted).toBe("My grandmother is [AGE_1]");
    expect(pipeline.checkInputSync("My dad is 67 years old").phi).toEqual([]);
  });

  it("should find ages over 89, device serials, group numbers and ordinal dates in everyday phrasing", () => {
    const types = (text: string) => pipeline.checkInputSync(text).phi.map((p) => `${p.type}:${p.text}`);
    expect(types("my nan is 97 and fell yesterday")).toEqual(["AGE:97"]);
    expect(types("At 94 my dad still drives")).toEqual(["AGE:94"]);
    expect(types("insulin pump SN 88213-K alarmed twice")).toEqual(["DEVICE:88213-K"]);
    expect(types("CGM transmitter ID 8G4X2K lost signal")).toEqual(["DEVICE:8G4X2K"]);
    expect(types("member ID XJH123456789, group 00412")).toEqual(["HEALTH_PLAN:XJH123456789", "HEALTH_PLAN:00412"]);
    expect(types("surgery is on the 3rd of May")).toEqual(["DATE:3rd of May"]);
    expect(types("She was admitted May 3rd with pneumonia")).toEqual(["DATE:May 3rd"]);
    expect(types("Appointment Tuesday 5/14 at 9")).toEqual(["DATE:5/14"]);
    // lab values and ordinary words stay
    expect(types("Ferritin is 106. Glucose is 95 and rising")).toEqual([]);
    expect(types("you may 2x the dose? group 3 patients had nausea")).toEqual([]);
  });

  it("should find a name signing off at the end of a message", () => {
    expect(pipeline.checkInputSync("Since March 7 my weight is 82 kg and I feel off. - Chiara Castillo").redacted).toBe(
      "Since [DATE_1] my weight is 82 kg and I feel off. - [NAME_1]"
    );
    expect(pipeline.checkInputSync("Is this rash serious?\n—J. Okafor").redacted).toBe("Is this rash serious?\n—[NAME_1]");
    expect(pipeline.checkInputSync("Hey it's Tom, my INR was 3.4 last week").redacted).toBe("Hey it's [NAME_1], my INR was 3.4 last week");
    // a dash before an ordinary word is no signature
    expect(pipeline.checkInputSync("BP this morning 150/95 - Normal").phi).toEqual([]);
  });

  it("should find names that are also everyday words only with a cue", () => {
    expect(pipeline.checkInputSync("my son Will has a cough").redacted).toBe("my son [NAME_1] has a cough");
    expect(pipeline.checkInputSync("my son will be fine").phi).toEqual([]);
    expect(pipeline.checkInputSync("Urine: Color: Amber, Protein: Positive").phi).toEqual([]);
  });

  it("should not redact capitalised clinical words, places or units in exam text", () => {
    for (const text of [
      "Call my cell if the lab is abnormal. Potassium was 3.1.",
      "He recently returned from Nigeria. Stool studies are pending.",
      "A biopsy is taken from the bronchus of a patient. On microscopic examination, there are giant cells.",
      "QRS width of 130 ms. In addition to fluids, what is given?",
      "Both breasts are Tanner IV. Menarche was at 12 years.",
      "She returned from a camping trip to Sri Lanka. Her temperature is 39.3 C.",
      "Which test is used? A. ELISA B. Western blot C. PCR D. Culture",
      "Her uncle died at age 26 from Duchenne's muscular dystrophy.",
      "My record number is at St. Mary's hospital.",
      "Hemoglobin is 11.9 g/dL and ferritin is 106 ng/dL.",
      "Mean corpuscular volume is 109 μm3."
    ]) {
      expect(pipeline.checkInputSync(text).phi, text).toEqual([]);
    }
  });

  it("should not mistake eponyms and drug names for people", () => {
    const v = pipeline.checkInputSync("I have Parkinson's disease, Bell's palsy and take Tylenol and Lipitor.");
    expect(v.phi).toEqual([]);
  });

  it("should leave exam options, staging eponyms and disease names with numbers alone", () => {
    for (const text of [
      "Which is the most likely diagnosis? A. IL-2 B. Tanner stage 3 C. Glasgow coma scale of 8 D. None",
      "I have been suffering from Sick Sinus Syndrome and Type 2 Diabetes. My GP Dr. recommended Metformin.",
      "Which test is next? A. Abdominal CT B. Head CT C. Urinalysis D. Paracentesis",
      "Findings:\nTemperature 38.2 C\nHemoglobin 10.1 g/dL"
    ]) {
      expect(pipeline.checkInputSync(text).phi).toEqual([]);
    }
  });

  it("should find lowercase names with a cue", () => {
    expect(pipeline.checkInputSync("my husband david has a cough").redacted).toBe("my husband [NAME_1] has a cough");
  });

  it("should keep placeholders consistent in a conversation and restore them for the same user", async () => {
    const conversation = pipeline.createConversation();
    const first = await conversation.checkInput("My daughter Emma has a rash. Emma is 4.");
    expect(first.redacted).toBe("My daughter [NAME_1] has a rash. [NAME_1] is 4.");
    const second = await conversation.checkInput("Maria, her sister, and Emma both have fevers");
    expect(second.redacted).toBe("[NAME_2], her sister, and [NAME_1] both have fevers");
    expect(conversation.restore("Keep [NAME_1] hydrated; [NAME_2] too.")).toBe("Keep Emma hydrated; Maria too.");
    // another conversation cannot restore them
    expect(pipeline.createConversation().restore("[NAME_1]")).toBe("[NAME_1]");
  });

  it("should keep reasons free of raw PHI", () => {
    const v = pipeline.checkInputSync("My son Jacob has chest pain spreading to his arm");
    const text = JSON.stringify(v.triage.reasons);
    expect(text).not.toContain("Jacob");
  });
});
