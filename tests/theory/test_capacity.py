"""Theory: on the degenerate M/M/c mode the capacity search returns the c that Erlang C gives.

For an arrival rate lambda, a mean service time and a target mean wait in queue, the smallest
number of servers c whose Erlang C mean wait in queue is at most the target is known exactly; the
search (:func:`sim.study.capacity_runs.staff_need`, as ``integraal capacity mmc --max-wait``
runs it) must find that c from simulated waits, on the mean over the replications and on each
replication alone.
"""

import math

import pytest

from foundation_helpers import erlang_c_wait
from sim.study.capacity_runs import StaffingRuns, staff_need
from sim.study.executors import open_pool
from sim.study.experiment import adhoc_experiment
from sim.study.run_plan import build_plan

REPLICATIONS = 4
YEARS = 5.0
MARGIN = 0.25
"""The target lies at least this far (relative) from Erlang C's wait at c - 1 and at c."""


def erlang_c_servers(lam: float, mean: float, target: float) -> int:
    """The smallest c with Erlang C's mean wait in queue at most ``target`` (c > lambda x mean: a stable queue)."""
    c = math.floor(lam * mean) + 1
    while erlang_c_wait(lam, mean, c) > target:
        c += 1
    return c


def mmc_runs(lam: float, mean: float, servers: int, root: int):
    """The M/M/c replications the search reruns at each c: seeds ``SeedSequence(root).spawn(R)``."""
    experiment = adhoc_experiment(["mmc"], replications=REPLICATIONS, seed=root,
                                  horizon={"years": YEARS, "warmup_years": 0.2},
                                  base={"mmc.arrival_rate_per_day": lam, "mmc.service_mean_days": mean,
                                        "mmc.servers": servers})
    return list(build_plan(experiment, [{}]))


@pytest.mark.parametrize("lam, mean, target, start, root", [
    (4.0, 1.0, 0.28, 5, 31),   # a = 4: Wq(5) = 0.554, Wq(6) = 0.142 day; the search climbs from 5
    (9.0, 1.0, 0.14, 14, 32),  # a = 9: Wq(11) = 0.215, Wq(12) = 0.089 day; it gallops down from 14
    (6.0, 0.5, 0.12, 2, 33),   # a = 3: Wq(4) = 0.255, Wq(5) = 0.059 day; it climbs from an overloaded 2
])
def test_the_search_returns_erlang_c_servers(lam, mean, target, start, root):
    """The search finds Erlang C's smallest c, on the mean and on each of 4 replications alone.

    Each target lies at least 25% from Erlang C's wait at c - 1 and at c (checked first), so that
    simulation noise cannot flip the answer: with 5 measured years (about 7,000 to 16,000
    customers per replication) the replications' mean waits were measured within 20% of Erlang C.
    The three settings start the search below, above and at an unstable level (c < lambda x mean),
    so galloping up, galloping down and bisection all take part. About 25 s in all.
    """
    c = erlang_c_servers(lam, mean, target)
    assert (1 + MARGIN) * erlang_c_wait(lam, mean, c) <= target <= (1 - MARGIN) * erlang_c_wait(lam, mean, c - 1)
    with open_pool("serial") as pool:
        need = staff_need(StaffingRuns(pool), mmc_runs(lam, mean, start, root), "wmo", "mean_days",
                          [target] * REPLICATIONS)
    assert need.needed == c
    assert need.per_replication == (c,) * REPLICATIONS
