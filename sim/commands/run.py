"""``integraal run SCENARIO``: run one scenario, print its KPI table and write its tables.

Everything is checked before the simulation starts (the scenario, ``--years``, the output
folder), and the tables appear all at once at the end: Ctrl-C part-way leaves no folder.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
from pathlib import Path

from sim.output.kpi_format import format_kpis
from sim.output.quintiles import quintile_table
from sim.output.tables import write_tables
from sim.output.waiting_format import caution, format_waiting, waiting_lists
from sim.params.errors import InputError
from sim.params.load import load_warnings
from sim.params.scenario import load_scenario
from sim.study.progress import ProgressBar
from sim.study.simulate import simulate


def seed_number(text: str) -> int:
    """``--seed``: a whole number >= 0 (numpy seeds cannot be negative)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0, got {value}")
    return value


def register(parser) -> None:
    """Add the options of ``integraal run``."""
    parser.add_argument("scenario", help="a scenario file, or the name of a bundled one")
    parser.add_argument("--seed", type=seed_number, default=0, help="root seed, a whole number >= 0 (default 0)")
    parser.add_argument("--years", type=float, help="measured years (default: the scenario's)")
    parser.add_argument("--out", type=Path, help="output folder (default out/<scenario>-seed<N>)")
    parser.add_argument("--force", action="store_true", help="replace an existing output folder")
    parser.add_argument("--json", action="store_true", help="print the KPIs as JSON")
    parser.set_defaults(func=main)


def main(args) -> int:
    """Run one scenario once, print its KPIs and write its tables."""
    scenario = load_scenario(args.scenario)
    if args.years is not None:
        scenario = _with_years(scenario, args.years)
    out = args.out or Path("out") / f"{Path(scenario.path).stem}-seed{args.seed}"
    check_output_folder(out, args.force)
    for warning in load_warnings(scenario):
        print(warning, file=sys.stderr)
    bar = ProgressBar(f"{scenario.name} seed {args.seed}")
    try:
        result = simulate(scenario, args.seed, progress=bar)
    finally:
        bar.close()
    write_tables(result.all_tables(), out, force=args.force)
    if args.json:
        print(json.dumps({k: (None if isinstance(v, float) and math.isnan(v) else v)
                          for k, v in result.kpis.items()}, indent=2))
    else:
        stability, waits = waiting_lists(result.tables, scenario)
        if warning := caution(stability):
            print(warning + "\n")
        print(format_kpis(result.kpis, f"{scenario.name} (seed {args.seed})"))
        print("\n" + quintile_table(result.kpis.get, "By vulnerability quintile"))
        print("\n" + format_waiting(stability, waits))
        print(f"\ntables written to {out}/")
    return 0


def _with_years(scenario, years: float):
    try:
        return scenario.with_overrides({"simulation.years": years}, "command line")
    except InputError as exc:
        raise InputError("command line", "--years", exc.message) from None


def check_output_folder(out: Path, force: bool) -> None:
    """Refuse to overwrite results unless asked to, before anything runs."""
    if out.exists() and not (force and out.is_dir()):
        what = "is a file" if not out.is_dir() else "folder exists; pass --force to replace it"
        raise InputError(str(out), "--out", f"{what}; expected a new folder name")
    probe = out.absolute().parent
    while not probe.exists():
        probe = probe.parent
    try:
        os.rmdir(tempfile.mkdtemp(prefix=".probe.", dir=probe))
    except OSError as exc:
        raise InputError(str(out), "--out", f"cannot write in {probe} ({exc.strerror}); "
                         "expected a folder you may write in") from None
