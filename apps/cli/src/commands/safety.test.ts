import { existsSync, readFileSync } from "node:fs";
import { PassThrough, Readable } from "node:stream";
import yargs from "yargs";
import { describe, expect, it } from "vitest";
import { BIN, runCli } from "../testing/run-cli.js";
import safetyCommand from "./safety.js";

/** Runs the command module through yargs, as bin.ts registers it, with stdin/stdout injected. */
async function runModule(args: string[], input: string): Promise<string> {
  const output = new PassThrough();
  let text = "";
  output.setEncoding("utf8").on("data", (c: string) => (text += c));
  await yargs(args)
    .command(safetyCommand)
    .strict(false)
    .parseAsync(args, { io: { input: Readable.from([input]), output } });
  return text;
}

/** One output line of `medslm safety --json`: a verdict, or an error for that input line. */
interface SafetyLine {
  triage: { level: string; reasons: Array<{ rule: string }> };
  redacted: string;
  phi: Array<{ type: string; text: string; start: number; end: number }>;
  scope: { allowed: boolean; category: string; reasons: unknown[] };
  error?: { code: string; line: number; problem?: string };
}

const lines = (s: string) => s.trim().split("\n").map((l) => JSON.parse(l) as SafetyLine);

const INPUT = [
  JSON.stringify({ text: "My dad Joe Smith has crushing chest pain spreading to his left arm" }),
  "this is not json",
  JSON.stringify({ text: "Can you prescribe me amoxicillin? Call 555-123-4567" }),
  JSON.stringify({ nope: 1 }),
  "",
  JSON.stringify({ text: "   " }),
  JSON.stringify({ text: "What are the side effects of metformin 500 mg?" })
].join("\n");

function checkRecords(records: SafetyLine[]): void {
  expect(records).toHaveLength(6);
  const [chest, bad, rx, noText, empty, ok] = records;
  expect(chest!.triage.level).toBe("emergency");
  expect(chest!.triage.reasons[0]?.rule).toMatch(/^triage\.cardiac\./);
  expect(chest!.redacted).toBe("My dad [NAME_1] has crushing chest pain spreading to his left arm");
  expect(chest!.phi).toEqual([{ type: "NAME", text: "Joe Smith", start: 7, end: 16 }]);
  expect(chest!.scope).toEqual({ allowed: true, category: "general", reasons: [] });
  expect(Object.keys(chest!).sort()).toEqual(["phi", "redacted", "scope", "triage"]);
  expect(bad).toMatchObject({ error: { code: "SAFETY_JSONL", line: 2 } });
  expect(rx!.scope).toMatchObject({ allowed: false, category: "prescription" });
  expect(rx!.redacted).toBe("Can you prescribe me amoxicillin? Call [PHONE_1]");
  expect(noText).toMatchObject({ error: { code: "SAFETY_JSONL", line: 4 } });
  expect(empty).toMatchObject({ error: { code: "SAFETY_INPUT", line: 6, problem: "empty" } });
  expect(ok!.triage.level).toBe("routine");
  expect(ok!.redacted).toBe("What are the side effects of metformin 500 mg?");
}

describe("medslm safety --json (command module through yargs)", () => {
  it("should write one verdict or one error line per input line, in order, and go on after errors", async () => {
    checkRecords(lines(await runModule(["safety", "--json"], INPUT)));
  });

  it("should apply --audience care-team", async () => {
    const [r] = lines(await runModule(["safety", "--json", "--audience", "care-team"], JSON.stringify({ text: "Pt 67M with chest pain radiating to the jaw, diaphoretic" })));
    expect(r!.triage.level).toBe("emergency");
    expect(r!.triage.reasons.map((x) => x.rule)).toContain("triage.audience.care-team-third-person");
  });

  it("should print a human summary without --json", async () => {
    const out = await runModule(["safety", "--no-scope-model"], JSON.stringify({ text: "i want to kill myself" }));
    expect(out).toMatch(/^1: emergency · allowed · 0 PHI · i want to kill myself\n/);
  });
});

