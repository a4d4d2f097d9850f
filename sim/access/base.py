"""The fixed signature every access design has."""

from __future__ import annotations

from sim.case import Case


class AccessDesign:
    """An access design: which door, how broad an intake, and what happens after it.

    Subclasses override :meth:`door`, :meth:`intake` and :meth:`after_intake`; the rest of the
    model calls only :meth:`receive`.
    """

    name = "base"
    route = "sectoral"

    def __init__(self, model):
        self.model = model

    def receive(self, household, need) -> Case:
        """A household asks for help with ``need``: open a case at the door and start the intake."""
        door = self.door(household, need)
        case = Case(self, household, need, door, self.route)
        case.start_intake(*self.intake(case))
        return case

    def door(self, household, need):
        """The organisation where the household asks for help."""
        raise NotImplementedError

    def intake(self, case: Case) -> tuple[float, float]:
        """Professional hours and calendar days of the intake for this case."""
        raise NotImplementedError

    def after_intake(self, case: Case) -> None:
        """What follows the decision: help, referrals, coordination."""
        raise NotImplementedError
