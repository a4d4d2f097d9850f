"""Summaries of a run table: KPI means with intervals, and paired differences against the reference.

Summaries of a run table: per design and design point, each KPI's mean with its 95% interval,
and the paired difference against the reference design (matched by replication).

``summary.csv`` and ``differences.csv`` are tidy: one row per design, design point and KPI, with
the factor values of the point beside it. A story: in ``teamgrootte`` the row
``buurtteams, point 3, buurtteam size 50, coordination_share`` says how much of the capacity
goes to coordination in teams of 50, and its difference row how much more that is than in the
sectoral reference in the same replications.
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from sim.output.results_folder import LABEL_COLUMNS, write_atomic
from sim.output.stats import mean_ci, paired_differences

HEADLINE = ("wait_median_days_wmo", "wait_median_days_debt", "within_norm_share_wmo", "coordination_share",
            "direct_help_share", "professionals_per_helped_household", "resolved_share", "zrm_change_mean_helped",
            "crises_per_1000_households_per_year", "evictions_per_1000_households_per_year", "cost_eur_per_year")
"""The KPIs printed by default; the CSV files hold every KPI."""


def factor_columns(table: pd.DataFrame) -> list[str]:
    """Columns between the run labels and ``status``: the factor values."""
    columns = list(table.columns)
    return [c for c in columns[: columns.index("status")] if c not in LABEL_COLUMNS]


def kpi_columns(table: pd.DataFrame) -> list[str]:
    """The KPI columns of a run table: those after ``error``."""
    columns = list(table.columns)
    return columns[columns.index("error") + 1:]


def summarize_runs(table: pd.DataFrame, reference: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(summary, differences) of the runs that finished ok."""
    ok = table[table["status"] == "ok"]
    kpis = kpi_columns(table)
    ok = ok.sort_values(["design", "point"], key=_plan_order(table), kind="stable")
    summary = mean_ci(ok, ["design", "point"], kpis)
    differences = paired_differences(ok, "design", reference, ["replication"], kpis, by=["point"])
    points = table[["design", "point", *factor_columns(table)]].drop_duplicates(["design", "point"])
    return _with_factors(summary, points), _with_factors(differences, points)


def _plan_order(table: pd.DataFrame):
    """Sort key: designs in the order the experiment lists them, points by number."""
    rank = {d: i for i, d in enumerate(dict.fromkeys(table["design"]))}
    return lambda col: col.map(rank) if col.name == "design" else col


def _with_factors(frame: pd.DataFrame, points: pd.DataFrame) -> pd.DataFrame:
    if frame.empty:
        return frame
    frame = frame.astype({"point": "Int64"})
    merged = frame.merge(points.astype({"point": "Int64"}), on=["design", "point"], how="left")
    factors = [c for c in points.columns if c not in ("design", "point")]
    return merged[["design", "point", *factors, *[c for c in frame.columns if c not in ("design", "point")]]]


def write_summaries(folder: Path, table: pd.DataFrame, manifest: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Write summary.csv and differences.csv of a run table into ``folder`` and return both."""
    summary, differences = summarize_runs(table, manifest["reference"])
    write_atomic(Path(folder) / "summary.csv", summary.to_csv(index=False))
    write_atomic(Path(folder) / "differences.csv", differences.to_csv(index=False))
    return summary, differences


def number(value: float) -> str:
    """A KPI value readable at a glance: 1,234,567 / 12.35 / 0.123."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.2f}" if abs(value) >= 1 else f"{value:.3f}"


def with_interval(row) -> str:
    """A summary row as ``mean [low, high]``."""
    return f"{number(row['mean'])} [{number(row['ci_low'])}, {number(row['ci_high'])}]"


def format_summary(summary: pd.DataFrame, differences: pd.DataFrame, kpis=HEADLINE) -> str:
    """Per KPI, one line per design and point: mean [95% CI] and difference [95% CI]."""
    keys = ["design", "point"]
    diffs = {(r.design, _point(r.point), r.kpi): with_interval(r._asdict()) for r in differences.itertuples()}
    reference = differences["reference"].iloc[0] if len(differences) else ""
    lines = [f"mean [95% CI] per design; difference: paired, against {reference} (same replications)"]
    factors = [c for c in summary.columns if c not in (*keys, "kpi", "n", "mean", "sd", "ci_low", "ci_high")]
    label = {i: r["design"] + "".join(f" {f}={r[f]}" for f in factors if pd.notna(r[f]))
             for i, r in summary.iterrows()}
    width = max(map(len, label.values()), default=10)
    for kpi in [k for k in kpis if k in set(summary["kpi"])]:
        lines += ["", kpi]
        for i, r in summary[summary["kpi"] == kpi].iterrows():
            diff = diffs.get((r["design"], _point(r["point"]), kpi), "(reference)")
            lines.append(f"  {label[i]:{width}s} {with_interval(r):>30s}   {diff:>30s}  n={r['n']}")
    return "\n".join(lines)


def _point(value) -> int | None:
    return None if pd.isna(value) else int(value)
