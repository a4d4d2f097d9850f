"""Netwerk: an informal network of professionals across organisations (Alkmaar, seed 000).

Story: a Wmo consultant notices that her client cannot pay the rent. She posts a question in the
app group of municipal, welfare and care professionals; a debt worker she knows answers the same
day and picks it up two days later. No team, no meeting, no formal handover: half an hour each,
and often they agree who does what, so their advice does not conflict.
"""

from __future__ import annotations

from functools import partial
from typing import override

from sim.access.base import AccessDesign
from sim.access.registry import Design
from sim.access.steps.joint_plan import Plan
from sim.access.steps.screening import look_broadly
from sim.agents.task import Task
from sim.domains import HourCategory

DESIGN = Design(
    name="netwerk", cls="Netwerk", label="Netwerk van professionals",
    description="Iedereen werkt sectoraal, maar wat een professional opmerkt, legt ze snel voor aan een bekende "
                "collega bij een andere organisatie, bijvoorbeeld in een appgroep. Er is geen team en geen "
                "overleg: een half uur per keer, en vaak stemmen ze hun aanpak op elkaar af.",
    params=("netwerk.",),
)


class Netwerk(AccessDesign):
    """Sectoral, plus: what a professional notices goes by a quick consultation to a colleague."""

    route = "netwerk"

    @override
    def after_intake(self, case) -> None:
        self.help_presented(case)
        s = self.model.params
        noticed = look_broadly(case, s["netwerk.notice_probability"], asks=False)
        aligned = self.model.draws.routing.uniform() < s["netwerk.alignment_probability"]
        if aligned and noticed:
            case.presented.plan = Plan(effective=True)
        for need in noticed:
            org = self.help_org(case.household, need.domain)
            episode = case.add_episode(need, org.name)
            episode.plan = case.presented.plan
            self.consult(case, episode, org)

    def consult(self, case, episode, org) -> None:
        """Half an hour for the colleague, then help starts there (no file, nothing lost)."""
        s = self.model.params
        hours, days = s["netwerk.consult_hours"], s["netwerk.consult_days"]
        then = partial(_picked_up, case, org)
        if hours <= 0 or days <= 0:
            then(None, episode)
            return
        task = Task.spread(HourCategory.COORDINATION, episode, hours, days, partial(then, episode=episode))
        org.submit(task)


def _picked_up(case, org, task, episode) -> None:
    if task is not None:
        episode.add_work(task)
    case.start_help(episode, org)
