"""The KPI summary of one run: waiting, coordination load, outcomes, professionals, cost.

Every KPI is computed from the output tables (episodes, households, time use), over the
measured period only, so a reader can recompute any of them from the CSV files.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from sim.domains import DAYS_PER_WEEK, DAYS_PER_YEAR, DOMAINS, FULL_TIME_WEEKLY_HOURS, PER_INHABITANTS
from sim.output.outcomes import (
    crisis_cost_eur,
    multiproblem_episodes,
    per_1000_households_year,
    unmet_need_kpis,
    zrm_changes,
)
from sim.output.quintiles import quintile_kpis
from sim.output.waiting import Verdict, censored_median_wait, queue_stability

LAWS = ("wmo", "work_income", "youth")
WORKED = ("intake", "direct_help", "coordination", "administration")
"""The hour categories that are work (idle is the rest of the paid hours)."""


def compute_kpis(tables: dict[str, pd.DataFrame], params, measure_from: float, horizon: float,
                 unmet: pd.DataFrame) -> dict[str, float]:
    """A flat dict of KPI name to value (NaN where there is nothing to measure).

    ``unmet`` is the need-days without help per household and domain
    (:func:`~sim.output.outcomes.unmet_need_days` of the same tables).
    """
    episodes = tables["episodes"]
    measured = episodes[episodes["measured"]]
    years = (horizon - measure_from) / DAYS_PER_YEAR
    n_households = max(len(tables["households"]), 1)
    kpis: dict[str, float] = {}
    for domain in DOMAINS:
        kpis.update(_waiting(measured[measured["domain"] == domain], domain, years))
    kpis.update(_waiting_lists(tables, measure_from, horizon))
    debt_asked = measured[(measured["domain"] == "debt") & (measured["origin"] != "found")]
    inhabitants = params["population.inhabitants"]
    kpis["debt_requests_per_100k"] = len(debt_asked) / years * PER_INHABITANTS / inhabitants if inhabitants else np.nan
    kpis.update(_time_use(tables["time_use"], years))
    households = tables["households"]
    kpis.update(_outcomes(measured, households, params, years, n_households))
    kpis.update(unmet_need_kpis(unmet, years))
    kpis.update(quintile_kpis(measured, households, unmet, years))
    kpis.update(_usage(episodes, measure_from, horizon, n_households))
    kpis.update(_mechanisms(measured, years))
    kpis.update(_cost(episodes, tables["time_use"], params, measure_from, horizon))
    kpis["cost_eur_per_year"] = (kpis["staff_cost_eur_per_year"] + kpis["provisions_eur_per_year"]
                                 + kpis["budget_eur_per_year"])
    helped = episodes["help_start"].between(measure_from, horizon)
    helped_per_year = episodes.loc[helped, "household"].nunique() / years
    kpis["cost_per_helped_household_eur"] = kpis["cost_eur_per_year"] / helped_per_year if helped_per_year else np.nan
    kpis["known_need_waiting_days_per_year"] = _known_need_waiting_days(episodes, measure_from, horizon) / years
    return kpis


def _mechanisms(measured: pd.DataFrame, years: float) -> dict[str, float]:
    """What the access designs' mechanisms do (docs/designs.md), per request the households made."""
    requests = measured[measured["origin"] != "found"]
    per_1000 = 1000.0 / len(requests) if len(requests) else np.nan
    single_wmo = requests[(requests["domain"] == "wmo") & (requests["household_needs"] == 1)]
    known_at = measured["decision_time"].where(measured["origin"] == "found", measured["request_time"])
    coordinated = measured[measured["coordinated"]]
    handed = measured[measured["handovers"] > 0]
    return {
        "wait_median_days_wmo_single_need": _quantile(single_wmo["days_waited"].dropna(), 0.5),
        "coordination_hours_per_request": measured["coordination_hours"].sum() * per_1000 / 1000.0,
        "idle_days_mean_coordinated": float(coordinated["idle_days"].mean()) if len(coordinated) else np.nan,
        "found_needs_per_1000_requests": float((measured["origin"] == "found").sum()) * per_1000,
        "onset_to_known_mean_days": float((known_at - measured["need_onset"]).mean()) if len(measured) else np.nan,
        "handovers_per_1000_requests": float(measured["handovers"].sum()) * per_1000,
        "handover_days_mean": float(handed["handover_days"].mean()) if len(handed) else np.nan,
        "repeated_intakes_per_1000_requests": float(measured["repeated_intakes"].sum()) * per_1000,
        "intrusions_per_1000_requests": float(requests["intrusion"].sum()) * per_1000,
        "budget_eur_per_year": float(measured["budget_eur"].sum()) / years,
    }


