"""A help episode: its norm, whether it was met, and the duration and success of its help.

Story: the Wmo must decide within 56 days of the request. A decision on day 50 is within the
norm, one on day 60 is not; while no decision is taken the answer is open until day 56 has
passed. Debt help measures the first conversation instead, within 5 days in a crisis. Help for
a more severe need takes longer.
"""

from __future__ import annotations

import math

import pytest

from sim.agents.episode import SEVERITY_DURATION, Episode, Outcome
from sim.domains import ZRM_CRISIS, ZRM_NEED
from sim.model import MunicipalityModel
from sim.params.scenario import load_scenario


@pytest.fixture
def model():
    return MunicipalityModel(load_scenario("sectoraal", {"population.inhabitants": 300}), 8)


def episode(model, domain: str, level: int = ZRM_NEED, effort: float = 1.0) -> Episode:
    need = model.population.households[0].add_need(domain, level, effort, ask=False)
    return Episode(model, need, "Test", "sectoral", model.time)


@pytest.mark.parametrize(("decided_on", "within"), [(50.0, 1.0), (56.0, 1.0), (60.0, 0.0)])
def test_a_decision_norm_is_met_or_missed(model, decided_on, within):
    e = episode(model, "wmo")
    e.decision_time = decided_on
    record = e.record()
    assert record.norm_days == 56.0 and record.within_norm == within


def test_an_open_decision_is_undecided_until_the_norm_has_passed(model):
    e = episode(model, "wmo")
    assert math.isnan(e.record().within_norm)
    model.run_until(57.0)
    assert e.record().within_norm == 0.0


def test_debt_measures_the_first_conversation_and_a_crisis_has_a_shorter_norm(model):
    e = episode(model, "debt")
    e.intake_start, e.first_contact = 10.0, 14.0
    record = e.record()
    assert record.days_to_norm_event == 14.0
    assert record.within_norm == 1.0
    crisis = Episode(model, e.need, "Test", "sectoral", 0.0)
    crisis.crisis = True
    crisis.intake_start = crisis.first_contact = 6.0
    record = crisis.record()
    assert record.norm_days == model.params["norms.debt.crisis_days"] == 5.0
    assert record.within_norm == 0.0


def test_a_domain_without_norm_has_none(model):
    record = episode(model, "social").record()
    assert record.norm_days == 0.0 and math.isnan(record.within_norm)


def test_help_takes_longer_for_a_more_severe_need(model):
    mean = model.domain["youth"].help_duration_days
    assert episode(model, "youth", ZRM_NEED, 2.0).help_duration() == mean * 2.0
    severe = episode(model, "wmo", ZRM_CRISIS, 1.0)
    assert severe.help_duration() == model.domain["wmo"].help_duration_days * SEVERITY_DURATION[ZRM_CRISIS] > 0
    assert SEVERITY_DURATION[ZRM_CRISIS] > SEVERITY_DURATION[ZRM_NEED]


def test_help_never_succeeds_with_a_zero_design_factor_and_debt_lowers_the_chance():
    model = MunicipalityModel(load_scenario("sectoraal", {"population.inhabitants": 300,
                                                          "help.wmo.success_probability": 1.0,
                                                          "spillover.root_cause_success_multiplier": 0.0}), 8)
    e = episode(model, "wmo")
    assert e.help_succeeds(1.0)
    assert not e.help_succeeds(0.0)
    model.population.households[0].add_need("debt", ZRM_NEED, 1.0, ask=False)
    assert not e.help_succeeds(1.0), "unresolved debts (a root cause) make help fail here"


def test_closing_makes_one_immutable_row(model):
    e = episode(model, "wmo")
    e.close(Outcome.WITHDRAWN)
    (record,) = model.episodes.records
    assert record.outcome == "withdrawn" and record.episode == e.id and e not in model.episodes.open
    with pytest.raises(AttributeError):
        record.outcome = "resolved"
