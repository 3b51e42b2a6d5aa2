/**
 * One answer, as the audit log sees it. Holds redacted text only: PHI never reaches a log.
 */
export interface AuditRecord {
  time: string;
  backend: string;
  model: string;
  triage: { level: string; rules: string[] };
  scope: { allowed: boolean; category: string };
  /** The kinds of PHI that were redacted, never their values. */
  phiTypes: string[];
  /** Rule ids of notes about the input (repaired characters, a classifier that failed). */
  notes: string[];
  question: string;
  answer: string;
  finishReason: string;
}

/** An audit sink writing JSON Lines through any writer (a file stream, a log shipper). */
export function createJsonLinesAuditLog(write: (line: string) => void): (record: AuditRecord) => void {
  return (record) => write(JSON.stringify(record) + "\n");
}
