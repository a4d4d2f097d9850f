"""The model's calendar: its events, run in time order under Mesa's clock, a day's worth per Mesa event.

Story: a resolved debt need may come back in a year and a half. That is a call with arguments,
``household.need_returns("debt")``, at a given time; something may cancel it first. The
calendar keeps such calls (:class:`ScheduledCall`) in a heap of ``(time, order, call)`` tuples
and runs them in order of time, then of scheduling: the order Mesa's event list gives events of
one priority.

Why a calendar of its own: Middelstad schedules about 40,000 events a simulated year. On Mesa's
event list each cost 4-9 us (an ``Event`` object, weak references, a heap ordered by a Python
``__lt__``) and a cancelled one stays in the heap until its time (Mesa issue 3800): about 40% of
the run (benchmarks/README.md). Here an event is a tuple compared in C, and a cancelled call just
drops its function.

Time stays on Mesa. The calendar keeps one Mesa event (``model.schedule_event``) at the time of
its earliest call; when Mesa runs it, the calendar runs every call that is due up to the next
whole day (when Mesa's own daily step comes) or the end of the current ``run_until``/``run_for``
(:attr:`Calendar.limit`), setting ``model.time`` to each call's time as Mesa's own discrete-event
simulator does, and then books the next Mesa event. Every event of the model is on this calendar,
the weekly log and the start of measuring included, so the order among them is exactly Mesa's.
"""

from __future__ import annotations

import math
from contextlib import contextmanager
from heapq import heappop, heappush
from itertools import count


class ScheduledCall:
    """``function(*args)`` at ``time`` on the calendar; :meth:`cancel` takes it off."""

    __slots__ = ("args", "function", "time")

    def __init__(self, time: float, function, args: tuple):
        self.time = time
        self.function = function
        self.args = args

    def cancel(self) -> None:
        """Take the call off the calendar (it stays in the heap, inert, until its time)."""
        self.function = None
        self.args = ()


class Calendar:
    """The model's events, run under Mesa events; ``limit`` is the end of the current run."""

    def __init__(self, model):
        self.model = model
        self.limit = math.inf
        self._heap: list[tuple[float, int, ScheduledCall]] = []
        self._order = count()
        self._wake_at = math.inf
        self._wakeup = None

    def after(self, days: float, function, *args) -> ScheduledCall:
        """Call ``function(*args)`` after ``days``; returns something with ``cancel()``."""
        if days < 0:
            raise ValueError(f"cannot schedule a call {days} days in the past")
        return self._push(self.model.time + days, function, args)

    def at(self, time: float, function, *args) -> ScheduledCall:
        """Call ``function(*args)`` at model time ``time`` (not before now)."""
        if time < self.model.time:
            raise ValueError(f"cannot schedule a call at {time}, before now ({self.model.time})")
        return self._push(time, function, args)

    def _push(self, time: float, function, args: tuple) -> ScheduledCall:
        call = ScheduledCall(time, function, args)
        heappush(self._heap, (time, next(self._order), call))
        if time < self._wake_at:
            self._book_wakeup(time)
        return call

    @contextmanager
    def until(self, end_time: float):
        """Inside the block Mesa runs to ``end_time``: no call after it may run."""
        self.limit = end_time
        try:
            yield
        finally:
            self.limit = math.inf

    def pending(self) -> list[ScheduledCall]:
        """The calls still to run, in no particular order."""
        return [entry[2] for entry in self._heap if entry[2].function is not None]

    def _book_wakeup(self, time: float) -> None:
        """One Mesa event at ``time``, replacing a later one (outside a batch only)."""
        if self._wakeup is not None:
            self._wakeup.cancel()
        self._wakeup = self.model.schedule_event(self._run_due, at=time)
        self._wake_at = time

    def _run_due(self) -> None:
        """Mesa's event: run the calls due up to the next whole day or the run's end, then book the next."""
        model, heap = self.model, self._heap
        now = model.time
        bound = max(now, min(math.floor(now) + 1.0, self.limit))
        self._wakeup, self._wake_at = None, -math.inf  # calls booked meanwhile need no Mesa event
        try:
            while heap and heap[0][0] <= bound:
                when, _, call = heappop(heap)
                function = call.function
                if function is None:
                    continue
                call.function = None
                if when != now:
                    model.time = now = when
                function(*call.args)
        finally:
            self._wake_at = math.inf
        while heap and heap[0][2].function is None:
            heappop(heap)
        if heap:
            self._book_wakeup(heap[0][0])
