"""Extreme values: unlimited capacity means no waiting in any queue; no demand means no episodes."""

import numpy as np

from foundation_helpers import mmc, small_town
from sim.domains import DOMAINS
from sim.study.simulate import simulate

UNLIMITED = {f"organisations.{d}.professionals": 20000 for d in DOMAINS}


def test_unlimited_capacity_gives_no_queueing():
    """With 20,000 professionals per domain no request waits in a queue.

    Requests that first went to a wrong door, or whose help waited while nobody acted (others
    serve the household), are delayed by those mechanisms, not by a queue: they are left out here.
    """
    run = simulate(small_town(**UNLIMITED), 3)
    episodes = run.tables["episodes"].dropna(subset=["help_start"])
    sectoral = episodes[(episodes["route"] == "sectoral") & ~episodes["wrong_door"] & (episodes["idle_days"] == 0)]
    assert len(sectoral) > 50
    assert np.allclose(sectoral["intake_start"], sectoral["request_time"])
    assert np.allclose(sectoral["help_start"], sectoral["decision_time"])
    assert (run.tables["queues"]["mean_queue_length"] == 0).all()


def test_unlimited_servers_in_mmc_give_zero_wait():
    """An M/M/c queue with 1,000 servers never makes anyone wait."""
    run = simulate(mmc(lam=5.0, mean=2.0, servers=1000, years=0.5), 1)
    waits = run.tables["episodes"]["days_waited"].dropna()
    assert len(waits) > 500 and waits.max() == 0.0


def test_no_demand_gives_no_episodes():
    """Without onsets, initial needs or initial help there is no episode at all."""
    silent = {f"needs.{d}.{k}": 0.0 for d in DOMAINS
              for k in ("onset_per_year", "initial_share", "initial_help_share")}
    run = simulate(small_town(**silent), 4)
    assert run.tables["episodes"].empty
    assert (run.tables["time_use"]["idle_hours"] > 0).all()
    assert np.allclose(run.tables["time_use"]["idle_hours"], run.tables["time_use"]["capacity_hours"])


def test_no_arrivals_in_mmc_give_no_episodes():
    """An M/M/c queue without arrivals records nothing."""
    run = simulate(mmc(lam=0.0, mean=1.0, servers=2, years=0.5), 1)
    assert run.tables["episodes"].empty


def test_one_server_overloaded_queue_grows():
    """Rho = 2: the queue must grow through the run (a test that idle servers cannot pass)."""
    run = simulate(mmc(lam=2.0, mean=1.0, servers=1, years=0.3), 5)
    weekly = run.tables["weekly"]
    assert weekly["queue_length"].iloc[-1] > weekly["queue_length"].iloc[len(weekly) // 3] > 10
