import { open, stat } from "node:fs/promises";
import { GgufInsights, readGgufFileInfo, type GgufFileInfo, type Llama } from "node-llama-cpp";
import { InvalidModelFileError } from "../errors/invalid-model-file-error.js";

const GGUF_MAGIC = "GGUF";
/** magic (4) + version (4) + tensor count (8) + metadata count (8). */
const GGUF_HEADER_BYTES = 24;

/** Names what the user passed instead, when it is easy to tell. */
function describeMagic(head: Buffer): string {
  if (head.subarray(0, 2).toString("latin1") === "PK") return "a zip archive (a PyTorch checkpoint?), not a GGUF file";
  if (/^[\t\n\r\x20-\x7e]+$/.test(head.subarray(0, 16).toString("latin1"))) return "a text file, not a GGUF file";
  return "not a GGUF file";
}

/**
 * The cheap part of `validateGgufFile`, without llama.cpp: the file exists, starts with the GGUF
 * magic and has a version llama.cpp reads. Returns the file size.
 */
export async function checkGgufHeader(path: string): Promise<number> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InvalidModelFileError({ path, reason: "it is a folder, not a .gguf file" });
    size = info.size;
  } catch (error) {
    if (error instanceof InvalidModelFileError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "the file does not exist" : `it cannot be read (${String(error)})`;
    throw new InvalidModelFileError({ path, reason, cause: error });
  }
  if (size < GGUF_HEADER_BYTES) {
    throw new InvalidModelFileError({ path, reason: `it is ${size} bytes long, too short to be a GGUF model` });
  }

  const head = Buffer.alloc(GGUF_HEADER_BYTES);
  const handle = await open(path, "r");
  try {
    await handle.read(head, 0, GGUF_HEADER_BYTES, 0);
  } finally {
    await handle.close();
  }
  if (head.subarray(0, 4).toString("latin1") !== GGUF_MAGIC) {
    throw new InvalidModelFileError({ path, reason: `it is ${describeMagic(head)}; the embedded backend needs a .gguf model` });
  }
  const version = head.readUInt32LE(4);
  if (version < 2 || version > 3) {
    throw new InvalidModelFileError({ path, reason: `it is GGUF version ${version}; llama.cpp reads versions 2 and 3` });
  }

  return size;
}

/**
 * Checks that `path` is a complete GGUF file before llama.cpp sees it: llama.cpp reports most
 * damage as a bare "Failed to load model", and may abort the whole process on some malformed files.
 * Reads the header and tensor table (not the weights) and compares the file size with the size
 * the tensor table needs. `llama` (optional) lends its type-size table; without it node-llama-cpp loads one.
 */
export async function validateGgufFile(path: string, llama?: Llama): Promise<GgufFileInfo> {
  const size = await checkGgufHeader(path);
  let fileInfo: GgufFileInfo;
  try {
    fileInfo = await readGgufFileInfo(path, { sourceType: "filesystem", logWarnings: false });
  } catch (error) {
    throw new InvalidModelFileError({
      path,
      reason: `its GGUF header is damaged or cut short (${error instanceof Error ? error.message : String(error)})`,
      cause: error
    });
  }
  if (typeof fileInfo.metadata?.general?.architecture !== "string") {
    throw new InvalidModelFileError({ path, reason: "its GGUF header names no model architecture" });
  }

  // The parser reads past the end of a short file as zeros, so check that the header fits in the file.
  if (fileInfo.infoEndOffset !== undefined && fileInfo.infoEndOffset > size) {
    throw new InvalidModelFileError({
      path,
      reason: `its GGUF header is cut short: the file has ${size} bytes, the header alone needs ${fileInfo.infoEndOffset} (an interrupted download?)`
    });
  }
  // Split models (model-00001-of-00003.gguf) keep their weights in other files; llama.cpp checks those.
  if (fileInfo.splicedParts === 1 && fileInfo.infoEndOffset !== undefined) {
    // Tensors never overlap, so the weights need at least the sum of the tensor sizes.
    const needed = fileInfo.infoEndOffset + (await GgufInsights.from(fileInfo, llama)).modelSize;
    if (size < needed) {
      throw new InvalidModelFileError({
        path,
        reason: `it is truncated: ${size} bytes, but its tensors need at least ${needed} (an interrupted download?)`
      });
    }
  }
  return fileInfo;
}
