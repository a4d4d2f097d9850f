"""Theory: an M/M/c waiting list grows exactly when the offered load exceeds the staff (rho >= 1).

The degenerate mode (``simulation.mode = "mmc"``) with 5 professionals and a mean help of 1 day
serves 5 requests a day. At 6 a day (rho 1.2) the list must be flagged growing, by the excess
of 1 a day (365 a year); at the bundled 4 a day (rho 0.8) it must be flagged stable.
"""

import numpy as np
import pytest

from foundation_helpers import mmc
from sim.domains import DAYS_PER_YEAR
from sim.output.waiting import Verdict, queue_stability
from sim.study.simulate import simulate

YEARS, WARMUP = 3.0, 0.1
REPLICATIONS = 8


def stability(arrivals_per_day: float, seed) -> dict:
    """The stability row of the M/M/5 list with mean help 1 day and ``arrivals_per_day``."""
    scenario = mmc(arrivals_per_day, 1.0, 5, YEARS, warmup=WARMUP)
    run = simulate(scenario, seed)
    measure_from = WARMUP * DAYS_PER_YEAR
    rows = queue_stability(run.tables["weekly"], run.tables["episodes"], measure_from,
                           measure_from + YEARS * DAYS_PER_YEAR)
    assert len(rows) == 1
    return rows.iloc[0]


def test_over_capacity_list_is_growing_by_the_excess_arrivals():
    """Rho 1.2: every replication is flagged growing, and the mean growth is (6 - 5) x 365 a year.

    Runs of 3 years were chosen from 20 trial replications: p-values of the trend were all below
    1e-8 and the wait the growth adds 60-98 days a year, far above the 7-day rule; the growth's
    sd per replication was about 40 a year, so the mean of 8 lies within 15% of 365 a year.
    """
    rows = [stability(6.0, s) for s in np.random.SeedSequence(2031).spawn(REPLICATIONS)]
    assert all(r["verdict"] == Verdict.GROWING and not r["stable"] for r in rows)
    assert np.mean([r["growth_per_year"] for r in rows]) == pytest.approx((6.0 - 5.0) * DAYS_PER_YEAR, rel=0.15)


def test_under_capacity_list_is_stable():
    """Rho 0.8: every replication is flagged stable (in 20 trial runs the wait added was under 1 day a year)."""
    rows = [stability(4.0, s) for s in np.random.SeedSequence(2032).spawn(REPLICATIONS)]
    assert all(r["verdict"] == Verdict.STABLE and r["stable"] for r in rows)
    assert all(abs(r["wait_days_added_per_year"]) < 2.0 for r in rows)
