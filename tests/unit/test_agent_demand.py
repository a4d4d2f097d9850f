"""Where needs come from: initial needs at time 0, thinning of onsets, Poisson arrivals (mode mmc).

Story: when the run starts, a share of the town already has unspoken debts and some families
are already in youth care; later needs arise one by one, more often in a household whose debts
spill over. In the M/M/c mode each arrival is a new household that asks at once.
"""

from __future__ import annotations

import pytest

from sim.agents.case import EXISTING
from sim.agents.household import Household
from sim.agents.need import NeedStatus
from sim.agents.task import TaskState
from sim.domains import DOMAINS, ZRM_NEED
from sim.model import MunicipalityModel
from sim.output.tables import households_table
from sim.params.scenario import load_scenario

NO_INITIAL_NEEDS = {f"needs.{d}.{key}": 0.0 for d in DOMAINS for key in ("initial_share", "initial_help_share")}


def town(**overrides):
    scenario = load_scenario("sectoraal", {"population.inhabitants": 3000, **NO_INITIAL_NEEDS, **overrides})
    return MunicipalityModel(scenario, 9)


def test_initial_needs_follow_their_shares_and_stay_unspoken():
    model = town(**{"needs.debt.initial_share": 0.2})
    model.demand._seed_initial_needs()
    needs = [n for h in model.population.households for n in h.needs.values()]
    assert {n.domain for n in needs} == {"debt"}
    assert len(needs) == pytest.approx(0.2 * len(model.population.households), rel=0.35)
    assert all(n.status is NeedStatus.LATENT and n._seek is None and n.level <= ZRM_NEED for n in needs)


def test_initial_clients_are_already_in_help():
    model = town(**{"needs.youth.initial_help_share": 0.05})
    model.demand._seed_initial_needs()
    episodes = list(model.episodes.open)
    assert episodes and all(e.domain == "youth" and e.route == EXISTING for e in episodes)
    assert all(e.help_start == 0.0 or e.task.state is TaskState.QUEUED for e in episodes)


def test_unresolved_debt_raises_the_onset_of_other_needs_to_the_ceiling():
    model = town()
    onset, home = model.demand, model.population.households[0]
    assert onset._multiplier(home, "wmo") == 1.0
    home.add_need("debt", ZRM_NEED, 1.0, ask=False)
    assert onset._multiplier(home, "wmo") == onset.ceiling > 1.0
    assert onset._multiplier(home, "debt") == 1.0


def test_effort_has_mean_one():
    assert town().demand.effort(20_000).mean() == pytest.approx(1.0, abs=0.03)


def test_each_mmc_arrival_is_a_household_with_one_request():
    model = MunicipalityModel(load_scenario("mmc", {"mmc.arrival_rate_per_day": 2.0}), 9)
    model.demand.start()
    model.run_until(30.0)
    population = model.population
    households = [*population.everyone(), *population.leaving]
    assert 30 < len(households) < 100 and population.households == []
    assert all(h.episodes == 1 and len(h.needs) <= 1 for h in households)


def test_mmc_customers_leave_the_model_when_their_help_ends():
    """After the warm-up a served customer is gone from the model; its row stays (in the table)."""
    model = MunicipalityModel(load_scenario("mmc", {"mmc.arrival_rate_per_day": 2.0}), 9)
    model.run()
    population, table = model.population, households_table(model)
    present = list(population.everyone())
    assert len(population.departed) > 300 and len(present) < 30
    assert len(model.agents_by_type[Household]) == len(present)
    assert len(table) == len(population.departed) + len(present) and table["household"].is_monotonic_increasing
    assert all(h.needs or h.episodes == 0 for h in present)
