export { SafetyPipeline, type SafetyConversation, type SafetyPipelineOptions } from "./pipeline.js";
export type {
  Audience,
  ClassifierResult,
  InputVerdict,
  OutputEvent,
  PhiSpan,
  PhiType,
  SafetyClassifier,
  SafetyOptions,
  SafetyReason,
  ScopeCategory,
  ScopeVerdict,
  TriageLevel,
  TriageVerdict
} from "./types.js";
export { DEFAULT_MAX_INPUT_CHARS } from "./input-check.js";
export { MAX_HOLD_CHARS } from "./output-guard.js";
export { DOSE_LIMITS, type DoseLimit } from "./dose-limits.js";
export type { NameEngine } from "./phi.js";
export {
  bundledTriageModel,
  createTriageModelClassifier,
  hashedTextFeatures,
  loadTriageModel,
  triageConceptTable,
  triageConcepts,
  triageModelFeatures,
  triageModelFeaturesV2,
  TRIAGE_MODEL_MIN_WORDS,
  type ConceptLayout,
  type TriageModel,
  type TriageModelClassifierOptions,
  type TriageModelData,
  type TriageModelDataV1,
  type TriageModelDataV2
} from "./triage-model.js";
export {
  bundledNameModel,
  createNameModel,
  loadNameModel,
  mergeNameWords,
  nameModelTokens,
  type NameModel,
  type NameModelData,
  type NameModelOptions,
  type NameModelToken,
  type NameModelWord
} from "./name-model.js";
export {
  bundledPlaceModel,
  createPlaceModel,
  loadPlaceModel,
  placeModelTokens,
  type PlaceModel,
  type PlaceModelData,
  type PlaceModelOptions,
  type PlaceModelToken,
  type PlaceModelWord
} from "./place-model.js";
export {
  bundledScopeModel,
  createScopeModelClassifier,
  loadScopeModel,
  type ScopeModel,
  type ScopeModelClassifierOptions,
  type ScopeModelData,
  type ScopeModelDataV1,
  type ScopeModelDataV2,
  type ScopeModelScore
} from "./scope-model.js";
export { combineClassifiers } from "./combine-classifiers.js";
export { createGuardPromptClassifier, type GuardPromptClassifierOptions, type GuardTask } from "./guard-prompt.js";
export type { HashedModelFile } from "./model-file.js";
