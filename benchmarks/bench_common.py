"""What every benchmark prints next to its figures: the command line and the machine."""

from __future__ import annotations

import contextlib
import os
import platform
import resource
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
