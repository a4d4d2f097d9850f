"""Stand-ins for the unit tests of agents, access designs and steps: a quiet town, one desk, an owner.

Used by tests/unit/: nothing happens in the town by itself.

Story: to watch one case meeting, a test builds the town, gives one household a Wmo need and
debts, opens a case at the Wmo-loket and drives the meeting; no demand runs and needs neither
worsen nor remit, so every event the test sees comes from the mechanism under test.
"""

from __future__ import annotations

from sim.agents.case import Case
from sim.agents.organisation import Organisation
from sim.domains import DOMAINS, ZRM_NEED
from sim.model import MunicipalityModel
from sim.params.scenario import load_scenario

QUIET = {"population.inhabitants": 500,
         **{f"needs.{d}.{rate}_per_year": 0.0 for d in DOMAINS for rate in ("worsening", "remission")}}
"""500 inhabitants (one professional per organisation); needs stay as they are."""


def small_model(scenario: str = "sectoraal", values: dict | None = None, seed: int = 1) -> MunicipalityModel:
    """A quiet town under ``scenario``, with ``values`` on top; no event runs until the test runs the model."""
    return MunicipalityModel(load_scenario(scenario, {**QUIET, **(values or {})}), seed)


def household_with(model, *domains: str, level: int = ZRM_NEED):
    """A household of the town without needs, given latent needs in ``domains`` (none asked for)."""
    household = next(h for h in model.population.households if not h.needs)
    for domain in domains:
        household.add_need(domain, level, 1.0, ask=False)
    return household


def open_case(model, asked: str, *latent: str, level: int = ZRM_NEED) -> Case:
    """A case for a household that asks about ``asked`` and has latent needs in ``latent``.

    The case opens at the door the model's design points to; no intake is started.
    """
    household = household_with(model, asked, *latent, level=level)
    need = household.needs[asked]
    return Case(model.access, household, need, model.access.door(household, need), model.access.route)


class EpisodeStandIn:
    """Stands in for a help episode as a task's owner: a Wmo need, a household, finished tasks.

    The stand-in is its own household and notes which professionals met it (``met``) and which
    of its tasks finished (``finished``; pass ``owner.finished.append`` as the task's callback).
    """

    domain = "wmo"

    def __init__(self):
        self.household = self
        self.met: list[int] = []
        self.finished: list = []

    def meet(self, professional_id: int) -> None:
        """A professional worked with the household: note who."""
        self.met.append(professional_id)


def one_desk(weekly_hours: float, admin_ratio: float = 0.0, name: str = "Wmo-loket"):
    """A town of 300 with one extra organisation of one Wmo consultant; returns (model, organisation)."""
    model = MunicipalityModel(load_scenario("sectoraal", {"population.inhabitants": 300}), 1)
    org = Organisation(model, name, frozenset({"wmo"}))
    org.hire(1, weekly_hours, "wmo", org.domains, admin_ratio)
    return model, org
