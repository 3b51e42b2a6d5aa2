"""merge -> export -> node-llama-cpp: the GGUF files load, carry full metadata, and compute what
PyTorch computes (greedy tokens equal; F16 perplexity equal to PyTorch's; Q8_0 within 1%)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
import torch

from medslm_train.evaluate import ParityArgs, PerplexityArgs, parity, perplexity
from medslm_train.export import ExportArgs, export
from medslm_train.merge import MergeArgs, merge
from medslm_train.modelfile import ModelfileArgs, write_modelfile
from medslm_train.node_bridge import cli_bin, core_dist, gguf_tool
from medslm_train.template import chat_template_jinja, load_template
from medslm_train.train import TrainConfig, train
from tests.conftest import need_node_llama_cpp


@pytest.fixture(scope="module")
def pipeline(tiny_hf, tiny_data, tmp_path_factory) -> dict[str, Path]:
    need_node_llama_cpp()
    root = tmp_path_factory.mktemp("pipeline")
    cfg = TrainConfig(
        base_model=str(tiny_hf), data_dir=str(tiny_data), output_dir=str(root / "run"), seed=5, lora_r=8,
        lora_alpha=16, learning_rate=2e-2, warmup_steps=0, max_steps=4, per_device_batch_size=4,
        gradient_accumulation_steps=1, max_length=192, eval_every=0, save_every=0, progress=False,
        gradient_checkpointing=False,
    )
    train(cfg)
    merged = merge(MergeArgs(adapter=str(root / "run" / "adapter"), out=str(root / "merged"), dtype="float32"))
    report = export(ExportArgs(model=str(merged), out_dir=str(root / "gguf"), name="tiny-ft", license="apache-2.0"))
    return {"root": root, "merged": merged, "report": report, "adapter": root / "run" / "adapter", "base": tiny_hf}


def test_merged_weights_compute_what_base_plus_adapter_computes(pipeline):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    ids = torch.randint(3, 400, (1, 24), generator=torch.Generator().manual_seed(1))
    base = AutoModelForCausalLM.from_pretrained(pipeline["base"], dtype=torch.float32)
    with torch.no_grad():
        base_logits = base(input_ids=ids).logits
        peft_logits = PeftModel.from_pretrained(base, pipeline["adapter"]).eval()(input_ids=ids).logits
        merged_logits = AutoModelForCausalLM.from_pretrained(pipeline["merged"], dtype=torch.float32)(input_ids=ids).logits
    assert not torch.allclose(base_logits, peft_logits, atol=1e-3)  # the adapter does something
    assert torch.allclose(peft_logits, merged_logits, atol=1e-4)
    assert (pipeline["merged"] / "model.safetensors").is_file() and (pipeline["merged"] / "tokenizer.model").is_file()


def test_every_exported_file_loads_with_full_metadata(pipeline):
    files = pipeline["report"]["files"]
    assert set(files) == {"f16", "q8_0", "q4_k_m"}
    sizes = {k: v["bytes"] for k, v in files.items()}
    assert sizes["f16"] > sizes["q8_0"] > sizes["q4_k_m"]
    expected_ftype = {"f16": 1, "q8_0": 7, "q4_k_m": 15}
    for kind, entry in files.items():
        assert entry["loads_in_node_llama_cpp"] and entry["metadata_problems"] == []
        md = gguf_tool("info", Path(entry["path"]))["metadata"]
        assert md["general"]["architecture"] == "llama"
        assert md["general"]["name"] == "tiny-ft" and md["general"]["license.name"] == "apache-2.0"  # node-llama-cpp keeps this key flat
        assert md["general"]["file_type"] == expected_ftype[kind]
        assert md["general"]["sampling"]["temp"] == pytest.approx(load_template().parameters["temperature"])
        assert md["tokenizer"]["chat_template"] == chat_template_jinja()
        assert md["tokenizer"]["ggml"]["bos_token_id"] == 1 and md["tokenizer"]["ggml"]["eos_token_id"] == 2
        assert md["llama"]["rope"]["freq_base"] == 10000


def test_f16_greedy_tokens_equal_pytorch(pipeline):
    f16 = pipeline["report"]["files"]["f16"]["path"]
    report = parity(ParityArgs(model=str(pipeline["merged"]), gguf=f16, tokens=32))
    assert len(report["cases"]) == 4
    for case in report["cases"]:
        assert case["prompt_tokens_equal"], "llama.cpp and transformers tokenize the prompt differently"
        assert case["n_tokens"] == 32 and len(case["gguf"]) == 32
        assert case["tokens_equal"], f"first difference at token {case['first_difference']}"
    assert report["all_equal"]


def test_perplexity_through_llama_cpp(pipeline, tiny_data):
    files = pipeline["report"]["files"]
    report = perplexity(
        PerplexityArgs(
            gguf=[files["f16"]["path"], files["q8_0"]["path"], files["q4_k_m"]["path"]],
            data=str(tiny_data / "test.jsonl"),
            model=str(pipeline["merged"]),
            max_texts=4,
            context_size=256,
        )
    )
    f16, q8, q4 = (report["gguf"][files[k]["path"]] for k in ("f16", "q8_0", "q4_k_m"))
    assert f16["tokens"] == report["pytorch"]["tokens"] > 100
    # llama.cpp's F16 and PyTorch float32 agree on the same token ids (F16 weights round slightly)
    assert f16["perplexity"] == pytest.approx(report["pytorch"]["perplexity"], rel=5e-3)
    assert abs(q8["relative_to_first"]) < 0.01
    assert math.isfinite(q4["perplexity"]) and q4["perplexity"] > 1


def test_modelfile_comes_from_the_sdk_generator(pipeline):
    if not cli_bin().is_file() and not core_dist().is_file():
        pytest.skip("SKIPPED: neither apps/cli/dist/bin.js nor packages/core/dist/index.js is built")
    q4 = Path(pipeline["report"]["files"]["q4_k_m"]["path"])
    path = write_modelfile(ModelfileArgs(gguf=str(q4)))
    text = path.read_text()
    t = load_template()
    assert text.startswith(f"FROM ./{q4.name}\n")
    assert t.heading in text and t.response_header in text
    for stop in t.stop:
        assert f"PARAMETER stop {json.dumps(stop)}" in text
