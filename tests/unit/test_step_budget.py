"""Unit: the regelvrij budget (sim/access/steps/budget.py) pays while money is left and refills yearly.

Story: a town of 500 inhabitants with EUR 100,000 per 100,000 inhabitants has EUR 500 a year;
a bed of EUR 400 fits once, a second one not until the new year.
"""

from __future__ import annotations

from sim.access.steps.budget import FreeBudget
from sim.domains import DAYS_PER_YEAR
from stand_ins import small_model


def budget() -> FreeBudget:
    """The free budget of a town of 500 with EUR 100,000 per 100,000 inhabitants: EUR 500 a year."""
    return FreeBudget(small_model("sectoraal", {"regelvrij.budget_eur_per_100k": 100_000.0}))


def test_the_year_budget_scales_with_the_town():
    """EUR 100,000 per 100,000 inhabitants is EUR 500 for 500 inhabitants."""
    assert budget().per_year == 500.0


def test_it_pays_while_money_is_left_and_refuses_when_empty():
    """A bed of EUR 400 is paid; a second one is refused and leaves the EUR 100 untouched."""
    free = budget()
    assert free.spend(400.0) is True
    assert free.left == 100.0
    assert free.spend(400.0) is False
    assert free.left == 100.0


def test_it_refuses_nothing_and_negative_amounts():
    """Nothing and negative amounts are no payments."""
    free = budget()
    assert free.spend(0.0) is False and free.spend(-10.0) is False and free.left == 500.0


def test_the_budget_is_full_again_each_new_year_and_not_before():
    """The money comes back on day 365, and again a year later, not earlier."""
    free = budget()
    free.spend(400.0)
    free.model.run_until(DAYS_PER_YEAR - 1)
    assert free.left == 100.0
    free.model.run_until(DAYS_PER_YEAR + 1)
    assert free.left == 500.0
    free.spend(500.0)
    free.model.run_until(2 * DAYS_PER_YEAR + 1)
    assert free.left == 500.0
