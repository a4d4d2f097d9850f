"""``integraal run SCENARIO``: run one scenario, print its KPI table and write its tables."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

from sim.errors import InputError
from sim.kpi_format import format_kpis
from sim.progress import ProgressBar
from sim.run import simulate
from sim.scenario import load_scenario
from sim.tables import write_tables


def register(sub) -> None:
    parser = sub.add_parser("run", help="run one scenario and write its tables")
    parser.add_argument("scenario", help="a scenario file, or the name of a bundled one")
    parser.add_argument("--seed", type=int, default=0, help="root seed (default 0)")
    parser.add_argument("--years", type=float, help="measured years (default: the scenario's)")
    parser.add_argument("--out", type=Path, help="output folder (default out/<scenario>-seed<N>)")
    parser.add_argument("--force", action="store_true", help="replace an existing output folder")
    parser.add_argument("--json", action="store_true", help="print the KPIs as JSON")
    parser.set_defaults(func=main)


def main(args) -> int:
    scenario = load_scenario(args.scenario)
    out = args.out or Path("out") / f"{Path(scenario.path).stem}-seed{args.seed}"
    check_output_folder(out, args.force)
    bar = ProgressBar(f"{scenario.name} seed {args.seed}")
    try:
        result = simulate(scenario, args.seed, years=args.years, progress=bar)
    finally:
        bar.close()
    write_tables(result.all_tables(), out, force=args.force)
    if args.json:
        print(json.dumps({k: (None if isinstance(v, float) and math.isnan(v) else v)
                          for k, v in result.kpis.items()}, indent=2))
    else:
        print(format_kpis(result.kpis, f"{scenario.name} (seed {args.seed})"))
        print(f"\ntables written to {out}/")
    return 0


def check_output_folder(out: Path, force: bool) -> None:
    """Refuse to overwrite results unless asked to, before anything runs."""
    if out.exists() and not force:
        raise InputError(str(out), "--out", "folder exists; pass --force to replace it")
    probe = out.parent
    while not probe.exists():
        probe = probe.parent
    if not os.access(probe, os.W_OK):
        raise InputError(str(out), "--out", f"cannot write in {probe}")
