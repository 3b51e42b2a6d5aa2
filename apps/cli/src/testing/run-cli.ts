import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The built binary, run exactly as `medslm` runs after `npm install -g` (MEDSLM_CLI_BIN: another build of it). */
export const BIN = process.env.MEDSLM_CLI_BIN ?? fileURLToPath(new URL("../../dist/bin.js", import.meta.url));

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunCliOptions {
  env?: Record<string, string | undefined>;
  /** Written to stdin, which is then closed. */
  input?: string;
  cwd?: string;
  timeoutMs?: number;
  /** Called with each stdout chunk; return true to send SIGINT (once). */
  interruptWhen?: (stdoutSoFar: string) => boolean;
  /** Called with all of stdout so far, after each chunk. */
  onStdout?: (stdoutSoFar: string) => void;
  /** Stop reading after the first stdout chunk, as `medslm ... | head -1` does. */
  closeStdoutEarly?: boolean;
}

/** The environment a user with nothing configured has: no MEDSLM_*, no OLLAMA_HOST, no colour forcing. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (key.startsWith("MEDSLM_") || key === "OLLAMA_HOST" || key === "FORCE_COLOR" || key === "NO_COLOR") continue;
    env[key] = value;
  }
  // A port nothing listens on, so no test ever reaches a real Ollama by accident.
  env.OLLAMA_HOST = "http://127.0.0.1:9";
  env.MEDSLM_THREADS = "1";
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export function runCli(args: readonly string[], options: RunCliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      env: options.env ?? cleanEnv(),
      stdio: ["pipe", "pipe", "pipe"]
    });
    let stdout = "";
    let stderr = "";
    let interrupted = false;
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 90_000);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      options.onStdout?.(stdout);
      if (options.closeStdoutEarly) child.stdout.destroy();
      if (!interrupted && options.interruptWhen?.(stdout)) {
        interrupted = true;
        child.kill("SIGINT");
      }
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
  });
}

/** Lines that look like a JavaScript stack frame: a user must never see one. */
export function stackFrames(text: string): string[] {
  return text.split("\n").filter((line) => /^\s+at .+(\(|:\d+:\d+)/.test(line));
}
