"""The observed figures a calibration fits to, each with its tolerance.

Story: Voorbeeldstad observed 2,900 Wmo households and a mean Wmo wait of 62 days. A simulated
town with 3,050 Wmo households (5% more) fits a count tolerance of 10%; one with 180 households
using both the Wmo and the Jeugdwet, against 150 observed, fits the looser 30% of a combination
(a few hundred households: their count scatters from year to year far more than a law's). A
count or a wait fits when it is within a factor ``1 + tolerance`` of the observed figure; a share
within the norm when it is within ``tolerance`` of it (0.05: 0.70 observed fits 0.65 to 0.75).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from sim.params.errors import InputError

NOT_FITTED = ("households.total", "clients.period", "waits.measure")
"""Observed figures no calibration fits to: the model's households follow its inhabitants, and the
other two say how the figures were counted."""
TOLERANCES = {"clients.wmo": 0.10, "clients.youth": 0.10, "clients.work_income": 0.10,
              "clients.wmo_youth": 0.30, "clients.wmo_work_income": 0.30, "clients.youth_work_income": 0.30,
              "clients.all_three": 0.50, "clients.debt_requests": 0.15,
              "waits.wmo_days": 0.20, "waits.youth_days": 0.20, "waits.debt_days": 0.20,
              "waits.wmo_within_norm": 0.05, "waits.youth_within_norm": 0.05, "waits.debt_within_norm": 0.05}
"""Default tolerance per figure: relative for counts and waits, absolute for shares within the norm."""


COUNTS = tuple(key for key in TOLERANCES if key.startswith("clients."))
"""Figures that grow with the town: households per law and combination, and debt-help requests a year."""


def scaled_counts(observed: Mapping[str, object], factor: float) -> dict[str, object]:
    """``observed`` with its counts times ``factor`` (a town calibrated at another size; waits and shares stay)."""
    return {k: float(v) * factor if k in COUNTS else v for k, v in observed.items()}


@dataclass(frozen=True)
class Target:
    """One observed figure, its tolerance, and the scale on which distances to it are measured."""

    key: str
    observed: float
    tolerance: float

    @property
    def is_share(self) -> bool:
        """A share within the norm: compared on its own scale (a count or a wait: on a log scale)."""
        return self.key.endswith("_within_norm")

    def transform(self, value):
        """``value`` on the comparison scale: itself for a share, the logarithm of one more for a count or a wait."""
        value = np.asarray(value, dtype=float)
        return value if self.is_share else np.log1p(np.maximum(value, 0.0))

    @property
    def scale(self) -> float:
        """How far, on the comparison scale, a simulated figure may be from the observed one and still fit."""
        return self.tolerance if self.is_share else math.log1p(self.tolerance)

    def distance(self, simulated):
        """Signed distance of ``simulated`` from the observed figure, in tolerances (|d| <= 1 fits)."""
        return (self.transform(simulated) - self.transform(self.observed)) / self.scale

    def tolerance_text(self) -> str:
        """``+-10%`` for a count or a wait, ``+-0.05`` for a share."""
        return f"+-{self.tolerance:g}" if self.is_share else f"+-{self.tolerance:.0%}"


def targets_of(observed: Mapping[str, object], tolerances: Mapping[str, float], source: str) -> list[Target]:
    """The figures of ``observed`` to fit, with ``tolerances`` laid over the defaults.

    Raises:
        InputError: when there is nothing to fit, or a tolerance names a figure not observed.
    """
    for key, value in tolerances.items():
        if key not in observed or key in NOT_FITTED:
            raise InputError("command line", "--tolerance", f"{key} is no observed figure of {source} to fit; "
                             f"expected one of: {', '.join(k for k in TOLERANCES if k in observed)}")
        if not value > 0 or math.isinf(value):
            raise InputError("command line", "--tolerance", f"{key}: expected a tolerance above 0, got {value}")
    chosen = [Target(k, float(v), tolerances.get(k, TOLERANCES[k])) for k, v in observed.items() if k in TOLERANCES]
    if not chosen:
        raise InputError(source, "observed", "no figure to calibrate to; expected clients, debt requests or waits "
                         "in [observed] (see `integraal gemeente init`)")
    return chosen
