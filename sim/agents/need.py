"""A need: one life domain of one household in which its ZRM score is 3 or lower.

Story: a single mother's debts pile up (debt need at ZRM 3). Nobody knows; she does not ask for
help. Months later a reminder becomes a bailiff (ZRM 2), and the stress spills into her son's
behaviour at school. The need worsens while it is unmet, may resolve by itself, and is seen by
services only when she asks for help or when someone who looks broadly finds it.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from sim.domains import ZRM_CRISIS, ZRM_RESOLVED

if TYPE_CHECKING:
    from sim.engine.calendar import ScheduledCall
    from sim.agents.household import Household


class NeedStatus(Enum):
    LATENT = "latent"  # unseen by any service
    KNOWN = "known"  # asked for or found, waiting for intake or help
    HELPED = "helped"  # in a help episode: neither worsens nor remits


class Need:
    """State and pending events of one need. ``effort`` (a standard exponential that scales the
    help duration) is drawn at onset from the demand stream, so that every design meets the same
    need (common random numbers); ``episode`` is the episode that currently handles it."""

    __slots__ = ("household", "model", "domain", "level", "status", "onset", "effort", "episode",
                 "_transition", "_seek", "__weakref__")

    def __init__(self, household: Household, domain: str, level: int, effort: float):
        self.household = household
        self.model = household.model
        self.domain = domain
        self.level = level
        self.status = NeedStatus.LATENT
        self.onset = self.model.time
        self.effort = effort
        self.episode = None
        self._transition: ScheduledCall | None = None
        self._seek: ScheduledCall | None = None

    # --- worsening and remission -------------------------------------------------------------
    def schedule_transition(self) -> None:
        """Next worsening or remission, whichever comes first; none while help runs."""
        self._cancel("_transition")
        worsen, remit = self.model.need_rates(self)
        total = worsen + remit
        if total <= 0 or self.status is NeedStatus.HELPED:
            return
        wait_days = self.model.draws.escalation.exponential() / total * 365.0
        self._transition = self.model.later(wait_days, self._on_transition)

    def _on_transition(self) -> None:
        self._transition = None
        worsen, remit = self.model.need_rates(self)
        if self.model.draws.escalation.uniform() * (worsen + remit) < worsen:
            self.household.worsen(self)
        else:
            self.household.remit(self)

    # --- asking for help ---------------------------------------------------------------------
    def consider_asking(self) -> None:
        """After onset or worsening, the household may decide to ask for help after a delay."""
        if self.status is not NeedStatus.LATENT or self._seek is not None:
            return
        if self.level == ZRM_CRISIS:
            self._seek = self.model.later(0.0, self._on_seek)
            return
        delay = self.model.asking_delay(self)
        if delay is not None:
            self._seek = self.model.later(delay, self._on_seek)

    def _on_seek(self) -> None:
        self._seek = None
        self.household.ask_for_help()

    # --- housekeeping ------------------------------------------------------------------------
    def pause(self) -> None:
        """Help starts: no more worsening, remission or asking."""
        self.status = NeedStatus.HELPED
        self._cancel("_transition")
        self._cancel("_seek")

    def close(self) -> None:
        self._cancel("_transition")
        self._cancel("_seek")
        self.level = ZRM_RESOLVED

    def _cancel(self, slot: str) -> None:
        event = getattr(self, slot)
        if event is not None:
            event.cancel()
            setattr(self, slot, None)
