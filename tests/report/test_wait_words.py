"""Report: a wait of a growing waiting list is never printed as a number with an interval.

Story: under integrale toegang the Wmo-loket's list grew by about 380 a year in every run. The
report says that in words; a list held only by withdrawals gets a rounded size in words too.
"""

from __future__ import annotations

import pandas as pd

from sim.report.numbers import Estimate, design_estimate, paired
from sim.report.text import Text

GROWING = Estimate(280.0, 270.0, 290.0, 10, growing=10, growth=381.0)


def test_a_growing_list_is_told_in_words_in_both_languages():
    nl, en = Text("nl").estimate(GROWING, "wait_median_days_wmo"), Text("en").estimate(GROWING, "wait_median_days_wmo")
    assert "groeit" in nl and "10 van de 10" in nl and "[" not in nl and "280" not in nl
    assert "grows (about 381 a year) in 10 of 10 runs" in en and "281" not in en


def test_a_held_list_is_told_as_a_rounded_size_without_an_interval():
    held = Estimate(40.0, 35.0, 45.0, 10, held=4)
    text = Text("en").estimate(held, "wait_median_days_wmo")
    assert text.startswith("about 6 weeks") and "[" not in text and "in 4 of 10 runs" in text
    diff = Text("nl").estimate(Estimate(250.0, 240.0, 260.0, 10, held=10), "wait_median_days_wmo", sign=True)
    assert diff.startswith("8 maanden langer") and "overbelast" in diff
    unclear = Text("nl").estimate(Estimate(3.0, -2.0, 8.0, 10, held=10), "wait_median_days_wmo", sign=True)
    assert unclear.startswith("geen aantoonbaar verschil")


def test_estimates_count_the_replications_whose_list_grew_in_either_design():
    runs = pd.DataFrame({"design": ["a", "a", "b", "b"], "replication": [0, 1, 0, 1],
                         "wait_median_days_wmo": [30.0, 31.0, 300.0, 40.0],
                         "waiting_list_growing_wmo": [0.0, 0.0, 1.0, 0.0],
                         "waiting_list_held_wmo": [0.0, 1.0, 0.0, 0.0],
                         "waiting_list_growth_per_year_wmo": [0.0, 0.0, 250.0, 0.0], "coordination_share": [0.1] * 4})
    assert design_estimate(runs, "a", "wait_median_days_wmo").growing == 0
    assert design_estimate(runs, "a", "wait_median_days_wmo").held == 1
    both = paired(runs, "b", "a", "wait_median_days_wmo")
    assert both.growing == 1 and both.growth == 250.0
    assert design_estimate(runs, "b", "coordination_share").growing == 0
