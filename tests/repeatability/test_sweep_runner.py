"""Repeatability and robustness of the sweep runner: executors agree, kills resume, failures stay local."""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from experiment_helpers import simulate_failing_at_fast_worsening, write_experiment
from sim import PROJECT_DIR
from sim.cli import main
from sim.output.results_folder import ResultsStore
from sim.study.experiment import load_experiment
from sim.study.run_plan import build_plan
from sim.study.runner import sweep
from sim.study.sampling import design_points
from sim.study.worker import run_one


def run_sweep(path: Path, out: Path, *args: str) -> int:
    """Run ``integraal sweep`` on ``path`` into ``out`` and return its exit code."""
    return main(["sweep", str(path), "--out", str(out), *args])


def test_serial_process_and_dask_give_identical_run_tables(tmp_path, capsys):
    """Repeatability: the executor changes where runs happen, never their numbers."""
    path = write_experiment(tmp_path, replications=2)
    options = {"serial": ["--executor", "serial"], "process": ["--executor", "process", "--workers", "2"],
               "dask": ["--executor", "dask", "--workers", "2"]}
    tables = {}
    for name, args in options.items():
        assert run_sweep(path, tmp_path / name, *args) == 0
        tables[name] = (tmp_path / name / "runs.csv").read_bytes()
    assert tables["serial"] == tables["process"] == tables["dask"]
    table = pd.read_csv(tmp_path / "serial" / "runs.csv")
    assert len(table) == 8 and (table["status"] == "ok").all()
    # the table is not trivially constant: replications differ (a real seed reached each run)
    kpis = table.loc[:, "requests_per_year_wmo":].select_dtypes("number")
    assert not kpis[table["replication"] == 0].reset_index(drop=True).equals(
        kpis[table["replication"] == 1].reset_index(drop=True))


def test_killed_sweep_resumes_with_every_run_exactly_once(tmp_path, capsys):
    """Robustness: SIGKILL part-way; --resume runs only what is missing, and the table is complete."""
    path = write_experiment(tmp_path, name="kill", replications=8)
    out = tmp_path / "killed"
    proc = subprocess.Popen([sys.executable, "-m", "sim", "sweep", str(path), "--out", str(out)], cwd=PROJECT_DIR,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while len(list((out / "runs").glob("*.json"))) < 4 and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    before = {p.name: p.stat().st_mtime_ns for p in (out / "runs").glob("*.json")}
    planned = build_plan(load_experiment(path), design_points(load_experiment(path)))
    assert 4 <= len(before) < len(planned), "the kill must come part-way through the sweep"
    assert not (out / "runs.csv").exists()

    assert run_sweep(path, out, "--resume") == 0
    table = pd.read_csv(out / "runs.csv")
    assert sorted(table["run_id"]) == sorted(s.run_id for s in planned)
    assert table["run_id"].is_unique
    assert {p.name: p.stat().st_mtime_ns for p in (out / "runs").glob("*.json") if p.name in before} == before
    assert not list(out.rglob("*.tmp"))
    assert run_sweep(path, tmp_path / "uninterrupted") == 0
    assert (out / "runs.csv").read_bytes() == (tmp_path / "uninterrupted" / "runs.csv").read_bytes()


def test_a_run_that_raises_is_recorded_as_failed_and_the_rest_finish(tmp_path):
    """Robustness: one design point raises in the worker processes; its runs say so, others are ok."""
    experiment = load_experiment(write_experiment(tmp_path, replications=2))
    specs = build_plan(experiment, design_points(experiment))
    task = functools.partial(run_one, simulate_fn=simulate_failing_at_fast_worsening)
    outcome = sweep(experiment, specs, {"kind": "sweep"}, tmp_path / "out", executor="process", workers=2,
                    task=task, show_progress=False)
    table = ResultsStore(tmp_path / "out").load()
    failing = (table["design"] == "minder-schuldhulp") & (table["needs.debt.worsening_per_year"] == 2.5)
    assert len(table) == len(specs) == 8
    assert (table.loc[failing, "status"] == "failed").all() and failing.sum() == 2
    assert table.loc[failing, "error"].str.contains("RuntimeError: injected failure").all()
    assert (table.loc[~failing, "status"] == "ok").all()
    assert table.loc[~failing, "resolved_share"].notna().all()
    assert outcome.tally.failed == 2 and outcome.tally.ok == 6


def test_resume_refuses_results_of_another_experiment_version(tmp_path, capsys):
    """Interface: resuming after the experiment file changed would mix two experiments."""
    path = write_experiment(tmp_path, replications=1)
    assert run_sweep(path, tmp_path / "out") == 0
    path.write_text(path.read_text().replace("seed = 11", "seed = 12"))
    capsys.readouterr()
    assert run_sweep(path, tmp_path / "out", "--resume") == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "--force" in err


def test_existing_results_folder_is_not_overwritten_without_force(tmp_path, capsys):
    """Interface: a second sweep into the same folder stops with exit 2 and leaves it as it was."""
    path = write_experiment(tmp_path, replications=1)
    assert run_sweep(path, tmp_path / "out") == 0
    before = (tmp_path / "out" / "runs.csv").read_bytes()
    capsys.readouterr()
    assert run_sweep(path, tmp_path / "out") == 2
    assert "folder exists" in capsys.readouterr().err
    assert (tmp_path / "out" / "runs.csv").read_bytes() == before
    assert run_sweep(path, tmp_path / "out", "--force") == 0


@pytest.mark.parametrize("weekly", [True])
def test_weekly_series_are_stored_per_run_when_asked(tmp_path, weekly):
    """Interface: [record] weekly = true writes one weekly table per run next to the run rows."""
    path = write_experiment(tmp_path, replications=1, extra="\n[record]\nweekly = true\n")
    assert run_sweep(path, tmp_path / "out") == 0
    files = sorted((tmp_path / "out" / "weekly").glob("*.csv"))
    assert [f.stem for f in files] == sorted(pd.read_csv(tmp_path / "out" / "runs.csv")["run_id"])
    assert len(pd.read_csv(files[0])) > 0
