"""Unit: the capacity search on made-up monotone waits (no simulation), its cost arithmetic and its wait measures.

Story: a made-up Wmo-loket whose wait is 600 / staff days. With a target of 28 days the smallest
staff is 22 (600 / 21 = 28.6, 600 / 22 = 27.3); the search must find 22 wherever it starts, try
each level at most once, and say plainly (None) when the target needs more staff than allowed.
"""

import math

import numpy as np
import pandas as pd
import pytest

from sim.domains import FULL_TIME_WEEKLY_HOURS
from sim.study.capacity import fte, search_need, smallest_level, yearly_cost_eur
from sim.study.capacity_runs import domain_waits, mean_wait, share_outside_norm


def wait_of(staff: int) -> float:
    """A made-up wait in days that falls as staff grows."""
    return 600.0 / staff


@pytest.mark.parametrize("start", [1, 5, 21, 22, 23, 40, 99])
@pytest.mark.parametrize("target", [28.0, 6.5, 600.0, 7.0])
def test_the_search_finds_the_smallest_level_from_any_start(start, target):
    tried = []

    def holds(n):
        tried.append(n)
        return wait_of(n) <= target

    found = smallest_level(holds, start, floor=1, ceiling=100)
    assert found == min(n for n in range(1, 101) if wait_of(n) <= target)
    assert len(tried) == len(set(tried)) <= 2 * math.log2(100) + 2


def test_the_floor_is_returned_when_it_already_holds():
    assert smallest_level(lambda n: wait_of(n) <= 28.0, 30, floor=30, ceiling=90) == 30


def test_the_search_says_none_when_the_target_is_out_of_reach():
    tried = []
    found = smallest_level(lambda n: tried.append(n) or wait_of(n) <= 5.0, 24, floor=24, ceiling=72)
    assert found is None
    assert 72 in tried


def test_a_search_over_replications_finds_the_mean_and_each_replication():
    """Three replications with waits 500, 600 and 700 / staff against 28 days: 22 on the mean, 18, 22 and 25 alone."""
    calls = []

    def measure_at(level):
        calls.append(level)
        return [a / level for a in (500.0, 600.0, 700.0)]

    need = search_need(measure_at, [28.0] * 3, now=10, floor=10, ceiling=30)
    assert need.needed == 22
    assert need.per_replication == (18, 22, 25)
    assert need.extra_range() == (8, 15)
    assert len(calls) == len(set(calls))


def test_a_replication_out_of_reach_leaves_the_range_open():
    need = search_need(lambda level: [600.0 / level, 6000.0 / level], [28.0, 28.0], now=10, floor=10, ceiling=30)
    assert need.needed is None and need.per_replication == (22, None) and need.extra_range() is None


def test_fte_and_cost_count_paid_contract_hours():
    assert fte(1, FULL_TIME_WEEKLY_HOURS) == 1.0
    assert fte(9, 32.0) == pytest.approx(8.0)
    assert yearly_cost_eur(2, 32.0, 75.0) == pytest.approx(2 * 32.0 * 365 / 7 * 75.0)


def requests(waits, unhelped_stops, request_time=100.0):
    """Episodes rows: helped requests with ``waits``, and unhelped ones that stopped (or not: NaN) at times."""
    rows = [{"request_time": request_time, "help_start": request_time + w, "days_waited": w, "end_time": np.nan,
             "within_norm": float(w <= 2.0)} for w in waits]
    rows += [{"request_time": request_time, "help_start": np.nan, "days_waited": np.nan,
              "end_time": request_time + s if s == s else np.nan, "within_norm": np.nan} for s in unhelped_stops]
    return pd.DataFrame(rows, columns=["request_time", "help_start", "days_waited", "end_time", "within_norm"])


def test_a_median_the_run_cannot_tell_is_an_unbounded_wait():
    """Fewer than half seen to get help: the Kaplan-Meier median is unknown (NaN) and the search reads it as endless."""
    frame = requests([5.0], [math.nan] * 3)
    assert domain_waits(frame, math.nan)["censored_median_days"] == math.inf
    assert domain_waits(frame, 12.0)["censored_median_days"] == 12.0
    assert math.isnan(domain_waits(requests([], []), math.nan)["censored_median_days"])


def test_mean_wait_and_norm_share():
    frame = requests([1.0, 2.0, 6.0], [math.nan])
    assert mean_wait(frame) == 3.0
    assert share_outside_norm(frame) == pytest.approx(1 / 3)
    assert mean_wait(requests([], [math.nan])) == math.inf
