"""The outcome measures on Middelstad: they mean what they say.

Story: Middelstad after its warm-up, one and a half measured years. Help that resolves a need
must show as a gain in self-reliance (the old household-level KPI read -0.2, as if help made
households worse off); the multi-problem group must be the calibration's point-prevalence group
(0.37-0.55% of households strictly, NJi), not the 2.5% that had needs in three domains at some
time; and need without help must include the needs nobody asked about.
"""

from __future__ import annotations

import pytest

from sim.output.patterns import PATTERNS
from sim.params.scenario import load_scenario
from sim.study.simulate import simulate

PREVALENCE = next(p for p in PATTERNS if p.kpi == "multiproblem_prevalence")


@pytest.fixture(scope="module")
def middelstad():
    return simulate(load_scenario("sectoraal", {"simulation.years": 1.5}), 11)


def test_resolved_episodes_gain_self_reliance(middelstad):
    episodes = middelstad.tables["episodes"]
    resolved = episodes[episodes["measured"] & (episodes["outcome"] == "resolved")]
    assert len(resolved) > 100
    assert ((resolved["zrm_at_end"] - resolved["zrm_at_request"]) > 0).all()
    assert middelstad.kpis["zrm_change_resolved_mean"] > 0
    assert (resolved["zrm_at_end"] == 5).any(), "ZRM 5 is reachable"


def test_the_multi_problem_group_has_the_calibrated_prevalence(middelstad):
    share, prevalence = middelstad.kpis["multiproblem_share"], middelstad.kpis["multiproblem_prevalence"]
    assert PREVALENCE.holds(share), f"group share {share:.4f} outside {PREVALENCE.low}-{PREVALENCE.high}"
    assert share == pytest.approx(prevalence, rel=0.3), "a point prevalence, as the calibration's time average"


def test_unmet_need_includes_needs_nobody_asked_about(middelstad):
    kpis, households = middelstad.kpis, middelstad.tables["households"]
    known_waiting = kpis["known_need_waiting_days_per_year"] / len(households) * 1000
    assert kpis["unmet_need_days_per_1000_households_per_year"] > known_waiting
    assert (households["unmet_need_days"] >= 0).all()
    unmet = households[households["unmet_need_days"] > 0]
    assert unmet["vulnerability"].mean() > households["vulnerability"].mean(), "need clusters in the vulnerable"
