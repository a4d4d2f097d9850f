"""Estimates with 95% intervals, and the explicit rule that turns a paired difference into a word.

Every number the report prints is an :class:`Estimate` computed here from the run table, with
the same Student-t interval as ``integraal summarize`` (``sim.output.stats.interval``). Differences are
paired by replication, which the common random numbers make valid for any two designs, not only
against the reference.

The rule (:func:`direction`): a difference is *higher* when its whole 95% interval lies above 0,
*lower* when it lies below 0, and *unclear* otherwise (including when there are fewer than two
replications). :func:`judgement` adds whether that is better or worse, from the KPI's polarity.
A story: vinkje minus sectoraal on the Wmo wait is +1.5 days [-0.8, +3.9]: *unclear*, so the
report says "no demonstrable difference", never "vinkje is slower".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from sim.output.stats import interval

LOWER_IS_BETTER = ("wait_", "norm_event_", "coordination_", "crises_", "evictions_", "cost_", "professionals_",
                   "idle_days", "onset_to_known", "handover", "repeated_intakes", "intrusions_", "idle_share")
HIGHER_IS_BETTER = ("within_norm_share", "resolved_share", "zrm_change", "direct_help_share", "found_needs")


@dataclass(frozen=True)
class Estimate:
    """A mean over replications with its 95% interval and the number of replications behind it."""

    mean: float
    low: float
    high: float
    n: int

    @property
    def known(self) -> bool:
        """Whether the estimate rests on at least one number."""
        return self.n > 0 and not math.isnan(self.mean)


def estimate(values: pd.Series) -> Estimate:
    """The mean of ``values`` with its 95% interval and count."""
    i = interval(values)
    return Estimate(i["mean"], i["ci_low"], i["ci_high"], int(i["n"]))


def design_estimate(runs: pd.DataFrame, design: str, kpi: str) -> Estimate:
    """The mean of ``kpi`` over the ok runs of ``design``."""
    if kpi not in runs:
        return Estimate(math.nan, math.nan, math.nan, 0)
    return estimate(runs.loc[runs["design"] == design, kpi])


def paired(runs: pd.DataFrame, design: str, other: str, kpi: str) -> Estimate:
    """``design`` minus ``other``, replication by replication (common random numbers)."""
    if kpi not in runs:
        return Estimate(math.nan, math.nan, math.nan, 0)
    a = runs[runs["design"] == design].groupby("replication")[kpi].mean()
    b = runs[runs["design"] == other].groupby("replication")[kpi].mean()
    return estimate((a - b).dropna())


def direction(diff: Estimate) -> str:
    """'higher', 'lower' or 'unclear': does the 95% interval of the difference exclude 0?"""
    if diff.n < 2 or math.isnan(diff.low) or math.isnan(diff.high):
        return "unclear"
    if diff.low > 0:
        return "higher"
    if diff.high < 0:
        return "lower"
    return "unclear"


def polarity(kpi: str) -> int:
    """+1 when more is better for households or the municipality, -1 when less is, 0 if neither."""
    if kpi.startswith(HIGHER_IS_BETTER):
        return 1
    if kpi.startswith(LOWER_IS_BETTER):
        return -1
    return 0


def judgement(diff: Estimate, kpi: str) -> str:
    """'better', 'worse', 'unclear', or 'higher'/'lower' for a KPI without a better side."""
    d = direction(diff)
    sign = polarity(kpi)
    if d == "unclear" or sign == 0:
        return d
    return "better" if (d == "higher") == (sign > 0) else "worse"
