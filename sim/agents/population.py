"""The synthetic population: households of the scenario's type mix, and the multi-problem count.

A household counts as multi-problem (multiprobleemhuishouden) while it has needs in three or
more life domains at once (:func:`sim.domains.is_multiproblem`). The count is kept up to date on
every change, never by scanning; its time average is the calibration's point prevalence.

A town's households stay for the whole run. In mode mmc each arrival is a visitor who leaves
when its help ends: its row of the households table is kept (in compact column batches) and
the household itself leaves the model, so a run of 300,000 customers holds only those present.
"""

from __future__ import annotations

from itertools import chain

import numpy as np
import pandas as pd

from sim.agents.household import Household
from sim.agents.household_row import HouseholdRow, household_row
from sim.domains import HOUSEHOLD_TYPES, is_multiproblem
from sim.engine.row_batches import RowBatches, rows_frame

SMALLEST_SIZE = {"single": 1, "couple": 2, "couple_children": 3, "single_parent": 2, "elderly": 1}
"""Persons in the smallest household of each type; the rest is Poisson around the mean size."""


class Population:
    """Creates the households and integrates the multi-problem count over time.

    ``households`` is the town (mode municipality); ``visitors`` are mode mmc's arrivals still
    present, by id; ``departed`` holds the rows of the visitors who left. Visitors who leave
    during the warm-up stay until measuring starts (``leaving``), so that their rows show the
    start of measurement as every household's do.
    """

    def __init__(self, model):
        self.model = model
        self.households: list[Household] = []
        self.visitors: dict[int, Household] = {}
        self.departed = RowBatches(HouseholdRow)
        self.leaving: list[Household] | None = []
        self.multiproblem = 0
        self.multiproblem_days = 0.0
        self._last_change = 0.0

    def household_count(self) -> int:
        """Households of the scenario's town: inhabitants over the mean household size."""
        s = self.model.params
        mean_size = sum(s[f"population.share_{t}"] * s[f"population.size_{t}"] for t in HOUSEHOLD_TYPES)
        return round(s["population.inhabitants"] / mean_size)

    def create(self, count: int, rng: np.random.Generator) -> None:
        """Draw ``count`` households: type, size, vulnerability and avoidance."""
        s = self.model.params
        shares = np.array([s[f"population.share_{t}"] for t in HOUSEHOLD_TYPES])
        kinds = rng.choice(len(HOUSEHOLD_TYPES), size=count, p=shares / shares.sum())
        shape = s["population.vulnerability_shape"]
        vulnerability = rng.gamma(shape, 1.0 / shape, size=count)
        avoider = rng.random(count) < s["population.avoider_share"]
        base = np.array([SMALLEST_SIZE[t] for t in HOUSEHOLD_TYPES])[kinds]
        mean = np.array([s[f"population.size_{t}"] for t in HOUSEHOLD_TYPES])[kinds]
        sizes = base + rng.poisson(np.maximum(mean - base, 0.0))
        for kind, size, vul, avoids in zip(kinds, sizes, vulnerability, avoider):
            self.households.append(Household(self.model, HOUSEHOLD_TYPES[kind], int(size), float(vul), bool(avoids)))

    def onset_weights(self, domain: str) -> np.ndarray:
        """Relative onset rate of a ``domain`` need per household (type multiplier x vulnerability)."""
        s = self.model.params
        mult = {t: s[f"needs.{domain}.multiplier_{t}"] for t in HOUSEHOLD_TYPES}
        return np.array([mult[h.kind] * h.vulnerability for h in self.households])

    def needs_changed(self, household: Household, old_count: int) -> None:
        """``household`` had ``old_count`` needs and now has another number: update the multi-problem count."""
        was, now = is_multiproblem(old_count), is_multiproblem(len(household.needs))
        if was != now:
            self._integrate()
            self.multiproblem += 1 if now else -1

    def add_household(self) -> Household:
        """One more single-person household, a visitor (arrivals in mode mmc)."""
        household = Household(self.model, "single", 1, 1.0, False)
        self.visitors[household.unique_id] = household
        return household

    def help_ended(self, household: Household) -> None:
        """A visitor whose help ended leaves: its row is kept, the household leaves the model."""
        if self.visitors.pop(household.unique_id, None) is None:
            return
        if self.leaving is None:
            self._depart(household)
        else:
            self.leaving.append(household)

    def _depart(self, household: Household) -> None:
        """Keep the visitor's row and let it go (its needs point back to it: no cycle is left behind)."""
        self.departed.append(household_row(household))
        household.needs.clear()
        household.remove()

    def table(self) -> pd.DataFrame:
        """The households table: a row per household present and per visitor who left, in order of id.

        A town without households gives the columns and no rows.
        """
        frame = rows_frame([household_row(h) for h in self.everyone()], HouseholdRow._fields)
        if not len(self.departed):
            return frame
        frame = pd.concat([self.departed.frame(), *([frame] if len(frame) else [])], ignore_index=True)
        return frame.sort_values("household", kind="stable").reset_index(drop=True)

    def everyone(self):
        """Every household present: the town, then the visitors in order of arrival."""
        return chain(self.households, self.visitors.values())

    def _integrate(self) -> None:
        t = self.model.time
        self.multiproblem_days += self.multiproblem * (t - self._last_change)
        self._last_change = t

    def start_measuring(self) -> None:
        """Reset the time integral and mark every household's starting state (multi-problem or not)."""
        self._integrate()
        self.multiproblem_days = 0.0
        for h in chain(self.everyone(), self.leaving):
            h.start_measuring(is_multiproblem(len(h.needs)))
        for h in self.leaving:
            self._depart(h)
        self.leaving = None

    def mean_multiproblem(self, measured_days: float) -> float:
        """Time-averaged number of multi-problem households over the measured period."""
        self._integrate()
        return self.multiproblem_days / measured_days if measured_days > 0 else 0.0

