/**
 * Vitest globalSetup: provides `tinyGgufPath`, a tiny GGUF made by the project's own code, for
 * the native (node-llama-cpp) tests. In order:
 *   1. $MEDSLM_TEST_GGUF, when set;
 *   2. the demo model of @medslm/model-tiny, when installed;
 *   3. a fixture built once with `python3 -m medslm_train.fixtures tiny-gguf` into
 *      packages/core/.cache/fixtures/ (git-ignored), named by a hash of the code that makes it.
 * It fails with what to do when none is available: the native tests never skip silently.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { defaultModelPath } from "../src/embedded/default-model.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Absolute path of the tiny GGUF the native tests load. */
    tinyGgufPath: string;
  }
}

const coreDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(coreDir, "..", "..");
const trainingSrc = join(repoRoot, "training", "src");
const fixturesDir = join(coreDir, ".cache", "fixtures");
/** What the fixture's bytes depend on: a change to any of these builds a new one. */
const fixtureInputs = [
  join(trainingSrc, "medslm_train", "fixtures.py"),
  join(trainingSrc, "medslm_train", "template.py"),
  join(trainingSrc, "medslm_train", "args.py"),
  join(trainingSrc, "medslm_train", "seed.py"),
  join(trainingSrc, "medslm_train", "llama_cpp.py"),
  join(coreDir, "templates", "medslm-v1.json")
];
const BUILD_TIMEOUT_MS = 15 * 60_000;

async function fixtureHash(): Promise<string> {
  const hash = createHash("sha256");
  for (const file of fixtureInputs) {
    hash.update(file.slice(repoRoot.length));
    hash.update(existsSync(file) ? await readFile(file) : "missing");
  }
  return hash.digest("hex").slice(0, 12);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const timer = setTimeout(() => child.kill("SIGKILL"), BUILD_TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolvePromise({ code, output });
    });
  });
}

async function buildFixture(): Promise<string> {
  const target = join(fixturesDir, `tiny-${await fixtureHash()}.gguf`);
  if (existsSync(target)) return target;
  await mkdir(fixturesDir, { recursive: true });
  const partial = `${target}.${process.pid}.partial.gguf`;
  const python = process.env.PYTHON ?? "python3";
  const args = ["-m", "medslm_train.fixtures", "tiny-gguf", "--out", partial];
  const env = { ...process.env, PYTHONPATH: [trainingSrc, process.env.PYTHONPATH].filter(Boolean).join(":") };
  const started = Date.now();
  console.log(`[tiny-gguf] building the test model once (about a minute): ${python} ${args.join(" ")}`);
  let result: { code: number | null; output: string };
  try {
    result = await run(python, args, env);
  } catch (error) {
    throw new Error(
      `Cannot build the tiny test GGUF: ${python} did not start (${String(error)}). Install Python 3.10+ with the training ` +
        "dependencies (pip install -e training), or set MEDSLM_TEST_GGUF to a .gguf file."
    );
  }
  if (result.code !== 0 || !existsSync(partial)) {
    await rm(partial, { force: true });
    throw new Error(
      `Cannot build the tiny test GGUF (exit code ${result.code}). Install the training dependencies ` +
        `(pip install -e training: torch, transformers, sentencepiece, gguf), or set MEDSLM_TEST_GGUF to a .gguf file.\n` +
        `Command: ${python} ${args.join(" ")}\nLast output:\n${result.output}`
    );
  }
  await rename(partial, target);
  // Fixtures of older fixture code are dead weight (~0.3 MB each).
  for (const name of await readdir(fixturesDir)) {
    if (/^tiny-[0-9a-f]{12}\.gguf$/.test(name) && join(fixturesDir, name) !== target) await rm(join(fixturesDir, name), { force: true });
  }
  console.log(`[tiny-gguf] built ${target} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return target;
}

export default async function setup(project: TestProject): Promise<void> {
  const fromEnv = process.env.MEDSLM_TEST_GGUF;
  let path: string | undefined;
  if (fromEnv) {
    path = resolve(fromEnv);
    if (!existsSync(path)) throw new Error(`MEDSLM_TEST_GGUF is set to ${fromEnv}, but that file does not exist.`);
  } else {
    path = (await defaultModelPath()) ?? (await buildFixture());
  }
  project.provide("tinyGgufPath", path);
}
