"""The professional agent and the accounting of every hour of capacity.

Story: a Wmo consultant works 32 hours a week. A keukentafelgesprek books 6 hours spread over the
three weeks the intake takes; each running case books a little time every week; every hour of
client work brings administration with it (CBS: about 30% of worked time). What is not booked is
idle. A task waits in the queue until some professional has room for it in the week.
"""

from __future__ import annotations

from mesa import Agent

from sim.domains import CATEGORIES, DAYS_PER_WEEK, WORK_CATEGORIES, HourCategory

EPSILON = 1e-9


class Professional(Agent):
    """A professional of one organisation.

    Args:
        model: the municipality model.
        organisation: name of the employing organisation.
        discipline: the professional's field, e.g. ``wmo`` or ``generalist``.
        weekly_hours: contract hours per week: the capacity that tasks book.
        domains: the life domains this professional may serve.
        admin_ratio: administration hours per hour of client work.
    """

    def __init__(self, model, organisation: str, discipline: str, weekly_hours: float,
                 domains: frozenset[str], admin_ratio: float):
        super().__init__(model)
        self.organisation = organisation
        self.discipline = discipline
        self.weekly_hours = weekly_hours
        self.domains = domains
        self.admin_ratio = admin_ratio
        self._load_factor = 1.0 + admin_ratio
        self._limit = weekly_hours + EPSILON
        self.booked = 0.0
        self.caseload = 0
        self.absent = 0
        self._load = dict.fromkeys(WORK_CATEGORIES, 0.0)
        self.hours = dict.fromkeys(CATEGORIES, 0.0)
        self._since = model.time
        self._measured_from = model.time

    def weekly_load(self, client_hours_per_week: float) -> float:
        """Capacity a task of this many client hours per week books, administration included."""
        return client_hours_per_week * self._load_factor

    def has_room(self, client_hours_per_week: float) -> bool:
        """She is at work (``absent`` counts her running leave and sick spells) and the task fits her week."""
        return not self.absent and self.booked + client_hours_per_week * self._load_factor <= self._limit

    def book(self, category: str, client_hours_per_week: float) -> None:
        """Start a task: from now on it books capacity until :meth:`release`."""
        self._accrue()
        self._load[category] += client_hours_per_week
        self.booked += self.weekly_load(client_hours_per_week)
        self.caseload += category == HourCategory.DIRECT_HELP

    def release(self, category: str, client_hours_per_week: float) -> None:
        """A task ends: its hours are free again."""
        self._accrue()
        self._load[category] -= client_hours_per_week
        self.booked -= self.weekly_load(client_hours_per_week)
        self.caseload -= category == HourCategory.DIRECT_HELP

    def start_measuring(self) -> None:
        """Forget the hours of the warm-up."""
        self._accrue()
        self.hours = dict.fromkeys(CATEGORIES, 0.0)
        self._measured_from = self.model.time

    def hours_so_far(self) -> dict[str, float]:
        """Hours per category since measuring started; idle is capacity minus the rest."""
        self._accrue()
        capacity = self.weekly_hours * (self.model.time - self._measured_from) / DAYS_PER_WEEK
        hours = dict(self.hours)
        hours[HourCategory.IDLE] = capacity - sum(hours[c] for c in CATEGORIES[:4])
        return hours

    def _accrue(self) -> None:
        """Book the hours of the running tasks since the last change (one model-time read)."""
        now = self.model.time
        elapsed_weeks = (now - self._since) / DAYS_PER_WEEK
        if elapsed_weeks > 0:
            hours = self.hours
            client = 0.0
            for category, load in self._load.items():
                hours[category] += load * elapsed_weeks
                client += load
            hours[HourCategory.ADMINISTRATION] += client * self.admin_ratio * elapsed_weeks
        self._since = now
