"""Interface: ``validate`` and ``run`` warn in one line (exit 0) when a queue is over capacity."""

from __future__ import annotations

import subprocess
import sys

import pytest

from sim import PROJECT_DIR

OVERLOADED = 'extends = "mmc"\n[simulation]\nwarmup_years = 0.0\nyears = 0.05\n[mmc]\nservers = {servers}\n'
"""The bundled M/M/c (4 requests a day, one day of help) with ``servers`` professionals."""


def integraal(*args):
    """Run ``python -m sim`` with ``args`` and return the finished process."""
    return subprocess.run([sys.executable, "-m", "sim", *map(str, args)], check=False, capture_output=True,
                          text=True, cwd=PROJECT_DIR, timeout=300)


@pytest.mark.parametrize(("servers", "warned"), [(3, True), (4, True), (5, False)])
def test_validate_warns_at_or_above_capacity_and_still_exits_0(tmp_path, servers, warned):
    path = tmp_path / f"queue-{servers}.toml"
    path.write_text(OVERLOADED.format(servers=servers))
    done = integraal("validate", path)
    assert done.returncode == 0 and "valid" in done.stdout
    lines = done.stderr.splitlines()
    assert lines == ([line for line in lines if line.startswith(f"warning: {path}: mmc.servers:")] if warned else [])
    assert len(lines) == int(warned)


def test_run_warns_before_it_runs_and_still_runs(tmp_path):
    path = tmp_path / "queue.toml"
    path.write_text(OVERLOADED.format(servers=2))
    done = integraal("run", path, "--out", tmp_path / "out")
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("warning: ") == 1 and "offered load 2.00" in done.stderr
    assert (tmp_path / "out" / "episodes.csv").is_file()
