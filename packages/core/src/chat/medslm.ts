import { throwIfAborted } from "../backend/abort.js";
import type { GenerateOptions, ModelBackend, Usage } from "../backend/model-backend.js";
import { StopSequenceFilter } from "../backend/stop-sequences.js";
import { DisposedError } from "../errors/disposed-error.js";
import { InvalidInputError } from "../errors/invalid-input-error.js";
import { SafetyPipeline, type InputVerdict, type SafetyConversation, type SafetyOptions } from "../safety/index.js";
import {
  defaultPromptTemplate,
  renderPrompt,
  type ConversationTurn,
  type PatientContext,
  type PromptTemplate
} from "../template/prompt-template.js";
import { AnswerStream, type AnswerPart, type AnswerResult } from "./answer-stream.js";
import type { AuditRecord } from "./audit.js";
import { PlaceholderRestorer } from "./placeholder-restorer.js";

export interface GenerationSettings {
  temperature?: number;
  topP?: number;
  maxTokens?: number;
  seed?: number;
}

export interface MedslmOptions {
  backend: ModelBackend;
  /** A pipeline, or options for the default one. There is no way to turn it off. */
  safety?: SafetyPipeline | SafetyOptions;
  template?: PromptTemplate;
  generation?: GenerationSettings;
  /** Receives one record per answer; records hold redacted text only. */
  onAudit?: (record: AuditRecord) => void;
}

export interface AskOptions extends GenerationSettings {
  context?: PatientContext;
  abortSignal?: AbortSignal;
}

const noUsage: Usage = { promptTokens: undefined, completionTokens: undefined };

function summarize(parts: readonly AnswerPart[]): AnswerResult {
  let text = "";
  let answer = "";
  let triage: AnswerResult["triage"] = "routine";
  let refused = false;
  let finish: Extract<AnswerPart, { type: "finish" }> | undefined;
  for (const part of parts) {
    switch (part.type) {
      case "triage":
        triage = part.level;
        text += `${part.message}\n\n`;
        break;
      case "refusal":
        refused = true;
        text += part.message;
        break;
      case "text-delta":
        answer += part.text;
        text += part.text;
        break;
      case "escalation":
        text += `\n\n${part.message}`;
        break;
      case "disclaimer":
        text += `\n\n${part.text}`;
        break;
      case "finish":
        finish = part;
        break;
      case "flag":
        break;
    }
  }
  return {
    text,
    answer,
    triage,
    refused,
    finishReason: finish?.finishReason ?? "stop",
    usage: finish?.usage ?? noUsage,
    timings: finish?.timings ?? { timeToFirstTokenMs: undefined, totalMs: 0 }
  };
}

function redactContext(context: PatientContext | undefined, redactedNotes: string | undefined): PatientContext | undefined {
  if (!context) return undefined;
  const out: PatientContext = {};
  if (context.age !== undefined) out.age = context.age;
  if (context.sex !== undefined) out.sex = context.sex;
  if (context.medications !== undefined) out.medications = context.medications;
  if (context.conditions !== undefined) out.conditions = context.conditions;
  // Free text is where names, dates and addresses end up.
  if (redactedNotes !== undefined) out.notes = redactedNotes;
  return out;
}

/**
 * A conversation: keeps the turns (redacted) and the PHI placeholder map, so follow-up questions
 * see the earlier answers and the user sees their own details restored.
 */
export class MedslmConversation {
  private readonly turns: ConversationTurn[] = [];
  private readonly safety: SafetyConversation;
  /** Placeholders made from the user's own words: only these are restored in what they see. */
  private readonly userPlaceholders = new Set<string>();

  constructor(private readonly owner: Medslm) {
    this.safety = owner.safety.createConversation();
  }

  get history(): readonly ConversationTurn[] {
    return this.turns;
  }

  /** Forget the turns (the placeholder map stays, so earlier redactions stay consistent). */
  clear(): void {
    this.turns.length = 0;
  }

  ask(question: string, options: AskOptions = {}): AnswerStream {
    return new AnswerStream(() => this.run(question, options), summarize);
  }

