import {
  createGuardPromptClassifier,
  createMedslm,
  createScopeModelClassifier,
  createTriageModelClassifier,
  SafetyPipeline,
  selectBackend,
  type BackendKind,
  type GenerationSettings,
  type Medslm,
  type ModelBackend,
  type SafetyClassifier,
  type SelectBackendOptions,
  type SelectedBackend
} from "@medslm/core";
import type { EmbeddedLoadProgress } from "@medslm/core/embedded";
import type { Argv } from "yargs";
import { stderrColors } from "./output.js";
import { ProgressBar, formatBytes } from "./progress.js";
import { UsageError } from "./usage-error.js";

export const BACKEND_KINDS = ["ollama", "embedded", "openai-compatible"] as const satisfies readonly BackendKind[];
export const AUDIENCES = ["patient", "care-team", "student"] as const;
export const GPU_CHOICES = ["auto", "cpu", "cuda", "vulkan", "metal"] as const;

export interface BackendArgs {
  backend?: BackendKind | undefined;
  model?: string | undefined;
  host?: string | undefined;
  baseUrl?: string | undefined;
  threads?: number | undefined;
  gpu?: (typeof GPU_CHOICES)[number] | undefined;
  verbose?: boolean | undefined;
}

export interface GenerationArgs {
  maxTokens?: number | undefined;
  temperature?: number | undefined;
  topP?: number | undefined;
  seed?: number | undefined;
  audience?: (typeof AUDIENCES)[number] | undefined;
  /** Default true: the learned triage step runs after the rules (it can only raise a level). */
  triageModel?: boolean | undefined;
  /** Default true: the learned person-name step adds NAME spans the redaction rules miss. */
  nameModel?: boolean | undefined;
  /** Default true: the learned place step adds CITY spans (towns, cities, suburbs) the redaction rules miss. */
  placeModel?: boolean | undefined;
  /** Default true: the learned scope step runs after the rules (it can only refuse more). */
  scopeModel?: boolean | undefined;
  /** Also ask the answer model a guard prompt (triage and scope) before it answers. */
  guard?: boolean | undefined;
}

/** The flags every command that talks to a model shares. */
export function withBackendOptions<T>(yargs: Argv<T>) {
  return yargs
    .option("backend", {
      alias: "b",
      choices: BACKEND_KINDS,
      describe: "Which backend to use (default: Ollama if it has the model, else the embedded one) [env: MEDSLM_BACKEND]",
      group: "Backend:"
    })
    .option("model", {
      alias: "m",
      type: "string",
      describe: "Ollama model name, GGUF file, hf:user/repo/file.gguf or https URL [env: MEDSLM_MODEL]",
      group: "Backend:"
    })
    .option("host", { type: "string", describe: "Ollama address [env: OLLAMA_HOST]", group: "Backend:" })
    .option("base-url", {
      type: "string",
      describe: "OpenAI-compatible server, e.g. http://localhost:8000/v1 [env: MEDSLM_OPENAI_BASE_URL]",
      group: "Backend:"
    })
    .option("threads", { type: "number", describe: "CPU threads for the embedded backend [env: MEDSLM_THREADS]", group: "Backend:" })
    .option("gpu", { choices: GPU_CHOICES, describe: "Embedded backend: use a GPU when one works (auto, the default), or force one, or the CPU", group: "Backend:" })
    .option("verbose", { type: "boolean", describe: "Say which backend was chosen and why (stderr)", group: "Backend:" });
}

export function withGenerationOptions<T>(yargs: Argv<T>) {
  return yargs
    .option("max-tokens", { type: "number", describe: "Longest answer in tokens", group: "Generation:" })
    .option("temperature", { type: "number", describe: "Sampling temperature (template default 0.7)", group: "Generation:" })
    .option("top-p", { type: "number", describe: "Nucleus sampling (template default 0.9)", group: "Generation:" })
    .option("seed", { type: "number", describe: "Random seed, for repeatable answers", group: "Generation:" })
    .option("audience", { choices: AUDIENCES, default: "patient" as const, describe: "Who reads the answers: sets how safety notices speak", group: "Generation:" })
    .option("triage-model", { type: "boolean", default: true, describe: TRIAGE_MODEL_HELP, group: "Generation:" })
    .option("name-model", { type: "boolean", default: true, describe: NAME_MODEL_HELP, group: "Generation:" })
    .option("place-model", { type: "boolean", default: true, describe: PLACE_MODEL_HELP, group: "Generation:" })
    .option("scope-model", { type: "boolean", default: true, describe: SCOPE_MODEL_HELP, group: "Generation:" })
    .option("guard", { type: "boolean", default: false, describe: GUARD_HELP, group: "Generation:" });
}

export const GUARD_HELP =
  "Also ask the model to triage and screen each question (a guard prompt, two short generations) before it answers; it can only make verdicts stricter";

export const TRIAGE_MODEL_HELP =
  "Add the learned triage step to the rules: catches emergencies worded in ways no rule knows, with more false alarms; it can only raise a level (--no-triage-model: rules only)";

export const NAME_MODEL_HELP =
  "Add the learned name step to PHI redaction: redacts person names the lexicons and cues miss; it only adds NAME spans (--no-name-model: rules only)";
export const PLACE_MODEL_HELP =
  "Add the learned place step to PHI redaction: redacts towns, cities and suburbs the gazetteer and cues miss; it only adds CITY spans (--no-place-model: rules only)";
