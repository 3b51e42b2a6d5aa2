from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
os.environ.setdefault("MEDSLM_REPO_ROOT", str(REPO))


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
def tiny_model(tmp_path_factory) -> dict[str, Path]:
    """The tiny fixture model once per session: transformers folder + F16 GGUF (about 15 s)."""
    need_node_llama_cpp()
    out = tmp_path_factory.mktemp("tiny")
    hf, gguf = out / "hf", out / "tiny.f16.gguf"
    subprocess.run(
        [sys.executable, "-m", "medslm_train.fixtures", "tiny-gguf", "--out", str(gguf), "--keep-hf", str(hf)],
        check=True,
        capture_output=True,
    )
    return {"hf": hf, "gguf": gguf}
