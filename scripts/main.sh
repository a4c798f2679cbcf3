#!/usr/bin/env bash
# The main job on a fresh machine: set up, train the default model (tiny preset, from scratch, on the built-in
# shapes dataset, offline, minutes on a 2-core CPU), then ask the trained model about an image it never saw.
set -euo pipefail
cd "$(dirname "$0")/.."
START=$(date +%s)
export HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 TOKENIZERS_PARALLELISM=false MPLBACKEND=Agg

[ -d .venv ] || python3 -m venv .venv
. .venv/bin/activate
python -m pip install -q --upgrade pip
pip install -q torch==2.13.0          # the CPU build; install torch first so no CUDA build is pulled in
pip install -q -e .

INSTALLED=$(date +%s)
nanovlm-train --overwrite              # writes runs/nanovlm-tiny/ (checkpoint, loss curve, accuracy)

# a held-out image from the built-in set (a seed the training set never used) and a question about it
python - <<'PY'
from nanovlm.shapes import make_shapes_dataset
ex = make_shapes_dataset(1, seed=20261130)[0]
ex['images'][0].save('runs/nanovlm-tiny/example.png')
turn = ex['texts'][0]
open('runs/nanovlm-tiny/example_question.txt', 'w').write(turn['user'])
print(f"\nQuestion: {turn['user']}\nExpected: {turn['assistant']}")
PY
nanovlm-generate --model runs/nanovlm-tiny/final --image runs/nanovlm-tiny/example.png \
                 --prompt "$(cat runs/nanovlm-tiny/example_question.txt)"

# how long the whole job took, install included (scripts/results.py puts it on the results page)
python - "$START" "$INSTALLED" "$(date +%s)" <<'PY'
import json, sys
start, installed, end = map(int, sys.argv[1:])
times = dict(install_minutes=(installed - start) / 60, total_minutes=(end - start) / 60)
open('runs/nanovlm-tiny/main_sh.json', 'w').write(json.dumps(times, indent=1))
print(f"\nscripts/main.sh: done in {times['total_minutes']:.1f} min ({times['install_minutes']:.1f} of them installing)")
PY
