"""A professional's week: what fits in it, and where every hour went.

Story: a consultant with a 32-hour week and 30% administration on every client hour has room
for 24 client hours a week (24 x 1.3 = 31.2), not for 25; what she does not book is idle.
"""

from __future__ import annotations

import pytest

from sim.agents.professional import Professional
from sim.model import MunicipalityModel
from sim.params.scenario import load_scenario


@pytest.fixture
def model():
    return MunicipalityModel(load_scenario("sectoraal", {"population.inhabitants": 300}), 1)


def test_room_counts_administration(model):
    professional = Professional(model, "Wmo-loket", "wmo", 32.0, frozenset({"wmo"}), 0.3)
    assert professional.weekly_load(10.0) == pytest.approx(13.0)
    assert professional.has_room(24.0)
    assert not professional.has_room(25.0)
    professional.book("direct_help", 20.0)
    assert not professional.has_room(5.0)
    professional.release("direct_help", 20.0)
    assert professional.has_room(24.0)


def test_hours_not_booked_are_idle(model):
    professional = Professional(model, "Wmo-loket", "wmo", 35.0, frozenset({"wmo"}), 0.4)
    professional.book("coordination", 5.0)
    model.run_until(14.0)
    hours = professional.hours_so_far()
    assert hours["coordination"] == pytest.approx(10.0)
    assert hours["administration"] == pytest.approx(4.0)
    assert hours["idle"] == pytest.approx(70.0 - 14.0)


def test_start_measuring_forgets_the_warm_up(model):
    professional = Professional(model, "Wmo-loket", "wmo", 35.0, frozenset({"wmo"}), 0.0)
    professional.book("intake", 7.0)
    model.run_until(7.0)
    professional.start_measuring()
    model.run_until(14.0)
    assert professional.hours_so_far()["intake"] == pytest.approx(7.0)
