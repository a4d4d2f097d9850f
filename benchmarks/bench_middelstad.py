"""Seconds per simulated year and peak memory for a municipality (default Middelstad, sectoral).

Usage: python benchmarks/bench_middelstad.py [--scenario sectoraal] [--years 10] [--warmup 0]
       [--inhabitants N] [--repeat 3]

Times the model run only (building the model included, output tables excluded), in this process
on one core, by CPU time (``time.process_time``, what a busy machine disturbs least) and by
wall-clock time; prints the best of ``--repeat`` runs, the peak resident memory of the process
and the command that produced them. ``--scenario grote-stad`` is the city of 900,000.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_common import command_line, machine, peak_memory_mb

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


if __name__ == "__main__":
    main()
