"""Unit: a summary never prints an interval on the wait of a growing waiting list without words.

Story: under integrale toegang the Wmo-loket's list grew by about 380 a year in every
replication. The summary line for its Wmo wait says that in words instead of "280 [270, 290]";
a list held only by withdrawals keeps its number with the words beside it; a stable one prints
the number alone.
"""

from __future__ import annotations

from sim.output.summary import format_summary, list_words, summarize_runs, wait_domain
from summary_helpers import runs


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
