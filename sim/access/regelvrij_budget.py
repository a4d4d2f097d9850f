"""Regelvrij budget: a professional solves a small out-of-mandate need at once (seed 000).

Story: on a home visit about debts, the consultant sees that the toddlers sleep on the floor (a
small Wmo/bijzondere-bijstand need). She buys a bed the same week from the free budget (a few
hours of her time, EUR 400) instead of referring the family to another organisation, where it
would wait for a handover, an intake and a queue. Bigger needs, or any need once the year's
budget is spent, are referred as usual.
"""

from __future__ import annotations

from functools import partial

from sim.access.no_wrong_door import NoWrongDoor
from sim.access.steps.budget import FreeBudget
from sim.domains import ZRM_NEED
from sim.access.steps.screening import look_broadly
from sim.agents.task import Task

FIX_DAYS = 7.0
"""A budget solution is arranged within a week."""


class RegelvrijBudget(NoWrongDoor):
    """Sectoral help; noticed needs are solved from the free budget when small and affordable,
    otherwise referred to their organisation (a handover)."""

    name = "regelvrij-budget"
    route = "regelvrij"

    def __init__(self, model):
        super().__init__(model)
        self.budget = FreeBudget(model)

    def intake(self, case) -> tuple[float, float]:
        return self.sectoral_intake(case)

    def after_intake(self, case) -> None:
        s = self.model.params
        self.help_presented(case)
        noticed = look_broadly(case, s["regelvrij.notice_probability"], asks=False)
        referred = [need for need in noticed if not self.solve_at_once(case, need)]
        self.hand_over(case, referred)

    def small(self, need) -> bool:
        return need.level == ZRM_NEED and need.effort < self.model.params["regelvrij.small_effort"]

    def solve_at_once(self, case, need) -> bool:
        """Pay from the budget and arrange it: the intake professional's hours, within a week."""
        s = self.model.params
        if not self.small(need) or not self.budget.spend(s["regelvrij.cost_eur"]):
            return False
        episode = case.add_episode(need, case.door.name)
        episode.budget_eur = s["regelvrij.cost_eur"]
        task = Task.spread("direct_help", episode, s["regelvrij.hours"], FIX_DAYS, partial(self._fixed, case),
                           on_start=case.help_started, preferred=case.intake_professional(),
                           domain=case.presented.domain)
        case.door.submit(task)
        return True

    def _fixed(self, case, task) -> None:
        episode = task.owner
        episode.add_work(task)
        resolved = self.model.draws.budget.uniform() < self.model.params["regelvrij.success_probability"]
        episode.close("resolved" if resolved else "not_resolved")
        self.model.after_help(episode.need, resolved)
