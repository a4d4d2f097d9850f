"""Unit: waiting lists (sim/output/waiting.py): the Kaplan-Meier median by hand, the stability rule on made-up weeks."""

import math

import numpy as np
import pandas as pd
import pytest

from sim.output.waiting import Verdict, censored_median_wait, queue_stability

HORIZON = 200.0


def episode(wait=None, left_after=None, request_time=100.0, outcome=None, organisation="Wmo-loket"):
    """One Wmo request: helped after ``wait`` days, withdrawn after ``left_after`` days, or still waiting."""
    help_start = request_time + wait if wait is not None else math.nan
    end_time = request_time + left_after if left_after is not None else math.nan
    if outcome is None:
        outcome = "resolved" if wait is not None else "withdrawn" if left_after is not None else "open"
    return {"domain": "wmo", "organisation": organisation, "measured": True, "request_time": request_time,
            "help_start": help_start, "end_time": end_time if wait is None else help_start + 30.0,
            "outcome": outcome}


def test_kaplan_meier_median_agrees_with_the_hand_computed_product_limit():
    """Helped after 2, 4, 6 and 8 days; withdrawn after 3 and 5; still waiting after 7 at the horizon.

    The product-limit steps, censored times (3, 5, 7) leaving the risk set after the events before them:

    - day 2: 7 at risk, 1 helped: S = 6/7 = 0.857
    - day 4: 5 at risk (day 3 withdrew), 1 helped: S = 6/7 * 4/5 = 24/35 = 0.686
    - day 6: 3 at risk (day 5 withdrew), 1 helped: S = 24/35 * 2/3 = 16/35 = 0.457 <= 0.5

    So the censored median is 6 days; the median of those helped (2, 4, 6, 8) is 5 days.
    """
    rows = [episode(wait=w) for w in (2.0, 4.0, 6.0, 8.0)] + [episode(left_after=d) for d in (3.0, 5.0)]
    rows.append(episode(request_time=HORIZON - 7.0))
    waits = censored_median_wait(pd.DataFrame(rows), HORIZON).iloc[0]
    assert waits["censored_median_days"] == pytest.approx(6.0)
    assert waits["helped_median_days"] == pytest.approx(5.0)
    assert (waits["requests"], waits["helped"], waits["withdrawn"], waits["still_waiting"]) == (7, 4, 2, 1)


def test_censored_median_is_nan_when_fewer_than_half_ever_get_help():
    """Helped after 1 and 2 days, four withdrawn later: S falls to 5/6, then 4/6, and never to 0.5.

    The censored median is NaN (not reached), while the median of the two helped is 1.5 days.
    """
    rows = [episode(wait=w) for w in (1.0, 2.0)] + [episode(left_after=d) for d in (3.0, 4.0, 5.0, 6.0)]
    waits = censored_median_wait(pd.DataFrame(rows), HORIZON).iloc[0]
    assert math.isnan(waits["censored_median_days"])
    assert waits["helped_median_days"] == pytest.approx(1.5)


def test_requests_made_in_the_warm_up_do_not_count():
    """An unmeasured request (made during the warm-up) is left out of both medians."""
    rows = [episode(wait=w) for w in (2.0, 4.0)] + [{**episode(wait=500.0), "measured": False}]
    waits = censored_median_wait(pd.DataFrame(rows), HORIZON).iloc[0]
    assert waits["requests"] == 2 and waits["helped_median_days"] == pytest.approx(3.0)


def weeks(queue, started_per_week=7.0, organisation="Wmo-loket"):
    """A weekly table of one organisation over the measured weeks, from its queue lengths."""
    n = len(queue)
    return pd.DataFrame({"week": np.arange(1, n + 1), "time": 7.0 * np.arange(1, n + 1), "measured": True,
                         "organisation": organisation, "queue_length": queue, "tasks_started": started_per_week})


def verdict(queue, started_per_week=7.0, withdrawn=0):
    """The stability row of a made-up list measured over its weeks, with ``withdrawn`` withdrawals in all."""
    table = weeks(np.asarray(queue, dtype=float), started_per_week)
    horizon = 7.0 * len(queue)
    episodes = pd.DataFrame([episode(left_after=1.0, request_time=7.0)] * withdrawn
                            or [episode(wait=1.0, request_time=7.0)])
    return queue_stability(table, episodes, 0.0, horizon).iloc[0]


def test_a_flat_list_is_stable():
    """Always 5 waiting: no growth."""
    row = verdict([5.0] * 104)
    assert row["verdict"] == Verdict.STABLE and row["stable"] and row["growth_per_year"] == 0.0


def test_a_growing_list_is_growing():
    """Half a request more every week (26 a year) while one task a day starts: 26 days more waiting a year."""
    row = verdict(0.5 * np.arange(104))
    assert row["verdict"] == Verdict.GROWING and not row["stable"]
    assert row["growth_per_year"] == pytest.approx(0.5 * 365 / 7, rel=0.02)
    assert row["wait_days_added_per_year"] == pytest.approx(row["growth_per_year"], rel=1e-9)


def test_a_noisy_flat_list_is_stable():
    """About 20 waiting with weekly noise (sd 5): the noise is not read as growth."""
    noise = np.random.default_rng(7).normal(0.0, 5.0, 104)
    row = verdict(np.clip(20.0 + noise, 0.0, None))
    assert row["verdict"] == Verdict.STABLE and row["growth_p_value"] > 0.05


def test_growth_that_adds_less_than_a_week_of_waiting_a_year_is_stable():
    """26 more a year is sure growth, but with 10 tasks starting a day it adds only 2.6 days of waiting a year."""
    row = verdict(100.0 + 0.5 * np.arange(104), started_per_week=70.0)
    assert row["growth_p_value"] < 0.001 and row["wait_days_added_per_year"] < 7.0
    assert row["verdict"] == Verdict.STABLE


def test_a_full_flat_list_with_many_withdrawals_is_held_only_by_withdrawals():
    """850 always waiting, one task a day starting, 100 withdrawn over two years: without them it would grow."""
    row = verdict([850.0] * 104, withdrawn=100)
    assert row["verdict"] == Verdict.HELD_BY_WITHDRAWALS and row["stable"] and row["held_by_withdrawals"]
    assert row["withdrawals_per_year"] == pytest.approx(100 / (104 * 7 / 365))


def test_a_list_that_empties_now_and_then_is_not_held_by_withdrawals():
    """The same withdrawals, but the list is empty every other week: the staff had spare time."""
    row = verdict([850.0, 0.0] * 52, withdrawn=100)
    assert row["verdict"] == Verdict.STABLE and not row["held_by_withdrawals"]


def test_too_few_weeks_to_tell():
    """Two measured weeks cannot show a trend."""
    assert verdict([1.0, 2.0])["verdict"] == Verdict.TOO_SHORT
