"""Results by vulnerability quintile: does a design serve the most vulnerable fifth as well as the rest?

Story. Every household has a latent vulnerability (sim/agents/population.py: gamma, mean 1) that
multiplies the onset of all its needs. Ranked by it, the town falls into five fifths: quintile 1
the least vulnerable, quintile 5 the most, where problems pile up. A design that shortens the
average wait may still leave the fifth quintile waiting longest and with the most need that nobody
helps with. Per quintile the KPIs are ``<kpi>_quintile_<k>``, and :func:`quintile_table` prints
them as a small table (``integraal run``, ``summarize``, ``compare``).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from sim.output.kpi_format import fmt
from sim.output.outcomes import per_1000_households_year, zrm_changes

QUINTILES = 5
COLUMNS = (("wait p50 (d)", "wait_median_days", "{:.0f}"),
           ("unmet need-days/hh/yr", "unmet_need_days_per_household_year", "{:.1f}"),
           ("ZRM change, follow-up", "zrm_change_follow_up_mean", "{:+.2f}"),
           ("crises/1,000 hh/yr", "crises_per_1000_households_per_year", "{:.1f}"))
"""Per column of the table: its label, the KPI's name before ``_quintile_<k>``, its format."""


def vulnerability_quintile(households: pd.DataFrame) -> pd.Series:
    """Per household (indexed by its id): its vulnerability quintile, 1 (least) to 5 (most vulnerable)."""
    ranks = households["vulnerability"].rank(method="first")
    labels = np.ceil(ranks * QUINTILES / max(len(households), 1)).astype(int)
    return pd.Series(labels.to_numpy(), index=households["household"].to_numpy())


def quintile_kpis(measured: pd.DataFrame, households: pd.DataFrame, unmet: pd.DataFrame,
                  years: float) -> dict[str, float]:
    """Per quintile: median wait and follow-up ZRM change of its measured episodes, its unmet need-days and crises."""
    quintile = vulnerability_quintile(households)
    of_episode = measured["household"].map(quintile)
    crisis_cols = [c for c in households.columns if c.startswith("crises_") and c != "crises_eviction"]
    crises = pd.Series(households[crisis_cols].to_numpy().sum(axis=1), index=households["household"].to_numpy())
    out = {}
    for k in range(1, QUINTILES + 1):
        episodes = measured[of_episode == k]
        members = quintile.index[quintile.to_numpy() == k]
        waited = episodes["days_waited"].dropna()
        unmet_days = unmet.reindex(members).to_numpy().sum()
        out[f"wait_median_days_quintile_{k}"] = float(waited.median()) if len(waited) else np.nan
        out[f"unmet_need_days_per_household_year_quintile_{k}"] = (
            per_1000_households_year(unmet_days, len(members), years) / 1000.0)
        out[f"zrm_change_follow_up_mean_quintile_{k}"] = zrm_changes(episodes)["zrm_change_follow_up_mean"]
        out[f"crises_per_1000_households_per_year_quintile_{k}"] = per_1000_households_year(
            crises.reindex(members).sum(), len(members), years)
    return out


def quintile_table(value: Callable[[str], float], title: str) -> str:
    """The quintile KPIs as a text table; ``value(kpi)`` gives a KPI's value (None or NaN where missing)."""
    lines = [title, f"  {'quintile':24s}" + "".join(f"{label:>24s}" for label, _, _ in COLUMNS)]
    for k in range(1, QUINTILES + 1):
        name = f"{k}" + (" (least vulnerable)" if k == 1 else " (most vulnerable)" if k == QUINTILES else "")
        cells = [fmt(value(f"{kpi}_quintile_{k}"), pattern) for _, kpi, pattern in COLUMNS]
        lines.append(f"  {name:24s}" + "".join(f"{c:>24s}" for c in cells))
    return "\n".join(lines)


def summary_quintile_tables(summary: pd.DataFrame) -> str:
    """Per design and point of a run summary (sim/output/summary.py), the quintile table of KPI means."""
    if not summary["kpi"].str.endswith("_quintile_1").any():
        return ""
    tables = []
    points = summary.groupby("design", sort=False)["point"].nunique()
    for (design, point), rows in summary.groupby(["design", "point"], sort=False, dropna=False):
        means = dict(zip(rows["kpi"], rows["mean"]))
        label = design if points[design] <= 1 else f"{design}, point {int(point)}"
        tables.append(quintile_table(means.get, f"By vulnerability quintile, {label} (means over replications)"))
    return "\n\n".join(tables)

