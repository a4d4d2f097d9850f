"""Where needs come from: onset of needs in the population, and Poisson arrivals in mode mmc.

Onset uses thinning. Candidate onsets arrive as one Poisson stream at the highest rate any
household could have (base rate x type multiplier x vulnerability x the debt spillover factor);
each candidate is accepted with the ratio of the household's current rate to that maximum. All
candidate numbers come from the demand stream in blocks, in an order that does not depend on
the model's state, so every design meets the same candidates (common random numbers).
"""

from __future__ import annotations

import numpy as np

from sim.domains import DOMAINS, ZRM_NEED

BLOCK = 4096


class Onset:
    """Generates need onsets in the population by thinning."""

    def __init__(self, model):
        self.model = model
        s = model.params
        self.ceiling = s["spillover.debt_onset_multiplier"]
        self.severe = {d: s[f"needs.{d}.severe_onset_share"] for d in DOMAINS}
        weights = [model.population.onset_weights(d) * s[f"needs.{d}.onset_per_year"] for d in DOMAINS]
        totals = np.array([w.sum() for w in weights])
        self.rate_per_day = totals.sum() * self.ceiling / 365.0
        self._domain_cdf = np.cumsum(totals) / totals.sum() if totals.sum() > 0 else None
        self._household_cdf = [np.cumsum(w) / w.sum() if w.sum() > 0 else None for w in weights]
        self._rng = model.streams.demand
        self._block: list[tuple] = []
        self._pending: tuple = ()

    def start(self) -> None:
        if self.rate_per_day > 0:
            self._schedule_next()

    def _schedule_next(self) -> None:
        if not self._block:
            self._block = self._draw_block()
        self._pending = self._block.pop()
        self.model.schedule_event(self._on_candidate, after=self._pending[0])

    def _draw_block(self) -> list[tuple]:
        """Candidate onsets: gap, domain, household, acceptance, severity and effort draws."""
        rng = self._rng
        gaps = rng.standard_exponential(BLOCK) / self.rate_per_day
        domains = np.searchsorted(self._domain_cdf, rng.random(BLOCK), side="right")
        picks = rng.random(BLOCK)
        households = np.zeros(BLOCK, dtype=np.int64)
        for d, cdf in enumerate(self._household_cdf):
            mask = domains == d
            if cdf is not None and mask.any():
                households[mask] = np.searchsorted(cdf, picks[mask], side="right")
        rest = rng.random((3, BLOCK))
        effort = rng.standard_exponential(BLOCK)
        rows = zip(gaps.tolist(), domains.tolist(), households.tolist(), rest[0].tolist(),
                   rest[1].tolist(), effort.tolist())
        return list(rows)[::-1]

    def _on_candidate(self) -> None:
        _, d, h, accept, severity, effort = self._pending
        household = self.model.population.households[h]
        domain = DOMAINS[d]
        if domain not in household.needs and accept * self.ceiling < self._multiplier(household, domain):
            level = ZRM_NEED - 1 if severity < self.severe[domain] else ZRM_NEED
            household.add_need(domain, level, effort)
        self._schedule_next()

    def _multiplier(self, household, domain: str) -> float:
        return self.ceiling if domain != "debt" and household.debt_unresolved else 1.0


class PoissonArrivals:
    """Mode mmc: each arrival is a new household with one need that asks for help at once."""

    def __init__(self, model):
        self.model = model
        s = model.params
        self.rate = s["mmc.arrival_rate_per_day"]
        self._draws = model.draws.demand

    def start(self) -> None:
        if self.rate > 0:
            self.model.schedule_event(self._on_arrival, after=self._draws.exponential() / self.rate)

    def _on_arrival(self) -> None:
        household = self.model.population.add_household()
        need = household.add_need(DOMAINS[0], ZRM_NEED, self._draws.exponential())
        self.model.access.receive(household, need)
        self.model.schedule_event(self._on_arrival, after=self._draws.exponential() / self.rate)
