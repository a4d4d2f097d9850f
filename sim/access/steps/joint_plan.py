"""A joint plan (één gezin, één plan) and what happens without one: conflicting advice.

Story (seed 001): a debt counsellor tells a mother to cut every expense; at the same time the
youth worker advises paid sport for her son. Two helpers who work in one household without a
shared plan give advice that conflicts and do work twice, so each of their help episodes
succeeds less often. When the involved organisations agreed an effective plan (a case meeting
that was not pseudo-cooperation, or a lead who keeps the overview), the helpers are aligned.
"""

from __future__ import annotations

from sim.agents.need import NeedStatus


class Plan:
    """The plan of one case; ``effective`` is False when the meeting was pseudo-cooperation."""

    __slots__ = ("effective", "lead")

    def __init__(self, effective: bool = True, lead: bool = False):
        """A plan; ``lead`` is True when a regisseur keeps the overview."""
        self.effective = effective
        self.lead = lead

    def aligns(self, other) -> bool:
        """Helpers under ``other`` agree with helpers under this plan: the same, effective plan."""
        return self.effective and other is self


def conflict_factor(model, episode) -> float:
    """Success multiplier of ``episode``: lower while another helper works unaligned in the home."""
    for need in episode.household.needs.values():
        other = need.episode
        if other is None or other is episode or need.status is not NeedStatus.HELPED:
            continue
        if episode.plan is None or not episode.plan.aligns(other.plan):
            return model.params["plan.conflict_success_multiplier"]
    return 1.0
