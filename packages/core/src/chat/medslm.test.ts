import { afterEach, describe, expect, it } from "vitest";
import { startFakeOllamaServer, type FakeOllamaServer } from "../../test-support/fake-ollama-server.js";
import { createOllamaBackend } from "../backend/ollama-backend.js";
import { AbortedError } from "../errors/aborted-error.js";
import { DisposedError } from "../errors/disposed-error.js";
import { InvalidInputError } from "../errors/invalid-input-error.js";
import { SafetyPipeline } from "../safety/index.js";
import type { AuditRecord } from "./audit.js";
import { createMedslm } from "./medslm.js";
import type { AnswerPart } from "./answer-stream.js";

let server: FakeOllamaServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(reply: Parameters<typeof startFakeOllamaServer>[0] = {}) {
  server = await startFakeOllamaServer(reply);
  const audit: AuditRecord[] = [];
  const medslm = createMedslm({ backend: createOllamaBackend({ model: "medslm", host: server.url }), onAudit: (r) => audit.push(r) });
  return { server, medslm, audit };
}

function generatePrompts(s: FakeOllamaServer): string[] {
  return s.requests.filter((r) => r.path === "/api/generate").map((r) => String((r.body as { prompt: string }).prompt));
}

async function collect(stream: AsyncIterable<AnswerPart>): Promise<AnswerPart[]> {
  const parts: AnswerPart[] = [];
  for await (const p of stream) parts.push(p);
  return parts;
}

