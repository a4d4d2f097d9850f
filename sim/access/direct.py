"""Direct service: no intake, straight to help. Used by the degenerate M/M/c mode.

With one domain, one organisation of c professionals who each hold one case at a time,
Poisson requests and exponential help, the model is an M/M/c queue (see ``tests/theory/test_queueing.py``).
"""

from __future__ import annotations

from typing import override

from sim.access.base import AccessDesign


class DirectService(AccessDesign):
    """The organisation of the need's domain is the door (as in the base); no intake, help at once."""

    route = "direct"
    one_door = True  # one domain, one organisation

    @override
    def intake(self, case) -> tuple[float, float]:
        return 0.0, 0.0

    @override
    def after_intake(self, case) -> None:
        case.start_help(case.presented, case.door)
