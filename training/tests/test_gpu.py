"""GPU path of train (run on the GPU machine: `python3 -m pytest training/tests -m gpu`)."""

from __future__ import annotations

import json

import pytest
import torch

from medslm_train.train import TrainConfig, train

pytestmark = pytest.mark.gpu


@pytest.mark.parametrize(
    "switches",
    [
        {},
        {"packing": True, "loss_chunk_size": 128},
        {"gradient_checkpointing": True, "attn_implementation": "eager"},
        {"compile": True, "packing": True},
    ],
    ids=["baseline", "packing+chunked-loss", "checkpointing+eager", "compile+packing"],
)
def test_bf16_lora_on_cuda(tiny_hf, tiny_data, tmp_path, switches):
    cfg = TrainConfig(
        base_model=str(tiny_hf), data_dir=str(tiny_data), output_dir=str(tmp_path / "run"), seed=1, lora_r=4,
        lora_alpha=8, learning_rate=5e-3, warmup_steps=1, max_steps=4, per_device_batch_size=4,
        gradient_accumulation_steps=1, max_length=256, eval_every=2, save_every=2, progress=False, bf16=True,
        use_unsloth="never", **switches,
    )
    summary = train(cfg)
    assert summary["steps"] == 4 and summary["peak_mem_gb"] > 0
    lines = [json.loads(x) for x in (tmp_path / "run" / "metrics.jsonl").read_text().splitlines()]
    assert all(torch.isfinite(torch.tensor(m["loss"])) for m in lines if "loss" in m)
    assert (tmp_path / "run" / "adapter" / "adapter_model.safetensors").is_file()
