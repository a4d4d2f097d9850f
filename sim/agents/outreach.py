"""Proactive outreach on payment-arrears signals (reactief versus proactief, seed 004).

Story: the energy supplier reports that a family has not paid for three months (Drechtsteden
has such agreements with suppliers and housing corporations). A debt worker rings the doorbell
before the family asks for help, perhaps before it ever would (a zorgmijder). Each debt need
produces such a signal with a set probability, some weeks after it arises.
"""

from __future__ import annotations

import weakref

from sim.agents.episode import Origin
from sim.agents.need import NeedStatus


class Outreach:
    """Turns debt needs into outreach visits; off when ``outreach.signal_probability`` is 0."""

    def __init__(self, model):
        self.model = model
        self.probability = model.params["outreach.signal_probability"]
        self.mean_days = model.params["outreach.signal_days"]
        self._seen = weakref.WeakSet()

    def consider(self, need) -> None:
        """A latent debt need arose or worsened: it may lead to an arrears signal (once per need)."""
        if self.probability <= 0 or need.domain != "debt" or need in self._seen:
            return
        self._seen.add(need)
        draws = self.model.draws.signals
        if draws.uniform() < self.probability:
            self.model.later(draws.exponential() * self.mean_days, self._visit, need)

    def _visit(self, need) -> None:
        household = need.household
        if household.needs.get("debt") is need and need.status is NeedStatus.LATENT:
            self.model.access.receive(household, need, origin=Origin.OUTREACH)
