"""Unit: the calibration's fit table and its reasons for a poor fit, on candidates made by hand.

Three figures of a town: Wmo households (100), the Wmo wait (50 days) and youth households
(100). The candidates that make 100 Wmo households wait 20 days; those that wait 50 days make 200
Wmo households; none makes more than 20 youth households. The wait must be named as not
matchable together with the Wmo households, and the youth households as out of every
candidate's reach.
"""

from __future__ import annotations

import pandas as pd

from sim.calibration.fit import fit_table, format_fit, reasons
from sim.calibration.targets import Target

TARGETS = [Target("clients.wmo", 100, 0.1), Target("waits.wmo_days", 50, 0.2), Target("clients.youth", 100, 0.1),
           Target("waits.wmo_within_norm", 0.7, 0.05)]
CANDIDATES = pd.DataFrame({"clients.wmo": [100, 102, 200, 210], "waits.wmo_days": [20, 21, 50, 49],
                           "clients.youth": [10, 20, 15, 12], "waits.wmo_within_norm": [0.72, 0.9, 0.4, 0.68]})
CALIBRATED = pd.DataFrame({"clients.wmo": [101, 103], "waits.wmo_days": [21, 22], "clients.youth": [14, 16],
                           "waits.wmo_within_norm": [0.71, 0.72]})


def test_the_fit_table_says_which_figures_fit_at_the_calibrated_values():
    """A count fits within a factor 1 + tolerance, a share within the tolerance itself."""
    table = fit_table(TARGETS, CALIBRATED, CANDIDATES).set_index("figure")
    assert table["fit"].to_dict() == {"clients.wmo": True, "waits.wmo_days": False, "clients.youth": False,
                                      "waits.wmo_within_norm": True}
    assert table.loc["clients.youth", "candidates_high"] == 20
    assert "NO" in format_fit(table.reset_index())


def test_a_poor_fit_names_the_conflicting_figures_and_the_unreachable_one():
    """The wait conflicts with the Wmo households; the youth households are beyond every candidate."""
    table = fit_table(TARGETS, CALIBRATED, CANDIDATES)
    found = reasons(TARGETS, table, CANDIDATES)
    assert len(found) == 2
    assert found[0].startswith("waits.wmo_days cannot be matched together with clients.wmo")
    assert found[1].startswith("clients.youth: no candidate came within its tolerance")


def test_a_count_of_zero_can_be_observed_and_fitted():
    """No household uses all three laws: a candidate with none fits, one with five does not."""
    target = Target("clients.all_three", 0, 0.5)
    assert abs(target.distance(0.0)) <= 1 < abs(target.distance(5.0))
