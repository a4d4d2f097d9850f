"""Shared simulations for the design behaviour tests: each arm runs once per replication.

Shared simulations for the design behaviour tests: each arm (a design with its overrides) runs
once per replication, in two worker processes, and several tests read the same runs.

An arm's replication k uses seed k, so two arms in replication k see the same households, onsets
and asking decisions (common random numbers, sim/engine/streams.py). A worker returns only the metrics
below (a few floats per run), never the tables.
"""

from __future__ import annotations

import os
import pickle
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from sim.params.scenario import load_scenario
from sim.study.simulate import simulate

SMALL = {"population.inhabitants": 15_000, "simulation.warmup_years": 0.5, "simulation.years": 1.5}
"""About 7,000 households, 2 simulated years, about 1 s a run: enough for effects on every request."""
LARGE = {"population.inhabitants": 60_000, "simulation.warmup_years": 0.5, "simulation.years": 3.0}
"""About 28,000 households and 3 measured years for effects on the few (1%) multi-problem
households, so that each run holds several hundred of their requests."""
T_CRITICAL = {1: 12.71, 2: 4.30, 3: 3.18, 4: 2.78, 5: 2.57, 6: 2.45, 7: 2.36, 8: 2.31, 9: 2.26, 10: 2.23, 11: 2.20}
"""Two-sided 5% critical values of Student's t by degrees of freedom."""


@dataclass(frozen=True)
class Arm:
    """One arm of a paired comparison: a bundled design scenario, overrides and the town size."""
    design: str
    """The bundled scenario file (``integrale-toegang``, or ``volwassen-integraal``: integrale-toegang matured)."""
    overrides: dict = field(default_factory=dict)
    town: dict = field(default_factory=lambda: SMALL)

    def values(self) -> dict:
        """The parameter values of the arm's runs: town size and overrides."""
        return dict(self.town, **self.overrides)

    def key(self) -> tuple:
        """The arm's cache key: the same scenario and values give the same key."""
        return (self.design, *sorted(self.values().items()))


def run_metrics(scenario: str, values: dict, seed: int) -> dict[str, float]:
    """One run of an arm's scenario with ``values`` on top, reduced to the tests' metrics.

    One run of the design's bundled scenario file (scenarios/<design>.toml, so its own values
    such as maturity.start_years hold) with ``values`` on top, reduced to the tests' metrics.
    """
    result = simulate(load_scenario(scenario, values), seed)
    out = dict(result.kpis)
    for name, metric in METRICS.items():
        out[name] = metric(result, values)
    return out


_CACHE: dict[tuple, list[dict[str, float]]] = {}
_CACHE_FILE = os.environ.get("INTEGRAAL_ARM_CACHE")
"""Development aid: a pickle file that keeps the runs between pytest sessions (unset in CI)."""
if _CACHE_FILE and os.path.exists(_CACHE_FILE):
    with open(_CACHE_FILE, "rb") as _f:
        _CACHE.update(pickle.load(_f))  # noqa: S301 - the developer's own cache file, never results


def prefetch(plan: list[tuple[int, list[Arm]]]) -> None:
    """Run the replications of every arm in ``plan`` that are not cached yet, in one batch.

    Run ``reps`` replications of every arm in ``plan`` that are not cached yet, in one batch
    so that both workers stay busy; arms listed first start first (put the slow ones there).
    """
    todo = {}
    for reps, arms in plan:
        for arm in arms:
            for k in range(len(_CACHE.get(arm.key(), [])), reps):
                todo.setdefault((arm.key(), k), arm)
    if not todo:
        return
    workers = min(int(os.environ.get("INTEGRAAL_TEST_WORKERS", "2")), len(todo))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {key: pool.submit(run_metrics, arm.design, arm.values(), key[1]) for key, arm in todo.items()}
        done = {key: future.result() for key, future in futures.items()}
    for (key, _), metrics in sorted(done.items(), key=lambda item: item[0][1]):
        _CACHE.setdefault(key, []).append(metrics)
    if _CACHE_FILE:
        with open(_CACHE_FILE, "wb") as f:
            pickle.dump(_CACHE, f)


