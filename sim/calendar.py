"""Scheduling the model's events on Mesa's event list, with arguments where needed.

Story: a resolved debt need may come back in a year and a half. That is a call with arguments,
``model._recur(household, "debt")``, but Mesa 3.5 events take no arguments and hold their
callback by a weak reference (so the event of a removed agent simply does not fire). The
calendar therefore schedules a call without arguments directly with ``model.schedule_event``,
and wraps a call with arguments in a small object that it keeps alive until the call has run or
been cancelled. Order is Mesa's: by time, then priority, then order of scheduling.
"""

from __future__ import annotations


class ScheduledCall:
    """``function(*args)`` on Mesa's event list; :meth:`cancel` takes it off."""

    __slots__ = ("calendar", "function", "args", "event", "__weakref__")

    def __init__(self, calendar: Calendar, function, args: tuple):
        self.calendar = calendar
        self.function = function
        self.args = args
        self.event = None

    def run(self) -> None:
        self.calendar.pending.discard(self)
        self.function(*self.args)

    def cancel(self) -> None:
        self.calendar.pending.discard(self)
        self.event.cancel()


class Calendar:
    """The model's scheduler: every event is a Mesa event (``model.schedule_event``)."""

    def __init__(self, model):
        self.model = model
        self.pending: set[ScheduledCall] = set()

    def after(self, days: float, function, *args):
        """Call ``function(*args)`` after ``days``; returns something with ``cancel()``."""
        if not args:
            return self.model.schedule_event(function, after=days)
        call = ScheduledCall(self, function, args)
        self.pending.add(call)
        call.event = self.model.schedule_event(call.run, after=days)
        return call