export const SCOPE_MODEL_HELP =
  "Add the learned scope step to the rules: refuses prohibited asks (lethal doses, self-harm, prescriptions...) worded in ways no rule knows, with a little more over-refusal; it can only refuse more (--no-scope-model: rules only)";

function numberFlag(name: string, value: number | undefined, check: (n: number) => boolean, expected: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isFinite(value) || !check(value)) throw new UsageError(`--${name} expects ${expected}.`);
  return value;
}

export function generationSettings(args: GenerationArgs): GenerationSettings {
  const settings: GenerationSettings = {};
  const maxTokens = numberFlag("max-tokens", args.maxTokens, (n) => Number.isInteger(n) && n > 0, "a whole number above 0");
  const temperature = numberFlag("temperature", args.temperature, (n) => n >= 0 && n <= 5, "a number from 0 to 5");
  const topP = numberFlag("top-p", args.topP, (n) => n > 0 && n <= 1, "a number above 0, up to 1");
  const seed = numberFlag("seed", args.seed, (n) => Number.isInteger(n) && n >= 0, "a whole number, 0 or more");
  if (maxTokens !== undefined) settings.maxTokens = maxTokens;
  if (temperature !== undefined) settings.temperature = temperature;
  if (topP !== undefined) settings.topP = topP;
  if (seed !== undefined) settings.seed = seed;
  return settings;
}

export function selectOptions(args: BackendArgs, extra: Pick<SelectBackendOptions, "onProgress" | "abortSignal"> = {}): SelectBackendOptions {
  const options: SelectBackendOptions = { ...extra };
  if (args.backend !== undefined) options.backend = args.backend;
  if (args.model !== undefined) options.model = args.model;
  if (args.host !== undefined) options.ollamaHost = args.host;
  if (args.baseUrl !== undefined) options.baseURL = args.baseUrl;
  const threads = numberFlag("threads", args.threads, (n) => Number.isInteger(n) && n > 0, "a whole number above 0");
  if (threads !== undefined) options.threads = threads;
  if (args.gpu !== undefined) options.gpu = args.gpu === "cpu" ? false : args.gpu;
  return options;
}

/** Download and load progress of the embedded backend, as a bar on stderr. */
export function progressHandler(bar: ProgressBar): (event: EmbeddedLoadProgress) => void {
  return (event) => {
    const detail = event.totalBytes ? `${formatBytes(event.downloadedBytes ?? 0)} / ${formatBytes(event.totalBytes)}` : "";
    bar.update(event.phase === "download" ? "Downloading" : "Loading", event.ratio, detail);
  };
}

export function printDemoNotice(selected: SelectedBackend, stream: NodeJS.WritableStream = process.stderr): void {
  const c = stderrColors;
  stream.write(
    [
      c.yellow(c.bold("Note: medslm is using its tiny demo model")) + ` (${selected.backend.modelId}).`,
      "It is a small test model: its answers are not medical advice and are often not meaningful.",
      "To use a real model: start Ollama (`ollama serve`) and build one with `medslm create path/to/medslm.gguf`,",
      "or pass a GGUF file directly with `--model path/to/model.gguf`.",
      ""
    ].join("\n") + "\n"
  );
}

export interface OpenedMedslm {
  medslm: Medslm;
  selected: SelectedBackend;
}

/**
 * The safety pipeline for the chosen --audience (the SDK runs it on every question and answer),
 * with the learned triage step unless --no-triage-model, the learned scope step unless
 * --no-scope-model, the learned name and place steps unless --no-name-model / --no-place-model and,
 * given a backend, the guard prompt.
 */
export function safetyPipeline(args: GenerationArgs, guardBackend?: ModelBackend): SafetyPipeline {
  const classifiers: SafetyClassifier[] = [];
  if (args.triageModel !== false) classifiers.push(createTriageModelClassifier());
  if (args.scopeModel !== false) classifiers.push(createScopeModelClassifier());
  if (guardBackend) classifiers.push(createGuardPromptClassifier({ backend: guardBackend }));
  return new SafetyPipeline({
    audience: args.audience ?? "patient",
    nameModel: args.nameModel !== false,
    placeModel: args.placeModel !== false,
    classifier: classifiers
  });
}

/** Select a backend (with a progress bar for downloads and loads) and wrap it in the SDK client. */
export async function openMedslm(
  args: BackendArgs & GenerationArgs,
  options: { abortSignal?: AbortSignal; demoNotice?: boolean; safety?: SafetyPipeline } = {}
): Promise<OpenedMedslm> {
  const generation = generationSettings(args);
  const bar = new ProgressBar();
  let selected: SelectedBackend;
  try {
    selected = await selectBackend(
      selectOptions(args, { onProgress: progressHandler(bar), ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}) })
    );
  } finally {
    bar.stop();
  }
  if (args.verbose) process.stderr.write(stderrColors.dim(`backend: ${selected.reason}`) + "\n");
  if (selected.isDemoModel && options.demoNotice !== false) printDemoNotice(selected);
  // The guard needs the loaded model, so its pipeline is built now (an early rules-only check may have run).
  const safety = args.guard ? safetyPipeline(args, selected.backend) : (options.safety ?? safetyPipeline(args));
  const medslm = createMedslm({ backend: selected.backend, safety, generation });
  return { medslm, selected };
}
