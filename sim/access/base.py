"""The fixed signature every access design has, filled in with the sectoral baseline.

A design is a class with five methods the rest of the model calls: :meth:`~AccessDesign.receive`
(a household asks), :meth:`~AccessDesign.build_organisations`, :meth:`~AccessDesign.help_org`,
:meth:`~AccessDesign.success_factor` and, from the case, :meth:`~AccessDesign.after_intake`. The
base answers each as the sectoral (verkokerd) baseline does: the door of the asked domain (a
wrong door sends the household away, :meth:`~AccessDesign.at_wrong_door`), the intake of that
domain only, help by that organisation, after any days in which nobody acts because others
serve the household too (:meth:`~AccessDesign.help_delay`). A design overrides what it changes and
composes the shared steps of :mod:`sim.access.steps`; it does not inherit from another design
to reach a helper.
"""

from __future__ import annotations

from functools import partial

from sim.access.steps.diffusion import uncoordinated_idle_days
from sim.access.steps.intake import sectoral_intake
from sim.access.steps.joint_plan import conflict_factor
from sim.access.steps.wrong_door import send_away, wrong_door
from sim.agents.case import Case


class AccessDesign:
    """An access design: which door, how broad an intake, and what happens after it.

    ``route`` names the route its cases take in the episodes table (a design may change it per
    case with ``case.set_route``); ``one_door`` is True where one door serves every domain.
    """

    route = "sectoral"
    one_door = False
    """True where one door serves every domain (one desk, one team): nobody can ask at a wrong one."""

    def __init__(self, model):
        """The design of ``model``; built before the organisations (:meth:`build_organisations`)."""
        self.model = model
        self.stabilises_debt = bool(model.params["spillover.stabilised_in_help"])

    def build_organisations(self) -> dict:
        """The organisations of the municipality, by name or domain; built before the households."""
        return self.model.build_organisations()

    def receive(self, household, need, origin: str = "asked") -> Case:
        """A household asks for help with ``need`` (or outreach brings it).

        Opens a case at the door and starts the intake; a household that first asked at a wrong
        door gets there as :meth:`at_wrong_door` decides.
        """
        door = self.door(household, need)
        case = Case(self, household, need, door, self.route)
        case.presented.origin = origin
        start = partial(case.start_intake, *self.intake(case))
        wrong = wrong_door(self, case)
        if wrong is None:
            start()
        else:
            self.at_wrong_door(case, wrong, start)
        return case

    def at_wrong_door(self, case: Case, wrong, then) -> None:
        """The household asked ``wrong`` first: sent away, it asks again at the right door (``then``).

        A broad intake (integral access, opdrachtgeverschap, a flagged vinkje request) covers every
        domain, so it takes the request in where it was asked.
        """
        if case.broad:
            then()
            return
        send_away(case, wrong, then)

    def door(self, household, need):
        """The organisation where the household asks for help: the one of the need's domain."""
        return self.help_org(household, need.domain)

    def intake(self, case: Case) -> tuple[float, float]:
        """Professional hours and calendar days of the intake: the sectoral intake."""
        return sectoral_intake(self.model, case)

    def after_intake(self, case: Case) -> None:
        """What follows the decision (help, referrals, coordination): sectoral help."""
        self.help_presented(case)

    def help_org(self, household, domain: str):
        """The organisation that helps ``household`` with a need in ``domain``."""
        return self.model.organisation_for(domain)

    def help_presented(self, case: Case) -> None:
        """Help for the asked need by its own organisation, preferably by the intake professional."""
        episode = case.presented
        case.start_help(episode, self.help_org(case.household, episode.domain), case.intake_professional())

    def help_delay(self, episode) -> float:
        """Days before help starts in which nobody acts, since other organisations serve the household too."""
        return uncoordinated_idle_days(self.model, episode)

    def success_factor(self, episode) -> float:
        """Multiplier of the help success chance: conflicting advice without a shared plan."""
        return conflict_factor(self.model, episode)
