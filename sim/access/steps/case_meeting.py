"""Integraal werken: case meetings that take professional time, and diffusion of responsibility.

Story (seed 000): a Wmo consultant finds debts and a son who skips school. Before the wheelchair
is ordered, the Wmo-loket, Schuldhulpverlening and the Jeugdteam must agree one plan. Finding a
date takes two weeks; each sends a professional who spends three hours on preparation, meeting
and report (coordination tasks, queued like any other work, so they lengthen every queue). After
the meeting, with nobody named as lead, each waits for the others (wachtgedrag): the more actors,
the likelier nobody acts for a while. Under time pressure the meeting happens but binds nobody
(pseudo-cooperation, seed 002); after years of practice meetings get cheaper (maturity).
"""

from __future__ import annotations

from sim.access.steps.diffusion import idle_days
from sim.access.steps.joint_plan import Plan
from sim.agents.task import Task
from sim.domains import DAYS_PER_YEAR, HourCategory


class _NotAtTheTable:
    """Stands in for the household in a meeting it does not attend (it meets nobody there)."""

    def meet(self, professional_id: int) -> None:
        return None


NOT_AT_THE_TABLE = _NotAtTheTable()


def maturity_factor(model) -> float:
    """Share of meeting hours and days still needed after the years of practice so far (seed 002)."""
    s = model.params
    practice = s["maturity.start_years"] + model.time / DAYS_PER_YEAR
    return 1.0 - s["maturity.max_saving"] * min(1.0, practice / s["maturity.years"])


def under_time_pressure(model, organisations) -> bool:
    """Some organisation's queue is longer than the pressure limit per professional (seed 002)."""
    limit = model.params["pseudo.queue_per_professional"]
    return any(org.waiting > limit * max(len(org.professionals), 1) for org in organisations)


class CaseMeeting:
    """One case meeting of the organisations that help the episodes of a case.

    Args:
        case: the case; ``parts`` are (episode, organisation) pairs, one meeting seat per
            organisation and domain (in a neighbourhood team, one per discipline involved).
        lead: a lead (regisseur) is named, so nobody waits for the others.
        hours, days: per participant, and to organise the meeting.
        on_agreed: called as ``on_agreed(plan, participants)`` with the professional per
            (organisation name, domain) once the plan is agreed (after any days without action).
        diffusion_scale: multiplies the per-actor chance that nobody acts (team visibility).
    """

    def __init__(self, case, parts, lead: bool, hours: float, days: float, on_agreed, diffusion_scale=1.0):
        self.case, self.model, self.lead = case, case.model, lead
        self.on_agreed, self.diffusion_scale = on_agreed, diffusion_scale
        self.seats = {}
        for episode, org in parts:
            self.seats.setdefault((org.name, episode.domain), (episode, org))
        self.participants: dict[tuple[str, str], int] = {}
        self.pending = len(self.seats)
        self.episodes = list(dict.fromkeys(episode for episode, _ in parts))
        self._book(hours, days)

    def _book(self, hours: float, days: float) -> None:
        if days <= 0 or hours <= 0:
            self.pending = 0
            self._held()
            return
        at_table = self.case.household if self.model.params["meeting.with_household"] else NOT_AT_THE_TABLE
        for episode, org in self.seats.values():
            task = Task.spread(HourCategory.COORDINATION, episode, hours, days, self._seat_done, household=at_table)
            org.submit(task)

    def _seat_done(self, task: Task) -> None:
        task.owner.add_work(task)
        self.participants[(task.organisation.name, task.owner.domain)] = task.professional.unique_id
        self.pending -= 1
        if self.pending == 0:
            self._held()

    def _held(self) -> None:
        organisations = [org for _, org in self.seats.values()]
        pressed = under_time_pressure(self.model, organisations)
        draw = self.model.draws.coordination.uniform()
        plan = Plan(effective=not (pressed and draw < self.model.params["pseudo.probability"]), lead=self.lead)
        wait = idle_days(self.model, len(self.seats), self.lead, self.diffusion_scale)
        for episode in self.episodes:
            episode.plan = plan
            episode.idle_days += wait
        self.model.later(wait, self.on_agreed, plan, self.participants)


def meeting_days(model, actors: int) -> float:
    """Days to organise a meeting of ``actors`` organisations (more agendas, more days)."""
    s = model.params
    return s["meeting.days"] + s["meeting.days_per_extra_actor"] * max(actors - 1, 0)


