#!/usr/bin/env bash
# The prepared GPU check (one script, a few minutes on one GPU): installs the package into the Python that has a
# CUDA build of torch, runs the notebook tests that touch CUDA paths, then scripts/gpu_check.py (training MFU in
# bf16, eager and compiled; greedy answers CUDA vs CPU; decode at batch 1 and 8). Without a GPU it says so and stops.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
export HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 WANDB_MODE=disabled TOKENIZERS_PARALLELISM=false MPLBACKEND=Agg

if ! "$PY" -c "import torch, sys; sys.exit(0 if torch.cuda.is_available() else 1)" 2>/dev/null; then
  echo "gpu_check: no CUDA device here; run it where a GPU is at hand"
  exit 1
fi
# the GPU machine has no network: use the packages it has, install only this one
"$PY" -m pip install -q --no-deps --no-build-isolation -e . || { echo "gpu_check: could not install the package"; exit 1; }
status=0
NBDEV_TEST="$(dirname "$("$PY" -c 'import sys; print(sys.executable)')")/nbdev-test"   # the one beside $PY
if [ -x "$NBDEV_TEST" ]; then
  echo "== notebook tests that touch CUDA paths"
  "$NBDEV_TEST" --file-re '^(02_devices|50_fast|51_benchmark)\.ipynb$' || status=1
else
  echo "gpu_check: nbdev is not installed here; notebook tests skipped"
fi
echo "== training, greedy parity, decoding"
"$PY" scripts/gpu_check.py || status=1
exit $status
