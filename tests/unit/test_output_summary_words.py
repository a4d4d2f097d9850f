"""Unit: a summary never prints an interval on the wait of a growing waiting list without words.

Story: under integrale toegang the Wmo-loket's list grew by about 380 a year in every
replication. The summary line for its Wmo wait says that in words instead of "280 [270, 290]";
a list held only by withdrawals keeps its number with the words beside it; a stable one prints
the number alone.
"""

from __future__ import annotations

import pandas as pd

from sim.output.summary import format_summary, list_words, summarize_runs, wait_domain


def runs(growing: float, held: float) -> pd.DataFrame:
    """Four replications of two designs; only ``integraal``'s Wmo list grows or is held."""
    rows = []
    for design, g, h in (("sectoraal", 0.0, 0.0), ("integraal", growing, held)):
        for k in range(4):
            rows.append({"run_id": f"{design}-{k}", "design": design, "point": 0, "replication": k, "status": "ok",
                         "error": "", "wait_median_days_wmo": 30.0 + k + (250.0 if g else 0.0),
                         "waiting_list_growing_wmo": g, "waiting_list_held_wmo": h,
                         "waiting_list_growth_per_year_wmo": 381.0 if g else 0.0, "coordination_share": 0.1})
    return pd.DataFrame(rows)


def summary_lines(growing: float, held: float) -> list[str]:
    text = format_summary(*summarize_runs(runs(growing, held), "sectoraal"),
                          kpis=("wait_median_days_wmo", "coordination_share"))
    return [line for line in text.splitlines() if line.strip().startswith("integraal")]


def test_a_growing_list_gets_words_and_no_number():
    wait_line = summary_lines(1.0, 0.0)[0]
    assert "grows (about 380 a year) in 4 of 4 runs" in wait_line and "[" not in wait_line
    assert "[" in summary_lines(1.0, 0.0)[1], "a KPI that is not a wait keeps its interval"


def test_a_list_held_by_withdrawals_keeps_its_number_with_the_words_beside_it():
    wait_line = summary_lines(0.0, 1.0)[0]
    assert "[" in wait_line and "held only by withdrawals in 4 of 4 runs" in wait_line


def test_a_stable_list_prints_the_number_alone():
    wait_line = summary_lines(0.0, 0.0)[0]
    assert "[" in wait_line and "grows" not in wait_line and "held" not in wait_line


def test_wait_kpis_name_their_domain_and_others_none():
    assert wait_domain("wait_median_days_wmo_single_need") == "wmo"
    assert wait_domain("within_norm_share_work_income") == "work_income"
    assert wait_domain("coordination_share") is None
    assert list_words({}, "x", 0, "wmo", 3) == ("", True)
