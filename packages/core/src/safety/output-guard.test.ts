import { describe, expect, it } from "vitest";
import { AbortedError } from "../errors/aborted-error.js";
import { MAX_HOLD_CHARS } from "./output-guard.js";
import { SafetyPipeline } from "./pipeline.js";
import type { OutputEvent } from "./types.js";

async function* chunks(text: string, size = 7): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function collect(events: AsyncIterable<OutputEvent>): Promise<OutputEvent[]> {
  const out: OutputEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

const textOf = (events: OutputEvent[]) => events.filter((e) => e.type === "text").map((e) => (e as { text: string }).text).join("");
const rules = (events: OutputEvent[]) => events.flatMap((e) => (e.type === "flag" || e.type === "escalation" ? [e.reason.rule] : []));

describe("guardOutput", () => {
  const pipeline = new SafetyPipeline();

  it("should pass an ordinary answer through unchanged and append the disclaimer once", async () => {
    const conversation = pipeline.createConversation();
    const input = await conversation.checkInput("How can I sleep better?");
    const answer = "Keep a regular schedule. Avoid screens before bed.\nLimit caffeine after noon.";
    const events = await collect(conversation.guardOutput(chunks(answer), input));
    expect(textOf(events)).toBe(answer);
    expect(events.filter((e) => e.type === "disclaimer")).toHaveLength(1);
    expect(events[events.length - 1]?.type).toBe("disclaimer");
  });

  it("should cut the answer where the model starts a new template turn", async () => {
    const conversation = pipeline.createConversation();
    const input = await conversation.checkInput("What helps a cold?");
    const answer = "Rest and fluids help.\n\n### Question:\nWhat about flu?\n\n### Medical Response:\nMore text";
    const events = await collect(conversation.guardOutput(chunks(answer, 3), input));
    expect(textOf(events)).toBe("Rest and fluids help.\n\n");
    expect(rules(events)).toContain("output.template-leak");
  });

  it("should replace first-person prescribing", async () => {
    const conversation = pipeline.createConversation();
    const input = await conversation.checkInput("I have a sinus infection");
    const events = await collect(conversation.guardOutput(chunks("I will prescribe you amoxicillin 500 mg. Drink water."), input));
    expect(textOf(events)).not.toMatch(/I will prescribe/);
    expect(textOf(events)).toMatch(/Drink water\./);
    expect(rules(events)).toContain("output.first-person-prescribing");
  });

  it("should replace prescribing in the first person plural, as clinic-style answers write it", async () => {
    const conversation = pipeline.createConversation();
    const input = await conversation.checkInput("I have a sinus infection");
    const events = await collect(conversation.guardOutput(chunks("Yes, we need to give you some medications for that. We recommend rest."), input));
    expect(textOf(events)).not.toMatch(/give you some medications/);
    expect(textOf(events)).toMatch(/We recommend rest\.$/);
    expect(rules(events)).toContain("output.first-person-prescribing");
  });

  it("should flag a dose above the known adult maximum", async () => {
    const conversation = pipeline.createConversation();
    const input = await conversation.checkInput("How much Tylenol for a headache?");
    const events = await collect(conversation.guardOutput(chunks("Take acetaminophen 1500 mg every 4 hours. "), input));
    expect(rules(events)).toContain("output.dose-above-max");
    const ok = await collect(conversation.guardOutput(chunks("Take acetaminophen 500 mg every 6 hours. "), input));
    expect(rules(ok)).not.toContain("output.dose-above-max");
  });

  it("should escalate when the answer itself names an emergency, once", async () => {
    const conversation = pipeline.createConversation();
    const input = await conversation.checkInput("My arm feels weird");
    const events = await collect(
      conversation.guardOutput(chunks("This could be a heart attack. Call 911 now. This could be a heart attack."), input)
    );
    expect(events.filter((e) => e.type === "escalation")).toHaveLength(1);
    const conditional = await collect(conversation.guardOutput(chunks("If you get chest pain with sweating, call 911."), input));
    expect(conditional.filter((e) => e.type === "escalation")).toHaveLength(0);
  });

  it("should put the emergency notice first when the input was an emergency", async () => {
    const conversation = pipeline.createConversation();
    const input = await conversation.checkInput("crushing chest pain and I'm sweating");
    const events = await collect(conversation.guardOutput(chunks("It is probably nothing to worry about. Rest."), input));
    expect(events[0]).toMatchObject({ type: "escalation", message: input.triage.message });
    expect(textOf(events)).not.toMatch(/nothing to worry about/);
    expect(rules(events)).toContain("output.contradicts-emergency");
  });

  it("should redact PHI the model writes and never split a placeholder", async () => {
    const conversation = pipeline.createConversation();
    const input = await conversation.checkInput("My son Jacob Miller has a cough");
    expect(input.redacted).toBe("My son [NAME_1] has a cough");
    const events = await collect(conversation.guardOutput(chunks("[NAME_1] should rest. Call us at 555-123-4567. Jacob Miller can return to school.", 2), input));
    const texts = events.filter((e) => e.type === "text").map((e) => (e as { text: string }).text);
    expect(texts.join("")).toBe("[NAME_1] should rest. Call us at [PHONE_1]. [NAME_1] can return to school.");
    for (const t of texts) expect(t).not.toMatch(/\[[A-Z_]*$/);
    expect(conversation.restore(texts.join(""))).toContain("Jacob Miller should rest.");
  });

  it("should hold back at most a bounded number of characters", async () => {
    const conversation = pipeline.createConversation();
    const input = await conversation.checkInput("tell me about fiber");
    const long = "word ".repeat(400);
    let received = 0;
    let maxLag = 0;
    async function* feed(): AsyncGenerator<string> {
      for (let i = 0; i < long.length; i += 5) {
        yield long.slice(i, i + 5);
        maxLag = Math.max(maxLag, i + 5 - received);
      }
    }
    for await (const e of conversation.guardOutput(feed(), input)) if (e.type === "text") received += e.text.length;
    expect(received).toBe(long.length);
    expect(maxLag).toBeLessThanOrEqual(MAX_HOLD_CHARS);
  });

  it("should show a sentence while it is being written, holding back only its last words", async () => {
    const conversation = pipeline.createConversation();
    const input = await conversation.checkInput("how do I lower my cholesterol");
    const sentence = "Eating more soluble fiber from oats, beans and lentils lowers LDL cholesterol over a few weeks";
    const shownAt: string[] = [];
    let shown = "";
    async function* feed(): AsyncGenerator<string> {
      for (const word of sentence.split(/(?<= )/)) {
        yield word;
        shownAt.push(shown);
      }
    }
    for await (const e of conversation.guardOutput(feed(), input)) if (e.type === "text") shown += e.text;
    expect(shown).toBe(sentence);
    // before the sentence ended, all but its last few words were on screen
    expect(shownAt[shownAt.length - 1]).toBe("Eating more soluble fiber from oats, beans and lentils lowers ");
  });

  it("should redact a name, phone number or title split across many deltas", async () => {
    const conversation = pipeline.createConversation();
    const input = await conversation.checkInput("what helps a sore throat");
    const answer = "Warm salt water helps, and Dr. Okonkwo at the clinic on 555-201-7788 can check it if it lasts more than a week";
    const events = await collect(conversation.guardOutput(chunks(answer, 1), input));
    expect(textOf(events)).toBe("Warm salt water helps, and Dr. [NAME_1] at the clinic on [PHONE_1] can check it if it lasts more than a week");
  });

  it("should drop first-person prescribing that starts after text already shown", async () => {
    const conversation = pipeline.createConversation();
    const input = await conversation.checkInput("I have a sinus infection");
    const events = await collect(
      conversation.guardOutput(chunks("Sinus infections often clear on their own within ten days, so I am going to prescribe amoxicillin for you. Rest."), input)
    );
    const text = textOf(events);
    expect(text).toMatch(/^Sinus infections often clear on their own/);
    expect(text).not.toMatch(/prescribe amoxicillin/);
    expect(text).toMatch(/Only a clinician[^]*Rest\.$/);
  });

  it("should stop with AbortedError when the signal aborts", async () => {
    const conversation = pipeline.createConversation();
    const input = await conversation.checkInput("tell me about fiber");
    const controller = new AbortController();
    async function* feed(): AsyncGenerator<string> {
      yield "First sentence. ";
      controller.abort();
      yield "Second sentence. ";
    }
    await expect(collect(conversation.guardOutput(feed(), input, { abortSignal: controller.signal }))).rejects.toBeInstanceOf(AbortedError);
  });
});
