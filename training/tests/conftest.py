from __future__ import annotations

import os
import pathlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
os.environ.setdefault("MEDSLM_REPO_ROOT", str(REPO))
# The test models are tiny: one thread is faster than two, and far faster on a shared, busy CPU.
os.environ.setdefault("OMP_NUM_THREADS", "1")


def pytest_collection_modifyitems(config, items):
    try:
        import torch

        has_cuda = torch.cuda.is_available()
    except ImportError:
        has_cuda = False
    if has_cuda:
        return
    skip = pytest.mark.skip(reason="needs a CUDA GPU (run `python3 -m pytest training/tests -m gpu` on the GPU machine)")
    for item in items:
        if "gpu" in item.keywords:
            item.add_marker(skip)


def need_node_llama_cpp() -> None:
    if shutil.which("node") is None or not (REPO / "node_modules" / "node-llama-cpp").is_dir():
        pytest.skip("node-llama-cpp is not installed: run `npm install` at the repository root")


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory, tiny_hf) -> dict[str, Path]:
    """The tiny fixture model once per session: transformers folder + its F16 GGUF."""
    need_node_llama_cpp()
    from medslm_train.llama_cpp import convert_hf_to_gguf

    gguf = tmp_path_factory.mktemp("tiny") / "tiny.f16.gguf"
    convert_hf_to_gguf(tiny_hf, gguf, "f16", model_name="medslm-fixture-tiny")
    hf = tiny_hf
    return {"hf": hf, "gguf": gguf}


@pytest.fixture(scope="session")
def tiny_hf(tmp_path_factory) -> Path:
    """Just the transformers folder of the tiny model (no node needed)."""
    out = tmp_path_factory.mktemp("tinyhf") / "hf"
    subprocess.run([sys.executable, "-m", "medslm_train.fixtures", "tiny-hf", "--out", str(out)], check=True, capture_output=True)
    return out


@pytest.fixture(scope="session")
def tiny_data(tmp_path_factory) -> Path:
    """train/val JSONL in prepare's schema, from the synthetic fixture Q&A (invented text)."""
    import json

    from medslm_train.fixtures import synthetic_examples
    from medslm_train.template import render_example

    out = tmp_path_factory.mktemp("data")
    ex = synthetic_examples(60, seed=11)
    for name, part in (("train", ex[:48]), ("val", ex[48:56]), ("test", ex[56:])):
        with (out / f"{name}.jsonl").open("w") as fh:
            for i, e in enumerate(part):
                prompt, completion = render_example(e["question"], e["answer"], e["context"])
                fh.write(json.dumps({"id": f"{name}-{i}", "source": "synthetic", "prompt": prompt, "completion": completion}) + "\n")
    return out


@pytest.fixture()
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every file read through pathlib.Path.read_text during the test (the trainers must never open a held-out set)."""
    seen: list[str] = []
    original = pathlib.Path.read_text

    def spy(self, *args, **kwargs):
        seen.append(str(self))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "read_text", spy)
    return seen
