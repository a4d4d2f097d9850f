"""The experiment runner: hand runs to an executor, store each one the moment it finishes.

:func:`execute` is the loop shared by ``sweep``, ``sensitivity``, ``reproduce`` and ``compare``:
it keeps a few runs in flight per worker and calls back with each result as it arrives.
:func:`sweep` adds the results folder around it: it checks the folder, skips runs already stored
when resuming, writes the manifest, and at the end the run table and its summaries. Neither
lists the plan: runs are made as the executor takes them (:class:`~sim.study.run_plan.Plan`).

A story: a researcher starts 600 runs on a Dask cluster overnight; one worker machine reboots at
3 a.m. The runs it held are run again, each alone; a run that kills its worker twice while alone
(say, out of memory) is recorded as failed with that reason. If the whole cluster goes away, the
runs not yet done stay to do, and ``integraal sweep ... --resume`` in the morning runs just those.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, BrokenExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from sim.output.results_folder import ResultsStore, write_atomic
from sim.output.summary import write_summaries
from sim.params.errors import InputError
from sim.study import manifest as mf
from sim.study.executors import open_pool
from sim.study.progress import ProgressBar
from sim.study.run_plan import Plan, RunSpec
from sim.study.worker import run_one


@dataclass
class Tally:
    """How a batch of runs went: finished ok, failed (the model raised), lost (the worker did)."""

    ok: int = 0
    failed: int = 0
    lost: list[str] = field(default_factory=list)

    def note(self) -> str:
        """Done, failed and lost runs so far, for the progress bar."""
        lost = f", {len(self.lost)} lost" if self.lost else ""
        return f"{self.ok + self.failed} done, {self.failed} failed{lost}"


def run_rows(specs: Plan | list[RunSpec], label: str, executor: str, workers: int,
             scheduler: str | None, task: Callable = run_one) -> list[dict]:
    """Run ``specs`` in a fresh pool with a progress bar and return their rows, unstored.

    ``compare`` and ``reproduce`` keep results in memory; ``sweep`` stores each run at once.
    ``task`` is what a worker does with a run (default: run it and count the KPIs).
    """
    rows: list[dict] = []
    bar = ProgressBar(f"{label}: {len(specs)} runs")
    try:
        with open_pool(executor, workers, scheduler) as pool:
            execute(specs, pool, lambda result: rows.append(result["row"]), len(specs), bar, task=task)
    finally:
        bar.close()
    return rows


def execute(specs: Iterable[RunSpec], pool, on_result: Callable[[dict], None], total: int,
            progress: ProgressBar | None = None, task: Callable = run_one) -> Tally:
    """Run ``specs`` on ``pool``; ``on_result`` receives each finished run's result at once.

    A run whose worker process died (killed, out of memory, a crash in native code) is run
    again at the end, alone, so that it cannot take other runs down with it; if its worker
    dies again it is recorded as failed. Every run is stored once: never lost, never doubled.
    """
    queue, in_flight, tally, died = iter(specs), {}, Tally(), []

    def top_up() -> None:
        while len(in_flight) < pool.window:
            spec = next(queue, None)
            if spec is None:
                return
            in_flight[_submit(pool, task, spec)] = spec

    try:
        top_up()
        while in_flight:
            finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in finished:
                spec = in_flight.pop(future)
                if not _collect(future, spec, on_result, tally):
                    died.append(spec)
            if progress:
                progress((tally.ok + tally.failed + len(died)) / max(total, 1), tally.note())
            top_up()
        for spec in died:
            _retry_alone(spec, pool, task, on_result, tally)
    except BaseException:
        for future in in_flight:
            future.cancel()
        raise
    return tally


def _submit(pool, task: Callable, spec: RunSpec):
    try:
        return pool.executor.submit(task, spec)
    except BrokenExecutor:  # a worker died and took the local process pool with it
        pool.replace_broken()
        return pool.executor.submit(task, spec)


def _collect(future, spec: RunSpec, on_result, tally: Tally) -> bool:
    """Store a finished run; False when its worker died before it could answer."""
    if future.exception() is not None:
        return False
    result = future.result()
    on_result(result)
    if result["row"]["status"] == "ok":
        tally.ok += 1
    else:
        tally.failed += 1
    return True


def _retry_alone(spec: RunSpec, pool, task: Callable, on_result, tally: Tally, tries: int = 2) -> None:
    """Run again, alone, a run whose worker died; record it as failed if it keeps killing its worker.

    Run again, alone, a run whose worker died (maybe taken down by another run); a run that
    kills its worker ``tries`` times while running alone is recorded as failed.
    """
    for _ in range(tries):
        try:
            future = _submit(pool, task, spec)
            wait([future])
        except Exception as exc:  # noqa: BLE001 - the executor itself is gone: the run stays to do
            tally.lost.append(spec.run_id)
            print(f"\nintegraal: run {spec.run_id} lost ({type(exc).__name__}: {exc}); rerun with --resume",
                  file=sys.stderr)
            return
        if _collect(future, spec, on_result, tally):
            return
    error = future.exception()
    text = f"the worker process died {tries} times running this run alone ({type(error).__name__}: {error})"
    on_result({"row": {**spec.labels(), "status": "failed", "error": text.replace("\n", " ")},
               "weekly": None, "seconds": 0.0})
    tally.failed += 1


@dataclass
class SweepOutcome:
    """What a sweep did: its folder, the runs planned and skipped, the tally and the run table."""
    folder: Path
    planned: int
    skipped: int
    tally: Tally
    table: pd.DataFrame


def sweep(experiment, plan: Plan, study: dict, out: Path, *, executor: str = "serial", workers: int = 1,
          scheduler: str | None = None, resume: bool = False, force: bool = False,
          show_progress: bool | None = None, task: Callable = run_one) -> SweepOutcome:
    """Run every run of ``plan`` not yet stored in ``out`` and write the run table, summaries and manifest.

    The plan is streamed, never listed: a resumed sweep of 500,000 runs with 120,000 stored
    counts the stored ones by id, then makes and runs the other 380,000 one at a time.
    """
    store = ResultsStore(out)
    manifest = _open_folder(experiment, study, out, len(plan), resume, force, executor, workers)
    done = store.done_ids()
    skipped = _stored(plan, done)
    todo = len(plan) - skipped
    bar = ProgressBar(f"{experiment.name}: {todo} runs", enabled=show_progress)
    try:
        with open_pool(executor, workers, scheduler) as pool:
            tally = execute(plan.specs(skip=done), pool, store.save, todo, bar, task)
    finally:
        bar.close()
    table = store.consolidate(plan.run_ids())
    write_summaries(out, table, manifest)
    _close_manifest(out, manifest, table, tally)
    return SweepOutcome(Path(out), len(plan), skipped, tally, table)


def _stored(plan: Plan, done: set[str]) -> int:
    """How many runs of ``plan`` are among the stored ``done`` (none to count in a new folder)."""
    return sum(run_id in done for run_id in plan.run_ids()) if done else 0


def _open_folder(experiment, study: dict, out: Path, planned: int, resume: bool, force: bool,
                 executor: str, workers: int) -> dict:
    """Check the results folder before anything runs; start or continue its manifest."""
    out = Path(out)
    old = mf.read_manifest(out)
    if out.exists() and resume and old is not None:
        _check_same_experiment(experiment, study, out, old)
        old.update(sessions=old.get("sessions", 1) + 1, finished=None, executor=executor, workers=workers)
        mf.write_manifest(out, old)
        return old
    if out.exists() and any(out.iterdir()) and not (force or resume):
        raise InputError(str(out), "--out", "folder exists; pass --resume to continue it or --force to replace it")
    if out.exists() and force:
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    manifest = mf.new_manifest(experiment, study, planned, executor, workers)
    manifest.update(designs=[d.label for d in experiment.designs], reference=experiment.reference)
    write_atomic(out / "experiment.toml", Path(experiment.path).read_text(encoding="utf-8"))
    mf.write_manifest(out, manifest)
    return manifest


def _check_same_experiment(experiment, study: dict, out: Path, old: dict) -> None:
    if old["experiment"]["sha256"] != mf.sha256(Path(experiment.path)):
        raise InputError(str(out), "--resume", f"these results come from another version of {experiment.path}; "
                                               "use --force to start over")
    if old.get("plan") != study:
        raise InputError(str(out), "--resume", f"these results come from plan {old.get('plan')}, not {study}")


def _close_manifest(out: Path, manifest: dict, table: pd.DataFrame, tally: Tally) -> None:
    manifest.update(finished=mf.now(), runs_done=int((table["status"] == "ok").sum()),
                    runs_failed=int((table["status"] == "failed").sum()), runs_lost=tally.lost,
                    complete=len(table) == manifest["runs_planned"], files=mf.file_hashes(out))
    mf.write_manifest(out, manifest)
