"""Behaviour: the data vinkje is a record that goes stale between reviews (issue 15).

Story: a risk list run once, at the start, still names the families that were in trouble then;
the families whose problems piled up later ask for help without the flag and take the sectoral
route. Run every month, the list catches most of them. So with ``vinkje.review_days`` 1e6 (the
record of time 0 only) a smaller share of the requests made by truly multi-problem households
(needs in three or more domains at the request) goes the integral route than with monthly
reviews. Same seeds in both arms (common random numbers); the turn-off: with a perfectly
inaccurate flag (sensitivity 0, specificity 1) nobody is flagged, so both arms route nothing integral.

Small town (15,000 inhabitants, 0.5 + 1.5 years, tests/design_arms.py ``SMALL``), 3 seeds, about
50 such requests a run: while exploring, the shares were 0.55 (monthly) and 0.18 (once) on 20 seeds.
"""

from __future__ import annotations

from design_arms import SMALL
from sim.params.scenario import load_scenario
from sim.study.simulate import simulate

SEEDS = (1, 2, 3)
MONTHLY, ONCE = {"vinkje.review_days": 30.0}, {"vinkje.review_days": 1e6}
NOBODY_FLAGGED = {"vinkje.sensitivity": 0.0, "vinkje.specificity": 1.0}


def integral_shares(values: dict) -> tuple[float, int]:
    """Share of measured requests from truly multi-problem households routed integral, and their count."""
    integral = asked = 0
    for seed in SEEDS:
        result = simulate(load_scenario("vinkje", {**SMALL, **values}), seed)
        episodes = result.tables["episodes"]
        multi = episodes[(episodes.origin == "asked") & (episodes.household_needs >= 3)
                         & (episodes.request_time >= SMALL["simulation.warmup_years"] * 365.25)]
        integral += int((multi.route == "integral").sum())
        asked += len(multi)
    return integral / asked, asked


def test_a_stale_record_routes_fewer_multiproblem_requests_integral_than_monthly_reviews():
    """Reviewed once at time 0, the flag opens the integral route for far fewer multi-problem requests."""
    monthly, n_monthly = integral_shares(MONTHLY)
    once, n_once = integral_shares(ONCE)
    print(f"\nintegral share of multi-problem requests: monthly {monthly:.3f} (n {n_monthly}), "
          f"once {once:.3f} (n {n_once})")
    assert n_monthly > 60 and monthly > once + 0.2


def test_without_any_flag_the_review_interval_does_not_matter():
    """Turn-off: nobody flagged, so no multi-problem request goes integral under either interval."""
    assert integral_shares({**MONTHLY, **NOBODY_FLAGGED})[0] == integral_shares({**ONCE, **NOBODY_FLAGGED})[0] == 0.0
