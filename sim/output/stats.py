"""Means and 95% confidence intervals over replications, and paired differences between designs.

A story: ten replications of ``sectoraal`` and ten of ``vinkje`` give ten median Wmo waits each.
:func:`mean_ci` reports each design's mean wait with a t-interval. Because replication k of both
designs saw the same households and arrivals (common random numbers), :func:`paired_differences`
subtracts the two waits replication by replication first: the interval of that difference is
much narrower than the two separate intervals suggest.

Both functions take a tidy run table (one row per run, one column per KPI) and return tidy
tables: one row per group and KPI.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import stats

CONFIDENCE = 0.95
SUMMARY_COLUMNS = ["n", "mean", "sd", "ci_low", "ci_high"]


def interval(values: pd.Series, confidence: float = CONFIDENCE) -> dict[str, float]:
    """Mean, standard deviation and t-interval of the non-missing ``values``."""
    clean = pd.to_numeric(values, errors="coerce").dropna().to_numpy(dtype=float)
    n = len(clean)
    mean = float(clean.mean()) if n else np.nan
    sd = float(clean.std(ddof=1)) if n > 1 else np.nan
    half = float(stats.t.ppf(0.5 + confidence / 2, n - 1) * sd / np.sqrt(n)) if n > 1 else np.nan
    return {"n": n, "mean": mean, "sd": sd, "ci_low": mean - half, "ci_high": mean + half}


def mean_ci(runs: pd.DataFrame, by: Sequence[str], kpis: Sequence[str],
            confidence: float = CONFIDENCE) -> pd.DataFrame:
    """One row per group of ``by`` and KPI: n, mean, sd and the confidence interval."""
    rows = []
    for key, group in runs.groupby(list(by), sort=False, dropna=False):
        for kpi in kpis:
            rows.append({**dict(zip(by, _as_tuple(key))), "kpi": kpi, **interval(group[kpi], confidence)})
    return pd.DataFrame(rows, columns=[*by, "kpi", *SUMMARY_COLUMNS])


def paired_differences(runs: pd.DataFrame, design_col: str, reference: str, match: Sequence[str],
                       kpis: Sequence[str], by: Sequence[str] = (),
                       confidence: float = CONFIDENCE) -> pd.DataFrame:
    """Paired differences against the reference: per design, group and KPI, with an interval.

    Per design (other than ``reference``), group of ``by`` and KPI: the mean of design minus
    reference over runs matched on ``match`` (e.g. the replication index), with its interval.

    Reference runs are matched on ``match`` only when the reference has no ``by`` values of its
    own (a design that is not varied is compared with every design point).
    """
    ref = runs[runs[design_col] == reference]
    keys = [*by, *match] if _has_values(ref, by) else list(match)
    ref = ref[[*keys, *kpis]]
    rows = []
    others = runs[runs[design_col] != reference]
    for key, group in others.groupby([design_col, *by], sort=False, dropna=False):
        joined = group[[*keys, *kpis]].merge(ref, on=keys, suffixes=("", "@ref"))
        labels = dict(zip([design_col, *by], _as_tuple(key)))
        for kpi in kpis:
            diff = pd.to_numeric(joined[kpi], errors="coerce") - pd.to_numeric(joined[f"{kpi}@ref"], errors="coerce")
            rows.append({**labels, "reference": reference, "kpi": kpi, **interval(diff, confidence)})
    return pd.DataFrame(rows, columns=[design_col, *by, "reference", "kpi", *SUMMARY_COLUMNS])


def _has_values(frame: pd.DataFrame, columns: Sequence[str]) -> bool:
    return all(c in frame.columns and frame[c].notna().any() for c in columns)


def _as_tuple(key) -> tuple:
    return key if isinstance(key, tuple) else (key,)
