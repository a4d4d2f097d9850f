"""Theory and invariants of the summary statistics over replications."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from sim.output.stats import interval, mean_ci, paired_differences


def test_interval_is_the_student_t_interval():
    """Theory: mean +- t(0.975, n-1) * s / sqrt(n), computed here from its definition."""
    values = pd.Series([12.0, 15.0, 11.0, 18.0, 14.0])
    out = interval(values)
    half = stats.t.ppf(0.975, 4) * np.std(values, ddof=1) / np.sqrt(5)
    assert out["n"] == 5 and np.isclose(out["mean"], 14.0)
    assert np.isclose(out["ci_low"], 14.0 - half) and np.isclose(out["ci_high"], 14.0 + half)


def test_interval_of_one_value_or_none_is_undefined():
    """Extreme values: one replication has no interval; NaN KPIs are left out of n."""
    assert np.isnan(interval(pd.Series([3.0]))["ci_low"])
    out = interval(pd.Series([np.nan, 2.0, 4.0]))
    assert out["n"] == 2 and out["mean"] == 3.0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(-1e6, 1e6), min_size=2, max_size=30))
def test_interval_contains_the_mean(values):
    """Invariant: ci_low <= mean <= ci_high."""
    out = interval(pd.Series(values))
    assert out["ci_low"] <= out["mean"] + 1e-9 * (1 + abs(out["mean"])) and out["mean"] <= out["ci_high"] + 1e-9 * (
        1 + abs(out["mean"])
    )


def test_t_interval_covers_the_true_mean_about_95_percent():
    """Theory: over many normal samples of 5, the interval covers the true mean ~95% of the time."""
    rng = np.random.default_rng(1)
    covered = 0
    for _ in range(2000):
        out = interval(pd.Series(rng.normal(10, 3, size=5)))
        covered += out["ci_low"] <= 10 <= out["ci_high"]
    assert 0.935 <= covered / 2000 <= 0.965


def test_paired_differences_match_by_replication_and_are_narrower_than_separate_intervals():
    """Theory: with common random numbers the noise of replication k cancels in the difference."""
    rng = np.random.default_rng(2)
    noise = rng.normal(0, 5, size=8)
    runs = pd.DataFrame({"design": ["a"] * 8 + ["b"] * 8, "replication": list(range(8)) * 2,
                         "point": [pd.NA] * 16, "wait": np.r_[20 + noise, 23 + noise + rng.normal(0, 0.1, 8)]})
    runs = runs.sample(frac=1, random_state=3)  # order must not matter: pairs are matched by replication
    diff = paired_differences(runs, "design", "a", ["replication"], ["wait"], by=["point"]).iloc[0]
    assert diff["design"] == "b" and diff["n"] == 8 and abs(diff["mean"] - 3) < 0.2
    separate = mean_ci(runs, ["design"], ["wait"]).set_index("design")
    assert diff["ci_high"] - diff["ci_low"] < 0.1 * (separate.loc["b", "ci_high"] - separate.loc["b", "ci_low"])


def test_paired_differences_against_an_unvaried_reference_use_every_point():
    """A reference run once per replication is paired with each design point of the others."""
    runs = pd.DataFrame({"design": ["ref", "ref", "x", "x", "x", "x"], "point": [pd.NA, pd.NA, 0, 0, 1, 1],
                         "replication": [0, 1, 0, 1, 0, 1], "k": [1.0, 2.0, 2.0, 3.0, 5.0, 6.0]})
    runs["point"] = runs["point"].astype("Int64")
    out = paired_differences(runs, "design", "ref", ["replication"], ["k"], by=["point"]).set_index("point")
    assert out.loc[0, "mean"] == 1.0 and out.loc[1, "mean"] == 4.0 and (out["n"] == 2).all()
