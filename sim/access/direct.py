"""Direct service: no intake, straight to help. Used by the degenerate M/M/c mode.

With one domain, one organisation of c professionals who each hold one case at a time,
Poisson requests and exponential help, the model is an M/M/c queue (see ``tests/test_theory``).
"""

from __future__ import annotations

from sim.access.base import AccessDesign


class DirectService(AccessDesign):
    name = "direct"
    route = "direct"

    def door(self, household, need):
        return self.model.organisation_for(need.domain)

    def intake(self, case) -> tuple[float, float]:
        return 0.0, 0.0

    def after_intake(self, case) -> None:
        case.start_help(case.presented, case.door)
