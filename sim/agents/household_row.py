"""The row of one household in the households table: what a household is and what happened to it.

Story: in the 100-year M/M/c run 300,000 customers come and go; each leaves its row when its
help ends (its need-days counted until then) and the household itself is gone from the model.
In a town the households stay, and each gives its row when the run ends. Either way the row is
built here, once.
"""

from __future__ import annotations

from collections import namedtuple

from sim.domains import CRISIS_COUNTS, DOMAINS

HouseholdRow = namedtuple("HouseholdRow", [
    "household", "type", "size", "vulnerability", "avoider", *[f"zrm_start_{d}" for d in DOMAINS],
    *[f"zrm_end_{d}" for d in DOMAINS], *[f"crises_{name}" for name in CRISIS_COUNTS],
    *[f"need_days_{d}" for d in DOMAINS], "professionals_met", "episodes", "multiproblem"])
"""One row of the households table: ZRM per domain at the start and end of measurement, crises by
kind, need-days per domain while measuring, distinct professionals met, episodes, and whether the
household was multi-problem at the start of measurement."""


def household_row(household) -> tuple:
    """``household``'s row as it stands now (a plain tuple in :data:`HouseholdRow`'s order).

    A plain tuple: 410,000 of them are built for Grote stad, in half the time of named ones.
    """
    h, start, now, crises = household, household.zrm_start, household.zrm, household.crises
    need_days = h.need_days_until(h.model.time)
    return (h.unique_id, h.kind, h.size, h.vulnerability, h.avoider, *map(start.__getitem__, DOMAINS),
            *map(now.__getitem__, DOMAINS), *map(crises.__getitem__, CRISIS_COUNTS),
            *map(need_days.__getitem__, DOMAINS), len(h.professionals_met), h.episodes, h.multiproblem_at_start)
