"""Opdrachtgever-opdrachtnemerschap: one lead organisation buys bounded tasks from others.

Story (seed 000): the Jeugdteam meets a father and his daughter and finds his debts. Instead of a
meeting with everybody, the Jeugdteam stays responsible for the family and for the contact with
it, and buys a bounded debt-help task from Schuldhulpverlening, with a clear handover moment.
The handover takes days and can lose information, but there are no joint meetings, and the lead
keeps the plan coherent, so the helpers do not contradict each other.
"""

from __future__ import annotations

from sim.access.no_wrong_door import NoWrongDoor
from sim.access.steps.joint_plan import Plan
from sim.access.steps.screening import look_broadly


class Opdrachtgeverschap(NoWrongDoor):
    """Broad intake at the lead (the door); found needs are bought from other organisations by
    handovers under the lead's plan; no case meetings."""

    name = "opdrachtgeverschap"
    route = "opdrachtgeverschap"

    def intake(self, case) -> tuple[float, float]:
        return self.broad_intake(case)

    def after_intake(self, case) -> None:
        found = look_broadly(case, self.model.params["broad_intake.detection_probability"])
        plan = Plan(effective=True, lead=True)
        case.presented.plan = plan
        self.help_presented(case)
        self.hand_over(case, found, plan)
