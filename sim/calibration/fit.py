"""The fit table, and why a poor fit is poor: which figures cannot be matched, alone or together.

Story: Voorbeeldstad's calibrated town shows 2,950 Wmo households (observed 2,900: fits) but a
mean Wmo wait of 24 days against 62 observed. The table says so, and the reason follows from the
candidates: either no candidate waited 62 days at all (the observed wait lies outside every
candidate's, so no value of the fitted parameters in the searched ranges makes it), or some
did, but none of the candidates that match the Wmo households (their onset rate is too low to
fill the queue) also match the wait: the two figures cannot be matched together with these
parameters, and another one (the Wmo staff, say) must give.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from sim.calibration.targets import Target

COLUMNS = ["figure", "observed", "simulated", "tolerance", "fit", "candidates_low", "candidates_high"]


def fit_table(targets: Sequence[Target], calibrated: pd.DataFrame, candidates: pd.DataFrame) -> pd.DataFrame:
    """Per figure: observed, simulated at the calibrated values (mean of the runs), tolerance, fit, candidates' span."""
    rows = []
    for t in targets:
        simulated = float(calibrated[t.key].astype(float).mean())
        span = candidates[t.key].astype(float)
        rows.append({"figure": t.key, "observed": t.observed, "simulated": simulated, "tolerance": t.tolerance_text(),
                     "fit": bool(abs(t.distance(simulated)) <= 1), "candidates_low": float(span.min()),
                     "candidates_high": float(span.max())})
    return pd.DataFrame(rows, columns=COLUMNS)


def format_fit(table: pd.DataFrame) -> str:
    """The fit table as aligned text."""
    lines = [f"{'figure':<28} {'observed':>10} {'simulated':>10} {'tolerance':>10}  fit"]
    for r in table.itertuples():
        lines.append(f"{r.figure:<28} {r.observed:>10,.4g} {r.simulated:>10,.4g} {r.tolerance:>10}  "
                     f"{'yes' if r.fit else 'NO'}")
    return "\n".join(lines)


def reasons(targets: Sequence[Target], table: pd.DataFrame, candidates: pd.DataFrame) -> list[str]:
    """One sentence per figure that does not fit, saying why the candidates think it cannot."""
    distances = {t.key: np.abs(t.distance(candidates[t.key].astype(float).to_numpy())) for t in targets}
    missed = set(table.loc[~table["fit"], "figure"])
    return [_reason(t, targets, distances) for t in targets if t.key in missed]


def _reason(target: Target, targets: Sequence[Target], distances: dict[str, np.ndarray]) -> str:
    """Why ``target`` was missed: out of every candidate's reach, in conflict with another figure, or neither.

    Of the figures it conflicts with, the one most candidates match is named: the strongest evidence.
    """
    own = distances[target.key]
    if not np.any(own <= 1):
        best = np.nanmin(own)
        return (f"{target.key}: no candidate came within its tolerance (the closest missed by {best:.1f} "
                "tolerances): no value of the fitted parameters in the searched ranges makes it; widen a range "
                "(--param KEY=LOW,HIGH), fit a parameter that moves it, or check the figure")
    for other in sorted(targets, key=lambda t: -int(np.sum(distances[t.key] <= 1))):
        matching = distances[other.key] <= 1
        if other.key != target.key and matching.any() and not np.any(own[matching] <= 1):
            return (f"{target.key} cannot be matched together with {other.key}: the {int(matching.sum())} candidates "
                    f"within tolerance of {other.key} miss {target.key} by at least {np.nanmin(own[matching]):.1f} "
                    f"tolerances, while {int((own <= 1).sum())} other candidates match it")
    return (f"{target.key}: {int((own <= 1).sum())} candidates match it, but the calibrated values (the best "
            "compromise with the other figures) miss it; more candidates (--points, --waves) may find a better one")
