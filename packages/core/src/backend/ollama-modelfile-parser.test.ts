import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors/invalid-input-error.js";
import { defaultPromptTemplate, renderPrompt } from "../template/prompt-template.js";
import { generateModelfile } from "../template/modelfile.js";
import { parseModelfile } from "./ollama-modelfile-parser.js";

describe("parseModelfile", () => {
  it("should read back every field of the Modelfile the SDK generates", () => {
    const text = generateModelfile({ from: "./medslm.Q4_K_M.gguf", contextSize: 4096, system: "Be careful.", license: "Apache-2.0" });
    const parsed = parseModelfile(text);
    expect(parsed.from).toBe("./medslm.Q4_K_M.gguf");
    expect(parsed.system).toBe("Be careful.");
    expect(parsed.license).toEqual(["Apache-2.0"]);
    expect(parsed.parameters).toEqual({ temperature: 0.7, top_p: 0.9, num_ctx: 4096, stop: [...defaultPromptTemplate.stop] });
    // Ollama fills .Prompt with the question: the template must then give renderPrompt's text.
    const question = "Is a fever of 38.5 C in an adult dangerous?";
    expect(parsed.template?.replace("{{ .Prompt }}", question)).toBe(renderPrompt({ question }));
  });

  it("should read quoted values, multi-line blocks, messages, adapters and comments", () => {
    const parsed = parseModelfile(
      [
        "# a comment",
        "from llama3.2",
        'PARAMETER stop "<|eot_id|>"',
        "PARAMETER stop END",
        "PARAMETER mirostat false",
        "ADAPTER ./lora.gguf",
        'SYSTEM """You are',
        'two lines."""',
        "MESSAGE user Hello there",
        'MESSAGE assistant "Hi!"',
        "LICENSE MIT",
        ""
      ].join("\r\n")
    );
    expect(parsed).toEqual({
      from: "llama3.2",
      adapters: ["./lora.gguf"],
      system: "You are\ntwo lines.",
      license: ["MIT"],
      parameters: { stop: ["<|eot_id|>", "END"], mirostat: false },
      messages: [
        { role: "user", content: "Hello there" },
        { role: "assistant", content: "Hi!" }
      ]
    });
  });

  it("should name the line of an unknown instruction or an unclosed block", () => {
    expect(() => parseModelfile("FROM x\nTEMPERATURE 1")).toThrow(/line 2: unknown instruction "TEMPERATURE"/);
    expect(() => parseModelfile('FROM x\nTEMPLATE """{{ .Prompt }}')).toThrow(InvalidInputError);
    expect(() => parseModelfile("FROM")).toThrow(/FROM needs a value/);
  });
});