def _waiting(frame: pd.DataFrame, domain: str, years: float) -> dict[str, float]:
    waited = frame["days_waited"].dropna()
    norm = frame["within_norm"].dropna()
    return {
        f"requests_per_year_{domain}": len(frame) / years,
        f"wait_median_days_{domain}": _quantile(waited, 0.5),
        f"wait_p90_days_{domain}": _quantile(waited, 0.9),
        f"norm_event_median_days_{domain}": _quantile(frame["days_to_norm_event"].dropna(), 0.5),
        f"norm_event_mean_days_{domain}": float(frame["days_to_norm_event"].mean()) if len(frame) else np.nan,
        f"within_norm_share_{domain}": float(norm.mean()) if len(norm) else np.nan,
    }


def _waiting_lists(tables: dict[str, pd.DataFrame], measure_from: float, horizon: float) -> dict[str, float]:
    """Per domain: the censored median wait, and what the lists of the organisations behind it did.

    ``waiting_list_growing_<d>`` and ``waiting_list_held_<d>`` are 1.0 when a list behind the
    domain grew or was held only by withdrawals (sim/output/waiting.py), so that a summary over
    replications can say in words what a wait means before it prints a number.
    """
    years = (horizon - measure_from) / DAYS_PER_YEAR
    stability = queue_stability(tables["weekly"], tables["episodes"], measure_from, horizon)
    waits = censored_median_wait(tables["episodes"], horizon).set_index("domain")
    out = {}
    for d in DOMAINS:
        known = d in waits.index
        behind = stability[stability["organisation"].isin(waits.at[d, "organisations"].split(";"))] if known \
            else stability.iloc[0:0]
        told = len(behind) and not (behind["verdict"] == Verdict.TOO_SHORT).all()
        out[f"wait_censored_median_days_{d}"] = float(waits.at[d, "censored_median_days"]) if known else np.nan
        out[f"withdrawn_per_year_{d}"] = waits.at[d, "withdrawn"] / years if known else np.nan
        out[f"waiting_list_growing_{d}"] = float((behind["verdict"] == Verdict.GROWING).any()) if told else np.nan
        out[f"waiting_list_held_{d}"] = float(behind["held_by_withdrawals"].any()) if told else np.nan
        out[f"waiting_list_growth_per_year_{d}"] = float(behind["growth_per_year"].sum()) if told else np.nan
    return out


def _quantile(values: pd.Series, q: float) -> float:
    return float(values.quantile(q)) if len(values) else np.nan


def _time_use(time_use: pd.DataFrame, years: float) -> dict[str, float]:
    capacity = time_use["capacity_hours"].sum()
    worked = sum(time_use[f"{c}_hours"].sum() for c in WORKED)
    out = {f"{c}_share": time_use[f"{c}_hours"].sum() / capacity if capacity else np.nan
           for c in ("intake", "direct_help", "coordination", "idle")}
    out["admin_share_of_worked"] = time_use["administration_hours"].sum() / worked if worked else np.nan
    out["coordination_hours_per_year"] = time_use["coordination_hours"].sum() / years
    return out


def _outcomes(measured: pd.DataFrame, households: pd.DataFrame, params, years: float, n: int) -> dict[str, float]:
    """Crises (counted and valued), and the outcomes of help for all and per group (sim/output/outcomes.py)."""
    crisis_cols = [c for c in households.columns if c.startswith("crises_") and c != "crises_eviction"]
    out = {
        "crises_per_1000_households_per_year": per_1000_households_year(households[crisis_cols].to_numpy().sum(), n,
                                                                        years),
        "evictions_per_1000_households_per_year": per_1000_households_year(households["crises_eviction"].sum(), n,
                                                                           years),
        "crisis_cost_eur_per_1000_households_per_year": per_1000_households_year(
            crisis_cost_eur(households, params).sum(), n, years),
        "multiproblem_share": float(households["multiproblem"].mean()),
    }
    out.update(_help_outcomes(measured, households))
    at_request = multiproblem_episodes(measured)
    for group, chosen in (("multiproblem", True), ("single_problem", False)):
        members = households[households["multiproblem"] == chosen]
        out.update({f"{k}_{group}": v for k, v in _help_outcomes(measured[at_request == chosen], members).items()})
    return out


