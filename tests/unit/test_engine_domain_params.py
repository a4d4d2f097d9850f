"""Per-domain parameters, read once, and the norm each domain measures.

Story: the Wmo measures the days to a decision (56); debt help measures the first conversation
(28 days, or 5 when an eviction threatens); welzijn has no legal norm.
"""

from __future__ import annotations

import math

from sim.engine.domain_params import domain_params, mmc_domain_params
from sim.params.scenario import load_scenario

SCENARIO = load_scenario("sectoraal", {"population.inhabitants": 300})


def test_values_are_the_scenarios():
    p = domain_params(SCENARIO)["youth"]
    assert p.seek_days == SCENARIO["needs.youth.seek_days"]
    assert p.help_duration_days == SCENARIO["help.youth.duration_days"]
    assert p.crisis_norm_days == p.norm_days, "only debt help has a crisis norm"


def test_the_norm_measures_the_decision_the_first_conversation_or_nothing():
    params = domain_params(SCENARIO)
    assert params["wmo"].norm(False, 3.0, 40.0) == (params["wmo"].norm_days, 40.0)
    debt = params["debt"]
    assert debt.norm(False, 3.0, 40.0) == (debt.norm_days, 3.0)
    assert debt.norm(True, 3.0, 40.0) == (SCENARIO["norms.debt.crisis_days"], 3.0)
    days, time = params["social"].norm(False, 3.0, 40.0)
    assert days == 0.0 and math.isnan(time)


def test_the_mmc_parameters_make_needs_inert_and_help_one_hour_a_week():
    scenario = load_scenario("mmc", {"mmc.service_mean_days": 4.0})
    for p in mmc_domain_params(scenario).values():
        assert p.worsening_per_year == p.remission_per_year == p.recurrence_probability == 0.0
        assert p.present_probability == 0.0 and p.help_hours_per_week == 1.0 and p.help_duration_days == 4.0
        assert p.norm(True, 1.0, 2.0)[0] == 0.0
