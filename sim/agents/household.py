"""The household agent: ZRM scores per life domain, needs that come and go, and one request at a time.

Story: an elderly man needs a wheelchair (Wmo need at ZRM 3). He is also lonely and has
unopened letters from a debt collector. At the Wmo desk he asks for the wheelchair only: a
household presents its most pressing need at one door, and the rest stays unseen unless
somebody looks.
"""

from __future__ import annotations

from types import MappingProxyType

from mesa import Agent

from sim.agents.need import Need, NeedStatus
from sim.domains import CRISIS_COUNTS, CRISIS_NAMES, DOMAINS, TYPES_WITH_CHILDREN, ZRM_CRISIS, ZRM_NEED, ZRM_RESOLVED

ALL_RESOLVED = MappingProxyType(dict.fromkeys(DOMAINS, ZRM_RESOLVED))
"""ZRM scores of a household without needs, shared read-only by every such household's start."""
NO_CRISES = MappingProxyType(dict.fromkeys(CRISIS_COUNTS, 0))
"""Crisis counts of a household without crises, shared read-only until its first crisis."""
NO_NEED_DAYS = MappingProxyType(dict.fromkeys(DOMAINS, 0.0))
"""Need-days of a household without a resolved need while measuring, shared read-only until its first."""


class Household(Agent):
    """A household of the synthetic population.

    Most households never have a crisis, meet nobody and start measuring without needs: they
    share read-only ``zrm``, ``crises``, ``professionals_met``, ``zrm_start`` and ``need_days`` until
    their own differ (copy on write; 650 of 1,200 bytes a household for all but ``zrm``, and 65 MB more
    for Grote stad's 411,523 households once ``zrm`` was shared too).
    ``need_days`` are the days of needs resolved while measuring, per domain, counted from the
    need's onset or the start of measurement (:meth:`need_days_until` adds the open needs).

    Args:
        model: the municipality model.
        kind: household type (single, couple, couple_children, single_parent, elderly).
        size: number of persons.
        vulnerability: latent frailty (mean 1 over the population) that multiplies the onset of
            every need, so that problems cluster in the same households.
        avoider: a zorgmijder, who asks for help only in a crisis.
    """

    regie = 0
    """Open help episodes of the household under an effective plan with a named lead (regisseur);
    while it is above 0 its needs worsen more slowly (``benefit.regie_worsening_reduction``). A class
    default: only a household that ever had a regisseur holds a count of its own."""

    def __init__(self, model, kind: str, size: int, vulnerability: float, avoider: bool):
        super().__init__(model)
        self.kind = kind
        self.size = size
        self.vulnerability = vulnerability
        self.avoider = avoider
        self.has_children = kind in TYPES_WITH_CHILDREN
        self.zrm = ALL_RESOLVED
        self.needs: dict[str, Need] = {}
        self.crises = NO_CRISES
        self.professionals_met: set[int] | frozenset[int] = frozenset()
        self.episodes = 0
        self.zrm_start = ALL_RESOLVED
        self.need_days = NO_NEED_DAYS
        self.multiproblem_at_start = False

    @property
    def debt_unresolved(self) -> bool:
        """Debt is a root cause: while it lasts, other problems arise and worsen faster (seed 001).

        Debts in help are stabilised (creditors paused, income secured) and, with
        ``spillover.stabilised_in_help``, no longer spill over.
        """
        debt = self.needs.get("debt")
        return debt is not None and not (debt.status is NeedStatus.HELPED and self.model.access.stabilises_debt)

    def add_need(self, domain: str, level: int, effort: float, ask: bool = True) -> Need:
        """A new need arises (or a resolved one comes back).

        With ``ask=False`` the household does not consider asking for help until the need
        worsens (initial, unspoken needs).
        """
        need = Need(self, domain, level, effort)
        self.needs[domain] = need
        self._set_level(need, level)
        self.model.population.needs_changed(self, len(self.needs) - 1)
        need.schedule_transition()
        if ask:
            need.consider_asking()
        return need

    def worsen(self, need: Need) -> None:
        """An unmet need drops one ZRM point; at ZRM 1 it is a crisis that forces contact."""
        self._set_level(need, need.level - 1)
        if need.level == ZRM_CRISIS:
            self._record_crisis(need.domain)
            need.escalate()
        need.schedule_transition()
        need.consider_asking()

    def remit(self, need: Need) -> None:
        """The need resolves by itself; a request still waiting for it is withdrawn."""
        if need.status is NeedStatus.KNOWN and not need.withdraw_request():
            need.schedule_transition()
            return
        self.resolve(need)

    def need_returns(self, domain: str) -> None:
        """A resolved need comes back (recurrence), unless the household already has a new one there."""
        if domain not in self.needs:
            self.add_need(domain, ZRM_NEED, float(self.model.demand.effort(1)[0]))

    def resolve(self, need: Need) -> None:
        """The need is gone: its ZRM score is back to self-reliant (4), or 5 where help lifted it there."""
        level = max(need.level, ZRM_RESOLVED)
        self._count_need_days(need)
        need.close()
        del self.needs[need.domain]
        self._set_level(need, level)
        self.model.population.needs_changed(self, len(self.needs) + 1)

    def _count_need_days(self, need: Need) -> None:
        """Add the days ``need`` lasted inside the measured period to the household's need-days."""
        days = self.model.time - max(need.onset, self.model.measure_from)
        if days > 0:
            if self.need_days is NO_NEED_DAYS:
                self.need_days = dict(NO_NEED_DAYS)
            self.need_days[need.domain] += days

    def need_days_until(self, now: float) -> dict[str, float]:
        """Need-days per domain inside the measured period up to ``now``, open needs included (read-only)."""
        if not self.needs:
            return self.need_days
        days = dict(self.need_days)
        for domain, need in self.needs.items():
            days[domain] += max(now - max(need.onset, self.model.measure_from), 0.0)
        return days

    def ask_for_help(self) -> None:
        """Present the most pressing unseen need at the door the access design points to."""
        latent = [n for n in self.needs.values() if n.status is NeedStatus.LATENT]
        if latent:
            most_pressing = min(latent, key=lambda n: (n.level, DOMAINS.index(n.domain)))
            self.model.access.receive(self, most_pressing)

    def start_measuring(self, multiproblem: bool) -> None:
        """Forget the warm-up: counts start at zero, ZRM scores and the multi-problem state are the starting point."""
        changed = self.zrm is not ALL_RESOLVED and any(z != ZRM_RESOLVED for z in self.zrm.values())
        self.zrm_start = dict(self.zrm) if changed else ALL_RESOLVED
        self.multiproblem_at_start = multiproblem
        self.need_days = NO_NEED_DAYS
        self.crises = NO_CRISES
        self.professionals_met = frozenset()
        self.episodes = 0

    def meet(self, professional_id: int) -> None:
        """A professional worked with this household (the count of distinct professionals met)."""
        if self.professionals_met:
            self.professionals_met.add(professional_id)
        else:
            self.professionals_met = {professional_id}

    def _set_level(self, need: Need, level: int) -> None:
        need.level = level
        if self.zrm is ALL_RESOLVED:
            self.zrm = dict(ALL_RESOLVED)
        self.zrm[need.domain] = level

    def _record_crisis(self, domain: str) -> None:
        if self.crises is NO_CRISES:
            self.crises = dict(NO_CRISES)
        self.crises[CRISIS_NAMES[domain]] += 1
        if domain == "debt" and self.model.draws.outcome.uniform() < self.model.params["crisis.eviction_probability"]:
            self.crises["eviction"] += 1
