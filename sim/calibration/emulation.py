"""History matching: an emulator per figure, and the parameter values not ruled out by it.

Story: 60 candidate Voorbeeldsteden were run. A Gaussian process per figure (the emulator of
:mod:`sim.study.emulator`: one length scale per parameter and a noise term for the runs'
scatter) learns, say, the log of the Wmo wait from the five fitted parameters, and predicts it
with its own uncertainty at 4,096 values never run. A value is *implausible* when some figure's
prediction lies further than 3 standard deviations from the observed figure, counting the
emulator's uncertainty and half the figure's tolerance as one standard deviation of observation
error and model discrepancy (Vernon, Goldstein and Bower 2010; Pukelsheim's three-sigma rule).
What is left, the not-ruled-out-yet region, is where the next wave runs its candidates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from sim.calibration.targets import Target
from sim.study import emulator

CUTOFF = 3.0
"""Largest implausibility that is not ruled out (three standard deviations)."""
TOLERANCE_SIGMAS = 2.0
"""A figure's tolerance counts as this many standard deviations of observation error and model discrepancy."""


@dataclass(frozen=True)
class Emulators:
    """One fitted Gaussian process per figure, on parameters scaled to [0, 1] by their ranges."""

    targets: tuple[Target, ...]
    models: tuple

    def predict(self, units: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Mean and standard deviation (points x figures) of each figure, on the comparison scale."""
        from threadpoolctl import threadpool_limits

        with threadpool_limits(1):
            means, sds = zip(*(model.predict(units, return_std=True) for model in self.models))
        return np.column_stack(means), np.column_stack(sds)

    def implausibility(self, units: np.ndarray) -> np.ndarray:
        """Per point and figure: the observed figure's distance from the prediction, in standard deviations."""
        mean, sd = self.predict(units)
        observed = np.array([t.transform(t.observed) for t in self.targets])
        error = np.array([t.scale / TOLERANCE_SIGMAS for t in self.targets])
        return np.abs(mean - observed) / np.sqrt(sd ** 2 + error ** 2)

    def log_likelihood(self, units: np.ndarray) -> np.ndarray:
        """Gaussian log likelihood of the observed figures at each point, up to a constant."""
        return -0.5 * np.sum(self.implausibility(units) ** 2, axis=1)


def fit_emulators(means: pd.DataFrame, units: np.ndarray, targets: Sequence[Target], seed: int) -> Emulators:
    """A Gaussian process per figure from the candidates' mean figures (``means``) at ``units``.

    Linear algebra runs on one thread, so that a resumed calibration fits the same emulators and
    chooses the same next wave (see :func:`sim.study.emulator.emulated_sobol`).
    """
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):
        models = tuple(_fit(units, t.transform(means[t.key].to_numpy()), seed) for t in targets)
    return Emulators(tuple(targets), models)


def _fit(units: np.ndarray, y: np.ndarray, seed: int):
    """The emulator of one figure from the candidates where the runs measured it (a share needs requests)."""
    known = np.isfinite(y)
    return emulator.fit(units[known], y[known], seed)


def not_ruled_out(emulators: Emulators, units: np.ndarray) -> np.ndarray:
    """Whether each point's largest implausibility over the figures is within :data:`CUTOFF`."""
    return emulators.implausibility(units).max(axis=1) <= CUTOFF
