"""The ``[observed]`` table of a scenario: a municipality's own figures that no parameter holds.

Story: ``integraal gemeente init`` writes Voorbeeldstad's 4,100 Jeugdwet households and its
62-day Wmo wait under ``[observed]``. The model never reads them; a later ``integraal calibrate``
fits the uncertain parameters until the simulated town shows them. The loader still checks
them as strictly as any parameter (known keys, types, ranges, and the rules of
:mod:`sim.params.figure_rules`), so a figure typed wrongly into the file is caught on loading.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any

from sim.params.errors import InputError
from sim.params.figure_rules import problems
from sim.params.figures import FIGURE_BY_KEY, OBSERVED_KEYS

TABLE = "observed"


def validate_observed(flat: Mapping[str, Any], source: str) -> dict[str, Any]:
    """The ``[observed]`` figures (keys without ``observed.``) checked one by one, in their types."""
    checked = {}
    for key, value in flat.items():
        if key not in OBSERVED_KEYS:
            raise InputError(source, f"{TABLE}.{key}", unknown_figure(key, OBSERVED_KEYS))
        wrong = FIGURE_BY_KEY[key].problem(value)
        if wrong:
            raise InputError(source, f"{TABLE}.{key}", wrong)
        checked[key] = float(value) if FIGURE_BY_KEY[key].kind is float else value
    return checked


def check_observed(observed: Mapping[str, Any], values: Mapping[str, Any], source: str) -> None:
    """The observed figures checked together, and against the scenario's inhabitants and intake times."""
    found = problems({**observed, "inhabitants": values["population.inhabitants"]}, values)
    if found:
        key, message = found[0]
        raise InputError(source, f"{TABLE}.{key}", message)


def unknown_figure(key: str, known: tuple[str, ...]) -> str:
    """Why ``key`` is no figure, with the nearest one and the figures allowed."""
    close = difflib.get_close_matches(key, known, n=1)
    hint = f" (did you mean {close[0]}?)" if close else ""
    return f"unknown figure{hint}; known figures: {', '.join(known)}"
