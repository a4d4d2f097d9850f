"""Readable text tables of KPIs for the terminal."""

from __future__ import annotations

import math

from sim.domains import DOMAINS

WAIT_COLUMNS = (("requests/yr", "requests_per_year_{}", "{:.0f}"), ("wait p50 (d)", "wait_median_days_{}", "{:.0f}"),
                ("wait p90 (d)", "wait_p90_days_{}", "{:.0f}"),
                ("norm event p50 (d)", "norm_event_median_days_{}", "{:.0f}"),
                ("within norm", "within_norm_share_{}", "{:.0%}"))
SECTIONS = {
    "Professional time (share of capacity)": (
        ("intake", "intake_share", "{:.1%}"), ("direct help", "direct_help_share", "{:.1%}"),
        ("coordination", "coordination_share", "{:.1%}"), ("idle", "idle_share", "{:.1%}"),
        ("administration (of worked time)", "admin_share_of_worked", "{:.1%}"),
        ("coordination hours per year", "coordination_hours_per_year", "{:,.0f}")),
    "Households": (("in help during a year", "users_share", "{:.1%}"),
                   ("of those, in 2+ domains", "multi_sector_share", "{:.1%}"),
                   ("multi-problem (3+ domains at once) at the start", "multiproblem_share", "{:.2%}"),
                   ("multi-problem, time average", "multiproblem_prevalence", "{:.2%}"),
                   ("professionals per helped household", "professionals_per_helped_household", "{:.2f}")),
    "Outcomes": (("help episodes resolved", "resolved_share", "{:.1%}"),
                 ("ZRM change, request to end: resolved help", "zrm_change_resolved_mean", "{:+.2f}"),
                 ("ZRM change, request to end: all ended requests", "zrm_change_ended_mean", "{:+.2f}"),
                 ("ZRM change, request to 12 months later", "zrm_change_follow_up_mean", "{:+.2f}"),
                 ("crises per 1,000 households per year", "crises_per_1000_households_per_year", "{:.1f}"),
                 ("evictions per 1,000 households per year", "evictions_per_1000_households_per_year", "{:.2f}"),
                 ("crisis cost to society per 1,000 households a year, EUR",
                  "crisis_cost_eur_per_1000_households_per_year", "{:,.0f}"),
                 ("need-days without help per 1,000 households a year", "unmet_need_days_per_1000_households_per_year",
                  "{:,.0f}"),
                 ("days known needs waited for help, per year (all)", "known_need_waiting_days_per_year",
                  "{:,.0f}")),
    "Access design mechanisms": (
        ("wait p50 (d), Wmo, single-need households", "wait_median_days_wmo_single_need", "{:.0f}"),
        ("coordination hours per request", "coordination_hours_per_request", "{:.2f}"),
        ("days without action, coordinated episodes", "idle_days_mean_coordinated", "{:.1f}"),
        ("needs found per 1,000 requests", "found_needs_per_1000_requests", "{:.0f}"),
        ("days from onset to known (mean)", "onset_to_known_mean_days", "{:.0f}"),
        ("handovers per 1,000 requests", "handovers_per_1000_requests", "{:.0f}"),
        ("days per handover (mean)", "handover_days_mean", "{:.1f}"),
        ("repeated intakes per 1,000 requests", "repeated_intakes_per_1000_requests", "{:.0f}"),
        ("intrusions per 1,000 requests", "intrusions_per_1000_requests", "{:.0f}"),
        ("free budget spent, EUR per year", "budget_eur_per_year", "{:,.0f}")),
    "Cost": (("EUR per year (paid staff + provisions + free budget)", "cost_eur_per_year", "{:,.0f}"),
             ("  of which paid staff, EUR per year", "staff_cost_eur_per_year", "{:,.0f}"),
             ("  (worked hours alone, EUR per year)", "worked_hours_cost_eur_per_year", "{:,.0f}"),
             ("paid staff, FTE of 36 hours", "staff_fte", "{:,.1f}"),
             ("EUR per helped household", "cost_per_helped_household_eur", "{:,.0f}")),
}


def fmt(value: float, pattern: str) -> str:
    """``value`` formatted with ``pattern``, or ``-`` when it is missing."""
    return "-" if value is None or (isinstance(value, float) and math.isnan(value)) else pattern.format(value)


def format_kpis(kpis: dict[str, float], title: str) -> str:
    """The KPI summary of one run as a text table."""
    lines = [title, "", "Waiting per domain"]
    lines.append(f"  {'domain':12s}" + "".join(f"{label:>20s}" for label, _, _ in WAIT_COLUMNS))
    for d in DOMAINS:
        lines.append(f"  {d:12s}" + "".join(f"{fmt(kpis.get(key.format(d)), p):>20s}" for _, key, p in WAIT_COLUMNS))
    for section, rows in SECTIONS.items():
        lines += ["", section]
        lines += [f"  {label:42s} {fmt(kpis.get(key), p):>14s}" for label, key, p in rows]
    return "\n".join(lines)
