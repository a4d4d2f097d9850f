"""Opdrachtgever-opdrachtnemerschap: one lead organisation buys bounded tasks from others.

Story (seed 000): the Jeugdteam meets a father and his daughter and finds his debts. Instead of a
meeting with everybody, the Jeugdteam stays responsible for the family and for the contact with
it (the opdrachtgever, the commissioning party), and buys a bounded debt-help task from
Schuldhulpverlening (the opdrachtnemer), with a clear handover moment. The handover takes days
and can lose information, but there are no joint meetings, and the lead keeps the plan
coherent, so the helpers do not contradict each other.
"""

from __future__ import annotations

from typing import override

from sim.access.base import AccessDesign
from sim.access.registry import Design
from sim.access.steps.intake import broad_intake
from sim.access.steps.joint_plan import Plan
from sim.access.steps.referral import refer
from sim.access.steps.screening import look_broadly

DESIGN = Design(
    name="opdrachtgeverschap", cls="Opdrachtgeverschap", label="Opdrachtgever-opdrachtnemerschap",
    description="De organisatie waar het huishouden binnenkomt, blijft verantwoordelijk, vraagt breed uit en "
                "koopt afgebakende taken in bij andere organisaties. Er zijn geen gezamenlijke overleggen, en "
                "omdat één partij het plan bewaakt, spreken de hulpverleners elkaar niet tegen.",
    params=("broad_intake.", "handover."),
)


class Opdrachtgeverschap(AccessDesign):
    """Broad intake at the lead (the door); found needs are bought from others; no meetings.

    Each bought task goes by a handover and works under the lead's plan.
    """

    route = "opdrachtgeverschap"

    @override
    def intake(self, case) -> tuple[float, float]:
        return broad_intake(self.model, case)

    @override
    def after_intake(self, case) -> None:
        found = look_broadly(case, self.model.params["broad_intake.detection_probability"])
        plan = Plan(effective=True, lead=True)
        case.presented.plan = plan
        self.help_presented(case)
        refer(case, found, self.help_org, plan=plan)
