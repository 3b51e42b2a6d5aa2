#!/usr/bin/env bash
# The whole test suite: build, type-check and lint the TypeScript packages, run their tests,
# then the Python training package's tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1
# Python first: the native-model tests build their fixture GGUF with the training package.
bash training/scripts/install-ci.sh
npx turbo run build --output-logs=errors-only
npx turbo run typecheck --output-logs=errors-only
npx turbo run lint --output-logs=errors-only
npx turbo run test --concurrency=1 --output-logs=full
python3 -m pytest training/tests -q
