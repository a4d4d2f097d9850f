"""A household presents its most pressing need, and records a crisis when one arrives.

Story: an elderly man has a Wmo need (ZRM 3) and debts at ZRM 2. When he finally asks for
help he talks about the debts: the most pressing need goes to the door. When the debts reach
crisis (an eviction notice) that is counted, and his waiting request moves up the queue.
"""

from __future__ import annotations

from sim.domains import ZRM_CRISIS, ZRM_NEED
from sim.model import MunicipalityModel
from sim.params.scenario import load_scenario


class Door:
    """Stands in for the access design: remembers what was presented."""

    stabilises_debt = False

    def __init__(self):
        self.presented = []

    def receive(self, household, need, origin="asked"):
        """The design receives a request: note it."""
        self.presented.append(need.domain)


def town(**overrides):
    scenario = load_scenario("sectoraal", {"population.inhabitants": 300, **overrides})
    model = MunicipalityModel(scenario, 5)
    model.access = Door()
    return model, model.population.households[0]


def test_the_most_pressing_latent_need_is_presented():
    model, home = town()
    home.add_need("wmo", ZRM_NEED, 1.0, ask=False)
    home.add_need("debt", ZRM_NEED - 1, 1.0, ask=False)
    home.ask_for_help()
    assert model.access.presented == ["debt"]


def test_ties_go_to_the_first_domain_and_known_needs_are_not_presented_again():
    model, home = town()
    home.add_need("social", ZRM_NEED, 1.0, ask=False)
    wmo = home.add_need("wmo", ZRM_NEED, 1.0, ask=False)
    home.ask_for_help()
    wmo.make_known()
    home.ask_for_help()
    assert model.access.presented == ["wmo", "social"]


def test_worsening_to_crisis_is_counted_and_an_eviction_may_follow():
    _, home = town(**{"crisis.eviction_probability": 1.0})
    debt = home.add_need("debt", ZRM_CRISIS + 1, 1.0, ask=False)
    home.worsen(debt)
    assert debt.level == ZRM_CRISIS and home.zrm["debt"] == ZRM_CRISIS
    assert home.crises["debt_crisis"] == 1 and home.crises["eviction"] == 1


def test_resolving_a_need_restores_the_zrm_score():
    _, home = town()
    need = home.add_need("youth", ZRM_NEED, 1.0, ask=False)
    home.resolve(need)
    assert "youth" not in home.needs and home.zrm["youth"] > ZRM_NEED
