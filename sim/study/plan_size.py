"""How many runs an experiment plans, and the refusal of an absurd size.

A story: a file with 13 factors at three levels each asks for 1.6 million design points; with
three designs and two replications that is 9.6 million runs, weeks of computing. Loading it says
so in one line (the key, the count and the limit) before anything runs. A Morris design of the
same factors needs only trajectories x 14 points, so an experiment with a ``[sensitivity]`` table
is sized by that table instead (``integraal sweep`` still refuses its factorial plan).
"""

from __future__ import annotations

import math

from sim.params.errors import InputError
from sim.study.factors import DEFAULT_GRID

MAX_RUNS = 1_000_000
"""The most runs one experiment may plan. A Middelstad run of 5 years takes a few seconds: a
million runs are weeks on one machine, so a larger plan is a typo (a replication count with three
zeros too many), and it is refused before anything is built."""


def plan_size(experiment) -> tuple[int, int, int]:
    """Designs, design points (at most: a range's grid may repeat a rounded value) and replications."""
    factors, sampling = experiment.factors, experiment.sampling
    if not factors:
        points = 1
    elif sampling["method"] == "factorial":
        points = math.prod(f.grid_size(sampling["levels"] or DEFAULT_GRID) for f in factors)
    else:
        points = sampling["points"]
    return len(experiment.designs), points, experiment.replications


def check_size(experiment):
    """Refuse a plan of more than ``MAX_RUNS`` runs, naming the largest of its three numbers.

    Checked on loading, except for an experiment with a ``[sensitivity]`` table: its Morris or
    Sobol design is sized by :func:`check_sensitivity_size` on loading, and ``integraal
    sweep`` checks its factorial plan before running it.
    """
    designs, points, replications = plan_size(experiment)
    runs = designs * points * replications
    if runs <= MAX_RUNS:
        return experiment
    point_key = "factors" if experiment.sampling["method"] == "factorial" else "sampling.points"
    key = max((designs, "designs"), (points, point_key), (replications, "replications"))[1]
    raise InputError(experiment.path, key, f"the plan has {runs:,} runs ({designs:,} designs x {points:,} "
                     f"design points x {replications:,} replications); expected at most {MAX_RUNS:,} runs")


def check_sensitivity_size(experiment, table: dict) -> None:
    """Refuse a Morris or a Sobol design of more than ``MAX_RUNS`` runs (too many trajectories or samples)."""
    k = len(experiment.factors)
    for key, points in (("trajectories", table["trajectories"] * (k + 1)), ("samples", table["samples"] * (k + 2))):
        runs = len(experiment.designs) * points * experiment.replications
        if runs > MAX_RUNS:
            raise experiment.error(f"sensitivity.{key}", f"the design has {runs:,} runs; expected at most {MAX_RUNS:,}")
