"""Small models for the unit tests of the access designs and their steps: a quiet town of 500.

Used by tests/unit/test_step_*.py and tests/unit/test_access_*.py: nothing happens in the town
by itself.

Story: to watch one case meeting, a test builds the town, gives one household a Wmo need and
debts, opens a case at the Wmo-loket and drives the meeting; no demand runs and needs neither
worsen nor remit, so every event the test sees comes from the mechanism under test.
"""

from __future__ import annotations

from sim.agents.case import Case
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
