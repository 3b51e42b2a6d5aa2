"""LoRA training throughput at Mistral-7B-v0.3 scale: a plain transformers + peft baseline and our
optimisations, side by side in one process, on the real data (GenMedGPT rendered with the medslm
template).

The model has the Mistral-7B-v0.3 architecture with random bf16 weights (no weights can be downloaded
here; throughput and memory do not depend on the weights' values). LoRA as in the seed: r=16,
alpha=16, dropout 0, on q,k,v,o,gate,up,down. Each variant re-initialises the adapter and the
optimizer and runs ``--steps`` optimizer steps after ``--warmup`` untimed ones; the table reports
real (non-padding) tokens per second, MFU and peak GPU memory. Variants (cumulative, so each row shows
what one change adds):

- ``baseline``: batches of ``--batch-size`` examples padded to the longest, the model's default
  attention (SDPA), gradient checkpointing on every layer, ``model(labels=...)`` (full logits, upcast
  to fp32 inside the loss). What a plain transformers + peft script does.
- ``packed``: examples packed into rows of ``--pack-len`` tokens with per-example ``position_ids``
  (transformers turns them into a block-diagonal causal mask: no attention across examples).
- ``packed_ce``: + the loss from hidden states on response tokens only, in chunks under checkpoint,
  so the full ``tokens x vocab`` logits (and their fp32 copy) never exist.
- ``packed_ce_flex``: + FlexAttention with a block-sparse mask (skips blocks across examples).
- ``packed_ce_compile``/``..._flex_compile``: + ``torch.compile`` of each decoder layer (fuses RMSNorm,
  RoPE, SwiGLU and the LoRA adds).
- ``..._gcN``: gradient checkpointing on all but N layers (recompute traded for memory; gc32 = none).
- ``..._rowsN``: N packed rows per step (a larger step: shows how MFU grows with tokens per step).

MFU counts the work a LoRA step must do: forward 2*N and backward 2*N (input gradients only; the
frozen weights get no gradient) per real token, N the linear-layer parameters, plus causal attention
(12 * layers * hidden * average context per token); padding and recomputation are not useful work.
``executed_tflops`` is what the GPU runs: (4 + 2 * share of checkpointed layers) * N per position,
padding included.

Usage::

    python -m medslm_train.bench_throughput --data runs/data/train.jsonl --tokenizer-dir runs/tok \\
        --out results/bench-7b.json
    python -m medslm_train.bench_throughput --model tiny --device cpu --steps 3 --warmup 1   # smoke test
    python -m medslm_train.bench_throughput --tokenizer-dir runs/tok --save-base /tmp/mistral-7b-random
        # only writes the random 7B as a base dir, so `medslm-train train` runs at this size too
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import gc
import json
import math
import platform
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from medslm_train.args import add_dataclass_arguments, dataclass_from_namespace
from medslm_train.errors import InvalidConfigError, InvalidInputError
from medslm_train.seed import set_seed

# Mistral-7B-v0.3 (params.json of the release): written here because nothing can be downloaded.
MISTRAL_7B_V03 = dict(
    hidden_size=4096, num_hidden_layers=32, num_attention_heads=32, num_key_value_heads=8,
    intermediate_size=14336, vocab_size=32768, rope_theta=1_000_000.0, max_position_embeddings=32768,
    rms_norm_eps=1e-5, head_dim=128,
)
# A model that runs on CPU in seconds, same code path.
TINY = dict(
    hidden_size=64, num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
    intermediate_size=128, vocab_size=32768, rope_theta=1_000_000.0, max_position_embeddings=4096,
    rms_norm_eps=1e-5, head_dim=16,
)
PAD_ID = 3  # <pad> of our tokenizer; also the byte fallback's pad
LORA_TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
# bf16 dense tensor-core peak (H100 SXM and H200 share it); used only when the device name matches.
PEAK_BF16_FLOPS = {"H100": 989e12, "H200": 989e12, "A100": 312e12}

VARIANTS = {
    # name: (packed, chunked response-only CE, attention, compile, layers without checkpointing)
    "baseline": (False, False, "sdpa", False, 0),
    "packed": (True, False, "sdpa", False, 0),
    "packed_ce": (True, True, "sdpa", False, 0),
    "packed_ce_flex": (True, True, "flex_attention", False, 0),
    "packed_ce_compile": (True, True, "sdpa", True, 0),
    "packed_ce_flex_compile": (True, True, "flex_attention", True, 0),
}


def parse_variant(name: str) -> tuple[bool, bool, str, bool, int, int]:
    """A VARIANTS name, optionally followed by ``_gcN`` (the last N layers run without gradient
    checkpointing) and/or ``_rowsN`` (N packed rows per step instead of --pack-rows)."""
    base, no_gc, rows = name, 0, 0
    for suffix in ("_rows", "_gc"):
        if suffix in base:
            base, _, n = base.rpartition(suffix)
            if not n.isdigit():
                raise InvalidConfigError(f"bad variant {name!r}: {suffix} must be followed by a number")
            if suffix == "_rows":
                rows = int(n)
            else:
                no_gc = int(n)
    if base not in VARIANTS:
        raise InvalidConfigError(f"unknown variant {name!r}; known: {', '.join(VARIANTS)} (+ _gcN, _rowsN)")
    packed, ce, attn, comp, _ = VARIANTS[base]
    return packed, ce, attn, comp, no_gc, rows


@dataclass
class BenchArgs:
    data: str = field(default="", metadata={"help": "prepared JSONL (prompt/completion) or an Alpaca-schema JSON (GenMedGPT)"})
    source: str = field(default="genmedgpt-5k", metadata={"help": "prepared JSONL: only records of this source (empty: all)"})
    tokenizer_dir: str = field(default="", metadata={"help": "SentencePiece tokenizer dir; empty: byte-level ids"})
    out: str = field(default="", metadata={"help": "JSON results file (and a .md table beside it)"})
    model: str = field(default="mistral-7b", metadata={"help": "architecture", "choices": ["mistral-7b", "tiny"]})
    variants: list[str] = field(
        default_factory=lambda: ["baseline", "packed", "packed_ce", "packed_ce_flex", "packed_ce_compile",
                                 "packed_ce_flex_compile", "packed_ce_flex_compile_gc4", "packed_ce_flex_compile_gc32",
                                 "packed_ce_flex_compile_rows2"],
        metadata={"help": "variants to run, in order (see the module doc)"},
    )
    steps: int = field(default=100, metadata={"help": "timed optimizer steps per variant"})
    warmup: int = field(default=8, metadata={"help": "untimed steps per variant (compilation, allocator)"})
    max_seconds: float = field(default=40.0, metadata={"help": "per variant: stop timing after this long (0: never; min_steps always run)"})
    min_steps: int = field(default=50, metadata={"help": "timed steps always run, whatever max_seconds says"})
    batch_size: int = field(default=16, metadata={"help": "baseline: examples per step, padded to the longest"})
    pack_len: int = field(default=2048, metadata={"help": "packed: tokens per row"})
    pack_rows: int = field(default=1, metadata={"help": "packed: rows per step"})
    max_len: int = field(default=1024, metadata={"help": "examples are cut to this many tokens"})
    ce_chunk: int = field(default=2048, metadata={"help": "tokens per chunk of the chunked loss"})
    lora_r: int = field(default=16, metadata={"help": "LoRA rank"})
    lora_alpha: int = field(default=16, metadata={"help": "LoRA alpha"})
    lr: float = field(default=2e-4, metadata={"help": "AdamW learning rate"})
    device: str = field(default="auto", metadata={"help": "cuda, cpu or auto"})
    save_base: str = field(default="", metadata={"help": "only write the random-weight model (+ tokenizer) here, as a base for `train`"})
    seed: int = field(default=3407, metadata={"help": "random seed (the seed notebook's)"})


# ---------------------------------------------------------------- data


def load_examples(path: str, source: str = "") -> list[tuple[str, str]]:
    """(prompt, completion) pairs: from prepared JSONL, or an Alpaca JSON rendered with the medslm template."""
    p = Path(path)
    if not p.is_file():
        raise InvalidInputError(f"benchmark data not found: {p}")
    if p.suffix == ".jsonl":
        rows = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
        rows = [r for r in rows if not source or r.get("source") == source]
        pairs = [(r["prompt"], r["completion"]) for r in rows if isinstance(r.get("prompt"), str) and r.get("completion")]
    else:
        from medslm_train.template import render_example

        rows = json.loads(p.read_text(encoding="utf-8"))
        pairs = [render_example(r["input"], r["output"]) for r in rows if r.get("input", "").strip() and r.get("output")]
    if not pairs:
        raise InvalidInputError(f"no (prompt, completion) examples in {p}")
    return pairs


class ByteTokenizer:
    """Fallback ids when no tokenizer is given: UTF-8 bytes offset past the specials (fits any vocab >= 260)."""

    bos_token_id, eos_token_id, pad_token_id = 1, 2, 3

    def encode(self, text: str) -> list[int]:
        return [b + 4 for b in text.encode("utf-8")]


def tokenize_examples(pairs, tokenizer_dir: str, max_len: int) -> list[tuple[list[int], list[int]]]:
    """(input_ids, labels) per example: <s> prompt response </s>, labels -100 on the prompt."""
    if tokenizer_dir:
        from transformers import AutoTokenizer

        tok = AutoTokenizer.from_pretrained(tokenizer_dir)

        def encode(text):
            return tok(text, add_special_tokens=False)["input_ids"]
    else:
        tok = ByteTokenizer()
        encode = tok.encode
    out = []
    for prompt, response in pairs:
        p = [tok.bos_token_id] + encode(prompt)
        r = encode(response) + [tok.eos_token_id]
        ids = (p + r)[:max_len]
        labels = ([-100] * len(p) + r)[:max_len]
        if any(x != -100 for x in labels):
            out.append((ids, labels))
    return out


def padded_batches(examples, batch_size: int, pad_id: int, seed: int):
    """Endless padded batches of shuffled examples (pad to the longest in the batch, right side)."""
    import random

    import torch

    rng = random.Random(seed)
    while True:
        order = list(range(len(examples)))
        rng.shuffle(order)
        for i in range(0, len(order) - batch_size + 1, batch_size):
            chunk = [examples[j] for j in order[i : i + batch_size]]
            width = max(len(ids) for ids, _ in chunk)
            ids = torch.full((batch_size, width), pad_id, dtype=torch.long)
            labels = torch.full((batch_size, width), -100, dtype=torch.long)
            mask = torch.zeros((batch_size, width), dtype=torch.long)
            for row, (x, y) in enumerate(chunk):
                ids[row, : len(x)] = torch.tensor(x)
                labels[row, : len(y)] = torch.tensor(y)
                mask[row, : len(x)] = 1
            yield {"input_ids": ids, "labels": labels, "attention_mask": mask}


def packed_batches(examples, pack_len: int, rows: int, pad_id: int, seed: int):
    """Endless batches of ``rows`` rows of exactly ``pack_len`` tokens, whole examples packed in order of a
    shuffle (an example that does not fit starts the next row); position_ids restart at each example, and
    the tail of a row is padding with labels -100 and its own position run."""
    import random

    import torch

    rng = random.Random(seed)

    def rows_iter():
        ids, labels, pos = [], [], []
        while True:
            order = list(range(len(examples)))
            rng.shuffle(order)
            for j in order:
                x, y = examples[j]
                if len(ids) + len(x) > pack_len:
                    yield _finish_row(ids, labels, pos, pack_len, pad_id)
                    ids, labels, pos = [], [], []
                ids += x
                labels += [-100] + y[1:]  # no target across the example boundary
                pos += list(range(len(x)))

    it = rows_iter()
    while True:
        batch = [next(it) for _ in range(rows)]
        yield {k: torch.stack([b[k] for b in batch]) for k in batch[0]}


def _finish_row(ids, labels, pos, pack_len, pad_id):
    import torch

    n = len(ids)
    ids = ids + [pad_id] * (pack_len - n)
    labels = labels + [-100] * (pack_len - n)
    pos = pos + list(range(pack_len - n))
    return {"input_ids": torch.tensor(ids), "labels": torch.tensor(labels), "position_ids": torch.tensor(pos)}


# ---------------------------------------------------------------- model


def build_model(arch: dict, device, dtype):
    import torch
    from transformers import MistralConfig, MistralForCausalLM

    config = MistralConfig(
        **{k: v for k, v in arch.items() if k != "rope_theta"},
        rope_parameters={"rope_type": "default", "rope_theta": arch["rope_theta"]},
        sliding_window=None, tie_word_embeddings=False, bos_token_id=1, eos_token_id=2, pad_token_id=3,
        use_cache=False,
    )
    config._attn_implementation = "sdpa"
    previous = torch.get_default_dtype()
    torch.set_default_dtype(dtype)
    try:
        with torch.device(device):
            model = MistralForCausalLM(config)
    finally:
        torch.set_default_dtype(previous)
    return model


def add_lora(model, r: int, alpha: int):
    from peft import LoraConfig, get_peft_model

    cfg = LoraConfig(r=r, lora_alpha=alpha, lora_dropout=0.0, target_modules=LORA_TARGETS, bias="none",
                     task_type="CAUSAL_LM")
    return get_peft_model(model, cfg)


def linear_params(model) -> int:
    """Parameters in the frozen linear layers (base weights only), the N of 2N FLOPs per token."""
    import torch

    n = 0
    for name, mod in model.named_modules():
        if isinstance(mod, torch.nn.Linear) and "lora_" not in name:
            n += mod.weight.numel()
    return n


def set_checkpointing(peft_model, no_gc_layers: int) -> None:
    """Checkpoint every decoder layer except the last ``no_gc_layers`` (their activations are the
    most recently used, so skipping them also shortens the time activations live)."""
    base = peft_model.get_base_model()
    base.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
    layers = base.model.layers
    for i, layer in enumerate(layers):
        layer.gradient_checkpointing = i < len(layers) - no_gc_layers


def attention_context(batch, packed: bool) -> float:
    """Average causal context length per real token (for attention FLOPs)."""
    import torch

    real = batch["input_ids"] != PAD_ID
    if packed:
        pos = batch["position_ids"].float()
    else:
        pos = (batch["attention_mask"].cumsum(-1) - 1).float()
    return float((pos + 1)[real].mean()) if real.any() else 0.0


# ---------------------------------------------------------------- run


def run_variant(name, peft_model, lora_init, examples, args, device, flops_per_token_linear, arch, peak):
    import torch

    from medslm_train.train import chunked_lm_loss  # the train step's own loss: the bench measures that path

    packed, chunked, attn, compile_layers, no_gc, rows = parse_variant(name)
    base = peft_model.get_base_model()
    base.set_attn_implementation(attn)
    set_checkpointing(peft_model, no_gc)
    peft_model.load_state_dict(lora_init, strict=False)  # same adapter start for every variant
    if compile_layers:
        for layer in base.model.layers:
            if getattr(layer, "_compiled_call_impl", None) is None:
                layer.compile(dynamic=False)
    else:
        for layer in base.model.layers:
            layer._compiled_call_impl = None
    params = [p for p in peft_model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=args.lr, fused=device.type == "cuda")
    peft_model.train()
    if packed:
        batches = packed_batches(examples, args.pack_len, rows or args.pack_rows, PAD_ID, args.seed)
    else:
        batches = padded_batches(examples, args.batch_size, PAD_ID, args.seed)

    def step(batch):
        batch = {k: v.to(device, non_blocking=True) for k, v in batch.items()}
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
            if chunked:
                hidden = base.model(input_ids=batch["input_ids"], position_ids=batch.get("position_ids"),
                                    attention_mask=batch.get("attention_mask")).last_hidden_state
                loss = chunked_lm_loss(hidden, base.lm_head, batch["labels"], args.ce_chunk)
            else:
                loss = peft_model(**batch).loss
        loss.backward()
        opt.step()
        opt.zero_grad(set_to_none=True)
        return loss

    def sync():
        if device.type == "cuda":
            torch.cuda.synchronize()

    gc.collect()
    if device.type == "cuda":
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats()
    t_compile = time.perf_counter()
    for _ in range(args.warmup):
        step(next(batches))
    sync()
    warmup_s = time.perf_counter() - t_compile

    real_tokens = padded_tokens = 0
    ctx_sum = 0.0
    losses = []
    t0 = time.perf_counter()
    n = 0
    while n < args.steps:
        batch = next(batches)
        real = int((batch["input_ids"] != PAD_ID).sum())  # every non-padding position (prompt + response)
        real_tokens += real
        padded_tokens += batch["input_ids"].numel()
        ctx_sum += attention_context(batch, packed) * real
        losses.append(step(batch))
        n += 1
        if args.max_seconds and n >= args.min_steps and time.perf_counter() - t0 > args.max_seconds:
            break
    sync()
    elapsed = time.perf_counter() - t0
    losses = [float(x.detach()) for x in losses]
    if not all(math.isfinite(x) for x in losses):
        raise RuntimeError(f"variant {name}: non-finite loss")
    avg_ctx = ctx_sum / max(real_tokens, 1)
    layers = arch["num_hidden_layers"]
    attn_flops = 12 * layers * arch["num_attention_heads"] * arch["head_dim"] * avg_ctx
    flops_per_token = 4 * flops_per_token_linear + attn_flops  # forward 2N + input-grad backward 2N (+ attention)
    tok_s = real_tokens / elapsed
    # What the GPU actually executes: padding positions too, and the checkpointed layers' forward again.
    recompute = (layers - min(no_gc, layers)) / layers
    executed = (padded_tokens / elapsed) * (4 + 2 * recompute) * flops_per_token_linear
    result = {
        "variant": name,
        "packed": packed, "chunked_ce": chunked, "attention": attn, "compile": compile_layers,
        "layers_without_checkpointing": min(no_gc, layers), "packed_rows": (rows or args.pack_rows) if packed else 0,
        "steps": n,
        "seconds": round(elapsed, 2),
        "warmup_seconds": round(warmup_s, 1),
        "tokens_per_step": round(real_tokens / n, 1),
        "padding_share": round(1 - real_tokens / padded_tokens, 3),
        "tokens_per_s": round(tok_s, 1),
        "step_ms": round(1000 * elapsed / n, 1),
        "tflops": round(flops_per_token * tok_s / 1e12, 1),
        "executed_tflops": round(executed / 1e12, 1),
        "avg_context": round(avg_ctx, 1),
        "mfu": round(flops_per_token * tok_s / peak, 4) if peak else None,
        "peak_mem_gib": round(torch.cuda.max_memory_allocated() / 2**30, 2) if device.type == "cuda" else None,
        "peak_reserved_gib": round(torch.cuda.max_memory_reserved() / 2**30, 2) if device.type == "cuda" else None,
        "loss_first": round(losses[0], 4), "loss_last": round(losses[-1], 4),
    }
    del opt
    return result


def markdown_table(results: list[dict], baseline: dict | None) -> str:
    head = ("| variant | tokens/s | x baseline | step ms | tokens/step | MFU | executed TFLOP/s | peak GiB | "
            "x baseline mem | padding | steps |\n|---|---|---|---|---|---|---|---|---|---|---|\n")
    lines = []
    for r in results:
        speed = r["tokens_per_s"] / baseline["tokens_per_s"] if baseline else float("nan")
        mem = (r["peak_mem_gib"] / baseline["peak_mem_gib"]) if baseline and r["peak_mem_gib"] else float("nan")
        mfu = f"{100 * r['mfu']:.1f}%" if r["mfu"] is not None else "-"
        lines.append(f"| {r['variant']} | {r['tokens_per_s']:.0f} | {speed:.2f} | {r['step_ms']} | {r['tokens_per_step']:.0f} | "
                     f"{mfu} | {r['executed_tflops']} | {r['peak_mem_gib']} | {mem:.2f} | {100 * r['padding_share']:.0f}% | "
                     f"{r['steps']} |")
    return head + "\n".join(lines) + "\n"


def bench(args: BenchArgs) -> dict:
    import torch

    set_seed(args.seed)
    device = torch.device("cuda" if args.device == "auto" and torch.cuda.is_available() else
                          ("cpu" if args.device == "auto" else args.device))
    for name in args.variants:
        parse_variant(name)
    arch = MISTRAL_7B_V03 if args.model == "mistral-7b" else TINY
    pairs = load_examples(args.data, args.source) if args.data else _synthetic_pairs(200)
    examples = tokenize_examples(pairs, args.tokenizer_dir, args.max_len)
    lengths = sorted(len(x) for x, _ in examples)
    dtype = torch.bfloat16 if device.type == "cuda" else torch.float32
    t = time.perf_counter()
    model = build_model(arch, device, dtype)
    if args.save_base:  # a base model dir so the real `train` step runs at this size too
        model.config.use_cache = True
        model.save_pretrained(args.save_base)
        if args.tokenizer_dir:
            from transformers import AutoTokenizer

            AutoTokenizer.from_pretrained(args.tokenizer_dir).save_pretrained(args.save_base)
        print(f"bench: wrote {args.model} with random weights to {args.save_base} in {time.perf_counter() - t:.1f}s")
        return {"saved": args.save_base}
    model.requires_grad_(False)
    peft_model = add_lora(model, args.lora_r, args.lora_alpha)
    build_s = time.perf_counter() - t
    lora_init = {k: v.detach().clone() for k, v in peft_model.state_dict().items() if "lora_" in k}
    n_linear = linear_params(peft_model.get_base_model())
    n_total = sum(p.numel() for p in peft_model.parameters())
    n_trainable = sum(p.numel() for p in peft_model.parameters() if p.requires_grad)
    gpu = torch.cuda.get_device_name(0) if device.type == "cuda" else platform.processor() or "cpu"
    peak = next((v for k, v in PEAK_BF16_FLOPS.items() if k in gpu), None)
    print(f"bench: {args.model}, {n_total/1e9:.3f}B params ({n_trainable/1e6:.1f}M LoRA), {len(examples)} examples "
          f"(median {lengths[len(lengths)//2]} tokens, max {lengths[-1]}), built in {build_s:.1f}s on {gpu}", flush=True)

    results = []
    for name in args.variants:
        try:
            r = run_variant(name, peft_model, lora_init, examples, args, device, n_linear, arch, peak)
        except torch.OutOfMemoryError as err:  # a variant that does not fit is a result, not a crash
            r = {"variant": name, "error": f"out of memory: {str(err)[:200]}"}
            torch.cuda.empty_cache()
        except Exception as err:  # keep the other variants' numbers
            r = {"variant": name, "error": f"{type(err).__name__}: {str(err)[:400]}"}
        results.append(r)
        print(json.dumps(r), flush=True)
    ok = [r for r in results if "error" not in r]
    baseline = next((r for r in ok if r["variant"] == "baseline"), None)
    summary = {
        "model": args.model, "arch": arch, "params": n_total, "lora_params": n_trainable, "linear_params": n_linear,
        "device": gpu, "peak_bf16_flops": peak,
        "torch": torch.__version__, "transformers": __import__("transformers").__version__,
        "peft": __import__("peft").__version__, "python": platform.python_version(),
        "examples": len(examples), "median_len": lengths[len(lengths) // 2], "max_len": lengths[-1],
        "build_seconds": round(build_s, 1), "args": dataclasses.asdict(args), "results": results,
    }
    table = markdown_table(ok, baseline)
    print(table, flush=True)
    if args.out:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(summary, indent=2) + "\n")
        out.with_suffix(".md").write_text(table)
    return summary


def _synthetic_pairs(n: int):
    from medslm_train.fixtures import synthetic_examples
    from medslm_train.template import render_example

    return [render_example(e["question"], e["answer"], e["context"]) for e in synthetic_examples(n)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="medslm-train bench", description=__doc__.split("\n\n")[0])
    add_dataclass_arguments(parser, BenchArgs)
    args = dataclass_from_namespace(BenchArgs, parser.parse_args(argv))
    bench(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
