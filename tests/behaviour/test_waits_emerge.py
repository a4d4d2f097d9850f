"""Waiting that emerges from capacity (issue 13): the baseline's waits are queues, not fixed terms.

Story: in sectoral Middelstad a Wmo request waits on the loket's list until a consultant takes it
up; the appointment and the decision are short process times. With unlimited staff only those
process times remain, so each domain's median wait falls by at least half; with 10% fewer staff
the Wmo wait rises; and waits spread (p90 at least 1.5 times the median), as queues' waits do.
Paired runs with common random numbers (one seed) over the scenario's own horizon: a list near
full capacity takes years to reach its level, so a short warm-up would understate the waits.
"""

from __future__ import annotations

import pytest

from sim.domains import DOMAINS
from sim.params.scenario import load_scenario
from sim.study.simulate import simulate


def kpis_with_staff(factor: float) -> dict[str, float]:
    base = load_scenario("sectoraal")
    staff = {f"organisations.{d}.professionals": base[f"organisations.{d}.professionals"] * factor for d in DOMAINS}
    return simulate(load_scenario("sectoraal", staff), 11).kpis


@pytest.fixture(scope="module")
def baseline():
    return kpis_with_staff(1.0)


@pytest.mark.parametrize("domain", DOMAINS)
def test_unlimited_staff_cuts_each_domains_median_wait_by_at_least_half(baseline, unlimited, domain):
    assert unlimited[f"wait_median_days_{domain}"] <= 0.5 * baseline[f"wait_median_days_{domain}"]


@pytest.fixture(scope="module")
def unlimited():
    return kpis_with_staff(10.0)


def test_ten_percent_fewer_staff_raises_the_wmo_median_wait(baseline):
    assert kpis_with_staff(0.9)["wait_median_days_wmo"] > baseline["wait_median_days_wmo"]


def test_wmo_waits_spread_as_a_queues_do(baseline):
    assert baseline["wait_p90_days_wmo"] >= 1.5 * baseline["wait_median_days_wmo"]
