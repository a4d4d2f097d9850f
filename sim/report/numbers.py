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
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from sim.output.stats import CONFIDENCE, interval
from sim.output.summary import wait_domain

LOWER_IS_BETTER = ("wait_", "norm_event_", "coordination_", "crises_", "evictions_", "cost_", "professionals_",
                   "idle_days", "onset_to_known", "handover", "repeated_intakes", "intrusions_", "idle_share",
                   "unmet_need")
HIGHER_IS_BETTER = ("within_norm_share", "resolved_share", "zrm_change", "direct_help_share", "found_needs")


@dataclass(frozen=True)
class Estimate:
    """A mean over replications with its 95% interval and the number of replications behind it.

    For a wait, ``growing`` and ``held`` count the replications in which a waiting list behind it
    grew or was held only by withdrawals, and ``growth`` is the mean growth a year: the report then
    says in words what the number means (:meth:`sim.report.text.Text.estimate`).
    """

    mean: float
    low: float
    high: float
    n: int
    growing: int = 0
    held: int = 0
    growth: float = math.nan

    @property
    def known(self) -> bool:
        """Whether the estimate rests on at least one number."""
        return self.n > 0 and not math.isnan(self.mean)

    @property
    def half_width(self) -> float:
        """Half the width of the interval (NaN without one)."""
        return (self.high - self.low) / 2 if self.n > 1 else math.nan

    @property
    def unstable(self) -> bool:
        """Whether a waiting list behind the number grew, or was held only by withdrawals, in some run."""
        return bool(self.growing or self.held)


def kind_of(kpi: str) -> str:
    """Share (a fraction), days, eur, or plain."""
    if kpi.endswith("_share") or "_share_" in kpi:
        return "share"
    if "_days" in kpi:
        return "days"
    if "_eur" in kpi:
        return "eur"
    return "plain"


def estimate(values: pd.Series) -> Estimate:
    """The mean of ``values`` with its 95% interval and count."""
    i = interval(values)
    return Estimate(i["mean"], i["ci_low"], i["ci_high"], int(i["n"]))


def share_estimate(values: pd.Series) -> Estimate:
    """The mean of shares in [0, 1] with an interval that stays in [0, 1].

    The t-interval is taken on the logit scale and turned back, so ten runs with 99.6% of requests
    on time give [99.1 - 99.9], never the impossible 100.1 of a t-interval on the shares themselves.
    Shares of exactly 0 or 1 are moved in by half a part in 10,000 before the logit; a share that is
    the same in every run has that value as both ends.
    """
    clean = pd.to_numeric(values, errors="coerce").dropna().clip(0.0, 1.0)
    plain = estimate(clean)
    if plain.n < 2 or clean.nunique() == 1:
        return replace(plain, low=plain.mean, high=plain.mean) if plain.n > 1 else plain
    eps = 5e-5
    logits = np.log((clean.clip(eps, 1 - eps)) / (1 - clean.clip(eps, 1 - eps)))
    i = interval(logits, CONFIDENCE)
    low, high = (float(1 / (1 + np.exp(-v))) for v in (i["ci_low"], i["ci_high"]))
    return replace(plain, low=min(low, plain.mean), high=max(high, plain.mean))


def design_estimate(runs: pd.DataFrame, design: str, kpi: str) -> Estimate:
    """The mean of ``kpi`` over the ok runs of ``design``."""
    if kpi not in runs:
        return Estimate(math.nan, math.nan, math.nan, 0)
    values = runs.loc[runs["design"] == design, kpi]
    found = share_estimate(values) if kind_of(kpi) == "share" else estimate(values)
    return replace(found, **_lists(runs, (design,), kpi))


def paired(runs: pd.DataFrame, design: str, other: str, kpi: str) -> Estimate:
    """``design`` minus ``other``, replication by replication (common random numbers)."""
    if kpi not in runs:
        return Estimate(math.nan, math.nan, math.nan, 0)
    a = runs[runs["design"] == design].groupby("replication")[kpi].mean()
    b = runs[runs["design"] == other].groupby("replication")[kpi].mean()
    return replace(estimate((a - b).dropna()), **_lists(runs, (design, other), kpi))


def _lists(runs: pd.DataFrame, designs: tuple[str, ...], kpi: str) -> dict:
    """Replications in which a list behind the wait ``kpi`` grew or was held, in any of ``designs``."""
    domain = wait_domain(kpi)
    growing, held = f"waiting_list_growing_{domain}", f"waiting_list_held_{domain}"
    if domain is None or growing not in runs or held not in runs:
        return {}
    chosen = runs[runs["design"].isin(designs)]
    per_replication = chosen.groupby("replication")[[growing, held]].max().fillna(0) > 0
    growth = chosen.loc[chosen[growing] > 0, f"waiting_list_growth_per_year_{domain}"]
    return {"growing": int(per_replication[growing].sum()), "held": int(per_replication[held].sum()),
            "growth": float(growth.mean()) if len(growth) else math.nan}


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
