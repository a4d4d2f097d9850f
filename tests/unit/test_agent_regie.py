"""Unit: a regisseur who follows the household slows the worsening of its needs (issue 15).

Story: the vinkje flags a family; the case meeting names the youth worker as regisseur and agrees
one plan. While any help of that plan runs, she follows the family: when the father's loneliness
gets worse she notices and acts, so his need worsens (and reaches crisis) at only
``1 - benefit.regie_worsening_reduction`` of its rate. A plan without a lead, or one that was
pseudo-cooperation, follows nobody. ``Household.regie`` counts the household's open episodes
under an effective plan with a lead; the slower worsening is thinning of the worsening events
(``Need._on_transition``), so no draw is added and a reduction of 0 changes no run.
"""

from __future__ import annotations

import math

import pytest

from sim.access.steps.joint_plan import Plan
from sim.agents.episode import Episode, Outcome
from sim.domains import DAYS_PER_YEAR, ZRM_NEED
from stand_ins import household_with, small_model


def episode_of(model, household, domain: str) -> Episode:
    return Episode(model, household.needs[domain], "Test", "integral", model.time)


def test_only_open_episodes_under_an_effective_plan_with_a_lead_count():
    """A lead plan counts once per open episode; no lead, pseudo-cooperation or a closed episode do not."""
    model = small_model()
    home = household_with(model, "wmo", "debt", "youth")
    wmo, debt, youth = (episode_of(model, home, d) for d in ("wmo", "debt", "youth"))
    lead = Plan(effective=True, lead=True)
    wmo.plan = Plan(effective=True, lead=False)
    debt.plan = Plan(effective=False, lead=True)
    assert home.regie == 0
    wmo.plan = lead
    debt.plan = lead
    youth.plan = lead
    youth.plan = lead
    assert home.regie == 3
    youth.close(Outcome.WITHDRAWN)
    assert home.regie == 2
    youth.plan = lead
    assert home.regie == 2, "a closed episode no longer counts"
    wmo.plan = None
    debt.close(Outcome.NOT_RESOLVED)
    assert home.regie == 0
    assert household_with(model, "social").regie == 0, "other households keep the class default"


def only_worsening(reduction: float):
    """A quiet town whose Wmo needs only worsen (1 a year) and never ask; ``reduction`` under regie."""
    return small_model("sectoraal", {"needs.wmo.worsening_per_year": 1.0, "needs.wmo.present_probability": 0.0,
                                     "benefit.regie_worsening_reduction": reduction})


def test_with_the_whole_reduction_a_need_under_regie_never_worsens():
    """Reduction 1: the worsening is thinned away and the next transition drawn; without regie it worsens."""
    model = only_worsening(1.0)
    followed, alone = household_with(model, "wmo"), household_with(model, "wmo")
    followed.regie = 1
    need, other = followed.needs["wmo"], alone.needs["wmo"]
    first = need._transition
    model.run_until(first.time)
    assert need.level == ZRM_NEED and need._transition is not None and need._transition is not first
    model.run_until(other._transition.time)
    assert other.level == ZRM_NEED - 1


@pytest.mark.parametrize("reduction", [0.0, 0.5])
def test_under_regie_needs_worsen_at_one_minus_the_reduction_of_their_rate(reduction):
    """Over a year about 1 - exp(-(1 - reduction)) of needs under regie worsened at least once."""
    model = only_worsening(reduction)
    homes = [household_with(model, "wmo") for _ in range(120)]
    for home in homes:
        home.regie = 1
    needs = [home.needs["wmo"] for home in homes]
    model.run_until(DAYS_PER_YEAR)
    share = sum(need.level < ZRM_NEED for need in needs) / len(needs)
    assert share == pytest.approx(1 - math.exp(-(1 - reduction)), abs=0.12)


def test_a_reduction_of_zero_changes_no_draw():
    """Regie with reduction 0 gives exactly the course of a need without regie (same seed)."""
    courses = []
    for regie in (0, 1):
        model = only_worsening(0.0)
        home = household_with(model, "wmo")
        home.regie = regie
        need = home.needs["wmo"]
        times = []
        for _ in range(2):
            call = need._transition
            model.run_until(call.time)
            times.append((call.time, need.level))
        courses.append(times)
    assert courses[0] == courses[1]