def _help_outcomes(measured: pd.DataFrame, households: pd.DataFrame) -> dict[str, float]:
    """Outcomes of help, for all or for one group: episodes by the household at the request, households at the start."""
    closed = measured[measured["outcome"].isin(["resolved", "not_resolved"])]
    helped = households[households["episodes"] > 0]
    return {
        "resolved_share": float((closed["outcome"] == "resolved").mean()) if len(closed) else np.nan,
        **zrm_changes(measured),
        "professionals_per_helped_household": float(helped["professionals_met"].mean()) if len(helped) else np.nan,
    }


def _usage(episodes: pd.DataFrame, measure_from: float, horizon: float, n: int) -> dict[str, float]:
    """Share of households in help during a year, and the share of those helped in 2+ domains."""
    started = episodes.dropna(subset=["help_start"])
    end = started["end_time"].fillna(horizon)
    users, multi, pairs = [], [], []
    for year_start in np.arange(measure_from, horizon - 1e-9, DAYS_PER_YEAR):
        year_end = min(year_start + DAYS_PER_YEAR, horizon)
        active = started[(started["help_start"] < year_end) & (end > year_start)]
        domains = active.groupby("household")["domain"].nunique()
        users.append(len(domains) / n)
        multi.append(float((domains >= 2).mean()) if len(domains) else np.nan)
        pairs.append(active.drop_duplicates(["household", "domain"])["domain"])
    out = {"users_share": float(np.mean(users)) if users else np.nan,
           "multi_sector_share": float(np.nanmean(multi)) if any(m == m for m in multi) else np.nan}
    return out | _law_mix(pd.concat(pairs) if pairs else pd.Series(dtype=str))


def _law_mix(domains: pd.Series) -> dict[str, float]:
    """Among household-law pairs in help (Wmo, Jeugdwet, Participatiewet), the share of each law."""
    laws = domains[domains.isin(LAWS)]
    return {f"law_mix_{d}": float((laws == d).mean()) if len(laws) else np.nan for d in LAWS}


def _cost(episodes: pd.DataFrame, time_use: pd.DataFrame, params, measure_from: float, horizon: float) -> dict:
    """What the municipality pays a year: its staff's paid hours, provisions during help; worked hours apart.

    Paid hours, not worked ones: a consultant costs her contract whether the queue keeps her busy
    or not, so a design that lets requests wait cannot look cheaper for it.
    """
    years = (horizon - measure_from) / DAYS_PER_YEAR
    hourly = params["work.hourly_cost_eur"]
    paid = time_use["capacity_hours"].sum()
    worked = time_use[[f"{c}_hours" for c in WORKED]].to_numpy().sum()
    started = episodes.dropna(subset=["help_start"])
    overlap = (np.minimum(started["end_time"].fillna(horizon), horizon)
               - np.maximum(started["help_start"], measure_from)).clip(lower=0)
    tariff = started["domain"].map({d: params[f"help.{d}.provision_eur_per_year"] for d in DOMAINS})
    return {
        "staff_cost_eur_per_year": paid * hourly / years,
        "staff_fte": paid / years / (FULL_TIME_WEEKLY_HOURS * DAYS_PER_YEAR / DAYS_PER_WEEK),
        "worked_hours_cost_eur_per_year": worked * hourly / years,
        "provisions_eur_per_year": float((overlap / DAYS_PER_YEAR * tariff.fillna(0)).sum()) / years,
    }


def _known_need_waiting_days(episodes: pd.DataFrame, measure_from: float, horizon: float) -> float:
    """Days that known needs waited for help inside the measured period, summed over episodes.

    A need waits from the request (or, found at an intake, from the decision that found it) until
    help starts, until it is withdrawn or closed without help, or until the horizon: the part of
    unmet need that the municipality knows about (all unmet need: sim/output/outcomes.py).
    """
    since = episodes["request_time"].where(episodes["origin"] != "found", episodes["decision_time"])
    until = episodes["help_start"].fillna(episodes["end_time"]).fillna(horizon).clip(upper=horizon)
    return float((until - since.clip(lower=measure_from)).clip(lower=0).sum())
