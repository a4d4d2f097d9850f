"""Behaviour: a regisseur in integral access for all (``integrale_toegang.lead_share``).

Seed 000 says integral access for all blurs who is responsible: after the case meeting everybody
waits for the other. "Een gezin, een plan, een regie" intends one director. By default no
meeting in integral access names one (the critics' reading); with the share at 1 every meeting
does, and nobody waits for the others after it. Paired: the same households (common random
numbers), a town of 15,000, half a year of warm-up and one measured year.
"""

from __future__ import annotations

from functools import cache

from sim.params.scenario import load_scenario
from sim.study.simulate import simulate


@cache
def idle_days(lead_share: float) -> float:
    """Mean days measured episodes waited for other organisations, under integral access for all."""
    scenario = load_scenario("integrale-toegang").with_overrides(
        {"population.inhabitants": 15_000, "integrale_toegang.lead_share": lead_share}, "lead test")
    episodes = simulate(scenario, 0, years=1.0, warmup_years=0.5).tables["episodes"]
    return float(episodes.loc[episodes["measured"], "idle_days"].mean())


def test_a_regisseur_in_every_meeting_ends_waiting_for_each_other():
    """Without a lead episodes wait for the others; with a lead in every meeting none does."""
    assert idle_days(0.0) > 0.5
    assert idle_days(1.0) == 0.0


def test_half_the_meetings_with_a_lead_halve_it_roughly():
    """In between: a share of 0.5 leaves some waiting, clearly less than none named."""
    assert 0.0 < idle_days(0.5) < 0.8 * idle_days(0.0)
