"""The runs behind the capacity search: one design at one staffing level, replication by replication.

Story: to learn whether 27 Wmo consultants per 100,000 inhabitants hold the baseline's Wmo wait
under integrale toegang, the design is run five times with ``organisations.wmo.professionals =
27``, replication k with seed ``SeedSequence(root).spawn(R)[k]``, the seed the baseline's
replication k had (common random numbers: the same households with the same needs asking on the
same days). Each run reports three wait measures per domain (:data:`MEASURES`); a level
once run is kept, so the search over the mean and the searches per replication share their runs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import partial

import pandas as pd

from sim.domains import DOMAINS, PER_INHABITANTS
from sim.model import MunicipalityModel
from sim.output.tables import episodes_table
from sim.output.waiting import censored_median_wait
from sim.params.scenario import Scenario
from sim.study.capacity import Need, search_ceiling, search_need
from sim.study.run_plan import RunSpec
from sim.study.runner import execute
from sim.study.worker import run_one

MEASURES = {
    "censored_median_days": "median days from request to start of help (Kaplan-Meier: requests never helped "
                            "count as censored at withdrawal or the end of the run)",
    "mean_days": "mean days from request to start of help of the requests helped (M/M/c: the mean wait in queue)",
    "outside_norm_share": "share of requests whose norm event (decision or first contact) came after the legal norm",
}
"""The wait measures each run reports per domain, lower is better, and what each one is."""


def mean_wait(requests: pd.DataFrame) -> float:
    """Mean days from request to start of help of the requests helped (infinite when nobody was helped)."""
    if requests.empty:
        return math.nan
    waited = requests["days_waited"].dropna()
    return float(waited.mean()) if len(waited) else math.inf


def share_outside_norm(requests: pd.DataFrame) -> float:
    """Share of the requests with a known norm verdict that missed the legal norm (NaN: no norm)."""
    verdicts = requests["within_norm"].dropna()
    return float(1.0 - verdicts.mean()) if len(verdicts) else math.nan


def domain_waits(requests: pd.DataFrame, censored_median: float) -> dict[str, float]:
    """Every measure of :data:`MEASURES` for one domain's measured requests.

    ``censored_median`` is the domain's Kaplan-Meier median (:func:`sim.output.waiting.censored_median_wait`);
    where the run cannot tell it (fewer than half of the requests were seen to get help) the search
    reads the wait as unbounded: longer than any target.
    """
    if not requests.empty and math.isnan(censored_median):
        censored_median = math.inf
    return {"censored_median_days": censored_median, "mean_days": mean_wait(requests),
            "outside_norm_share": share_outside_norm(requests)}


@dataclass(frozen=True)
class WaitMeasures:
    """The wait measures of one run, as ``measure_domain`` to value (``kpis``, the name the worker reads)."""

    kpis: dict[str, float]


def wait_measures(scenario: Scenario, seed) -> WaitMeasures:
    """Run ``scenario`` once and measure every domain's waits over the measured period.

    Beside the waits, ``staff_hours`` sums the contract hours a week of the town's professionals:
    the run, not a formula, says how much staff a level is (a town of 2,000 keeps at least one
    professional where the catalogue's 23.5 per 100,000 would give half of one).
    """
    model = MunicipalityModel(scenario, seed).run()
    episodes = episodes_table(model)
    measured = episodes[episodes["measured"]]
    medians = censored_median_wait(episodes, model.horizon).set_index("domain")["censored_median_days"]
    waits = {f"{name}_{domain}": value for domain in DOMAINS
             for name, value in domain_waits(measured[measured["domain"] == domain],
                                             medians.get(domain, math.nan)).items()}
    return WaitMeasures({**waits, "staff_hours": sum(p.weekly_hours for p in model.professionals())})


measure_run = partial(run_one, simulate_fn=wait_measures)
"""What a worker does with one spec of the search: run it and return its row of wait measures."""


def staffing_key(scenario: Scenario, domain: str) -> str:
    """The parameter that sets the staff of ``domain``'s organisation (``mmc.servers`` in M/M/c mode)."""
    return "mmc.servers" if scenario["simulation.mode"] == "mmc" else f"organisations.{domain}.professionals"


def people_per_level(scenario: Scenario) -> float:
    """Professionals in the town per step of the staffing parameter (the catalogue counts per 100,000)."""
    return 1.0 if scenario["simulation.mode"] == "mmc" else scenario["population.inhabitants"] / PER_INHABITANTS


def searched_domains(scenario: Scenario) -> tuple[str, ...]:
    """The domains whose staff is searched: all five, or the M/M/c desk's one."""
    return DOMAINS[:1] if scenario["simulation.mode"] == "mmc" else DOMAINS


def staff_need(runs: StaffingRuns, specs: list[RunSpec], domain: str, measure: str, limits: list[float]) -> Need:
    """Search the staff of ``domain``'s organisation in the design of ``specs`` that holds ``limits``.

    The search starts at the design's own staff and, in a town, never goes below it (a design
    that already holds the target needs 0 extra); in M/M/c mode it may go down to one server.
    """
    scenario = specs[0].build_scenario()
    key = staffing_key(scenario, domain)
    now = scenario[key]
    floor = 1 if scenario["simulation.mode"] == "mmc" else now
    return search_need(lambda level: runs.measure(specs, {key: level}, f"{measure}_{domain}"), limits, now,
                       floor, search_ceiling(now, people_per_level(scenario)))


class StaffingRuns:
    """Runs of replications at staffing levels on an executor pool, each (design, level) run once.

    Args:
        pool: a :class:`~sim.study.executors.Pool`.
    """

    def __init__(self, pool):
        self.pool = pool
        self._rows: dict[tuple, list[dict]] = {}

    def measure(self, specs: list[RunSpec], overrides: dict, name: str) -> list[float]:
        """The measure ``name`` (e.g. ``mean_days_wmo``) of each replication of ``specs`` with ``overrides``.

        Raises:
            RuntimeError: when a run failed (its error names the run).
        """
        key = (specs[0].design, tuple(sorted(overrides.items())))
        if key not in self._rows:
            staffed = [_with(spec, overrides) for spec in specs]
            rows: list[dict] = []
            execute(staffed, self.pool, lambda result: rows.append(result["row"]), len(staffed), task=measure_run)
            failed = [row for row in rows if row["status"] != "ok"]
            if failed:
                raise RuntimeError(f"run {failed[0]['run_id']} failed: {failed[0]['error']}")
            self._rows[key] = sorted(rows, key=lambda row: row["replication"])
        return [math.nan if row[name] is None else float(row[name]) for row in self._rows[key]]


def _with(spec: RunSpec, overrides: dict) -> RunSpec:
    """``spec`` with its scenario's staffing changed, under a run id that says the level."""
    if not overrides:
        return spec
    scenario = spec.build_scenario().with_overrides(overrides, "capacity search")
    level = "_".join(f"{key.split('.')[-2]}{value}" for key, value in sorted(overrides.items()))
    return replace(spec, run_id=f"{spec.run_id}__{level}",
                   scenario=(scenario.name, scenario.description, scenario.path, dict(scenario.values)))
