"""The municipality model: wires households, organisations, professionals and an access design.

Time is continuous, in days, and runs on Mesa's clock (``model.time``, ``run_until``): need
onsets, requests, task starts and ends, worsening, remission, recurrence. ``model.later``
schedules a call with arguments on the model's calendar (sim/engine/calendar.py), which runs its
calls in time order under Mesa events (``model.schedule_event``). Nothing polls households day
by day; a weekly event only records aggregates. ``MunicipalityModel(scenario, seed).run()`` runs
warm-up plus measured years.

The model only wires, starts and runs. The rules live with their owners: a need's worsening,
remission, asking and recurrence in sim/agents/need.py, help duration and success in
sim/agents/episode.py, norms in sim/engine/domain_params.py; the two simulation modes (the full
municipality and the degenerate M/M/c queue) are wiring chosen once, in sim/agents/modes.py.
"""

from __future__ import annotations

import mesa
import numpy as np

from sim.access import make_design
from sim.agents.episode_log import EpisodeLog
from sim.agents.modes import MODES
from sim.agents.organisation import Organisation
from sim.agents.outreach import Outreach
from sim.agents.population import Population
from sim.domains import DAYS_PER_YEAR
from sim.engine.calendar import Calendar
from sim.engine.gc_pause import collector_paused
from sim.engine.streams import Draws, Streams
from sim.engine.weekly_log import WeeklyLog
from sim.params.scenario import Scenario


class MunicipalityModel(mesa.Model):
    """One municipality under one access design.

    Args:
        scenario: a validated :class:`~sim.params.scenario.Scenario`, kept as ``model.params`` (Mesa
            itself uses ``model.scenario``).
        seed: an int or a ``numpy.random.SeedSequence``; every random stream is spawned from it.
    """

    def __init__(self, scenario: Scenario, seed: int | np.random.SeedSequence = 0):
        self.streams = Streams(seed)
        super().__init__(rng=self.streams.mesa)
        self.params = scenario
        self.draws = Draws(self.streams)
        self.mode = MODES[scenario["simulation.mode"]]
        self.measure_from = scenario["simulation.warmup_years"] * DAYS_PER_YEAR
        self.horizon = self.measure_from + scenario["simulation.years"] * DAYS_PER_YEAR
        self.domain = self.mode.domain_params(scenario)
        self.episodes = EpisodeLog()
        self.calendar = Calendar(self)
        self.population = Population(self)
        self.mode.populate(self)  # households first, so their ids do not depend on the design's staffing
        self.access = make_design(self)
        self.organisations = self.access.build_organisations()
        self.outreach = Outreach(self)
        self.demand = self.mode.demand(self)
        self.absence = self.mode.absence(self)
        self.weekly = WeeklyLog(self)

    def build_organisations(self) -> dict[str, Organisation]:
        """The mode's organisations: one per domain, or the M/M/c desk (a design may build others)."""
        return self.mode.organisations(self)

    def organisation_for(self, domain: str) -> Organisation:
        """The organisation that serves ``domain`` (in the designs that key organisations by domain)."""
        return self.organisations[domain]

    def professionals(self):
        """Every professional of every organisation."""
        return [p for org in self.organisations.values() for p in org.professionals]

    # --- running -------------------------------------------------------------------------------
    def start(self, progress=None) -> None:
        """Put the first events on the calendar: demand, leave, the end of the warm-up, the weekly log.

        ``progress(fraction)`` is called about weekly. :meth:`run` starts the model; the live page
        (sim/app.py) starts it and then advances it week by week.
        """
        self.demand.start()
        if self.absence is not None:
            self.absence.start()
        self.calendar.at(self.measure_from, self._start_measuring)
        self.weekly.start(progress)

    def run(self, progress=None) -> MunicipalityModel:
        """Run warm-up and measured years; ``progress(fraction)`` is called about weekly."""
        with collector_paused():
            self.start(progress)
            self.run_until(self.horizon)
            self.episodes.close_at_horizon(self.time)
        return self

    def run_until(self, end_time: float) -> None:
        """Mesa's ``run_until``; the calendar runs no call after ``end_time`` meanwhile."""
        with self.calendar.until(end_time):
            super().run_until(end_time)

    def run_for(self, duration: float) -> None:
        """Mesa's ``run_for``; the calendar runs no call after its end meanwhile."""
        with self.calendar.until(self.time + duration):
            super().run_for(duration)

    def _start_measuring(self) -> None:
        self.population.start_measuring()
        for professional in self.professionals():
            professional.start_measuring()
        for org in self.organisations.values():
            org.queue.reset()
        self.weekly.start_measuring()

    def later(self, days: float, function, *args):
        """Call ``function(*args)`` after ``days``; returns the scheduled call, which can be cancelled."""
        return self.calendar.after(days, function, *args)
