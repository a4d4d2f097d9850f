"""Trace tests of a handover (sim/access/steps/handover.py): days, lost information, consent.

Story: the Wmo consultant hands a household's debts over to Schuldhulpverlening. Reading the
file takes ``handover.hours`` over ``handover.days``; when the file says too little the debt
consultant repeats (part of) the intake; without consent to share, a new appointment first adds
``avg.no_consent_delay_days``. Then help may start: ``then(episode)``.
"""

from __future__ import annotations

import pytest

from sim.access.steps.handover import Handover
from stand_ins import open_case, small_model

DEBT_INTAKE = {"handover.days": 7.0, "handover.hours": 1.0, "intake.debt.days": 14.0, "intake.debt.hours": 4.0,
               "handover.repeat_intake_share": 0.5, "avg.no_consent_delay_days": 10.0}


def hand_over_debts(values: dict, consent: bool = True):
    """Hand the found debt episode of a Wmo case to Schuldhulpverlening; returns who was called when."""
    model = small_model("sectoraal", {**DEBT_INTAKE, **values})
    case = open_case(model, "wmo", "debt")
    debt_org = model.organisations["debt"]
    episode = case.add_episode(case.household.needs["debt"], debt_org.name)
    calls = []
    Handover(case, episode, debt_org, lambda e: calls.append((model.time, e)), consent)
    model.run_until(365)
    return episode, calls


def test_a_handover_that_loses_nothing_takes_its_days_and_then_help_may_start():
    """Reading the file takes seven days and one hour; then ``then`` is called once."""
    episode, calls = hand_over_debts({"handover.info_loss_probability": 0.0})
    assert [(t, e) for t, e in calls] == [(pytest.approx(7.0), episode)]
    assert episode.handovers == 1 and episode.repeated_intakes == 0
    assert episode.handover_days == pytest.approx(7.0)
    assert episode.hours["coordination"] == pytest.approx(1.0) and episode.hours["intake"] == 0.0


def test_a_handover_that_loses_the_information_repeats_part_of_the_intake():
    """The file said too little: half the debt intake (2 hours over 7 days) follows the reading."""
    episode, calls = hand_over_debts({"handover.info_loss_probability": 1.0})
    assert len(calls) == 1 and calls[0][0] == pytest.approx(7.0 + 7.0)
    assert episode.repeated_intakes == 1
    assert episode.hours["intake"] == pytest.approx(2.0)
    assert episode.handover_days == pytest.approx(14.0)


def test_without_consent_a_new_appointment_and_a_repeated_intake_follow():
    """No consent: reading, ten days to a new appointment, then the repeated intake."""
    episode, calls = hand_over_debts({"handover.info_loss_probability": 0.0}, consent=False)
    assert calls[0][0] == pytest.approx(7.0 + 10.0 + 7.0)
    assert episode.repeated_intakes == 1


def test_a_handover_without_days_passes_the_episode_on_at_once():
    """A handover of zero days is counted but takes no time."""
    episode, calls = hand_over_debts({"handover.days": 0.0, "handover.info_loss_probability": 0.0})
    assert calls == [(0.0, episode)] and episode.handovers == 1
