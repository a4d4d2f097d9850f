"""A need: one life domain of one household in which its ZRM score is 3 or lower.

Story: a single mother's debts pile up (debt need at ZRM 3). Nobody knows; she does not ask for
help. Months later a reminder becomes a bailiff (ZRM 2), and the stress spills into her son's
behaviour at school. The need worsens while it is unmet, may resolve by itself, and is seen by
services only when she asks for help or when someone who looks broadly finds it.

The need owns its rules: how fast it worsens or remits (:meth:`Need.rates`), whether and when
the household asks for help with it, and what happens after help ends (:meth:`Need.after_help`:
latent again, or resolved and perhaps back later). Its status changes through its own methods
only: :meth:`~Need.make_known`, :meth:`~Need.pause`, :meth:`~Need.become_latent`.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from sim.domains import DAYS_PER_YEAR, ZRM_CRISIS, ZRM_NEED, ZRM_RESOLVED

if TYPE_CHECKING:
    from sim.agents.household import Household
    from sim.engine.calendar import ScheduledCall


class NeedStatus(Enum):
    """Who knows about a need."""

    LATENT = "latent"  # unseen by any service
    KNOWN = "known"  # asked for or found, waiting for intake or help
    HELPED = "helped"  # in a help episode: neither worsens nor remits


class Need:
    """State and pending events of one need.

    ``effort`` (a standard exponential that scales the help duration) is drawn at onset from the
    demand stream, so that every design meets the same need (common random numbers); ``episode``
    is the episode that currently handles it; ``params`` are its domain's parameters;
    ``unmet_since`` is when the need last went without help: its onset, or the end of help that
    did not resolve it (the days without help at the start of help count from here,
    ``benefit.wait_success_loss_per_year``).
    """

    __slots__ = (
        "__weakref__",
        "_seek",
        "_transition",
        "domain",
        "effort",
        "episode",
        "household",
        "level",
        "model",
        "onset",
        "params",
        "status",
        "unmet_since",
    )

    def __init__(self, household: Household, domain: str, level: int, effort: float):
        self.household = household
        self.model = household.model
        self.domain = domain
        self.params = self.model.domain[domain]
        self.level = level
        self.status = NeedStatus.LATENT
        self.onset = self.unmet_since = self.model.time
        self.effort = effort
        self.episode = None
        self._transition: ScheduledCall | None = None
        self._seek: ScheduledCall | None = None

    # --- status --------------------------------------------------------------------------------
    def make_known(self) -> None:
        """The household asked for help with this need, or a professional found it."""
        self.status = NeedStatus.KNOWN

    def pause(self) -> None:
        """Help starts: no more worsening, remission or asking."""
        self.status = NeedStatus.HELPED
        self._cancel("_transition")
        self._cancel("_seek")

    def become_latent(self) -> None:
        """Help ended without resolving the need: unseen again, it worsens, remits or is asked about."""
        self.status = NeedStatus.LATENT
        self.unmet_since = self.model.time
        self.schedule_transition()
        self.consider_asking()

    # --- worsening and remission -------------------------------------------------------------
    def rates(self) -> tuple[float, float]:
        """Yearly worsening and remission rates while the need is unmet.

        A crisis cannot worsen; unresolved debts make other needs worsen faster (seed 001). While
        a regisseur follows the household the worsening actually happens at
        :meth:`worsening_kept` of this rate (thinning in :meth:`_on_transition`, so a lead plan
        that starts or ends needs no rescheduling).
        """
        p = self.params
        worsen = 0.0 if self.level <= ZRM_CRISIS else p.worsening_per_year
        if self.domain != "debt" and self.household.debt_unresolved:
            worsen *= p.debt_worsening_multiplier
        return worsen, p.remission_per_year

    def schedule_transition(self) -> None:
        """Next worsening or remission, whichever comes first; none while help runs."""
        self._cancel("_transition")
        worsen, remit = self.rates()
        total = worsen + remit
        if total <= 0 or self.status is NeedStatus.HELPED:
            return
        wait_days = self.model.draws.escalation.exponential() / total * DAYS_PER_YEAR
        self._transition = self.model.later(wait_days, self._on_transition)

    def worsening_kept(self) -> float:
        """Share of the worsening rate that acts now: ``1 - benefit.regie_worsening_reduction`` under regie.

        While an effective plan with a named lead (regisseur) is open in the household
        (``Household.regie``), she notices a need going downhill and acts before it escalates.
        """
        return 1.0 - self.params.regie_worsening_reduction if self.household.regie else 1.0

    def _on_transition(self) -> None:
        """Worsen or remit; under regie a worsening is kept with :meth:`worsening_kept` (thinning).

        The draw that chose worsening, rescaled, is uniform on [0, 1) and decides whether it is
        kept: no extra draw, so without a regisseur (or with a reduction of 0) every run is the one
        without the mechanism. A thinned worsening leaves the need as it is and draws the next
        transition (memoryless).
        """
        self._transition = None
        worsen, remit = self.rates()
        draw = self.model.draws.escalation.uniform() * (worsen + remit)
        if draw >= worsen:
            self.household.remit(self)
        elif draw < worsen * self.worsening_kept():
            self.household.worsen(self)
        else:
            self.schedule_transition()

    def escalate(self) -> None:
        """The need reached crisis: a request still waiting for it moves to the front of its queue."""
        if self.episode is not None:
            self.episode.escalate()

    def withdraw_request(self) -> bool:
        """The need remitted: withdraw its request if it still waits in a queue (True if it did)."""
        return self.episode is not None and self.episode.withdraw()

    # --- asking for help ---------------------------------------------------------------------
    def consider_asking(self) -> None:
        """After onset or worsening, the household may decide to ask for help after a delay.

        A crisis forces contact at once. Otherwise the household asks with a chance that grows
        with severity, after an exponential delay; a zorgmijder (avoider) asks only in a crisis.
        A debt need may also give an arrears signal (outreach).
        """
        if self.status is not NeedStatus.LATENT or self._seek is not None:
            return
        if self.level == ZRM_CRISIS:
            self._seek = self.model.later(0.0, self._on_seek)
            return
        delay = self._asking_delay()
        self.model.outreach.consider(self)
        if delay is not None:
            self._seek = self.model.later(delay, self._on_seek)

    def _asking_delay(self) -> float | None:
        """Days until the household asks for help, or None if it does not ask (not a crisis)."""
        draws = self.model.draws.seeking
        draw, delay = draws.uniform(), draws.exponential()
        if self.household.avoider:
            return None
        p = self.params
        chance = p.present_probability * (1 + ZRM_NEED - self.level)
        return delay * p.seek_days if draw < chance else None

    def _on_seek(self) -> None:
        self._seek = None
        self.household.ask_for_help()

    # --- after help ----------------------------------------------------------------------------
    def after_help(self, resolved: bool) -> None:
        """A resolved need may come back later; an unresolved one is latent again."""
        if not resolved:
            self.become_latent()
            return
        self.household.resolve(self)
        self._maybe_recur()

    def _maybe_recur(self) -> None:
        """A resolved need comes back with the domain's recurrence chance, after an exponential delay."""
        p = self.params
        draws = self.model.draws.outcome
        draw, delay = draws.uniform(), draws.exponential()
        if draw < p.recurrence_probability:
            self.model.later(delay * p.recurrence_days, self.household.need_returns, self.domain)

    # --- housekeeping ------------------------------------------------------------------------
    def close(self) -> None:
        """The need is resolved: nothing more is pending for it."""
        self._cancel("_transition")
        self._cancel("_seek")
        self.level = ZRM_RESOLVED

    def _cancel(self, slot: str) -> None:
        event = getattr(self, slot)
        if event is not None:
            event.cancel()
            setattr(self, slot, None)
