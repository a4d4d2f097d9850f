"""The synthetic population: its size, and the running count of multi-problem households.

Story: a town of 3,000 inhabitants with households of about two persons has about 1,400
households. A family with needs in three life domains at once is a multiprobleemhuishouden; the
count follows every need that comes or goes, without scanning the town.
"""

from __future__ import annotations

import pytest

from sim.domains import ZRM_NEED
from sim.model import MunicipalityModel
from sim.params.scenario import load_scenario


@pytest.fixture
def model():
    return MunicipalityModel(load_scenario("sectoraal", {"population.inhabitants": 3000}), 2)


def test_households_follow_inhabitants_over_mean_size(model):
    population = model.population
    assert len(population.households) == population.household_count()
    persons = sum(h.size for h in population.households)
    assert persons == pytest.approx(3000, rel=0.1)


def test_a_third_need_makes_a_household_multi_problem_and_resolving_one_undoes_it(model):
    population, home = model.population, model.population.households[0]
    needs = [home.add_need(d, ZRM_NEED, 1.0, ask=False) for d in ("wmo", "debt")]
    assert population.multiproblem == 0
    needs.append(home.add_need("youth", ZRM_NEED, 1.0, ask=False))
    assert population.multiproblem == 1
    home.resolve(needs[0])
    assert population.multiproblem == 0


def test_the_outcome_group_is_the_households_multi_problem_when_measuring_starts(model):
    """The households table's group is a point prevalence: multi-problem at that moment, not ever."""
    population, home, later, two = model.population, *model.population.households[:3]
    needs = [home.add_need(d, ZRM_NEED, 1.0, ask=False) for d in ("wmo", "debt", "youth")]
    [two.add_need(d, ZRM_NEED, 1.0, ask=False) for d in ("wmo", "debt")]
    population.start_measuring()
    [later.add_need(d, ZRM_NEED, 1.0, ask=False) for d in ("wmo", "debt", "youth")]
    home.resolve(needs[0])
    assert home.multiproblem_at_start and not later.multiproblem_at_start and not two.multiproblem_at_start


def test_the_time_average_integrates_the_count(model):
    population, home = model.population, model.population.households[0]
    for domain in ("wmo", "debt", "youth"):
        home.add_need(domain, ZRM_NEED, 1.0, ask=False).pause()  # in help: they stay
    model.run_until(10.0)
    population.start_measuring()
    model.run_until(20.0)
    assert population.mean_multiproblem(10.0) == pytest.approx(1.0)
