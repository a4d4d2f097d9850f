"""The municipality model: wires households, organisations, professionals and an access design.

Time is continuous, in days, and runs on Mesa events (``model.schedule_event``, ``run_until``):
need onsets, requests, task starts and ends, worsening, remission, recurrence. ``model.later``
(sim/engine/calendar.py) schedules a call with arguments as a Mesa event. Nothing polls households day
by day; a weekly event only records aggregates. ``MunicipalityModel(scenario, seed).run()`` runs
warm-up plus measured years.
"""

from __future__ import annotations

import math

import mesa
import numpy as np

from sim.access import make_design
from sim.engine.calendar import Calendar
from sim.agents.case import Case
from sim.agents.task import TaskState
from sim.engine.gc_pause import collector_paused
from sim.agents.demand import Onset, PoissonArrivals
from sim.engine.domain_params import domain_params
from sim.domains import DOMAINS, HOUSEHOLD_TYPES, ZRM_CRISIS, ZRM_NEED
from sim.agents.organisation import Organisation
from sim.agents.outreach import Outreach
from sim.agents.population import Population
from sim.params.scenario import Scenario
from sim.engine.streams import STREAM_NAMES, BatchedDraws, Streams
from sim.engine.weekly_log import WeeklyLog

DAYS_PER_YEAR = 365.0
SEVERITY_DURATION = {3: 1.0, 2: 1.5, 1: 2.0}
"""Help takes longer for a more severe need (ZRM 3, 2, 1)."""


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
        self.draws = _Draws(self.streams)
        self.mmc = scenario["simulation.mode"] == "mmc"
        self.measure_from = scenario["simulation.warmup_years"] * DAYS_PER_YEAR
        self.horizon = self.measure_from + scenario["simulation.years"] * DAYS_PER_YEAR
        self.eviction_probability = scenario["crisis.eviction_probability"]
        self.domain = domain_params(scenario)
        self.debt_worsening_multiplier = scenario["spillover.debt_worsening_multiplier"]
        self.root_cause_success_multiplier = scenario["spillover.root_cause_success_multiplier"]
        self.records = []
        self.open_episodes = set()
        self._episode_ids = 0
        self.calendar = Calendar(self)
        self.population = Population(self)
        if not self.mmc:  # households first, so their ids do not depend on the design's staffing
            self.population.create(self.household_count(), self.streams.population)
        self.access = make_design(self)
        self.organisations = self.access.build_organisations()
        self.outreach = Outreach(self)
        self.demand = PoissonArrivals(self) if self.mmc else Onset(self)
        self.weekly = WeeklyLog(self)

    # --- construction --------------------------------------------------------------------------
    def household_count(self) -> int:
        s = self.params
        mean_size = sum(s[f"population.share_{t}"] * s[f"population.size_{t}"] for t in HOUSEHOLD_TYPES)
        return int(round(s["population.inhabitants"] / mean_size))

    def build_organisations(self) -> dict[str, Organisation]:
        """One organisation per domain (the access design may build others instead)."""
        if self.mmc:
            org = Organisation(self, "Loket", frozenset({DOMAINS[0]}))
            org.hire(self.params["mmc.servers"], 1.0, DOMAINS[0], org.domains, 0.0)
            return {DOMAINS[0]: org}
        return {d: self._sectoral_organisation(d) for d in DOMAINS}

    def _sectoral_organisation(self, domain: str) -> Organisation:
        s = self.params
        org = Organisation(self, s[f"organisations.{domain}.name"], frozenset({domain}))
        org.hire(self.staff(domain), s[f"organisations.{domain}.weekly_hours"], domain, org.domains,
                 s["work.admin_ratio"])
        return org

    def staff(self, domain: str) -> int:
        """Professionals of a domain, scaled from 100,000 inhabitants to this municipality."""
        per_100k = self.params[f"organisations.{domain}.professionals"]
        return max(int(round(per_100k * self.params["population.inhabitants"] / 100_000)), int(per_100k > 0))

    def organisation_for(self, domain: str) -> Organisation:
        return self.organisations[domain]

    # --- running -------------------------------------------------------------------------------
    def run(self, progress=None) -> MunicipalityModel:
        """Run warm-up and measured years; ``progress(fraction)`` is called about weekly."""
        with collector_paused():
            self.demand.start()
            self.schedule_event(self._start_measuring, at=self.measure_from)
            self.weekly.start(progress)
            self.run_until(self.horizon)
            self._close_open_episodes()
        return self

    def _start_measuring(self) -> None:
        self.population.start_measuring()
        for professional in self.professionals():
            professional.start_measuring()
        for org in self.organisations.values():
            org.queue.reset()
        self.weekly.start_measuring()

    def _close_open_episodes(self) -> None:
        for episode in sorted(self.open_episodes, key=lambda e: e.id):
            task = episode.task
            if task is not None and task.professional is not None and task.state is TaskState.RUNNING:
                episode.add_work(_Partial(task, self.time))
            self.records.append(episode.record())

    def professionals(self):
        return [p for org in self.organisations.values() for p in org.professionals]

    # --- rules used by agents ------------------------------------------------------------------
    def next_episode_id(self) -> int:
        self._episode_ids += 1
        return self._episode_ids

    def need_rates(self, need) -> tuple[float, float]:
        """Yearly worsening and remission rates of an unmet need."""
        if self.mmc:
            return 0.0, 0.0
        d = need.domain
        p = self.domain[d]
        worsen = 0.0 if need.level <= ZRM_CRISIS else p.worsening_per_year
        if d != "debt" and need.household.debt_unresolved:
            worsen *= self.debt_worsening_multiplier
        return worsen, p.remission_per_year

    def asking_delay(self, need) -> float | None:
        """Days until the household asks for help with ``need``, or None if it does not ask."""
        draw, delay = self.draws.seeking.uniform(), self.draws.seeking.exponential()
        self.outreach.consider(need)
        if self.mmc or (need.household.avoider and need.level > ZRM_CRISIS):
            return None
        p = self.domain[need.domain]
        chance = p.present_probability * (1 + ZRM_NEED - need.level)
        return delay * p.seek_days if draw < chance else None

    def help_hours(self, domain: str) -> float:
        return 1.0 if self.mmc else self.domain[domain].help_hours_per_week

    def help_duration(self, need) -> float:
        if self.mmc:
            return self.params["mmc.service_mean_days"] * need.effort
        mean = self.domain[need.domain].help_duration_days
        return mean * SEVERITY_DURATION[need.level] * need.effort

    def help_succeeds(self, episode) -> bool:
        d = episode.domain
        chance = self.domain[d].help_success_probability
        if d != "debt" and episode.household.debt_unresolved:
            chance *= self.root_cause_success_multiplier
        chance *= self.access.success_factor(episode)
        return self.draws.outcome.uniform() < chance

    def after_help(self, need, resolved: bool) -> None:
        """A resolved need may come back later; an unresolved one is latent again."""
        household = need.household
        if not resolved:
            need.status = need.status.LATENT
            need.schedule_transition()
            need.consider_asking()
            return
        household.resolve(need)
        self._maybe_recur(household, need.domain)

    def _maybe_recur(self, household, domain: str) -> None:
        p = self.domain[domain]
        draw, delay = self.draws.outcome.uniform(), self.draws.outcome.exponential()
        if not self.mmc and draw < p.recurrence_probability:
            days = delay * p.recurrence_days
            self.later(days, self._recur, household, domain)

    def _recur(self, household, domain: str) -> None:
        if domain not in household.needs:
            household.add_need(domain, ZRM_NEED, float(self.demand.effort(1)[0]))

    def start_existing_help(self, need) -> None:
        """A client who was already in help before the run (and before the design) started."""
        org = self.access.help_org(need.household, need.domain)
        case = Case(self.access, need.household, need, org, "existing")
        case.presented.intake_start = case.presented.decision_time = self.time
        case.start_help(case.presented, org)

    def on_crisis(self, need) -> None:
        """A waiting request whose need reaches crisis moves to the front of its queue."""
        episode = need.episode
        if episode is not None and episode.task is not None:
            episode.task.organisation.escalate(episode.task)
            episode.crisis = True

    def withdraw(self, need) -> bool:
        """The need remitted while its request waited in a queue: withdraw it."""
        episode = need.episode
        if episode is None or episode.task is None or not episode.task.organisation.withdraw(episode.task):
            return False
        episode.close("withdrawn")
        return True

    def norm_for(self, episode) -> tuple[float, float]:
        """The norm in days and the time of the event it measures (NaN while it lies ahead)."""
        if self.mmc:
            return 0.0, math.nan
        p = self.domain[episode.domain]
        measure, days = p.norm_measure, p.norm_days
        if episode.crisis and episode.domain == "debt":
            days = min(days, self.params["norms.debt.crisis_days"])
        if measure == "decision":
            time = episode.decision_time
        elif measure == "first_contact":
            time = episode.intake_start + (0.0 if episode.crisis else p.first_contact_days)
        else:
            time = math.nan
        return (days if measure != "none" else 0.0), time

    def later(self, days: float, function, *args):
        """Call ``function(*args)`` after ``days``; returns the scheduled call, which can be cancelled."""
        return self.calendar.after(days, function, *args)


class _Partial:
    """The part of a running task done by the horizon, for the episode's hour count."""

    def __init__(self, task, now: float):
        self.category = task.category
        self.professional = task.professional
        self.client_hours = task.hours_per_week * (now - task.started_at) / 7.0


class _Draws:
    """Batched uniform and exponential draws per named stream, e.g. ``draws.seeking.uniform()``."""

    def __init__(self, streams: Streams):
        for name in STREAM_NAMES:
            setattr(self, name, BatchedDraws(getattr(streams, name)))
