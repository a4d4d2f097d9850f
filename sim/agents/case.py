"""A case: one request for help, from the door through intake and decision to help.

Story: on Monday a woman asks the Wmo-loket for a wheelchair. The request waits on the loket's
waiting list until a consultant takes it up; she plans the keukentafelgesprek about a week ahead
(the first contact), and the report and the decision take two weeks more; then the wheelchair
(a help episode) starts when the consultant has room. The waiting list is a queue (its length
depends on staff and demand); the first contact and the decision term are process times, drawn
per request (:func:`process_days`). The access design decides which door she
meets, how broad the intake is, and what happens after it; the case carries out those steps.
"""

from __future__ import annotations

import math

from sim.agents.episode import Episode, Origin
from sim.agents.task import CRISIS_PRIORITY, NORMAL_PRIORITY, Task
from sim.domains import DAYS_PER_WEEK, ZRM_CRISIS, HourCategory

EXISTING = "existing"
"""The route of a client who was already in help when the run started."""


def process_days(model, mean_days: float) -> float:
    """A process time of ``mean_days`` on average: Erlang with two phases (coefficient of variation 0.71).

    A planned appointment or a decision term is neither fixed nor memoryless: most take about
    their mean, a few take twice as long.
    """
    draw = model.draws.process
    return mean_days * (draw.exponential() + draw.exponential()) / 2.0


def priority_of(need) -> int:
    """Crisis first: a need at ZRM 1 goes to the front of the queue."""
    return CRISIS_PRIORITY if need.level == ZRM_CRISIS else NORMAL_PRIORITY


def start_existing_help(design, need) -> Case:
    """A client who was already in help before the run (and before the design) started."""
    org = design.help_org(need.household, need.domain)
    case = Case(design, need.household, need, org, EXISTING)
    case.presented.intake_start = case.presented.first_contact = case.presented.decision_time = case.model.time
    case.start_help(case.presented, org)
    return case


class Case:
    """One request: ``presented`` is the episode of the need the household asked about."""

    def __init__(self, design, household, need, door, route: str):
        self.design = design
        self.model = design.model
        self.household = household
        self.door = door
        self.route = route
        self.request_time = self.model.time
        self._lead = 0.0
        self._intake_by: int | None = None
        self.broad = False  # the intake asks about every life domain (set by the design's broad intake)
        need.make_known()
        self.presented = Episode(self.model, need, door.name, route, self.request_time)
        self.episodes = [self.presented]

    def set_route(self, route: str) -> None:
        """The design chose another route for this case (a flagged household goes integral)."""
        self.route = route
        for episode in self.episodes:
            episode.route = route

    # --- intake --------------------------------------------------------------------------------
    def start_intake(self, hours: float, days: float) -> None:
        """Queue the intake at the door; with no intake the decision is taken at once.

        ``days`` is the mean decision term after the first contact. The intake's ``hours`` are
        spread over its mean length (first-contact lead plus term) and it runs for a drawn length,
        so a long intake books more hours. In a crisis the first contact is the same day.
        """
        if days <= 0:
            self._decide()
            return
        need = self.presented.need
        lead = 0.0 if need.level == ZRM_CRISIS else self.presented.params.first_contact_days
        self._lead = process_days(self.model, lead)
        task = Task(HourCategory.INTAKE, self.presented, hours * DAYS_PER_WEEK / (lead + days),
                    self._lead + process_days(self.model, days), self._intake_done,
                    on_start=self._intake_started, priority=priority_of(need))
        self.presented.task = task
        self.door.submit(task)

    def _intake_started(self, task: Task) -> None:
        self.presented.intake_start = self.model.time
        self.presented.first_contact = self.model.time + self._lead

    def _intake_done(self, task: Task) -> None:
        self.presented.add_work(task)
        self._intake_by = task.professional.unique_id
        self.presented.task = None
        self._decide()

    def _decide(self) -> None:
        self.presented.decision_time = self.model.time
        if math.isnan(self.presented.intake_start):
            self.presented.intake_start = self.presented.first_contact = self.model.time
        self.design.after_intake(self)

    # --- help ----------------------------------------------------------------------------------
    def intake_professional(self) -> int | None:
        """The professional who did the intake (continuity: she helps if she has room)."""
        return self._intake_by

    def add_episode(self, need, organisation: str) -> Episode:
        """A need found at intake joins this case as an episode of its own."""
        need.make_known()
        episode = Episode(self.model, need, organisation, self.route, self.request_time)
        episode.origin = Origin.FOUND
        episode.intake_start = self.presented.intake_start
        episode.first_contact = self.presented.first_contact
        episode.decision_time = self.model.time
        self.episodes.append(episode)
        return episode

    def start_help(self, episode: Episode, organisation, preferred: int | None = None,
                   priority: int | None = None) -> None:
        """Queue the help episode at ``organisation`` (``priority`` overrides crisis-first).

        First the design's :meth:`~sim.access.base.AccessDesign.help_delay` may hold it back
        (nobody acts while others serve the household); not for a client already in help at the start.
        """
        priority = priority_of(episode.need) if priority is None else priority
        task = Task(HourCategory.DIRECT_HELP, episode, episode.help_hours, episode.help_duration(), self._help_done,
                    on_start=self._help_task_started, priority=priority, preferred=preferred)
        idle = 0.0 if self.route == EXISTING else self.design.help_delay(episode)
        if idle > 0:
            episode.idle_days += idle
            self.model.later(idle, self._queue_help, episode, organisation, task)
            return
        self._queue_help(episode, organisation, task)

    @staticmethod
    def _queue_help(episode: Episode, organisation, task: Task) -> None:
        episode.task = task
        organisation.submit(task)

    def help_started(self, task: Task) -> None:
        """Help runs: the need neither worsens nor remits meanwhile."""
        task.owner.begin_help()

    def _help_task_started(self, task: Task) -> None:
        """Help by the episode's own rules runs: it lasts as long as the need's ZRM now asks (not at the request)."""
        self.help_started(task)
        task.duration = task.owner.help_duration()

    def _help_done(self, task: Task) -> None:
        episode = task.owner
        episode.end_help(task, episode.help_succeeds(self.design.success_factor(episode)))

