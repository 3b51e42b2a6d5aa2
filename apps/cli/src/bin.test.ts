import { describe, expect, it } from "vitest";
import packageJson from "../package.json" with { type: "json" };
import { runCli, stackFrames } from "./testing/run-cli.js";

describe("medslm", () => {
  it("should list every command, examples and the exit codes in --help", async () => {
    const result = await runCli(["--help"]);
    expect(result.code, result.stderr).toBe(0);
    for (const command of ["ask", "chat", "modelfile", "create", "models", "doctor", "safety", "eval"]) {
      expect(result.stdout).toMatch(new RegExp(`^\\s+medslm ${command}\\b`, "m"));
    }
    expect(result.stdout).toContain("Examples:");
    expect(result.stdout).toContain('medslm ask "What are the side effects of metformin?"');
    expect(result.stdout).toContain("Exit codes:");
    expect(result.stdout).toMatch(/3\s+backend unavailable/);
    expect(result.stdout).toContain("OLLAMA_HOST");
  });

  it("should show a command's own flags and examples in its --help", async () => {
    const result = await runCli(["ask", "--help"]);
    expect(result.code, result.stderr).toBe(0);
    for (const flag of ["--json", "--stream-json", "--backend", "--model", "--host", "--base-url", "--threads", "--context", "--age", "--max-tokens", "--temperature", "--seed", "--audience"]) {
      expect(result.stdout).toContain(flag);
    }
    expect(result.stdout).toContain("Examples:");
  });

  it("should print its version", async () => {
    const result = await runCli(["--version"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(packageJson.version);
  });

  it("should exit 2 with a usage error and no stack trace for an unknown flag", async () => {
    const result = await runCli(["ask", "--no-such-flag", "hello"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error \[USAGE\]: Unknown argument/m);
    expect(result.stderr).toContain("medslm --help");
    expect(stackFrames(result.stderr)).toEqual([]);
    expect(result.stdout).toBe("");
  });

  it("should suggest the command meant by a typo", async () => {
    const result = await runCli(["aks", "hello"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error [USAGE]: Unknown command. Did you mean ask?");
  });

  it("should exit 2 when no command is given", async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error [USAGE]");
  });

  it("should exit 2 for a value yargs rejects", async () => {
    const result = await runCli(["ask", "--backend", "nope", "hello"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Invalid values?:/);
  });
});
