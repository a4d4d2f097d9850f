"""Design points of an experiment: full factorial, Latin hypercube or a Sobol sequence.

A story: ``teamgrootte.toml`` varies one factor, the buurtteam size, over levels 5, 10, 20, 50
and 100; a full factorial gives five design points. An experiment over four uncertain rates
with ``method = "lhs"`` and ``points = 20`` gets twenty points that each cover every rate's
range once per stratum. The points depend on the root seed only, so a rerun gets the same ones.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy.stats import qmc

from sim.study.factors import DEFAULT_GRID, Factor

SAMPLING_STREAM = 2**32 - 1
"""Spawn key of the sampler's seed: far from the replication children 0, 1, 2, ..."""


def sampling_rng(seed: int) -> np.random.Generator:
    """The generator for sampling design points, separate from every replication's seed."""
    return np.random.default_rng(np.random.SeedSequence(seed, spawn_key=(SAMPLING_STREAM,)))


def design_points(experiment) -> list[dict[str, Any]]:
    """The factor values of each design point (one empty point when nothing is varied)."""
    factors = experiment.factors
    method = experiment.sampling["method"]
    if not factors:
        return [{}]
    if method == "factorial":
        grids = [f.grid(experiment.sampling["levels"] or DEFAULT_GRID) for f in factors]
        return [dict(zip((f.key for f in factors), combo)) for combo in itertools.product(*grids)]
    n = experiment.sampling["points"]
    rng = sampling_rng(experiment.seed)
    if method == "lhs":
        units = qmc.LatinHypercube(d=len(factors), rng=rng).random(n)
    else:
        check_power_of_two(n, experiment)
        units = qmc.Sobol(d=len(factors), rng=rng).random_base2(int(math.log2(n)))
    return unit_points(factors, units)


def unit_points(factors: Sequence[Factor], units: np.ndarray) -> list[dict[str, Any]]:
    """Map rows of numbers in [0, 1] to factor values."""
    return [{f.key: f.value_at(float(u)) for f, u in zip(factors, row)} for row in units]


def check_power_of_two(n: int, experiment) -> None:
    """Refuse a Sobol sample size that is not a power of two."""
    if n & (n - 1):
        raise experiment.error("sampling.points", f"Sobol sampling needs a power of two, got {n}")
