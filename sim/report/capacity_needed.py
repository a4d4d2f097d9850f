"""The extra staff a design needs to hold the baseline's waits, read from ``integraal capacity --out``.

A story: the capacity search found that integrale toegang needs 10 more people at the Wmo-loket
and 14 at Werk en Inkomen to wait as long as the sectoral baseline does; summed over its
organisations that is about 35 FTE of 36 hours, and at Schuldhulpverlening no staffing within
the search reached the baseline's wait, so the report names that organisation instead of adding
a number it does not have.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Need:
    """Summed extra FTE of one design, the replications' range, and the organisations never reached."""
    fte: float
    low: float
    high: float
    eur_per_year: float
    unreached: tuple[str, ...]


def extra_fte(capacity: pd.DataFrame, design: str) -> Need | None:
    """The extra staff of ``design`` (None when the capacity table does not hold it).

    The range needs every replication of every counted organisation to have reached its target;
    otherwise it is NaN.
    """
    rows = capacity[capacity["design"] == design]
    if rows.empty:
        return None
    reached, missed = rows[rows["fte"].notna()], rows[rows["fte"].isna()]
    bounded = reached[["fte_low", "fte_high"]].notna().all().all()
    low, high = (float(reached[c].sum()) if bounded else math.nan for c in ("fte_low", "fte_high"))
    return Need(float(reached["fte"].sum()), low, high, float(reached["eur_per_year"].sum()),
                tuple(missed["organisation"]))
