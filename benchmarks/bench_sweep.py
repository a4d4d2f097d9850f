"""Speed-up of a sweep with 2 process workers against 1 (``integraal sweep --executor process``).

Usage: python benchmarks/bench_sweep.py [--experiment benchmarks/sweep-bench.toml] [--workers 1 2]

Runs the whole command, as a user would, once per worker count into a temporary folder, and
reports runs per second by wall-clock time (what parallel workers improve), the CPU time of the
sweep command itself, the summed run time inside the workers (each run's ``seconds`` in
``runs/*.json``; the pool's forkserver workers are not this process's children, so their CPU time
cannot be read here; on a quiet machine the two agree), and the throughput of each worker count
against one worker (target >= 1.9x for 2). Interpreter start-up, imports and writing the results
folder are included (printed as the time outside the runs): they are the same for any number of
workers, so a sweep of short runs cannot reach 2x; on a busy machine the figures say more about
the load than the code.

Last, a plan of absurd size: the same experiment with 100,000,000,000 replications must be
refused (exit 2) in under a second of wall time with bounded memory (at most 200 MB), the plan
validated without being built.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import child_usage, command_line, machine, target

HERE = Path(__file__).resolve().parent


def run_sweep(experiment: Path, workers: int) -> tuple[float, float, float, int]:
    """Time one sweep: wall and CPU seconds, seconds in the workers, runs done.

    Wall seconds, CPU seconds of the sweep command, summed run seconds in the workers, and
    runs done of one sweep.
    """
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "results"
        command = [sys.executable, "-m", "sim", "sweep", str(experiment), "--executor", "process",
                   "--workers", str(workers), "--out", str(out)]
        wall, cpu, _, code = child_usage(command, cwd=HERE.parent)
        if code != 0:
            raise SystemExit(f"{' '.join(command)} exited with {code}")
        runs = json.loads((out / "manifest.json").read_text())["runs_done"]
        in_workers = sum(json.loads(p.read_text())["seconds"] for p in (out / "runs").glob("*.json"))
    return wall, cpu, in_workers, runs


def absurd_plan(experiment: Path) -> None:
    """``integraal sweep`` of ``experiment`` with 10**11 replications: refused fast, with little memory."""
    with tempfile.TemporaryDirectory() as tmp:
        absurd = Path(tmp) / "absurd.toml"
        absurd.write_text(experiment.read_text().replace("replications = 4", "replications = 100000000000"))
        wall, _, memory, code = child_usage([sys.executable, "-m", "sim", "sweep", str(absurd), "--out",
                                             str(Path(tmp) / "out")], cwd=HERE.parent)
    print(f"  absurd plan (10**11 replications): exit code {code} in {wall:.2f} s wall, peak {memory:,.0f} MB")
    target("sweep plan of 10**11 runs refused", f"exit {code}, {wall:.2f} s, {memory:,.0f} MB",
           "exit 2, < 1 s, <= 200 MB", code == 2 and wall < 1.0 and memory <= 200, "")


def main() -> None:
    """Time a sweep of Middelstad-size runs and print the time spent outside the runs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--experiment", type=Path, default=HERE / "sweep-bench.toml")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    results = {n: run_sweep(args.experiment, n) for n in args.workers}
    print(f"command: {command_line()}")
    print(f"machine: {machine()}")
    base_wall, _, _, base_runs = results[args.workers[0]]
    for workers, (wall, cpu, in_workers, runs) in results.items():
        speedup = (runs / wall) / (base_runs / base_wall)
        print(
            f"  {workers} worker(s): {runs} runs in {wall:.1f} s wall ({runs / wall:.2f} runs/s); sweep command "
            f"{cpu:.1f} s CPU, runs {in_workers:.1f} s in the workers, about {wall - in_workers / workers:.1f} s wall "
            f"outside the runs (start-up, imports, writing); throughput {speedup:.2f}x that of "
            f"{args.workers[0]} (target >= 1.9x for 2)"
        )
    if len(results) > 1:
        wall, _, _, runs = results[args.workers[-1]]
        speedup = (runs / wall) / (base_runs / base_wall)
        target(f"sweep throughput, {args.workers[-1]} process workers", f"{speedup:.2f}x",
               f">= 1.9x {args.workers[0]} worker", speedup >= 1.9, f"{base_wall:.1f} s -> {wall:.1f} s wall")
    absurd_plan(args.experiment)


if __name__ == "__main__":
    main()