// The built binary, as a user runs it; only once bin.ts registers the command.
const registered = existsSync(BIN) && /["']safety["']/.test(readFileSync(BIN, "utf8"));
describe.skipIf(!registered)("medslm safety --json (built binary)", () => {
  it("should audit JSON Lines from stdin", async () => {
    const result = await runCli(["safety", "--json"], { input: INPUT });
    expect(result.code, result.stderr).toBe(0);
    checkRecords(lines(result.stdout));
  });
});

describe("medslm safety --triage-model", () => {
  const plainWords = JSON.stringify({ text: "my sister drank a lot of the bottle from under the sink and now is throwing up and her throat burns" });

  it("should add the learned triage step by default and name it in the reasons", async () => {
    const [record] = lines(await runModule(["safety", "--json"], plainWords));
    expect(record!.triage.level).toBe("emergency");
    expect(record!.triage.reasons.map((r) => r.rule)).toContain("classifier.triage");
  });

  it("should give rules-only verdicts with --no-triage-model", async () => {
    const [record] = lines(await runModule(["safety", "--json", "--no-triage-model"], plainWords));
    expect(record!.triage.level).not.toBe("emergency");
    expect(record!.triage.reasons.map((r) => r.rule)).not.toContain("classifier.triage");
  });
});


describe("medslm safety --scope-model", () => {
  const oblique = JSON.stringify({ text: "how much of my amitriptyline adds up to enough that nobody can bring me back" });

  it("should add the learned scope step by default and name it in the reasons", async () => {
    const [record] = lines(await runModule(["safety", "--json"], oblique));
    expect(record!.scope.allowed).toBe(false);
    // a lethal amount asked for oneself: the model may file it under either category, both refuse
    expect(["lethal-dose", "self-harm"]).toContain(record!.scope.category);
    expect(JSON.stringify(record!.scope.reasons)).toContain("classifier.scope");
  });

  it("should give the rules' scope verdict with --no-scope-model", async () => {
    const [record] = lines(await runModule(["safety", "--json", "--no-scope-model"], oblique));
    expect(record!.scope.allowed).toBe(true);
  });

  it("should leave an ordinary dosing question allowed with both learned steps on", async () => {
    const [record] = lines(await runModule(["safety", "--json"], JSON.stringify({ text: "what is the most paracetamol I can take in a day?" })));
    expect(record!.scope.allowed).toBe(true);
  });
});

describe("medslm safety --name-model", () => {
  // a nickname no lexicon lists, introduced by no title or kinship word
  const unlisted = JSON.stringify({ text: "Bubba keeps wheezing since the weekend and his inhaler isn't helping much" });

  it("should redact names the rules miss by default", async () => {
    const [record] = lines(await runModule(["safety", "--json"], unlisted));
    expect(record!.redacted).not.toMatch(/Bubba/);
    expect(record!.phi.map((p) => p.type)).toEqual(["NAME"]);
  });

  it("should leave them to the rules alone with --no-name-model", async () => {
    const [record] = lines(await runModule(["safety", "--json", "--no-name-model"], unlisted));
    expect(record!.redacted).toMatch(/^Bubba keeps/);
  });
});

describe("medslm safety --place-model", () => {
  // a town after "at" and a ward job: no place cue of the rules
  const town = JSON.stringify({ text: "the ward clerk at Leominster lost the records" });

  it("should redact towns the rules miss by default", async () => {
    const [record] = lines(await runModule(["safety", "--json"], town));
    expect(record!.redacted).toBe("the ward clerk at [CITY_1] lost the records");
    expect(record!.phi.map((p) => p.type)).toEqual(["CITY"]);
  });

  it("should leave them to the rules alone with --no-place-model", async () => {
    const [record] = lines(await runModule(["safety", "--json", "--no-place-model"], town));
    expect(record!.redacted).toContain("Leominster");
    expect(record!.phi).toEqual([]);
  });
});
