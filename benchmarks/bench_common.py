"""What every benchmark prints next to its figures: the command line and the machine."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import resource
import subprocess
import sys
from pathlib import Path


def command_line() -> str:
    """The command that produced the figures, as typed from the repository root."""
    script = Path(sys.argv[0]).resolve()
    with contextlib.suppress(ValueError):  # run from outside the repository: keep the absolute path
        script = script.relative_to(Path.cwd())
    return " ".join(["python", str(script), *sys.argv[1:]])


def machine() -> str:
    """CPU model, cores, load and Python version: wall-clock figures depend on all four."""
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [
            line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines() if line.startswith("model name")
        ]
        model = names[0] if names else model
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"{model}, {os.cpu_count()} cores, load {load}; Python {platform.python_version()}"


def peak_memory_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


LAUNCHER = """
import json, os, subprocess, sys, time
wall = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
print(json.dumps([time.perf_counter() - wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
                  os.waitstatus_to_exitcode(status)]))
"""
"""Runs a command and prints its wall and CPU seconds, peak memory and exit code. A child forked
from this (large) process would report this process's memory as its own peak (Linux copies the
high-water mark with the address space); a child of the small launcher does not."""


def child_usage(command: list[str], cwd: Path | None = None) -> tuple[float, float, float, int]:
    """Run ``command`` as a whole process: wall seconds, CPU seconds, peak memory in MB, exit code.

    The child's own resource usage (``os.wait4`` in :data:`LAUNCHER`): interpreter start-up,
    imports and writing included, as a user running the command sees it.
    """
    launched = subprocess.run([sys.executable, "-c", LAUNCHER, *command], cwd=cwd, capture_output=True,
                              text=True, check=True)
    return tuple(json.loads(launched.stdout))


def target(name: str, figure: str, goal: str, met: bool, peer: str = "") -> None:
    """Print one target line; ``make bench`` collects these lines into its summary."""
    print(f"TARGET | {name} | {figure} | {goal} | {'met' if met else 'NOT met'} | {peer}")
