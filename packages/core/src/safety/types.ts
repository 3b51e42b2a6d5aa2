/** Who reads the answers: decides how triage speaks (see README.md). */
export type Audience = "patient" | "care-team" | "student";

export type TriageLevel = "emergency" | "urgent" | "routine";

export type ScopeCategory =
  | "prescription"
  | "lethal-dose"
  | "self-harm"
  | "harm-to-others"
  | "controlled-substance"
  | "prompt-injection";

export type PhiType =
  | "NAME"
  | "DATE"
  | "AGE"
  | "ADDRESS"
  | "CITY"
  | "ZIP"
  | "PHONE"
  | "FAX"
  | "EMAIL"
  | "SSN"
  | "MRN"
  | "HEALTH_PLAN"
  | "ACCOUNT"
  | "LICENSE"
  | "DEVICE"
  | "VEHICLE"
  | "URL"
  | "IP";

/** One machine-readable reason for a verdict, for the audit log. Spans index the original text. */
export type SafetyReason = {
  /** Stable rule id, e.g. "triage.cardiac.chest-pain-radiating". */
  rule: string;
  /** Human-readable finding, e.g. "chest pain spreading to the arm". */
  finding?: string;
  /** Where the rule matched, in UTF-16 offsets of the text the verdict is about. */
  span?: { start: number; end: number };
  /** Redacted excerpt of what matched (never raw PHI). */
  match?: string;
};

export interface PhiSpan {
  type: PhiType;
  /** The original text (only ever returned to the caller that sent it, never logged). */
  text: string;
  start: number;
  end: number;
  /** Placeholder that replaced it in `redacted`, e.g. "[NAME_1]". */
  placeholder: string;
}

export interface TriageVerdict {
  level: TriageLevel;
  reasons: SafetyReason[];
  /** Fixed notice to show FIRST, before any model output. */
  message?: string;
  /** True when a suicide/self-harm crisis rule fired (the message names the crisis line). */
  crisis?: boolean;
}

export interface ScopeVerdict {
  allowed: boolean;
  /** A prohibited `ScopeCategory` when refused, "general" when allowed. */
  category: ScopeCategory | "general";
  reasons: SafetyReason[];
  /** Refusal plus a helpful redirect, when refused. */
  message?: string;
}

export interface InputVerdict {
  triage: TriageVerdict;
  /** The text with PHI replaced by placeholders: the only form a model or a log may see. */
  redacted: string;
  phi: PhiSpan[];
  scope: ScopeVerdict;
  /** Notes on the input itself (control characters removed, invalid UTF-16 repaired, ...). */
  inputNotes: SafetyReason[];
}

export type OutputEvent =
  | { type: "text"; text: string }
  | { type: "flag"; reason: SafetyReason }
  | { type: "escalation"; message: string; reason: SafetyReason }
  | { type: "disclaimer"; text: string };

/** What a pluggable classifier may say; it can only make a verdict stricter. */
export interface ClassifierResult {
  triage?: TriageLevel;
  /** A category to refuse; omitted or undefined when the classifier sees nothing to refuse. */
  refuse?: ScopeCategory;
  /** Short free-text rationale, kept in the reason's finding. */
  rationale?: string;
  /** Failures of some of several combined classifiers; recorded as `classifier.error` notes. */
  errors?: readonly string[];
}

export interface SafetyClassifier {
  /** Receives only redacted text. */
  classify(
    input: { redacted: string; audience: Audience; locale: string },
    options?: { abortSignal?: AbortSignal }
  ): Promise<ClassifierResult>;
}

export interface SafetyOptions {
  audience?: Audience;
  /** BCP 47 tag; "es*" gives Spanish notices. Default "en-US". */
  locale?: string;
  /** Default "911". */
  emergencyNumber?: string;
  /** Default "988" for US locales, otherwise the emergency number. */
  crisisNumber?: string;
  /** Turn scope categories off (false) for a deployment; all are on by default. */
  categories?: Partial<Record<ScopeCategory, boolean>>;
  /** Longest input in UTF-16 code units; longer input throws SafetyInputError. Default 65,536. */
  maxInputChars?: number;
  /**
   * Optional learned or prompted steps that can only make a verdict stricter. A list is run together
   * as `combineClassifiers` runs it; an empty list is the same as none.
   */
  classifier?: SafetyClassifier | readonly SafetyClassifier[];
  /** Append the disclaimer after guarded output. Default true. */
  disclaimer?: boolean;
}
