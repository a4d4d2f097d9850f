"""Sobol indices of a contrast from an emulator fitted to a space-filling sweep.

A story: the Latin hypercube of ``experiments/robuustheid.toml`` ran 200 points of the plausible
space; at each, the vinkje's median Wmo wait minus that of integral access (same households,
averaged over the replications). Sobol indices with intervals narrower than 0.1 would need tens
of thousands of runs. Instead a Gaussian process (scikit-learn, one length scale per factor and a
noise term for the replications' scatter) learns the difference from the 200 points, and SALib
computes the Sobol indices on the emulator with 4,096 base samples. How far to trust them is told
by the emulator's cross-validated R² (the share of the difference's variance it predicts at points
it did not see): the indices are printed, and marked, only where that is at least ``R2_TRUSTED``.

Factors are scaled to [0, 1] between the smallest and largest sampled value (a Latin hypercube of
200 points comes within half a percent of each range's ends).
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from sim.study.discovery import CRITERIA, contrasts, numeric_columns, point_differences, point_factors

BASE_SAMPLES = 4096
R2_TRUSTED = 0.7
"""Below this cross-validated R² the emulator misses too much of the difference to split its variance."""
FOLDS = 5
COLUMNS = ["contrast", "kpi", "factor", "index", "value", "conf", "emulator_r2", "trusted"]


def unit_factors(table: pd.DataFrame) -> pd.DataFrame:
    """Per design point, every numeric factor scaled to [0, 1] over its sampled values."""
    numeric = numeric_columns(point_factors(table)).astype(float)
    spread = (numeric.max() - numeric.min()).replace(0.0, np.nan)
    return ((numeric - numeric.min()) / spread).dropna(axis=1)


def fit(x: np.ndarray, y: np.ndarray, seed: int = 0):
    """A Gaussian process with one length scale per factor and a white-noise term, on standardised y."""
    from sklearn.gaussian_process import GaussianProcessRegressor
    from sklearn.gaussian_process.kernels import RBF, ConstantKernel, WhiteKernel

    kernel = ConstantKernel(1.0, (1e-3, 1e3)) * RBF(np.ones(x.shape[1]), (0.05, 100.0)) + WhiteKernel(0.1, (1e-6, 1.0))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a length scale at its bound is a factor without influence, not an error
        return GaussianProcessRegressor(kernel, normalize_y=True, n_restarts_optimizer=2, random_state=seed).fit(x, y)


def cross_validated_r2(x: np.ndarray, y: np.ndarray, seed: int = 0) -> float:
    """R² of the emulator's predictions at the points left out, over ``FOLDS`` folds."""
    order = np.random.default_rng(seed).permutation(len(y))
    predicted = np.empty_like(y)
    for fold in np.array_split(order, FOLDS):
        train = np.setdiff1d(order, fold)
        predicted[fold] = fit(x[train], y[train], seed).predict(x[fold])
    return float(1.0 - np.sum((y - predicted) ** 2) / np.sum((y - y.mean()) ** 2))


def sobol_on_emulator(model, names: list[str], seed: int = 0) -> pd.DataFrame:
    """S1 and ST (with 95% bootstrap half-widths) of the emulator's mean prediction over the unit cube."""
    from SALib.analyze import sobol
    from SALib.sample import sobol as sobol_sample

    problem = {"num_vars": len(names), "names": names, "bounds": [[0.0, 1.0]] * len(names)}
    sample = sobol_sample.sample(problem, BASE_SAMPLES, calc_second_order=False, seed=seed)
    result = sobol.analyze(problem, model.predict(sample), calc_second_order=False, seed=seed)
    return pd.DataFrame([{"factor": n, "index": i, "value": float(result[i][k]), "conf": float(result[f"{i}_conf"][k])}
                         for i in ("S1", "ST") for k, n in enumerate(names)])


def emulated_sobol(table: pd.DataFrame, reference: str, seed: int = 0) -> pd.DataFrame:
    """Per contrast and criterion KPI: Sobol indices of the per-point difference, from its emulator.

    Linear algebra runs on one thread: with several, sums are taken in another order, and the
    optimiser of the length scales may end in another optimum (an R² of 0.22 instead of 0.29).
    """
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):
        return _emulated_sobol(table, reference, seed)


def _emulated_sobol(table: pd.DataFrame, reference: str, seed: int) -> pd.DataFrame:
    factors = unit_factors(table)
    designs = list(dict.fromkeys(table.loc[table["status"] == "ok", "design"]))
    frames = []
    for design, other in contrasts(designs, reference):
        for criterion in CRITERIA:
            differences = point_differences(table, design, other, criterion.kpi)
            if len(differences) < 2 * FOLDS or factors.empty:
                continue
            x = factors.loc[differences["point"]].to_numpy()
            y = differences["difference"].to_numpy(dtype=float)
            if np.ptp(y) == 0:
                continue  # the difference is the same everywhere: no variance to split
            r2 = cross_validated_r2(x, y, seed)
            indices = sobol_on_emulator(fit(x, y, seed), list(factors.columns), seed)
            frames.append(indices.assign(contrast=f"{design} vs {other}", kpi=criterion.kpi, emulator_r2=r2,
                                         trusted=r2 >= R2_TRUSTED))
    return pd.concat(frames, ignore_index=True)[COLUMNS] if frames else pd.DataFrame(columns=COLUMNS)


def format_emulated(indices: pd.DataFrame, top: int = 4) -> str:
    """Per contrast and KPI: the emulator's R² and the factors with the largest total index."""
    lines = ["Sobol indices on an emulator (Gaussian process; R² cross-validated), largest ST first"]
    for (contrast, kpi), rows in indices.groupby(["contrast", "kpi"], sort=False):
        r2 = rows["emulator_r2"].iloc[0]
        lines += ["", f"{contrast}: {kpi} (emulator R² {r2:.2f}{'' if r2 >= R2_TRUSTED else ', too low to rely on'})"]
        total = rows[rows["index"] == "ST"].sort_values("value", ascending=False).head(top)
        first = rows[rows["index"] == "S1"].set_index("factor")
        for r in total.itertuples():
            lines.append(f"  {r.factor:40s} ST {r.value:5.2f} +- {r.conf:.2f}   S1 {first.loc[r.factor, 'value']:5.2f} "
                         f"+- {first.loc[r.factor, 'conf']:.2f}")
    return "\n".join(lines)
