"""A case from the request through intake and decision to help, and what ends it early.

Story: on day 0 a man asks the Wmo-loket for support at home. A consultant takes the request up
at once, plans the keukentafelgesprek a few days ahead (the first contact) and decides about ten
days later (both drawn process times; 6 hours of work on average); the consultant who did the
intake starts the help at once. If his need resolves by itself while the request still waits,
the request is withdrawn; if it turns into a crisis, the request goes to the front of the queue.
"""

from __future__ import annotations

import math

import pytest

from sim.agents.case import EXISTING, start_existing_help
from sim.agents.episode import Outcome
from sim.agents.need import NeedStatus
from sim.agents.task import CRISIS_PRIORITY, TaskState
from sim.domains import ZRM_CRISIS, ZRM_NEED
from sim.model import MunicipalityModel
from sim.params.scenario import load_scenario


def town(**overrides):
    scenario = load_scenario("sectoraal", {"population.inhabitants": 300, **overrides})
    model = MunicipalityModel(scenario, 7)
    return model, model.population.households[0]


def test_request_intake_decision_and_help():
    model, home = town(**{"help.wmo.success_probability": 1.0})
    p = model.domain["wmo"]
    need = home.add_need("wmo", ZRM_NEED, 1.0, ask=False)
    case = model.access.receive(home, need)
    episode = case.presented
    assert need.status is NeedStatus.KNOWN and episode.task.state is TaskState.RUNNING
    assert episode.intake_start == 0.0
    length = episode.task.duration
    assert 0.0 < episode.first_contact < length
    model.run_until(length + 0.5)
    assert episode.decision_time == length and episode.help_start == length
    assert need.status is NeedStatus.HELPED
    assert episode.professionals == [case.door.professionals[0].unique_id]
    model.run_until(length + p.help_duration_days + 0.5)
    (record,) = model.episodes.records
    assert record.outcome == Outcome.RESOLVED and "wmo" not in home.needs
    assert record.intake_hours == pytest.approx(p.intake_hours * length / (p.first_contact_days + p.intake_days))
    assert record.help_hours == pytest.approx(p.help_hours_per_week * p.help_duration_days / 7.0)


def test_help_that_the_design_makes_hopeless_leaves_the_need_latent():
    model, home = town(**{"help.wmo.success_probability": 1.0})
    model.access.success_factor = lambda episode: 0.0
    need = home.add_need("wmo", ZRM_NEED, 1.0, ask=False)
    model.access.receive(home, need)
    p = model.domain["wmo"]
    model.run_until(200.0 + p.help_duration_days)
    assert next(iter(model.episodes.records)).outcome == Outcome.NOT_RESOLVED
    assert home.needs["wmo"] is need and need.status is not NeedStatus.HELPED


def busy(model, domain: str) -> None:
    """Fill the week of every professional of the domain's organisation."""
    for professional in model.organisations[domain].professionals:
        professional.book("direct_help", professional.weekly_hours)


def test_a_request_waiting_for_a_need_that_remits_is_withdrawn():
    model, home = town()
    busy(model, "wmo")
    need = home.add_need("wmo", ZRM_NEED, 1.0, ask=False)
    case = model.access.receive(home, need)
    home.remit(need)
    assert case.presented.outcome == Outcome.WITHDRAWN and "wmo" not in home.needs
    assert model.organisations["wmo"].waiting == 0


def test_a_request_whose_need_reaches_crisis_jumps_the_queue():
    model, home = town()
    busy(model, "wmo")
    need = home.add_need("wmo", ZRM_CRISIS + 1, 1.0, ask=False)
    case = model.access.receive(home, need)
    assert not case.presented.crisis
    home.worsen(need)
    assert case.presented.crisis and case.presented.task.priority == CRISIS_PRIORITY


def test_an_existing_client_is_in_help_from_the_start():
    model, home = town()
    need = home.add_need("youth", ZRM_NEED, 1.0, ask=False)
    case = start_existing_help(model.access, need)
    episode = case.presented
    assert episode.route == EXISTING and episode.intake_start == episode.decision_time == 0.0
    assert episode.help_start == 0.0 and need.status is NeedStatus.HELPED
    assert math.isnan(episode.end_time)
