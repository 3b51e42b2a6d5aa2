import defaultTemplateJson from "../../templates/medslm-v1.json" with { type: "json" };
import { InvalidInputError } from "../errors/invalid-input-error.js";

export interface PromptTemplate {
  id: string;
  heading: string;
  questionHeader: string;
  contextHeader: string;
  responseHeader: string;
  contextFields: ReadonlyArray<{ key: keyof PatientContext; label: string }>;
  listSeparator: string;
  turnSeparator: string;
  stop: readonly string[];
  parameters: { temperature: number; top_p: number };
}

/** Structured patient context; every field optional. */
export interface PatientContext {
  age?: number | string;
  sex?: string;
  medications?: readonly string[] | string;
  conditions?: readonly string[] | string;
  /** Free text, written as its own line. */
  notes?: string;
}

export interface ConversationTurn {
  question: string;
  answer: string;
}

export interface PromptInput {
  question: string;
  context?: PatientContext;
  /** Earlier turns of the same conversation, oldest first. */
  history?: readonly ConversationTurn[];
}

/** The template shipped with the SDK (templates/medslm-v1.json), also read by training/. */
export const defaultPromptTemplate: PromptTemplate = Object.freeze(
  defaultTemplateJson as unknown as PromptTemplate
);

function clean(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}

export function renderContext(context: PatientContext | undefined, template: PromptTemplate = defaultPromptTemplate): string {
  if (!context) return "";
  const lines: string[] = [];
  for (const { key, label } of template.contextFields) {
    const value = context[key];
    if (value === undefined || value === null) continue;
    const text = Array.isArray(value)
      ? value.map((v) => clean(String(v))).filter(Boolean).join(template.listSeparator)
      : clean(String(value));
    if (!text) continue;
    lines.push(key === "notes" ? text : `${label}: ${text}`);
  }
  return lines.join("\n");
}

/**
 * Renders the prompt exactly as docs/prompt-format.md describes; training's render_prompt
 * produces the same bytes (a cross-language test checks it).
 */
export function renderPrompt(input: PromptInput, template: PromptTemplate = defaultPromptTemplate): string {
  const question = clean(input.question ?? "");
  if (!question) throw new InvalidInputError({ field: "question", reason: "the question is empty." });
  const parts: string[] = [template.heading];
  for (const turn of input.history ?? []) {
    parts.push(`${template.questionHeader}\n${clean(turn.question)}\n\n${template.responseHeader}\n${clean(turn.answer)}`);
  }
  parts.push(
    `${template.questionHeader}\n${question}\n\n${template.contextHeader}\n${renderContext(input.context, template)}\n\n${template.responseHeader}\n`
  );
  return parts.join(template.turnSeparator);
}
