/** The npm package that ships the demo GGUF. */
export const DEFAULT_MODEL_PACKAGE = "@medslm/model-tiny";

/**
 * The absolute path of the demo model's GGUF from `@medslm/model-tiny`, or undefined when that
 * package is not installed. It is a demo model, small enough to ship and run anywhere; it shows
 * the SDK working end to end and is not a source of medical advice.
 * The package exports `modelPath` (or a default export holding the path).
 */
export async function defaultModelPath(): Promise<string | undefined> {
  let mod: unknown;
  try {
    // A variable specifier keeps bundlers from resolving an optional package at build time.
    const specifier: string = DEFAULT_MODEL_PACKAGE;
    mod = await import(specifier);
  } catch {
    return undefined;
  }
  const exported = mod as { modelPath?: unknown; default?: unknown };
  const candidate =
    exported.modelPath ??
    (typeof exported.default === "string" ? exported.default : (exported.default as { modelPath?: unknown } | undefined)?.modelPath);
  return typeof candidate === "string" && candidate.length > 0 ? candidate : undefined;
}
