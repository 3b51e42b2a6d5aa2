import type { EvalItem } from "../types.js";
import { readJsonLines, requireString } from "./read-data-file.js";

/**
 * The project's fixed latency question set: everyday, non-urgent questions of the kind the apps
 * get, short and long, so no triage or refusal path cuts a timing short. Written for medslm.
 */
export const LATENCY_QUESTIONS: ReadonlyArray<{ id: string; question: string }> = [
  { id: "lat-01", question: "What is a normal resting heart rate for an adult?" },
  { id: "lat-02", question: "How much water should I drink in a day?" },
  { id: "lat-03", question: "What are common side effects of ibuprofen?" },
  { id: "lat-04", question: "Is it safe to take paracetamol and ibuprofen together for a headache?" },
  { id: "lat-05", question: "What is the difference between a cold and the flu?" },
  { id: "lat-06", question: "How long does a sprained ankle usually take to heal, and what helps it heal faster?" },
  { id: "lat-07", question: "What does an HbA1c of 6.1% mean?" },
  { id: "lat-08", question: "I have had a dry cough for a week after a cold. When should I see a doctor about it?" },
  { id: "lat-09", question: "What foods are high in iron?" },
  { id: "lat-10", question: "How can I lower my cholesterol without medication?" },
  { id: "lat-11", question: "What are the early signs of type 2 diabetes?" },
  { id: "lat-12", question: "My child has a temperature of 38.2 C but is playing and drinking normally. What should I watch for?" },
  { id: "lat-13", question: "How often should adults get a tetanus booster?" },
  { id: "lat-14", question: "What is the best way to treat mild acne at home?" },
  { id: "lat-15", question: "Can stress cause stomach problems?" },
  { id: "lat-16", question: "What is a healthy blood pressure reading?" },
  { id: "lat-17", question: "I get heartburn after big meals. What lifestyle changes help?" },
  { id: "lat-18", question: "How much sleep do teenagers need?" },
  { id: "lat-19", question: "What vaccines are recommended for adults over 65?" },
  {
    id: "lat-20",
    question:
      "I am 45, I walk for 30 minutes most days, I take lisinopril for blood pressure, and my last check was 132/84. My doctor mentioned my kidney function test was slightly low. What questions should I ask at my next appointment, and is there anything about diet or over-the-counter painkillers I should know?"
  }
];

function toItem(id: string, question: string): EvalItem {
  return { id, question, expected: "", maxTokens: 128 };
}

/** JSON Lines of `{id?, question}`; without a file, the built-in set. Answers are timed, not scored. */
export async function loadLatency(file?: string): Promise<EvalItem[]> {
  if (file === undefined) return LATENCY_QUESTIONS.map((q) => toItem(q.id, q.question));
  return (await readJsonLines(file)).map(({ line, value }) =>
    toItem(value.id === undefined ? `line-${line}` : String(value.id), requireString(value, "question", { file, line }))
  );
}
