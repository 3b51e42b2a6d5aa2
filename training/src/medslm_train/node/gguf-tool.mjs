// Runs GGUF files through node-llama-cpp (the runtime the SDK's embedded backend uses), for the
// Python pipeline: `node gguf-tool.mjs <command> <model.gguf>` with a JSON request on stdin and one
// JSON result on stdout.
//   info        -> {metadata, tokens: {bos, eos}, trainContextSize}
//   greedy      {prompts: string[], maxTokens} -> {results: [{promptTokens, tokens, text}]}
//   tokenize    {texts: string[]} -> {tokens: number[][]}
//   perplexity  {texts: string[], contextSize} -> {nll, tokens, perplexity}
// Threads are explicit (node-llama-cpp's default is very slow on small CPUs).
import { getLlama } from "node-llama-cpp";

const [command, modelPath] = process.argv.slice(2);
const threads = Number(process.env.MEDSLM_THREADS ?? "2");

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString("utf8").trim();
  return text ? JSON.parse(text) : {};
}

function fail(message) {
  process.stderr.write(`gguf-tool: ${message}\n`);
  process.exit(2);
}

if (!command || !modelPath) fail("usage: gguf-tool.mjs <info|greedy|tokenize|perplexity> <model.gguf>");
const request = await readStdin();
const llama = await getLlama({ gpu: false, logLevel: "error" });
const model = await llama.loadModel({ modelPath });

let result;
if (command === "info") {
  result = {
    metadata: model.fileInfo.metadata,
    tokens: { bos: model.tokens.bos, eos: model.tokens.eos },
    trainContextSize: model.trainContextSize,
  };
} else if (command === "tokenize") {
  result = { tokens: request.texts.map((t) => Array.from(model.tokenize(t))) };
} else if (command === "greedy") {
  const context = await model.createContext({ threads, contextSize: request.contextSize ?? 512 });
  const results = [];
  const sequence = context.getSequence();
  for (const prompt of request.prompts) {
    await sequence.clearHistory();
    const promptTokens = Array.from(model.tokenize(prompt));
    if (model.tokens.bos != null && promptTokens[0] !== model.tokens.bos) promptTokens.unshift(model.tokens.bos);
    const tokens = [];
    // Token by token through controlledEvaluate: plain argmax that, unlike evaluate(), does not
    // stop at an end-of-generation token, so exactly maxTokens come back.
    const greedy = { generateNext: { token: true, options: { temperature: 0 } } };
    let input = promptTokens.map((t, i) => (i === promptTokens.length - 1 ? [t, greedy] : t));
    while (tokens.length < request.maxTokens) {
      const out = await sequence.controlledEvaluate(input);
      const next = out[input.length - 1]?.next?.token;
      if (next == null) fail("no token was generated");
      tokens.push(next);
      input = [[next, greedy]];
    }
    results.push({ promptTokens, tokens, text: model.detokenize(tokens) });
  }
  await context.dispose();
  result = { results };
} else if (command === "perplexity") {
  // Teacher-forced log-likelihood of every token after the first of each window: log softmax from
  // the next token's logit, the max logit and the total logit weight sum(exp(l - max)).
  const contextSize = request.contextSize ?? 512;
  const context = await model.createContext({ threads, contextSize, batchSize: contextSize });
  let nll = 0;
  let count = 0;
  const sequence = context.getSequence();
  for (const text of request.texts) {
    const all = Array.from(model.tokenize(text));
    if (model.tokens.bos != null && all[0] !== model.tokens.bos) all.unshift(model.tokens.bos);
    for (let start = 0; start + 1 < all.length; start += contextSize - 1) {
      const window = all.slice(start, start + contextSize);
      await sequence.clearHistory();
      const input = window.map((token, i) =>
        i + 1 < window.length
          ? [token, { generateNext: { logits: { filter: { tokens: [window[i + 1]], includeTop: 1 } }, totalLogitWeight: true } }]
          : token
      );
      const out = await sequence.controlledEvaluate(input);
      for (let i = 0; i + 1 < window.length; i++) {
        const next = out[i]?.next;
        if (!next?.logits || next.totalLogitWeight == null) fail(`no logits for position ${i}`);
        // includeTop: 1 brings the max logit (includeMax returns nothing extra in node-llama-cpp 3.22.1).
        const maxLogit = Math.max(...next.logits.values());
        const logit = next.logits.get(window[i + 1]);
        nll -= logit - maxLogit - Math.log(next.totalLogitWeight);
        count++;
      }
      if (start + contextSize >= all.length) break;
    }
  }
  await context.dispose();
  result = { nll, tokens: count, perplexity: Math.exp(nll / Math.max(1, count)) };
} else {
  fail(`unknown command ${command}`);
}
await model.dispose();
process.stdout.write(JSON.stringify(result));