def results(arms: list[Arm], reps: int) -> list[list[dict[str, float]]]:
    """The metric dicts of ``reps`` replications of each arm, running what is not cached yet."""
    prefetch([(reps, arms)])
    return [_CACHE[arm.key()][:reps] for arm in arms]


def paired(metric: str, a: Arm, b: Arm, reps: int) -> tuple[float, float, float]:
    """The paired difference metric(b) - metric(a): mean, 95% half-width and t statistic.

    Mean of metric(b) - metric(a) over replications with common seeds, its 95% half-width and
    its t statistic (infinite when every difference is the same non-zero number).
    """
    ra, rb = results([a, b], reps)
    diffs = np.array([y[metric] - x[metric] for x, y in zip(ra, rb)])
    mean, sd = float(diffs.mean()), float(diffs.std(ddof=1))
    half = T_CRITICAL[reps - 1] * sd / np.sqrt(reps)
    t = mean / (sd / np.sqrt(reps)) if sd > 0 else (np.sign(mean) * np.inf if mean else 0.0)
    print(
        f"{metric}: {b.design} {b.overrides} - {a.design} {a.overrides} = {mean:.4g} (95% CI +-{half:.3g}, t {t:.1f})"
    )
    return mean, half, float(t)


# --- metrics computed in the worker ------------------------------------------------------------
def single_need_wmo_wait(result, values) -> float:
    """Mean days from request to help for Wmo requests of households with that one need only."""
    e = result.tables["episodes"]
    e = e[e["measured"] & (e["origin"] != "found") & (e["domain"] == "wmo") & (e["household_needs"] == 1)]
    return float(e["days_waited"].mean())


def non_presented_onset_to_known(result, values) -> float:
    """Mean days from onset until a service knows the need, for needs the household did not ask about.

    Mean days from onset until a service knows the need, for needs that already existed when
    their household asked for help with another domain (found at that request, or asked later).
    """
    e = result.tables["episodes"]
    e = e[e["measured"] & e["origin"].isin(["asked", "found"])]
    known = e["decision_time"].where(e["origin"] == "found", e["request_time"])
    found = e[e["origin"] == "found"]
    asked = e[e["origin"] == "asked"][["household", "domain", "request_time", "need_onset"]]
    pairs = asked.merge(asked, on="household", suffixes=("", "_other"))
    earlier = pairs[(pairs["domain_other"] != pairs["domain"]) & (pairs["request_time_other"] >= pairs["need_onset"])
                    & (pairs["request_time_other"] < pairs["request_time"])]
    later = earlier.drop_duplicates(["household", "domain", "request_time"])
    days = pd.concat([(known.loc[found.index] - found["need_onset"]), later["request_time"] - later["need_onset"]])
    return float(days.mean())


def _multiproblem_households(result) -> pd.Index:
    """Households that asked for help while they had needs in three or more domains."""
    e = result.tables["episodes"]
    ids = e[e["measured"] & (e["origin"] == "asked") & (e["household_needs"] >= 3)]["household"].unique()
    return pd.Index(ids)


def multiproblem_crises(result, values) -> float:
    """Crises (ZRM 1 in any domain) per household that was multi-problem when it asked for help."""
    h = result.tables["households"].set_index("household")
    h = h.loc[h.index.intersection(_multiproblem_households(result))]
    cols = [c for c in h.columns if c.startswith("crises_") and c != "crises_eviction"]
    return float(h[cols].to_numpy().sum() / max(len(h), 1))


def multiproblem_zrm_end(result, values) -> float:
    """Mean ZRM summed over the five domains at the end, of households multi-problem at request."""
    h = result.tables["households"].set_index("household")
    h = h.loc[h.index.intersection(_multiproblem_households(result))]
    return float(h[[c for c in h.columns if c.startswith("zrm_end_")]].sum(axis=1).mean())


def multiproblem_resolved(result, values) -> float:
    """Share of closed episodes resolved, of households multi-problem at request."""
    e = result.tables["episodes"]
    e = e[e["measured"] & e["household"].isin(_multiproblem_households(result))
          & e["outcome"].isin(["resolved", "not_resolved"])]
    return float((e["outcome"] == "resolved").mean())


