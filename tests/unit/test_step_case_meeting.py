"""Trace tests of a case meeting (sim/access/steps/case_meeting.py).

Story: the Wmo consultant found debts. Wmo-loket and Schuldhulpverlening each send one
professional to a meeting planned ``days`` ahead; each seat is a coordination task of ``hours``.
When both seats are done the plan is agreed, and ``on_agreed(plan, participants)`` starts help:
at once with a named lead, after days without action when nobody leads (wachtgedrag).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from sim.access.steps.case_meeting import CaseMeeting, maturity_factor, under_time_pressure
from sim.access.steps.joint_plan import Plan
from stand_ins import open_case, small_model

QUIET_MEETING = {"pseudo.probability": 0.0}


class Agreed:
    """Records the calls of ``on_agreed`` and when they came."""

    def __init__(self, model):
        """No calls yet."""
        self.model, self.calls = model, []

    def __call__(self, plan, participants) -> None:
        """Note the time, the plan and who sat at the table."""
        self.calls.append((self.model.time, plan, dict(participants)))


def wmo_and_debt_meeting(values: dict, lead: bool, hours: float = 3.0, days: float = 14.0):
    """A meeting of Wmo-loket and Schuldhulpverlening about a Wmo case with found debts."""
    model = small_model("sectoraal", {**QUIET_MEETING, **values})
    case = open_case(model, "wmo", "debt")
    wmo, debt = model.organisations["wmo"], model.organisations["debt"]
    found = case.add_episode(case.household.needs["debt"], debt.name)
    agreed = Agreed(model)
    parts = [(case.presented, wmo), (found, debt), (case.presented, wmo)]
    CaseMeeting(case, parts, lead, hours, days, agreed)
    return model, case, found, agreed


def test_one_seat_per_organisation_and_domain_then_the_plan_reaches_on_agreed():
    """Two seats for three parts; after the planned days the plan and who sat at the table reach on_agreed."""
    model, case, found, agreed = wmo_and_debt_meeting({}, lead=True)
    model.run_until(30)
    assert len(agreed.calls) == 1
    time, plan, participants = agreed.calls[0]
    assert time == pytest.approx(14.0)
    assert isinstance(plan, Plan) and plan.effective and plan.lead
    wmo, debt = model.organisations["wmo"], model.organisations["debt"]
    assert set(participants) == {(wmo.name, "wmo"), (debt.name, "debt")}
    assert participants[(wmo.name, "wmo")] == wmo.professionals[0].unique_id
    assert case.presented.plan is plan and found.plan is plan
    assert case.presented.hours["coordination"] == pytest.approx(3.0)
    assert found.hours["coordination"] == pytest.approx(3.0)


def test_without_a_lead_everybody_may_wait_for_the_others_before_acting():
    """Nobody leads and every actor waits for sure: the plan comes later, and the wait is booked as idle days."""
    model, case, found, agreed = wmo_and_debt_meeting({"diffusion.per_actor_probability": 1.0}, lead=False)
    model.run_until(2000)
    time, plan, _ = agreed.calls[0]
    assert not plan.lead
    assert time > 14.0
    assert case.presented.idle_days == pytest.approx(time - 14.0) and found.idle_days == case.presented.idle_days


def test_a_named_lead_means_no_days_without_action():
    """With a regisseur the plan holds on the meeting day, whatever the diffusion chance."""
    model, case, _, agreed = wmo_and_debt_meeting({"diffusion.per_actor_probability": 1.0}, lead=True)
    model.run_until(2000)
    assert agreed.calls[0][0] == pytest.approx(14.0) and case.presented.idle_days == 0.0


def test_a_meeting_without_hours_is_agreed_at_once_and_books_nothing():
    """No hours: no seats booked, agreed on the spot with no participants."""
    model, case, _, agreed = wmo_and_debt_meeting({}, lead=True, hours=0.0)
    model.run_until(1)
    assert agreed.calls[0][0] == 0.0 and agreed.calls[0][2] == {}
    assert case.presented.hours["coordination"] == 0.0


def test_time_pressure_is_more_waiting_tasks_per_professional_than_the_limit():
    """One crowded organisation at the table is enough for time pressure."""
    model = small_model("sectoraal", {"pseudo.queue_per_professional": 1.0})
    crowded = SimpleNamespace(waiting=3, professionals=[1, 2])
    coping = SimpleNamespace(waiting=2, professionals=[1, 2])
    assert under_time_pressure(model, [coping, crowded])
    assert not under_time_pressure(model, [coping])


def test_practice_makes_meetings_cheaper_up_to_the_maximum_saving():
    """No practice: full cost; half the years: 30% saved; beyond maturity: the maximum 60%."""
    values = {"maturity.years": 10.0, "maturity.max_saving": 0.6}
    assert maturity_factor(small_model("sectoraal", values)) == 1.0
    assert maturity_factor(small_model("sectoraal", {**values, "maturity.start_years": 5.0})) == pytest.approx(0.7)
    assert maturity_factor(small_model("sectoraal", {**values, "maturity.start_years": 30.0})) == pytest.approx(0.4)
