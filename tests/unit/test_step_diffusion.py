"""Trace tests of diffusion of responsibility (sim/access/steps/diffusion.py).

Story (seed 000): a mother's debts are with Schuldhulpverlening when she asks the Wmo-loket for
help. Without a joint plan or a lead, the Wmo consultant may wait for the debt counsellor before
she acts (wachtgedrag); with a plan, or when nobody else is at work in the household, help starts
at once, and a crisis is never left waiting.
"""

from __future__ import annotations

import pytest

from sim.access.steps.diffusion import idle_days, other_organisations, uncoordinated_idle_days
from sim.access.steps.joint_plan import Plan
from sim.domains import ZRM_CRISIS
from stand_ins import open_case, small_model

EVERYONE_WAITS = {"diffusion.per_actor_probability": 1.0}


def debts_in_help_then_wmo(values: dict, level: int = 3):
    """A household whose debts are in help at Schuldhulpverlening, and its Wmo request after the intake."""
    model = small_model("sectoraal", values)
    debt_case = open_case(model, "debt", "wmo", level=level)
    debt_case.start_help(debt_case.presented, model.organisations["debt"])
    wmo = debt_case.household.needs["wmo"]
    wmo_case = type(debt_case)(model.access, debt_case.household, wmo, model.organisations["wmo"], "sectoral")
    return model, wmo_case


def test_idle_days_need_more_than_one_actor_and_no_lead():
    """One actor, or a lead, never waits; two actors who always wait for each other do."""
    model = small_model("sectoraal", EVERYONE_WAITS)
    assert idle_days(model, 1, lead=False) == 0.0
    assert idle_days(model, 3, lead=True) == 0.0
    assert idle_days(model, 2, lead=False) > 0.0


def test_a_request_in_a_household_another_organisation_serves_may_wait_before_help():
    """The debt counsellor is at work: the Wmo help is queued only after days without action, booked as idle days."""
    model, case = debts_in_help_then_wmo(EVERYONE_WAITS)
    assert other_organisations(case.presented) == {model.organisations["debt"].name}
    case.start_help(case.presented, model.organisations["wmo"])
    assert case.presented.task is None and case.presented.idle_days > 0.0
    model.run_until(case.presented.idle_days + 1.0)
    assert case.presented.task is not None


@pytest.mark.parametrize("values", [{"diffusion.without_meeting_scale": 0.0}, {"diffusion.per_actor_probability": 0.0}])
def test_the_turn_off_means_help_at_once(values):
    """Scale 0 (or no per-actor chance): help is queued at once."""
    model, case = debts_in_help_then_wmo({**EVERYONE_WAITS, **values})
    case.start_help(case.presented, model.organisations["wmo"])
    assert case.presented.task is not None and case.presented.idle_days == 0.0


def test_a_joint_plan_or_a_crisis_or_nobody_else_means_no_wait():
    """Under a plan the meeting decided on waiting; a crisis is acted on; alone in the household nobody waits."""
    model, case = debts_in_help_then_wmo(EVERYONE_WAITS)
    case.presented.plan = Plan(lead=False)
    assert uncoordinated_idle_days(model, case.presented) == 0.0
    model, case = debts_in_help_then_wmo(EVERYONE_WAITS, level=ZRM_CRISIS)
    assert uncoordinated_idle_days(model, case.presented) == 0.0
    model = small_model("sectoraal", EVERYONE_WAITS)
    alone = open_case(model, "wmo")
    assert other_organisations(alone.presented) == set() and uncoordinated_idle_days(model, alone.presented) == 0.0
