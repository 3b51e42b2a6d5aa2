import { MedslmError } from "@medslm/core";
import pc from "picocolors";
import { UsageError } from "./usage-error.js";

export type Colors = ReturnType<typeof pc.createColors>;

/** Colour only on a terminal, never with NO_COLOR set; FORCE_COLOR forces it (for pipes into `less -R`). */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  return stream.isTTY === true && env.TERM !== "dumb";
}

export const stdoutColors: Colors = pc.createColors(colorEnabled(process.stdout));
export const stderrColors: Colors = pc.createColors(colorEnabled(process.stderr));

export function isDebug(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.MEDSLM_DEBUG !== undefined && env.MEDSLM_DEBUG !== "" && env.MEDSLM_DEBUG !== "0";
}

export interface ErrorDescription {
  code: string;
  message: string;
}

/** Code and message of any thrown value; unexpected ones get the code UNEXPECTED. */
export function describeError(error: unknown): ErrorDescription {
  if (MedslmError.isInstance(error)) return { code: error.code, message: error.message };
  if (error instanceof UsageError) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: "UNEXPECTED", message: firstLine(message) || "an unexpected error occurred." };
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0]?.trim() ?? "";
}

/**
 * `error [CODE]: message` on stderr. Never a stack trace unless MEDSLM_DEBUG is set: a user
 * should read what to do, not where in our code it happened.
 */
export function printError(error: unknown, stream: NodeJS.WritableStream = process.stderr, colors: Colors = stderrColors): void {
  const { code, message } = describeError(error);
  stream.write(`${colors.red(colors.bold(`error [${code}]`))}: ${message}\n`);
  if (error instanceof UsageError) stream.write("Run `medslm --help` for the commands and options.\n");
  if (isDebug()) {
    stream.write(`${debugDetails(error)}\n`);
  } else if (!MedslmError.isInstance(error) && !(error instanceof UsageError)) {
    stream.write(colors.dim("Run with MEDSLM_DEBUG=1 for details.") + "\n");
  }
}

function debugDetails(error: unknown): string {
  const lines: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 8; depth++) {
    lines.push(depth === 0 ? "" : "caused by:");
    lines.push(current instanceof Error ? (current.stack ?? current.message) : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return lines.join("\n");
}

export function writeJsonLine(value: unknown, stream: NodeJS.WritableStream = process.stdout): void {
  stream.write(JSON.stringify(value) + "\n");
}
