"""Repeatability: a sweep stopped with SIGTERM (``kill``, a batch scheduler's limit) leaves no workers behind.

Story: a researcher's cluster job hits its time limit and the scheduler sends SIGTERM to
``integraal sweep``. The command must stop as Ctrl-C stops it: finished runs stay stored, the
pool's worker processes end, and the exit code is 130, so ``--resume`` can continue later.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[2]
EXPERIMENT = """\
name = "lang"
designs = ["sectoraal"]
reference = "sectoraal"
replications = 40
seed = 5
[base]
population.inhabitants = 6_000
[horizon]
years = 1.0
warmup_years = 1.0
"""

pytestmark = pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads processes from /proc")


def descendants(pid: int) -> set[int]:
    """The processes below ``pid`` (children, their children, ...), read from /proc."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found, todo = set(), [pid]
    while todo:
        here = todo.pop()
        children = {p for p, parent in parents.items() if parent == here}
        found |= children
        todo += children
    return found


def alive(pid: int) -> bool:
    """Running, not a zombie waiting to be reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_sigterm_keeps_finished_runs_and_ends_the_workers(tmp_path):
    (tmp_path / "lang.toml").write_text(EXPERIMENT)
    out = tmp_path / "out"
    sweep = subprocess.Popen([sys.executable, "-m", "sim", "sweep", str(tmp_path / "lang.toml"), "--out", str(out),
                              "--workers", "2"], cwd=PROJECT_DIR, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    deadline = time.monotonic() + 120
    while len(list((out / "runs").glob("*.json"))) < 2 and time.monotonic() < deadline and sweep.poll() is None:
        time.sleep(0.2)
    workers = descendants(sweep.pid)
    while len(workers) < 2 and time.monotonic() < deadline and sweep.poll() is None:
        time.sleep(0.2)
        workers |= descendants(sweep.pid)
    assert sweep.poll() is None, "the sweep ended before it could be stopped; make its runs longer"
    assert workers, "the sweep started no worker processes"
    os.kill(sweep.pid, signal.SIGTERM)
    _, err = sweep.communicate(timeout=120)
    assert sweep.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    time.sleep(3)
    left = [pid for pid in workers if alive(pid)]
    assert not left, f"worker processes still running after SIGTERM: {left}"
    stored = len(list((out / "runs").glob("*.json")))
    assert 2 <= stored < 40
