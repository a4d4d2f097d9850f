"""Waiting that emerges from capacity (issue 13): the baseline's waits are queues, not fixed terms.

Story: in sectoral Middelstad a Wmo request waits on the loket's list until a consultant takes it
up; the appointment and the decision are short process times. With unlimited staff only those
process times remain, so each domain's median wait falls by at least half; with 10% fewer staff
the Wmo wait rises; and waits spread (p90 at least 1.5 times the median), as queues' waits do.
Paired runs with common random numbers (one seed) over the scenario's own horizon: a list near
full capacity takes years to reach its level, so a short warm-up would understate the waits.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor

import pytest

from sim.domains import DOMAINS
from waits_helpers import FACTORS, kpis_with_staff


@pytest.fixture(scope="module")
def kpis() -> dict[str, dict[str, float]]:
    """The three runs, two at a time (about 25 s on two cores)."""
    with ProcessPoolExecutor(2) as pool:
        return dict(zip(FACTORS, pool.map(kpis_with_staff, FACTORS.values())))


@pytest.mark.parametrize("domain", DOMAINS)
def test_unlimited_staff_cuts_each_domains_median_wait_by_at_least_half(kpis, domain):
    assert kpis["unlimited"][f"wait_median_days_{domain}"] <= 0.5 * kpis["baseline"][f"wait_median_days_{domain}"]


def test_ten_percent_fewer_staff_raises_the_wmo_median_wait(kpis):
    assert kpis["fewer"]["wait_median_days_wmo"] > kpis["baseline"]["wait_median_days_wmo"]


def test_wmo_waits_spread_as_a_queues_do(kpis):
    assert kpis["baseline"]["wait_p90_days_wmo"] >= 1.5 * kpis["baseline"]["wait_median_days_wmo"]
