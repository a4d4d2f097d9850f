"""The waves of history matching: run candidates, fit emulators, keep what is not ruled out, refocus.

Story: wave 1 spreads 60 candidates over the whole searched box (a Latin hypercube). Their
emulators rule out, say, four fifths of the box: an onset rate of Wmo needs above 0.04 makes
far too many Wmo households. Wave 2 draws 4,096 values in the smallest box around what is left,
keeps those that no earlier emulator rules out, and runs 60 of them: its emulators, fitted to
all 120 candidates, are sharper where it matters. The candidates of each wave follow from the
root seed and the runs before it, so an interrupted calibration chooses the same ones again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy.stats import qmc

from sim.calibration.emulation import Emulators, fit_emulators, not_ruled_out
from sim.calibration.runs import point_means, run_stored, specs_at
from sim.calibration.targets import Target
from sim.output.results_folder import ResultsStore
from sim.params.scenario import Scenario
from sim.study.factors import Factor
from sim.study.sampling import sampling_rng, unit_points

CANDIDATES = 4096
"""Values drawn per wave to find the not-ruled-out region (and, after the last wave, the posterior)."""


@dataclass(frozen=True)
class Settings:
    """How large a calibration is: candidates per wave, waves, replications per candidate, root seed."""

    points: int
    waves: int
    replications: int
    seed: int

    def runs(self) -> int:
        """Every run it plans: each wave's candidates and the runs at the calibrated values."""
        return self.points * self.waves * self.replications + self.replications


@dataclass
class Matching:
    """What the waves found: every candidate run, the emulators, and the values not ruled out."""

    means: pd.DataFrame
    units: np.ndarray
    emulators: list[Emulators] = field(default_factory=list)
    kept: np.ndarray = field(default_factory=lambda: np.empty((0, 0)))


def history_match(base: Scenario, factors: Sequence[Factor], targets: Sequence[Target], settings: Settings,
                  store: ResultsStore, pool, show: bool | None) -> Matching:
    """Run the waves of ``settings`` and return the candidates, emulators and the values not ruled out."""
    rng = sampling_rng(settings.seed)
    dims = len(factors)
    matching = Matching(pd.DataFrame(), np.empty((0, dims)))
    kept = None
    for wave in range(1, settings.waves + 1):
        if kept is None:
            chosen = qmc.LatinHypercube(d=dims, rng=rng).random(settings.points)
        else:
            chosen = kept[rng.permutation(len(kept))[:settings.points]]
        specs = specs_at(base, unit_points(factors, chosen), f"wave{wave}", settings.replications, settings.seed)
        rows = run_stored(specs, store, pool, f"calibrate wave {wave} of {settings.waves}", show)
        means = point_means(rows, [f.key for f in factors], [t.key for t in targets])
        matching.means = pd.concat([matching.means, means], ignore_index=True)
        matching.units = np.vstack([matching.units, chosen])
        matching.emulators.append(fit_emulators(matching.means, matching.units, targets, settings.seed))
        kept = _refocus(matching.emulators, rng, dims)
        if not len(kept):
            break
    matching.kept = kept
    return matching


def _refocus(emulators: list[Emulators], rng: np.random.Generator, dims: int) -> np.ndarray:
    """Values no emulator so far rules out, drawn densely in the smallest box around them.

    A first draw over the whole box finds the region; a second, as many values in the box around
    what the first kept, fills it (the region after a few waves is a small part of the whole).
    """
    kept = np.empty((0, dims))
    low, high = np.zeros(dims), np.ones(dims)
    for _ in range(2):
        draw = low + qmc.LatinHypercube(d=dims, rng=rng).random(CANDIDATES) * (high - low)
        for em in emulators:
            draw = draw[not_ruled_out(em, draw)]
        if not len(draw):
            return kept
        kept, low, high = draw, draw.min(axis=0), draw.max(axis=0)
    return kept
