"""Scenario discovery on a synthetic run table where the flip is known (sim/study/discovery.py)."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from experiment_helpers import wait_table
from sim.output.robustness import statement
from sim.study.discovery import CRITERIA, Criterion, contrasts, discover, verdicts, wilson

WAITS = CRITERIA[0]


def synthetic_runs(points: int = 200, replications: int = 2, seed: int = 1) -> pd.DataFrame:
    """Two designs over factors x and y in [0, 1]: the vinkje waits 5 days less exactly when x > 0.6.

    Elsewhere it waits 5 days longer. Cost is the same everywhere; the follow-up outcome is missing
    (runs too short for a 12-month follow-up).
    """
    rng = np.random.default_rng(seed)
    x, y = rng.random(points), rng.random(points)
    return wait_table({"x": x, "y": y}, np.where(x > 0.6, 25.0, 35.0), replications, lambda: rng.normal(0, 0.1))


@pytest.fixture(scope="module")
def found():
    """Robustness and boxes of the synthetic table."""
    return discover(synthetic_runs(), "sectoraal")


def test_shares_follow_the_known_split_and_sum_to_one(found):
    """Unit: the vinkje wins on waits in about 40% of the space (x > 0.6), loses elsewhere; cost always ties."""
    robustness, _ = found
    waits = robustness.set_index("criterion").loc["waits"]
    assert waits["contrast"] == "vinkje vs sectoraal" and waits["points"] == 200
    assert waits["wins_share"] == pytest.approx(0.4, abs=0.07)
    assert waits["wins_share"] + waits["loses_share"] + waits["ties_share"] == pytest.approx(1.0)
    assert waits["wins_low"] < waits["wins_share"] < waits["wins_high"]
    assert (waits["conclusion"], waits["flip"]) == ("loses", "wins")
    cost = robustness.set_index("criterion").loc["cost"]
    assert cost["ties_share"] == 1.0 and cost["box_note"] == "never flips"


def test_prim_box_finds_the_lower_limit_of_x_and_leaves_y_free(found):
    """Unit: the flip box restricts x from below near 0.6 and does not restrict the irrelevant y."""
    _, boxes = found
    waits = boxes[boxes["criterion"] == "waits"].set_index("factor")
    assert list(waits.index) == ["x"]
    assert waits.loc["x", "lower"] == pytest.approx(0.6, abs=0.05)
    assert waits.loc["x", "upper"] == waits.loc["x", "space_upper"]
    assert waits.loc["x", "coverage"] > 0.8 and waits.loc["x", "density"] >= 0.8


def test_statement_says_what_holds_and_when_it_flips(found):
    """Unit: the sentence names the conclusion, its share with interval, and the box in words."""
    robustness, boxes = found
    text = statement(robustness[robustness["criterion"] == "waits"].iloc[0], boxes[boxes["criterion"] == "waits"],
                     "plausible")
    assert re.match(r"sectoraal better than vinkje on waits: holds in 6\d% \[\d+, \d+\] of the plausible space "
                    r"\(200 points\); vinkje better in [34]\d%; vinkje better most of all when x > 0\.(59|6)", text)


def test_missing_outcome_gives_no_points_and_no_box(found):
    """Unit: a KPI missing in every run leaves the criterion without points, said in the note."""
    robustness, boxes = found
    outcome = robustness.set_index("criterion").loc["multi-problem outcomes"]
    assert outcome["points"] == 0 and "no design point" in outcome["box_note"]
    assert "multi-problem outcomes" not in set(boxes["criterion"])


def test_contrasts_put_each_design_against_those_listed_before_it():
    """Unit: the three designs of the headline give the three contrasts of issue 15, the reference second."""
    assert contrasts(["sectoraal", "integrale-toegang", "vinkje"], "sectoraal") == [
        ("integrale-toegang", "sectoraal"), ("vinkje", "sectoraal"), ("vinkje", "integrale-toegang")]


def test_tie_margin_is_absolute_or_a_share_of_the_other_design():
    """Unit: a day's wait difference is a tie; a cost difference of 0.4% is a tie, of 1% not."""
    waits = pd.DataFrame({"difference": [-1.5, -0.5, 2.0], "other_value": [30.0, 30.0, 30.0]})
    assert list(verdicts(waits, WAITS)) == ["wins", "ties", "loses"]
    cost = Criterion("cost", "cost_eur_per_year", higher_is_better=False, tolerance=0.005, relative=True)
    costs = pd.DataFrame({"difference": [-4000.0, -10000.0], "other_value": [1e6, 1e6]})
    assert list(verdicts(costs, cost)) == ["ties", "wins"]


def test_wilson_interval_stays_inside_zero_and_one():
    """Unit: 0 of 10 gives [0, 0.28]; 10 of 10 gives [0.72, 1]; no points give no interval."""
    assert wilson(0, 10) == pytest.approx((0.0, 0.2775), abs=1e-3)
    assert wilson(10, 10) == pytest.approx((0.7225, 1.0), abs=1e-3)
    assert all(np.isnan(wilson(0, 0)))
    assert all(wilson(0, n)[0] == 0.0 and wilson(n, n)[1] == 1.0 for n in range(1, 300))  # exactly, for the plot


def noisy_runs(points: int = 200, seed: int = 4) -> pd.DataFrame:
    """The vinkje waits less where x > 0.6, with one verdict in ten reversed at random; eight factors do nothing."""
    rng = np.random.default_rng(seed)
    factors = {f"f{i}": rng.random(points) for i in range(8)} | {"x": rng.random(points)}
    flip = (factors["x"] > 0.6) ^ (rng.random(points) < 0.1)
    return wait_table(factors, np.where(flip, 25.0, 35.0))


def test_restrictions_that_are_chance_are_dropped_from_the_box(monkeypatch):
    """Behaviour: with quasi-p-values on, the box keeps x and drops factors PRIM peeled by chance.

    Turn-off: with ``QP_MAX`` = 1 nothing is dropped, and the box restricts more of the eight
    factors that do nothing.
    """
    import sim.study.discovery as discovery

    def restricted():
        _, boxes = discover(noisy_runs(), "sectoraal")
        return set(boxes.loc[boxes["criterion"] == "waits", "factor"])

    simplified = restricted()
    monkeypatch.setattr(discovery, "QP_MAX", 1.0)
    peeled = restricted()
    assert "x" in simplified and simplified < peeled
