"""The fitted values: a posterior median and interval per parameter, from the emulator.

Story: after two waves, 1,900 of 4,096 values of Voorbeeldstad's five parameters are not ruled
out. Each is weighted by how well its emulated figures match the observed ones (a Gaussian
likelihood with the standard deviations of :mod:`sim.calibration.emulation`, a flat prior over
the searched ranges). The Wmo onset rate's weighted median, 0.031 a household-year, is the
calibrated value; its 5% and 95% weighted quantiles, 0.027 and 0.036, are its 90% interval, and
the lowest and highest value not ruled out, its not-implausible range.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from sim.study.factors import Factor

INTERVAL = (0.05, 0.95)
"""The quantiles of the reported interval (a 90% interval)."""


def weighted_quantiles(values: np.ndarray, weights: np.ndarray, quantiles: Sequence[float]) -> np.ndarray:
    """The ``quantiles`` of ``values`` weighted by ``weights`` (linear between the sorted values)."""
    order = np.argsort(values)
    cumulative = np.cumsum(weights[order])
    position = (cumulative - weights[order] / 2) / cumulative[-1]
    return np.interp(quantiles, position, values[order])


def effective_size(weights: np.ndarray) -> float:
    """How many equally weighted values the weighted sample is worth (Kish)."""
    return float(weights.sum() ** 2 / np.sum(weights ** 2)) if weights.size else 0.0


def summary(factors: Sequence[Factor], units: np.ndarray, log_likelihood: np.ndarray) -> pd.DataFrame:
    """Per parameter: searched range, posterior median, 90% interval and not-implausible range."""
    weights = np.exp(log_likelihood - log_likelihood.max())
    rows = []
    for j, factor in enumerate(factors):
        low, median, high = weighted_quantiles(units[:, j], weights, (INTERVAL[0], 0.5, INTERVAL[1]))
        rows.append({"parameter": factor.key, "searched_low": factor.low, "searched_high": factor.high,
                     "calibrated": factor.value_at(median), "interval_low": factor.value_at(low),
                     "interval_high": factor.value_at(high), "range_low": factor.value_at(units[:, j].min()),
                     "range_high": factor.value_at(units[:, j].max())})
    return pd.DataFrame(rows)
