"""AVG strikt: strict information sharing under the GDPR (the AVG, seed 004).

Story: the Wmo consultant sees debts and wants to hand the household over to
Schuldhulpverlening, but the household did not consent and no law gives a basis to share (the
Autoriteit Persoonsgegevens on the ZRM, seed 004). The debt consultant must start from scratch:
a repeated intake, after a new appointment that adds days. A broad look at a household with a
single need counts as an intrusion (over-asking).
"""

from __future__ import annotations

from typing import override

from sim.access.no_wrong_door import NoWrongDoor
from sim.access.registry import Design

DESIGN = Design(
    name="avg-strikt", cls="AvgStrikt", label="Strikte AVG bij gegevensdeling",
    description="Zoals bij no wrong door kijkt elk loket kort breed en draagt het over, maar een dossier mag "
                "alleen met toestemming van het huishouden mee. Zonder toestemming begint de volgende "
                "organisatie opnieuw met de intake, na een nieuwe afspraak die dagen kost.",
    params=("avg.", "look.", "handover."),
)


class AvgStrikt(NoWrongDoor):
    """No wrong door with one policy changed: each referral needs the household's consent.

    The household consents with ``avg.consent_probability``, drawn once per case.
    """

    route = "avg-strikt"

    @override
    def consents(self, case) -> bool:
        return self.model.draws.consent.uniform() < self.model.params["avg.consent_probability"]
