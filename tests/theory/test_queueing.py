"""Theory: the degenerate mode is an M/M/c queue (Erlang C); Little's law; an exact deterministic case.

With everything integral switched off and one domain (``simulation.mode = "mmc"``), requests
arrive as a Poisson process, help takes an exponential time and each of c professionals holds one
case at a time, so the mean wait must equal Erlang C's.
"""

import numpy as np
import pytest

from foundation_helpers import erlang_c_wait, mmc, mmc_waits, small_town
from sim.domains import DOMAINS
from sim.study.simulate import simulate

REPLICATIONS = 10


@pytest.mark.parametrize("lam, mean, servers, years, root", [
    (1.0, 1.0, 2, 60.0, 2026),   # rho 0.5, Wq = 1/3 day;  ~220,000 customers in all
    (0.5, 1.0, 1, 100.0, 2027),  # M/M/1, rho 0.5, Wq = 1 day; ~180,000 customers in all
])
def test_mean_wait_matches_erlang_c(lam, mean, servers, years, root):
    """The degenerate mode's mean wait lies within 5% of Erlang C's.

    10 independent replications (one SeedSequence per setting) after a 0.2-year warm-up; the
    mean of the replication means must lie within 5% of Erlang C, and the 95% confidence interval
    must be narrower than that 5%, so the comparison can tell a 5% error from noise. The replication
    length was chosen from measured standard errors (about 1.5% of the mean).
    """
    seeds = np.random.SeedSequence(root).spawn(REPLICATIONS)
    means = [np.mean(mmc_waits(mmc(lam, mean, servers, years), s)[0]) for s in seeds]
    theory = erlang_c_wait(lam, mean, servers)
    half_width = 2.262 * np.std(means, ddof=1) / np.sqrt(REPLICATIONS)  # t(0.975, 9)
    assert half_width < 0.05 * theory
    assert abs(np.mean(means) - theory) < 0.05 * theory


def test_mean_wait_matches_erlang_c_at_high_load():
    """Rho = 0.9: M/M/1 with lambda 0.9 per day and mean help 1 day (Erlang C: Wq = 9 days).

    Near saturation successive waits are strongly correlated, so a 5% comparison needs many more
    customers: 30 replications of 200 years after a 2-year warm-up, about 2 million customers (10 replications of
    200 years gave a 95% interval of 6.1% of the mean: too wide to judge 5%). The same soundness rule holds: the 95%
    interval must be narrower than the 5% tolerance.
    """
    seeds = np.random.SeedSequence(2028).spawn(30)
    means = [np.mean(mmc_waits(mmc(0.9, 1.0, 1, 200.0, warmup=2.0), s)[0]) for s in seeds]
    theory = erlang_c_wait(0.9, 1.0, 1)
    half_width = 2.045 * np.std(means, ddof=1) / np.sqrt(len(means))  # t(0.975, 29)
    assert half_width < 0.05 * theory
    assert abs(np.mean(means) - theory) < 0.05 * theory


def test_erlang_c_formula_against_known_values():
    """The reference itself: M/M/1 gives rho/(mu - lambda); M/M/2 at a = 1 gives 1/3."""
    assert erlang_c_wait(0.5, 1.0, 1) == pytest.approx(1.0)
    assert erlang_c_wait(1.0, 1.0, 2) == pytest.approx(1.0 / 3.0)


def test_littles_law_in_the_degenerate_queue():
    """Little's law: mean queue length equals arrival rate times mean time in queue."""
    run = simulate(mmc(4.0, 1.0, 5, 10.0), 11)
    queue = run.tables["queues"].iloc[0]
    assert queue["waiting_at_end"] < 20
    assert queue["mean_queue_length"] == pytest.approx(
        queue["arrivals_per_day"] * queue["mean_days_in_queue"], rel=0.01
    )


def test_littles_law_on_every_queue_of_a_busy_town():
    """Fewer staff than demand needs, so every organisation has a queue that is still growing.

    On a finite window Little's law holds exactly when the requests still waiting at the end are counted: the
    integral of the queue length equals the summed time requests spent in it.
    """
    town = small_town()
    short_staffed = {f"organisations.{d}.professionals": int(0.6 * town[f"organisations.{d}.professionals"])
                     for d in DOMAINS}
    run = simulate(small_town(**short_staffed, **{"population.inhabitants": 20000, "simulation.years": 2.0}), 12)
    queues = run.tables["queues"]
    assert (queues["waiting_at_end"] > 0).sum() >= 4
    np.testing.assert_allclose(queues["queue_days"],
                               queues["queue_days_of_departed"] + queues["queue_days_of_waiting"], rtol=1e-9)


def test_with_unlimited_capacity_only_the_process_times_remain():
    """Without queues, a request is taken up at once and help starts at the decision.

    No queue anywhere: every intake starts the moment it is asked for, help starts at the
    decision, and the intake's length is its process time alone: on average the first-contact
    lead plus the decision term (both Erlang-2 draws; a crisis has no lead). Requests that went
    to a wrong door first, or waited while nobody acted, are delayed by those mechanisms and left out.
    """
    unlimited = {f"organisations.{d}.professionals": 20000 for d in DOMAINS}
    town = small_town()
    episodes = simulate(small_town(**unlimited), 13).tables["episodes"]
    queued_only = ~episodes["wrong_door"] & (episodes["idle_days"] == 0)  # no detour, nobody waiting for others
    sectoral = episodes[(episodes["route"] == "sectoral") & episodes["decision_time"].notna() & queued_only]
    assert len(sectoral) > 50
    np.testing.assert_allclose(sectoral["intake_start"], sectoral["request_time"], atol=1e-9)
    started = sectoral.dropna(subset=["help_start"])
    np.testing.assert_allclose(started["help_start"], started["decision_time"], atol=1e-9)
    planned = sectoral[~sectoral["crisis"]]
    for domain, group in planned.groupby("domain"):
        lengths = group["decision_time"] - group["intake_start"]
        mean = town[f"intake.{domain}.first_contact_days"] + town[f"intake.{domain}.days"]
        assert abs(lengths.mean() - mean) < 4 * lengths.std() / np.sqrt(len(lengths)), domain
