import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The tests run the built binary as a user would. Turbo builds it before `test`; when vitest is
 * run on its own, build it here if the sources are newer than dist/bin.js.
 */
export default function setup(): void {
  if (process.env.MEDSLM_CLI_BIN) return;
  const coreDist = join(root, "../../packages/core/dist/index.js");
  if (!existsSync(coreDist)) throw new Error("Build @medslm/core first: npx turbo run build --filter=@medslm/cli");
  const bin = join(root, "dist/bin.js");
  if (!existsSync(bin) || statSync(bin).mtimeMs < newestMtime(join(root, "src"))) {
    execFileSync(process.execPath, [join(root, "../../node_modules/tsup/dist/cli-default.js")], { cwd: root, stdio: "inherit" });
  }
}