  private async *run(question: string, options: AskOptions): AsyncIterable<AnswerPart> {
    const started = performance.now();
    const owner = this.owner;
    owner.assertUsable();
    if (typeof question !== "string") throw new InvalidInputError({ field: "question", reason: "expected text." });
    throwIfAborted(options.abortSignal);

    const verdict = await this.safety.checkInput(question);
    for (const span of verdict.phi) this.userPlaceholders.add(span.placeholder);
    const notesVerdict = options.context?.notes?.trim() ? await this.safety.checkInput(options.context.notes) : undefined;
    for (const span of notesVerdict?.phi ?? []) this.userPlaceholders.add(span.placeholder);
    const notes = notesVerdict?.redacted;
    const context = redactContext(options.context, notes);
    const audit = (answerRedacted: string, finishReason: string): void =>
      owner.audit({ verdict, answerRedacted, finishReason, backend: owner.backend.provider, model: owner.backend.modelId });

    if (verdict.triage.level !== "routine" && verdict.triage.message) {
      yield { type: "triage", level: verdict.triage.level, message: verdict.triage.message, reasons: verdict.triage.reasons };
    }
    if (!verdict.scope.allowed) {
      const message = verdict.scope.message ?? "I can't help with that request. Please talk to a clinician or pharmacist.";
      yield { type: "refusal", category: verdict.scope.category, message, reasons: verdict.scope.reasons };
      yield {
        type: "finish",
        finishReason: "refused",
        usage: noUsage,
        timings: { timeToFirstTokenMs: undefined, totalMs: performance.now() - started }
      };
      audit("", "refused");
      return;
    }

    const template = owner.template;
    const prompt = renderPrompt({ question: verdict.redacted, history: this.turns, ...(context ? { context } : {}) }, template);
    const generation: GenerateOptions = {
      prompt,
      stop: template.stop,
      temperature: options.temperature ?? owner.generation.temperature ?? template.parameters.temperature,
      topP: options.topP ?? owner.generation.topP ?? template.parameters.top_p,
      ...(options.maxTokens ?? owner.generation.maxTokens) !== undefined
        ? { maxTokens: (options.maxTokens ?? owner.generation.maxTokens) as number }
        : {},
      ...(options.seed ?? owner.generation.seed) !== undefined ? { seed: (options.seed ?? owner.generation.seed) as number } : {},
      ...(options.abortSignal ? { abortSignal: options.abortSignal } : {})
    };

    let finishReason: Extract<AnswerPart, { type: "finish" }>["finishReason"] = "stop";
    let usage: Usage = noUsage;
    let firstToken: number | undefined;
    let redactedAnswer = "";
    const stops = new StopSequenceFilter(template.stop);
    // PHI the model made up stays redacted; the user's own details come back to them.
    const restorer = new PlaceholderRestorer((t) =>
      t.replace(/\[[A-Z][A-Z_]*_\d+\]/g, (p) => (this.userPlaceholders.has(p) ? this.safety.restore(p) : p))
    );

    // The model's deltas, cut at stop sequences, feed the output checks.
    const deltas = async function* (backend: ModelBackend): AsyncIterable<string> {
      for await (const part of backend.doStream(generation)) {
        if (part.type === "text-delta") {
          const safe = stops.push(part.text);
          if (safe) yield safe;
          if (stops.hasStopped) {
            finishReason = "stop";
            break;
          }
        } else {
          finishReason = part.finishReason;
          usage = part.usage;
        }
      }
      const rest = stops.flush();
      if (rest) yield rest;
    };

    for await (const event of this.safety.guardOutput(deltas(owner.backend), verdict, options.abortSignal ? { abortSignal: options.abortSignal } : {})) {
      switch (event.type) {
        case "text": {
          redactedAnswer += event.text;
          const shown = restorer.push(event.text);
          if (shown) {
            firstToken ??= performance.now();
            yield { type: "text-delta", text: shown };
          }
          break;
        }
        case "flag":
          yield { type: "flag", reason: event.reason };
          break;
        case "escalation":
          // The triage notice already said it; say it once.
          if (event.message !== verdict.triage.message) yield { type: "escalation", message: event.message, reason: event.reason };
          break;
        case "disclaimer": {
          const rest = restorer.flush();
          if (rest) yield { type: "text-delta", text: rest };
          yield { type: "disclaimer", text: event.text };
          break;
        }
      }
    }
    const rest = restorer.flush();
    if (rest) yield { type: "text-delta", text: rest };

    this.turns.push({ question: verdict.redacted, answer: redactedAnswer.trim() });
    yield {
      type: "finish",
      finishReason,
      usage,
      timings: {
        timeToFirstTokenMs: firstToken === undefined ? undefined : firstToken - started,
        totalMs: performance.now() - started
      }
    };
    audit(redactedAnswer, finishReason);
  }
}

/** The SDK's entry point: a backend plus the safety pipeline and the prompt template. */
export class Medslm implements AsyncDisposable {
  readonly backend: ModelBackend;
  readonly safety: SafetyPipeline;
  readonly template: PromptTemplate;
  readonly generation: GenerationSettings;
  private readonly onAudit: ((record: AuditRecord) => void) | undefined;
  private isDisposed = false;

  constructor(options: MedslmOptions) {
    this.backend = options.backend;
    this.safety = options.safety instanceof SafetyPipeline ? options.safety : new SafetyPipeline(options.safety ?? {});
    this.template = options.template ?? defaultPromptTemplate;
    this.generation = options.generation ?? {};
    this.onAudit = options.onAudit;
  }

  /** One question, no memory. */
  ask(question: string, options: AskOptions = {}): AnswerStream {
    return new MedslmConversation(this).ask(question, options);
  }

  conversation(): MedslmConversation {
    return new MedslmConversation(this);
  }

  /** @internal */
  assertUsable(): void {
    if (this.isDisposed) throw new DisposedError({ what: "medslm client" });
  }

  /** @internal */
  audit(input: { verdict: InputVerdict; answerRedacted: string; finishReason: string; backend: string; model: string }): void {
    if (!this.onAudit) return;
    this.onAudit({
      time: new Date().toISOString(),
      backend: input.backend,
      model: input.model,
      triage: { level: input.verdict.triage.level, rules: input.verdict.triage.reasons.map((r) => r.rule) },
      scope: { allowed: input.verdict.scope.allowed, category: input.verdict.scope.category },
      phiTypes: input.verdict.phi.map((p) => p.type),
      notes: input.verdict.inputNotes.map((n) => n.rule),
      question: input.verdict.redacted,
      answer: input.answerRedacted,
      finishReason: input.finishReason
    });
  }

  get disposed(): boolean {
    return this.isDisposed;
  }

  async dispose(): Promise<void> {
    if (this.isDisposed) return;
    this.isDisposed = true;
    await this.backend.dispose();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.dispose();
  }
}

export function createMedslm(options: MedslmOptions): Medslm {
  return new Medslm(options);
}
