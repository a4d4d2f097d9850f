"""The Wmo figures the live page shows each week, read off a running model.

Story: in week 30 after the warm-up the page asks each town how many households wait for Wmo
help (requests whose help has not started: waiting for an intake, a decision or the help
itself), how many days the Wmo decisions of the last quarter took, and which share of the
requests whose legal term ran out in that quarter had their decision in time. A request that is
still waiting when its eight weeks are over counts as late; a request withdrawn within its term
counts neither way (as in the episodes table, ``within_norm``). The norm is the model's own
(``model.domain["wmo"]``, from ``norms.wmo.days`` in the catalogue). The share of worked hours
that went to coordination is this week's.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from sim.agents.episode_record import EpisodeRecord
from sim.domains import CATEGORIES, DAYS_PER_WEEK, HourCategory
from sim.engine.row_batches import rows_frame

DOMAIN = "wmo"
"""The life domain the page follows: support at home, with its legal term to a decision."""
WINDOW_WEEKS = 13
"""A quarter: decisions and expired terms are counted over the last this many weeks (a single week
of a small town holds too few Wmo requests to say anything)."""
WORKED = tuple(c for c in CATEGORIES if c != HourCategory.IDLE)


@dataclass(frozen=True)
class WeekFigures:
    """One town's figures at the end of one week (``week`` 0 is the end of the warm-up)."""

    week: float
    waiting: int
    decision_days: float
    within_term: float
    coordination: float


class Watch:
    """Reads :class:`WeekFigures` off ``model`` (a started :class:`~sim.model.MunicipalityModel`)."""

    def __init__(self, model):
        self.model = model
        self._hours = _worked_hours(model)

    def figures(self) -> WeekFigures:
        """The figures now; the coordination share is over the hours since the previous call."""
        model = self.model
        rows = wmo_rows(model)
        hours = _worked_hours(model)
        worked = {c: hours[c] - self._hours.get(c, 0.0) for c in WORKED}
        self._hours = hours
        total = sum(worked.values())
        return WeekFigures(
            week=(model.time - model.measure_from) / DAYS_PER_WEEK,
            waiting=waiting_for_help(model),
            decision_days=decision_days(rows, model.time),
            within_term=within_term(rows, model.time),
            coordination=worked[HourCategory.COORDINATION] / total if total > 0 else math.nan)


def waiting_for_help(model) -> int:
    """Open Wmo requests whose help has not started (the Wmo waiting list, whatever door they used)."""
    return sum(1 for e in model.episodes.open if e.domain == DOMAIN and math.isnan(e.help_start))


def wmo_rows(model) -> pd.DataFrame:
    """Every Wmo episode so far as rows of the episodes table: the closed ones and the open ones now."""
    closed = model.episodes.records.frame()
    open_rows = [e.record() for e in model.episodes.open if e.domain == DOMAIN]
    rows = pd.concat([closed[closed["domain"] == DOMAIN], rows_frame(open_rows, EpisodeRecord.columns())])
    return rows[["request_time", "days_to_norm_event", "norm_days", "within_norm"]].astype(float)


def _in_window(times: pd.Series, now: float) -> pd.Series:
    return (times > now - WINDOW_WEEKS * DAYS_PER_WEEK) & (times <= now)


def decision_days(rows: pd.DataFrame, now: float) -> float:
    """Mean days from request to decision of the decisions taken in the last ``WINDOW_WEEKS``."""
    days = rows["days_to_norm_event"]
    decided = days[_in_window(rows["request_time"] + days, now)]
    return float(decided.mean()) if len(decided) else math.nan


def within_term(rows: pd.DataFrame, now: float) -> float:
    """Share decided in time of the requests whose term ended in the last ``WINDOW_WEEKS``."""
    ended = rows[_in_window(rows["request_time"] + rows["norm_days"], now)]["within_norm"].dropna()
    return float(ended.mean()) if len(ended) else math.nan


def _worked_hours(model) -> dict[str, float]:
    """Hours per category all professionals worked since measuring started."""
    total = dict.fromkeys(WORKED, 0.0)
    for professional in model.professionals():
        for category, hours in professional.hours_so_far().items():
            if category in total:
                total[category] += hours
    return total
