"""Is a waiting list stable, and how long do people wait when some leave before help?

Story. Under integral access the Wmo-loket's list levels off at about 850 waiting, but only
because 15-18% of the requests are withdrawn while they wait (the need remitted) and crises jump
the queue; the staff are busy every week. The median wait of those who got help (about 280 days)
then looks like a forecast, with a tight interval, while the list is bounded by who gives up,
not by the staff. Two answers here say what is happening instead:

- :func:`queue_stability`: per organisation, whether its waiting list grows over the measured
  years, by how much a year, how many help starts and withdrawals it had, and whether a list
  that does not grow is *held only by withdrawals* (the staff never ran out of work, and without
  the withdrawals the list would grow).
- :func:`censored_median_wait`: per domain, the Kaplan-Meier median time from request to help,
  which counts a withdrawn request and a request still waiting at the end as *censored* (it
  waited at least that long), beside the plain median of those helped.

Both read only the output tables (weekly, episodes), over the measured period.
"""

from __future__ import annotations

import math
from enum import StrEnum
from typing import NamedTuple

import numpy as np
import pandas as pd
from scipy import stats

from sim.domains import DAYS_PER_WEEK, DAYS_PER_YEAR, DOMAINS

WAIT_GROWTH_THAT_MATTERS_DAYS = 7.0
"""A list counts as growing only if its growth adds more than a week of waiting a year (see
:func:`queue_stability`): waits are told in weeks (the Wmo norm is 8 weeks)."""
TREND_BATCHES = 10
"""The measured weeks are cut into this many consecutive batches before the trend test."""
TREND_P_VALUE = 0.05
"""One-sided significance level of the trend test."""
ALWAYS_WAITING_SHARE = 0.95
"""A list non-empty at this share of the weekly counts or more means the staff never ran out of work."""


class Verdict(StrEnum):
    """What a waiting list did over the measured years."""

    STABLE = "stable"
    HELD_BY_WITHDRAWALS = "held only by withdrawals"
    GROWING = "growing"
    TOO_SHORT = "too short to tell"


class QueueStability(NamedTuple):
    """One organisation's waiting list over the measured years (a row of :func:`queue_stability`).

    ``stable`` is True for a list that does not grow (also when it is held only by withdrawals).
    Counts are of waiting tasks (one per request an organisation has in hand), rates per measured
    year; ``wait_days_added_per_year`` is the growth divided by the tasks started per day.
    """

    organisation: str
    verdict: str
    stable: bool
    held_by_withdrawals: bool
    growth_per_year: float
    growth_p_value: float
    wait_days_added_per_year: float
    throughput_per_year: float
    withdrawals_per_year: float
    mean_queue_length: float
    queue_at_end: float


def queue_stability(weekly: pd.DataFrame, episodes: pd.DataFrame, measure_from: float,
                    horizon: float) -> pd.DataFrame:
    """Per organisation of one run: is its waiting list stable over the measured years?

    The rule. The weekly queue lengths of the measured weeks are cut into 10 consecutive batches
    and the batch means regressed on time (ordinary least squares, ``scipy.stats.linregress``).
    Batch means remove most of the week-to-week correlation of a queue, which would make the
    plain regression's standard error far too small (the batch-means method of simulation output
    analysis). A list is *growing* when both

    1. the slope is positive at the 5% level (one-sided t test on the batches), so noise in a
       short run is not read as growth, and
    2. the growth adds more than a week of waiting a year (growth per year divided by the tasks
       the organisation starts a day), so a drift too small to matter in a long run is not either.

    A list that does not grow is *held only by withdrawals* when it was non-empty at 95% or more
    of the weekly counts (the staff always had work waiting, so they served at full capacity) and
    the list would grow by the same rule if the requests withdrawn while waiting had stayed: the
    demand then exceeds the capacity and remission, not staff, keeps the list bounded. Fewer than
    three measured weeks: too short to tell.

    Throughput is the help episodes started in the measured period a year, withdrawals the
    episodes withdrawn while waiting in it a year, both by the organisation of the episode.

    Args:
        weekly: the run's weekly table (sim/output/tables.py ``weekly_table``).
        episodes: the run's episodes table.
        measure_from: the day measurement started (the end of the warm-up).
        horizon: the last day of the run.

    Returns:
        One row per organisation (the fields of :class:`QueueStability`), in the weekly table's order.
    """
    years = (horizon - measure_from) / DAYS_PER_YEAR
    starts = episodes["help_start"].between(measure_from, horizon)
    help_starts = episodes[starts].groupby("organisation").size() / years
    withdrawn = (episodes["outcome"] == "withdrawn") & episodes["end_time"].between(measure_from, horizon)
    withdrawals = episodes[withdrawn].groupby("organisation").size() / years
    measured = weekly[weekly["measured"]]
    rows = [_one_list(name, weeks, float(help_starts.get(name, 0.0)), float(withdrawals.get(name, 0.0)))
            for name, weeks in measured.groupby("organisation", sort=False)]
    return pd.DataFrame(rows, columns=QueueStability._fields)


