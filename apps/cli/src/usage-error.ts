/** A mistake in the flags that yargs cannot catch (ranges, combinations): exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  readonly code = "USAGE";
}
