"""Factors of an experiment: catalogue parameters that a sweep varies, by levels or over a range.

In an experiment file each factor is a dotted catalogue key with either levels or a range::

    [factors]
    "organisations.debt.professionals" = [10, 14, 18]           # levels
    "needs.debt.worsening_per_year" = { range = [0.75, 3.0] }   # a range
    "spillover.debt_onset_multiplier" = "plausible"             # the catalogue's plausible range

A sampler turns a number u in [0, 1) into a value: along a range (rounded for whole-number
parameters such as a team size), or to one of the levels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from sim.params.catalogue import CATALOGUE
from sim.params.errors import InputError
from sim.params.scenario import validate_values

SPEC_KEYS = {"levels", "range"}
DEFAULT_GRID = 3
"""Values per range factor in a full-factorial sample when ``sampling.levels`` is not set."""


@dataclass(frozen=True)
class Factor:
    """One varied parameter: ``levels`` (any type) or a numeric range ``low``..``high``."""

    key: str
    levels: tuple | None = None
    low: float | None = None
    high: float | None = None

    @property
    def whole(self) -> bool:
        """Whether the factor's parameter takes whole numbers."""
        return CATALOGUE[self.key].kind is int

    def value_at(self, u: float) -> Any:
        """The value at position ``u`` in [0, 1] of the levels or of the range."""
        if self.levels is not None:
            return self.levels[min(int(u * len(self.levels)), len(self.levels) - 1)]
        value = self.low + u * (self.high - self.low)
        return int(round(value)) if self.whole else float(value)

    def grid_size(self, n: int) -> int:
        """How many values :meth:`grid` gives at most: the levels, or ``n`` over the range."""
        return len(self.levels) if self.levels is not None else n

    def grid(self, n: int | None) -> tuple:
        """The levels, or ``n`` evenly spaced values over the range (full factorial)."""
        if self.levels is not None:
            return self.levels
        values = np.linspace(self.low, self.high, n)
        return tuple(dict.fromkeys(int(round(v)) if self.whole else float(v) for v in values))


def read_factors(table: dict, src: str) -> tuple[Factor, ...]:
    """The factors of the ``[factors]`` table, each checked against the catalogue."""
    return tuple(_factor(key, spec, src) for key, spec in _specs(table))


def _specs(table: dict, prefix: str = ""):
    """(dotted key, spec) pairs; dotted keys may be written as nested TOML tables."""
    for key, value in table.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict) and not (SPEC_KEYS & set(value)) and value:
            yield from _specs(value, dotted + ".")
        else:
            yield dotted, value


def _factor(key: str, spec: Any, src: str) -> Factor:
    where = f"factors.{key}"
    param = CATALOGUE.get(key)
    if param is None:
        validate_values({key: None}, src, "factors.")  # raises "unknown key (did you mean ...)"
    if isinstance(spec, list):
        spec = {"levels": spec}
    if spec == "plausible":
        if param.plausible is None:
            raise InputError(src, where, "the catalogue gives no plausible range for this parameter")
        spec = {"range": list(param.plausible)}
    if not isinstance(spec, dict) or len(SPEC_KEYS & set(spec)) != 1 or set(spec) - SPEC_KEYS:
        raise InputError(src, where, "expected a list of levels, { levels = [...] }, { range = [low, high] } "
                                     'or "plausible"')
    return _levels(key, spec["levels"], src) if "levels" in spec else _range(key, spec["range"], src)


def _levels(key: str, levels: Any, src: str) -> Factor:
    if not isinstance(levels, list) or not levels:
        raise InputError(src, f"factors.{key}", "levels must be a non-empty list")
    checked = tuple(validate_values({key: v}, src, "factors.")[key] for v in levels)
    return Factor(key, levels=checked)


def _range(key: str, bounds: Any, src: str) -> Factor:
    where = f"factors.{key}"
    if CATALOGUE[key].kind not in (int, float):
        raise InputError(src, where, "a range needs a numeric parameter; give levels instead")
    if (not isinstance(bounds, list) or len(bounds) != 2
            or not all(isinstance(b, (int, float)) and not isinstance(b, bool) for b in bounds)):
        raise InputError(src, where, "range must be [low, high]")
    low, high = (float(b) for b in bounds)
    if not low < high:
        raise InputError(src, where, f"range [{low:g}, {high:g}] is empty: low must be below high")
    for value in (low, high):
        validate_values({key: int(round(value)) if CATALOGUE[key].kind is int else value}, src, "factors.")
    return Factor(key, low=low, high=high)
