import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { selectBackend, type SelectedBackend } from "@medslm/core";
import {
  compareRuns,
  DEFAULT_SEED,
  loadRunForCompare,
  renderChart,
  renderCompareMarkdown,
  renderSummaryMarkdown,
  runEval,
  runLabel,
  SUITE_NAMES,
  type EvalProgress,
  type RunSummary,
  type SuiteName
} from "@medslm/eval";
import cliProgress from "cli-progress";
import type { Argv, CommandModule } from "yargs";
import { AUDIENCES, NAME_MODEL_HELP, printDemoNotice, progressHandler, SCOPE_MODEL_HELP, selectOptions, TRIAGE_MODEL_HELP, withBackendOptions, type BackendArgs } from "../backend-options.js";
import { onInterrupt } from "../interrupt.js";
import { ExitCode } from "../exit-codes.js";
import { stderrColors, writeJsonLine } from "../output.js";
import { ProgressBar } from "../progress.js";
import { UsageError } from "../usage-error.js";

interface EvalRunArgs extends BackendArgs {
  suite: SuiteName;
  data?: string | undefined;
  limit?: number | undefined;
  concurrency?: number | undefined;
  out?: string | undefined;
  resume?: boolean | undefined;
  overwrite?: boolean | undefined;
  seed?: number | undefined;
  maxTokens?: number | undefined;
  constrained?: boolean | undefined;
  audience?: (typeof AUDIENCES)[number] | undefined;
  triageModel?: boolean | undefined;
  scopeModel?: boolean | undefined;
  nameModel?: boolean | undefined;
  coldRuns?: number | undefined;
  json?: boolean | undefined;
}

interface CompareArgs {
  runA: string;
  runB: string;
  out?: string | undefined;
  json?: boolean | undefined;
}

interface ChartArgs {
  runs: string[];
  out: string;
  title?: string | undefined;
}

function wholeNumber(name: string, value: number | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < min) throw new UsageError(`--${name} expects a whole number, ${min} or more.`);
  return value;
}

function slug(text: string): string {
  return (
    text
      .replace(/^.*[\\/]/, "")
      .replace(/\.gguf$/i, "")
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "default"
  );
}

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

/** Items done of total with an ETA, on stderr, only on a terminal. */
class EvalProgressBar {
  private bar: cliProgress.SingleBar | undefined;
  private started = 0;

  constructor(
    private readonly label: string,
    private readonly enabled = process.stderr.isTTY === true
  ) {}

  update(progress: EvalProgress): void {
    if (!this.enabled) return;
    if (!this.bar) {
      this.bar = new cliProgress.SingleBar(
        {
          format: `${this.label.padEnd(10)} {bar} {value}/{total} | {percentage}% | ETA {etaText} | {last}`,
          stream: process.stderr,
          hideCursor: true,
          barsize: 30,
          fps: 5
        },
        cliProgress.Presets.shades_classic
      );
      this.started = performance.now();
      this.bar.start(progress.total, progress.done, { etaText: "…", last: progress.resumed ? `${progress.resumed} resumed` : "" });
      return;
    }
    // The rate of this session only: items found done on --resume must not make the ETA look shorter.
    const doneHere = progress.done - progress.resumed;
    const elapsed = (performance.now() - this.started) / 1000;
    const etaText = doneHere > 0 ? formatDuration(((progress.total - progress.done) * elapsed) / doneHere) : "…";
    this.bar.update(progress.done, { etaText, last: progress.lastId ?? "" });
  }

  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
  }
}

