"""The run plan is checked at once and made one run at a time, however many runs it has.

Story: a researcher sets ``replications = 250000`` on the tiny experiment: 2 designs x 2 design
points x 250,000 replications, the 1,000,000 runs an experiment may have at most. The sweep used
to build every spec (each with its own copy of the scenario's values) before the first run
started: for 200,000 runs 1.5 GB and 9 s, for a million some 7 GB. Now the plan checks the two designs and the four
(design, point) combinations, then hands out specs as the runner takes them; a resumed sweep
skips the stored runs by id without making them. The specs and their order are those the eager
build made (:func:`eager_plan` below is that build, kept as the oracle).
"""

from __future__ import annotations

import functools
import itertools
import time
import tracemalloc
from types import SimpleNamespace

import pytest

import sim.params.scenario as scenario_module
import sim.study.run_plan as run_plan
from experiment_helpers import write_experiment
from sim.output.results_folder import ResultsStore
from sim.params.errors import InputError
from sim.params.scenario import load_scenario
from sim.study.executors import open_pool
from sim.study.experiment import load_experiment
from sim.study.plan_size import MAX_RUNS
from sim.study.run_plan import RunSpec, build_plan, run_id
from sim.study.runner import execute, sweep
from sim.study.sampling import design_points
from sim.study.worker import run_one

NOT_VARIED = ('designs = ["sectoraal",', 'designs = [{ scenario = "sectoraal", vary = false },')


def eager_plan(experiment, points, subset=None) -> list[RunSpec]:
    """The plan as it was built before it became lazy: every spec at once, each scenario checked anew."""
    subset = subset or {}
    designs = [d for d in experiment.designs if subset.get("designs") is None or d.label in subset["designs"]]
    chosen = [i for i in range(len(points)) if subset.get("points") is None or i in subset["points"]]
    replications = min(subset.get("replications") or experiment.replications, experiment.replications)
    horizon = {f"simulation.{k}": v for k, v in experiment.horizon.items()}
    bases = {d.label: load_scenario(d.scenario).with_overrides({**experiment.base, **d.values, **horizon},
                                                               experiment.path) for d in designs}
    specs = []
    for k in range(replications):
        for n, i in enumerate(chosen):
            for d in designs:
                if d.vary or n == 0:
                    factors = points[i] if d.vary else {}
                    base = bases[d.label]
                    s = base.with_overrides(factors, experiment.path) if factors else base
                    specs.append(RunSpec(run_id(d.label, i if d.vary else None, k), d.label, i if d.vary else None,
                                         dict(factors), k, experiment.seed,
                                         (s.name, s.description, s.path, dict(s.values)), experiment.record_weekly))
    return specs


def as_compared(spec: RunSpec) -> tuple:
    """A spec's fields, its values' types and key order included (``1 == 1.0`` would hide a change)."""
    name, description, path, values = spec.scenario
    return (spec.run_id, spec.design, spec.point, repr(spec.factors), spec.replication, spec.seed,
            name, description, path, repr(values), spec.record_weekly)


def tiny(tmp_path, replications: int, vary_all: bool = True):
    """The tiny experiment (2 designs x 2 points), optionally with ``sectoraal`` not varied, and its points."""
    path = write_experiment(tmp_path, replications=replications)
    if not vary_all:
        path.write_text(path.read_text().replace(*NOT_VARIED))
    experiment = load_experiment(path)
    return experiment, design_points(experiment)


def count_made_specs(monkeypatch, limit: int | None = None) -> list[str]:
    """The ids of the specs the plan makes from now on; past ``limit`` specs, making one more fails the test."""
    made: list[str] = []

    def counted(*args, **kwargs) -> RunSpec:
        made.append(args[0])
        if limit is not None and len(made) > limit:
            pytest.fail(f"the plan made more than {limit} specs to hand out its first few: it is not lazy")
        return RunSpec(*args, **kwargs)

    monkeypatch.setattr(run_plan, "RunSpec", counted)
    return made


