"""Seconds per simulated year and peak memory for a municipality (default Middelstad, sectoral).

Usage: python benchmarks/bench_middelstad.py [--scenario sectoraal] [--years 10] [--warmup 0]
       [--inhabitants N] [--repeat 3]

Times the model run only (building the model included, output tables excluded), in this process
on one core; prints the best of ``--repeat`` runs and the command that produced it.
"""

from __future__ import annotations

import argparse
import platform
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sim.model import MunicipalityModel  # noqa: E402
from sim.scenario import load_scenario  # noqa: E402


def time_one(scenario, seed: int) -> tuple[float, int]:
    started = time.perf_counter()
    model = MunicipalityModel(scenario, seed).run()
    return time.perf_counter() - started, len(model.records)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default="sectoraal")
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--warmup", type=float, default=0.0)
    parser.add_argument("--inhabitants", type=int)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    overrides = {"simulation.years": args.years, "simulation.warmup_years": args.warmup}
    if args.inhabitants:
        overrides["population.inhabitants"] = args.inhabitants
    scenario = load_scenario(args.scenario, overrides)
    timings = [time_one(scenario, seed) for seed in range(args.repeat)]
    best, episodes = min(timings)
    simulated = args.years + args.warmup
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"command: python benchmarks/bench_middelstad.py {' '.join(sys.argv[1:])}")
    print(f"machine: {platform.machine()}, Python {platform.python_version()}")
    print(f"{scenario.name}: {scenario['population.inhabitants']:,} inhabitants, {simulated:g} simulated years, "
          f"{episodes:,} episodes")
    print(f"best of {args.repeat}: {best:.2f} s, {best / simulated:.3f} s per simulated year; peak memory {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
