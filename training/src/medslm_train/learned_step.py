"""What the three trainers of the SDK's learned safety steps share (triage, scope and name models):
the held-out list they must never read, the common argument checks, and int8 quantisation."""

from __future__ import annotations

import base64
import json
import math
import zlib
from collections.abc import Iterator, Sequence
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


def bag_batches(features: Sequence[list[int]], batch_size: int, epochs: int, seed: int, normalise: bool) -> Iterator[tuple[list[int], object, object, object]]:
    """The minibatches of the hidden-layer trainers, epoch after epoch in a seeded random order: each
    as (row indices, flat feature indices, offsets, per-sample weights), the input of torch's
    EmbeddingBag (sum). With `normalise`, each feature of a row weighs 1/sqrt(#features), as the SDK
    scores whole messages; without it (per-word steps) the weights are None."""
    import torch

    gen = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        perm = torch.randperm(len(features), generator=gen).tolist()
        for k in range(0, len(features), batch_size):
            idx = perm[k : k + batch_size]
            flat: list[int] = []
            offsets: list[int] = []
            weights: list[float] = []
            for i in idx:
                f = features[i]
                offsets.append(len(flat))
                flat += f
                if normalise:
                    weights += [1 / math.sqrt(max(1, len(f)))] * len(f)
            yield idx, torch.tensor(flat, dtype=torch.long), torch.tensor(offsets, dtype=torch.long), torch.tensor(weights) if normalise else None


def hidden_layer_fields(scale: float, hidden_bias: np.ndarray, output: np.ndarray, bias) -> dict:
    """What every version 2 model file holds of its hidden layer (the int8 rows go in ``weights``)."""
    out = {"scale": scale, "hiddenBias": [float(x) for x in hidden_bias], "output": [float(x) for x in np.ravel(output)]}
    out["bias" if np.ndim(bias) == 0 else "biases"] = float(bias) if np.ndim(bias) == 0 else [float(x) for x in bias]
    return out


def encoded_weights(q: np.ndarray) -> dict:
    """A model file's int8 weights: deflated (a hidden layer's rows are large; the SDK inflates them
    with node:zlib), then base64."""
    return {"weights": base64.b64encode(zlib.compress(q.tobytes(), 9)).decode(), "weightsEncoding": "deflate"}
