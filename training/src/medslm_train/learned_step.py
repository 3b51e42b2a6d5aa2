"""What the three trainers of the SDK's learned safety steps share (triage, scope and name models):
the held-out list they must never read, the common argument checks, and int8 quantisation."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from medslm_train.errors import InvalidInputError


def held_out_names(eval_dir: Path) -> set[str]:
    path = eval_dir / "held-out.json"
    if not path.is_file():
        raise InvalidInputError(f"{path} is missing: it lists the sets training must never read.")
    return set(json.loads(path.read_text())["sets"])


def check_threshold_and_bits(threshold: float, bits: int) -> None:
    if not 0 < threshold < 1:
        raise InvalidInputError(f"--threshold must be between 0 and 1, got {threshold}")
    if not 8 <= bits <= 24:
        raise InvalidInputError(f"--bits must be 8..24, got {bits}")


def under_root(root: Path, path: str) -> Path:
    """A path given on the command line: absolute as is, relative to the repository root otherwise."""
    return Path(path) if Path(path).is_absolute() else root / path


def quantize(w: np.ndarray) -> tuple[np.ndarray, float]:
    scale = float(np.abs(w).max() / 127) or 1.0
    return np.clip(np.round(w / scale), -127, 127).astype(np.int8), scale
