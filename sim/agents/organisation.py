"""The organisation agent: professionals, one queue, and the dispatch of tasks to professionals.

Story: the Schuldhulpverlening team has fourteen consultants. Requests queue first come, first
served, but a household facing eviction goes to the front (crisis first). When a consultant
closes a case, the first request in the queue that fits her week is started.

In the sectoral baseline each life domain has one organisation (:func:`sectoral_organisations`),
staffed per 100,000 inhabitants (:func:`scaled_staff`); access designs may build others.
"""

from __future__ import annotations

import heapq
import itertools

from mesa import Agent

from sim.agents.professional import Professional
from sim.agents.task import CRISIS_PRIORITY, Task, TaskState
from sim.domains import DOMAINS, PER_INHABITANTS

FTE_ROUNDING = 1e-6
"""FTE closer than this to a whole number count as that whole number."""


def scaled_staff(params, domain: str) -> float:
    """Professionals (FTE) of a domain, scaled from 100,000 inhabitants (at least one where there are any).

    ``work.staffing_scale`` multiplies every domain's staff (the staffing factor of the sensitivity analysis).
    """
    per_100k = params[f"organisations.{domain}.professionals"] * params["work.staffing_scale"]
    fte = per_100k * params["population.inhabitants"] / PER_INHABITANTS
    return max(fte, 1.0) if per_100k > 0 else 0.0


def sectoral_organisations(model) -> dict[str, Organisation]:
    """One organisation per life domain, by domain: the Wmo-loket, the Jeugdteam and so on."""
    return {d: sectoral_organisation(model, d) for d in DOMAINS}


def sectoral_organisation(model, domain: str) -> Organisation:
    """The organisation of one life domain, with its professionals."""
    s = model.params
    org = Organisation(model, s[f"organisations.{domain}.name"], frozenset({domain}))
    org.hire(scaled_staff(s, domain), s[f"organisations.{domain}.weekly_hours"], domain, org.domains,
             s["work.admin_ratio"])
    return org


