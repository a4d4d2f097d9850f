"""The run plan of an experiment: one :class:`RunSpec` per design, design point and replication.

A story: ``headline.toml`` compares three designs over 10 replications. Replication 3 of
``sectoraal``, of ``integrale-toegang`` and of ``vinkje`` all get the seed
``SeedSequence(root).spawn(10)[3]``: the same households with the same needs arriving on the
same days (common random numbers), so a difference between them comes from the design.

Every spec carries its complete, validated parameter values, so a worker on another machine
needs no scenario files: building the plan checks every design and factor value before anything
runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np

from sim.params.scenario import Scenario, load_scenario
from sim.study.experiment import Experiment


@dataclass(frozen=True)
class RunSpec:
    """One run: which design at which design point, which replication, and its scenario values."""

    run_id: str
    design: str
    point: int | None
    factors: dict[str, Any]
    replication: int
    seed: int
    scenario: tuple[str, str, str, dict[str, Any]] = field(repr=False)
    record_weekly: bool = False

    def seed_sequence(self) -> np.random.SeedSequence:
        """Child ``replication`` of the root seed: ``SeedSequence(seed).spawn(R)[replication]``."""
        return np.random.SeedSequence(self.seed, spawn_key=(self.replication,))

    def build_scenario(self) -> Scenario:
        """The scenario of this run, rebuilt from its picklable parts."""
        name, description, path, values = self.scenario
        return Scenario(name, description, path, MappingProxyType(dict(values)))

    def labels(self) -> dict[str, Any]:
        """The identifying columns of this run in the run table."""
        return {"run_id": self.run_id, "design": self.design, "point": self.point,
                "replication": self.replication, "seed_root": self.seed, "seed_spawn_key": self.replication,
                **self.factors}


def run_id(design: str, point: int | None, replication: int) -> str:
    """The run's name: design, design point (or ``base``) and replication."""
    where = "base" if point is None else f"p{point:04d}"
    return f"{design}__{where}__r{replication:03d}"


def build_plan(experiment: Experiment, points: list[dict[str, Any]], subset: dict | None = None) -> list[RunSpec]:
    """Every run of ``experiment`` at ``points``, replication by replication.

    Every run of ``experiment`` at ``points``, replication by replication (so a sweep that
    stops early has complete sets of designs); ``subset`` keeps only the reproduction set.
    """
    subset = subset or {}
    designs = [d for d in experiment.designs if subset.get("designs") is None or d.label in subset["designs"]]
    chosen = [i for i in range(len(points)) if subset.get("points") is None or i in subset["points"]]
    replications = min(subset.get("replications") or experiment.replications, experiment.replications)
    bases = {d.label: _design_scenario(experiment, d) for d in designs}
    specs = []
    for k in range(replications):
        for n, i in enumerate(chosen):
            for d in designs:
                if d.vary or n == 0:
                    factors = points[i] if d.vary else {}
                    specs.append(_spec(experiment, d.label, i if d.vary else None, factors, k, bases[d.label]))
    return specs


def _design_scenario(experiment: Experiment, design) -> Scenario:
    scenario = load_scenario(design.scenario)
    horizon = {f"simulation.{k}": v for k, v in experiment.horizon.items()}
    return scenario.with_overrides({**experiment.base, **design.values, **horizon}, experiment.path)


def _spec(experiment: Experiment, design: str, point: int | None, factors: dict, k: int, base: Scenario) -> RunSpec:
    scenario = base.with_overrides(factors, experiment.path) if factors else base
    payload = (scenario.name, scenario.description, scenario.path, dict(scenario.values))
    return RunSpec(run_id(design, point, k), design, point, dict(factors), k, experiment.seed, payload,
                   experiment.record_weekly)
