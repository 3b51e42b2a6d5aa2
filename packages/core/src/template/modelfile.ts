import { defaultPromptTemplate, type PromptTemplate } from "./prompt-template.js";

export interface ModelfileOptions {
  /** Path or name of the GGUF (or base model) for the FROM line. */
  from: string;
  template?: PromptTemplate;
  temperature?: number;
  topP?: number;
  /** Context window (num_ctx); omitted when undefined so Ollama uses the model's own. */
  contextSize?: number;
  /** A SYSTEM line; none by default, the template's heading already instructs the model. */
  system?: string;
  /** Licence text for the LICENSE line. */
  license?: string;
}

function goTemplateLiteral(text: string): string {
  // Go templates treat "{{" as an action; the template text never contains it, but be safe.
  return text.replaceAll("{{", '{{ "{{" }}');
}

function quoteParameter(value: string): string {
  return JSON.stringify(value);
}

/**
 * The Ollama Modelfile for a medslm GGUF: FROM, TEMPLATE (Go template syntax, same text as
 * renderPrompt with the question in `.Prompt` and no patient context), stop sequences and the
 * seed's sampling defaults.
 */
export function generateModelfile(options: ModelfileOptions): string {
  const t = options.template ?? defaultPromptTemplate;
  const from = /\s/.test(options.from) ? JSON.stringify(options.from) : options.from;
  const body =
    `${goTemplateLiteral(t.heading)}${t.turnSeparator}` +
    `${goTemplateLiteral(t.questionHeader)}\n{{ .Prompt }}\n\n` +
    `${goTemplateLiteral(t.contextHeader)}\n\n\n` +
    `${goTemplateLiteral(t.responseHeader)}\n`;
  const lines = [`FROM ${from}`, "", `TEMPLATE """${body}"""`, ""];
  if (options.system) lines.push(`SYSTEM """${options.system}"""`, "");
  lines.push(`PARAMETER temperature ${options.temperature ?? t.parameters.temperature}`);
  lines.push(`PARAMETER top_p ${options.topP ?? t.parameters.top_p}`);
  if (options.contextSize !== undefined) lines.push(`PARAMETER num_ctx ${options.contextSize}`);
  for (const stop of t.stop) lines.push(`PARAMETER stop ${quoteParameter(stop)}`);
  if (options.license) lines.push("", `LICENSE """${options.license}"""`);
  return lines.join("\n") + "\n";
}
