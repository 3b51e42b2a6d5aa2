// What the learned steps' model files share (triage-, scope- and name-model.json): where the bundled
// one lives and how its int8 weights are read.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { inflateSync } from "node:zlib";

/** What every learned step's model file holds besides its biases and reference checks. */
export interface HashedModelFile {
  version: 1;
  /** Feature hash space is 2^bits. */
  bits: number;
  /** Weights are int8; weight = byte * scale. */
  scale: number;
  /** Base64 of signed bytes: 2^bits per class. */
  weights: string;
  /** "deflate": `weights` is base64 of the deflated bytes (the larger files, to keep them small). */
  weightsEncoding?: "deflate";
  /** The probability at or above which the step acts. */
  threshold: number;
  /** What it was trained on, for the audit trail. */
  trainedOn: string[];
}

/** A model file shipped in this package (models/<name>.json), parsed, with its path for errors. */
export function readBundledModelFile<T>(name: string): { data: T; file: string } {
  const file = createRequire(import.meta.url).resolve(`@medslm/core/models/${name}.json`);
  return { data: JSON.parse(readFileSync(file, "utf8")) as T, file };
}

/**
 * The int8 weights of a model file (base64, deflated when `weightsEncoding` says so); `bad` builds
 * the error when they cannot be read or there are not `expected` of them.
 */
export function int8Weights(data: { weights: unknown; weightsEncoding?: unknown }, expected: number, bad: (reason: string) => Error): Int8Array {
  let bytes = Buffer.from(typeof data.weights === "string" ? data.weights : "", "base64");
  if (data.weightsEncoding === "deflate") {
    try {
      bytes = inflateSync(bytes);
    } catch {
      throw bad("the deflated weights are damaged");
    }
  } else if (data.weightsEncoding !== undefined) throw bad(`unknown weightsEncoding ${JSON.stringify(data.weightsEncoding)}`);
  if (bytes.length !== expected) throw bad(`${bytes.length} weights, expected ${expected}`);
  return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/**
 * One hidden layer of a version 2 file: the int8 rows of `features` (each `hidden` wide) summed into
 * `out`, then out[j] = max(0, hiddenBias[j] + out[j] * factor) (factor: the file's scale, divided by
 * sqrt(#features) for the whole-message steps). `out` is reused between calls.
 */
export function hiddenActivations(weights: Int8Array, hidden: number, features: Iterable<number>, hiddenBias: Float64Array, factor: number, out: Float64Array): void {
  out.fill(0);
  for (const f of features) {
    const row = f * hidden;
    for (let j = 0; j < hidden; j++) out[j]! += weights[row + j]!;
  }
  for (let j = 0; j < hidden; j++) {
    const a = hiddenBias[j]! + out[j]! * factor;
    out[j] = a > 0 ? a : 0;
  }
}
