import type { PhiType } from "./types.js";

/**
 * Per-conversation placeholder map: the same value always gets the same placeholder
 * ("[NAME_1]"), so a model can refer to it consistently, and `restore` can put the original
 * back in the reply shown to the same user. Never share one map between users.
 */
export class PlaceholderMap {
  private readonly byKey = new Map<string, string>();
  private readonly byPlaceholder = new Map<string, string>();
  private readonly counters = new Map<PhiType, number>();

  placeholderFor(type: PhiType, value: string): string {
    const key = `${type}\u0000${value.toLowerCase().replace(/\s+/g, " ").trim()}`;
    const known = this.byKey.get(key);
    if (known) return known;
    const n = (this.counters.get(type) ?? 0) + 1;
    this.counters.set(type, n);
    const placeholder = `[${type}_${n}]`;
    this.byKey.set(key, placeholder);
    this.byPlaceholder.set(placeholder, value);
    return placeholder;
  }

  restore(text: string): string {
    return text.replace(PLACEHOLDER_RE, (p) => this.byPlaceholder.get(p) ?? p);
  }

  /** [placeholder, original] pairs this conversation has seen (to catch a model echoing one verbatim). */
  entries(): [string, string][] {
    return [...this.byPlaceholder.entries()];
  }

  get size(): number {
    return this.byPlaceholder.size;
  }
}

export const PLACEHOLDER_RE = /\[(?:NAME|DATE|AGE|ADDRESS|CITY|ZIP|PHONE|FAX|EMAIL|SSN|MRN|HEALTH_PLAN|ACCOUNT|LICENSE|DEVICE|VEHICLE|URL|IP)_\d{1,6}\]/g;
