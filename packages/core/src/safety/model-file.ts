// What the learned steps' model files share (triage-, scope- and name-model.json): where the bundled
// one lives and how its int8 weights are read.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** What every learned step's model file holds besides its biases and reference checks. */
export interface HashedModelFile {
  version: 1;
  /** Feature hash space is 2^bits. */
  bits: number;
  /** Weights are int8; weight = byte * scale. */
  scale: number;
  /** Base64 of signed bytes: 2^bits per class. */
  weights: string;
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

/** The base64 int8 weights of a model file; `bad` builds the error when there are not `expected` of them. */
export function int8Weights(base64: unknown, expected: number, bad: (reason: string) => Error): Int8Array {
  const bytes = Buffer.from(typeof base64 === "string" ? base64 : "", "base64");
  if (bytes.length !== expected) throw bad(`${bytes.length} weights, expected ${expected}`);
  return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}
