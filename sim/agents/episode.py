"""A help episode: one need of one household, from request to the end of help.

While it runs an :class:`Episode` is mutable; when it closes (or the horizon comes) it becomes
one flat, immutable :class:`EpisodeRecord`, a row of the episodes table.

The episode owns the rules of help: how many hours a week it books and for how long
(:meth:`Episode.help_duration`: longer for a need more severe when help starts), and whether it
resolves the need (:meth:`Episode.help_succeeds`: more often when help starts at a less severe
level and after fewer days without help, :meth:`Episode.early_help_factor`). While it works under
an effective plan with a named lead it counts in ``Household.regie`` (the regisseur follows the
household, so its needs worsen more slowly). Its norm comes from the domain's parameters
(:meth:`~sim.engine.domain_params.DomainParams.norm`). It records the domain's ZRM at the request
and when it ends (:meth:`Episode.zrm_after`); the log adds the ZRM 12 months after the request.
"""

from __future__ import annotations

import math
from enum import StrEnum

from sim.agents.episode_record import EpisodeRecord
from sim.agents.task import TaskState
from sim.domains import (
    DAYS_PER_WEEK,
    DAYS_PER_YEAR,
    WORK_CATEGORIES,
    ZRM_CRISIS,
    ZRM_RESOLVED,
    ZRM_THRIVING,
    HourCategory,
)

SEVERITY_DURATION = {3: 1.0, 2: 1.5, 1: 2.0}  # help takes longer for a more severe need (ZRM when help starts)


class Outcome(StrEnum):
    """How an episode ended (``open``: still running at the horizon)."""

    RESOLVED = "resolved"
    NOT_RESOLVED = "not_resolved"
    WITHDRAWN = "withdrawn"
    OPEN = "open"


class Origin(StrEnum):
    """How a need came to a service.

    asked: the household asked for this need; found: somebody found it (broad intake, a look, a
    colleague); outreach: a payment-arrears signal brought a professional to the door.
    """

    ASKED = "asked"
    FOUND = "found"
    OUTREACH = "outreach"


