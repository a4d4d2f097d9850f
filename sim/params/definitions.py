"""Parameter definitions: one record per parameter with its value, unit, range, source and status.

Every number the model uses is declared once, in ``sim.params.catalogue``, as a :class:`Param`. Scenario
files only override these values; the loader checks each override against its declaration, and
``docs/calibration.md`` is generated from the same records, so the documentation cannot drift.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

STATUSES = ("V", "S", "seed", "?", "assumption", "calibrated", "design", "setting")
"""V: primary source read; S: secondary source; seed: stated in a seed document; ?: uncertain;
assumption: no source, a documented guess; calibrated: tuned to reproduce a pattern; design: a
switch of an access design; setting: a run setting, not a fact about the world."""


@dataclass(frozen=True)
class Param:
    """One model parameter.

    ``bounds`` are what the loader accepts (a probability lies in [0, 1]); ``plausible`` is the
    uncertainty range used in the calibration table and sensitivity analysis.
    """

    key: str
    default: Any
    unit: str
    doc: str
    bounds: tuple[float | None, float | None] = (0, None)
    plausible: tuple[float, float] | None = None
    source: str = ""
    status: str = "assumption"
    pattern: str = ""
    choices: tuple[str, ...] = ()

    @property
    def kind(self) -> type:
        """The Python type a value must have (an int is accepted where a float is wanted)."""
        return type(self.default)

    def check(self, value: Any) -> str | None:
        """Return what is wrong with ``value`` for this parameter, or None when it is fine."""
        if self.kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if type(value) is not self.kind:
            return f"expected {self.kind.__name__}, got {type(value).__name__} {value!r}"
        if self.choices:
            return None if value in self.choices else f"{value!r} is not one of {', '.join(self.choices)}"
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return _check_bounds(value, self.bounds)
        return None

    def coerce(self, value: Any) -> Any:
        """The value in this parameter's own type (ints become floats where floats are wanted)."""
        return float(value) if self.kind is float else value


def _check_bounds(value: float, bounds: tuple[float | None, float | None]) -> str | None:
    low, high = bounds
    if value != value:
        return "is not a number (NaN)"
    if low is not None and value < low:
        return f"{value} is below the minimum {low}"
    if high is not None and value > high:
        return f"{value} is above the maximum {high}"
    return None
