"""train: response-only labels, packing, chunked loss, config handling, checkpoints and resume."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import torch

from medslm_train.errors import InvalidConfigError
from medslm_train.train import (
    IGNORE_INDEX,
    TrainConfig,
    chunked_lm_loss,
    collate,
    load_config,
    pack_examples,
    tokenize_example,
    train,
)


@pytest.fixture(scope="module")
def tok(tiny_hf):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(tiny_hf)


def test_labels_cover_the_answer_and_eos_only(tok):
    prompt = "### Question:\nIs a fever of 38 C serious?\n\n### Medical Response:\n"
    ex = tokenize_example(tok, prompt, "Usually not, rest and fluids help.", 256)
    labels = ex["labels"]
    n_masked = sum(1 for x in labels if x == IGNORE_INDEX)
    assert labels[:n_masked] == [IGNORE_INDEX] * n_masked and IGNORE_INDEX not in labels[n_masked:]
    assert ex["input_ids"][0] == tok.bos_token_id and ex["input_ids"][-1] == tok.eos_token_id
    assert tok.decode(labels[n_masked:-1]) == "Usually not, rest and fluids help."
    assert tok.decode(ex["input_ids"][:n_masked], skip_special_tokens=True) == prompt


def test_too_long_prompt_is_skipped_and_long_answer_truncated(tok):
    assert tokenize_example(tok, "word " * 200, "answer", 32) is None
    ex = tokenize_example(tok, "Q?\n", "long answer " * 100, 32)
    assert len(ex["input_ids"]) == 32 == len(ex["labels"])


def test_packing_keeps_every_example_once_within_max_length():
    examples = [{"input_ids": [i] * n, "labels": [i] * n} for i, n in enumerate([5, 9, 3, 7, 2, 8, 6])]
    bins = pack_examples(examples, 12)
    assert sorted(e["input_ids"][0] for b in bins for e in b) == list(range(7))
    assert all(sum(len(e["input_ids"]) for e in b) <= 12 for b in bins)
    assert len(bins) < len(examples)
    batch = collate([bins[0]], pad_id=0)
    first = len(bins[0][0]["input_ids"])
    assert batch["position_ids"][0, first].item() == 0  # positions restart at each packed example


@pytest.mark.parametrize("chunk", [0, 16])
def test_packed_examples_do_not_see_each_other(tiny_hf, tok, chunk):
    """Loss of two examples packed in one row == loss of the same two in separate rows."""
    from transformers import AutoModelForCausalLM

    from medslm_train.train import forward_loss

    model = AutoModelForCausalLM.from_pretrained(tiny_hf, dtype=torch.float32).eval()
    cfg = TrainConfig(base_model="", data_dir="", output_dir="", loss_chunk_size=chunk)
    a = tokenize_example(tok, "### Question:\nfever?\n\n### Medical Response:\n", "Rest and drink fluids.", 128)
    b = tokenize_example(tok, "### Question:\nknee pain after running?\n\n### Medical Response:\n", "Ice it and rest.", 128)
    with torch.no_grad():
        packed = forward_loss(model, collate([[a, b]], tok.eos_token_id), cfg)
        separate = forward_loss(model, collate([[a], [b]], tok.eos_token_id), cfg)
        # and attending across examples would change it: same row without restarting positions
        leaky = collate([[{"input_ids": a["input_ids"] + b["input_ids"], "labels": a["labels"] + b["labels"]}]], tok.eos_token_id)
        leaked = forward_loss(model, leaky, cfg)
    assert torch.allclose(packed, separate, atol=1e-5)
    assert not torch.allclose(packed, leaked, atol=1e-3)


def test_chunked_loss_equals_the_full_loss_and_its_gradients(tiny_hf):
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(tiny_hf, dtype=torch.float32)
    ids = torch.randint(3, model.config.vocab_size, (2, 40), generator=torch.Generator().manual_seed(0))
    labels = ids.clone()
    labels[:, :15] = IGNORE_INDEX
    full = model(input_ids=ids, labels=labels).loss
    full.backward()
    g_full = model.lm_head.weight.grad.clone()
    model.zero_grad()
    hidden = model.model(input_ids=ids).last_hidden_state
    chunked = chunked_lm_loss(hidden, model.lm_head, labels, chunk=7)
    chunked.backward()
    assert torch.allclose(full, chunked, atol=1e-5)
    assert torch.allclose(g_full, model.lm_head.weight.grad, atol=1e-6)


def test_config_file_paths_are_relative_to_it_and_options_override(tmp_path):
    cfg_file = tmp_path / "cfg.yaml"
    cfg_file.write_text("base_model: base\ndata_dir: data\noutput_dir: out\nlora_r: 4\nmax_steps: 3\n")
    import argparse

    cfg = load_config(cfg_file, argparse.Namespace(lora_r=8))
    assert cfg.base_model == str(tmp_path / "base") and cfg.lora_r == 8 and cfg.max_steps == 3


@pytest.mark.parametrize(
    "text,problem",
    [("base_model: b\ndata_dir: d\noutput_dir: o\nlora_r: 0\n", "lora_r"), ("base_model: b\ndata_dir: d\noutput_dir: o\nbogus: 1\n", "bogus"), ("lora_r: 4\n", "incomplete")],
)
def test_bad_config_is_a_typed_error(tmp_path, text, problem):
    f = tmp_path / "c.yaml"
    f.write_text(text)
    with pytest.raises(InvalidConfigError) as err:
        load_config(f)
    assert err.value.code == "INVALID_CONFIG" and problem in str(err.value)


def _cfg(tiny_hf, tiny_data, out: Path, **kw) -> TrainConfig:
    base = dict(
        base_model=str(tiny_hf), data_dir=str(tiny_data), output_dir=str(out), seed=3, lora_r=4, lora_alpha=8,
        learning_rate=5e-3, warmup_steps=1, max_steps=6, per_device_batch_size=4, gradient_accumulation_steps=2,
        max_length=192, eval_every=3, save_every=3, keep_checkpoints=5, progress=False, gradient_checkpointing=False,
    )
    base.update(kw)
    return TrainConfig(**base)


def _adapter_tensors(path: Path) -> dict:
    from safetensors.torch import load_file

    return load_file(str(path / "adapter_model.safetensors"))


def test_train_writes_outputs_and_resume_continues_exactly(tiny_hf, tiny_data, tmp_path):
    straight = tmp_path / "straight"
    summary = train(_cfg(tiny_hf, tiny_data, straight))
    assert summary["steps"] == 6 and summary["backend"] == "transformers+peft"
    metrics = [json.loads(x) for x in (straight / "metrics.jsonl").read_text().splitlines()]
    train_lines = [m for m in metrics if "loss" in m]
    val_lines = [m for m in metrics if "val_loss" in m]
    assert [m["step"] for m in train_lines] == [1, 2, 3, 4, 5, 6]
    assert [m["step"] for m in val_lines] == [3, 6]
    assert (straight / "loss-curve.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (straight / "adapter" / "adapter_config.json").is_file()
    assert (straight / "adapter-best" / "adapter_model.safetensors").is_file()
    assert summary["best_val_loss"] == min(m["val_loss"] for m in val_lines)

    # Resume: a copy of the run as it stood at step 3 continues to the same weights.
    resumed = tmp_path / "resumed"
    (resumed / "checkpoints").mkdir(parents=True)
    shutil.copytree(straight / "checkpoints" / "step-3", resumed / "checkpoints" / "step-3")
    summary2 = train(_cfg(tiny_hf, tiny_data, resumed))
    assert summary2["steps"] == 6
    resumed_metrics = [json.loads(x) for x in (resumed / "metrics.jsonl").read_text().splitlines()]
    assert [m["step"] for m in resumed_metrics if "loss" in m] == [4, 5, 6]
    a, b = _adapter_tensors(straight / "adapter"), _adapter_tensors(resumed / "adapter")
    assert a.keys() == b.keys()
    for k in a:
        assert torch.allclose(a[k], b[k], atol=1e-6), k
    # and training moved the adapter away from its initialisation (B starts at zero)
    assert any(v.abs().sum() > 0 for k, v in a.items() if "lora_B" in k)


def test_packing_and_chunked_loss_train(tiny_hf, tiny_data, tmp_path):
    summary = train(_cfg(tiny_hf, tiny_data, tmp_path / "p", packing=True, loss_chunk_size=64, max_steps=2, eval_every=0, save_every=0, max_length=512))
    assert summary["train_rows"] < summary["train_examples"]
    assert summary["final_val_loss"] is not None and summary["final_val_loss"] < 20


def test_two_cpu_processes_through_torchrun(tiny_hf, tiny_data, tmp_path):
    """The multi-GPU code path (sharding, DDP around model + chunked loss, packing, reduced loss and
    tokens), exercised with gloo on CPU."""
    import os
    import subprocess
    import sys

    out = tmp_path / "ddp"
    cmd = [
        sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2", "--master_port", "29517",
        "-m", "medslm_train", "train", "--base-model", str(tiny_hf), "--data-dir", str(tiny_data),
        "--output-dir", str(out), "--max-steps", "3", "--per-device-batch-size", "4", "--gradient-accumulation-steps", "1",
        "--max-length", "192", "--eval-every", "0", "--save-every", "0", "--no-progress", "--no-gradient-checkpointing",
        "--lora-r", "4", "--loss-chunk-size", "64", "--packing",
    ]
    run = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "OMP_NUM_THREADS": "1"}, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    summary = json.loads((out / "train-summary.json").read_text())
    assert summary["world_size"] == 2 and summary["steps"] == 3
    assert summary["replicas_in_sync"]  # gradients were all-reduced through the chunked-loss path
    lines = [json.loads(x) for x in (out / "metrics.jsonl").read_text().splitlines()]
    steps = [m["step"] for m in lines if "loss" in m]
    assert steps == [1, 2, 3]  # written once, by the main process
    assert (out / "adapter" / "adapter_model.safetensors").is_file()
    # tokens are summed over ranks: two shards of 4 packed rows per step, each row >= 100 tokens
    assert lines[0]["tokens"] >= 2 * 4 * 100
