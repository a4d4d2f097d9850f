"""Customers per second and memory: integraal's degenerate M/M/c mode against SimPy and Ciw.

Usage: python benchmarks/bench_mmc.py [--customers 50000] [--lam 4] [--mean 1] [--servers 5] [--repeat 3]
       [--process-customers 300000] [--process-lam 8] [--process-servers 10]

Two comparisons of the same queue: Poisson arrivals at rate ``lam`` per day, exponential service
with mean ``mean`` days, ``servers`` servers, first come first served.

1. **Whole process** (the target): ``integraal run`` of an M/M/c scenario with about
   ``--process-customers`` customers (lambda 8 a day, c 10: 100 years for 292,000), as a user runs
   it (start-up, imports, the run, the KPIs and writing the tables included), against a process
   that runs the same number of customers in SimPy (and in Ciw) and prints their mean wait. Wall
   and CPU seconds and peak memory of each child process (``os.wait4``). Target: at least SimPy's
   customers per second, at most 200 MB.
2. **In one process** (``MunicipalityModel(scenario, seed).run()``, model build included, tables
   excluded) against SimPy and Ciw in the same process, best of ``--repeat`` by CPU time. The mean
   wait of each is printed next to Erlang C as a check that the three simulate the same queue.

Needs the ``bench`` extra (simpy, ciw).
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_common import child_usage, command_line, machine, target
from mmc_peers import PEERS

from sim.model import MunicipalityModel
from sim.params.scenario import load_scenario

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def erlang_c_wait(lam: float, mean: float, servers: int) -> float:
    """Mean wait in queue of an M/M/c queue (Erlang C)."""
    a = lam * mean
    below = sum(a ** k / math.factorial(k) for k in range(servers))
    top = a ** servers / math.factorial(servers) / (1 - a / servers)
    return top / (below + top) / (servers / mean - lam)


def run_integraal(args, seed: int) -> tuple[int, float]:
    """Customers recorded and their mean wait, in the model's M/M/c mode."""
    years = args.customers / args.lam / 365.0
    scenario = load_scenario("mmc", {"mmc.arrival_rate_per_day": args.lam, "mmc.service_mean_days": args.mean,
                                     "mmc.servers": args.servers, "simulation.years": years,
                                     "simulation.warmup_years": 0.0})
    model = MunicipalityModel(scenario, seed).run()
    waits = model.episodes.records.frame()["days_waited"]
    return len(waits), float(waits.mean())


def timed(function, *args) -> tuple[float, float, tuple]:
    """(CPU seconds, wall seconds, result) of one call."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = function(*args)
    return time.process_time() - cpu, time.perf_counter() - wall, result


def best_of(repeat: int, function, *args) -> tuple[float, float, tuple]:
    """The fastest wall and CPU seconds of ``repeat`` timed runs (seeds 0, 1, ...) and the first run's result."""
    runs = [timed(function, *args, seed) for seed in range(repeat)]
    return min(r[0] for r in runs), min(r[1] for r in runs), runs[0][2]


SCENARIO = """name = "M/M/c benchmark"
description = "bench_mmc.py: lambda {lam}/day, mean {mean} day, c {servers}"
[simulation]
mode = "mmc"
warmup_years = 0.0
years = {years!r}
[mmc]
arrival_rate_per_day = {lam!r}
service_mean_days = {mean!r}
servers = {servers}
"""


def whole_processes(args) -> None:
    """``integraal run`` of about ``--process-customers`` customers against SimPy and Ciw processes."""
    lam, servers = args.process_lam, args.process_servers
    with tempfile.TemporaryDirectory() as tmp:
        scenario, out = Path(tmp) / "mmc-bench.toml", Path(tmp) / "out"
        years = args.process_customers / lam / 365.0
        scenario.write_text(SCENARIO.format(lam=lam, mean=args.mean, servers=servers, years=years))
        usage = {"integraal": child_usage([sys.executable, "-m", "sim", "run", str(scenario), "--out", str(out)],
                                          cwd=ROOT)}
        with (out / "episodes.csv").open() as episodes:
            customers = sum(1 for _ in episodes) - 1
    peer = [str(customers), str(lam), str(args.mean), str(servers)]
    usage.update({name: child_usage([sys.executable, str(HERE / "mmc_peers.py"), name, *peer]) for name in PEERS})
    print(f"Whole process: M/M/c lambda {lam}/day, mean {args.mean} day, c {servers}, {customers:,} customers "
          f"({years:.1f} years); integraal run writes its tables, the peers print their mean wait")
    for name, (wall, cpu, memory, code) in usage.items():
        print(f"  {name:9s} {customers / wall:9,.0f} customers/s wall ({wall:.2f} s), {cpu:.2f} s CPU, "
              f"peak {memory:,.0f} MB{'' if code == 0 else f'; exit code {code}'}")
    rate = {name: customers / wall for name, (wall, _, _, _) in usage.items()}
    ratio = rate["integraal"] / rate["simpy"]
    target("M/M/c whole process, customers/s", f"{rate['integraal']:,.0f}/s ({customers:,} customers)",
           ">= SimPy's", ratio >= 1.0, f"{ratio:.2f}x SimPy, {rate['integraal'] / rate['ciw']:.2f}x Ciw")
    memory = usage["integraal"][2]
    target("M/M/c whole process, peak memory", f"{memory:,.0f} MB", "<= 200 MB", memory <= 200,
           f"SimPy {usage['simpy'][2]:,.0f} MB, Ciw {usage['ciw'][2]:,.0f} MB")


def in_one_process(args) -> None:
    """The model's run alone against SimPy and Ciw in this process, best of ``--repeat``."""
    results = {"integraal": best_of(args.repeat, run_integraal, args)}
    customers = results["integraal"][2][0]
    for name, peer in PEERS.items():
        results[name] = best_of(args.repeat, peer, customers, args.lam, args.mean, args.servers)
    print(f"In one process: M/M/c lambda {args.lam}/day, mean service {args.mean} day, c {args.servers}, "
          f"{customers:,} customers; Erlang C mean wait {erlang_c_wait(args.lam, args.mean, args.servers):.4f} days; "
          f"best of {args.repeat}")
    rate = {name: customers / cpu for name, (cpu, _, _) in results.items()}
    for name, (cpu, wall, (_, wait)) in results.items():
        print(f"  {name:9s} {rate[name]:9,.0f} customers/s CPU ({cpu:.2f} s), {customers / wall:9,.0f} wall "
              f"({wall:.2f} s); mean wait {wait:.4f}")
    print(f"  integraal / SimPy: {rate['integraal'] / rate['simpy']:.2f}x; integraal / Ciw: "
          f"{rate['integraal'] / rate['ciw']:.2f}x (CPU customers/s, the model's run only)")


def main() -> None:
    """Time the same M/M/c queue in the model, SimPy and Ciw, as whole processes and in one process."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=50_000)
    parser.add_argument("--lam", type=float, default=4.0)
    parser.add_argument("--mean", type=float, default=1.0)
    parser.add_argument("--servers", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--process-customers", type=int, default=300_000)
    parser.add_argument("--process-lam", type=float, default=8.0)
    parser.add_argument("--process-servers", type=int, default=10)
    args = parser.parse_args()
    print(f"command: {command_line()}")
    print(f"machine: {machine()}")
    whole_processes(args)
    in_one_process(args)


if __name__ == "__main__":
    main()
