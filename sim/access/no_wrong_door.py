"""No wrong door: every door looks broadly for a moment and hands the household on.

Story (seed 004): a man asks Werk en Inkomen about his benefit. The consultant spends half an
hour on integraal kijken and sees that he is lonely; she hands him over to Welzijn, with a file.
No joint plan, no meeting: each organisation helps with its own part, so the helpers are not
aligned (conflicting advice can occur), and every handover takes days and sometimes loses
information, so Welzijn asks everything again.
"""

from __future__ import annotations

from functools import partial

from sim.access.base import AccessDesign
from sim.access.steps.handover import Handover
from sim.access.steps.screening import look_broadly


class NoWrongDoor(AccessDesign):
    """Sectoral intake plus a short broad look; found needs are handed over, without joint work."""

    name = "no-wrong-door"
    route = "no-wrong-door"

    def door(self, household, need):
        return self.help_org(household, need.domain)

    def intake(self, case) -> tuple[float, float]:
        hours, days = self.sectoral_intake(case)
        return hours + self.model.params["look.hours"], days

    def after_intake(self, case) -> None:
        found = look_broadly(case, self.model.params["look.detection_probability"])
        self.help_presented(case)
        self.hand_over(case, found)

    def hand_over(self, case, found, plan=None, presented: bool = False) -> None:
        """Each found need (and with ``presented`` the asked one) goes to its own organisation by
        a handover, then into help there."""
        consent = self.consents(case)
        episodes = [case.presented] if presented else []
        episodes += [case.add_episode(need, self.help_org(case.household, need.domain).name) for need in found]
        for episode in episodes:
            org = self.help_org(case.household, episode.domain)
            episode.plan = plan if plan is not None else episode.plan
            Handover(case, episode, org, partial(case.start_help, organisation=org), consent)

    def consents(self, case) -> bool:
        """Sharing is allowed (a legal basis or consent); strict designs may say no."""
        return True
