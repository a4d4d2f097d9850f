"""Robustness of the sweep runner when a worker process dies (process pool and Dask).

A worker can die under a run: the kernel's out-of-memory killer, a crash in native code, a
machine that reboots. The run must then be retried (alone, so it cannot take others with it)
or, when it kills its worker again, recorded as failed; no run may be lost or stored twice.
(``kill -9`` of the whole sweep and a run that raises are tested in tests/repeatability/test_sweep_runner.py.)
"""

from __future__ import annotations

import functools

from experiment_helpers import write_experiment
from robustness_helpers import WORSENING, kills_always, kills_once, run_killing_workers
from sim.output.results_folder import ResultsStore
from sim.study.experiment import load_experiment
from sim.study.run_plan import build_plan
from sim.study.runner import sweep
from sim.study.sampling import design_points


def sweep_killing_workers(tmp_path, executor: str, kill_always: bool):
    """Sweep the tiny experiment with workers that die as ``kill_always`` says."""
    experiment = load_experiment(write_experiment(tmp_path, replications=2))
    specs = build_plan(experiment, design_points(experiment))
    marks = tmp_path / "marks"
    marks.mkdir()
    task = functools.partial(run_killing_workers, marks=str(marks), kill_always=kill_always)
    outcome = sweep(experiment, specs, {"kind": "sweep"}, tmp_path / "out", executor=executor, workers=2,
                    task=task, show_progress=False)
    table = ResultsStore(tmp_path / "out").load()
    assert sorted(table["run_id"]) == sorted(s.run_id for s in specs), "every run stored exactly once"
    return table, outcome, marks


def test_a_dead_worker_s_run_is_retried_or_recorded_as_failed_never_lost_or_doubled(tmp_path):
    """Process pool: runs that kill their worker are retried alone or recorded as failed; no run is lost.

    Process pool: two runs kill their worker every time, two only the first time; four never
    do, but share the pool that breaks.
    """
    table, outcome, marks = sweep_killing_workers(tmp_path, "process", kill_always=True)
    always = [kills_always(d, w) for d, w in zip(table["design"], table[WORSENING])]
    once = [kills_once(d, w) for d, w in zip(table["design"], table[WORSENING])]
    assert sum(always) == 2 and sum(once) == 2 and len(list(marks.iterdir())) == 4, "the deaths did happen"
    assert (table.loc[always, "status"] == "failed").all()
    assert table.loc[always, "error"].str.contains("worker process died 2 times").all()
    survivors = table[[not a for a in always]]
    assert (survivors["status"] == "ok").all() and survivors["resolved_share"].notna().all(), \
        "runs that died once, or shared a broken pool, are retried"
    assert outcome.tally.failed == 2 and outcome.tally.ok == 6 and not outcome.tally.lost


def test_dask_reruns_a_run_whose_worker_died_and_stores_it_once(tmp_path):
    """Dask: the nanny restarts a dead worker and the scheduler reruns its run."""
    table, outcome, marks = sweep_killing_workers(tmp_path, "dask", kill_always=False)
    assert len(list(marks.iterdir())) == 2, "the deaths did happen"
    assert (table["status"] == "ok").all() and outcome.tally.ok == 8 and not outcome.tally.lost
