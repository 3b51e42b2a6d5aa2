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


def write_phi_eval_dir(root: Path, phi_type: str, with_spans: list[tuple[str, list[str]]], without: list[str]) -> Path:
    """A labelled eval folder for the per-word trainers (name, place): dev and fresh PHI sets that
    split the examples, a triage and a scope row, and held-out decoys that fail to parse if opened."""
    import json

    from medslm_train.node_bridge import core_dist

    if not core_dist().is_file():
        pytest.skip(f"SKIPPED: {core_dist()} is missing; build the SDK first (`cd packages/core && npx tsup`)")
    d = root / "eval"
    (d / "fresh").mkdir(parents=True)
    data = [{"text": t, "phi": [{"type": phi_type, "text": s} for s in spans]} for t, spans in with_spans + [(t, []) for t in without]]
    (d / "phi-dev.jsonl").write_text("\n".join(json.dumps(r) for r in data[::2]) + "\n")
    (d / "fresh" / "phi-a.jsonl").write_text("\n".join(json.dumps(r) for r in data[1::2]) + "\n")
    (d / "triage-dev.jsonl").write_text(json.dumps({"text": "crushing chest pain since this morning", "level": "emergency"}) + "\n")
    (d / "scope-dev.jsonl").write_text(json.dumps({"text": "how much Tylenol is too much", "allowed": True}) + "\n")
    # held-out sets: listed by name, or named *heldout*; any would fail to parse if opened
    for name in ("fresh/phi-z.jsonl", "fresh/triage-z.jsonl", "fresh/scope-z.jsonl", "phi-heldout.jsonl", "triage-heldout.jsonl"):
        (d / name).write_text("this is not json\n")
    (d / "held-out.json").write_text(json.dumps({"sets": ["phi-z", "triage-z", "scope-z"]}))
    return d


@pytest.fixture()
def phi_eval_dir(tmp_path: Path):
    """`phi_eval_dir(type, with_spans, without)`: write_phi_eval_dir in this test's tmp_path."""
    return lambda phi_type, with_spans, without: write_phi_eval_dir(tmp_path, phi_type, with_spans, without)