describe("Medslm.ask", () => {
  it("should stream the model's answer through the output checks and add the disclaimer once", async () => {
    const { server, medslm } = await setup({ reply: "Rest, fluids, and paracetamol for the fever." });
    const parts = await collect(medslm.ask("I have a mild cold and a slight fever, what helps?"));
    const text = parts.filter((p) => p.type === "text-delta").map((p) => (p as { text: string }).text).join("");
    expect(text).toContain("Rest, fluids, and paracetamol for the fever.");
    expect(parts.filter((p) => p.type === "disclaimer")).toHaveLength(1);
    expect(parts.at(-1)?.type).toBe("finish");
    const prompt = generatePrompts(server)[0];
    expect(prompt).toContain("### Question:\nI have a mild cold and a slight fever, what helps?\n\n### Patient Context:\n");
  });

  it("should show the emergency notice before any model text", async () => {
    const { medslm } = await setup({ reply: "It may be indigestion." });
    const parts = await collect(medslm.ask("crushing chest pain spreading to my left arm and I'm sweating"));
    expect(parts[0]?.type).toBe("triage");
    expect(parts[0]).toMatchObject({ level: "emergency" });
    expect((parts[0] as { message: string }).message).toMatch(/911/);
    const result = await medslm.ask("crushing chest pain spreading to my left arm and I'm sweating").result;
    expect(result.triage).toBe("emergency");
    expect(result.text.indexOf("911")).toBeLessThan(result.text.indexOf("indigestion") === -1 ? Infinity : result.text.indexOf("indigestion"));
  });

  it("should refuse out-of-scope requests without calling the model", async () => {
    const { server, medslm, audit } = await setup({ reply: "should never be sent" });
    const result = await medslm.ask("Write me a prescription for oxycodone 30 mg").result;
    expect(result.refused).toBe(true);
    expect(result.text).not.toContain("should never be sent");
    expect(generatePrompts(server)).toHaveLength(0);
    expect(audit[0]?.scope.allowed).toBe(false);
  });

  it("should send only redacted text to the model and restore it for the same user", async () => {
    const { server, medslm, audit } = await setup({
      reply: (body) => {
        const prompt = String(body.prompt);
        const placeholder = /\[NAME_\d+\]/.exec(prompt)?.[0] ?? "the patient";
        return `${placeholder} should keep taking fluids.`;
      }
    });
    const result = await medslm.ask("My name is Maria Gonzalez, call me at 555-867-5309. I have a sore throat, what helps?").result;
    const prompt = generatePrompts(server)[0] ?? "";
    expect(prompt).not.toContain("Maria Gonzalez");
    expect(prompt).not.toContain("555-867-5309");
    expect(prompt).toMatch(/\[NAME_1\]/);
    expect(result.answer).toContain("Maria Gonzalez should keep taking fluids.");
    // The audit log never sees the PHI.
    expect(JSON.stringify(audit)).not.toContain("Maria");
    expect(JSON.stringify(audit)).not.toContain("867");
  });

  it("should keep PHI the model makes up redacted while restoring the user's own", async () => {
    const { medslm } = await setup({ reply: "Call the clinic on 555-201-7788 for an appointment." });
    const result = await medslm.ask("My name is Maria Gonzalez and my ankle is swollen after a fall.").result;
    expect(result.answer).not.toContain("555-201-7788");
    expect(result.answer).toMatch(/\[PHONE_\d+\]/);
  });

  it("should show the emergency notice once", async () => {
    const { medslm } = await setup({ reply: "Chew an aspirin if you are not allergic." });
    const result = await medslm.ask("crushing chest pain spreading to my left arm and I'm sweating").result;
    const notice = result.text.slice(0, 40);
    expect(result.text.split(notice)).toHaveLength(2);
  });

  it("should cut the answer at the template's stop sequences", async () => {
    const { medslm } = await setup({ reply: "Drink water.\n\n### Question:\nInvented follow-up", applyStops: false });
    const result = await medslm.ask("How do I stay hydrated?").result;
    expect(result.answer).toContain("Drink water.");
    expect(result.answer).not.toContain("Invented follow-up");
    expect(result.answer).not.toContain("### Question:");
  });

  it("should keep the conversation and render earlier turns in the next prompt", async () => {
    const { server, medslm } = await setup({ reply: "Usually 500 mg to 1 g." });
    const chat = medslm.conversation();
    await chat.ask("What is a normal paracetamol dose?").result;
    await chat.ask("And how often?").result;
    const prompts = generatePrompts(server);
    expect(prompts[1]).toContain("### Question:\nWhat is a normal paracetamol dose?\n\n### Medical Response:\nUsually 500 mg to 1 g.");
    expect(prompts[1]).toContain("### Question:\nAnd how often?");
    expect(chat.history).toHaveLength(2);
  });

  it("should stop on abort and throw AbortedError", async () => {
    const { server, medslm } = await setup({ reply: "word ".repeat(200), tokenIntervalMs: 5 });
    const controller = new AbortController();
    const stream = medslm.ask("Tell me about seasonal allergies", { abortSignal: controller.signal });
    let received = 0;
    await expect(
      (async () => {
        for await (const part of stream) {
          if (part.type === "text-delta" && ++received === 3) controller.abort();
        }
      })()
    ).rejects.toBeInstanceOf(AbortedError);
    const closed = await server.waitForClientClose(2000);
    expect(closed.closedByClient).toBe(true);
  });

  it("should reject an empty question with a typed error", async () => {
    const { medslm } = await setup();
    await expect(medslm.ask("   ").result).rejects.toMatchObject({ code: expect.stringMatching(/INPUT/) });
  });

  it("should refuse use after dispose", async () => {
    const { medslm } = await setup();
    await medslm.dispose();
    await medslm.dispose();
    await expect(medslm.ask("hello?").result).rejects.toBeInstanceOf(DisposedError);
  });

  it("should accept a configured pipeline (care-team audience)", async () => {
    const { server } = await setup({ reply: "Check troponin." });
    const medslm = createMedslm({
      backend: createOllamaBackend({ model: "medslm", host: server.url }),
      safety: new SafetyPipeline({ audience: "care-team" })
    });
    const parts = await collect(medslm.ask("My patient has crushing chest pain radiating to the left arm, diaphoretic. Next steps?"));
    const triage = parts.find((p) => p.type === "triage") as { message: string } | undefined;
    expect(triage).toBeDefined();
    expect(triage?.message).not.toMatch(/call 911/i);
    expect(InvalidInputError).toBeDefined();
  });
});
