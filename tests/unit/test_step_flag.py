"""Unit: the multiprobleem vinkje (sim/access/steps/flag.py) flags with its sensitivity and specificity.

A household is truly multi-problem with needs in ``vinkje.target_domains`` domains; the flag
marks such a household with chance ``sensitivity`` and leaves another unmarked with chance
``specificity`` (from data; ``judgement_*`` when the professional judges).
"""

from __future__ import annotations

from types import SimpleNamespace

from sim.access.steps.flag import MultiproblemFlag
from stand_ins import small_model

DRAWS = 4000


def household(needs: int) -> SimpleNamespace:
    """All the flag looks at: how many needs the household has."""
    return SimpleNamespace(needs=dict.fromkeys(range(needs)))


def flag_with(values: dict) -> MultiproblemFlag:
    """A flag on a town where three domains make a household multi-problem."""
    return MultiproblemFlag(small_model("sectoraal", {"vinkje.target_domains": 3, **values}))


def share_flagged(flag: MultiproblemFlag, needs: int) -> float:
    """Share of draws in which a household with ``needs`` needs is flagged."""
    return sum(flag.flagged(household(needs)) for _ in range(DRAWS)) / DRAWS


def test_a_perfect_flag_marks_exactly_the_multiproblem_households():
    """Sensitivity and specificity 1: three needs always flagged, two never."""
    flag = flag_with({"vinkje.sensitivity": 1.0, "vinkje.specificity": 1.0})
    assert share_flagged(flag, 3) == 1.0 and share_flagged(flag, 2) == 0.0


def test_the_shares_flagged_follow_the_sensitivity_and_the_specificity():
    """Sensitivity 0.7: 70% of multi-problem households flagged; specificity 0.9: 10% of the others."""
    flag = flag_with({"vinkje.sensitivity": 0.7, "vinkje.specificity": 0.9})
    assert abs(share_flagged(flag, 4) - 0.7) < 0.03
    assert abs(share_flagged(flag, 1) - 0.1) < 0.02


def test_a_judged_flag_uses_the_judgement_accuracy():
    """With ``source = judgement`` the judgement accuracy counts, not the data accuracy."""
    flag = flag_with({"vinkje.source": "judgement", "vinkje.sensitivity": 1.0, "vinkje.specificity": 1.0,
                      "vinkje.judgement_sensitivity": 0.0, "vinkje.judgement_specificity": 0.0})
    assert share_flagged(flag, 3) == 0.0 and share_flagged(flag, 1) == 1.0