class Episode:
    """The running state of one episode (see :class:`EpisodeRecord` for the fields)."""

    def __init__(self, model, need, organisation: str, route: str, request_time: float):
        self.id = model.episodes.opened(self)
        self.model = model
        self.need = need
        self.household = need.household
        self.domain = need.domain
        self.params = need.params
        self.organisation = organisation
        self.route = route
        self.request_time = request_time
        self.crisis = need.level == ZRM_CRISIS
        self.zrm_at_request = self.zrm_at_end = need.level
        self.intake_start = self.first_contact = self.decision_time = self.help_start = self.end_time = math.nan
        self.outcome = Outcome.OPEN
        self.hours = dict.fromkeys(WORK_CATEGORIES, 0.0)
        self.professionals: list[int] = []
        self.task = None
        self.origin = Origin.ASKED
        self.need_onset = need.onset
        self.household_needs = len(self.household.needs)
        self._plan = None
        self._regie = False
        self.zrm_at_help: int | None = None
        self.unmet_days_at_help = 0.0
        self.idle_days = self.handover_days = self.budget_eur = 0.0
        self.handovers = self.repeated_intakes = 0
        self.intrusion = self.wrong_door = False
        need.episode = self
        self.household.episodes += 1
        model.episodes.follow_up(self)

    def add_work(self, task) -> None:
        """Book a finished task's client hours on this episode."""
        self._book(task.category, task.client_hours, task.professional)

    def _book(self, category: str, client_hours: float, professional) -> None:
        self.hours[category] += client_hours
        pid = professional.unique_id
        if pid not in self.professionals:
            self.professionals.append(pid)

    # --- the plan ------------------------------------------------------------------------------
    @property
    def plan(self):
        """The joint plan the episode works under (None: no plan, sectoral help)."""
        return self._plan

    @plan.setter
    def plan(self, plan) -> None:
        """Work under ``plan``; an open episode under an effective plan with a lead counts in ``Household.regie``."""
        self._plan = plan
        regie = plan is not None and plan.lead and plan.effective and self.outcome is Outcome.OPEN
        if regie != self._regie:
            self._regie = regie
            self.household.regie += 1 if regie else -1

    # --- help ----------------------------------------------------------------------------------
    @property
    def help_hours(self) -> float:
        """Client hours a week that help books."""
        return self.params.help_hours_per_week

    def begin_help(self) -> None:
        """Help starts now: note the need's ZRM and its days without help; it neither worsens nor remits meanwhile."""
        need = self.need
        self.help_start = self.model.time
        self.zrm_at_help = need.level
        self.unmet_days_at_help = self.model.time - need.unmet_since
        need.pause()

    def help_duration(self) -> float:
        """Days of help: the domain's mean, longer for a need more severe at help start, times its effort."""
        need = self.need
        level = need.level if self.zrm_at_help is None else self.zrm_at_help
        return self.params.help_duration_days * SEVERITY_DURATION[level] * need.effort

    def early_help_factor(self) -> float:
        """Multiplier of the help success chance: early help (less severe, sooner) works better.

        ``(1 + benefit.severity_success_gain x (ZRM at help start - benefit.<d>.reference_zrm))``
        (at least 0) times ``exp(-benefit.wait_success_loss_per_year x (days without help -
        benefit.<d>.reference_wait_days) / 365)``: 1 at the baseline's mean ZRM and days, exactly 1
        with both parameters 0. Days without help count from ``Need.unmet_since``; before help
        started, the need's ZRM and days until now.
        """
        p = self.params
        if self.zrm_at_help is None:
            level, days = self.need.level, self.model.time - self.need.unmet_since
        else:
            level, days = self.zrm_at_help, self.unmet_days_at_help
        severity = max(1.0 + p.severity_success_gain * (level - p.reference_zrm), 0.0)
        return severity * math.exp(-p.wait_success_loss_per_year * (days - p.reference_wait_days) / DAYS_PER_YEAR)

    def help_succeeds(self, design_factor: float) -> bool:
        """Draw whether help resolved the need.

        The chance is the domain's, lower while the household's debts (a root cause) are
        unresolved, times ``design_factor`` (the access design's, e.g. conflicting advice without
        a shared plan), times :meth:`early_help_factor`; at most 1.
        """
        p = self.params
        chance = p.help_success_probability
        if self.domain != "debt" and self.household.debt_unresolved:
            chance *= p.root_cause_success_multiplier
        chance *= design_factor * self.early_help_factor()
        return self.model.draws.outcome.uniform() < min(chance, 1.0)

    def end_help(self, task, resolved: bool) -> None:
        """Help (``task``) finished: book its hours, close the episode, and let the need go on."""
        self.add_work(task)
        self.close(Outcome.RESOLVED if resolved else Outcome.NOT_RESOLVED)
        self.need.after_help(resolved)
        self.model.population.help_ended(self.household)

    # --- while waiting ---------------------------------------------------------------------------
    def escalate(self) -> None:
        """The need reached crisis while the request waits: it goes to the front of the queue."""
        task = self.task
        if task is not None:
            task.organisation.escalate(task)
            self.crisis = True

    def withdraw(self) -> bool:
        """The need remitted while its request waited: take it out of the queue (False if it runs)."""
        task = self.task
        if task is None or not task.organisation.withdraw(task):
            return False
        self.close(Outcome.WITHDRAWN)
        return True

    # --- closing -------------------------------------------------------------------------------
    def close(self, outcome: Outcome) -> None:
        """The episode ended: it becomes a row of the episodes table."""
        self.outcome = outcome
        self.end_time = self.model.time
        self.zrm_at_end = self.zrm_after(outcome)
        self.task = None
        if self._regie:
            self._regie = False
            self.household.regie -= 1
        if self.need.episode is self:
            self.need.episode = None
        self.model.episodes.closed(self, self.record())

    def close_at_horizon(self, now: float) -> EpisodeRecord:
        """The run ends while the episode is open: book the part of its running task done so far."""
        task = self.task
        if task is not None and task.professional is not None and task.state is TaskState.RUNNING:
            self._book(task.category, task.hours_per_week * (now - task.started_at) / DAYS_PER_WEEK,
                       task.professional)
        self.zrm_at_end = self.need.level
        return self.record()

    def zrm_after(self, outcome: Outcome) -> int:
        """The domain's ZRM as the episode ends with ``outcome``.

        Help that resolves the need lifts it to 4 (sufficiently self-reliant) or, with the chance
        ``outcome.thriving_share``, to 5 (fully self-reliant), where the household keeps it
        (:meth:`~sim.agents.household.Household.resolve`). A withdrawn request's need remitted by
        itself (4); help that did not resolve the need leaves it at its level.
        """
        need = self.need
        if outcome is Outcome.RESOLVED:
            thriving = self.model.draws.thriving.uniform() < self.model.params["outcome.thriving_share"]
            need.level = ZRM_THRIVING if thriving else ZRM_RESOLVED
        return ZRM_RESOLVED if outcome is Outcome.WITHDRAWN else need.level

    def record(self) -> EpisodeRecord:
        """The episode as one immutable row."""
        norm_days, norm_time = self.params.norm(self.crisis, self.first_contact, self.decision_time)
        to_norm = norm_time - self.request_time
        return EpisodeRecord(
            self.id, self.household.unique_id, self.household.kind, self.domain, self.organisation,
            self.route, ";".join(map(str, self.professionals)), len(self.professionals), self.crisis,
            self.zrm_at_request, self.request_time, self.intake_start, self.first_contact, self.decision_time,
            self.help_start, self.end_time, self.help_start - self.request_time, to_norm, norm_days,
            self._within_norm(norm_days, to_norm), self.outcome, self.hours[HourCategory.INTAKE],
            self.hours[HourCategory.DIRECT_HELP], self.hours[HourCategory.COORDINATION], self.origin, self.need_onset,
            self.household_needs, self.plan is not None, self.plan is not None and self.plan.effective,
            self.idle_days, self.handovers, self.handover_days, self.repeated_intakes, self.intrusion,
            self.wrong_door, self.budget_eur, self.need.effort, self.zrm_at_end)

    def _within_norm(self, norm_days: float, to_norm: float) -> float:
        """1.0 or 0.0, or NaN when there is no norm or the norm event is still ahead and in time."""
        if norm_days <= 0:
            return math.nan
        if not math.isnan(to_norm):
            return float(to_norm <= norm_days)
        elapsed = self.model.time - self.request_time
        return 0.0 if elapsed > norm_days else math.nan
