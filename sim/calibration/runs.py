"""The runs of a calibration: candidate parameter values, each run with the same seeds.

Story: wave 1 tries 60 candidate towns, each a Voorbeeldstad with other onset rates and
administration ratio, twice: replication k of every candidate gets the seed
``SeedSequence(root).spawn(R)[k]``, the same households with the same vulnerabilities (common
random numbers), so two candidates differ by their parameters and not by their luck. Each run is
stored in ``runs/<run_id>.json`` the moment it finishes (the results folder of a sweep); an
interrupted calibration started again finds them there and runs only the others.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from sim.calibration.simulated import simulated_figures
from sim.output.results_folder import ResultsStore
from sim.params.scenario import Scenario
from sim.study.progress import ProgressBar
from sim.study.run_plan import RunSpec
from sim.study.runner import execute
from sim.study.worker import run_one

CALIBRATED = "calibrated"
"""The design label of the runs at the calibrated values (the fit table's runs)."""


def figure_run(spec: RunSpec) -> dict:
    """What a worker does with one calibration run: run it and return its row of simulated figures."""
    return run_one(spec, simulate_fn=simulated_figures)


def specs_at(base: Scenario, points: Sequence[dict], label: str, replications: int, seed: int) -> list[RunSpec]:
    """Every replication of every point (parameter values) as a run of ``base``, point by point checked."""
    specs = []
    for i, values in enumerate(points):
        scenario = base.with_overrides(values, "calibration")
        parts = (scenario.name, scenario.description, scenario.path, dict(scenario.values))
        specs += [RunSpec(f"{label}__p{i:04d}__r{k:03d}", label, i, dict(values), k, seed, parts,
                          observed=dict(base.observed)) for k in range(replications)]
    return specs


def run_stored(specs: list[RunSpec], store: ResultsStore, pool, label: str, show: bool | None) -> list[dict]:
    """Run the ``specs`` not yet in ``store`` and return the rows of all of them.

    Raises:
        RuntimeError: when a run failed (its error names the run); the other runs stay stored.
    """
    done = store.done_ids()
    todo = [s for s in specs if s.run_id not in done]
    bar = ProgressBar(f"{label}: {len(todo)} runs ({len(specs) - len(todo)} stored)", enabled=show)
    try:
        execute(todo, pool, store.save, len(todo), bar, task=figure_run)
    finally:
        bar.close()
    rows = store.rows(s.run_id for s in specs)
    wanted = {s.run_id for s in specs}
    rows = [r for r in rows if r["run_id"] in wanted]
    failed = [r for r in rows if r["status"] != "ok"]
    if failed:
        raise RuntimeError(f"run {failed[0]['run_id']} failed: {failed[0]['error']}")
    return rows


def point_means(rows: list[dict], keys: Sequence[str], figures: Sequence[str]) -> pd.DataFrame:
    """Per point: its parameter values and each figure's mean over the replications."""
    table = pd.DataFrame(rows)
    table[list(figures)] = table[list(figures)].astype(float)
    return table.groupby(["design", "point"], sort=False)[[*keys, *figures]].mean().reset_index()
