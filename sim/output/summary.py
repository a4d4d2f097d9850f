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

from sim.domains import DOMAINS
from sim.output.results_folder import LABEL_COLUMNS, write_atomic
from sim.output.stats import mean_ci, paired_differences
from sim.output.waiting_format import about

HEADLINE = ("wait_median_days_wmo", "wait_censored_median_days_wmo", "wait_median_days_debt", "within_norm_share_wmo",
            "coordination_share", "direct_help_share", "professionals_per_helped_household", "resolved_share",
            "zrm_change_resolved_mean", "zrm_change_follow_up_mean", "crises_per_1000_households_per_year",
            "evictions_per_1000_households_per_year", "crisis_cost_eur_per_1000_households_per_year",
            "unmet_need_days_per_1000_households_per_year", "cost_eur_per_year", "cost_per_helped_household_eur")
"""The KPIs printed by default; the CSV files hold every KPI."""
WAIT_PREFIXES = ("wait_median_days_", "wait_p90_days_", "wait_censored_median_days_", "norm_event_median_days_",
                 "norm_event_mean_days_", "within_norm_share_")
"""KPIs that are waits (or shares within a waiting norm) of one domain: never an interval on a growing list."""


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


def wait_domain(kpi: str) -> str | None:
    """The domain whose waiting list a wait KPI depends on (``wait_median_days_wmo_single_need``: wmo)."""
    for prefix in WAIT_PREFIXES:
        if kpi.startswith(prefix):
            return next((d for d in DOMAINS if kpi[len(prefix):].startswith(d)), None)
    return None


def list_words(means: dict, design: str, point, domain: str, n: int) -> tuple[str, bool]:
    """What the waiting list behind ``domain`` did in a design's runs, and whether a wait may be printed.

    A list that grew in any replication: words only ("grows by about 380 a year in 10 of 10
    runs"), since its wait measures how long the run lasted. Held only by withdrawals: the number
    may stand, with the words beside it. Stable in every run: no words.
    """
    def share(name: str) -> float:
        value = means.get((design, point, f"{name}_{domain}"), math.nan)
        return 0.0 if math.isnan(value) else value
    growing, held = share("waiting_list_growing"), share("waiting_list_held")
    if growing > 0:
        growth = means.get((design, point, f"waiting_list_growth_per_year_{domain}"), math.nan)
        words = f"waiting list grows (about {about(growth)} a year) in {round(growing * n)} of {n} runs: no steady wait"
        return words, False
    if held > 0:
        return f"list held only by withdrawals in {round(held * n)} of {n} runs", True
    return "", True


def format_summary(summary: pd.DataFrame, differences: pd.DataFrame, kpis=HEADLINE) -> str:
    """Per KPI, one line per design and point: mean [95% CI] and difference [95% CI].

    A wait whose waiting list grew in any run is told in words instead (:func:`list_words`).
    """
    keys = ["design", "point"]
    means = {(r.design, _point(r.point), r.kpi): r.mean for r in summary.itertuples()}
    diffs = {(r.design, _point(r.point), r.kpi): with_interval(r._asdict()) for r in differences.itertuples()}
    reference = differences["reference"].iloc[0] if len(differences) else ""
    lines = [f"mean [95% CI] per design; difference: paired, against {reference} (same replications)"]
    factors = [c for c in summary.columns if c not in (*keys, "kpi", "n", "mean", "sd", "ci_low", "ci_high")]
    label = {i: r["design"] + "".join(f" {f}={r[f]}" for f in factors if pd.notna(r[f]))
             for i, r in summary.iterrows()}
    width = max(map(len, label.values()), default=10)
    for kpi in [k for k in kpis if k in set(summary["kpi"])]:
        lines += ["", kpi]
        domain = wait_domain(kpi)
        for i, r in summary[summary["kpi"] == kpi].iterrows():
            diff = diffs.get((r["design"], _point(r["point"]), kpi), "(reference)")
            words, numbers = list_words(means, r["design"], _point(r["point"]), domain, r["n"]) if domain \
                else ("", True)
            if not numbers:
                lines.append(f"  {label[i]:{width}s} {words}  n={r['n']}")
                continue
            lines.append(f"  {label[i]:{width}s} {with_interval(r):>30s}   {diff:>30s}  n={r['n']}"
                         + (f"  ({words})" if words else ""))
    return "\n".join(lines)


def _point(value) -> int | None:
    return None if pd.isna(value) else int(value)
