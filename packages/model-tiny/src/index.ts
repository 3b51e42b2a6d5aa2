import { fileURLToPath } from "node:url";

/** What the shipped GGUF is; the tests check the file against `bytes` and `sha256`. */
export type ModelTinyInfo = {
  readonly name: "medslm-tiny";
  readonly file: string;
  readonly format: "gguf";
  readonly quantization: "Q4_K_M";
  /** Mistral architecture (GQA, RoPE, SwiGLU, RMSNorm); llama.cpp reads it as `llama`. */
  readonly architecture: "llama";
  readonly parameters: number;
  readonly layers: number;
  readonly hiddenSize: number;
  readonly intermediateSize: number;
  readonly attentionHeads: number;
  readonly keyValueHeads: number;
  readonly vocabSize: number;
  /** Tokens the model was built for (prompt plus answer). */
  readonly contextLength: number;
  readonly bytes: number;
  readonly sha256: string;
  /** The prompt template it was trained with (packages/core/templates/medslm-v1.json). */
  readonly template: "medslm-v1";
  readonly license: "Apache-2.0";
  readonly trainingData: readonly string[];
  /** Held-out test split (478 records), whole-text perplexity through llama.cpp. */
  readonly testPerplexity: number;
  readonly demo: true;
  readonly notice: string;
};

const FILE = "medslm-tiny.Q4_K_M.gguf";

/** Absolute path of the GGUF (resolved from this module, so it works from src/ and dist/). */
export const modelPath: string = fileURLToPath(new URL(`../model/${FILE}`, import.meta.url));

export const modelInfo: ModelTinyInfo = {
  name: "medslm-tiny",
  file: FILE,
  format: "gguf",
  quantization: "Q4_K_M",
  architecture: "llama",
  parameters: 7_344_384,
  layers: 8,
  hiddenSize: 256,
  intermediateSize: 768,
  attentionHeads: 8,
  keyValueHeads: 4,
  vocabSize: 4096,
  contextLength: 2048,
  bytes: 4_751_872,
  sha256: "a03685540596bcfe2fa7048730caf1e0be84dd60c3164c69473bb0f898957fde",
  template: "medslm-v1",
  license: "Apache-2.0",
  trainingData: [
    "GenMedGPT-5k (ChatDoctor, Apache-2.0)",
    "PubMedQA PQA-L (MIT): questions, long answers and the train-split abstracts",
    "ChatDoctor disease database (Apache-2.0)"
  ],
  testPerplexity: 4.0762,
  demo: true,
  notice:
    "medslm-tiny is a 7M-parameter demo model for offline demos and tests. Its answers are often wrong: " +
    "it is not medical advice. For real use, run a larger model through Ollama (`medslm create`) or pass --model."
};

export default modelPath;
