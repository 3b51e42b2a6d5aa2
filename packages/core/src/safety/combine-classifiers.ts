import { InvalidInputError } from "../errors/invalid-input-error.js";
import type { ClassifierResult, SafetyClassifier, TriageLevel } from "./types.js";

export const LEVEL_RANK: Readonly<Record<TriageLevel, number>> = { routine: 0, urgent: 1, emergency: 2 };

/**
 * Several classifiers as one: each sees the same redacted text, the strictest opinion wins. One
 * that fails leaves the others' opinions and an error for the audit log; only when all fail does
 * the combination fail.
 */
export function combineClassifiers(...classifiers: readonly SafetyClassifier[]): SafetyClassifier {
  if (classifiers.length === 0) throw new InvalidInputError({ field: "classifiers", reason: "give at least one classifier." });
  return {
    async classify(input, options): Promise<ClassifierResult> {
      const settled = await Promise.allSettled(classifiers.map((c) => c.classify(input, options)));
      const failures = settled.flatMap((s) => (s.status === "rejected" ? [s.reason as unknown] : []));
      if (failures.length > 0 && (failures.length === settled.length || options?.abortSignal?.aborted)) throw failures[0];
      const merged: ClassifierResult = {};
      const rationales: string[] = [];
      for (const s of settled) {
        if (s.status !== "fulfilled") continue;
        const r = s.value;
        let used = false;
        if (r.triage && LEVEL_RANK[r.triage] > LEVEL_RANK[merged.triage ?? "routine"]) {
          merged.triage = r.triage;
          used = true;
        }
        if (r.refuse && merged.refuse === undefined) {
          merged.refuse = r.refuse;
          used = true;
        }
        if (used && r.rationale) rationales.push(r.rationale);
      }
      if (rationales.length > 0) merged.rationale = rationales.join("; ");
      const errors = failures.map((e) => (e instanceof Error ? e.message : String(e)));
      if (errors.length > 0) merged.errors = errors;
      return merged;
    }
  };
}
