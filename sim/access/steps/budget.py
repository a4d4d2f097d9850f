"""The regelvrij budget: a free budget per year from which professionals solve small problems.

Story (seed 000): during a home visit about debts a consultant sees that the toddlers sleep on
the floor. Instead of referring the family to the Wmo or bijzondere bijstand, she buys a bed at
once from the team's free budget and settles it later. Zaanstad reserves EUR 400k a year; when
the year's money is gone, referral is the only way left.
"""

from __future__ import annotations

from sim.domains import DAYS_PER_YEAR, PER_INHABITANTS


class FreeBudget:
    """The money left this year; refilled every 365 days."""

    def __init__(self, model):
        """A full budget for the first year, scaled to the town's inhabitants."""
        self.model = model
        s = model.params
        self.per_year = s["regelvrij.budget_eur_per_100k"] * s["population.inhabitants"] / PER_INHABITANTS
        self.left = self.per_year
        model.later(DAYS_PER_YEAR, self._new_year)

    def _new_year(self) -> None:
        self.left = self.per_year
        self.model.later(DAYS_PER_YEAR, self._new_year)

    def spend(self, euros: float) -> bool:
        """Pay ``euros`` if this year's budget still has them."""
        if euros > self.left or euros <= 0:
            return False
        self.left -= euros
        return True
