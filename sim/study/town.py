"""An experiment on your own municipality: every design of it run on the town of a scenario.

Story: Voorbeeldstad's adviser has ``calibration/voorbeeldstad/calibrated.toml``: 58,000
inhabitants, its household types and staff, and its calibrated onset rates, on the sectoral
design it has today. ``integraal sweep headline --gemeente calibrated.toml`` runs the headline's
three designs on that town instead of Middelstad: each design keeps its own switches
(``design.access``, the vinkje's flag, ...) and takes every other value in which the town differs
from Middelstad (``scenarios/middelstad.toml``). The manifest records the town's name and
scenario, so the report can say whose figures these are.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from sim.params.design_catalogue import DESIGN_PARAMS
from sim.params.scenario import load_scenario
from sim.study import manifest as mf
from sim.study.experiment import Experiment

BASE_TOWN = "middelstad"
"""The bundled town every bundled design builds on."""
DESIGN_KEYS = frozenset(p.key for p in DESIGN_PARAMS)
"""Values that belong to a design, not to a town: a design compared keeps its own."""


def town_values(name: str | Path) -> tuple[Any, dict[str, Any]]:
    """The scenario ``name`` and the values in which its town differs from Middelstad (designs' values left out)."""
    town, middelstad = load_scenario(name), load_scenario(BASE_TOWN)
    return town, {k: v for k, v in town.values.items() if k not in DESIGN_KEYS and v != middelstad[k]}


def on_town(experiment: Experiment, name: str | Path) -> tuple[Experiment, dict[str, Any]]:
    """``experiment`` with the town of scenario ``name`` under every design, and what the manifest records of it.

    The town's values go over the experiment's own ``[base]`` (``gevoeligheid.toml`` shrinks
    Middelstad to 50,000 inhabitants for speed; on your town, your inhabitants count).
    """
    town, values = town_values(name)
    record = {"name": town.name, "scenario": town.path, "sha256": mf.sha256(Path(town.path)),
              "inhabitants": town["population.inhabitants"], "values_from_town": len(values)}
    return replace(experiment, base={**experiment.base, **values}), record
