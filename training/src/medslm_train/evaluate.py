"""Proof that an export is right, measured through llama.cpp itself.

    medslm-train evaluate parity --model runs/x/merged --gguf runs/x/gguf/x.F16.gguf --tokens 32
    medslm-train evaluate perplexity --gguf a.F16.gguf a.Q8_0.gguf a.Q4_K_M.gguf --data runs/data/test.jsonl [--model merged]

``parity``: greedy continuations of fixed prompts from the GGUF in node-llama-cpp and from PyTorch
(the merged transformers model, float32) must be the same tokens; the prompt is tokenized by both
and must match too. ``perplexity``: teacher-forced held-out perplexity of each GGUF through
node-llama-cpp's llama.cpp (and of the PyTorch model on the very same token ids when --model is
given), with each file's change relative to the first.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

from medslm_train.args import add_dataclass_arguments, dataclass_from_namespace
from medslm_train.errors import InvalidInputError
from medslm_train.node_bridge import gguf_tool
from medslm_train.seed import set_seed
from medslm_train.template import render_prompt

DEFAULT_QUESTIONS = [
    "I have had a fever and a dry cough for three days. Should I see a doctor?",
    "What are the common side effects of metformin?",
    "My child has a rash on her arms after playing outside. What could it be?",
    "How much water should an adult drink each day?",
]


@dataclass
class ParityArgs:
    model: str = field(metadata={"help": "merged transformers folder"})
    gguf: str = field(metadata={"help": "the F16 GGUF exported from it"})
    tokens: int = field(default=32, metadata={"help": "greedy tokens to compare per prompt"})
    prompts_file: str = field(default="", metadata={"help": "JSON list of prompts (default: fixed medslm prompts)"})
    threads: int = field(default=2, metadata={"help": "node-llama-cpp threads"})
    out: str = field(default="", metadata={"help": "write the report JSON here"})
    seed: int = field(default=0, metadata={"help": "random seed"})


@dataclass
class PerplexityArgs:
    gguf: list[str] = field(metadata={"help": "GGUF files to compare (the first is the reference, normally F16)"})
    data: str = field(metadata={"help": "held-out JSONL with prompt+completion (test.jsonl from prepare) or text"})
    model: str = field(default="", metadata={"help": "also score the merged transformers model on the same token ids"})
    max_texts: int = field(default=64, metadata={"help": "held-out examples to score"})
    context_size: int = field(default=512, metadata={"help": "evaluation window in tokens"})
    threads: int = field(default=2, metadata={"help": "node-llama-cpp threads"})
    out: str = field(default="", metadata={"help": "write the report JSON here"})
    seed: int = field(default=0, metadata={"help": "random seed"})


def default_prompts() -> list[str]:
    return [render_prompt(q) for q in DEFAULT_QUESTIONS]


def torch_greedy(model, prompt_ids: list[int], n: int) -> list[int]:
    """Plain argmax decoding with a KV cache; unlike generate(min_new_tokens) it never masks EOS."""
    import torch

    out: list[int] = []
    with torch.no_grad():
        ids = torch.tensor([prompt_ids])
        res = model(input_ids=ids, use_cache=True)
        for _ in range(n):
            nxt = int(res.logits[0, -1].argmax())
            out.append(nxt)
            res = model(input_ids=torch.tensor([[nxt]]), past_key_values=res.past_key_values, use_cache=True)
    return out


def parity(args: ParityArgs) -> dict:
    set_seed(args.seed)
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    prompts = json.loads(Path(args.prompts_file).read_text()) if args.prompts_file else default_prompts()
    gg = gguf_tool("greedy", Path(args.gguf), {"prompts": prompts, "maxTokens": args.tokens}, threads=args.threads)
    tok = AutoTokenizer.from_pretrained(args.model)
    model = AutoModelForCausalLM.from_pretrained(args.model, dtype=torch.float32).eval()
    cases = []
    for prompt, res in zip(prompts, gg["results"]):
        hf_ids = tok(prompt).input_ids
        pt = torch_greedy(model, res["promptTokens"], args.tokens)
        first_diff = next((i for i, (a, b) in enumerate(zip(pt, res["tokens"])) if a != b), None)
        cases.append(
            {
                "prompt_tokens_equal": hf_ids == res["promptTokens"],
                "tokens_equal": pt == res["tokens"],
                "first_difference": first_diff,
                "n_tokens": len(pt),
                "pytorch": pt,
                "gguf": res["tokens"],
                "text": res["text"],
            }
        )
    report = {"model": args.model, "gguf": args.gguf, "all_equal": all(c["tokens_equal"] and c["prompt_tokens_equal"] for c in cases), "cases": cases}
    if args.out:
        Path(args.out).write_text(json.dumps(report, indent=2))
    return report


def read_texts(path: Path, limit: int) -> list[str]:
    if not path.is_file():
        raise InvalidInputError(f"{path} does not exist")
    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        texts.append(row["prompt"] + row["completion"] if "prompt" in row else row["text"])
        if len(texts) >= limit:
            break
    return texts


def torch_perplexity(model_dir: str, token_lists: list[list[int]], context_size: int) -> dict:
    """Same windows and scoring as gguf-tool.mjs, in PyTorch float32."""
    import torch
    import torch.nn.functional as F
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32).eval()
    nll, count = 0.0, 0
    with torch.no_grad():
        for ids in token_lists:
            start = 0
            while start + 1 < len(ids):
                window = ids[start : start + context_size]
                logits = model(input_ids=torch.tensor([window])).logits[0, :-1].float()
                nll += float(F.cross_entropy(logits, torch.tensor(window[1:]), reduction="sum"))
                count += len(window) - 1
                if start + context_size >= len(ids):
                    break
                start += context_size - 1
    return {"nll": nll, "tokens": count, "perplexity": math.exp(nll / max(1, count))}


def perplexity(args: PerplexityArgs) -> dict:
    set_seed(args.seed)
    texts = read_texts(Path(args.data), args.max_texts)
    if not texts:
        raise InvalidInputError(f"{args.data} holds no texts")
    rows = {}
    for g in args.gguf:
        r = gguf_tool("perplexity", Path(g), {"texts": texts, "contextSize": args.context_size}, threads=args.threads)
        rows[g] = {**r, "bytes": Path(g).stat().st_size}
    ref = rows[args.gguf[0]]["perplexity"]
    for r in rows.values():
        r["relative_to_first"] = r["perplexity"] / ref - 1.0
    report: dict = {"data": args.data, "texts": len(texts), "context_size": args.context_size, "gguf": rows}
    if args.model:
        toks = gguf_tool("tokenize", Path(args.gguf[0]), {"texts": texts}, threads=args.threads)["tokens"]
        bos_ids = gguf_tool("info", Path(args.gguf[0]), threads=args.threads)["tokens"]["bos"]
        toks = [([bos_ids] if bos_ids is not None and (not t or t[0] != bos_ids) else []) + t for t in toks]
        report["pytorch"] = torch_perplexity(args.model, toks, args.context_size)
    if args.out:
        Path(args.out).write_text(json.dumps(report, indent=2))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="medslm-train evaluate", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    add_dataclass_arguments(sub.add_parser("parity", help="greedy tokens: GGUF (node-llama-cpp) vs PyTorch"), ParityArgs)
    add_dataclass_arguments(sub.add_parser("perplexity", help="held-out perplexity of GGUF files through llama.cpp"), PerplexityArgs)
    ns = parser.parse_args(argv)
    if ns.what == "parity":
        report = parity(dataclass_from_namespace(ParityArgs, ns))
        for i, c in enumerate(report["cases"]):
            print(f"prompt {i}: {'equal' if c['tokens_equal'] else 'DIFFERENT at ' + str(c['first_difference'])} ({c['n_tokens']} tokens)")
        return 0 if report["all_equal"] else 1
    report = perplexity(dataclass_from_namespace(PerplexityArgs, ns))
    for g, r in report["gguf"].items():
        print(f"{Path(g).name:40s} ppl {r['perplexity']:10.4f}  ({r['relative_to_first'] * 100:+.2f}%)  {r['bytes'] / 1e6:.2f} MB")
    if "pytorch" in report:
        print(f"{'pytorch (float32)':40s} ppl {report['pytorch']['perplexity']:10.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
