"""The two simulation modes are wiring chosen once: the full municipality, and the M/M/c queue.

Story: to check the engine against Erlang C, the town shrinks to one desk of c servers whose
help books 1 hour of a 1-hour week; needs never worsen, remit or recur; there is no norm.
"""

from __future__ import annotations

from sim.agents.modes import DESK, MmcQueue, Municipality
from sim.domains import DOMAINS, ZRM_NEED
from sim.model import MunicipalityModel
from sim.params.scenario import load_scenario


def test_the_mmc_mode_has_one_desk_no_households_and_inert_needs():
    model = MunicipalityModel(load_scenario("mmc", {"mmc.servers": 3, "mmc.service_mean_days": 2.5}), 1)
    assert model.mode is MmcQueue and model.population.households == []
    (desk,) = model.organisations.values()
    assert desk.name == DESK and len(desk.professionals) == 3
    assert all(p.weekly_hours == 1.0 and p.admin_ratio == 0.0 for p in desk.professionals)
    p = model.domain[DOMAINS[0]]
    assert (p.worsening_per_year, p.remission_per_year, p.recurrence_probability, p.present_probability) == (0, 0, 0, 0)
    assert p.help_hours_per_week == 1.0 and p.norm(False, 0.0, 1.0)[0] == 0.0
    home = model.population.add_household()
    need = home.add_need(DOMAINS[0], ZRM_NEED, 0.4)
    assert need._transition is None and need._seek is None
    episode = model.access.receive(home, need).presented
    assert episode.help_duration() == 2.5 * 0.4


def test_the_municipality_mode_has_a_town_and_an_organisation_per_domain():
    model = MunicipalityModel(load_scenario("sectoraal", {"population.inhabitants": 300}), 1)
    assert model.mode is Municipality and len(model.population.households) > 0
    assert set(model.organisations) == set(DOMAINS)
