"""The "Waiting lists" block that ``integraal run`` prints after the KPI table.

One rule: a wait is never printed for a waiting list that grows, or that withdrawals alone hold
back, without saying so in words on the same line. A list growing by 380 a year makes any median
wait a measure of how long the run lasted, not a forecast.
"""

from __future__ import annotations

import math

import pandas as pd

from sim.domains import DAYS_PER_YEAR
from sim.output.kpi_format import fmt
from sim.output.waiting import WAIT_GROWTH_THAT_MATTERS_DAYS, Verdict, censored_median_wait, queue_stability


def waiting_lists(tables: dict[str, pd.DataFrame], scenario) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The stability of each list and the waits per domain, for one run of ``scenario``."""
    measure_from = scenario["simulation.warmup_years"] * DAYS_PER_YEAR
    horizon = measure_from + scenario["simulation.years"] * DAYS_PER_YEAR
    stability = queue_stability(tables["weekly"], tables["episodes"], measure_from, horizon)
    return stability, censored_median_wait(tables["episodes"], horizon)


def caution(stability: pd.DataFrame) -> str:
    """One line to print above any table of waits when a list grows or only withdrawals hold it.

    Empty when every list is stable (or too short to tell, which the block says itself).
    """
    unsteady = stability[stability["verdict"].isin([Verdict.GROWING, Verdict.HELD_BY_WITHDRAWALS])]
    if unsteady.empty:
        return ""
    names = ", ".join(f"{row.organisation} ({row.verdict})" for row in unsteady.itertuples())
    return (f"Caution: not every waiting list is stable: {names}. The waits below describe this run, "
            "not a steady state (see the waiting lists at the end).")


def format_waiting(stability: pd.DataFrame, waits: pd.DataFrame) -> str:
    """Per organisation its list's verdict, help starts and withdrawals; per domain its waits.

    Args:
        stability: :func:`~sim.output.waiting.queue_stability`'s table.
        waits: :func:`~sim.output.waiting.censored_median_wait`'s table.
    """
    lines = [f"Waiting lists (growing: adds more than {WAIT_GROWTH_THAT_MATTERS_DAYS:.0f} days of waiting a year)",
             f"  {'organisation':28s} {'waiting list':52s} {'help starts/yr':>15s} {'withdrawn/yr':>13s}"]
    lines += [f"  {row.organisation:28s} {_list_words(row):52s} {fmt(row.throughput_per_year, '{:,.0f}'):>15s} "
              f"{fmt(row.withdrawals_per_year, '{:,.0f}'):>13s}" for row in stability.itertuples()]
    lines += ["", "Wait from request to help start (days; censored: Kaplan-Meier, withdrawn and still waiting count)",
              f"  {'domain':12s} {'helped p50':>11s} {'censored p50':>13s}"]
    served = {name for names in waits["organisations"] for name in names.split(";")}
    for row in waits.itertuples():
        behind = set(row.organisations.split(";")) | (set(stability["organisation"]) - served)
        note = _wait_note(stability[stability["organisation"].isin(behind)])
        censored = "not reached" if math.isnan(row.censored_median_days) else f"{row.censored_median_days:.0f}"
        helped = fmt(row.helped_median_days, "{:.0f}")
        lines.append(f"  {row.domain:12s} {helped:>11s} {censored:>13s}  {note}".rstrip())
    return "\n".join(lines)


def _list_words(row) -> str:
    """One organisation's list in words, e.g. "grows by about 380 a year (857 waiting at the end)"."""
    if row.verdict == Verdict.GROWING:
        return f"grows by about {about(row.growth_per_year)} a year ({row.queue_at_end:,.0f} waiting at the end)"
    if row.verdict == Verdict.TOO_SHORT:
        return str(Verdict.TOO_SHORT)
    return f"{row.verdict}, about {about(row.mean_queue_length)} waiting"


def _wait_note(lists: pd.DataFrame) -> str:
    """What a domain's waits mean, given the lists behind it ("" when they are all stable)."""
    growing = lists[lists["verdict"] == Verdict.GROWING]
    if len(growing):
        which = ", ".join(f"{r.organisation} by about {about(r.growth_per_year)} a year" for r in growing.itertuples())
        return f"waiting list grows ({which}): the wait depends on how long the run lasted"
    held = lists[lists["held_by_withdrawals"]]
    if len(held):
        return (f"waiting list held only by withdrawals ({', '.join(held['organisation'])}): "
                "the helped waited, others gave up")
    if (lists["verdict"] == Verdict.TOO_SHORT).any():
        return "run too short to tell whether the waiting list is stable"
    return ""


def about(number: float) -> str:
    """``number`` rounded to two significant figures, for "about N" (e.g. 381 -> 380)."""
    if math.isnan(number):
        return "-"
    rounded = float(f"{number:.2g}") if abs(number) >= 10 else round(number)
    return f"{rounded:,.0f}"
