import type { BackendStreamPart, GenerateResult } from "./model-backend.js";

/** doGenerate for backends that only stream natively. */
export async function collectStream(stream: AsyncIterable<BackendStreamPart>): Promise<GenerateResult> {
  let text = "";
  for await (const part of stream) {
    if (part.type === "text-delta") text += part.text;
    else return { text, finishReason: part.finishReason, usage: part.usage };
  }
  return { text, finishReason: "stop", usage: { promptTokens: undefined, completionTokens: undefined } };
}
