"""Regelvrij budget: a professional solves a small out-of-mandate need at once (seed 000).

Story: on a home visit about debts, the consultant sees that the toddlers sleep on the floor (a
small Wmo/bijzondere-bijstand need). She buys a bed the same week from the free budget (a few
hours of her time, EUR 400) instead of referring the family to another organisation, where it
would wait for a handover, an intake and a queue. Bigger needs, or any need once the year's
budget is spent, are referred as usual.
"""

from __future__ import annotations

from typing import override

from sim.access.base import AccessDesign
from sim.access.registry import Design
from sim.access.steps.budget import FreeBudget
from sim.access.steps.referral import refer
from sim.access.steps.screening import look_broadly
from sim.agents.task import Task
from sim.domains import ZRM_NEED, HourCategory

DESIGN = Design(
    name="regelvrij-budget", cls="RegelvrijBudget", label="Regelvrij budget",
    description="De consulent lost kleine problemen die ze tijdens haar werk ziet meteen op uit een vrij "
                "jaarbudget, zoals een bed voor de kinderen, in plaats van door te verwijzen. Grotere problemen, "
                "of alles zodra het budget van dat jaar op is, gaan met een gewone overdracht naar de "
                "organisatie die helpt.",
    params=("regelvrij.", "handover."),
)

FIX_DAYS = 7.0
"""A budget solution is arranged within a week."""


class RegelvrijBudget(AccessDesign):
    """Sectoral help; small noticed needs are solved at once from the free budget.

    A noticed need that is not small, or that the budget cannot pay, is referred to its
    organisation (a handover).
    """

    route = "regelvrij"

    def __init__(self, model):
        """The design with this year's free budget."""
        super().__init__(model)
        self.budget = FreeBudget(model)

    @override
    def after_intake(self, case) -> None:
        s = self.model.params
        self.help_presented(case)
        noticed = look_broadly(case, s["regelvrij.notice_probability"], asks=False)
        referred = [need for need in noticed if not self.solve_at_once(case, need)]
        refer(case, referred, self.help_org)

    def small(self, need) -> bool:
        """A need at ZRM 3 whose help takes little effort (a bed, a form, a small payment)."""
        return need.level == ZRM_NEED and need.effort < self.model.params["regelvrij.small_effort"]

    def solve_at_once(self, case, need) -> bool:
        """Pay from the budget and arrange it: the intake professional's hours, within a week."""
        s = self.model.params
        if not self.small(need) or not self.budget.spend(s["regelvrij.cost_eur"]):
            return False
        episode = case.add_episode(need, case.door.name)
        episode.budget_eur = s["regelvrij.cost_eur"]
        task = Task.spread(HourCategory.DIRECT_HELP, episode, s["regelvrij.hours"], FIX_DAYS, self._fixed,
                           on_start=case.help_started, preferred=case.intake_professional(),
                           domain=case.presented.domain)
        case.door.submit(task)
        return True

    def _fixed(self, task) -> None:
        resolved = self.model.draws.budget.uniform() < self.model.params["regelvrij.success_probability"]
        task.owner.end_help(task, resolved)
