#!/usr/bin/env node
// `npm run bench` in packages/core: every core benchmark in turn, each writing bench-results/*.{json,md}.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const scripts = ["remote-overhead.mjs", "embedded-overhead.mjs", "safety-bench.mjs", "safety-eval.mjs"];
let failed = 0;
for (const script of scripts) {
  const path = join(here, script);
  if (!existsSync(path)) continue;
  console.log(`\n== ${script}`);
  const run = spawnSync(process.execPath, [path], { stdio: "inherit", cwd: join(here, "..") });
  if (run.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
