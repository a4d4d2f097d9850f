"""Unit: the per-design table of the main job says what each design's waiting lists did before any wait.

Story: after ``make run`` the adviser reads one table. Under integraal the Wmo list grew in all
runs: the table says so and prints no wait; the extra FTE come from the capacity table, summed
over the organisations, with the range the replications gave.
"""

from __future__ import annotations

import pandas as pd

from sim.output.design_table import design_table
from sim.output.summary import summarize_runs
from summary_helpers import runs


def table(growing: float, capacity: pd.DataFrame | None = None) -> list[str]:
    summary, _ = summarize_runs(runs(growing, 0.0), "sectoraal")
    return design_table(summary, capacity).splitlines()


def row(lines: list[str], label: str) -> str:
    return next(line for line in lines if line.startswith(label))


def test_a_growing_list_is_told_in_words_and_its_wait_is_not_printed():
    lines = table(1.0)
    assert "grows ~380/yr (4/4 runs)" in row(lines, "wmo: waiting list")
    assert "no steady wait" in row(lines, "wmo: wait p50")
    assert "stable" in row(lines, "wmo: waiting list")  # the baseline's column


def test_extra_fte_are_summed_over_organisations_with_their_range():
    capacity = pd.DataFrame({"design": ["integraal", "integraal"], "baseline": ["sectoraal"] * 2,
                             "organisation": ["Wmo-loket", "Jeugdteam"], "fte": [2.0, 1.5], "fte_low": [1.0, 1.0],
                             "fte_high": [3.0, 2.0]})
    extra = row(table(0.0, capacity), "extra FTE")
    assert "(baseline)" in extra and "3.5 [2.0, 5.0]" in extra


def test_an_organisation_out_of_reach_is_named_not_counted():
    nan = float("nan")
    capacity = pd.DataFrame({"design": ["integraal", "integraal"], "baseline": ["sectoraal"] * 2,
                             "organisation": ["Wmo-loket", "Welzijn"], "fte": [2.0, nan],
                             "fte_low": [1.0, nan], "fte_high": [3.0, nan]})
    assert "2.0 [1.0, 3.0]; not reached: Welzijn" in row(table(0.0, capacity), "extra FTE")
