"""The staff a design needs: the smallest staffing that holds a target wait, found by an integer search.

Story: the wethouder asks what integrale toegang would cost in people. In the simulated town the
Wmo-loket has 24 consultants; under the design the Wmo wait (request to the start of help) grows
from 28 to 90 days. The search raises the Wmo-loket's staff, 25, 27, 31, then bisects
between 27 and 31 (29, 30), rerunning the same five replications (the same households asking on the same
days: common random numbers) at each level, until it finds the smallest staff whose mean wait over
the replications is back at the baseline's: say 30, six extra consultants, 5.3 FTE of 36 hours,
EUR 0.75 M a year. The same search run on each replication alone gives one answer per replication
(say 29 to 31): their range is the uncertainty printed beside the 30.

The search assumes that waits do not grow when staff grows (more professionals never make anyone
wait longer); it gallops (steps of 1, 2, 4, ...) from the current staff to a level that holds the
target and then bisects, so it needs about 2 log2(extra) levels. This module is the search and
the arithmetic; :mod:`sim.study.capacity_runs` runs the model at each level.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from sim.domains import DAYS_PER_WEEK, DAYS_PER_YEAR, FULL_TIME_WEEKLY_HOURS

CEILING_FACTOR = 3
"""The search looks up to this many times the current staff (and at least :data:`CEILING_MIN_EXTRA` more)."""
CEILING_MIN_EXTRA = 10
"""Extra professionals the search may always try, so that a small town's one consultant can become eleven."""


def smallest_level(holds: Callable[[int], bool], start: int, floor: int, ceiling: int) -> int | None:
    """The smallest whole level in ``[floor, ceiling]`` at which ``holds`` is true, or None if none is.

    ``holds`` must be monotone: false below some level, true from it on. From ``start`` the search
    gallops up (start+1, start+2, start+4, ...) while the target fails, or down while it holds,
    and then bisects between the last failing and the first holding level.

    Args:
        holds: whether a level meets the target (e.g. the mean wait at that staff is at most 56 days).
        start: the first level to try (the design's current staff).
        floor: the lowest level allowed (the current staff, or one server).
        ceiling: the highest level allowed.
    """
    start = min(max(start, floor), ceiling)
    if holds(start):
        low, high = _gallop(lambda n: not holds(n), start, floor, -1)
        return floor if low is None else _bisect(holds, low, high)
    low, high = _gallop(holds, start, ceiling, +1)
    return None if high is None else _bisect(holds, low, high)


def _gallop(found: Callable[[int], bool], start: int, bound: int, direction: int) -> tuple[int | None, int | None]:
    """Steps of 1, 2, 4, ... from ``start`` towards ``bound`` until ``found``; the (failing, holding) pair.

    Going up, ``found`` is "holds" and the pair is (last failing, first holding; None if none);
    going down, ``found`` is "fails" and the pair is (first failing; None if none, last holding).
    """
    last, step = start, 1
    while last != bound:
        probe = max(last - step, bound) if direction < 0 else min(last + step, bound)
        if found(probe):
            return (probe, last) if direction < 0 else (last, probe)
        last, step = probe, 2 * step
    return (None, last) if direction < 0 else (last, None)


def _bisect(holds: Callable[[int], bool], low: int, high: int) -> int:
    """The smallest holding level in ``(low, high]``, given that ``low`` fails and ``high`` holds."""
    while high - low > 1:
        middle = low + (high - low) // 2  # on the grid of whole steps from ``low`` (levels may be 23.5, 24.5, ...)
        if holds(middle):
            high = middle
        else:
            low = middle
    return high


@dataclass(frozen=True)
class Need:
    """What the search found for one organisation of one design.

    Attributes:
        now: the staff the design has.
        needed: the smallest staff whose mean measure over the replications holds the mean target;
            None when even ``ceiling`` does not.
        per_replication: the same search on each replication alone (None where it was not reached).
        ceiling: the most staff the search tried.
    """

    now: int
    needed: int | None
    per_replication: tuple[int | None, ...]
    ceiling: int

    def extra_range(self) -> tuple[int, int] | None:
        """Lowest and highest extra staff over the replications; None if a replication did not reach it."""
        if any(level is None for level in self.per_replication):
            return None
        return min(self.per_replication) - self.now, max(self.per_replication) - self.now


def search_need(measure_at: Callable[[int], Sequence[float]], limits: Sequence[float], now: int, floor: int,
                ceiling: int) -> Need:
    """Search the staff that holds ``limits`` on the mean over replications, and on each replication alone.

    Args:
        measure_at: the measure per replication (common seeds) at a staff level, lower is better
            (a wait in days, or the share of requests outside the norm); called at most once per level.
        limits: the target per replication (the baseline's wait in that replication, or one number repeated).
        now: the design's current staff, where the search starts.
        floor: the lowest staff the search may return.
        ceiling: the highest staff it may try.
    """
    cache: dict[int, np.ndarray] = {}

    def values(level: int) -> np.ndarray:
        if level not in cache:
            cache[level] = np.asarray(measure_at(level), dtype=float)
        return cache[level]

    target = float(np.mean(limits))
    needed = smallest_level(lambda n: float(np.mean(values(n))) <= target, now, floor, ceiling)
    each = tuple(smallest_level(lambda n, k=k: values(n)[k] <= limits[k], now, floor, ceiling)
                 for k in range(len(limits)))
    return Need(now, needed, each, ceiling)


def search_ceiling(now: int, people_per_level: float) -> int:
    """The most staff worth trying: :data:`CEILING_FACTOR` times the current, and at least ten people more.

    Args:
        now: the current staffing level (the scenario's parameter).
        people_per_level: professionals in the town per step of the level (1 for M/M/c servers; the
            inhabitants / 100,000 for ``organisations.<domain>.professionals``).
    """
    return max(CEILING_FACTOR * now, now + math.ceil(CEILING_MIN_EXTRA / people_per_level))


def fte(extra: float, weekly_hours: float) -> float:
    """Full-time equivalents of ``extra`` professionals of ``weekly_hours`` each (36 hours is one FTE)."""
    return extra * weekly_hours / FULL_TIME_WEEKLY_HOURS


def yearly_cost_eur(extra: float, weekly_hours: float, hourly_cost_eur: float) -> float:
    """What ``extra`` professionals cost a year: every paid contract hour at ``work.hourly_cost_eur``.

    Paid hours, not worked hours: an extra consultant costs her contract whether or not the queue
    keeps her busy (52.14 weeks a year; leave is inside the hourly cost).
    """
    return extra * weekly_hours * DAYS_PER_YEAR / DAYS_PER_WEEK * hourly_cost_eur
