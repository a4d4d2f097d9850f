"""AVG strikt: strict information sharing under the GDPR (seed 004).

Story: the Wmo consultant sees debts and wants to hand the household over to
Schuldhulpverlening, but the household did not consent and no law gives a basis to share (the
Autoriteit Persoonsgegevens on the ZRM, seed 004). The debt consultant must start from scratch:
a repeated intake, after a new appointment that adds days. A broad look at a household with a
single need counts as an intrusion (over-asking).
"""

from __future__ import annotations

from sim.access.no_wrong_door import NoWrongDoor


class AvgStrikt(NoWrongDoor):
    """No wrong door where each handover needs the household's consent (``avg.consent_probability``)."""

    name = "avg-strikt"
    route = "avg-strikt"

    def consents(self, case) -> bool:
        return self.model.draws.consent.uniform() < self.model.params["avg.consent_probability"]
