import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors/invalid-input-error.js";
import { defaultPromptTemplate, renderContext, renderPrompt } from "./prompt-template.js";

// The seed README's Modelfile template with `{{ .Prompt }}` filled in and no patient context.
const seedTemplate = `Below is a medical question from a patient. Provide a helpful, accurate medical response.

### Question:
{{ .Prompt }}

### Patient Context:


### Medical Response:
`;

describe("renderPrompt", () => {
  it("should reproduce the seed template exactly when there is no context", () => {
    const q = "I have persistent chest pain for 2 days, what should I do?";
    expect(renderPrompt({ question: q })).toBe(seedTemplate.replace("{{ .Prompt }}", q));
  });

  it("should read the template from the shared data file", () => {
    const file = JSON.parse(readFileSync(new URL("../../templates/medslm-v1.json", import.meta.url), "utf8"));
    expect(defaultPromptTemplate.heading).toBe(file.heading);
    expect(defaultPromptTemplate.stop).toEqual(file.stop);
  });

  it("should fill the patient context from structured fields in template order", () => {
    const prompt = renderPrompt({
      question: "Is it safe to take ibuprofen?",
      context: { notes: "  Runs marathons. ", conditions: ["asthma"], age: 54, medications: ["metformin 500 mg", " lisinopril 10 mg "], sex: "female" }
    });
    expect(prompt).toContain(
      "### Patient Context:\nAge: 54\nSex: female\nMedications: metformin 500 mg, lisinopril 10 mg\nConditions: asthma\nRuns marathons.\n\n### Medical Response:\n"
    );
  });

  it("should skip empty context values", () => {
    expect(renderContext({ age: "", medications: [], notes: "   " })).toBe("");
  });

  it("should render earlier turns once, after the heading, before the current question", () => {
    const prompt = renderPrompt({
      question: "And for a child?",
      history: [{ question: "Dose of paracetamol?", answer: "For adults, 500 mg to 1 g every 4-6 hours.\n" }]
    });
    expect(prompt).toBe(
      `${defaultPromptTemplate.heading}\n\n### Question:\nDose of paracetamol?\n\n### Medical Response:\nFor adults, 500 mg to 1 g every 4-6 hours.\n\n### Question:\nAnd for a child?\n\n### Patient Context:\n\n\n### Medical Response:\n`
    );
    expect(prompt.match(/Below is a medical question/g)).toHaveLength(1);
  });

  it("should normalise CRLF line endings and trim the question", () => {
    expect(renderPrompt({ question: "  line one\r\nline two  " })).toContain("### Question:\nline one\nline two\n\n");
  });

  it("should throw a typed error for an empty question", () => {
    expect(() => renderPrompt({ question: " \n\t" })).toThrow(InvalidInputError);
    try {
      renderPrompt({ question: "" });
    } catch (error) {
      expect((error as InvalidInputError).code).toBe("INVALID_INPUT");
    }
  });
});
