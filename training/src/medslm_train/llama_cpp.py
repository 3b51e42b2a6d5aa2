"""llama.cpp's own tools, taken from the source node-llama-cpp ships (so the converter matches the runtime).

``node_modules/node-llama-cpp/llama/gitRelease.bundle`` is a git bundle of the exact llama.cpp release
the runtime was built from; it is cloned once into the git-ignored cache (``training/.llama-cpp/src``).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from medslm_train.errors import InvalidInputError, ToolFailedError, ToolMissingError
from medslm_train.paths import cache_dir, repo_root

CONVERTER_OUTTYPES = ("f32", "f16", "bf16", "q8_0")


def bundle_path() -> Path:
    return repo_root() / "node_modules" / "node-llama-cpp" / "llama" / "gitRelease.bundle"


@contextlib.contextmanager
def _locked(name: str) -> Iterator[None]:
    """Serialises clone/build across processes (parallel tests, two pipeline runs)."""
    cache = cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / f".{name}.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _bundle_id(bundle: Path) -> str:
    st = bundle.stat()
    return f"{st.st_size}:{int(st.st_mtime)}"


def ensure_source() -> Path:
    """Clones the bundled llama.cpp source into the cache (again if node-llama-cpp changed); returns its path."""
    bundle = bundle_path()
    if not bundle.is_file():
        raise ToolMissingError(
            f"{bundle} is missing: run `npm install` at the repository root (node-llama-cpp ships llama.cpp's source)."
        )
    src = cache_dir() / "src"
    stamp = cache_dir() / "src.bundle-id"
    want = _bundle_id(bundle)
    with _locked("src"):
        if (src / "convert_hf_to_gguf.py").is_file() and stamp.is_file() and stamp.read_text() == want:
            return src
        if src.exists():
            subprocess.run(["rm", "-rf", str(src)], check=True)
        run = subprocess.run(["git", "clone", "-q", str(bundle), str(src)], capture_output=True, text=True)
        if run.returncode != 0:
            raise ToolFailedError(f"git clone of {bundle} failed", stderr=run.stderr)
        stamp.write_text(want)
    return src


def source_commit() -> str:
    src = ensure_source()
    out = subprocess.run(["git", "-C", str(src), "rev-parse", "HEAD"], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def convert_hf_to_gguf(
    model_dir: Path,
    out: Path,
    outtype: str = "f16",
    *,
    model_name: str | None = None,
    metadata_file: Path | None = None,
) -> Path:
    """Runs llama.cpp's ``convert_hf_to_gguf.py`` (with its own ``gguf-py``) on a transformers model folder."""
    if outtype not in CONVERTER_OUTTYPES:
        raise InvalidInputError(f"outtype must be one of {', '.join(CONVERTER_OUTTYPES)}, got {outtype!r}")
    model_dir = Path(model_dir)
    if not (model_dir / "config.json").is_file():
        raise InvalidInputError(f"{model_dir} is not a transformers model folder (no config.json)")
    src = ensure_source()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, str(src / "convert_hf_to_gguf.py"), str(model_dir), "--outfile", str(out), "--outtype", outtype]
    if model_name:
        cmd += ["--model-name", model_name]
    if metadata_file:
        cmd += ["--metadata", str(metadata_file)]
    env = {**os.environ, "PYTHONPATH": str(src / "gguf-py")}
    env.pop("NO_LOCAL_GGUF", None)
    run = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if run.returncode != 0 or not out.is_file():
        raise ToolFailedError(f"convert_hf_to_gguf.py failed for {model_dir}", stderr=run.stderr + run.stdout)
    return out
