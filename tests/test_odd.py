"""Documentation: every ``sim.…`` name in docs/ODD.md exists, and every ODD section is there.

A renamed function would otherwise leave the model description pointing at nothing; this test
names the missing one.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

ODD = Path(__file__).resolve().parent.parent / "docs" / "ODD.md"
SECTIONS = ("Purpose and patterns", "Entities, state variables and scales", "Process overview and scheduling",
            "Design concepts", "Initialisation", "Input data", "Submodels")


def named_objects(text: str) -> list[str]:
    """Dotted names in backticks that start with ``sim.``, e.g. `sim.agents.need.Need.schedule_transition`."""
    return sorted(set(re.findall(r"`(sim(?:\.\w+)+)`", text)))


def resolve(dotted: str):
    """Import the longest module prefix of ``dotted`` and get the rest as attributes."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for attr in parts[cut:]:
            obj = getattr(obj, attr)
        return obj
    raise ModuleNotFoundError(dotted)


def test_odd_has_every_section():
    headings = re.findall(r"^## \d+\. (.+)$", ODD.read_text(encoding="utf-8"), flags=re.M)
    assert [s for s in SECTIONS if s not in headings] == []


def test_odd_names_the_implementing_function_of_many_submodels():
    assert len(named_objects(ODD.read_text(encoding="utf-8"))) >= 40


@pytest.mark.parametrize("dotted", named_objects(ODD.read_text(encoding="utf-8")))
def test_every_name_in_odd_exists(dotted):
    assert resolve(dotted) is not None


def test_resolve_rejects_a_name_that_does_not_exist():
    with pytest.raises(AttributeError):
        resolve("sim.agents.need.Need.no_such_method")
