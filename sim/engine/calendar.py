"""Scheduling the model's events on Mesa's event list, with arguments where needed.

Story: a resolved debt need may come back in a year and a half. That is a call with arguments,
``household.need_returns("debt")``, but Mesa 3.5 events take no arguments and hold their
callback by a weak reference (so the event of a removed agent simply does not fire). The
calendar therefore wraps every call in a small callable object, :class:`ScheduledCall`, hands
that to ``model.schedule_event`` and keeps it alive until it has run or been cancelled. Order is
Mesa's: by time, then priority, then order of scheduling.

Why an object and not the bound method itself: Mesa refers to a bound method through a
``WeakMethod``, built in Python twice per event, and to any other callable through a plain
``weakref.ref``, built in C. The model schedules about 40,000 events a simulated year in
Middelstad; the object costs less than the two ``WeakMethod`` objects it replaces
(benchmarks/README.md). No agent is ever removed from the model, so the weak reference never
had anything to drop.
"""

from __future__ import annotations


class ScheduledCall:
    """``function(*args)`` on Mesa's event list; :meth:`cancel` takes it off."""

    __slots__ = ("__weakref__", "args", "calendar", "event", "function")

    def __init__(self, calendar: Calendar, function, args: tuple):
        self.calendar = calendar
        self.function = function
        self.args = args
        self.event = None

    def __call__(self) -> None:
        """Run the call (Mesa's event fires)."""
        self.calendar.pending.discard(self)
        self.function(*self.args)

    def cancel(self) -> None:
        """Take the call off the event list."""
        self.calendar.pending.discard(self)
        self.event.cancel()


class Calendar:
    """The model's scheduler: every event is a Mesa event (``model.schedule_event``)."""

    def __init__(self, model):
        self.model = model
        self.pending: set[ScheduledCall] = set()

    def after(self, days: float, function, *args) -> ScheduledCall:
        """Call ``function(*args)`` after ``days``; returns something with ``cancel()``."""
        call = ScheduledCall(self, function, args)
        self.pending.add(call)
        call.event = self.model.schedule_event(call, after=days)
        return call
