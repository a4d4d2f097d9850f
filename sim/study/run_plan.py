"""The run plan of an experiment: one :class:`RunSpec` per design, design point and replication.

A story: ``headline.toml`` compares three designs over 10 replications. Replication 3 of
``sectoraal``, of ``integrale-toegang`` and of ``vinkje`` all get the seed
``SeedSequence(root).spawn(10)[3]``: the same households with the same needs arriving on the
same days (common random numbers), so a difference between them comes from the design.

Every spec carries its complete, validated parameter values, so a worker on another machine
needs no scenario files. The :class:`Plan` checks every design and factor value before anything
runs, but makes each spec only when the runner asks for it: a plan of a million runs costs no
more memory than a plan of ten.
"""

from __future__ import annotations

from collections.abc import Container, Iterator
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np

from sim.params.scenario import Scenario, load_scenario
from sim.study.experiment import Design, Experiment


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
    observed: dict[str, Any] = field(default_factory=dict, repr=False)
    """The scenario's ``[observed]`` figures, which ``integraal calibrate``'s runs count against."""

    def seed_sequence(self) -> np.random.SeedSequence:
        """Child ``replication`` of the root seed: ``SeedSequence(seed).spawn(R)[replication]``."""
        return np.random.SeedSequence(self.seed, spawn_key=(self.replication,))

    def build_scenario(self) -> Scenario:
        """The scenario of this run, rebuilt from its picklable parts."""
        name, description, path, values = self.scenario
        return Scenario(name, description, path, MappingProxyType(dict(values)), MappingProxyType(dict(self.observed)))

    def labels(self) -> dict[str, Any]:
        """The identifying columns of this run in the run table."""
        return {"run_id": self.run_id, "design": self.design, "point": self.point,
                "replication": self.replication, "seed_root": self.seed, "seed_spawn_key": self.replication,
                **self.factors}


def run_id(design: str, point: int | None, replication: int) -> str:
    """The run's name: design, design point (or ``base``) and replication."""
    where = "base" if point is None else f"p{point:04d}"
    return f"{design}__{where}__r{replication:03d}"


class Plan:
    """Every run of an experiment at its design points, checked at once and made one at a time.

    A story: a researcher sets ``replications = 200000`` for one design: 200,000 runs. The plan
    reads and checks the design's scenario once (and each design point's factor values once per
    design, not once per replication), then stops; ``len(plan)`` is a product, ``run_ids()`` names
    the runs without making them, and iterating makes each :class:`RunSpec` (with its own copy of
    the scenario's values) only when the runner takes it. The first run starts within a second,
    and memory stays that of a handful of specs, however many replications there are.

    The order is replication by replication, then design point, then design, so a sweep stopped
    early has complete sets of designs; a design with ``vary = false`` runs once per replication,
    beside the first design point, as point ``base``.

    Args:
        experiment: a loaded experiment (its size already checked against ``MAX_RUNS``).
        points: the design points, as factor values (``[{}]`` when nothing varies).
        subset: the reproduction set to keep (``designs``, ``points``, ``replications``), or None.

    Raises:
        InputError: on the first design or factor value that is not valid.
    """

    def __init__(self, experiment: Experiment, points: list[dict[str, Any]], subset: dict | None = None):
        subset = subset or {}
        self.experiment = experiment
        self.designs = tuple(d for d in experiment.designs
                             if subset.get("designs") is None or d.label in subset["designs"])
        self.points = {i: p for i, p in enumerate(points) if subset.get("points") is None or i in subset["points"]}
        self.replications = min(subset.get("replications") or experiment.replications, experiment.replications)
        self._bases = {d.label: _design_scenario(experiment, d) for d in self.designs}
        self._checked = self._check_points()

    def _check_points(self) -> dict[tuple[str, int], dict[str, Any]]:
        """Each varying design's factor values at each point, validated against its scenario (point by point)."""
        return {(d.label, i): self._bases[d.label].checked_overrides(factors, self.experiment.path)
                for i, factors in self.points.items() for d in self.designs if d.vary and factors}

    def __len__(self) -> int:
        """Replications x (varying designs x points, plus one run for each design that does not vary)."""
        varying = sum(d.vary for d in self.designs)
        fixed = len(self.designs) - varying
        return self.replications * (varying * len(self.points) + fixed * bool(self.points))

    def __iter__(self) -> Iterator[RunSpec]:
        """Every run of the plan, in plan order, each made as it is taken."""
        return self.specs()

    def run_ids(self) -> Iterator[str]:
        """The id of every run, in plan order, without making a single spec."""
        return (run_id(design.label, point, k) for k, point, design in self._slots())

    def specs(self, skip: Container[str] = frozenset()) -> Iterator[RunSpec]:
        """The runs whose id is not in ``skip`` (those a resumed sweep already stored), in plan order.

        A skipped run is never made: only its id is computed.
        """
        for k, point, design in self._slots():
            name = run_id(design.label, point, k)
            if name not in skip:
                yield self._spec(name, design, point, k)

    def _slots(self) -> Iterator[tuple[int, int | None, Design]]:
        """(replication, point, design) of each run in plan order; point None for a design that does not vary."""
        for k in range(self.replications):
            for n, i in enumerate(self.points):
                for design in self.designs:
                    if design.vary:
                        yield k, i, design
                    elif n == 0:
                        yield k, None, design

    def _spec(self, name: str, design: Design, point: int | None, k: int) -> RunSpec:
        """The spec of one run: the design's scenario with the point's checked factor values."""
        base = self._bases[design.label]
        values = dict(base.values)
        values.update(self._checked.get((design.label, point), {}))
        factors = self.points[point] if point is not None else {}
        return RunSpec(name, design.label, point, dict(factors), k, self.experiment.seed,
                       (base.name, base.description, base.path, values), self.experiment.record_weekly,
                       dict(base.observed))


def build_plan(experiment: Experiment, points: list[dict[str, Any]], subset: dict | None = None) -> Plan:
    """The checked, lazy :class:`Plan` of ``experiment`` at ``points`` (``subset``: the reproduction set)."""
    return Plan(experiment, points, subset)


def _design_scenario(experiment: Experiment, design: Design) -> Scenario:
    """The design's scenario with the experiment's base values, the design's own values and the horizon."""
    scenario = load_scenario(design.scenario)
    horizon = {f"simulation.{k}": v for k, v in experiment.horizon.items()}
    return scenario.with_overrides({**experiment.base, **design.values, **horizon}, experiment.path)
