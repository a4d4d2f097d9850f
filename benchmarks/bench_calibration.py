"""Parameter recovery of ``integraal calibrate``, full size: a recovery table and the wall time.

Usage: python benchmarks/bench_calibration.py [--inhabitants 15000] [--points 60] [--waves 2]
       [--replications 2] [--warmup-years 3] [--years 3] [--workers 2]

A synthetic town is run at known values (sim.calibration.synthetic.TRUTH) with a seed no
candidate uses; its figures alone go into the ``[observed]`` table of a scenario that keeps
Middelstad's values, and ``integraal calibrate`` (the default method and size) fits the five
parameters back. Printed: per parameter the true value, the calibrated one, its 90% interval and
whether the interval holds the truth; the fit table; the wall time. The test of the same check,
sized to run in about a minute and a half, is tests/theory/test_calibration_recovery.py.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import command_line, machine, target

from sim.calibration.synthetic import TRUTH, observed_figures, recovery, write_town
from sim.cli import main as integraal


def options() -> argparse.Namespace:
    """The size of the synthetic town and of the calibration."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name, default in (("inhabitants", 15_000), ("points", 60), ("waves", 2), ("replications", 2),
                          ("workers", 2)):
        parser.add_argument(f"--{name}", type=int, default=default)
    parser.add_argument("--warmup-years", type=float, default=3.0)
    parser.add_argument("--years", type=float, default=3.0)
    return parser.parse_args()


def main() -> None:
    """Make the synthetic town, calibrate it and print the recovery table."""
    args = options()
    town = {"population.inhabitants": args.inhabitants}
    horizon = {"simulation.warmup_years": args.warmup_years, "simulation.years": args.years}
    with tempfile.TemporaryDirectory() as tmp:
        scenario = write_town(Path(tmp) / "town.toml", "sectoraal.toml", town,
                              observed_figures("sectoraal", TRUTH, {**town, **horizon}))
        started = time.perf_counter()
        code = integraal(["calibrate", str(scenario), "--warmup-years", str(args.warmup_years), "--years",
                          str(args.years), "--points", str(args.points), "--waves", str(args.waves),
                          "--replications", str(args.replications), "--workers", str(args.workers),
                          "--out", str(Path(tmp) / "cal")])
        wall = time.perf_counter() - started
        table = recovery(pd.read_csv(Path(tmp) / "cal" / "parameters.csv"), TRUTH)
    print(f"\ncommand: {command_line()}\nmachine: {machine()}")
    print(f"recovery (synthetic town of {args.inhabitants:,}, {args.warmup_years:g} + {args.years:g} years; "
          f"calibrate exit code {code}, {wall:.0f} s wall):")
    print(table.to_string(index=False, float_format=lambda v: f"{v:.4g}"))
    inside = int(table["inside"].sum())
    target("calibration recovery: known values inside their 90% interval", f"{inside} of {len(table)}",
           ">= 4 of 5", inside >= 4, f"{wall:.0f} s wall")


if __name__ == "__main__":
    main()
