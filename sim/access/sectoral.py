"""The sectoral baseline (verkokerd): every domain has its own door, intake and help.

Story: a father with debts asks Schuldhulpverlening for help. The debt consultant looks at the
debts only; that his son skips school stays unseen, and the youth problem keeps worsening until
it reaches the Jeugdteam through another door, if it ever does.
"""

from __future__ import annotations

from sim.access.base import AccessDesign


class Sectoral(AccessDesign):
    """Door of the presented domain, intake of that domain only, help by the same organisation."""

    name = "sectoraal"
    route = "sectoral"

    def door(self, household, need):
        return self.help_org(household, need.domain)

    def intake(self, case) -> tuple[float, float]:
        return self.sectoral_intake(case)

    def after_intake(self, case) -> None:
        self.help_presented(case)
