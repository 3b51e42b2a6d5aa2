import { ExitCode } from "./exit-codes.js";

export interface Interrupt {
  /** Aborted on the first Ctrl-C. */
  readonly signal: AbortSignal;
  readonly interrupted: boolean;
  /** Stop listening for Ctrl-C. */
  release(): void;
}

/** First Ctrl-C aborts the work in progress; a second one exits at once. */
export function onInterrupt(): Interrupt {
  const controller = new AbortController();
  let interrupted = false;
  const onSigint = (): void => {
    if (interrupted) process.exit(ExitCode.interrupted);
    interrupted = true;
    controller.abort();
  };
  process.on("SIGINT", onSigint);
  return {
    signal: controller.signal,
    get interrupted() {
      return interrupted;
    },
    release: () => process.off("SIGINT", onSigint)
  };
}
