"""Trace tests of integral work (sim/access/steps/integral_work.py): find, meet, help by the plan.

Story (seeds 000, 001): the broad intake of a Wmo request finds debts and a youth problem. The
three organisations meet; after the meeting help starts for all three needs, each preferably by
the professional who sat at the table, and under an effective plan debt help goes first.
"""

from __future__ import annotations

from sim.access.steps.integral_work import involve, work_integrally
from sim.agents.organisation import Organisation
from sim.agents.task import CRISIS_PRIORITY, NORMAL_PRIORITY
from sim.domains import DOMAINS
from stand_ins import open_case, small_model

FINDS_ALL = {"broad_intake.detection_probability": 1.0, "meeting.days": 14.0, "pseudo.probability": 0.0,
             "plan.root_cause_first": True}


def test_involve_pairs_the_asked_episode_and_one_new_episode_per_found_need_with_their_helpers():
    """The asked Wmo episode with the Wmo-loket, the found debts as a new episode with Schuldhulpverlening."""
    model = small_model()
    case = open_case(model, "wmo", "debt")
    parts = involve(case, [case.household.needs["debt"]], model.access.help_org)
    assert [(e.domain, org) for e, org in parts] == [("wmo", model.organisations["wmo"]),
                                                    ("debt", model.organisations["debt"])]
    assert parts[0][0] is case.presented and case.episodes == [e for e, _ in parts]


def test_after_the_meeting_every_need_gets_help_under_the_plan_with_debt_first():
    """All three needs found, help for each at its organisation under one plan; debt help at the front."""
    model = small_model("sectoraal", FINDS_ALL)
    case = open_case(model, "wmo", "debt", "youth")
    work_integrally(case, model.access.help_org, lead=True)
    assert [e.domain for e in case.episodes] == ["wmo", "youth", "debt"]
    assert all(e.task is None for e in case.episodes)
    model.run_until(60)
    plan = case.presented.plan
    assert plan is not None and plan.effective and all(e.plan is plan for e in case.episodes)
    tasks = {e.domain: e.task for e in case.episodes}
    assert all(t.category == "direct_help" and t.organisation is model.organisations[d] for d, t in tasks.items())
    assert tasks["debt"].priority == CRISIS_PRIORITY and tasks["wmo"].priority == NORMAL_PRIORITY


def test_without_root_cause_first_debt_help_queues_as_usual():
    """With ``plan.root_cause_first`` off, debt help keeps its normal place in the queue."""
    model = small_model("sectoraal", {**FINDS_ALL, "plan.root_cause_first": False})
    case = open_case(model, "wmo", "debt")
    work_integrally(case, model.access.help_org, lead=True)
    model.run_until(60)
    assert case.episodes[1].task.priority == NORMAL_PRIORITY


def test_an_extra_seat_joins_the_meeting():
    """An integral team takes a seat for the asked need: its professional works on that episode."""
    model = small_model("sectoraal", FINDS_ALL)
    case = open_case(model, "wmo")
    team = Organisation(model, "Integraal team", frozenset(DOMAINS))
    team.hire(1, 36.0, "integral", team.domains, 0.0)
    work_integrally(case, model.access.help_org, lead=True, extra_seats=[(case.presented, team)])
    model.run_until(60)
    assert case.presented.task is not None
    assert team.professionals[0].unique_id in case.presented.professionals


def test_one_organisation_involved_means_no_meeting_and_help_at_once():
    """The broad intake found nothing: nobody to meet with, so help is queued at once and no hours are booked.

    Without a lead there is no joint plan; under the vinkje the regisseur still keeps a plan with a lead.
    """
    for lead in (False, True):
        model = small_model("sectoraal", FINDS_ALL)
        case = open_case(model, "wmo")
        work_integrally(case, model.access.help_org, lead=lead)
        assert case.presented.task is not None and case.presented.task.category == "direct_help"
        assert case.presented.hours["coordination"] == 0.0
        plan = case.presented.plan
        assert (plan is not None and plan.lead) if lead else plan is None
