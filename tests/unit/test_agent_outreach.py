"""Outreach: a payment-arrears signal brings a debt worker to the door (once per need).

Story: the energy supplier reports three months of unpaid bills. Some weeks later a debt
worker rings the bell, unless the family has asked for help meanwhile.
"""

from __future__ import annotations

from sim.agents.episode import Origin
from sim.agents.outreach import Outreach
from sim.domains import ZRM_NEED
from sim.model import MunicipalityModel
from sim.params.scenario import load_scenario


class Door:
    """Stands in for the access design: remembers who came in and how."""

    stabilises_debt = False

    def __init__(self):
        self.received = []

    def receive(self, household, need, origin="asked"):
        """The design receives a request: note it."""
        self.received.append((need.domain, origin))


def town(probability: float):
    scenario = load_scenario("sectoraal", {"population.inhabitants": 300, "outreach.signal_probability": probability,
                                           "needs.debt.present_probability": 0.0})
    model = MunicipalityModel(scenario, 4)
    model.access = Door()
    return model, model.population.households[0]


def test_a_certain_signal_leads_to_one_visit():
    model, home = town(1.0)
    need = home.add_need("debt", ZRM_NEED, 1.0)
    model.outreach.consider(need)
    model.run_until(3650.0)
    assert model.access.received == [("debt", Origin.OUTREACH)]


def test_no_visit_when_outreach_is_off_or_the_need_is_not_debt():
    model, home = town(0.0)
    home.add_need("debt", ZRM_NEED, 1.0)
    model.outreach = Outreach(model)
    model.run_until(3650.0)
    assert model.access.received == []
    model, home = town(1.0)
    home.add_need("wmo", ZRM_NEED, 1.0, ask=False)
    model.run_until(3650.0)
    assert model.access.received == []


def test_no_visit_once_the_need_is_known():
    model, home = town(1.0)
    need = home.add_need("debt", ZRM_NEED, 1.0)
    need.make_known()
    model.run_until(3650.0)
    assert model.access.received == []
