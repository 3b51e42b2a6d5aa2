"""Pretrain medslm-tiny from scratch: a small Mistral-architecture model on the prepared train split.

Every train record becomes one document (its text fields joined, e.g. the rendered prompt followed by
the response), wrapped in ``<s> ... </s>``, concatenated and cut into rows of ``seq_len`` tokens
(pretraining-style packing: a row may hold the end of one document and the start of the next). The
validation split is tokenised the same way and gives the held-out loss and perplexity; the best
checkpoint by validation loss is kept, as a plain Hugging Face model directory with the tokenizer, so
``train`` (LoRA), ``merge`` and ``export`` take it as their base model.

Usage (GPU; CPU works for tiny smoke sizes)::

    python -m medslm_train.pretrain contexts --pubmedqa pubmedqa-pqal.json --split runs/data/train.jsonl \\
        --out runs/data/train-contexts.jsonl      # abstracts of train-split PubMedQA records only

    python -m medslm_train.pretrain --train runs/data/train.jsonl runs/data/train-contexts.jsonl --val runs/data/val.jsonl \\
        --tokenizer-dir runs/tok --output-dir runs/tiny-base --num-layers 4

    python -m medslm_train.pretrain eval --model runs/tiny-base/best --data runs/data/val.jsonl runs/data/test.jsonl
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import shutil
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from medslm_train.args import add_dataclass_arguments, dataclass_from_namespace
from medslm_train.errors import InvalidConfigError, InvalidInputError
from medslm_train.seed import set_seed
from medslm_train.tokenizer_train import iter_jsonl_texts

_TOKENIZER_FILES = ("tokenizer.model", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json")


@dataclass
class PretrainArgs:
    train: list[str] = field(metadata={"help": "train-split JSONL files"})
    val: list[str] = field(metadata={"help": "validation-split JSONL files (held-out loss)"})
    tokenizer_dir: str = field(metadata={"help": "directory written by tokenizer_train"})
    output_dir: str = field(metadata={"help": "where best/ (the HF model), metrics.jsonl and summary.json go"})
    fields: list[str] = field(
        default_factory=lambda: ["prompt", "completion"],
        metadata={"help": "record fields joined (in this order) into one document; records may use 'text' instead"},
    )
    # Model (Mistral architecture; GGUF arch 'llama'). Defaults: ~4.2M parameters with a 4096 vocab.
    hidden_size: int = field(default=256, metadata={"help": "model width (keep a multiple of 256 for k-quants)"})
    num_layers: int = field(default=4, metadata={"help": "decoder layers"})
    num_heads: int = field(default=8, metadata={"help": "attention heads"})
    num_kv_heads: int = field(default=4, metadata={"help": "key/value heads (GQA)"})
    intermediate_size: int = field(default=768, metadata={"help": "SwiGLU width (multiple of 256 for k-quants)"})
    max_position_embeddings: int = field(default=2048, metadata={"help": "context length the model is built for"})
    rope_theta: float = field(default=10000.0, metadata={"help": "RoPE base"})
    tie_word_embeddings: bool = field(default=True, metadata={"help": "share input and output embeddings"})
    # Schedule.
    seq_len: int = field(default=1024, metadata={"help": "tokens per training row"})
    batch_size: int = field(default=16, metadata={"help": "rows per step"})
    epochs: float = field(default=30.0, metadata={"help": "passes over the train tokens (max_steps wins if set)"})
    max_steps: int = field(default=0, metadata={"help": "stop after this many steps (0: from epochs)"})
    max_seconds: float = field(default=0.0, metadata={"help": "stop training after this wall time (0: no limit)"})
    lr: float = field(default=2e-3, metadata={"help": "peak learning rate"})
    min_lr_ratio: float = field(default=0.1, metadata={"help": "cosine decay floor as a share of lr"})
    warmup_steps: int = field(default=100, metadata={"help": "linear warm-up steps"})
    weight_decay: float = field(default=0.1, metadata={"help": "AdamW weight decay (matrices only)"})
    grad_clip: float = field(default=1.0, metadata={"help": "gradient norm clip"})
    eval_every: int = field(default=100, metadata={"help": "validate every N steps"})
    patience: int = field(default=0, metadata={"help": "stop after N evaluations without improvement (0: never)"})
    compile: bool = field(default=False, metadata={"help": "torch.compile the model (GPU)"})
    device: str = field(default="auto", metadata={"help": "cuda, cpu or auto"})
    samples: int = field(default=4, metadata={"help": "greedy sample answers written for this many val prompts"})
    seed: int = field(default=1234, metadata={"help": "random seed"})


def pubmedqa_context_docs(raw_json: str | Path, split_jsonl: Sequence[str | Path]) -> list[dict]:
    """The abstracts (CONTEXTS) of the PubMedQA records in the given split files, as ``{"id", "text"}``.

    Only records whose id (``pubmedqa-pqal:PMID``) is in the split are used, so abstracts behind val/test
    questions never reach pretraining.
    """
    ids = set()
    for path in split_jsonl:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rid = json.loads(line).get("id", "")
                if rid.startswith("pubmedqa-pqal:"):
                    ids.add(rid.split(":", 1)[1])
    raw = json.loads(Path(raw_json).read_text(encoding="utf-8"))
    docs = []
    for pmid, rec in raw.items():
        if pmid in ids:
            contexts = rec.get("CONTEXTS") or []
            if isinstance(contexts, str):
                contexts = [contexts]
            text = "\n".join(c.strip() for c in contexts if isinstance(c, str) and c.strip())
            if text:
                docs.append({"id": f"pubmedqa-pqal:{pmid}:contexts", "text": text})
    return docs


def load_documents(paths: Sequence[str], fields: Sequence[str]) -> list[str]:
    """One document per record: its present fields joined, or its 'text' field."""
    docs = []
    for path in paths:
        p = Path(path)
        if not p.is_file():
            raise InvalidInputError(f"pretraining input not found: {p}")
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            parts = [record[f] for f in fields if isinstance(record.get(f), str)]
            text = "".join(parts) if parts else record.get("text", "")
            if isinstance(text, str) and text.strip():
                docs.append(text)
    if not docs:
        raise InvalidInputError(f"no documents with fields {list(fields)} or 'text' in {list(paths)}")
    return docs


def token_stream(tokenizer, docs: Sequence[str]):
    """All documents as one int32 tensor: <s> doc </s> <s> doc </s> ..."""
    import torch

    ids: list[int] = []
    for enc in tokenizer(list(docs), add_special_tokens=False)["input_ids"]:
        ids.append(tokenizer.bos_token_id)
        ids.extend(enc)
        ids.append(tokenizer.eos_token_id)
    return torch.tensor(ids, dtype=torch.long)


def build_config(args: PretrainArgs, tokenizer):
    from transformers import MistralConfig

    if args.hidden_size % args.num_heads:
        raise InvalidConfigError("hidden_size must be divisible by num_heads")
    if args.num_heads % args.num_kv_heads:
        raise InvalidConfigError("num_heads must be divisible by num_kv_heads")
    return MistralConfig(
        vocab_size=len(tokenizer),
        hidden_size=args.hidden_size,
        intermediate_size=args.intermediate_size,
        num_hidden_layers=args.num_layers,
        num_attention_heads=args.num_heads,
        num_key_value_heads=args.num_kv_heads,
        head_dim=args.hidden_size // args.num_heads,
        max_position_embeddings=args.max_position_embeddings,
        rope_parameters={"rope_type": "default", "rope_theta": args.rope_theta},
        sliding_window=None,
        tie_word_embeddings=args.tie_word_embeddings,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        torch_dtype="float32",
    )


def _lr_at(step: int, total: int, args: PretrainArgs) -> float:
    if step < args.warmup_steps:
        return args.lr * (step + 1) / args.warmup_steps
    progress = min(1.0, (step - args.warmup_steps) / max(1, total - args.warmup_steps))
    floor = args.lr * args.min_lr_ratio
    return floor + (args.lr - floor) * 0.5 * (1 + math.cos(math.pi * progress))


def evaluate_loss(model, stream, seq_len: int, batch_size: int, device, autocast) -> float:
    """Mean next-token loss over the whole stream, in non-overlapping rows (the last partial row too)."""
    import torch

    model.eval()
    total, count = 0.0, 0
    n_full = (len(stream) - 1) // seq_len
    full = stream[: n_full * seq_len + 1]
    batches = [torch.stack([full[j * seq_len : (j + 1) * seq_len + 1] for j in range(i, min(i + batch_size, n_full))])
               for i in range(0, n_full, batch_size)]
    tail = stream[n_full * seq_len :]
    if len(tail) > 1:
        batches.append(tail.unsqueeze(0))
    with torch.no_grad():
        for rows in batches:
            rows = rows.to(device)
            with autocast():
                logits = model(input_ids=rows[:, :-1]).logits.float()
            loss = torch.nn.functional.cross_entropy(logits.reshape(-1, logits.size(-1)), rows[:, 1:].reshape(-1),
                                                     reduction="sum")
            total += loss.item()
            count += rows[:, 1:].numel()
    model.train()
    return total / max(count, 1)


def sample_answers(model, tokenizer, prompts: Sequence[str], device, max_new_tokens: int = 96) -> list[dict]:
    import torch

    model.eval()
    out = []
    with torch.no_grad():
        for prompt in prompts:
            enc = tokenizer(prompt, return_tensors="pt").to(device)
            gen = model.generate(**enc, max_new_tokens=max_new_tokens, do_sample=False,
                                 eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id)
            out.append({"prompt": prompt, "answer": tokenizer.decode(gen[0, enc["input_ids"].shape[1]:],
                                                                     skip_special_tokens=True)})
    model.train()
    return out


def pretrain(args: PretrainArgs) -> dict:
    import contextlib

    import torch
    from transformers import AutoTokenizer, MistralForCausalLM

    set_seed(args.seed)
    device = torch.device("cuda" if args.device == "auto" and torch.cuda.is_available() else
                          ("cpu" if args.device == "auto" else args.device))
    use_bf16 = device.type == "cuda" and torch.cuda.is_bf16_supported()

    def autocast():
        return torch.autocast("cuda", dtype=torch.bfloat16) if use_bf16 else contextlib.nullcontext()

    tokenizer = AutoTokenizer.from_pretrained(args.tokenizer_dir)
    train_docs = load_documents(args.train, args.fields)
    val_docs = load_documents(args.val, args.fields)
    train_stream = token_stream(tokenizer, train_docs)
    val_stream = token_stream(tokenizer, val_docs)
    n_rows = (len(train_stream) - 1) // args.seq_len
    if n_rows < args.batch_size:
        raise InvalidConfigError(f"train split has {n_rows} rows of {args.seq_len} tokens, fewer than batch_size")
    steps_per_epoch = max(1, n_rows // args.batch_size)
    total_steps = args.max_steps or max(1, int(args.epochs * steps_per_epoch))

    config = build_config(args, tokenizer)
    config._attn_implementation = "sdpa"
    model = MistralForCausalLM(config).to(device)
    n_params = sum(p.numel() for p in model.parameters())
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": args.weight_decay},
                             {"params": no_decay, "weight_decay": 0.0}],
                            lr=args.lr, betas=(0.9, 0.95), eps=1e-8, fused=device.type == "cuda")
    step_fn = torch.compile(model) if args.compile else model

    out = Path(args.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    metrics = (out / "metrics.jsonl").open("w")
    print(f"pretrain: {n_params/1e6:.2f}M params, train {len(train_stream)} tokens ({n_rows} rows), "
          f"val {len(val_stream)} tokens, {total_steps} steps ({steps_per_epoch}/epoch), device {device}", flush=True)

    gen = torch.Generator().manual_seed(args.seed)
    best, best_step, evals_since_best = float("inf"), -1, 0
    t0 = time.perf_counter()
    eval_seconds = 0.0  # kept out of the training throughput
    tokens_seen = 0
    order = torch.empty(0, dtype=torch.long)
    step = 0
    for step in range(total_steps):
        if step % steps_per_epoch == 0:
            # A fresh random offset each epoch so row boundaries move; then shuffle rows.
            offset = int(torch.randint(0, args.seq_len, (1,), generator=gen))
            usable = (len(train_stream) - 1 - offset) // args.seq_len
            order = offset + torch.randperm(usable, generator=gen) * args.seq_len
        starts = order[(step % steps_per_epoch) * args.batch_size:][: args.batch_size]
        idx = starts.unsqueeze(1) + torch.arange(args.seq_len + 1)
        batch = train_stream[idx].to(device, non_blocking=True)
        for group in opt.param_groups:
            group["lr"] = _lr_at(step, total_steps, args)
        with autocast():
            logits = step_fn(input_ids=batch[:, :-1]).logits
        loss = torch.nn.functional.cross_entropy(logits.float().view(-1, logits.size(-1)), batch[:, 1:].reshape(-1))
        loss.backward()
        grad_norm = torch.nn.utils.clip_grad_norm_(model.parameters(), args.grad_clip)
        opt.step()
        opt.zero_grad(set_to_none=True)
        tokens_seen += batch[:, 1:].numel()

        last = step == total_steps - 1 or (args.max_seconds and time.perf_counter() - t0 > args.max_seconds)
        if (step + 1) % args.eval_every == 0 or last:
            t_eval = time.perf_counter()
            val = evaluate_loss(model, val_stream, args.seq_len, args.batch_size, device, autocast)
            eval_seconds += time.perf_counter() - t_eval
            elapsed = time.perf_counter() - t0
            row = {"step": step + 1, "epoch": round((step + 1) / steps_per_epoch, 2), "train_loss": round(loss.item(), 4),
                   "val_loss": round(val, 4), "val_ppl": round(math.exp(val), 3), "lr": opt.param_groups[0]["lr"],
                   "grad_norm": round(float(grad_norm), 3), "tokens": tokens_seen,
                   "tokens_per_s": round(tokens_seen / max(elapsed - eval_seconds, 1e-9)), "elapsed_s": round(elapsed, 1)}
            metrics.write(json.dumps(row) + "\n")
            metrics.flush()
            print(json.dumps(row), flush=True)
            if val < best:
                best, best_step, evals_since_best = val, step + 1, 0
                model.save_pretrained(out / "best", safe_serialization=True)
            else:
                evals_since_best += 1
                if args.patience and evals_since_best >= args.patience:
                    print(f"pretrain: no improvement in {args.patience} evaluations; stopping", flush=True)
                    break
        if last:
            break
    metrics.close()
    train_seconds = time.perf_counter() - t0 - eval_seconds

    tokenizer.save_pretrained(out / "best")
    for name in _TOKENIZER_FILES:  # keep the SentencePiece model beside the weights for llama.cpp's converter
        src = Path(args.tokenizer_dir) / name
        if src.is_file() and not (out / "best" / name).is_file():
            shutil.copy(src, out / "best" / name)
    best_model = MistralForCausalLM.from_pretrained(out / "best").to(device)
    val_docs_prompts = [json.loads(l) for l in Path(args.val[0]).read_text().splitlines() if l.strip()]
    prompts = [r["prompt"] for r in val_docs_prompts if isinstance(r.get("prompt"), str)][: args.samples]
    summary = {
        "params": n_params,
        "config": best_model.config.to_dict(),
        "train_tokens": len(train_stream),
        "val_tokens": len(val_stream),
        "steps": step + 1,
        "best_step": best_step,
        "best_val_loss": round(best, 4),
        "best_val_ppl": round(math.exp(best), 3),
        "train_seconds": round(train_seconds, 1),
        "tokens_per_s": round(tokens_seen / train_seconds),
        "device": torch.cuda.get_device_name(0) if device.type == "cuda" else "cpu",
        "peak_mem_gib": round(torch.cuda.max_memory_allocated() / 2**30, 2) if device.type == "cuda" else None,
        "samples": sample_answers(best_model, tokenizer, prompts, device),
        "args": dataclasses.asdict(args),
    }
    (out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    return summary


def heldout_losses(model, tokenizer, records: Sequence[dict], device, batch_size: int = 32) -> dict:
    """Mean loss on held-out records, two ways: over the response tokens only (``completion`` + ``</s>``,
    what the fine-tune optimises) and over the whole text (prompt + completion, what pretraining sees)."""
    import torch

    model.eval()
    sums = {"response": [0.0, 0], "full": [0.0, 0]}
    from medslm_train.train import IGNORE_INDEX, tokenize_example

    rows = []
    for r in records:
        # The fine-tune's own tokenisation (prompt + completion in one piece, as at inference).
        ex = tokenize_example(tokenizer, r["prompt"], r["completion"], 1 << 20)
        if ex is None:
            continue
        n_prompt = sum(1 for y in ex["labels"] if y == IGNORE_INDEX)
        rows.append((ex["input_ids"][:n_prompt], ex["input_ids"][n_prompt:]))
    with torch.no_grad():
        for i in range(0, len(rows), batch_size):
            chunk = rows[i : i + batch_size]
            width = max(len(p) + len(c) for p, c in chunk)
            ids = torch.full((len(chunk), width), tokenizer.pad_token_id, dtype=torch.long)
            resp = torch.zeros((len(chunk), width), dtype=torch.bool)
            real = torch.zeros((len(chunk), width), dtype=torch.bool)
            for j, (p, c) in enumerate(chunk):
                ids[j, : len(p) + len(c)] = torch.tensor(p + c)
                resp[j, len(p) : len(p) + len(c)] = True
                real[j, 1 : len(p) + len(c)] = True
            ids, resp, real = ids.to(device), resp.to(device), real.to(device)
            logits = model(input_ids=ids, attention_mask=(ids != tokenizer.pad_token_id).long()).logits.float()
            nll = torch.nn.functional.cross_entropy(logits[:, :-1].transpose(1, 2), ids[:, 1:], reduction="none")
            for key, mask in (("response", resp[:, 1:]), ("full", real[:, 1:])):
                sums[key][0] += float(nll[mask].sum())
                sums[key][1] += int(mask.sum())
    model.train()
    out = {}
    for key, (total, n) in sums.items():
        loss = total / max(n, 1)
        out[f"{key}_loss"] = round(loss, 4)
        out[f"{key}_ppl"] = round(math.exp(loss), 3)
        out[f"{key}_tokens"] = n
    return out


def eval_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="medslm-train pretrain eval",
                                     description="held-out response/full-text loss and greedy samples of a model dir")
    parser.add_argument("--model", required=True, help="transformers model dir (base or merged)")
    parser.add_argument("--data", required=True, nargs="+", help="prepared JSONL files (val/test)")
    parser.add_argument("--samples", type=int, default=4, help="greedy answers for the first N prompts of each file")
    parser.add_argument("--out", default="", help="JSON file for the results")
    ns = parser.parse_args(argv)
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    tokenizer = AutoTokenizer.from_pretrained(ns.model)
    model = AutoModelForCausalLM.from_pretrained(ns.model, dtype=torch.float32).to(device)
    results = {"model": ns.model, "splits": {}}
    for path in ns.data:
        records = [json.loads(l) for l in Path(path).read_text(encoding="utf-8").splitlines() if l.strip()]
        entry = heldout_losses(model, tokenizer, records, device)
        entry["records"] = len(records)
        # one sample per source so the card shows each kind of question
        firsts = list({r.get("source", ""): r for r in reversed(records)}.values())[: ns.samples]
        entry["samples"] = sample_answers(model, tokenizer, [r["prompt"] for r in firsts], device, max_new_tokens=128)
        results["splits"][Path(path).stem] = entry
    text = json.dumps(results, indent=2) + "\n"
    if ns.out:
        Path(ns.out).write_text(text)
    print(json.dumps({k: {m: v for m, v in e.items() if m != "samples"} for k, e in results["splits"].items()}))
    return 0


def contexts_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="medslm-train pretrain contexts",
                                     description="write the abstracts of a split's PubMedQA records as {id, text} JSONL")
    parser.add_argument("--pubmedqa", required=True, help="PubMedQA PQA-L JSON (ori_pqal.json)")
    parser.add_argument("--split", required=True, nargs="+", help="prepared split JSONL files (train only!)")
    parser.add_argument("--out", required=True, help="output JSONL")
    ns = parser.parse_args(argv)
    docs = pubmedqa_context_docs(ns.pubmedqa, ns.split)
    Path(ns.out).write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    print(json.dumps({"documents": len(docs), "out": ns.out}))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["contexts"]:
        return contexts_main(argv[1:])
    if argv[:1] == ["eval"]:
        return eval_main(argv[1:])
    parser = argparse.ArgumentParser(prog="medslm-train pretrain", description=__doc__.split("\n\n")[0])
    add_dataclass_arguments(parser, PretrainArgs)
    args = dataclass_from_namespace(PretrainArgs, parser.parse_args(argv))
    summary = pretrain(args)
    print(json.dumps({k: summary[k] for k in ("params", "steps", "best_step", "best_val_loss", "best_val_ppl",
                                              "train_seconds", "tokens_per_s", "device", "peak_mem_gib")}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
