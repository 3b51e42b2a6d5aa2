import { open } from "node:fs/promises";
import { InvalidModelFileError } from "@medslm/core";

const GGUF_MAGIC = "GGUF";

/** Fails with a typed error unless `path` is a readable file that starts like a GGUF. */
export async function assertGgufFile(path: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InvalidModelFileError({
      path,
      reason: code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder, not a file" : `it cannot be read (${code ?? "unknown error"})`,
      cause: error
    });
  }
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    if (bytesRead < 4 || buffer.toString("latin1") !== GGUF_MAGIC) {
      throw new InvalidModelFileError({ path, reason: "it is not a GGUF file (convert the model with llama.cpp's convert_hf_to_gguf.py first)" });
    }
  } finally {
    await handle.close();
  }
}
