import {
  createOllamaBackend,
  createOpenAICompatibleBackend,
  DEFAULT_OLLAMA_MODEL,
  type BackendHealth
} from "@medslm/core";
import type { CommandModule } from "yargs";
import { ExitCode } from "../exit-codes.js";
import { assertGgufFile } from "../gguf-file.js";
import { loadEmbeddedModule } from "../embedded-module.js";
import { describeError, stdoutColors, writeJsonLine } from "../output.js";
import { formatBytes } from "../progress.js";

interface DoctorArgs {
  host?: string | undefined;
  model?: string | undefined;
  baseUrl?: string | undefined;
  json?: boolean | undefined;
}

type Status = "ok" | "warn" | "fail" | "skip";

export interface Check {
  id: "node" | "runtime" | "ollama" | "ollama-model" | "embedded-model" | "openai-compatible";
  status: Status;
  title: string;
  detail: string;
  /** What to do about a warn or fail, one line. */
  fix?: string;
}

const OLLAMA_DEFAULT_HOST = "http://127.0.0.1:11434";
const PROBE_MS = 3000;

function looksLikeFile(model: string): boolean {
  return /\.gguf$/i.test(model) || /^(\.{0,2}\/|[A-Za-z]:\\)/.test(model);
}

function checkNode(): Check {
  const version = process.versions.node;
  const major = Number(version.split(".")[0]);
  return major >= 20
    ? { id: "node", status: "ok", title: "Node.js", detail: `v${version}` }
    : { id: "node", status: "fail", title: "Node.js", detail: `v${version} is too old`, fix: "Install Node.js 20 or newer (https://nodejs.org)." };
}

async function checkRuntime(): Promise<Check> {
  const title = "Native runtime (node-llama-cpp)";
  try {
    const runtime = await (await loadEmbeddedModule()).describeEmbeddedRuntime();
    const device = runtime.gpu === false ? "CPU only (no supported GPU found)" : `GPU: ${runtime.gpu}`;
    const memory = `${formatBytes(runtime.memory.free)} free of ${formatBytes(runtime.memory.total)}`;
    return {
      id: "runtime",
      status: "ok",
      title,
      detail: `node-llama-cpp ${runtime.version}, ${device}, ${runtime.defaultThreads} thread${runtime.defaultThreads === 1 ? "" : "s"} by default, ${memory}`
    };
  } catch (error) {
    return {
      id: "runtime",
      status: "fail",
      title,
      detail: `does not load: ${describeError(error).message}`,
      fix: "Reinstall it with `npm install node-llama-cpp` (it ships prebuilt binaries for Linux, macOS and Windows)."
    };
  }
}

async function checkOllama(host: string, model: string): Promise<Check[]> {
  const backend = createOllamaBackend({ model, host });
  let health: BackendHealth;
  try {
    health = await backend.checkHealth({ abortSignal: AbortSignal.timeout(PROBE_MS) });
  } finally {
    await backend.dispose();
  }
  if (!health.ok) {
    return [
      {
        id: "ollama",
        status: "fail",
        title: "Ollama",
        detail: `not reachable at ${host}`,
        fix: "Start Ollama with `ollama serve` (install it from https://ollama.com), or set OLLAMA_HOST to where it runs."
      }
    ];
  }
  const checks: Check[] = [{ id: "ollama", status: "ok", title: "Ollama", detail: `reachable at ${host}${health.version ? `, version ${health.version}` : ""}` }];
  if (health.modelAvailable === false) {
    checks.push({
      id: "ollama-model",
      status: "warn",
      title: `Ollama model "${model}"`,
      detail: "not found",
      fix: model === DEFAULT_OLLAMA_MODEL ? "Build it from a GGUF with `medslm create path/to/medslm.gguf`." : `Run \`ollama pull ${model}\`, or build it with \`medslm create\`.`
    });
  } else {
    checks.push({ id: "ollama-model", status: "ok", title: `Ollama model "${model}"`, detail: "present" });
  }
  return checks;
}

async function checkEmbeddedModel(model: string | undefined): Promise<Check> {
  const title = "Embedded model";
  let path = model !== undefined && looksLikeFile(model) ? model : undefined;
  let demo = false;
  if (path === undefined) {
    try {
      path = await (await loadEmbeddedModule()).defaultModelPath();
      demo = true;
    } catch (error) {
      return { id: "embedded-model", status: "fail", title, detail: describeError(error).message, fix: "Reinstall with `npm install @medslm/core node-llama-cpp`." };
    }
  }
  if (path === undefined) {
    return {
      id: "embedded-model",
      status: "warn",
      title,
      detail: "no default model installed",
      fix: "Install the demo model with `npm install @medslm/model-tiny`, or pass a GGUF with --model path/to/model.gguf (or MEDSLM_MODEL)."
    };
  }
  try {
    await assertGgufFile(path);
  } catch (error) {
    return { id: "embedded-model", status: "fail", title, detail: describeError(error).message, fix: "Point --model (or MEDSLM_MODEL) at a valid .gguf file." };
  }
  return { id: "embedded-model", status: "ok", title, detail: demo ? `${path} (the tiny demo model: not medical advice)` : path };
}

