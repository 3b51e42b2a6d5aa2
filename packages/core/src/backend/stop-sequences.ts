/**
 * Cuts a text stream at the first stop sequence, holding back only the tail that could still
 * become one. Backends whose server applies stops itself still pass through this, because servers
 * differ (some return the stop text, some split it across chunks).
 */
export class StopSequenceFilter {
  private held = "";
  private stopped = false;
  private readonly longest: number;

  constructor(private readonly stops: readonly string[]) {
    this.longest = stops.reduce((max, s) => Math.max(max, s.length), 0);
  }

  get hasStopped(): boolean {
    return this.stopped;
  }

  /** Returns the text that is safe to emit now. */
  push(chunk: string): string {
    if (this.stopped) return "";
    if (this.longest === 0) return chunk;
    const text = this.held + chunk;
    let cut = -1;
    for (const stop of this.stops) {
      if (stop.length === 0) continue;
      const at = text.indexOf(stop);
      if (at !== -1 && (cut === -1 || at < cut)) cut = at;
    }
    if (cut !== -1) {
      this.stopped = true;
      this.held = "";
      return text.slice(0, cut);
    }
    // Keep the longest suffix that is a prefix of some stop sequence.
    let keep = 0;
    for (let n = Math.min(this.longest - 1, text.length); n > 0; n--) {
      const tail = text.slice(text.length - n);
      if (this.stops.some((s) => s.startsWith(tail))) {
        keep = n;
        break;
      }
    }
    this.held = text.slice(text.length - keep);
    return text.slice(0, text.length - keep);
  }

  /** The held-back tail once the stream ends without a stop. */
  flush(): string {
    const rest = this.stopped ? "" : this.held;
    this.held = "";
    return rest;
  }
}
