"""Trace tests of the wrong door (sim/access/steps/wrong_door.py).

Story (seed 004): a woman with a Wmo need asks another organisation first. In the sectoral
baseline its triage ("not here") takes a week and she asks again at the Wmo-loket later; under
no wrong door the wrong door hands her over; a broad intake (integral access) takes her in where
she asked; een loket has one door, so there is no wrong one.
"""

from __future__ import annotations

import pytest

from sim.access.steps.wrong_door import wrong_door
from sim.agents.case import Case
from sim.agents.episode import Origin
from stand_ins import household_with, small_model

ALWAYS = {"wrong_door.probability": 1.0, "wrong_door.hours": 0.5, "wrong_door.days": 7.0,
          "wrong_door.reask_days": 30.0, "handover.days": 7.0, "handover.hours": 0.5}


def asks_for_wmo(scenario: str, values: dict):
    """A household in ``scenario`` asks for help with a Wmo need; the model runs 200 days."""
    model = small_model(scenario, values)
    household = household_with(model, "wmo")
    case = model.access.receive(household, household.needs["wmo"])
    model.run_until(200)
    return model, case


def test_the_draw_names_an_organisation_of_another_domain_or_none():
    """Probability 1: an organisation other than the door; probability 0, or outreach: the right door."""
    model = small_model("sectoraal", ALWAYS)
    household = household_with(model, "wmo")
    case = Case(model.access, household, household.needs["wmo"], model.organisations["wmo"], "sectoral")
    wrong = wrong_door(model.access, case)
    assert wrong.organisation is not case.door and wrong.organisation in model.organisations.values()
    assert wrong.reask_days >= 0.0
    case.presented.origin = Origin.OUTREACH
    assert wrong_door(model.access, case) is None
    never = small_model("sectoraal", {**ALWAYS, "wrong_door.probability": 0.0})
    h = household_with(never, "wmo")
    assert wrong_door(never.access, Case(never.access, h, h.needs["wmo"], never.organisations["wmo"], "s")) is None


def test_sectoral_sends_the_household_away_and_it_asks_again_later():
    """Triage of a week at the wrong door, then some weeks until the intake starts at the right door."""
    _, case = asks_for_wmo("sectoraal", ALWAYS)
    assert case.presented.wrong_door
    assert case.presented.intake_start > 7.0
    assert case.presented.hours["intake"] > 0.5  # the triage's half hour and the Wmo intake
    assert case.presented.handovers == 0


def test_no_wrong_door_hands_the_household_over():
    """Triage, then a handover of a week: the intake starts after two weeks, with one handover."""
    _, case = asks_for_wmo("no-wrong-door", ALWAYS)
    assert case.presented.wrong_door and case.presented.handovers == 1
    assert case.presented.intake_start == pytest.approx(14.0)


@pytest.mark.parametrize("scenario", ["integrale-toegang", "een-loket"])
def test_a_broad_intake_or_one_door_takes_the_request_in(scenario):
    """Integral access takes the request in where it was asked; een loket has only one door.

    20,000 inhabitants, so that the desk of een loket has somebody.
    """
    _, case = asks_for_wmo(scenario, {**ALWAYS, "population.inhabitants": 20000})
    assert not case.presented.wrong_door and case.presented.intake_start == pytest.approx(0.0)


def test_every_request_draws_the_same_numbers_in_every_design():
    """Common random numbers: three draws a request whatever the design does with them."""
    states = []
    for scenario in ("sectoraal", "een-loket"):
        model, _ = asks_for_wmo(scenario, ALWAYS)
        states.append(model.draws.doors.uniform())
    assert states[0] == states[1]


def test_an_organisation_without_staff_is_no_wrong_door():
    """No debt counsellors at all: nobody asks at that door by mistake (it would never answer)."""
    model = small_model("sectoraal", {**ALWAYS, "organisations.debt.professionals": 0})
    household = household_with(model, "wmo")
    doors = set()
    for _ in range(40):
        case = Case(model.access, household, household.needs["wmo"], model.organisations["wmo"], "sectoral")
        wrong = wrong_door(model.access, case)
        doors.add(None if wrong is None else wrong.domain)
    assert "debt" not in doors and len(doors - {None}) >= 2
