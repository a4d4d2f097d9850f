"""The fixed signature every access design has."""

from __future__ import annotations

from sim.agents.case import Case
from sim.access.steps.joint_plan import conflict_factor


class AccessDesign:
    """An access design: which door, how broad an intake, and what happens after it.

    Subclasses override :meth:`door`, :meth:`intake` and :meth:`after_intake`, and may build
    their own organisations (:meth:`build_organisations`), send help elsewhere
    (:meth:`help_org`) or change the chance that help succeeds (:meth:`success_factor`); the
    rest of the model calls only :meth:`receive`.
    """

    name = "base"
    route = "sectoral"

    def __init__(self, model):
        self.model = model
        self.stabilises_debt = bool(model.params["spillover.stabilised_in_help"])

    def build_organisations(self) -> dict:
        """The organisations of the municipality, by name or domain; built before the households."""
        return self.model.build_organisations()

    def receive(self, household, need, origin: str = "asked") -> Case:
        """A household asks for help with ``need`` (or outreach brings it): open a case at the
        door and start the intake."""
        door = self.door(household, need)
        case = Case(self, household, need, door, self.route)
        case.presented.origin = origin
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

    def help_org(self, household, domain: str):
        """The organisation that helps ``household`` with a need in ``domain``."""
        return self.model.organisation_for(domain)

    def help_presented(self, case: Case) -> None:
        """Help for the asked need by its own organisation, preferably by the intake professional."""
        episode = case.presented
        case.start_help(episode, self.help_org(case.household, episode.domain), case.intake_professional())

    def success_factor(self, episode) -> float:
        """Multiplier of the help success chance: conflicting advice without a shared plan."""
        return conflict_factor(self.model, episode)

    def sectoral_intake(self, case: Case) -> tuple[float, float]:
        """Hours and days of the sectoral intake of the presented domain."""
        p = self.model.domain[case.presented.domain]
        return p.intake_hours, p.intake_days

    def broad_intake(self, case: Case) -> tuple[float, float]:
        """The sectoral intake plus questions about all other life domains (integral intake)."""
        hours, days = self.sectoral_intake(case)
        s = self.model.params
        return hours + s["broad_intake.extra_hours"], days + s["broad_intake.extra_days"]
