"""Generalisten: generalist professionals who cover all domains, against specialists.

Story (seeds 002, 004): a generalist of the social team holds the intake, looks broadly and
helps the household with income, loneliness and the Wmo request herself: one face, no
handover. But she is weaker where a need is severe and specialist (a youth crisis, bailiffs at
the door): she refers such a need to the specialists only part of the time (a handover), and
when she keeps it, her help succeeds less often.
"""

from __future__ import annotations

from functools import partial

from sim.access.base import AccessDesign
from sim.access.steps.staffing import split_organisations
from sim.access.steps.handover import Handover
from sim.access.steps.screening import look_broadly

TEAM = "Sociaal team generalisten"
SPECIALIST_DOMAINS = frozenset({"youth", "debt"})
SEVERE_LEVEL = 2
"""A need at ZRM 2 or 1 is severe."""


class Generalisten(AccessDesign):
    """Door, intake and most help at the generalist team; severe specialist needs are referred to
    the specialists with ``generalisten.refer_severe_probability``."""

    name = "generalisten"
    route = "generalist"

    def build_organisations(self) -> dict:
        organisations = split_organisations(self.model, TEAM, self.model.params["generalisten.share"], "generalist")
        self.team = organisations[TEAM]
        return organisations

    def door(self, household, need):
        return self.team

    def intake(self, case) -> tuple[float, float]:
        hours, days = self.sectoral_intake(case)
        return hours + self.model.params["look.hours"], days

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
        draw = self.model.draws.routing.uniform()
        severe = episode.domain in SPECIALIST_DOMAINS and episode.need.level <= SEVERE_LEVEL
        return severe and draw < self.model.params["generalisten.refer_severe_probability"]

    def success_factor(self, episode) -> float:
        factor = super().success_factor(episode)
        severe = episode.domain in SPECIALIST_DOMAINS and episode.zrm_at_request <= SEVERE_LEVEL
        if severe and episode.organisation == TEAM:
            factor *= self.model.params["generalisten.severe_success_multiplier"]
        return factor
