#!/usr/bin/env bash
# The whole test suite: TypeScript packages (turbo builds first), then the Python training package.
set -euo pipefail
cd "$(dirname "$0")/.."
npx turbo run build --output-logs=errors-only
npx turbo run test --concurrency=1 --output-logs=full
bash training/scripts/install-ci.sh
python3 -m pytest training/tests -q
