"""Seconds per simulated year and peak memory for a municipality (default Middelstad, sectoral).

Usage: python benchmarks/bench_middelstad.py [--scenario sectoraal] [--years 10] [--warmup 0]
       [--inhabitants N] [--repeat 3] [--seconds 3] [--megabytes 200]

Times the model run only (building the model included, output tables excluded), in this process
on one core, by CPU time (``time.process_time``, what a busy machine disturbs least) and by
wall-clock time; prints the best of ``--repeat`` runs, the peak resident memory of the process
and the command that produced them, and checks them against the targets ``--seconds`` (CPU of
the best run) and ``--megabytes`` (peak memory of the process, interpreter and imports included).
``--scenario grote-stad`` is the city of 900,000 (targets 30 s and 1,000 MB).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_common import command_line, machine, peak_memory_mb, target

from sim.model import MunicipalityModel
from sim.params.scenario import load_scenario


def time_one(scenario, seed: int) -> tuple[float, float, int]:
    """CPU seconds, wall seconds and number of episodes of one run."""
    cpu, wall = time.process_time(), time.perf_counter()
    model = MunicipalityModel(scenario, seed).run()
    return time.process_time() - cpu, time.perf_counter() - wall, len(model.episodes.records)


def main() -> None:
    """Time the chosen scenario's runs and print wall and CPU seconds and peak memory."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default="sectoraal")
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--warmup", type=float, default=0.0)
    parser.add_argument("--inhabitants", type=int)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=3.0, help="target: CPU seconds of the best run")
    parser.add_argument("--megabytes", type=float, default=200.0, help="target: peak memory of the process")
    args = parser.parse_args()
    overrides = {"simulation.years": args.years, "simulation.warmup_years": args.warmup}
    if args.inhabitants:
        overrides["population.inhabitants"] = args.inhabitants
    scenario = load_scenario(args.scenario, overrides)
    timings = [time_one(scenario, seed) for seed in range(args.repeat)]
    cpu, wall = min(t[0] for t in timings), min(t[1] for t in timings)
    simulated = args.years + args.warmup
    print(f"command: {command_line()}")
    print(f"machine: {machine()}")
    print(f"{scenario.name}: {scenario['population.inhabitants']:,} inhabitants, {simulated:g} simulated years, "
          f"{timings[0][2]:,} episodes (seed 0)")
    print(f"best of {args.repeat}: CPU {cpu:.2f} s ({cpu / simulated:.3f} s per simulated year), "
          f"wall {wall:.2f} s ({wall / simulated:.3f} s per simulated year); peak memory {peak_memory_mb():,.0f} MB")
    what = f"{scenario.name} {scenario['population.inhabitants']:,}, {simulated:g} years"
    target(f"{what}, CPU", f"{cpu:.2f} s", f"<= {args.seconds:g} s", cpu <= args.seconds,
           f"{cpu / args.seconds:.2f}x the target")
    memory = peak_memory_mb()
    target(f"{what}, peak memory", f"{memory:,.0f} MB", f"<= {args.megabytes:,.0f} MB", memory <= args.megabytes,
           f"{memory / args.megabytes:.2f}x the target")


if __name__ == "__main__":
    main()