async function runSuite(args: EvalRunArgs): Promise<void> {
  const limit = wholeNumber("limit", args.limit, 1);
  const concurrency = wholeNumber("concurrency", args.concurrency, 1) ?? 1;
  const seed = wholeNumber("seed", args.seed, 0) ?? DEFAULT_SEED;
  const maxTokens = wholeNumber("max-tokens", args.maxTokens, 1);
  const coldRuns = wholeNumber("cold-runs", args.coldRuns, 0);
  if (args.resume && args.overwrite) throw new UsageError("Choose one of --resume and --overwrite.");
  const out = args.out ?? join("medslm-eval", `${args.suite}-${slug(args.model ?? process.env.MEDSLM_MODEL ?? "default")}`);

  const interrupt = onInterrupt();

  const loadBar = new ProgressBar();
  let demoNoticeShown = false;
  const createBackend = async (): Promise<{ backend: SelectedBackend["backend"]; description: string }> => {
    try {
      const selected = await selectBackend(selectOptions(args, { onProgress: progressHandler(loadBar), abortSignal: interrupt.signal }));
      if (args.verbose) process.stderr.write(stderrColors.dim(`backend: ${selected.reason}`) + "\n");
      if (selected.isDemoModel && !demoNoticeShown) {
        demoNoticeShown = true;
        printDemoNotice(selected);
      }
      return { backend: selected.backend, description: selected.reason };
    } finally {
      loadBar.stop();
    }
  };

  const bar = new EvalProgressBar(args.suite);
  let summary: RunSummary;
  try {
    summary = await runEval({
      suite: args.suite,
      ...(args.data !== undefined ? { data: args.data } : {}),
      out,
      createBackend,
      ...(limit !== undefined ? { limit } : {}),
      concurrency,
      resume: args.resume ?? false,
      overwrite: args.overwrite ?? false,
      seed,
      constrained: args.constrained ?? true,
      ...(maxTokens !== undefined ? { maxTokens } : {}),
      ...(args.audience !== undefined ? { audience: args.audience } : {}),
      triageModel: args.triageModel ?? true,
      scopeModel: args.scopeModel ?? true,
      nameModel: args.nameModel ?? true,
      ...(coldRuns !== undefined ? { coldRuns } : {}),
      command: ["medslm", ...process.argv.slice(2)].map(shellQuote).join(" "),
      onProgress: (p) => bar.update(p),
      abortSignal: interrupt.signal
    });
  } catch (error) {
    bar.stop();
    if (interrupt.interrupted) {
      process.stderr.write(
        stderrColors.dim(`\nStopped. Finished items are saved in ${out}; continue with the same command and --resume.`) + "\n"
      );
      process.exitCode = ExitCode.interrupted;
      return;
    }
    throw error;
  } finally {
    bar.stop();
    interrupt.release();
  }
  if (args.json) writeJsonLine(summary);
  else {
    process.stdout.write(renderSummaryMarkdown(summary));
    process.stderr.write(stderrColors.dim(`Results: ${join(out, "results.jsonl")}; report: ${join(out, "summary.md")}, ${join(out, "summary.json")}`) + "\n");
  }
}

async function compare(args: CompareArgs): Promise<void> {
  const result = await compareRuns(args.runA, args.runB);
  const markdown = renderCompareMarkdown(result);
  if (args.out !== undefined) {
    await mkdir(args.out, { recursive: true });
    await writeFile(join(args.out, "compare.md"), markdown);
    await writeFile(join(args.out, "compare.json"), `${JSON.stringify(result, null, 2)}\n`);
    await writeFile(
      join(args.out, "compare.svg"),
      renderChart([
        { label: `A: ${result.a.label}`, summary: result.a.summary },
        { label: `B: ${result.b.label}`, summary: result.b.summary }
      ])
    );
  }
  if (args.json) writeJsonLine(result);
  else process.stdout.write(markdown);
  if (args.out !== undefined) process.stderr.write(stderrColors.dim(`Wrote ${join(args.out, "compare.md")}, compare.json and compare.svg`) + "\n");
}

async function chart(args: ChartArgs): Promise<void> {
  const runs = [];
  for (const dir of args.runs) {
    const { config, summary } = await loadRunForCompare(dir);
    runs.push({ label: runLabel(config, dir), summary });
  }
  if (new Set(runs.map((r) => r.summary.suite)).size > 1) throw new UsageError("Chart runs of one suite at a time.");
  await writeFile(args.out, renderChart(runs, args.title !== undefined ? { title: args.title } : {}));
  process.stderr.write(stderrColors.dim(`Wrote ${args.out}`) + "\n");
}

const compareCommand: CommandModule<object, CompareArgs> = {
  command: "compare <runA> <runB>",
  describe: "Two runs side by side, with differences and paired significance tests",
  builder: (yargs) =>
    yargs
      .positional("runA", { type: "string", demandOption: true, describe: "Run directory A (e.g. the base model)" })
      .positional("runB", { type: "string", demandOption: true, describe: "Run directory B (e.g. the fine-tuned model)" })
      .option("out", { type: "string", describe: "Also write compare.md, compare.json and compare.svg here" })
      .option("json", { type: "boolean", describe: "Print the comparison as JSON" })
      .example("$0 eval compare medslm-eval/medqa-base medslm-eval/medqa-ft --out reports/", "Base vs fine-tuned"),
  handler: compare
};

