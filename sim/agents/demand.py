"""Where needs come from: onset of needs in the population, and Poisson arrivals in mode mmc.

Onset uses thinning. Candidate onsets arrive as one Poisson stream at the highest rate any
household could have (base rate x type multiplier x vulnerability x the debt spillover factor);
each candidate is accepted with the ratio of the household's current rate to that maximum. All
candidate numbers come from the demand stream in blocks, in an order that does not depend on
the model's state, so every design meets the same candidates (common random numbers).
"""

from __future__ import annotations

import numpy as np

from sim.agents.case import start_existing_help
from sim.domains import DAYS_PER_YEAR, DOMAINS, ZRM_NEED

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
        self.rate_per_day = totals.sum() * self.ceiling / DAYS_PER_YEAR
        self._domain_cdf = np.cumsum(totals) / totals.sum() if totals.sum() > 0 else None
        self._household_cdf = [np.cumsum(w) / w.sum() if w.sum() > 0 else None for w in weights]
        self._rng = model.streams.demand
        self._block: list[tuple] = []
        self._pending: tuple = ()

    def start(self) -> None:
        """Seed the initial needs, then schedule the first candidate onset."""
        self._seed_initial_needs()
        if self.rate_per_day > 0:
            self._schedule_next()

    def _seed_initial_needs(self) -> None:
        """Needs at time 0 at the shares the steady state has.

        The warm-up need not build them from nothing: unspoken (latent) needs, and existing
        clients already in help.
        """
        for d, domain in enumerate(DOMAINS):
            for key, existing in (("initial_share", False), ("initial_help_share", True)):
                for household, level, effort in self._initial_draws(d, self.model.params[f"needs.{domain}.{key}"]):
                    if domain not in household.needs:
                        need = household.add_need(domain, level, effort, ask=False)
                        if existing:
                            start_existing_help(self.model.access, need)

    def _initial_draws(self, d: int, share: float):
        """Households (drawn by onset weight) with the level and effort of an initial need."""
        households, cdf = self.model.population.households, self._household_cdf[d]
        draws, effort = self._rng.random((2, len(households))), self.effort(len(households))
        if cdf is None or share <= 0:
            return []
        chance = np.minimum(1.0, share * len(households) * np.diff(cdf, prepend=0.0))
        severe = self.severe[DOMAINS[d]]
        return [(households[h], ZRM_NEED - 1 if draws[1][h] < severe else ZRM_NEED, float(effort[h]))
                for h in np.flatnonzero(draws[0] < chance)]

    def _schedule_next(self) -> None:
        if not self._block:
            self._block = self._draw_block()
        self._pending = self._block.pop()
        self.model.later(self._pending[0], self._on_candidate)

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
        effort = self.effort(BLOCK)
        rows = zip(gaps.tolist(), domains.tolist(), households.tolist(), rest[0].tolist(),
                   rest[1].tolist(), effort.tolist())
        return list(rows)[::-1]

    def effort(self, size: int) -> np.ndarray:
        """Relative size of needs: gamma with mean 1 and shape ``help.duration_shape``."""
        shape = self.model.params["help.duration_shape"]
        return self._rng.gamma(shape, 1.0 / shape, size)

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
        """Schedule the first arrival."""
        if self.rate > 0:
            self.model.later(self._draws.exponential() / self.rate, self._on_arrival)

    def _on_arrival(self) -> None:
        household = self.model.population.add_household()
        need = household.add_need(DOMAINS[0], ZRM_NEED, self._draws.exponential())
        self.model.access.receive(household, need)
        self.model.later(self._draws.exponential() / self.rate, self._on_arrival)
