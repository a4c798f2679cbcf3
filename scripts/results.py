"""Write the project's results page from what the tools produced: a `nanovlm-train` run's `report.json` and a
`nanovlm-bench --output` JSON file. Every figure on the page comes from those files; nothing is typed by hand.

    python scripts/results.py --train runs/nanovlm-tiny --bench bench.json --out nbs/results.md
"""

import argparse, json, sys
from pathlib import Path
from nanovlm.train import report_table
from nanovlm.bench import format_figures


def read_json(path: Path, what: str) -> dict:
    "The JSON object in `path`, or exit with one line saying what is missing."
    try:
        return json.loads(path.read_text())
    except FileNotFoundError:
        sys.exit(f"results: no {what} at {path}")
    except json.JSONDecodeError as e:
        sys.exit(f"results: {path} is not valid JSON ({e})")


def train_section(run_dir: Path) -> list:
    "Markdown lines for the main job: the command, its wall time, and held-out accuracy per family."
    rep = read_json(run_dir / 'report.json', 'training report (run `nanovlm-train` first)')
    cfg = read_json(run_dir / 'train_config.json', 'train_config.json')
    out = [
        '## The main job',
        '',
        f"`nanovlm-train` (preset `tiny`, {cfg.get('max_steps')} steps, seed {cfg.get('seed')}): "
        f"{rep['minutes']:.1f} minutes from start to report; "
        f"model `{rep['model']}` (best on validation, step {rep['best_step']}).",
        '',
    ]
    main_sh = run_dir / 'main_sh.json'
    if main_sh.exists():
        t = read_json(main_sh, 'main_sh.json')
        out += [
            f"`bash scripts/main.sh` (set up, install, train, answer a question): {t['total_minutes']:.1f} minutes, "
            f"{t['install_minutes']:.1f} of them installing.",
            '',
        ]
    if 'accuracy' in rep:
        out += [
            f"Held-out accuracy on {rep['on']}, and on the same questions with blanked images:",
            '',
            '```',
            report_table(rep),
            '```',
            '',
        ]
    return out


def seeds_section(path: Path) -> list:
    "Markdown lines for the main job over several seeds (the table scripts/seeds.py wrote)."
    rep = read_json(path, 'seeds table (run `python scripts/seeds.py` first)')
    sys.path.insert(0, str(Path(__file__).parent))
    from seeds import table

    t = rep['targets']
    return [
        '## The main job, seed by seed',
        '',
        table(rep['rows']),
        '',
        f"Targets: overall >= {t['overall']:.0%}, every family >= {t['family']:.0%}, "
        f"blanked <= {t['blanked']:.0%}, at most {t['minutes']:.0f} minutes a run.",
        '',
    ]


def bench_section(path: Path) -> list:
    "Markdown lines for the benchmark: the machine and every figure with its target."
    rep = read_json(path, 'benchmark output (run `nanovlm-bench --output FILE` first)')
    m = rep.get('machine', {})
    return [
        '## The benchmark',
        '',
        f"`nanovlm-bench` on {m.get('device', '?')}, {m.get('processor') or m.get('platform', '?')}, "
        f"torch {m.get('torch', '?')}, {m.get('torch_threads', '?')} threads on {m.get('cpu_count', '?')} cores, "
        f"run at {m.get('date', '?')}:",
        '',
        '```',
        format_figures(rep['figures']),
        '```',
        '',
    ]


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--train', type=Path, help='a nanovlm-train run directory (holds report.json)')
    p.add_argument('--bench', type=Path, help='a nanovlm-bench --output JSON file')
    p.add_argument('--seeds', type=Path, help='the seeds.json of scripts/seeds.py')
    p.add_argument('--out', type=Path, default=Path('nbs/results.md'))
    a = p.parse_args(argv)
    if not (a.train or a.bench or a.seeds):
        p.error('give --train, --seeds and/or --bench')
    lines = [
        '# Results',
        '',
        '> Headline figures, written by `scripts/results.py` from the tools\' own output files.',
        '',
        'Reproduce with `bash scripts/main.sh` (or `nanovlm-train`), `nanovlm-bench --output bench.json`, then '
        '`python scripts/seeds.py` (seed by seed), then '
        '`python scripts/results.py --train runs/nanovlm-tiny --seeds runs/seeds/seeds.json --bench bench.json`.',
        '',
    ]
    if a.train:
        lines += train_section(a.train)
    if a.seeds:
        lines += seeds_section(a.seeds)
    if a.bench:
        lines += bench_section(a.bench)
    a.out.write_text('\n'.join(lines))
    print(f"results: wrote {a.out}")


if __name__ == '__main__':
    main()
