"""A task: a piece of professional work that books weekly hours for a number of days.

An intake, a help episode and a case meeting are all tasks. A task waits in its organisation's
queue until a professional has room, then runs for its duration; the owner (a case or an
episode) hears when it starts and when it ends.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from sim.domains import DAYS_PER_WEEK

CRISIS_PRIORITY = 0
NORMAL_PRIORITY = 1


class TaskState(Enum):
    """Where a task is: waiting in a queue, running, done, or withdrawn before it started."""

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    WITHDRAWN = "withdrawn"


def ignore(task: Task) -> None:
    """A task callback for a step that needs no action (a meeting seat starting)."""
    return None


class Task:
    """One task for ``owner``, the help episode it works for.

    ``on_finish(task)`` and ``on_start(task)`` are callbacks. The task works on the owner's domain
    and household unless ``domain`` or ``household`` say otherwise (a meeting without the
    household, a small fix booked on the asked domain). :meth:`spread` builds a task from its
    total hours instead of its weekly hours.
    """

    __slots__ = (
        "__weakref__",
        "_event",
        "category",
        "domain",
        "duration",
        "entry",
        "hours_per_week",
        "household",
        "on_finish",
        "on_start",
        "organisation",
        "owner",
        "preferred",
        "priority",
        "professional",
        "queued_at",
        "started_at",
        "state",
    )

    def __init__(self, category: str, owner, hours_per_week: float, duration: float, on_finish: Callable, *,
                 on_start: Callable = ignore, priority: int = NORMAL_PRIORITY, preferred: int | None = None,
                 domain: str | None = None, household=None):
        self.category = category
        self.hours_per_week = hours_per_week
        self.duration = duration
        self.domain = owner.domain if domain is None else domain
        self.household = owner.household if household is None else household
        self.priority = priority
        self.on_start = on_start
        self.on_finish = on_finish
        self.preferred = preferred
        self.state = TaskState.QUEUED
        self.professional = None
        self.organisation = None
        self.queued_at = None
        self.started_at = None
        self.entry = None
        self.owner = owner
        self._event = None

    @classmethod
    def spread(cls, category: str, owner, hours: float, days: float, on_finish: Callable, **options) -> Task:
        """A task of ``hours`` client hours spread evenly over ``days`` calendar days."""
        return cls(category, owner, hours * DAYS_PER_WEEK / days, days, on_finish, **options)

    @property
    def client_hours(self) -> float:
        """Client hours of the whole task (administration not included)."""
        return self.hours_per_week * self.duration / DAYS_PER_WEEK

    def start(self, professional, model) -> None:
        """``professional`` takes the task: it books her hours until it finishes after ``duration`` days.

        The owner hears first, so that it may set the duration from the state at the start (help
        lasts as long as the need's ZRM when help starts asks).
        """
        self.state = TaskState.RUNNING
        self.professional = professional
        self.started_at = model.time
        professional.book(self.category, self.hours_per_week)
        self.household.meet(professional.unique_id)
        self.on_start(self)
        self._event = model.later(self.duration, self.finish)

    def finish(self) -> None:
        """The task is done: her hours are free, the organisation dispatches, the owner hears."""
        self.state = TaskState.DONE
        self._event = None
        self.professional.release(self.category, self.hours_per_week)
        self.organisation.task_done(self)
        self.on_finish(self)
