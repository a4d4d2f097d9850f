"""Multiprobleem vinkje: only flagged households get the integral route, with one regisseur.

Story (seed 000): the wheelchair request of a woman with no other problems takes the fast
sectoral route. A single mother whose record shows arrears, a youth-care history and a benefit
carries the flag (het vinkje, a tick on the file): her request gets the broad intake and one
plan, and one regisseur (lead) is named, so nobody waits for the others. The flag is imperfect:
it misses some multi-problem households and marks some others (sensitivity and specificity),
and it is a record: the data analysis that set it runs only every half year or so, and a
professional's judgement stays on the file for a year (sim/access/steps/flag.py).
"""

from __future__ import annotations

from typing import override

from sim.access.base import AccessDesign
from sim.access.registry import Design
from sim.access.steps.flag import MultiproblemFlag
from sim.access.steps.intake import broad_intake, sectoral_intake
from sim.access.steps.integral_work import work_integrally

DESIGN = Design(
    name="vinkje", cls="Vinkje", label="Multiprobleemvinkje",
    description="Alleen huishoudens met een vinkje voor meervoudige problemen (uit gegevens, of op oordeel van "
                "de consulent) krijgen de brede intake, één plan en één regisseur; de rest gaat de gewone "
                "sectorale route. Dat spaart overleg, maar het vinkje mist sommige huishoudens en zet andere "
                "ten onrechte op de integrale route.",
    params=("vinkje.", "broad_intake.", "meeting.", "maturity.", "pseudo.", "plan.root_cause_first"),
)


class Vinkje(AccessDesign):
    """Sectoral for unflagged requests; broad intake, meeting and a lead for flagged ones.

    With ``vinkje.source = "data"`` the flag of the last data review is read at the door (before
    the intake); with ``"judgement"`` the professional sets it after the sectoral intake, unless an
    earlier judgement is still kept on the file.
    """

    route = "sectoral"

    def __init__(self, model):
        """The design with its flag (sim/access/steps/flag.py)."""
        super().__init__(model)
        self.flag = MultiproblemFlag(model)

    @override
    def intake(self, case) -> tuple[float, float]:
        if self.flag.source == "data" and self.flag.flagged(case.household):
            case.set_route("integral")
            return broad_intake(self.model, case)
        return sectoral_intake(self.model, case)

    @override
    def after_intake(self, case) -> None:
        if case.route == "sectoral" and self.flag.source == "judgement" and self.flag.flagged(case.household):
            case.set_route("integral")
        if case.route == "integral":
            work_integrally(case, self.help_org, lead=True)
            return
        self.help_presented(case)
