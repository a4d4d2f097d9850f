"""Coordination load over time from the weekly series of a results folder.

Each weekly row is one organisation's hours in one week. The coordination share of a week is the
coordination hours of all organisations over all their hours (intake, direct help, coordination,
administration and idle: the capacity). Replications are averaged per week with a 95% interval.
A story: under integrale-toegang the share climbs in the first months as case meetings fill the
agendas, then levels off; the band shows how much that differs between replications.
"""

from __future__ import annotations

import pandas as pd

from sim.output.stats import interval
from sim.report.data import WEEK_COLUMNS


def coordination_series(weekly: pd.DataFrame) -> pd.DataFrame:
    """Columns design, week, measured, mean, low, high: the weekly coordination share."""
    per_run = weekly.groupby(["design", "replication", "week"], sort=False).agg(
        measured=("measured", "all"), coordination=("coordination_hours", "sum"),
        **{c: (c, "sum") for c in WEEK_COLUMNS if c != "coordination_hours"})
    capacity = per_run[[c for c in per_run.columns if c.endswith("_hours")]].sum(axis=1) + per_run["coordination"]
    per_run["share"] = per_run["coordination"] / capacity.where(capacity > 0)
    rows = []
    for (design, week), group in per_run.reset_index().groupby(["design", "week"], sort=False):
        i = interval(group["share"])
        low = i["ci_low"] if i["n"] > 1 else i["mean"]
        high = i["ci_high"] if i["n"] > 1 else i["mean"]
        rows.append({"design": design, "week": week, "measured": bool(group["measured"].all()),
                     "mean": i["mean"], "low": low, "high": high})
    return pd.DataFrame(rows, columns=["design", "week", "measured", "mean", "low", "high"])
