"""The outcome measures on hand-built tables: ZRM change per episode, unmet need, crisis cost, quintiles.

Story: three households in a measured window from day 100 to day 465. The first asked for Wmo
help at ZRM 2 on day 120, waited 30 days and was helped until day 250, when help resolved the
need (ZRM 4); a year after the request the domain was at 5. The second's debt request was
withdrawn (the need remitted); the third's youth help is still running at the horizon.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from sim.domains import CRISIS_COUNTS, DOMAINS, MULTIPROBLEM_DOMAINS, is_multiproblem
from sim.output.outcomes import (
    crisis_cost_eur,
    help_days,
    multiproblem_episodes,
    unmet_need_days,
    unmet_need_kpis,
    zrm_changes,
)
from sim.output.quintiles import quintile_kpis, quintile_table, summary_quintile_tables, vulnerability_quintile
from sim.params.catalogue import DEFAULTS

FROM, HORIZON = 100.0, 465.0
YEARS = (HORIZON - FROM) / 365.0


def episodes() -> pd.DataFrame:
    nan = math.nan
    return pd.DataFrame({
        "household": [1, 2, 3],
        "domain": ["wmo", "debt", "youth"],
        "outcome": ["resolved", "withdrawn", "open"],
        "zrm_at_request": [2, 3, 1],
        "zrm_at_end": [4, 4, 1],
        "zrm_at_follow_up": [5.0, 4.0, nan],
        "request_time": [120.0, 200.0, 50.0],
        "help_start": [150.0, nan, 60.0],
        "end_time": [250.0, 220.0, nan],
        "days_waited": [30.0, nan, 10.0],
        "household_needs": [1, MULTIPROBLEM_DOMAINS, 2],
    })


def households() -> pd.DataFrame:
    frame = pd.DataFrame({"household": [1, 2, 3], "vulnerability": [0.2, 1.0, 3.0]})
    need = {1: {"wmo": 130.0, "social": 40.0}, 2: {"debt": 20.0}, 3: {"youth": 365.0}}
    for d in DOMAINS:
        frame[f"need_days_{d}"] = [need[h].get(d, 0.0) for h in frame["household"]]
    for kind in CRISIS_COUNTS:
        frame[f"crises_{kind}"] = 0
    frame.loc[2, "crises_out_of_home_placement"] = 1
    frame.loc[1, ["crises_debt_crisis", "crises_eviction"]] = 1
    return frame


def test_zrm_change_per_episode_resolved_ended_and_at_follow_up():
    changes = zrm_changes(episodes())
    assert changes["zrm_change_resolved_mean"] == 2.0
    assert changes["zrm_change_ended_mean"] == pytest.approx((2 + 1) / 2), "the open episode is not ended"
    assert changes["zrm_change_follow_up_mean"] == pytest.approx((3 + 1) / 2), "no follow-up after the horizon"


def test_help_days_are_clipped_to_the_measured_window():
    days = help_days(episodes(), FROM, HORIZON)
    assert days[(1, "wmo")] == 100.0
    assert days[(3, "youth")] == HORIZON - FROM, "help from before the window to the horizon"
    assert (2, "debt") not in days.index


def test_unmet_need_is_need_days_less_help_days_per_household_and_domain():
    unmet = unmet_need_days(households(), episodes(), FROM, HORIZON)
    assert unmet.loc[1, "wmo"] == 30.0 and unmet.loc[1, "social"] == 40.0
    assert unmet.loc[2, "debt"] == 20.0 and unmet.loc[3, "youth"] == 0.0
    kpis = unmet_need_kpis(unmet, YEARS)
    assert kpis["unmet_need_days_per_1000_households_per_year"] == pytest.approx(90.0 / 3 * 1000 / YEARS)
    assert kpis["unmet_need_days_per_1000_households_per_year_social"] == pytest.approx(40.0 / 3 * 1000 / YEARS)


def test_crises_are_valued_at_their_catalogue_price():
    cost = crisis_cost_eur(households(), DEFAULTS)
    assert cost[2] == DEFAULTS["crisis.cost_eur_out_of_home_placement"]
    assert cost[1] == DEFAULTS["crisis.cost_eur_debt_crisis"] + DEFAULTS["crisis.cost_eur_eviction"]
    assert cost[0] == 0.0


def test_the_multi_problem_group_has_one_definition():
    assert not is_multiproblem(MULTIPROBLEM_DOMAINS - 1) and is_multiproblem(MULTIPROBLEM_DOMAINS)
    assert list(multiproblem_episodes(episodes())) == [False, True, False]


def test_vulnerability_quintiles_rank_households_into_five_equal_fifths():
    frame = pd.DataFrame({"household": np.arange(10), "vulnerability": np.linspace(2.0, 0.1, 10)})
    quintile = vulnerability_quintile(frame)
    assert quintile.tolist() == [5, 5, 4, 4, 3, 3, 2, 2, 1, 1]


def test_quintile_kpis_follow_each_household_into_its_fifth():
    frame = households()
    unmet = unmet_need_days(frame, episodes(), FROM, HORIZON)
    kpis = quintile_kpis(episodes(), frame, unmet, YEARS)
    # three households: ranks 1, 2, 3 of 3 fall in quintiles 2, 4 and 5
    assert kpis["wait_median_days_quintile_2"] == 30.0 and kpis["wait_median_days_quintile_5"] == 10.0
    assert kpis["unmet_need_days_per_household_year_quintile_2"] == pytest.approx(70.0 / YEARS)
    assert kpis["zrm_change_follow_up_mean_quintile_4"] == 1.0
    assert math.isnan(kpis["wait_median_days_quintile_1"])
    assert "5 (most vulnerable)" in quintile_table(kpis.get, "by quintile")


def test_a_run_summary_prints_one_quintile_table_per_design():
    summary = pd.DataFrame({"design": ["a", "a", "b"], "point": [0, 0, 0], "mean": [3.0, 0.5, 4.0],
                            "kpi": ["wait_median_days_quintile_1", "zrm_change_follow_up_mean_quintile_5",
                                    "wait_median_days_quintile_1"]})
    text = summary_quintile_tables(summary)
    assert "quintile, a (" in text and "quintile, b (" in text and "+0.50" in text
    assert summary_quintile_tables(summary.assign(kpi="resolved_share")) == ""
