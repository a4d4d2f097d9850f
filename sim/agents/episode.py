"""A help episode: one need of one household, from request to the end of help.

While it runs an :class:`Episode` is mutable; when it closes (or the horizon comes) it becomes
one flat, immutable :class:`EpisodeRecord`, a row of the episodes table.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from sim.domains import ZRM_CRISIS

OUTCOMES = ("resolved", "not_resolved", "withdrawn", "open")
ORIGINS = ("asked", "found", "outreach")
"""asked: the household asked for this need; found: somebody found it (broad intake, a look, a
colleague); outreach: a payment-arrears signal brought a professional to the door."""


class EpisodeRecord(NamedTuple):
    """One row of the episodes table; times are in days since the start of the run.

    A named tuple: immutable, a row for pandas as it is, and built in a microsecond (a frozen
    dataclass sets its 35 fields one by one: five times as long, 6,500 episodes a year)."""

    episode: int
    household: int
    household_type: str
    domain: str
    organisation: str
    route: str
    professionals: str
    n_professionals: int
    crisis: bool
    zrm_at_request: int
    request_time: float
    intake_start: float
    decision_time: float
    help_start: float
    end_time: float
    days_waited: float
    days_to_norm_event: float
    norm_days: float
    within_norm: float
    outcome: str
    intake_hours: float
    help_hours: float
    coordination_hours: float
    origin: str
    need_onset: float
    household_needs: int
    coordinated: bool
    plan_effective: bool
    idle_days: float
    handovers: int
    handover_days: float
    repeated_intakes: int
    intrusion: bool
    budget_eur: float
    effort: float

    @classmethod
    def columns(cls) -> list[str]:
        return list(cls._fields)


class Episode:
    """The running state of one episode (see :class:`EpisodeRecord` for the fields)."""

    def __init__(self, model, need, organisation: str, route: str, request_time: float):
        self.id = model.next_episode_id()
        self.model = model
        self.need = need
        self.household = need.household
        self.domain = need.domain
        self.organisation = organisation
        self.route = route
        self.request_time = request_time
        self.crisis = need.level == ZRM_CRISIS
        self.zrm_at_request = need.level
        self.intake_start = self.decision_time = self.help_start = self.end_time = math.nan
        self.outcome = "open"
        self.hours = {"intake": 0.0, "direct_help": 0.0, "coordination": 0.0}
        self.professionals: list[int] = []
        self.task = None
        self.origin = "asked"
        self.need_onset = need.onset
        self.household_needs = len(self.household.needs)
        self.plan = None
        self.idle_days = self.handover_days = self.budget_eur = 0.0
        self.handovers = self.repeated_intakes = 0
        self.intrusion = False
        need.episode = self
        self.household.episodes += 1
        model.open_episodes.add(self)

    def add_work(self, task) -> None:
        """Book a finished (or, at the horizon, running) task's client hours on this episode."""
        self.hours[task.category] += task.client_hours
        pid = task.professional.unique_id
        if pid not in self.professionals:
            self.professionals.append(pid)

    def close(self, outcome: str) -> None:
        self.outcome = outcome
        self.end_time = self.model.time
        self.task = None
        if self.need.episode is self:
            self.need.episode = None
        self.model.open_episodes.discard(self)
        self.model.records.append(self.record())

    def record(self) -> EpisodeRecord:
        norm_days, norm_time = self.model.norm_for(self)
        to_norm = norm_time - self.request_time
        return EpisodeRecord(
            self.id, self.household.unique_id, self.household.kind, self.domain, self.organisation,
            self.route, ";".join(map(str, self.professionals)), len(self.professionals), self.crisis,
            self.zrm_at_request, self.request_time, self.intake_start, self.decision_time,
            self.help_start, self.end_time, self.help_start - self.request_time, to_norm, norm_days,
            self._within_norm(norm_days, to_norm), self.outcome, self.hours["intake"],
            self.hours["direct_help"], self.hours["coordination"], self.origin, self.need_onset,
            self.household_needs, self.plan is not None, self.plan is not None and self.plan.effective,
            self.idle_days, self.handovers, self.handover_days, self.repeated_intakes, self.intrusion,
            self.budget_eur, self.need.effort)

    def _within_norm(self, norm_days: float, to_norm: float) -> float:
        """1.0 or 0.0, or NaN when there is no norm or the norm event is still ahead and in time."""
        if norm_days <= 0:
            return math.nan
        if not math.isnan(to_norm):
            return float(to_norm <= norm_days)
        elapsed = self.model.time - self.request_time
        return 0.0 if elapsed > norm_days else math.nan
