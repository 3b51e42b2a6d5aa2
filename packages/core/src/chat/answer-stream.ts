import type { FinishReason, Usage } from "../backend/model-backend.js";
import type { SafetyReason } from "../safety/types.js";

/** What a user-facing answer is made of, in the order it must be shown. */
export type AnswerPart =
  /** Emergency or urgent notice from triage; always first, before any model text. */
  | { type: "triage"; level: "emergency" | "urgent"; message: string; reasons: readonly SafetyReason[] }
  /** The request is out of scope; no model was called. */
  | { type: "refusal"; category: string; message: string; reasons: readonly SafetyReason[] }
  | { type: "text-delta"; text: string }
  /** An output check flagged part of the answer (already shown text is not retracted). */
  | { type: "flag"; reason: SafetyReason }
  /** Red flags in the answer itself: show this prominently. */
  | { type: "escalation"; message: string; reason: SafetyReason }
  | { type: "disclaimer"; text: string }
  | { type: "finish"; finishReason: FinishReason | "refused"; usage: Usage; timings: AnswerTimings };

export interface AnswerTimings {
  /** From the call to the first model text (undefined when no model text came). */
  timeToFirstTokenMs: number | undefined;
  totalMs: number;
}

export interface AnswerResult {
  /** Everything the user was shown, in order, as plain text. */
  text: string;
  /** The model's answer only (after output checks and placeholder restoration). */
  answer: string;
  triage: "emergency" | "urgent" | "routine";
  refused: boolean;
  finishReason: FinishReason | "refused";
  usage: Usage;
  timings: AnswerTimings;
}

/**
 * The public streaming result: iterate it for parts, or await `result`/`text`. Iterating twice
 * replays the same parts; the model is called once.
 */
export class AnswerStream implements AsyncIterable<AnswerPart> {
  private readonly parts: AnswerPart[] = [];
  private done = false;
  private failure: { error: unknown } | undefined;
  private waiters: Array<() => void> = [];
  private started = false;
  private readonly resultPromise: Promise<AnswerResult>;
  private resolveResult!: (value: AnswerResult) => void;
  private rejectResult!: (error: unknown) => void;

  constructor(private readonly source: () => AsyncIterable<AnswerPart>, private readonly summarize: (parts: readonly AnswerPart[]) => AnswerResult) {
    this.resultPromise = new Promise((resolve, reject) => {
      this.resolveResult = resolve;
      this.rejectResult = reject;
    });
    // Unobserved rejections are reported through iteration; don't crash the process on them.
    this.resultPromise.catch(() => undefined);
  }

  /** The whole answer once it is complete; starts the request if nothing has yet. */
  get result(): Promise<AnswerResult> {
    this.start();
    return this.resultPromise;
  }

  get text(): Promise<string> {
    return this.result.then((r) => r.text);
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    void (async () => {
      try {
        for await (const part of this.source()) {
          this.parts.push(part);
          this.wake();
        }
        this.done = true;
        this.resolveResult(this.summarize(this.parts));
      } catch (error) {
        this.failure = { error };
        this.done = true;
        this.rejectResult(error);
      }
      this.wake();
    })();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<AnswerPart> {
    this.start();
    let i = 0;
    for (;;) {
      if (i < this.parts.length) {
        yield this.parts[i++] as AnswerPart;
        continue;
      }
      if (this.done) {
        if (this.failure) throw this.failure.error;
        return;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Text deltas only (the model's answer), for callers that just print. */
  async *textStream(): AsyncIterable<string> {
    for await (const part of this) if (part.type === "text-delta") yield part.text;
  }

  toReadableStream(): ReadableStream<AnswerPart> {
    const iterator = this[Symbol.asyncIterator]();
    return new ReadableStream<AnswerPart>({
      async pull(controller) {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel() {
        await iterator.return?.();
      }
    });
  }
}