const chartCommand: CommandModule<object, ChartArgs> = {
  command: "chart <runs..>",
  describe: "An SVG bar chart of several runs of one suite",
  builder: (yargs) =>
    yargs
      .positional("runs", { type: "string", array: true, demandOption: true, describe: "Run directories" })
      .option("out", { type: "string", demandOption: true, describe: "The SVG file to write" })
      .option("title", { type: "string", describe: "Chart title" }),
  handler: chart
};

function withRunOptions(yargs: Argv) {
  return withBackendOptions(yargs)
    .positional("suite", { choices: SUITE_NAMES, demandOption: true, describe: "What to measure" })
    .positional("data", { type: "string", describe: "Data file (latency: optional question set; safety: file or directory)" })
    .option("limit", { type: "number", describe: "Only the first N items of the file", group: "Run:" })
    .option("concurrency", { type: "number", default: 1, describe: "Questions in flight at once (latency always 1)", group: "Run:" })
    .option("out", { type: "string", describe: "Run directory (default medslm-eval/<suite>-<model>)", group: "Run:" })
    .option("resume", { type: "boolean", describe: "Continue the run in --out, skipping finished items", group: "Run:" })
    .option("overwrite", { type: "boolean", describe: "Delete the results in --out and start over", group: "Run:" })
    .option("seed", { type: "number", default: DEFAULT_SEED, describe: "Generation seed (temperature is always 0)", group: "Run:" })
    .option("max-tokens", { type: "number", describe: "Longest answer per item (default per suite)", group: "Run:" })
    .option("constrained", { type: "boolean", default: true, describe: "Constrained decoding for multiple choice where the backend supports it (--no-constrained: free text)", group: "Run:" })
    .option("audience", { choices: AUDIENCES, describe: "Override the safety audience (exams: student; others: patient)", group: "Run:" })
    .option("triage-model", { type: "boolean", default: true, describe: TRIAGE_MODEL_HELP, group: "Run:" })
    .option("scope-model", { type: "boolean", default: true, describe: SCOPE_MODEL_HELP, group: "Run:" })
    .option("name-model", { type: "boolean", default: true, describe: NAME_MODEL_HELP, group: "Run:" })
    .option("cold-runs", { type: "number", describe: "latency: cold measurements, each on a new backend (default 1)", group: "Run:" })
    .option("json", { type: "boolean", describe: "Print the summary as JSON instead of Markdown", group: "Run:" });
}

const runCommand: CommandModule<object, EvalRunArgs> = {
  command: "$0 <suite> [data]",
  describe: "Run a suite",
  builder: (yargs) => withRunOptions(yargs) as unknown as Argv<EvalRunArgs>,
  handler: runSuite
};

/** `medslm eval <suite> [data]`, `medslm eval compare A B`, `medslm eval chart RUN...`. */
export const evalCommand: CommandModule = {
  command: "eval",
  describe: "Measure a model: MedQA, PubMedQA, ChatDoctor, safety, latency; compare runs",
  builder: (yargs) =>
    yargs
      .command(compareCommand as unknown as CommandModule)
      .command(chartCommand as unknown as CommandModule)
      .command(runCommand as unknown as CommandModule)
      .example("$0 eval medqa data/medqa-test.jsonl --limit 200 -m ./medslm.gguf --threads 2", "Zero-shot MedQA accuracy with a 95% CI")
      .example("$0 eval pubmedqa data/ori_pqal.json -b ollama -m medslm", "PubMedQA accuracy and macro-F1 through Ollama")
      .example("$0 eval latency -m ./medslm.gguf", "Time to first token, tokens/s, p50/p95, cold and warm")
      .example("$0 eval medqa data/medqa-test.jsonl --out runs/medqa-ft --resume", "Continue an interrupted run")
      .example("$0 eval compare runs/medqa-base runs/medqa-ft --out reports/", "Compare two runs"),
  handler: () => undefined
};

export default evalCommand;
