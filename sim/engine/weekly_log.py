"""Weekly aggregates per organisation: queue length, waits, and hours by category.

A recurring event every 7 days reads counters that the organisations keep up to date; it never
touches households. It is on the model's calendar and books the next week after it ran, so it
keeps its place among the model's events exactly as a Mesa recurring schedule would. Weeks of
the warm-up are kept too (``measured`` is False there), because they are what a warm-up
analysis (Welch's method) looks at.
"""

from __future__ import annotations

from sim.domains import CATEGORIES, DAYS_PER_WEEK


class WeeklyLog:
    """Collects one row per organisation per week."""

    def __init__(self, model):
        self.model = model
        self.rows: list[dict] = []
        self._previous: dict[str, dict[str, float]] = {}
        self._progress = None

    def start(self, progress=None) -> None:
        """Record every 7 days until the horizon; ``progress(fraction)`` is called each week."""
        self._progress = progress
        self._book(DAYS_PER_WEEK)

    def start_measuring(self) -> None:
        """Professionals' hours were reset: restart the differences from zero."""
        self._previous = {}

    def _on_week(self) -> None:
        model = self.model
        for org in model.organisations.values():
            self.rows.append(self._row(org))
        if self._progress is not None:
            self._progress(model.time / model.horizon)
        self._book(model.time + DAYS_PER_WEEK)

    def _book(self, time: float) -> None:
        """The next week's record, unless it falls after the horizon."""
        if time <= self.model.horizon:
            self.model.calendar.at(time, self._on_week)

    def _row(self, org) -> dict:
        model = self.model
        hours = _sum_hours(org.professionals)
        before = self._previous.get(org.name, dict.fromkeys(CATEGORIES, 0.0))
        self._previous[org.name] = hours
        started, wait_sum = org.take_week_waits()
        row = {"week": round(model.time / DAYS_PER_WEEK), "time": model.time,
               "measured": model.time > model.measure_from,
               "organisation": org.name, "queue_length": org.waiting, "running_tasks": len(org.running),
               "tasks_started": started, "mean_wait_days": wait_sum / started if started else float("nan")}
        row.update({f"{c}_hours": hours[c] - before[c] for c in CATEGORIES})
        return row


def _sum_hours(professionals) -> dict[str, float]:
    total = dict.fromkeys(CATEGORIES, 0.0)
    for p in professionals:
        for category, value in p.hours_so_far().items():
            total[category] += value
    return total
