#!/usr/bin/env bash
# medslm-tiny on the GPU machine: pretrain from scratch (several depths), LoRA fine-tune with the
# template through `medslm-train train`, merge, held-out eval; plus the pipeline's GPU-marked tests.
# Inputs (made on CPU first, carried in the git-ignored .gpu/): .gpu/data/{train,val,test,train-contexts}.jsonl
# from `medslm-train prepare` + `pretrain contexts`, and .gpu/tok from tokenizer_train.
# Usage: OUT=/some/dir training/scripts/gpu-tiny.sh [LAYERS...]   (default: 4 8)
# CPU smoke: OUT=/tmp/o PRETRAIN_SECONDS=1 PRETRAIN_ARGS="--eval-every 1" TRAIN_ARGS="--max-steps 2 ..." ... 1
set -uo pipefail
cd "$(dirname "$0")/../.."
export PYTHONPATH=training/src PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
OUT="${OUT:?set OUT}"
LAYERS=("${@:-4 8}")
# shellcheck disable=SC2206
LAYERS=(${LAYERS[*]})
PRETRAIN_SECONDS="${PRETRAIN_SECONDS:-90}"
py=python3

nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader | tee "$OUT/gpu.txt"
$py -c "import torch,transformers,peft;print('torch',torch.__version__,'transformers',transformers.__version__,'peft',peft.__version__)" | tee -a "$OUT/gpu.txt"

if [[ -d training/tests ]]; then
  timeout 180 $py -m pytest training/tests -m gpu -q -p no:cacheprovider 2>&1 | tail -n 30 | tee "$OUT/pytest-gpu.txt"
fi

for L in "${LAYERS[@]}"; do
  run=.gpu/runs/tiny-l$L
  mkdir -p "$run"
  echo "=== tiny-l$L: pretrain ==="
  timeout $((PRETRAIN_SECONDS + 90)) $py -m medslm_train.pretrain \
    --train .gpu/data/train.jsonl .gpu/data/train-contexts.jsonl --val .gpu/data/val.jsonl \
    --tokenizer-dir .gpu/tok --output-dir "$run/base" --num-layers "$L" \
    --hidden-size 256 --num-heads 8 --num-kv-heads 4 --intermediate-size 768 --max-position-embeddings 2048 \
    --seq-len 1024 --batch-size 16 --epochs "${PRETRAIN_EPOCHS:-10}" --lr 2e-3 --warmup-steps 100 --eval-every 100 \
    --max-seconds "$PRETRAIN_SECONDS" --samples 3 ${PRETRAIN_ARGS:-} || { echo "pretrain l$L failed"; continue; }
  echo "=== tiny-l$L: LoRA fine-tune (medslm-train train) ==="
  timeout 150 $py -m medslm_train train --config training/configs/gpu-tiny-lora.yaml \
    --base-model "$run/base/best" --output-dir "$run/lora" ${TRAIN_ARGS:-} || { echo "train l$L failed"; continue; }
  $py -m medslm_train merge --adapter "$run/lora/adapter-best" --out "$run/merged" --dtype float16 || continue
  echo "=== tiny-l$L: held-out eval (base vs fine-tuned) ==="
  $py -m medslm_train.pretrain eval --model "$run/base/best" --data .gpu/data/val.jsonl .gpu/data/test.jsonl \
    --samples 0 --out "$run/eval-base.json"
  $py -m medslm_train.pretrain eval --model "$run/merged" --data .gpu/data/val.jsonl .gpu/data/test.jsonl \
    --samples 3 --out "$run/eval-merged.json"
  # One file per model back to this machine: merged weights (fp16) + every metric and summary.
  tar -czf "$OUT/tiny-l$L.tar.gz" -C "$run" merged base/metrics.jsonl base/summary.json \
    lora/metrics.jsonl lora/train-summary.json lora/train-config.json lora/loss-curve.png eval-base.json eval-merged.json
  ls -la "$OUT"
done
