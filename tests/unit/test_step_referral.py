"""Trace tests of referral (sim/access/steps/referral.py): each need by a handover to its own helper.

Story: the Sociaal loket found debts and loneliness with a man who asked about his benefit. Each
need becomes an episode of the case, goes by a handover to its organisation, and help starts
there; the asked need goes too when the desk itself does not help.
"""

from __future__ import annotations

from sim.access.steps.joint_plan import Plan
from sim.access.steps.referral import refer
from stand_ins import open_case, small_model

FAST = {"handover.days": 7.0, "handover.info_loss_probability": 0.0}


def refer_found(with_presented: bool = False, plan=None):
    """A benefit case whose debts and loneliness were found, referred with the design's ``help_org``."""
    model = small_model("sectoraal", FAST)
    case = open_case(model, "work_income", "debt", "social")
    found = [case.household.needs["debt"], case.household.needs["social"]]
    refer(case, found, model.access.help_org, plan=plan, with_presented=with_presented)
    return model, case


def test_every_found_need_becomes_an_episode_at_its_own_organisation():
    """Debts to Schuldhulpverlening, loneliness to Welzijn, each by one handover."""
    model, case = refer_found()
    debt, social = case.episodes[1:]
    assert (debt.domain, social.domain) == ("debt", "social")
    assert debt.organisation == model.organisations["debt"].name
    assert social.organisation == model.organisations["social"].name
    assert debt.handovers == 1 and social.handovers == 1 and case.presented.handovers == 0


def test_help_starts_at_the_receiving_organisation_after_the_handover():
    """After the week of the handover the debt help is queued at Schuldhulpverlening."""
    model, case = refer_found()
    debt = case.episodes[1]
    assert debt.task is None
    model.run_until(8)
    assert debt.task is not None and debt.task.organisation is model.organisations["debt"]
    assert case.presented.task is None


def test_the_asked_need_is_referred_too_when_the_door_does_not_help():
    """``with_presented``: the benefit question too goes by a handover to Werk en Inkomen."""
    model, case = refer_found(with_presented=True)
    model.run_until(8)
    assert case.presented.handovers == 1
    assert case.presented.task.organisation is model.organisations["work_income"]


def test_referred_episodes_work_under_the_given_plan():
    """Under opdrachtgeverschap the bought tasks work under the lead's plan."""
    plan = Plan(lead=True)
    _, case = refer_found(plan=plan)
    assert all(e.plan is plan for e in case.episodes[1:]) and case.presented.plan is None