def test_a_plan_of_a_million_runs_is_counted_and_starts_at_once_in_little_memory(tmp_path, monkeypatch):
    experiment, points = tiny(tmp_path, replications=MAX_RUNS // 4)
    made = count_made_specs(monkeypatch, limit=100)
    tracemalloc.start()
    try:
        start = time.perf_counter()
        plan = build_plan(experiment, points)
        first = list(itertools.islice(plan, 5))
        ids = list(itertools.islice(plan.run_ids(), 5))
        seconds = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(plan) == MAX_RUNS
    assert seconds < 1.0
    assert peak < 20_000_000, f"{peak / 1e6:.1f} MB traced while making the first specs"
    assert made == ids == [s.run_id for s in first] == [
        "sectoraal__p0000__r000", "minder-schuldhulp__p0000__r000",
        "sectoraal__p0001__r000", "minder-schuldhulp__p0001__r000", "sectoraal__p0000__r001"]
    assert first[1].factors == {"needs.debt.worsening_per_year": 1.0}
    assert first[1].build_scenario()["organisations.debt.professionals"] == 4


@pytest.mark.parametrize("vary_all, order", [
    (True, ["sectoraal__p0000__r000", "minder-schuldhulp__p0000__r000", "sectoraal__p0001__r000",
            "minder-schuldhulp__p0001__r000", "sectoraal__p0000__r001", "minder-schuldhulp__p0000__r001",
            "sectoraal__p0001__r001", "minder-schuldhulp__p0001__r001"]),
    (False, ["sectoraal__base__r000", "minder-schuldhulp__p0000__r000", "minder-schuldhulp__p0001__r000",
             "sectoraal__base__r001", "minder-schuldhulp__p0000__r001", "minder-schuldhulp__p0001__r001"]),
])
def test_the_specs_and_their_order_are_those_of_the_eager_build(tmp_path, vary_all, order):
    """Replication by replication, then point, then design; a design that does not vary runs as ``base``."""
    experiment, points = tiny(tmp_path, replications=2, vary_all=vary_all)
    plan = build_plan(experiment, points)
    specs = list(plan)
    assert [s.run_id for s in specs] == list(plan.run_ids()) == order
    assert len(plan) == len(order)
    assert [as_compared(s) for s in specs] == [as_compared(s) for s in eager_plan(experiment, points)]
    assert [as_compared(s) for s in plan] == [as_compared(s) for s in specs], "a plan can be walked again"


@pytest.mark.parametrize("subset", [{"replications": 1, "points": [1]}, {"designs": ["minder-schuldhulp"]},
                                    {"points": [7]}, {"replications": 5}])
def test_a_reproduction_subset_keeps_the_eager_build_s_runs(tmp_path, subset):
    experiment, points = tiny(tmp_path, replications=3, vary_all=False)
    plan = build_plan(experiment, points, subset)
    eager = eager_plan(experiment, points, subset)
    assert len(plan) == len(eager) == len(list(plan.run_ids()))
    assert [as_compared(s) for s in plan] == [as_compared(s) for s in eager]


def test_factor_values_are_checked_before_anything_runs_once_per_point_not_per_replication(tmp_path, monkeypatch):
    """A factor that breaks a rule of several keys is refused when the plan is made, not when its run comes."""
    checks = []
    real = scenario_module.check_cross_fields
    monkeypatch.setattr(scenario_module, "check_cross_fields", lambda values, source: checks.append(1) or
                        real(values, source))
    build_plan(*tiny(tmp_path, replications=1))
    once = len(checks)
    checks.clear()
    plan = build_plan(*tiny(tmp_path, replications=1000))
    assert len(checks) == once >= 2 * 2, "each (design, point) checked, as often for 1,000 replications as for 1"
    assert sum(1 for _ in plan) == 4000 and len(checks) == once, "making the specs checks nothing again"

    shares = tmp_path / "shares.toml"
    shares.write_text('designs = ["sectoraal"]\nreplications = 1000\n[factors]\n"population.share_single" = [0.9]\n')
    experiment = load_experiment(shares)
    with pytest.raises(InputError) as refused:
        build_plan(experiment, design_points(experiment))
    assert refused.value.key == "population.share_*"


def fake_simulate(scenario, seed, **kwargs):
    """A run in no time: one KPI, different per replication, so the run table is not constant."""
    return SimpleNamespace(kpis={"resolved_share": seed.spawn_key[0] / 10})


def test_resume_skips_the_stored_runs_by_id_without_making_them(tmp_path, monkeypatch):
    experiment, points = tiny(tmp_path, replications=3)
    plan = build_plan(experiment, points)
    out = tmp_path / "out"
    ran: list[str] = []

    def task(spec: RunSpec) -> dict:
        ran.append(spec.run_id)
        return run_one(spec, simulate_fn=fake_simulate)

    first = sweep(experiment, plan, {"kind": "sweep"}, out, task=task, show_progress=False)
    assert ran == list(plan.run_ids()) and first.planned == 12 and first.skipped == 0
    whole = (out / "runs.csv").read_bytes()
    lost = ["sectoraal__p0001__r000", "minder-schuldhulp__p0000__r001", "minder-schuldhulp__p0001__r002"]
    for name in lost:
        (out / "runs" / f"{name}.json").unlink()
    ran.clear()
    made = count_made_specs(monkeypatch)

    again = sweep(experiment, plan, {"kind": "sweep"}, out, resume=True, task=task, show_progress=False)
    assert ran == made == lost, "only the missing runs are made and run, in plan order"
    assert (again.planned, again.skipped, again.tally.ok) == (12, 9, 3)
    assert (out / "runs.csv").read_bytes() == whole
    assert sorted(ResultsStore(out).done_ids()) == sorted(plan.run_ids())


def test_the_run_table_follows_the_plan_s_ids_read_once(tmp_path):
    """``consolidate`` takes the plan's id generator: plan order first, then stored runs the plan lacks."""
    store = ResultsStore(tmp_path)
    for name in ["b", "z", "a", "c"]:
        store.save({"row": {"run_id": name, "design": "d", "point": 0, "status": "ok", "error": ""}})
    ids = (name for name in ["c", "x", "a", "b"])
    assert [row["run_id"] for row in store.rows(ids)] == ["c", "a", "b", "z"]


def test_a_plan_can_be_handed_to_the_runner_s_execute_as_it_is(tmp_path):
    """``execute`` takes the plan's specs as an iterator: the runner keeps only its window in flight."""
    experiment, points = tiny(tmp_path, replications=1)
    plan = build_plan(experiment, points)
    rows: list[dict] = []
    with open_pool("serial") as pool:
        tally = execute(plan, pool, lambda result: rows.append(result["row"]), len(plan),
                        task=functools.partial(run_one, simulate_fn=fake_simulate))
    assert tally.ok == len(plan) == 4 and [r["run_id"] for r in rows] == list(plan.run_ids())
