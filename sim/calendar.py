"""The model's own event calendar: its events in one fast heap, driven by Mesa's event loop.

Story: a Middelstad year has some 40,000 events (a debt need worsens, a keukentafelgesprek ends,
a request is withdrawn). As Mesa events each one cost two ``WeakMethod`` objects, an ``Event``
object and a Python-level ``__lt__`` call for every heap comparison: about half of the run time
(benchmarks/README.md). The calendar keeps them as ``(time, sequence, event)`` tuples, compared
in C, and holds its callbacks strongly (their owners, needs, tasks and the model, live as long
as their events anyway), so a callback may also take arguments.

Mesa still drives time. The calendar keeps exactly one Mesa event (``model.schedule_event``) at
the time of its earliest event. When Mesa fires it, the calendar runs its events in order while
they lie within the period Mesa is advancing (``run_until``/``run_for``, told by the model) and
before Mesa's own next event (the weekly log, the start of measurement, anything scheduled with
``model.schedule_event`` by other code), then arms a new Mesa event for the rest. Order: by
time, then by order of scheduling, as Mesa orders events of one priority; at exactly the same
time a Mesa event comes first.
"""

from __future__ import annotations

import itertools
import math
from contextlib import contextmanager
from heapq import heappop, heappush


class CalendarEvent:
    """A scheduled call ``function(*args)``; :meth:`cancel` makes it a no-op."""

    __slots__ = ("function", "args")

    def __init__(self, function, args: tuple):
        self.function = function
        self.args = args

    def cancel(self) -> None:
        self.function = None
        self.args = ()


class Calendar:
    """Events of one model; ``until`` is the end of the period Mesa is advancing (``-inf`` when
    unknown: then one event runs per Mesa event, in the same order, only slower)."""

    def __init__(self, model):
        self.model = model
        self.until = -math.inf
        self._heap: list[tuple[float, int, CalendarEvent]] = []
        self._order = itertools.count()
        self._armed = None
        self._armed_time = math.inf
        self._running = False

    def at(self, time: float, function, *args) -> CalendarEvent:
        """Call ``function(*args)`` at ``time`` (not before now)."""
        if time < self.model.time:
            raise ValueError(f"cannot schedule an event at {time}, before the current time {self.model.time}")
        return self._push(time, function, args)

    def after(self, days: float, function, *args) -> CalendarEvent:
        """Call ``function(*args)`` after ``days`` (not negative)."""
        if days < 0:
            raise ValueError(f"cannot schedule an event {days} days ago")
        return self._push(self.model.time + days, function, args)

    def _push(self, time: float, function, args: tuple) -> CalendarEvent:
        event = CalendarEvent(function, args)
        heappush(self._heap, (time, next(self._order), event))
        if not self._running and time < self._armed_time:
            self._arm(time)
        return event

    @contextmanager
    def period(self, until: float):
        """Mesa advances time up to ``until`` inside this block."""
        self.until = until
        try:
            yield
        finally:
            self.until = -math.inf

    def _arm(self, time: float) -> None:
        """Put (or move) the one Mesa event of the calendar at ``time``."""
        if self._armed is not None:
            self._armed.cancel()
        self._armed = self.model.schedule_event(self._run, at=time)
        self._armed_time = time

    def _run(self) -> None:
        """Mesa fired the armed event: run the head, and every next event that is due before
        the end of the period and before Mesa's next event; then arm for the rest."""
        self._armed, self._armed_time = None, math.inf
        heap, model = self._heap, self.model
        self._running = True
        try:
            head = True
            while heap:
                time, _, event = heap[0]
                if not head and (time > self.until or time >= mesa_next_time(model)):
                    break
                heappop(heap)
                head = False
                if event.function is not None:
                    model.time = time
                    event.function(*event.args)
        finally:
            self._running = False
        if heap:
            self._arm(heap[0][0])


def mesa_next_time(model) -> float:
    """Time of the earliest pending event in Mesa's own event list (``inf`` when it is empty).

    Mesa 3.5 has no public way to look at the next event's time without a scan, so this reads its
    private heap (``model._event_list._events``, a heapq of ``mesa.time.Event``). It is the only
    place the model touches Mesa internals. Fallback, should a Mesa release change that layout:
    ``-inf``, so the calendar runs one event per Mesa event, in the same order, only slower.
    """
    try:
        heap = model._event_list._events
        if not heap:
            return math.inf
        head = heap[0]
        if not head.CANCELED:
            return head.time
        return min((e.time for e in heap if not e.CANCELED), default=math.inf)
    except AttributeError:
        return -math.inf
