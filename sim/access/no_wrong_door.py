"""No wrong door: every door looks broadly for a moment and hands the household on.

Story (seed 004): a man asks Werk en Inkomen about his benefit. The consultant spends half an
hour on integraal kijken (looking across all life domains) and sees that he is lonely; she hands
him over to Welzijn, with a file. No joint plan, no meeting: each organisation helps with its
own part, so the helpers are not aligned (conflicting advice can occur), and every handover
takes days and sometimes loses information, so Welzijn asks everything again.
"""

from __future__ import annotations

from typing import override

from sim.access.base import AccessDesign
from sim.access.registry import Design
from sim.access.steps.intake import intake_with_look
from sim.access.steps.referral import refer
from sim.access.steps.screening import look_broadly
from sim.access.steps.wrong_door import refer_on

DESIGN = Design(
    name="no-wrong-door", cls="NoWrongDoor", label="No wrong door (elke deur is goed)",
    description="Elk loket kijkt kort naar alle leefgebieden en draagt wat het vindt over aan de organisatie "
                "die daarbij helpt. Dat kost weinig tijd, maar er is geen gezamenlijk plan, dus hulpverleners "
                "kunnen elkaar tegenspreken, en elke overdracht kost dagen.",
    params=("look.", "handover."),
)


class NoWrongDoor(AccessDesign):
    """Sectoral intake plus a short broad look; found needs are handed over, without joint work."""

    route = "no-wrong-door"

    @override
    def at_wrong_door(self, case, wrong, then) -> None:
        """The wrong door hands the household over to the right one itself (a warm handover)."""
        refer_on(case, wrong, then)

    @override
    def intake(self, case) -> tuple[float, float]:
        return intake_with_look(self.model, case)

    @override
    def after_intake(self, case) -> None:
        found = look_broadly(case, self.model.params["look.detection_probability"])
        self.help_presented(case)
        refer(case, found, self.help_org, consent=self.consents(case))

    def consents(self, case) -> bool:
        """Sharing is allowed (a legal basis or consent); the strict AVG design may say no."""
        return True
