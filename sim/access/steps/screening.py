"""Integraal kijken: looking across all life domains at the door, and what it finds.

Story (seeds 000, 004): at the kitchen table the Wmo consultant also asks about money, the
children and loneliness. Each need the household has not asked about is found with some chance
(broad intake: high; a short look at a door: lower). For a man who only needs a wheelchair the
same questions feel like meddling: a broad look at a household with a single need counts as an
intrusion (seed 004: bemoeizucht, overvragen).
"""

from __future__ import annotations

from sim.agents.need import NeedStatus
from sim.domains import DOMAINS


def look_broadly(case, probability: float, asks: bool = True) -> list:
    """Latent needs of the case's household that a broad look finds, in domain order.

    ``asks`` is False when a professional only notices what she sees (a home visit) without
    asking about other domains: that is no intrusion.
    """
    household, presented = case.household, case.presented.need
    others = sorted((n for n in household.needs.values() if n is not presented and n.status is NeedStatus.LATENT),
                    key=lambda n: DOMAINS.index(n.domain))
    draws = [case.model.draws.screening.uniform() for _ in others]
    case.presented.intrusion = asks and len(household.needs) == 1
    return [need for need, draw in zip(others, draws) if draw < probability]
