import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { generateModelfile } from "@medslm/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir, writeEmptyGguf } from "../testing/empty-gguf.js";
import { runCli, stackFrames } from "../testing/run-cli.js";

let dir: string;
let gguf: string;

beforeAll(async () => {
  dir = await tempDir();
  gguf = await writeEmptyGguf(dir, "medslm.Q4_K_M.gguf");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("medslm modelfile", () => {
  it("should print exactly what core's generateModelfile makes for the GGUF", async () => {
    const result = await runCli(["modelfile", gguf]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(generateModelfile({ from: gguf }));
    expect(result.stderr).toBe("");
  });

  it("should pass the sampling and context options through", async () => {
    const result = await runCli(["modelfile", gguf, "--temperature", "0.2", "--top-p", "0.5", "--context-size", "4096", "--system", "Be brief."]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(generateModelfile({ from: gguf, temperature: 0.2, topP: 0.5, contextSize: 4096, system: "Be brief." }));
  });

  it("should write to --output with FROM relative to the Modelfile's folder", async () => {
    const output = join(dir, "Modelfile");
    const result = await runCli(["modelfile", gguf, "-o", output]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe("");
    expect(await readFile(output, "utf8")).toBe(generateModelfile({ from: "./medslm.Q4_K_M.gguf" }));
  });

  it("should exit 4 with INVALID_MODEL_FILE for a missing file", async () => {
    const result = await runCli(["modelfile", join(dir, "missing.gguf")]);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^error \[INVALID_MODEL_FILE\]: .*missing\.gguf: no such file/m);
    expect(stackFrames(result.stderr)).toEqual([]);
    expect(result.stdout).toBe("");
  });

  it("should exit 4 for a file that is not a GGUF", async () => {
    const notGguf = join(dir, "weights.bin");
    await writeFile(notGguf, "PK\u0003\u0004 not a gguf");
    const result = await runCli(["modelfile", notGguf]);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain("not a GGUF file");
  });

  it("should exit 2 when the GGUF argument is missing", async () => {
    const result = await runCli(["modelfile"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error [USAGE]");
  });
});
