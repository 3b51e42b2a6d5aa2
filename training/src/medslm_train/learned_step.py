"""What the three trainers of the SDK's learned safety steps share (triage, scope and name models):
the held-out list they must never read, the common argument checks, and int8 quantisation."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from medslm_train.errors import InvalidInputError
from medslm_train.node_bridge import run_core_script

# The hashed text features of each message's redacted form, from the built SDK itself (the one
# featuriser training and inference share), and whether the scope rules already refuse it.
FEATURIZE = """
const { SafetyPipeline, hashedTextFeatures } = await import(CORE);
const { createInterface } = await import("node:readline");
const pipeline = new SafetyPipeline();
const bits = BITS;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line) continue;
  const text = JSON.parse(line);
  let v = null;
  try { v = pipeline.checkInputSync(text); } catch {}
  console.log(JSON.stringify(v === null ? null : { redacted: v.redacted, rulesRefuse: !v.scope.allowed, rulesLevel: v.triage.level, features: hashedTextFeatures(v.redacted, bits) }));
}
"""


def hashed_text_features(texts: list[str], bits: int, timeout: float) -> list[dict | None]:
    """One entry per text: {redacted, rulesRefuse, features}, or None for text the pipeline refuses as input."""
    out = run_core_script(FEATURIZE.replace("BITS", str(bits)), "\n".join(json.dumps(t) for t in texts), timeout=timeout)
    return [json.loads(line) for line in out.splitlines()]


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
