#!/usr/bin/env bash
# 7B-scale LoRA throughput ablation on the GPU machine (Mistral-7B-v0.3 architecture, random bf16
# weights): the plain transformers + peft baseline and each optimisation, in one process.
# Inputs carried in .gpu/: data/train.jsonl (prepare) and tok/ (tokenizer_train).
# Usage: OUT=/some/dir training/scripts/gpu-bench.sh [extra bench_throughput options]
set -uo pipefail
cd "$(dirname "$0")/../.."
export PYTHONPATH=training/src PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
OUT="${OUT:?set OUT}"
nvidia-smi --query-gpu=name,memory.total,driver_version,clocks.max.sm --format=csv,noheader | tee "$OUT/gpu.txt"
python3 -m medslm_train.bench_throughput --data .gpu/data/train.jsonl --tokenizer-dir .gpu/tok \
  --out "$OUT/bench-7b.json" "$@"
