"""The figures of the ``[observed]`` table as one run of the model produces them.

Story: Voorbeeldstad's annual report says 2,900 households used the Wmo in 2023, 180 of them
also the Jeugdwet, and a Wmo request waited 62 days on average from melding to beschikking. A
run of its scenario counts the same things in the same way over each measured year: the
households with Wmo help running at some time in the year, those with Wmo and youth help in the
same year, and the days from request to decision of the requests made in the measured period.
A period such as ``2023H1`` counts half years instead of years.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from sim.domains import DAYS_PER_YEAR
from sim.model import MunicipalityModel
from sim.output.tables import episodes_table
from sim.params.figures import LAWS, PAIRS, WAITS
from sim.params.scenario import Scenario

WAIT_END = {"wmo": "decision_time", "youth": "decision_time", "debt": "first_contact"}
"""The event that ends each observed wait: the beschikking for Wmo and youth, the first conversation for debt."""


@dataclass(frozen=True)
class SimulatedFigures:
    """The observed figures as one run made them (``kpis``: the name the worker reads)."""

    kpis: dict[str, float]


def window_days(period: str | None) -> float:
    """Days one client count covers: a half year for ``2023H1``, else a year."""
    return DAYS_PER_YEAR / 2 if period and period.upper().rstrip("12").endswith("H") else DAYS_PER_YEAR


def client_counts(episodes: pd.DataFrame, measure_from: float, horizon: float, window: float) -> dict[str, float]:
    """Households in help per law, per pair of laws and in all three, per ``window`` of the measured period (mean).

    A measured period shorter than half a window is counted as one window from its start.
    """
    started = episodes.dropna(subset=["help_start"])
    end = started["end_time"].fillna(horizon)
    counts: dict[str, list[int]] = {}
    for start in np.arange(measure_from, max(horizon - window / 2, measure_from + 1e-9), window):
        active = started[(started["help_start"] < start + window) & (end > start)]
        laws = active[active["domain"].isin(LAWS)].groupby("household")["domain"].agg(set)
        for law in LAWS:
            counts.setdefault(f"clients.{law}", []).append(int(laws.map(lambda s, d=law: d in s).sum()))
        for pair, (a, b) in PAIRS.items():
            counts.setdefault(f"clients.{pair}", []).append(int(laws.map(lambda s, p=(a, b): set(p) <= s).sum()))
        counts.setdefault("clients.all_three", []).append(int((laws.map(len) == len(LAWS)).sum()))
    return {key: float(np.mean(values)) for key, values in counts.items()}


def wait_figures(measured: pd.DataFrame, measure: str) -> dict[str, float]:
    """Per observed wait its mean or median days, and the share within the legal norm, of the measured requests."""
    out = {}
    for key, domain in WAITS.items():
        requests = measured[measured["domain"] == domain]
        days = (requests[WAIT_END[domain]] - requests["request_time"]).dropna()
        out[f"waits.{key}"] = float(days.mean() if measure == "mean" else days.median()) if len(days) else math.nan
        verdicts = requests["within_norm"].dropna()
        out[f"waits.{domain}_within_norm"] = float(verdicts.mean()) if len(verdicts) else math.nan
    return out


def simulated_figures(scenario: Scenario, seed) -> SimulatedFigures:
    """Run ``scenario`` once and count every figure the ``[observed]`` table can hold."""
    model = MunicipalityModel(scenario, seed).run()
    episodes = episodes_table(model)
    measured = episodes[episodes["measured"]]
    years = (model.horizon - model.measure_from) / DAYS_PER_YEAR
    window = window_days(scenario.observed.get("clients.period"))
    debt = measured[(measured["domain"] == "debt") & (measured["origin"] != "found")]
    return SimulatedFigures({**client_counts(episodes, model.measure_from, model.horizon, window),
                             "clients.debt_requests": len(debt) / years,
                             **wait_figures(measured, scenario.observed.get("waits.measure", "mean"))})