def multiproblem_request_resolved(result, values) -> float:
    """Share resolved of the episodes that requests of multi-problem households led to.

    Share resolved of the closed episodes that a request made while the household had needs
    in three or more domains led to: the asked need and the needs found at that request.
    """
    e = result.tables["episodes"]
    e = e[e["measured"] & (e["household_needs"] >= 3) & e["origin"].isin(["asked", "found"])
          & e["outcome"].isin(["resolved", "not_resolved"])]
    return float((e["outcome"] == "resolved").mean())


def small_found_time_to_help(result, values) -> float:
    """Mean days from being noticed to help, for the small needs the free budget may solve.

    Mean days from being noticed to help, for small cross-domain needs a professional noticed
    (ZRM 3 and effort below ``regelvrij.small_effort``, the needs the free budget may solve).
    """
    from sim.params.catalogue import DEFAULTS
    small = values.get("regelvrij.small_effort", DEFAULTS["regelvrij.small_effort"])
    e = result.tables["episodes"]
    e = e[e["measured"] & (e["origin"] == "found") & (e["zrm_at_request"] == 3) & (e["effort"] < small)]
    return float((e["help_start"] - e["decision_time"]).mean())


def non_debt_crises(result, values) -> float:
    """Crises (ZRM 1) in the domains other than debt per 1,000 households per measured year."""
    h = result.tables["households"]
    cols = [c for c in h.columns if c.startswith("crises_") and c not in ("crises_eviction", "crises_debt_crisis")]
    return float(h[cols].to_numpy().sum() / len(h) * 1000 / values["simulation.years"])


def non_debt_requests(result, values) -> float:
    """Requests for help in domains other than debt per 1,000 households per measured year."""
    e = result.tables["episodes"]
    e = e[e["measured"] & (e["domain"] != "debt") & (e["origin"] == "asked")]
    return len(e) / len(result.tables["households"]) * 1000 / values["simulation.years"]


def non_debt_resolved(result, values) -> float:
    """Share of closed help episodes outside debt that resolved the need."""
    e = result.tables["episodes"]
    e = e[e["measured"] & (e["domain"] != "debt") & e["outcome"].isin(["resolved", "not_resolved"])]
    return float((e["outcome"] == "resolved").mean())


METRICS = {
    f.__name__: f
    for f in (
        single_need_wmo_wait,
        non_presented_onset_to_known,
        multiproblem_crises,
        multiproblem_zrm_end,
        multiproblem_resolved,
        multiproblem_request_resolved,
        small_found_time_to_help,
        non_debt_crises,
        non_debt_requests,
        non_debt_resolved,
    )
}


def _debt_askers(result) -> pd.Index:
    """The households that asked for debt help in the measured period.

    Households that asked for debt help in the measured period (the same households in every
    arm of a replication: asking is drawn from common random numbers).
    """
    e = result.tables["episodes"]
    return pd.Index(e[e["measured"] & (e["origin"] == "asked") & (e["domain"] == "debt")]["household"].unique())


def debt_askers_other_crises(result, values) -> float:
    """Crises outside debt per household that asked for debt help."""
    h = result.tables["households"].set_index("household")
    h = h.loc[h.index.intersection(_debt_askers(result))]
    cols = [c for c in h.columns if c.startswith("crises_") and c not in ("crises_eviction", "crises_debt_crisis")]
    return float(h[cols].to_numpy().sum() / max(len(h), 1))


def debt_askers_other_zrm_end(result, values) -> float:
    """Mean ZRM at the end outside debt, of households that asked for debt help.

    Mean ZRM at the end summed over the four domains other than debt, of households that asked
    for debt help (higher is better).
    """
    h = result.tables["households"].set_index("household")
    h = h.loc[h.index.intersection(_debt_askers(result))]
    return float(h[[c for c in h.columns if c.startswith("zrm_end_") and c != "zrm_end_debt"]].sum(axis=1).mean())


