"""Integraal werken: find the other needs, agree one plan in a case meeting, then help by it.

Story (seed 000): the broad intake of an elderly woman who asked for a wheelchair also finds
the debts her son-in-law left her with. Wmo-loket and Schuldhulpverlening each send a
professional to a case meeting (sim/access/steps/case_meeting.py; only when at least two
organisations are involved); only when they have agreed one plan does help start, for the
wheelchair and the debts, each preferably by the professional who sat at the table, and with an
effective plan the debt help goes first (root cause first).
"""

from __future__ import annotations

from functools import partial

from sim.access.steps.case_meeting import CaseMeeting, maturity_factor, meeting_days
from sim.access.steps.joint_plan import Plan
from sim.access.steps.screening import look_broadly
from sim.agents.task import CRISIS_PRIORITY


def involve(case, needs, help_org) -> list:
    """(episode, organisation) pairs: the asked need's, then one new episode per found need."""
    household = case.household
    parts = [(case.presented, help_org(household, case.presented.domain))]
    for need in needs:
        org = help_org(household, need.domain)
        parts.append((case.add_episode(need, org.name), org))
    return parts


def work_integrally(case, help_org, lead: bool, extra_seats=()) -> None:
    """Look broadly, meet with every organisation involved, then start help by the plan.

    Args:
        case: the case after its broad (or sectoral) intake.
        help_org: the design's ``help_org(household, domain)``.
        lead: a lead (regisseur) is named, so nobody waits for the others after the meeting.
        extra_seats: more (episode, organisation) seats at the meeting.
    """
    model, s = case.model, case.model.params
    found = look_broadly(case, s["broad_intake.detection_probability"])
    parts = involve(case, found, help_org)
    actors = len({org.name for _, org in parts}) + len(extra_seats)
    if actors < 2:
        start_alone(case, parts, lead)
        return
    mature = maturity_factor(model)
    CaseMeeting(case, parts + list(extra_seats), lead, s["meeting.hours"] * mature,
                meeting_days(model, actors) * mature, partial(start_plan, case, parts))


def start_alone(case, parts, lead: bool) -> None:
    """One organisation involved: no case meeting; it helps at once, by a plan only when a lead is named.

    Story: the broad intake of the man who asked for a wheelchair found nothing else, so there is
    nobody to meet with; the Wmo consultant orders the wheelchair. Under the vinkje she is still
    his regisseur and keeps an eye on the household.
    """
    plan = Plan(effective=True, lead=True) if lead else None
    for episode, _ in parts:
        episode.plan = plan
    start_plan(case, parts, plan, {})


def start_plan(case, parts, plan, participants) -> None:
    """Help starts for every episode of the plan; an effective plan treats debt first (seed 001)."""
    first = case.model.params["plan.root_cause_first"] and plan is not None and plan.effective
    for episode, org in parts:
        preferred = participants.get((org.name, episode.domain), case.intake_professional())
        priority = CRISIS_PRIORITY if first and episode.domain == "debt" else None
        case.start_help(episode, org, preferred, priority)
