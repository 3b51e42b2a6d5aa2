import { describe, expect, it } from "vitest";
import { generateModelfile } from "./modelfile.js";
import { defaultPromptTemplate, renderPrompt } from "./prompt-template.js";

function templateBlock(modelfile: string): string {
  const match = /TEMPLATE """([\s\S]*?)"""/.exec(modelfile);
  if (!match?.[1]) throw new Error("no TEMPLATE block");
  return match[1];
}

// What Ollama does with this template for a prompt: substitute `.Prompt`. The template uses no
// other Go template action, which the second test checks, so this is the whole evaluation.
function ollamaRender(template: string, prompt: string): string {
  return template.replace("{{ .Prompt }}", prompt);
}

const questions = [
  "I have persistent chest pain for 2 days, what should I do?",
  "What is the maximum daily dose of acetaminophen for adults?",
  "Mi hijo tiene fiebre de 39.5 C, ¿qué hago?",
  "Symptoms: \"cough\" + 'wheeze' — asthma? {{ not a template }}"
];

describe("generateModelfile", () => {
  it("should produce a TEMPLATE that renders the same text as the SDK", () => {
    const template = templateBlock(generateModelfile({ from: "./model.gguf" }));
    for (const q of questions) {
      const unescaped = template.replaceAll('{{ "{{" }}', "{{");
      expect(ollamaRender(unescaped, q)).toBe(renderPrompt({ question: q }));
    }
  });

  it("should use no Go template action other than .Prompt", () => {
    const template = templateBlock(generateModelfile({ from: "./model.gguf" }));
    expect(template.match(/\{\{[^}]*\}\}/g)).toEqual(["{{ .Prompt }}"]);
  });

  it("should carry the seed's sampling defaults and every stop sequence", () => {
    const modelfile = generateModelfile({ from: "./unsloth.Q4_K_M.gguf" });
    expect(modelfile.startsWith("FROM ./unsloth.Q4_K_M.gguf\n")).toBe(true);
    expect(modelfile).toContain("PARAMETER temperature 0.7\n");
    expect(modelfile).toContain("PARAMETER top_p 0.9\n");
    for (const stop of defaultPromptTemplate.stop) expect(modelfile).toContain(`PARAMETER stop ${JSON.stringify(stop)}\n`);
  });

  it("should quote a FROM path with spaces and add optional lines", () => {
    const modelfile = generateModelfile({ from: "/models/my model.gguf", contextSize: 4096, license: "Apache-2.0", system: "Be brief." });
    expect(modelfile).toContain('FROM "/models/my model.gguf"');
    expect(modelfile).toContain("PARAMETER num_ctx 4096");
    expect(modelfile).toContain('LICENSE """Apache-2.0"""');
    expect(modelfile).toContain('SYSTEM """Be brief."""');
  });
});
