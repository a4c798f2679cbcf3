"""Train the default model once per seed and print a table: held-out accuracy overall and per question family,
blanked-image accuracy, and wall time, each checked against the main job's targets. Writes seeds.json too, which
scripts/results.py puts on the results page.

    python scripts/seeds.py --seeds 0 1 2 3 4 --out runs/seeds
"""

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

TARGETS = dict(overall=0.95, family=0.90, blanked=0.45, minutes=5.0)


def run_seed(seed: int, out: Path, extra: list) -> dict:
    "Run `nanovlm-train --seed seed` into `out/seed-N` and return its report with the wall time."
    run_dir = out / f'seed-{seed}'
    cmd = ['nanovlm-train', '--seed', str(seed), '--output-dir', str(run_dir), '--overwrite', *extra]
    t0 = time.time()
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(
            f"seeds: seed {seed} failed: {r.stderr.strip().splitlines()[-1] if r.stderr.strip() else r.returncode}"
        )
    report = json.loads((run_dir / 'report.json').read_text())
    report['wall_minutes'] = (time.time() - t0) / 60
    return report


def row(seed: int, rep: dict) -> dict:
    "The figures of one seed and whether each meets its target."
    acc, blank = rep['accuracy'], rep['blank_accuracy']
    fams = {k.split('/')[-1]: v['accuracy'] for k, v in acc['categories'].items()}
    return dict(
        seed=seed,
        overall=acc['accuracy'],
        blanked=blank['accuracy'],
        minutes=rep['wall_minutes'],
        **fams,
        ok=acc['accuracy'] >= TARGETS['overall']
        and min(fams.values()) >= TARGETS['family']
        and blank['accuracy'] <= TARGETS['blanked']
        and rep['wall_minutes'] <= TARGETS['minutes'],
    )


def table(rows: list) -> str:
    "The rows as a markdown table, percentages for accuracies."
    cols = [k for k in rows[0] if k != 'ok'] + ['ok']
    fmt = lambda k, v: (
        f"{v:.1%}" if isinstance(v, float) and k != 'minutes' else f"{v:.1f}" if k == 'minutes' else str(v)
    )
    lines = ['| ' + ' | '.join(cols) + ' |', '|' + '---|' * len(cols)]
    lines += ['| ' + ' | '.join(fmt(k, r[k]) for k in cols) + ' |' for r in rows]
    return '\n'.join(lines)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--seeds', type=int, nargs='+', default=[0, 1, 2, 3, 4])
    p.add_argument('--out', type=Path, default=Path('runs/seeds'))
    p.add_argument('extra', nargs=argparse.REMAINDER, help='more nanovlm-train arguments, after --')
    a = p.parse_args(argv)
    extra = a.extra[1:] if a.extra[:1] == ['--'] else a.extra
    rows = [row(s, run_seed(s, a.out, extra)) for s in a.seeds]
    print(table(rows))
    print(
        f"targets: overall >= {TARGETS['overall']:.0%}, every family >= {TARGETS['family']:.0%}, "
        f"blanked <= {TARGETS['blanked']:.0%}, <= {TARGETS['minutes']:.0f} minutes"
    )
    a.out.mkdir(parents=True, exist_ok=True)
    (a.out / 'seeds.json').write_text(json.dumps(dict(targets=TARGETS, rows=rows), indent=1))


if __name__ == '__main__':
    main()
