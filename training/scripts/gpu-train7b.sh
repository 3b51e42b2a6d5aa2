#!/usr/bin/env bash
# The real `medslm-train train` step at Mistral-7B-v0.3 size on the GPU machine: plain config vs fast
# config (training/configs/gpu-7b-{plain,fast}.yaml), then a repeat of the bench's baseline and best
# variant to show run-to-run spread. Inputs carried in .gpu/ (data/, tok/).
set -uo pipefail
cd "$(dirname "$0")/../.."
export PYTHONPATH=training/src PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
OUT="${OUT:?set OUT}"
python3 -m medslm_train.bench_throughput --tokenizer-dir .gpu/tok --save-base /tmp/mistral-7b-random
for v in plain fast; do
  echo "=== train 7B: $v ==="
  timeout 200 python3 -m medslm_train train --config training/configs/gpu-7b-$v.yaml
  cp /tmp/train7b-$v/metrics.jsonl "$OUT/train7b-$v-metrics.jsonl"
  cp /tmp/train7b-$v/train-summary.json "$OUT/train7b-$v-summary.json"
done
rm -rf /tmp/mistral-7b-random
python3 -m medslm_train.bench_throughput --data .gpu/data/train.jsonl --tokenizer-dir .gpu/tok \
  --variants baseline packed_ce_flex_compile --out "$OUT/bench-7b-repeat.json" "$@"
