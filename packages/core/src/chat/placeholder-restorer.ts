/**
 * Restores PHI placeholders ([NAME_1]) in streamed text for the user who wrote them. A
 * placeholder can arrive split across deltas, so an unfinished "[" tail is held back; it never
 * holds more than the longest placeholder.
 */
export class PlaceholderRestorer {
  private held = "";
  private static readonly maxPlaceholder = 24;

  constructor(private readonly restore: (text: string) => string) {}

  push(delta: string): string {
    const text = this.held + delta;
    const open = text.lastIndexOf("[");
    if (open !== -1 && !text.includes("]", open) && text.length - open <= PlaceholderRestorer.maxPlaceholder) {
      this.held = text.slice(open);
      return this.restore(text.slice(0, open));
    }
    this.held = "";
    return this.restore(text);
  }

  flush(): string {
    const rest = this.held;
    this.held = "";
    return this.restore(rest);
  }
}
