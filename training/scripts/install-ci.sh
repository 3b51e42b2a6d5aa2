#!/usr/bin/env bash
# Installs the training package (editable) and its test deps from this machine's local wheel mirror.
# Idempotent: a second run only checks and returns in about a second.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
py="${PYTHON:-python3}"

if "$py" - "$here" <<'PY' 2>/dev/null; then
import importlib.util, sys, pathlib
need = ["torch", "transformers", "peft", "accelerate", "safetensors", "sentencepiece", "yaml", "tqdm", "matplotlib", "pytest", "google.protobuf"]
missing = [m for m in need if importlib.util.find_spec(m) is None]
import medslm_train  # installed (editable) and pointing at this checkout?
ok = not missing and pathlib.Path(medslm_train.__file__).resolve().is_relative_to(pathlib.Path(sys.argv[1]).resolve())
sys.exit(0 if ok else 1)
PY
  echo "medslm-train: already installed"
  exit 0
fi

mirror=(--index-url file:///opt/pypi/simple --extra-index-url file:///opt/pypi-more/simple --find-links /opt/wheels)
# CPU torch: the newest torch in the mirror is a CUDA build; pin the CPU wheel from /opt/wheels when present.
torch_whl="$(ls /opt/wheels/torch-*+cpu-*.whl 2>/dev/null | sort -V | tail -n1 || true)"
if ! "$py" -c "import torch" 2>/dev/null; then
  if [[ -n "$torch_whl" ]]; then
    "$py" -m pip install -q "${mirror[@]}" "$torch_whl"
  else
    "$py" -m pip install -q "${mirror[@]}" --extra-index-url https://download.pytorch.org/whl/cpu torch
  fi
fi
"$py" -m pip install -q "${mirror[@]}" -e "$here[test]"
echo "medslm-train: installed"
