import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A valid GGUF with no tensors and no metadata (magic, version 3, two zero counts): enough for
 * the commands that only read the header (modelfile, create). Inference tests use the tiny model.
 */
export function emptyGguf(): Buffer {
  const buffer = Buffer.alloc(24);
  buffer.write("GGUF", 0, "latin1");
  buffer.writeUInt32LE(3, 4);
  buffer.writeBigUInt64LE(0n, 8);
  buffer.writeBigUInt64LE(0n, 16);
  return buffer;
}

export async function tempDir(prefix = "medslm-cli-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function writeEmptyGguf(dir: string, name = "medslm.gguf"): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, emptyGguf());
  return path;
}
