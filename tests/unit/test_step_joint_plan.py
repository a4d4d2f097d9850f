"""Unit: the joint plan (sim/access/steps/joint_plan.py) and conflicting advice without one.

Story (seed 001): the debt counsellor and the youth worker both help in one home. Under one
effective plan their advice agrees; without a plan, or under a plan that was pseudo-cooperation,
each of their help episodes succeeds less often (``plan.conflict_success_multiplier``).
"""

from __future__ import annotations

from sim.access.steps.joint_plan import Plan, conflict_factor
from stand_ins import open_case, small_model

CONFLICT = {"plan.conflict_success_multiplier": 0.5}


def test_only_the_same_effective_plan_aligns():
    """Two plans never align; a pseudo-cooperation plan does not even align with itself."""
    plan, other, pseudo = Plan(), Plan(), Plan(effective=False)
    assert plan.aligns(plan)
    assert not plan.aligns(other) and not other.aligns(plan)
    assert not pseudo.aligns(pseudo)


def two_helpers(model, plan_debt, plan_youth):
    """Debt help and youth help both running in one household, under the given plans."""
    case = open_case(model, "debt", "youth")
    youth = case.add_episode(case.household.needs["youth"], "Jeugdteam")
    case.presented.plan, youth.plan = plan_debt, plan_youth
    for episode in (case.presented, youth):
        episode.need.pause()
    return case.presented, youth


def test_helpers_without_a_shared_plan_lower_each_others_success():
    """Debt and youth help in one home without a plan: both succeed half as often here."""
    model = small_model("sectoraal", CONFLICT)
    debt, youth = two_helpers(model, None, None)
    assert conflict_factor(model, debt) == 0.5 and conflict_factor(model, youth) == 0.5


def test_helpers_under_one_effective_plan_do_not_conflict():
    """Under one effective plan the debt help keeps its full chance."""
    model = small_model("sectoraal", CONFLICT)
    plan = Plan()
    debt, _ = two_helpers(model, plan, plan)
    assert conflict_factor(model, debt) == 1.0


def test_a_plan_that_was_pseudo_cooperation_aligns_nobody():
    """A meeting that bound nobody leaves the advice conflicting."""
    model = small_model("sectoraal", CONFLICT)
    plan = Plan(effective=False)
    debt, _ = two_helpers(model, plan, plan)
    assert conflict_factor(model, debt) == 0.5


def test_a_helper_alone_in_the_home_has_no_conflict():
    """The youth need is not in help: nobody to conflict with."""
    model = small_model("sectoraal", CONFLICT)
    case = open_case(model, "debt", "youth")
    case.presented.need.pause()
    assert conflict_factor(model, case.presented) == 1.0