class Organisation(Agent):
    """An organisation that serves one or more life domains.

    Args:
        model: the municipality model.
        name: e.g. ``Wmo-loket``.
        domains: the life domains it serves.
    """

    def __init__(self, model, name: str, domains: frozenset[str]):
        super().__init__(model)
        self.name = name
        self.domains = domains
        self.professionals: list[Professional] = []
        self._by_id: dict[int, Professional] = {}
        self.running: set[Task] = set()
        self.waiting = 0
        self._queue: list[tuple[int, int, Task]] = []
        self._order = itertools.count()
        self._next = 0
        self._index: dict[Professional, int] = {}
        self._blocked = -1
        self._freed: list[Professional] = []
        self._week_started = 0
        self._week_wait = 0.0
        self.queue = QueueMeter(model)

    def hire(self, fte: float, weekly_hours: float, discipline: str, domains: frozenset[str],
             admin_ratio: float) -> None:
        """Employ ``fte`` full-time equivalents of ``discipline`` who may serve ``domains``.

        Each whole FTE is one professional of ``weekly_hours``; a remaining fraction is one more,
        part-time (22.4 FTE: 22 professionals and one of 0.4 times the hours).
        """
        whole = int(fte + FTE_ROUNDING)
        part = fte - whole
        hours = [weekly_hours] * whole + ([weekly_hours * part] if part > FTE_ROUNDING else [])
        for h in hours:
            p = Professional(self.model, self.name, discipline, h, domains, admin_ratio)
            self._index[p] = len(self.professionals)
            self.professionals.append(p)
            self._by_id[p.unique_id] = p

    def submit(self, task: Task) -> None:
        """Queue a task and start whatever fits."""
        task.organisation = self
        task.queued_at = self.model.time
        self._push(task)
        self.queue.enter(self.waiting)
        self.waiting += 1
        self.dispatch()

    def withdraw(self, task: Task) -> bool:
        """Take a queued task out of the queue; False when it has already started."""
        if task.state is not TaskState.QUEUED:
            return False
        task.state = TaskState.WITHDRAWN
        task.entry = None
        self.queue.leave(self.waiting, task.queued_at)
        self.waiting -= 1
        return True

    def escalate(self, task: Task) -> None:
        """A queued task becomes a crisis and moves to the front of the queue."""
        if task.state is TaskState.QUEUED and task.priority != CRISIS_PRIORITY:
            task.priority = CRISIS_PRIORITY
            self._push(task)
            self.dispatch()

    def task_done(self, task: Task) -> None:
        """A professional finished ``task``: her hours are free for the next in the queue."""
        self.running.discard(task)
        self.room_freed(task.professional)

    def room_freed(self, professional: Professional) -> None:
        """``professional`` has more room than before (a task ended, she is back): try the queue."""
        self._freed.append(professional)
        self.dispatch()

    def dispatch(self) -> None:
        """Start queued tasks in order of priority and arrival while the head fits somebody.

        A head that fitted nobody still fits nobody but those who have more room since
        (:meth:`room_freed`; starting tasks and leave only take room away). So its entry's order
        number is remembered, and for it only the professionals freed since are searched: a new
        request behind a blocked head costs no search (290,000 in a long M/M/c run), and a
        consultant closing a case is the only one asked whether she can take the blocked head.
        The one chosen is the one a search of everybody would choose
        (tests/invariants/test_dispatch_search.py).
        """
        queue = self._queue
        while queue:
            _, order, task = queue[0]
            if task.state is not TaskState.QUEUED or task.entry is not queue[0]:
                heapq.heappop(queue)
                continue
            candidates, self._freed = (self._freed if order == self._blocked else None), []
            if candidates == []:
                return
            professional = self._find_room(task, candidates)
            if professional is None:
                self._blocked = order
                return
            heapq.heappop(queue)
            task.entry = None  # the entry points back to the task: no cycle (sim/engine/gc_pause.py)
            self.queue.leave(self.waiting, task.queued_at)
            self.waiting -= 1
            self.running.add(task)
            self._week_started += 1
            self._week_wait += self.model.time - task.queued_at
            task.start(professional, self.model)

    def queued_tasks(self) -> list[Task]:
        """Tasks still waiting, each once (an escalated task leaves a stale entry behind)."""
        return [entry[2] for entry in self._queue
                if entry[2].state is TaskState.QUEUED and entry[2].entry is entry]

    def take_week_waits(self) -> tuple[int, float]:
        """Tasks started and their summed waits since the last call."""
        taken = self._week_started, self._week_wait
        self._week_started, self._week_wait = 0, 0.0
        return taken

    def _push(self, task: Task) -> None:
        task.entry = (task.priority, next(self._order), task)
        heapq.heappush(self._queue, task.entry)

    def _find_room(self, task: Task, candidates: list[Professional] | None) -> Professional | None:
        """The preferred professional (continuity) if she has room, else the next one round-robin.

        ``candidates`` (None: everybody) are the only professionals who may have room for it.
        """
        preferred = self._by_id.get(task.preferred)
        domain, hours = task.domain, task.hours_per_week
        if (preferred is not None and (candidates is None or preferred in candidates)
                and domain in preferred.domains and preferred.has_room(hours)):
            return preferred
        staff, start = self.professionals, self._next
        n = len(staff)
        if candidates is None:
            order = staff[start:] + staff[:start]
        else:
            order = sorted(set(candidates), key=lambda p: (self._index[p] - start) % n)
        for p in order:
            if domain in p.domains and p.has_room(hours):
                self._next = (self._index[p] + 1) % n
                return p
        return None


class QueueMeter:
    """Time-integrated queue length and the waits of tasks leaving the queue, for Little's law.

    ``area`` is the integral of the number waiting over time since measuring started; ``entered``
    counts arrivals to the queue, ``left`` and ``waited`` the departures (started or withdrawn)
    and their summed time in the queue.
    """

    def __init__(self, model):
        self.model = model
        self.reset()

    def reset(self) -> None:
        """Start measuring afresh (the end of the warm-up)."""
        self.area = 0.0
        self.entered = 0
        self.left = 0
        self.waited = 0.0
        self.since = self.model.time
        self._last = self.model.time

    def enter(self, waiting: int) -> None:
        """A task joins a queue of ``waiting`` tasks."""
        self._accrue(waiting)
        self.entered += 1

    def leave(self, waiting: int, queued_at: float) -> None:
        """A task that queued at ``queued_at`` leaves a queue of ``waiting`` tasks (started or withdrawn)."""
        self._accrue(waiting)
        self.left += 1
        self.waited += self.model.time - max(queued_at, self.since)

    def mean_length(self, waiting: int) -> float:
        """Time-average number waiting since measuring started."""
        self._accrue(waiting)
        elapsed = self.model.time - self.since
        return self.area / elapsed if elapsed > 0 else 0.0

    def _accrue(self, waiting: int) -> None:
        now = self.model.time
        self.area += waiting * (now - self._last)
        self._last = now
