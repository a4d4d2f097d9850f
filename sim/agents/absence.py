"""Leave and sick leave: the weeks a professional is not there to take up new requests.

Story: the Wmo-loket has 27 consultants, but never all at once. Each takes about five weeks of
leave a year, most of it in the school summer holiday, and is off sick now and then. While she
is away she takes up no new request; colleagues keep her running cases going, so their hours
still count (the model's simplification). In August fewer requests are taken up than arrive:
the waiting list grows, and in the autumn it drains again as far as the spare capacity allows.
Capacity that varies like this is one reason waiting lists exist at a utilisation below one.

:class:`Absence` plans each calendar year's spells for every professional at the start of that
year (model day 0 is 1 January) and schedules when each spell begins and ends; a professional
back from leave lets her organisation dispatch at once.
"""

from __future__ import annotations

from sim.domains import DAYS_PER_WEEK, DAYS_PER_YEAR

SUMMER_START_DAY = 182
"""1 July, the first day of the summer window in which the summer share of leave is taken."""
SUMMER_DAYS = 56
"""The summer window: eight weeks, July and August (the school holidays of the three regions)."""


class Absence:
    """The leave and sick-leave spells of every professional of the model's organisations."""

    def __init__(self, model):
        self.model = model
        s = model.params
        self.leave_days = s["staff.leave_weeks"] * DAYS_PER_WEEK
        self.summer_share = s["staff.summer_leave_share"]
        self.sick_share = s["staff.sick_leave_share"]
        self.sick_spell_days = s["staff.sick_spell_days"]
        self.rng = model.streams.absence

    def start(self) -> None:
        """Plan the first year; every following year is planned when it begins."""
        self._plan_year()

    def staff(self):
        """Each organisation once, with its professionals (a design may key one by several names)."""
        seen = {}
        for org in self.model.organisations.values():
            seen.setdefault(id(org), org)
        return [(org, p) for org in seen.values() for p in org.professionals]

    def _plan_year(self) -> None:
        year_start = self.model.time
        for org, professional in self.staff():
            for begin, days in self.spells():
                self.model.later(begin, self._leave, professional)
                self.model.later(begin + days, self._return, org, professional)
        if year_start + DAYS_PER_YEAR < self.model.horizon:
            self.model.later(DAYS_PER_YEAR, self._plan_year)

    def spells(self) -> list[tuple[float, float]]:
        """One year's absences of one professional: (day of the year it begins, length in days).

        The summer share of leave is one block inside July and August; the rest is taken in
        weeks spread over the year; sick spells come as a Poisson process with exponential
        lengths, so that ``staff.sick_leave_share`` of the year is spent sick on average.
        """
        rng = self.rng
        summer = min(self.leave_days * self.summer_share, SUMMER_DAYS)
        spells = [(SUMMER_START_DAY + rng.uniform(0, SUMMER_DAYS - summer), summer)] if summer > 0 else []
        rest = self.leave_days - summer
        while rest > 0:
            week = min(rest, DAYS_PER_WEEK)
            spells.append((rng.uniform(0, DAYS_PER_YEAR - week), week))
            rest -= week
        if self.sick_share > 0 and self.sick_spell_days > 0:
            count = rng.poisson(DAYS_PER_YEAR * self.sick_share / self.sick_spell_days)
            spells += [(rng.uniform(0, DAYS_PER_YEAR), rng.exponential(self.sick_spell_days)) for _ in range(count)]
        return spells

    @staticmethod
    def _leave(professional) -> None:
        professional.absent += 1

    @staticmethod
    def _return(org, professional) -> None:
        professional.absent -= 1
        if not professional.absent:
            org.room_freed(professional)
