"""Generalisten: generalist professionals who cover all domains, against specialists.

Story (seeds 002, 004): a generalist of the social team holds the intake, looks broadly and
helps the household with income, loneliness and the Wmo request herself: one face, no
handover. But she is weaker where a need is severe and specialist (a youth crisis, bailiffs at
the door): she refers such a need to the specialists only part of the time (a handover), and
when she keeps it, her help succeeds less often.
"""

from __future__ import annotations

from functools import partial
from typing import override

from sim.access.base import AccessDesign
from sim.access.registry import Design
from sim.access.steps.handover import Handover
from sim.access.steps.intake import intake_with_look
from sim.access.steps.screening import look_broadly
from sim.access.steps.staffing import split_organisations

DESIGN = Design(
    name="generalisten", cls="Generalisten", label="Generalisten in een sociaal team",
    description="Een sociaal team van generalisten is het loket en helpt zelf op alle leefgebieden: één "
                "gezicht, geen overdracht. Zware problemen met jeugd of schulden verwijzen ze maar voor een deel "
                "door naar specialisten, en wat ze zelf houden, lukt minder vaak.",
    params=("generalisten.", "look.", "handover."),
)
TEAM = "Sociaal team generalisten"
SPECIALIST_DOMAINS = frozenset({"youth", "debt"})
SEVERE_LEVEL = 2
"""A need at ZRM 2 or 1 is severe."""


class Generalisten(AccessDesign):
    """Door, intake and most help at the generalist team.

    Severe specialist needs are referred to the specialists with
    ``generalisten.refer_severe_probability``.
    """

    route = "generalist"
    one_door = True  # the generalist is the door for every domain: no wrong door

    @override
    def build_organisations(self) -> dict:
        organisations = split_organisations(self.model, TEAM, self.model.params["generalisten.share"], "generalist")
        self.team = organisations[TEAM]
        return organisations

    @override
    def door(self, household, need):
        return self.team

    @override
    def intake(self, case) -> tuple[float, float]:
        return intake_with_look(self.model, case)

    @override
    def after_intake(self, case) -> None:
        found = look_broadly(case, self.model.params["look.detection_probability"])
        episodes = [case.presented] + [case.add_episode(n, TEAM) for n in found]
        for episode in episodes:
            if self.refers(episode):
                org = self.help_org(case.household, episode.domain)
                episode.organisation = org.name
                Handover(case, episode, org, partial(case.start_help, organisation=org))
            else:
                case.start_help(episode, self.team, case.intake_professional())

    def refers(self, episode) -> bool:
        """A severe youth or debt need goes to the specialists, with some chance."""
        draw = self.model.draws.routing.uniform()
        severe = episode.domain in SPECIALIST_DOMAINS and episode.need.level <= SEVERE_LEVEL
        return severe and draw < self.model.params["generalisten.refer_severe_probability"]

    @override
    def success_factor(self, episode) -> float:
        factor = super().success_factor(episode)
        severe = episode.domain in SPECIALIST_DOMAINS and episode.zrm_at_request <= SEVERE_LEVEL
        if severe and episode.organisation == TEAM:
            factor *= self.model.params["generalisten.severe_success_multiplier"]
        return factor