def debt_askers_other_requests(result, values) -> float:
    """Requests outside debt per household that asked for debt help."""
    e = result.tables["episodes"]
    askers = _debt_askers(result)
    e = e[e["measured"] & (e["domain"] != "debt") & (e["origin"] == "asked") & e["household"].isin(askers)]
    return len(e) / max(len(askers), 1)


def debt_askers_other_resolved(result, values) -> float:
    """Share resolved of closed help episodes outside debt, of households that asked for debt help."""
    e = result.tables["episodes"]
    e = e[e["measured"] & (e["domain"] != "debt") & e["household"].isin(_debt_askers(result))
          & e["outcome"].isin(["resolved", "not_resolved"])]
    return float((e["outcome"] == "resolved").mean())


METRICS.update({f.__name__: f for f in (debt_askers_other_resolved, debt_askers_other_crises, debt_askers_other_zrm_end,
                                        debt_askers_other_requests)})


def severe_specialist_resolved(result, values) -> float:
    """Share resolved of closed help episodes for severe (ZRM 1-2 at request) youth and debt needs."""
    e = result.tables["episodes"]
    e = e[e["measured"] & e["domain"].isin(["youth", "debt"]) & (e["zrm_at_request"] <= 2)
          & e["outcome"].isin(["resolved", "not_resolved"])]
    return float((e["outcome"] == "resolved").mean())


def found_time_to_help(result, values) -> float:
    """Mean days from the moment a need was found or noticed until its help started."""
    e = result.tables["episodes"]
    e = e[e["measured"] & (e["origin"] == "found")]
    return float((e["help_start"] - e["decision_time"]).mean())


def pseudo_share(result, values) -> float:
    """Share of coordinated episodes whose plan was pseudo-cooperation (agreed without effect)."""
    e = result.tables["episodes"]
    e = e[e["measured"] & e["coordinated"]]
    return float((~e["plan_effective"].astype(bool)).mean()) if len(e) else 0.0


METRICS.update({f.__name__: f for f in (severe_specialist_resolved, found_time_to_help, pseudo_share)})


# --- metrics of the benefits of integral work (tests/behaviour/test_integral_benefits.py) --------
def _closed(result) -> pd.DataFrame:
    e = result.tables["episodes"]
    return e[e["measured"] & e["outcome"].isin(["resolved", "not_resolved"])]


def early_help_severity_gap(result, values) -> float:
    """Share resolved of closed episodes requested at ZRM 3 minus that of episodes requested at ZRM 1-2.

    The ZRM at the request stands in for the ZRM at the start of help (the table does not hold it);
    they differ only for a need that worsened on the waiting list.
    """
    e = _closed(result)
    resolved = e["outcome"] == "resolved"
    return float(resolved[e["zrm_at_request"] == 3].mean() - resolved[e["zrm_at_request"] <= 2].mean())


def early_help_wait_gap(result, values) -> float:
    """Share resolved of closed episodes helped soon after the need's onset minus that of the others.

    Soon: at most the run's median days from onset to the start of help (a need helped before
    without success counts from its first onset, a stand-in for the days without help).
    """
    e = _closed(result)
    resolved, days = e["outcome"] == "resolved", e["help_start"] - e["need_onset"]
    soon = days <= days.median()
    return float(resolved[soon].mean() - resolved[~soon].mean())


def plan_debt_time_to_help(result, values) -> float:
    """Mean days from the decision to the start of help for debt episodes under a joint plan."""
    e = result.tables["episodes"]
    e = e[e["measured"] & e["coordinated"] & (e["domain"] == "debt")]
    return float((e["help_start"] - e["decision_time"]).mean())


def multiproblem_unmet_need_days(result, values) -> float:
    """Unmet need-days in the measured years per household that asked for help while multi-problem."""
    h = result.tables["households"].set_index("household")
    h = h.loc[h.index.intersection(_multiproblem_households(result))]
    return float(h["unmet_need_days"].mean())


METRICS.update({f.__name__: f for f in (early_help_severity_gap, early_help_wait_gap, plan_debt_time_to_help,
                                        multiproblem_unmet_need_days)})
