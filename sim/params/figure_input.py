"""Reading a municipality's figures from a small TOML file, and filling in Middelstad's for the rest.

Story: the adviser of Voorbeeldstad fills in ``voorbeeldstad.toml`` (see examples/gemeente/) with
the figures at hand and leaves out the rest. Every key, type and range is checked, then the
rules that tie figures together; the first mistake is one line naming the file, its line and the
figure (``voorbeeldstad.toml:14: clients.wmo_youth: 5,200 households use at least wmo and youth,
more than the 4,100 that use youth; ...``), and nothing is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sim.params.errors import InputError
from sim.params.figure_rules import problems
from sim.params.figures import FIGURE_BY_KEY, FIGURES
from sim.params.observed import unknown_figure
from sim.params.scenario import flatten, load_scenario, read_toml
from sim.params.toml_lines import find_line


def figures_from_file(path: Path) -> tuple[dict[str, Any], set[str]]:
    """The figures of ``path`` completed with defaults, and the keys the file gave; InputError on a mistake."""
    given = {}
    for key, value in flatten(read_toml(path)).items():
        if key not in FIGURE_BY_KEY:
            raise InputError(str(path), key, unknown_figure(key, tuple(FIGURE_BY_KEY)), find_line(path, key))
        wrong = FIGURE_BY_KEY[key].problem(value)
        if wrong:
            raise InputError(str(path), key, wrong, find_line(path, key))
        given[key] = float(value) if FIGURE_BY_KEY[key].kind is float else value
    answers = completed(given)
    found = problems(given | {k: answers[k] for k in ("inhabitants", "households.total")}, design_values(answers))
    if found:
        key, message = found[0]
        raise InputError(str(path), key, message, find_line(path, key))
    return answers, set(given)


def completed(given: Mapping[str, Any]) -> dict[str, Any]:
    """``given`` with the default of every figure left out that has one, in the order figures are asked."""
    answers: dict[str, Any] = {}
    for figure in FIGURES:
        if figure.key in given:
            answers[figure.key] = given[figure.key]
        elif figure.default is not None:
            answers[figure.key] = figure.default(answers)
    return answers


def design_values(answers: Mapping[str, Any]) -> Mapping[str, Any]:
    """The parameter values of the team model's bundled scenario (its intake times bound the waits)."""
    return load_scenario(answers.get("team_model", "sectoraal")).values
