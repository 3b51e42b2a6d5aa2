"""What the three trainers of the SDK's learned safety steps share (triage, scope and name models):
the held-out list they must never read, the common argument checks, and int8 quantisation."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from medslm_train.errors import InvalidInputError
from medslm_train.node_bridge import run_core_script

# Each message's redacted form, whether the scope rules already refuse it, the rules' triage level,
# and FEATURES of it computed by the built SDK itself (the one featuriser training and inference
# share). SETUP runs once first; `core` is the SDK module.
FEATURIZE = """
const core = await import(CORE);
const { createInterface } = await import("node:readline");
const pipeline = new core.SafetyPipeline();
SETUP
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line) continue;
  const text = JSON.parse(line);
  let v = null;
  try { v = pipeline.checkInputSync(text); } catch {}
  console.log(JSON.stringify(v === null ? null : { redacted: v.redacted, rulesRefuse: !v.scope.allowed, rulesLevel: v.triage.level, features: FEATURES }));
}
"""


def pipeline_features(texts: list[str], features: str, timeout: float, setup: str = "") -> list[dict | None]:
    """One entry per text: {redacted, rulesRefuse, rulesLevel, features}, or None for text the pipeline
    refuses as input. `features` is a JavaScript expression over `v.redacted` (and what `setup` defines)."""
    script = FEATURIZE.replace("SETUP", setup).replace("FEATURES", features)
    out = run_core_script(script, "\n".join(json.dumps(t) for t in texts), timeout=timeout)
    return [json.loads(line) for line in out.splitlines()]


def hashed_text_features(texts: list[str], bits: int, timeout: float) -> list[dict | None]:
    """The word features (``hashedTextFeatures``) of each text's redacted form; see pipeline_features."""
    return pipeline_features(texts, f"core.hashedTextFeatures(v.redacted, {int(bits)})", timeout)


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
