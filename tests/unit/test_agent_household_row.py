"""Trace test of a household's row in the households table (sim/agents/household_row.py).

Story: a household in a town of 300 has a debt need at ZRM 2 when measuring starts, meets one
professional and has one episode. Its row says so, column by column, in the named order.
"""

from __future__ import annotations

from sim.agents.household_row import HouseholdRow, household_row
from sim.domains import DOMAINS, ZRM_NEED, ZRM_RESOLVED
from sim.model import MunicipalityModel
from sim.params.scenario import load_scenario


def test_the_row_names_each_value_of_the_household():
    model = MunicipalityModel(load_scenario("sectoraal", {"population.inhabitants": 300}), 5)
    home = model.population.households[0]
    home.add_need("debt", ZRM_NEED - 1, 1.0, ask=False)
    home.start_measuring(multiproblem=False)
    home.meet(17)
    home.episodes += 1
    row = HouseholdRow._make(household_row(home))
    assert (row.household, row.type, row.size, row.avoider) == (home.unique_id, home.kind, home.size, home.avoider)
    assert row.zrm_start_debt == row.zrm_end_debt == ZRM_NEED - 1
    assert all(getattr(row, f"zrm_start_{d}") == ZRM_RESOLVED for d in DOMAINS if d != "debt")
    assert (row.professionals_met, row.episodes, row.multiproblem) == (1, 1, False)
    assert row.need_days_debt == 0.0 and row.need_days_wmo == 0.0
    assert len(row) == len(HouseholdRow._fields)
