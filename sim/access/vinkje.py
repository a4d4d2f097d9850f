"""Multiprobleem vinkje: only flagged households get the integral route, with one regisseur.

Story (seed 000): the wheelchair request of a woman with no other problems takes the fast
sectoral route. A single mother whose record shows arrears, a youth-care history and a benefit
carries the flag: her request gets the broad intake and one plan, and one regisseur (lead) is
named, so nobody waits for the others. The flag is imperfect: it misses some multi-problem
households and marks some others (sensitivity and specificity, sim/access/steps/flag.py).
"""

from __future__ import annotations

from sim.access.integrale_toegang import IntegraleToegang
from sim.access.steps.flag import Vinkje as Flag


class Vinkje(IntegraleToegang):
    """Sectoral for unflagged requests; broad intake, meeting and a lead for flagged ones.

    With ``vinkje.source = "data"`` the flag is read at the door (before the intake); with
    ``"judgement"`` the professional sets it after the sectoral intake.
    """

    name = "vinkje"
    route = "sectoral"
    lead = True

    def __init__(self, model):
        super().__init__(model)
        self.flag = Flag(model)

    def intake(self, case) -> tuple[float, float]:
        if self.flag.source == "data" and self.flag.flagged(case.household):
            case.set_route("integral")
            return self.broad_intake(case)
        return self.sectoral_intake(case)

    def after_intake(self, case) -> None:
        if case.route == "sectoral" and self.flag.source == "judgement" and self.flag.flagged(case.household):
            case.set_route("integral")
        if case.route == "integral":
            self.work_integrally(case, self.lead)
            return
        self.help_presented(case)
