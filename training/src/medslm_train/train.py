"""LoRA fine-tuning from one config file (YAML or JSON), on CPU, one GPU or several.

    medslm-train train --config training/configs/tiny-cpu.yaml [--max-steps 20 ...]
    accelerate launch --num_processes 8 -m medslm_train train --config cfg.yaml   # or torchrun

Loss is computed on the response only (prompt tokens are labelled -100). Validation loss every
``eval_every`` steps; checkpoints (model, optimizer, scheduler, RNG, data position) every
``save_every`` steps and ``resume: auto`` continues from the newest one; metrics go to
``metrics.jsonl`` and ``loss-curve.png``. Unsloth is used when importable on CUDA (the seed's
Colab path), plain transformers + peft otherwise; both write the same outputs. The fast-path
switches (packing, attn_implementation, compile, loss_chunk_size, gradient_checkpointing) are config
options so one command measures each.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from medslm_train.args import add_dataclass_arguments, dataclass_from_namespace
from medslm_train.errors import InvalidConfigError, InvalidInputError
from medslm_train.seed import set_seed

IGNORE_INDEX = -100


@dataclass
class TrainConfig:
    base_model: str = field(metadata={"help": "base model: a local transformers folder (config.json, weights, tokenizer)"})
    data_dir: str = field(metadata={"help": "folder with train.jsonl and val.jsonl from `medslm-train prepare`"})
    output_dir: str = field(metadata={"help": "where adapter, checkpoints, metrics.jsonl and loss-curve.png go"})
    seed: int = field(default=42, metadata={"help": "random seed (data order, LoRA init, dropout)"})
    # LoRA
    lora_r: int = field(default=16, metadata={"help": "LoRA rank"})
    lora_alpha: int = field(default=16, metadata={"help": "LoRA alpha (scale = alpha / r)"})
    lora_dropout: float = field(default=0.0, metadata={"help": "LoRA dropout"})
    lora_target_modules: list[str] = field(
        default_factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
        metadata={"help": "module names that get LoRA adapters (the seed's Mistral set by default)"},
    )
    # schedule
    learning_rate: float = field(default=2e-4, metadata={"help": "peak learning rate"})
    lr_scheduler: str = field(default="cosine", metadata={"help": "learning-rate schedule", "choices": ["cosine", "linear", "constant"]})
    warmup_steps: int = field(default=10, metadata={"help": "linear warm-up steps"})
    max_steps: int = field(default=0, metadata={"help": "optimizer steps to run; 0 = num_epochs over the data"})
    num_epochs: float = field(default=1.0, metadata={"help": "epochs when max_steps is 0"})
    per_device_batch_size: int = field(default=2, metadata={"help": "sequences per device per micro-step"})
    gradient_accumulation_steps: int = field(default=4, metadata={"help": "micro-steps per optimizer step"})
    weight_decay: float = field(default=0.0, metadata={"help": "AdamW weight decay"})
    max_grad_norm: float = field(default=1.0, metadata={"help": "gradient clipping norm (0 = off)"})
    # sequence handling and speed switches
    max_length: int = field(default=1024, metadata={"help": "maximum tokens per sequence (longer examples are truncated)"})
    packing: bool = field(default=False, metadata={"help": "pack several whole examples into each max_length row"})
    bf16: bool = field(default=True, metadata={"help": "bf16 mixed precision (CUDA only; CPU runs in fp32)"})
    gradient_checkpointing: bool = field(default=True, metadata={"help": "recompute activations in backward to save memory"})
    attn_implementation: str = field(
        default="sdpa", metadata={"help": "attention kernel", "choices": ["sdpa", "eager", "flash_attention_2", "flex_attention"]}
    )
    compile: bool = field(default=False, metadata={"help": "torch.compile each decoder layer (in place)"})
    loss_chunk_size: int = field(default=0, metadata={"help": "compute the LM head + loss in chunks of this many tokens (0 = off)"})
    use_unsloth: str = field(default="auto", metadata={"help": "Unsloth path", "choices": ["auto", "always", "never"]})
    # evaluation, checkpoints, logging
    eval_every: int = field(default=50, metadata={"help": "validation loss every N optimizer steps (0 = only at the end)"})
    eval_max_batches: int = field(default=0, metadata={"help": "cap validation batches per evaluation (0 = all)"})
    save_every: int = field(default=100, metadata={"help": "checkpoint every N optimizer steps (0 = only at the end)"})
    keep_checkpoints: int = field(default=2, metadata={"help": "newest checkpoints kept on disk"})
    save_best: bool = field(default=True, metadata={"help": "also keep the adapter with the lowest validation loss (adapter-best/)"})
    log_every: int = field(default=1, metadata={"help": "write a metrics line every N optimizer steps"})
    resume: str = field(default="auto", metadata={"help": "'auto' (newest checkpoint in output_dir), 'none', or a checkpoint path"})
    max_train_examples: int = field(default=0, metadata={"help": "use only the first N training examples (0 = all)"})
    progress: bool = field(default=True, metadata={"help": "show a tqdm progress bar (main process only)"})


def load_config(path: str | Path | None, ns: argparse.Namespace | None = None) -> TrainConfig:
    """Reads a YAML/JSON config file; command-line options override its keys."""
    base: dict[str, Any] = {}
    if path:
        p = Path(path)
        if not p.is_file():
            raise InvalidConfigError(f"config file {p} does not exist")
        text = p.read_text(encoding="utf-8")
        if p.suffix in (".yaml", ".yml"):
            import yaml

            base = yaml.safe_load(text) or {}
        else:
            base = json.loads(text)
        if not isinstance(base, dict):
            raise InvalidConfigError(f"{p} must hold a mapping of option names to values")
        # Paths in the file are relative to the file, so a config works from any working directory.
        for key in ("base_model", "data_dir", "output_dir"):
            if key in base and isinstance(base[key], str) and not os.path.isabs(base[key]):
                base[key] = str((p.parent / base[key]).resolve())
    try:
        cfg = dataclass_from_namespace(TrainConfig, ns or argparse.Namespace(), base)
    except TypeError as err:
        raise InvalidConfigError(f"config is incomplete: {err}") from err
    validate_config(cfg)
    return cfg


def validate_config(cfg: TrainConfig) -> None:
    problems = []
    if cfg.lora_r <= 0:
        problems.append("lora_r must be > 0")
    if not 0 <= cfg.lora_dropout < 1:
        problems.append("lora_dropout must be in [0, 1)")
    if cfg.max_length < 16:
        problems.append("max_length must be >= 16")
    if cfg.per_device_batch_size <= 0 or cfg.gradient_accumulation_steps <= 0:
        problems.append("per_device_batch_size and gradient_accumulation_steps must be > 0")
    if cfg.max_steps < 0 or (cfg.max_steps == 0 and cfg.num_epochs <= 0):
        problems.append("set max_steps > 0 or num_epochs > 0")
    if cfg.loss_chunk_size < 0:
        problems.append("loss_chunk_size must be >= 0")
    if not cfg.lora_target_modules:
        problems.append("lora_target_modules is empty")
    if problems:
        raise InvalidConfigError("; ".join(problems))


# ---------------------------------------------------------------- data


def read_jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        raise InvalidInputError(f"{path} does not exist (run `medslm-train prepare` first)")
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if not isinstance(row.get("prompt"), str) or not isinstance(row.get("completion"), str):
                raise InvalidInputError(f"{path}:{n}: each line needs string 'prompt' and 'completion'")
            rows.append(row)
    return rows


def tokenize_example(tok, prompt: str, completion: str, max_length: int) -> dict | None:
    """input_ids and labels with the prompt masked; None if the prompt alone leaves no room for an answer.

    The full text is tokenized in one piece (as at inference, where the answer continues the
    prompt's tokens); the mask covers the prefix shared with the prompt's own tokenization.
    """
    bos = [tok.bos_token_id] if tok.bos_token_id is not None else []
    p_ids = bos + tok(prompt, add_special_tokens=False).input_ids
    f_ids = bos + tok(prompt + completion, add_special_tokens=False).input_ids + [tok.eos_token_id]
    n_prompt = 0
    for a, b in zip(p_ids, f_ids):
        if a != b:
            break
        n_prompt += 1
    if n_prompt >= max_length - 1 or n_prompt >= len(f_ids) - 1:
        return None
    f_ids = f_ids[:max_length]
    labels = [IGNORE_INDEX] * n_prompt + f_ids[n_prompt:]
    return {"input_ids": f_ids, "labels": labels}


def pack_examples(examples: list[dict], max_length: int) -> list[list[dict]]:
    """First-fit-decreasing bins of whole examples, each bin at most max_length tokens."""
    order = sorted(range(len(examples)), key=lambda i: -len(examples[i]["input_ids"]))
    bins: list[list[int]] = []
    room: list[int] = []
    for i in order:
        n = len(examples[i]["input_ids"])
        for b, free in enumerate(room):
            if free >= n:
                bins[b].append(i)
                room[b] -= n
                break
        else:
            bins.append([i])
            room.append(max_length - n)
    # Keep the data order stable (by first member) so a seed fixes everything.
    bins.sort(key=lambda b: min(b))
    return [[examples[i] for i in b] for b in bins]


def collate(rows: list[list[dict]], pad_id: int):
    """Right-padded batch; each row is a list of examples (one, or several when packed).

    Position ids restart at 0 for each example and simply continue over the padding. No attention
    mask is passed to the model: with causal attention a right-padded token is never seen by a
    real one, and transformers turns restarting position ids into a block-diagonal mask (packed
    examples never see each other, with sdpa, eager, flex or flash attention). A row holding one
    example therefore keeps the plain causal fast path (no mask tensor at all).
    """
    import torch

    length = max(sum(len(e["input_ids"]) for e in row) for row in rows)
    ids = torch.full((len(rows), length), pad_id, dtype=torch.long)
    labels = torch.full((len(rows), length), IGNORE_INDEX, dtype=torch.long)
    mask = torch.zeros((len(rows), length), dtype=torch.long)
    pos = torch.zeros((len(rows), length), dtype=torch.long)
    for r, row in enumerate(rows):
        at = 0
        for e in row:
            n = len(e["input_ids"])
            ids[r, at : at + n] = torch.tensor(e["input_ids"])
            labels[r, at : at + n] = torch.tensor(e["labels"])
            mask[r, at : at + n] = 1
            pos[r, at : at + n] = torch.arange(n)
            at += n
        if at < length:
            start = int(pos[r, at - 1]) + 1 if at else 0
            pos[r, at:] = torch.arange(start, start + length - at)
    return {"input_ids": ids, "labels": labels, "attention_mask": mask, "position_ids": pos}


# ---------------------------------------------------------------- model


def _unsloth_available() -> bool:
    try:
        import importlib.util

        return importlib.util.find_spec("unsloth") is not None
    except (ImportError, ValueError):
        return False


def load_model(cfg: TrainConfig, device_is_cuda: bool):
    """(model with LoRA, tokenizer, backend name)."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    dtype = torch.bfloat16 if (cfg.bf16 and device_is_cuda) else torch.float32
    want_unsloth = cfg.use_unsloth == "always" or (cfg.use_unsloth == "auto" and device_is_cuda and _unsloth_available())
    if want_unsloth:
        from unsloth import FastLanguageModel  # type: ignore[import-not-found]

        model, tok = FastLanguageModel.from_pretrained(
            cfg.base_model, max_seq_length=cfg.max_length, dtype=dtype, load_in_4bit=False
        )
        model = FastLanguageModel.get_peft_model(
            model,
            r=cfg.lora_r,
            lora_alpha=cfg.lora_alpha,
            lora_dropout=cfg.lora_dropout,
            target_modules=list(cfg.lora_target_modules),
            bias="none",
            use_gradient_checkpointing="unsloth" if cfg.gradient_checkpointing else False,
            random_state=cfg.seed,
        )
        return model, tok, "unsloth"

    from peft import LoraConfig, get_peft_model

    tok = AutoTokenizer.from_pretrained(cfg.base_model)
    model = AutoModelForCausalLM.from_pretrained(cfg.base_model, dtype=dtype, attn_implementation=cfg.attn_implementation)
    if cfg.gradient_checkpointing:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        model.enable_input_require_grads()
    model.config.use_cache = False
    lora = LoraConfig(
        r=cfg.lora_r,
        lora_alpha=cfg.lora_alpha,
        lora_dropout=cfg.lora_dropout,
        target_modules=list(cfg.lora_target_modules),
        bias="none",
        task_type="CAUSAL_LM",
    )
    return get_peft_model(model, lora), tok, "transformers+peft"


def _decoder_and_head(model):
    """The decoder stack and LM head under peft/DDP/compile wrappers (for the chunked loss)."""
    m = model
    for attr in ("module", "_orig_mod"):
        m = getattr(m, attr, m)
    if hasattr(m, "get_base_model"):
        m = m.get_base_model()
    return m.model, m.lm_head


def chunked_lm_loss(hidden, lm_head, labels, chunk: int):
    """Causal-LM cross-entropy without materialising all logits: the head runs per chunk of tokens
    under checkpointing, so peak memory holds one chunk of logits (vocab 32k x 1k tokens instead of
    the whole batch)."""
    import torch
    import torch.nn.functional as F
    from torch.utils.checkpoint import checkpoint

    h = hidden[:, :-1, :].reshape(-1, hidden.size(-1))
    y = labels[:, 1:].reshape(-1)
    keep = y != IGNORE_INDEX
    h, y = h[keep], y[keep]
    n = y.numel()
    if n == 0:
        return hidden.sum() * 0.0

    def part(hs, ys):
        return F.cross_entropy(lm_head(hs).float(), ys, reduction="sum")

    total = hidden.new_zeros((), dtype=torch.float32)
    for s in range(0, n, chunk):
        total = total + checkpoint(part, h[s : s + chunk], y[s : s + chunk], use_reentrant=False)
    return total / n


def forward_loss(model, batch: dict, cfg: TrainConfig):
    """Mean cross-entropy over response tokens of the batch (see ``collate`` for why no attention mask)."""
    # use_cache=False matters: with a cache transformers does not derive the packed-sequence mask.
    inputs = {"input_ids": batch["input_ids"], "position_ids": batch["position_ids"], "use_cache": False}
    if cfg.loss_chunk_size > 0:
        decoder, head = _decoder_and_head(model)
        hidden = decoder(**inputs).last_hidden_state
        return chunked_lm_loss(hidden, head, batch["labels"], cfg.loss_chunk_size)
    return model(**inputs, labels=batch["labels"]).loss


def loss_module(model, cfg: TrainConfig):
    """The model with its loss as one module, so DDP (accelerate) wraps the whole computation.

    The chunked loss calls the decoder and LM head directly; if only the causal-LM model were
    DDP-wrapped, that path would bypass DDP's forward and gradients would not be synchronised.
    """
    import torch

    class CausalLMLoss(torch.nn.Module):
        def __init__(self, inner) -> None:
            super().__init__()
            self.model = inner

        def forward(self, input_ids, position_ids, labels):
            batch = {"input_ids": input_ids, "position_ids": position_ids, "labels": labels}
            return forward_loss(self.model, batch, cfg)

    return CausalLMLoss(model)


# ---------------------------------------------------------------- loop helpers


def lr_lambda(cfg: TrainConfig, total_steps: int):
    def f(step: int) -> float:
        if cfg.warmup_steps and step < cfg.warmup_steps:
            return (step + 1) / cfg.warmup_steps
        if cfg.lr_scheduler == "constant":
            return 1.0
        progress = (step - cfg.warmup_steps) / max(1, total_steps - cfg.warmup_steps)
        progress = min(1.0, max(0.0, progress))
        if cfg.lr_scheduler == "linear":
            return 1.0 - progress
        return 0.5 * (1.0 + math.cos(math.pi * progress))

    return f


def epoch_batches(n_rows: int, batch_size: int, epoch: int, seed: int, rank: int, world: int) -> list[list[int]]:
    """This rank's batches for an epoch: a seeded permutation, sharded by rank, same on every run."""
    import torch

    g = torch.Generator().manual_seed(seed * 1000 + epoch)
    perm = torch.randperm(n_rows, generator=g).tolist()
    per_rank = n_rows // world  # equal shards keep ranks in lock-step
    shard = perm[rank * per_rank : (rank + 1) * per_rank]
    return [shard[i : i + batch_size] for i in range(0, len(shard) - batch_size + 1, batch_size)]


def plot_losses(metrics_path: Path, png: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    train, val = [], []
    for line in metrics_path.read_text().splitlines():
        m = json.loads(line)
        if "loss" in m:
            train.append((m["step"], m["loss"]))
        if "val_loss" in m:
            val.append((m["step"], m["val_loss"]))
    fig, ax = plt.subplots(figsize=(7, 4), dpi=110)
    if train:
        ax.plot(*zip(*train), label="train loss", linewidth=1)
    if val:
        ax.plot(*zip(*val), "o-", label="validation loss")
    ax.set_xlabel("optimizer step")
    ax.set_ylabel("cross-entropy (response tokens)")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(png)
    plt.close(fig)


def _latest_checkpoint(out: Path) -> Path | None:
    ckpts = sorted((out / "checkpoints").glob("step-*"), key=lambda p: int(p.name.split("-")[1]))
    ckpts = [c for c in ckpts if (c / "trainer_state.json").is_file()]
    return ckpts[-1] if ckpts else None


# ---------------------------------------------------------------- training


def train(cfg: TrainConfig) -> dict:
    """Runs the fine-tune; returns a summary (also written to ``output_dir/train-summary.json``)."""
    set_seed(cfg.seed)
    import torch
    from accelerate import Accelerator
    from tqdm.auto import tqdm

    validate_config(cfg)
    cuda = torch.cuda.is_available()
    accelerator = Accelerator(
        # cpu=True lets torchrun/accelerate launch run several CPU processes (gloo); GPUs otherwise.
        cpu=not cuda,
        mixed_precision="bf16" if (cfg.bf16 and cuda) else "no",
        gradient_accumulation_steps=cfg.gradient_accumulation_steps,
    )
    out = Path(cfg.output_dir)
    if accelerator.is_main_process:
        out.mkdir(parents=True, exist_ok=True)
        (out / "train-config.json").write_text(json.dumps(asdict(cfg), indent=2))
    model, tok, backend = load_model(cfg, cuda)
    if tok.pad_token_id is None:
        tok.pad_token = tok.eos_token

    data = Path(cfg.data_dir)
    rows = read_jsonl(data / "train.jsonl")
    if cfg.max_train_examples:
        rows = rows[: cfg.max_train_examples]
    val_rows = read_jsonl(data / "val.jsonl") if (data / "val.jsonl").is_file() else []

    def encode(rs: list[dict]) -> tuple[list[dict], int]:
        enc, skipped = [], 0
        for r in rs:
            e = tokenize_example(tok, r["prompt"], r["completion"], cfg.max_length)
            if e is None:
                skipped += 1
            else:
                enc.append(e)
        return enc, skipped

    train_ex, skipped = encode(rows)
    val_ex, _ = encode(val_rows)
    if not train_ex:
        raise InvalidInputError(f"no usable training examples in {data / 'train.jsonl'} (all too long for max_length?)")
    train_items = pack_examples(train_ex, cfg.max_length) if cfg.packing else [[e] for e in train_ex]
    val_items = [[e] for e in val_ex]

    world, rank = accelerator.num_processes, accelerator.process_index
    batches_per_epoch = len(epoch_batches(len(train_items), cfg.per_device_batch_size, 0, cfg.seed, rank, world))
    if batches_per_epoch == 0:
        raise InvalidInputError("fewer training rows than one batch per device; lower per_device_batch_size")
    steps_per_epoch = max(1, batches_per_epoch // cfg.gradient_accumulation_steps)
    total_steps = cfg.max_steps or max(1, math.ceil(steps_per_epoch * cfg.num_epochs))

    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=cfg.learning_rate, weight_decay=cfg.weight_decay)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lr_lambda(cfg, total_steps))
    if cfg.compile:
        # Per decoder layer, in place: one compiled graph reused by every layer, no wrapper object
        # in front of peft/DDP, and gradient checkpointing keeps working.
        decoder, _ = _decoder_and_head(model)
        for layer in decoder.layers:
            layer.compile()
    # The scheduler stays unprepared: accelerate's wrapper steps it once per process, which would
    # run the schedule world_size times too fast. It is stepped here once per optimizer step.
    model, optimizer = accelerator.prepare(loss_module(model, cfg), optimizer)
    accelerator.register_for_checkpointing(scheduler)

    state = {"step": 0, "best_val_loss": None, "tokens_seen": 0}
    ckpt = None if cfg.resume == "none" else (_latest_checkpoint(out) if cfg.resume == "auto" else Path(cfg.resume))
    if ckpt is not None:
        if not (ckpt / "trainer_state.json").is_file():
            raise InvalidConfigError(f"resume: {ckpt} is not a checkpoint (no trainer_state.json)")
        accelerator.load_state(str(ckpt))
        state = json.loads((ckpt / "trainer_state.json").read_text())
        accelerator.print(f"resumed from {ckpt} at step {state['step']}")

    metrics_path = out / "metrics.jsonl"
    if accelerator.is_main_process and metrics_path.is_file():
        # A fresh run starts a fresh log; a resumed one drops lines written after its checkpoint.
        kept = [x for x in metrics_path.read_text().splitlines() if ckpt is not None and json.loads(x)["step"] <= state["step"]]
        metrics_path.write_text("".join(x + "\n" for x in kept))

    def log(rec: dict) -> None:
        if accelerator.is_main_process:
            with metrics_path.open("a") as fh:
                fh.write(json.dumps(rec) + "\n")

    def evaluate() -> float | None:
        if not val_items:
            return None
        model.eval()
        loss_sum = torch.zeros((), device=accelerator.device)
        tok_count = torch.zeros((), device=accelerator.device)
        idx = list(range(rank, len(val_items), world))
        bs = cfg.per_device_batch_size
        batches = [idx[i : i + bs] for i in range(0, len(idx), bs)]
        if cfg.eval_max_batches:
            batches = batches[: cfg.eval_max_batches]
        with torch.no_grad():
            for b in batches:
                batch = {k: v.to(accelerator.device) for k, v in collate([val_items[i] for i in b], tok.pad_token_id).items()}
                n = (batch["labels"][:, 1:] != IGNORE_INDEX).sum()
                with accelerator.autocast():
                    loss = model(batch["input_ids"], batch["position_ids"], batch["labels"])
                loss_sum += loss.float() * n
                tok_count += n
        loss_sum = accelerator.reduce(loss_sum, "sum")
        tok_count = accelerator.reduce(tok_count, "sum")
        model.train()
        return float(loss_sum / tok_count.clamp(min=1))

    def save_adapter(dest: Path) -> None:
        accelerator.wait_for_everyone()
        if accelerator.is_main_process:
            unwrapped = accelerator.unwrap_model(model).model
            unwrapped.save_pretrained(dest, safe_serialization=True)
            tok.save_pretrained(dest)
            (dest / "medslm-base-model.txt").write_text(str(Path(cfg.base_model).resolve()) + "\n")

    def checkpoint() -> None:
        dest = out / "checkpoints" / f"step-{state['step']}"
        accelerator.save_state(str(dest))
        if accelerator.is_main_process:
            (dest / "trainer_state.json").write_text(json.dumps(state))
            ckpts = sorted((out / "checkpoints").glob("step-*"), key=lambda p: int(p.name.split("-")[1]))
            for old in ckpts[: -cfg.keep_checkpoints or None]:
                shutil.rmtree(old, ignore_errors=True)
        accelerator.wait_for_everyone()

    model.train()
    bar = tqdm(total=total_steps, initial=state["step"], disable=not (cfg.progress and accelerator.is_main_process), desc="train")
    t_start = time.perf_counter()
    tokens_window, t_window = 0, time.perf_counter()
    if cuda:
        torch.cuda.reset_peak_memory_stats()
    micro = state["step"] * cfg.gradient_accumulation_steps
    running = 0.0
    tokens_local = torch.zeros((), dtype=torch.long, device=accelerator.device)
    while state["step"] < total_steps:
        epoch, offset = divmod(micro, batches_per_epoch)
        batches = epoch_batches(len(train_items), cfg.per_device_batch_size, epoch, cfg.seed, rank, world)
        for b in batches[offset:]:
            batch = {k: v.to(accelerator.device) for k, v in collate([train_items[i] for i in b], tok.pad_token_id).items()}
            with accelerator.accumulate(model):
                with accelerator.autocast():
                    loss = model(batch["input_ids"], batch["position_ids"], batch["labels"])
                accelerator.backward(loss)
                grad_norm = None
                if accelerator.sync_gradients and cfg.max_grad_norm > 0:
                    grad_norm = accelerator.clip_grad_norm_(params, cfg.max_grad_norm)
                optimizer.step()
                if accelerator.sync_gradients:
                    scheduler.step()
                optimizer.zero_grad(set_to_none=True)
            micro += 1
            running += float(loss.detach()) / cfg.gradient_accumulation_steps
            tokens_local += batch["attention_mask"].sum()
            if not accelerator.sync_gradients:
                continue
            tokens_step = int(accelerator.reduce(tokens_local, "sum"))  # exact across ranks
            tokens_local.zero_()
            tokens_window += tokens_step
            state["step"] += 1
            state["tokens_seen"] += tokens_step
            # the logged loss is the mean over ranks, not rank 0's share
            running = float(accelerator.reduce(torch.tensor(running, device=accelerator.device), "mean"))
            step = state["step"]
            bar.update(1)
            bar.set_postfix(loss=f"{running:.4f}")
            if step % cfg.log_every == 0 or step == total_steps:
                now = time.perf_counter()
                rec = {
                    "step": step,
                    "epoch": round(micro / batches_per_epoch, 4),
                    "loss": running,
                    "lr": scheduler.get_last_lr()[0],
                    "grad_norm": None if grad_norm is None else float(grad_norm),
                    "tokens": state["tokens_seen"],
                    "tokens_per_s": tokens_window / max(1e-9, now - t_window),
                    "elapsed_s": round(now - t_start, 3),
                }
                if cuda:
                    rec["peak_mem_gb"] = torch.cuda.max_memory_allocated() / 2**30
                log(rec)
                tokens_window, t_window = 0, now
            running = 0.0
            if cfg.eval_every and step % cfg.eval_every == 0 and step != total_steps:
                _eval_and_keep_best(evaluate, state, step, log, save_adapter, out, cfg)
            if cfg.save_every and step % cfg.save_every == 0 and step != total_steps:
                checkpoint()
            if step >= total_steps:
                break
    bar.close()
    # DDP keeps replicas identical only if every gradient was synchronised: check it, cheaply.
    checksum = torch.stack([p.detach().double().sum() for p in params]).sum().reshape(1).to(accelerator.device)
    replicas = accelerator.gather(checksum)
    in_sync = bool(torch.allclose(replicas, replicas[:1].expand_as(replicas), rtol=1e-6, atol=1e-6))
    val_loss = _eval_and_keep_best(evaluate, state, state["step"], log, save_adapter, out, cfg)
    checkpoint()
    save_adapter(out / "adapter")
    summary = {
        "backend": backend,
        "world_size": world,
        "replicas_in_sync": in_sync,
        "steps": state["step"],
        "train_examples": len(train_ex),
        "train_rows": len(train_items),
        "skipped_too_long": skipped,
        "val_examples": len(val_ex),
        "final_val_loss": val_loss,
        "best_val_loss": state["best_val_loss"],
        "tokens_seen": state["tokens_seen"],
        "elapsed_s": round(time.perf_counter() - t_start, 3),
        "adapter": str(out / "adapter"),
    }
    if cuda:
        summary["peak_mem_gb"] = torch.cuda.max_memory_allocated() / 2**30
    if accelerator.is_main_process:
        (out / "train-summary.json").write_text(json.dumps(summary, indent=2))
        if metrics_path.is_file():
            plot_losses(metrics_path, out / "loss-curve.png")
    accelerator.end_training()
    return summary


def _eval_and_keep_best(evaluate, state, step, log, save_adapter, out: Path, cfg: TrainConfig) -> float | None:
    val = evaluate()
    if val is None:
        return None
    log({"step": step, "val_loss": val, "val_ppl": math.exp(min(val, 50))})
    if state["best_val_loss"] is None or val < state["best_val_loss"]:
        state["best_val_loss"] = val
        if cfg.save_best:
            save_adapter(out / "adapter-best")
    return val


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="medslm-train train", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", help="YAML or JSON file with the options below (command-line options override it)")
    # Every option may come from the file, so none is required on the command line.
    sub = argparse.ArgumentParser(add_help=False)
    add_dataclass_arguments(sub, TrainConfig)
    for action in sub._actions:
        action.required = False
        parser._add_action(action)
    ns = parser.parse_args(argv)
    cfg = load_config(ns.config, ns)
    summary = train(cfg)
    if int(os.environ.get("RANK", "0")) == 0:
        print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
