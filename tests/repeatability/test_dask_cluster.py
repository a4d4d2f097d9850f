"""A sweep on a real multi-process Dask cluster, set up as docs/experiments.md tells users to.

A ``dask scheduler`` and two ``dask worker`` processes run on 127.0.0.1 as separate programs,
and ``integraal sweep --executor dask --scheduler tcp://...`` runs the tiny experiment on them.
Mid-sweep, one worker process is killed with SIGKILL while it holds a run. The test proves that
the cluster set-up of the docs works, that the killed worker loses no run and doubles none
(every planned run is stored exactly once, all ok, the tally counts each once), and that the run
table is identical to that of the same sweep run serially.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from dask_cluster_helpers import DASK, Killer, start_cluster
from experiment_helpers import write_experiment
from sim.output.results_folder import read_run_table
from sim.study.experiment import load_experiment
from sim.study.run_plan import build_plan
from sim.study.sampling import design_points

INTEGRAAL = Path(sys.executable).parent / "integraal"


@pytest.fixture
def cluster(tmp_path):
    """A running scheduler and two workers; stopped (and their process groups killed) whatever happens."""
    assert DASK.is_file(), f"no dask command at {DASK}: install the project (pip install -e .)"
    logs = tmp_path / "cluster"
    logs.mkdir()
    running = start_cluster(logs)
    yield running
    running.stop()


def integraal_sweep(path: Path, out: Path, *args: str) -> subprocess.CompletedProcess:
    """Run the ``integraal sweep`` command on ``path`` into ``out`` as its own process."""
    return subprocess.run([str(INTEGRAAL), "sweep", str(path), "--out", str(out), *args], check=False,
                          cwd=out.parent, capture_output=True, text=True, timeout=120)


def sweep_killing_a_worker(cluster, path: Path, out: Path) -> tuple[subprocess.CompletedProcess, Killer]:
    """Sweep on the cluster while a thread kills the victim worker once a run is stored."""
    killer = Killer(cluster, out / "runs")
    try:
        done = integraal_sweep(path, out, "--executor", "dask", "--scheduler", cluster.address)
    finally:
        killer.join()
    return done, killer


def sorted_table(out: Path) -> pd.DataFrame:
    """The run table of a results folder, sorted by run id."""
    return read_run_table(out / "runs.csv").sort_values("run_id").reset_index(drop=True)


def test_a_killed_cluster_worker_loses_no_run_and_the_table_equals_serial(tmp_path, cluster):
    """Dask cluster: SIGKILL one of two workers mid-sweep; every run stored once, table identical to serial."""
    path = write_experiment(tmp_path, name="cluster", replications=3)
    plan = sorted(s.run_id for s in build_plan(load_experiment(path), design_points(load_experiment(path))))

    done, killer = sweep_killing_a_worker(cluster, path, tmp_path / "dask")
    assert done.returncode == 0, done.stdout + done.stderr

    victim = cluster.processes["victim"]
    assert killer.pid_seen == victim.pid, "the victim's pid is the worker's own (no nanny)"
    assert killer.held_at_kill, "the victim was killed while it held runs"
    after = [p for p in (tmp_path / "dask" / "runs").glob("*.json") if p.stat().st_mtime > killer.killed_at]
    assert after, "the kill came mid-sweep: runs were still stored after it"
    assert victim.wait(timeout=10) == -signal.SIGKILL, "the worker died of the SIGKILL"
    assert f"{len(plan)} ok, 0 failed, 0 lost" in done.stdout, "each run was counted once"

    table = sorted_table(tmp_path / "dask")
    assert list(table["run_id"]) == plan, "every run of the plan stored exactly once"
    assert (table["status"] == "ok").all()
    assert sorted(p.stem for p in (tmp_path / "dask" / "runs").glob("*.json")) == plan
    assert not list((tmp_path / "dask").rglob("*.tmp"))

    serial = integraal_sweep(path, tmp_path / "serial", "--executor", "serial")
    assert serial.returncode == 0, serial.stdout + serial.stderr
    pd.testing.assert_frame_equal(table, sorted_table(tmp_path / "serial"), check_exact=True)