def _one_list(name: str, weeks: pd.DataFrame, throughput: float, withdrawals: float) -> QueueStability:
    queue = weeks["queue_length"].to_numpy(dtype=float)
    too_short = len(queue) < 3
    growth, p_value = (math.nan, math.nan) if too_short else _trend(weeks["time"].to_numpy(dtype=float), queue)
    started_per_day = weeks["tasks_started"].sum() / (len(weeks) * DAYS_PER_WEEK)
    added = _wait_days(growth, started_per_day)
    growing = p_value < TREND_P_VALUE and added > WAIT_GROWTH_THAT_MATTERS_DAYS
    held = (not too_short and not growing and float(np.mean(queue > 0)) >= ALWAYS_WAITING_SHARE
            and _wait_days(growth + withdrawals, started_per_day) > WAIT_GROWTH_THAT_MATTERS_DAYS)
    verdict = (Verdict.TOO_SHORT if too_short else Verdict.GROWING if growing
               else Verdict.HELD_BY_WITHDRAWALS if held else Verdict.STABLE)
    return QueueStability(name, str(verdict), verdict in (Verdict.STABLE, Verdict.HELD_BY_WITHDRAWALS), held,
                          growth, p_value, added, throughput, withdrawals, float(queue.mean()), float(queue[-1]))


def _trend(times: np.ndarray, queue: np.ndarray) -> tuple[float, float]:
    """Slope (waiting tasks a year) of the batch means on time, and its one-sided p-value for growth."""
    batches = min(TREND_BATCHES, len(queue))
    x = np.array([b.mean() for b in np.array_split(times / DAYS_PER_YEAR, batches)])
    y = np.array([b.mean() for b in np.array_split(queue, batches)])
    fit = stats.linregress(x, y)
    if fit.stderr == 0 or math.isnan(fit.stderr):
        return float(fit.slope), 0.0 if fit.slope > 0 else 1.0
    return float(fit.slope), float(stats.t.sf(fit.slope / fit.stderr, batches - 2))


def _wait_days(growth_per_year: float, started_per_day: float) -> float:
    """Days of waiting a year's growth adds: growth over the tasks started a day (inf if none start)."""
    if math.isnan(growth_per_year) or growth_per_year == 0:
        return growth_per_year
    return growth_per_year / started_per_day if started_per_day > 0 else math.copysign(math.inf, growth_per_year)


def censored_median_wait(episodes: pd.DataFrame, horizon: float) -> pd.DataFrame:
    """Per domain, the Kaplan-Meier median days from request to help start, beside the median of those helped.

    Every measured request counts. A request that got help is an event at its wait; a request
    withdrawn while waiting is right-censored when it was withdrawn, and one still waiting at the
    horizon is right-censored there: it waited at least that long. The product-limit (Kaplan-Meier)
    curve ``scipy.stats.ecdf`` fits to this ``scipy.stats.CensoredData`` is the chance of still
    waiting after t days; its median is the first wait at which that chance is 0.5 or less.
    Withdrawal here comes from remission, which does not depend on the place in the queue, so the
    censoring is non-informative and the curve estimates the wait a request would have had if it
    had stayed.

    Under integral access for all on Middelstad (``integraal run integrale-toegang --seed 0``) the
    Wmo-loket's list is held at about 810 by 240 withdrawals a year; those helped waited a median
    of 265 days and the censored median is the same: in a long first-come queue whoever stays
    waits about as long. So the 265 days is the wait of a request that stays, and how many stay is
    what :func:`queue_stability`'s "held only by withdrawals" says. The two medians part when
    those who leave would have waited longer than those helped, as under a list that still grows
    (Schuldhulpverlening in the same run, growing by about 51 a year: 149 days helped, 160
    censored). When fewer than half of the requests are ever seen to get help (the curve never
    comes down to 0.5) the censored median is NaN: the run does not tell the median, and no number
    is made up for it.

    Args:
        episodes: the run's episodes table (rows with ``measured`` True are used).
        horizon: the last day of the run.

    Returns:
        One row per domain with measured requests (in :data:`~sim.domains.DOMAINS` order):
        ``domain``, ``requests``, ``helped``, ``withdrawn``, ``still_waiting``,
        ``censored_median_days``, ``helped_median_days`` and ``organisations`` (the organisations
        of its episodes, ``;``-separated).
    """
    measured = episodes[episodes["measured"]]
    present = set(measured["domain"])
    rows = [_domain_waits(d, measured[measured["domain"] == d], horizon) for d in DOMAINS if d in present]
    return pd.DataFrame(rows, columns=["domain", "requests", "helped", "withdrawn", "still_waiting",
                                       "censored_median_days", "helped_median_days", "organisations"])


def _domain_waits(domain: str, frame: pd.DataFrame, horizon: float) -> dict:
    helped = frame["help_start"].notna()
    waits = (frame.loc[helped, "help_start"] - frame.loc[helped, "request_time"]).to_numpy(dtype=float)
    left = frame[~helped]
    censored = (left["end_time"].fillna(horizon) - left["request_time"]).to_numpy(dtype=float)
    return {"domain": domain, "requests": len(frame), "helped": int(helped.sum()),
            "withdrawn": int((left["outcome"] == "withdrawn").sum()),
            "still_waiting": int(left["end_time"].isna().sum()),
            "censored_median_days": kaplan_meier_median(waits, censored),
            "helped_median_days": float(np.median(waits)) if len(waits) else math.nan,
            "organisations": ";".join(dict.fromkeys(frame["organisation"]))}


def kaplan_meier_median(waits: np.ndarray, censored: np.ndarray) -> float:
    """The Kaplan-Meier median of ``waits`` (events) with ``censored`` right-censored times; NaN if unreached."""
    if len(waits) == 0:
        return math.nan
    survival = stats.ecdf(stats.CensoredData(uncensored=waits, right=censored)).sf
    reached = np.flatnonzero(survival.probabilities <= 0.5 + 1e-12)
    return float(survival.quantiles[reached[0]]) if len(reached) else math.nan