async function checkOpenAICompatible(baseURL: string | undefined, model: string | undefined): Promise<Check> {
  const title = "OpenAI-compatible server";
  if (!baseURL) return { id: "openai-compatible", status: "skip", title, detail: "not configured (optional; set MEDSLM_OPENAI_BASE_URL to use one)" };
  if (!model) {
    return { id: "openai-compatible", status: "warn", title, detail: `${baseURL}: no model name`, fix: "Set MEDSLM_MODEL (or --model) to the model the server serves." };
  }
  const apiKey = process.env.MEDSLM_OPENAI_API_KEY;
  const backend = createOpenAICompatibleBackend({ baseURL, model, ...(apiKey ? { apiKey } : {}) });
  try {
    const health = await backend.checkHealth({ abortSignal: AbortSignal.timeout(PROBE_MS) });
    if (health.ok && health.modelAvailable !== false) return { id: "openai-compatible", status: "ok", title, detail: `${baseURL}, model ${model}` };
    return {
      id: "openai-compatible",
      status: "fail",
      title,
      detail: health.ok ? `${baseURL} has no model "${model}"` : `not reachable at ${baseURL}`,
      fix: health.hint ?? "Check MEDSLM_OPENAI_BASE_URL and that the server is running."
    };
  } finally {
    await backend.dispose();
  }
}

export interface DoctorReport {
  checks: Check[];
  /** Backends that can answer a question now. */
  working: Array<"ollama" | "embedded" | "openai-compatible">;
}

export async function runDoctor(args: DoctorArgs): Promise<DoctorReport> {
  const host = args.host ?? process.env.OLLAMA_HOST ?? OLLAMA_DEFAULT_HOST;
  const model = args.model ?? process.env.MEDSLM_MODEL;
  const ollamaModel = model !== undefined && !looksLikeFile(model) ? model : DEFAULT_OLLAMA_MODEL;
  const baseURL = args.baseUrl ?? process.env.MEDSLM_OPENAI_BASE_URL;

  const [runtime, ollama, embeddedModel, openai] = await Promise.all([
    checkRuntime(),
    checkOllama(host, ollamaModel),
    checkEmbeddedModel(model),
    checkOpenAICompatible(baseURL, model)
  ]);
  const checks = [checkNode(), runtime, ...ollama, embeddedModel, openai];
  const working: DoctorReport["working"] = [];
  if (ollama.every((c) => c.status === "ok")) working.push("ollama");
  if (runtime.status === "ok" && embeddedModel.status === "ok") working.push("embedded");
  if (openai.status === "ok") working.push("openai-compatible");
  return { checks, working };
}

const SYMBOL: Record<Status, string> = { ok: "✔", warn: "!", fail: "✖", skip: "-" };

async function doctor(args: DoctorArgs): Promise<void> {
  const report = await runDoctor(args);
  process.exitCode = report.working.length > 0 ? ExitCode.ok : ExitCode.backendUnavailable;
  if (args.json) {
    writeJsonLine(report);
    return;
  }
  const c = stdoutColors;
  const paint: Record<Status, (s: string) => string> = { ok: c.green, warn: c.yellow, fail: c.red, skip: c.dim };
  const lines = [c.bold("medslm doctor"), ""];
  for (const check of report.checks) {
    lines.push(`${paint[check.status](SYMBOL[check.status])} ${check.title}: ${check.detail}`);
    if (check.fix && check.status !== "ok") lines.push(`    ${c.bold("fix:")} ${check.fix}`);
  }
  lines.push("");
  lines.push(
    report.working.length > 0
      ? c.green(`Ready: ${report.working.join(", ")} ${report.working.length === 1 ? "works" : "work"}. Try: medslm ask "What is a normal resting heart rate?"`)
      : c.red("No backend works yet: fix one of the items above.")
  );
  process.stdout.write(lines.join("\n") + "\n");
}

export const doctorCommand: CommandModule<object, DoctorArgs> = {
  command: "doctor",
  describe: "Check Node, the native runtime, Ollama and the models, and say what to fix",
  builder: (yargs) =>
    yargs
      .option("host", { type: "string", describe: "Ollama address [env: OLLAMA_HOST]" })
      .option("model", { alias: "m", type: "string", describe: "The model to look for [env: MEDSLM_MODEL]" })
      .option("base-url", { type: "string", describe: "OpenAI-compatible server [env: MEDSLM_OPENAI_BASE_URL]" })
      .option("json", { type: "boolean", describe: "Print the checks as JSON" })
      .example("$0 doctor", "What works on this machine, and what to fix")
      .epilog("Exit code 0 when at least one backend can answer, 3 when none can."),
  handler: doctor
};

export default doctorCommand;
