"""The main job's answer on one screen: per design, its waiting lists, waits, staff, load, outcomes, cost.

Story: after ``make run`` an adviser wants one table to read aloud. Per design (a column each): is
each domain's waiting list stable, held only by withdrawals or growing; the median wait from
request to help of those helped and counting the withdrawn and still waiting (Kaplan-Meier), or
words where a list grows; the share of requests within the legal norm; the extra FTE each design
needs to hold the baseline's waits (``integraal capacity --out``); the coordination share; the
outcomes; and the cost. Numbers are means over replications with their 95% interval.
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from sim.domains import DOMAINS
from sim.output.summary import list_words, number
from sim.output.waiting_format import about
from sim.params.errors import InputError

ROWS = (("coordination share of capacity", "coordination_share", "{:.1%}"),
        ("help episodes resolved", "resolved_share", "{:.1%}"),
        ("crises per 1,000 households a year", "crises_per_1000_households_per_year", "{:.1f}"),
        ("need-days without help per 1,000 households a year", "unmet_need_days_per_1000_households_per_year",
         "{:,.0f}"),
        ("ZRM change 12 months after a request", "zrm_change_follow_up_mean", "{:+.2f}"),
        ("cost of crises to society per 1,000 households a year, EUR",
         "crisis_cost_eur_per_1000_households_per_year", "{:,.0f}"),
        ("cost, EUR a year (paid staff + provisions)", "cost_eur_per_year", "{:,.0f}"),
        ("cost per helped household, EUR", "cost_per_helped_household_eur", "{:,.0f}"))
"""The rows after the waiting lists and the staff: label, KPI, format of the mean."""


def design_table(summary: pd.DataFrame, capacity: pd.DataFrame | None = None) -> str:
    """The per-design table of a results folder's ``summary.csv`` (and a capacity table, if given).

    Args:
        summary: :func:`~sim.output.summary.summarize_runs`'s summary (one row per design, point, KPI).
        capacity: the CSV ``integraal capacity --out`` writes, or None.
    """
    first = summary[summary["point"].fillna(0) == summary["point"].fillna(0).min()]
    designs = list(dict.fromkeys(first["design"]))
    cells = {(r.design, r.kpi): r for r in first.itertuples()}
    means = {(r.design, None, r.kpi): r.mean for r in first.itertuples()}
    rows: list[tuple[str, list[str]]] = []
    for d in DOMAINS:
        if any((x, f"wait_median_days_{d}") in cells for x in designs):
            rows.append((f"{d}: waiting list", [_list_cell(means, cells, x, d) for x in designs]))
            rows.append((f"{d}: wait p50 helped / censored (d)", [_wait_cell(means, cells, x, d) for x in designs]))
            rows.append((f"{d}: within the legal norm", [_share_cell(means, cells, x, d) for x in designs]))
    if capacity is not None:
        rows.append(("extra FTE to hold the baseline's waits", [_extra_fte(capacity, x) for x in designs]))
    rows += [(label, [_mean_cell(cells, x, kpi, pattern) for x in designs]) for label, kpi, pattern in ROWS]
    width = max(len(label) for label, _ in rows)
    column = max(24, *(len(x) for x in designs), *(len(c) for _, row in rows for c in row))
    lines = [f"{'':{width}}  " + "  ".join(f"{x:>{column}}" for x in designs)]
    lines += [f"{label:{width}}  " + "  ".join(f"{c:>{column}}" for c in row) for label, row in rows]
    return "\n".join(lines)


def _list_cell(means: dict, cells: dict, design: str, domain: str) -> str:
    """The list's verdict over the design's runs: grows (in how many), held by withdrawals, or stable."""
    row = cells.get((design, f"waiting_list_growing_{domain}"))
    if row is None or math.isnan(row.mean):
        return "-"
    growing, held = row.mean, means.get((design, None, f"waiting_list_held_{domain}"), 0.0)
    if growing > 0:
        growth = means.get((design, None, f"waiting_list_growth_per_year_{domain}"), math.nan)
        return f"grows ~{about(growth)}/yr ({round(growing * row.n)}/{int(row.n)} runs)"
    if held > 0:
        return f"held by withdrawals ({round(held * row.n)}/{int(row.n)} runs)"
    return "stable"


def _wait_cell(means: dict, cells: dict, design: str, domain: str) -> str:
    helped = cells.get((design, f"wait_median_days_{domain}"))
    if helped is None:
        return "-"
    if not list_words(means, design, None, domain, int(helped.n))[1]:
        return "no steady wait"
    censored = cells.get((design, f"wait_censored_median_days_{domain}"))
    return f"{number(helped.mean)} / {number(censored.mean) if censored is not None else '-'}"


def _share_cell(means: dict, cells: dict, design: str, domain: str) -> str:
    row = cells.get((design, f"within_norm_share_{domain}"))
    if row is None or math.isnan(row.mean):
        return "-"
    if not list_words(means, design, None, domain, int(row.n))[1]:
        return "no steady share"
    return f"{row.mean:.0%} [{row.ci_low:.0%}, {min(row.ci_high, 1.0):.0%}]"


def _mean_cell(cells: dict, design: str, kpi: str, pattern: str) -> str:
    row = cells.get((design, kpi))
    if row is None or math.isnan(row.mean):
        return "-"
    return f"{pattern.format(row.mean)} [{pattern.format(row.ci_low)}, {pattern.format(row.ci_high)}]"


def _extra_fte(capacity: pd.DataFrame, design: str) -> str:
    """Summed extra FTE (36 hours) over the design's organisations, with the replications' range.

    Organisations whose target no staffing within the search reached are named instead of
    counted; a range needs every replication to have reached the target.
    """
    rows = capacity[capacity["design"] == design]
    if rows.empty:
        return "(baseline)" if design in set(capacity["baseline"]) else "-"
    reached, missed = rows[rows["fte"].notna()], rows[rows["fte"].isna()]
    text = f"{reached['fte'].sum():.1f}"
    if reached[["fte_low", "fte_high"]].notna().all().all():
        text += f" [{reached['fte_low'].sum():.1f}, {reached['fte_high'].sum():.1f}]"
    if len(missed):
        text += f"; not reached: {', '.join(missed['organisation'])}"
    return text


def read_capacity(path: Path) -> pd.DataFrame:
    """The capacity table ``integraal capacity --out`` wrote; one clear line if it is missing or not one."""
    if not path.is_file():
        raise InputError(str(path), "--capacity", "file not found; write it with `integraal capacity ... --out FILE`")
    try:
        table = pd.read_csv(path)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise InputError(str(path), "--capacity", f"not a CSV file ({type(exc).__name__})") from None
    missing = sorted({"design", "baseline", "fte", "fte_low", "fte_high"} - set(table.columns))
    if missing:
        raise InputError(str(path), "--capacity", f"not a capacity table: no column {missing[0]!r}")
    return table
