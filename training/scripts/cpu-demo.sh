#!/usr/bin/env bash
# The whole pipeline on CPU with a toy base model: the numbers in README.md "CPU demo run".
# Data: the shared development sets ($DATA, never committed); outputs under training/runs/ (git-ignored).
# About 20 minutes on a busy 2-core machine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
DATA="${DATA:-/work/shared/data}"
RUN=training/runs/tiny-lora
G=$RUN/gguf/medslm-tiny-demo
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"   # tiny model: one thread beats two on a shared CPU
t() { date +%s; }

t0=$(t)
python3 -m medslm_train.fixtures tiny-hf --out training/runs/tiny-base \
  --hidden-size 256 --intermediate-size 768 --num-layers 4 --train-steps 300
medslm-train prepare --out-dir training/runs/data --tokenizer training/runs/tiny-base \
  --alpaca "genmedgpt-5k=$DATA/genmedgpt-5k.json" --pubmedqa "$DATA/pubmedqa-pqal.json" \
  --disease-table "$DATA/disease-database.csv"
t1=$(t)
medslm-train train --config training/configs/tiny-cpu.yaml --no-progress --resume none
t2=$(t)
medslm-train merge --adapter $RUN/adapter --out $RUN/merged --dtype float32
medslm-train export --model $RUN/merged --out-dir $RUN/gguf --name medslm-tiny-demo --license apache-2.0
t3=$(t)
medslm-train evaluate parity --model $RUN/merged --gguf $G.F16.gguf --tokens 32 --out $RUN/parity.json
medslm-train evaluate perplexity --gguf $G.F16.gguf $G.Q8_0.gguf $G.Q4_K_M.gguf \
  --data training/runs/data/test.jsonl --max-texts 200 --model $RUN/merged --out $RUN/perplexity.json
medslm-train modelfile $G.Q4_K_M.gguf
t4=$(t)
printf '{"base_and_prepare_s": %d, "train_s": %d, "merge_export_s": %d, "evaluate_s": %d}\n' \
  $((t1 - t0)) $((t2 - t1)) $((t3 - t2)) $((t4 - t3)) | tee $RUN/timings.json
