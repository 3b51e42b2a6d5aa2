/**
 * Runs the fake Ollama server in a worker thread, so a benchmark's client and server do not share
 * one event loop. The TypeScript server is bundled with esbuild on the fly. Used by core's and
 * eval's benchmarks.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));

/** @param {import("./fake-ollama-server.ts").FakeOllamaServerOptions} options */
export async function startFakeOllamaWorker(options) {
  const dir = await mkdtemp(join(tmpdir(), "medslm-bench-"));
  await build({
    entryPoints: [join(here, "fake-ollama-server.ts")],
    outfile: join(dir, "fake-ollama-server.mjs"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "error"
  });
  await writeFile(
    join(dir, "worker.mjs"),
    `import { parentPort, workerData } from "node:worker_threads";
import { startFakeOllamaServer } from "./fake-ollama-server.mjs";
const server = await startFakeOllamaServer(workerData);
parentPort.postMessage(server.url);
`
  );
  const worker = new Worker(join(dir, "worker.mjs"), { workerData: options });
  const url = await new Promise((resolveUrl, reject) => {
    worker.once("message", resolveUrl);
    worker.once("error", reject);
  });
  return {
    url,
    async close() {
      await worker.terminate();
      await rm(dir, { recursive: true, force: true });
    }
  };
}
