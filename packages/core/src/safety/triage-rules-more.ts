import type { Groups } from "./rule-dsl.js";
import type { TriageRuleSpec } from "./triage-rules.js";

/**
 * A second, broader layer of emergency rules, written against messages by other authors than the
 * first rule set's. Same pattern language and rule type as triage-rules.ts; group names start
 * with `x` so they never clash with that file's groups.
 */
export const MORE_TRIAGE_GROUPS: Groups = {};

export const MORE_TRIAGE_RULES: TriageRuleSpec[] = [];
