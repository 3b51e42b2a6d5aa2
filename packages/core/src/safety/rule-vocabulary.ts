// The one canonicalizer the rules read text through, shared by the pipeline and the learned triage
// step's concept features, so both see the same words ("cant breathe", typos mended).
import { Canonicalizer } from "./canonical.js";
import { groupVocabulary } from "./rule-dsl.js";
import { SCOPE_GROUPS } from "./scope-rules.js";
import { TRIAGE_GROUPS } from "./triage-rules.js";
import { MORE_TRIAGE_GROUPS } from "./triage-rules-more.js";
import { VITAL_VOCABULARY } from "./vital-signs.js";

let shared: Canonicalizer | undefined;

/** Built once per process on first use (its typo index takes a moment to build). */
export function sharedCanonicalizer(): Canonicalizer {
  shared ??= new Canonicalizer([...groupVocabulary(TRIAGE_GROUPS), ...groupVocabulary(MORE_TRIAGE_GROUPS), ...groupVocabulary(SCOPE_GROUPS), ...VITAL_VOCABULARY]);
  return shared;
}
