"""The experiment runner: hand runs to an executor, store each one the moment it finishes.

:func:`execute` is the loop shared by ``sweep``, ``sensitivity``, ``reproduce`` and ``compare``:
it keeps a few runs in flight per worker and calls back with each result as it arrives.
:func:`sweep` adds the results folder around it: it checks the folder, skips runs already stored
when resuming, writes the manifest, and at the end the run table and its summaries.

A story: a researcher starts 600 runs on a Dask cluster overnight; one worker machine reboots at
3 a.m. The runs it held are reported as lost (not as failed: they say nothing about the model),
the others finish, and ``integraal sweep ... --resume`` in the morning runs just the lost ones.
"""

from __future__ import annotations

import shutil
import sys
from concurrent.futures import FIRST_COMPLETED, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd

from sim import manifest as mf
from sim.errors import InputError
from sim.executors import open_pool
from sim.run_plan import RunSpec
from sim.progress import ProgressBar
from sim.results import ResultsStore, write_atomic
from sim.summary import write_summaries
from sim.worker import run_one


@dataclass
class Tally:
    """How a batch of runs went: finished ok, failed (the model raised), lost (the worker did)."""

    ok: int = 0
    failed: int = 0
    lost: list[str] = field(default_factory=list)

    def note(self) -> str:
        lost = f", {len(self.lost)} lost" if self.lost else ""
        return f"{self.ok + self.failed} done, {self.failed} failed{lost}"


def execute(specs: Iterable[RunSpec], pool, on_result: Callable[[dict], None], total: int,
            progress: ProgressBar | None = None, task: Callable = run_one) -> Tally:
    """Run ``specs`` on ``pool``; ``on_result`` receives each finished run's result at once."""
    queue, in_flight, tally = iter(specs), {}, Tally()

    def top_up() -> None:
        while len(in_flight) < pool.window:
            spec = next(queue, None)
            if spec is None:
                return
            in_flight[pool.executor.submit(task, spec)] = spec

    try:
        top_up()
        while in_flight:
            finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in finished:
                _collect(future, in_flight.pop(future), on_result, tally)
            if progress:
                progress((tally.ok + tally.failed + len(tally.lost)) / max(total, 1), tally.note())
            top_up()
    except BaseException:
        for future in in_flight:
            future.cancel()
        raise
    return tally


def _collect(future, spec: RunSpec, on_result, tally: Tally) -> None:
    error = future.exception()
    if error is not None:
        tally.lost.append(spec.run_id)
        print(f"\nintegraal: run {spec.run_id} lost ({type(error).__name__}: {error}); rerun with --resume",
              file=sys.stderr)
        return
    result = future.result()
    on_result(result)
    if result["row"]["status"] == "ok":
        tally.ok += 1
    else:
        tally.failed += 1


@dataclass
class SweepOutcome:
    folder: Path
    planned: int
    skipped: int
    tally: Tally
    table: pd.DataFrame


def sweep(experiment, specs: list[RunSpec], plan: dict, out: Path, *, executor: str = "serial", workers: int = 1,
          scheduler: str | None = None, resume: bool = False, force: bool = False,
          show_progress: bool | None = None, task: Callable = run_one) -> SweepOutcome:
    """Run every spec not yet stored in ``out`` and write the run table, summaries and manifest."""
    store = ResultsStore(out)
    manifest = _open_folder(experiment, plan, out, len(specs), resume, force, executor, workers)
    done = store.done_ids()
    todo = [s for s in specs if s.run_id not in done]
    bar = ProgressBar(f"{experiment.name}: {len(todo)} runs", enabled=show_progress)
    try:
        with open_pool(executor, workers, scheduler) as pool:
            tally = execute(todo, pool, store.save, len(todo), bar, task)
    finally:
        bar.close()
    table = store.consolidate(s.run_id for s in specs)
    write_summaries(out, table, manifest)
    _close_manifest(out, manifest, table, tally)
    return SweepOutcome(Path(out), len(specs), len(specs) - len(todo), tally, table)


def _open_folder(experiment, plan: dict, out: Path, planned: int, resume: bool, force: bool,
                 executor: str, workers: int) -> dict:
    """Check the results folder before anything runs; start or continue its manifest."""
    out = Path(out)
    old = mf.read_manifest(out)
    if out.exists() and resume and old is not None:
        _check_same_experiment(experiment, plan, out, old)
        old.update(sessions=old.get("sessions", 1) + 1, finished=None, executor=executor, workers=workers)
        mf.write_manifest(out, old)
        return old
    if out.exists() and any(out.iterdir()) and not (force or resume):
        raise InputError(str(out), "--out", "folder exists; pass --resume to continue it or --force to replace it")
    if out.exists() and force:
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    manifest = mf.new_manifest(experiment, plan, planned, executor, workers)
    manifest.update(designs=[d.label for d in experiment.designs], reference=experiment.reference)
    write_atomic(out / "experiment.toml", Path(experiment.path).read_text(encoding="utf-8"))
    mf.write_manifest(out, manifest)
    return manifest


def _check_same_experiment(experiment, plan: dict, out: Path, old: dict) -> None:
    if old["experiment"]["sha256"] != mf.sha256(Path(experiment.path)):
        raise InputError(str(out), "--resume", f"these results come from another version of {experiment.path}; "
                                               "use --force to start over")
    if old.get("plan") != plan:
        raise InputError(str(out), "--resume", f"these results come from plan {old.get('plan')}, not {plan}")


def _close_manifest(out: Path, manifest: dict, table: pd.DataFrame, tally: Tally) -> None:
    manifest.update(finished=mf.now(), runs_done=int((table["status"] == "ok").sum()),
                    runs_failed=int((table["status"] == "failed").sum()), runs_lost=tally.lost,
                    complete=len(table) == manifest["runs_planned"], files=mf.file_hashes(out))
    mf.write_manifest(out, manifest)
