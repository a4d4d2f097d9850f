"""Which assumptions matter most: a ranking of factors from a Morris indices table.

Morris' mu* is the mean absolute effect of moving a factor across its whole plausible range.
To rank factors over several KPIs and designs, each mu* is divided by the largest mu* for the
same design and KPI (so a KPI in euros does not drown one in days), and the shares are averaged.
A story: ``meeting.hours`` scores 1.0 on the coordination share of integrale-toegang and 0.6 on
its Wmo wait: with an average of 0.7 it heads the list the bestuurder sees.
"""

from __future__ import annotations

import pandas as pd


def mu_star(indices: pd.DataFrame | None) -> pd.DataFrame:
    """The mu* rows (design, kpi, factor, value, conf); empty without a Morris table."""
    if indices is None or "mu_star" not in set(indices.get("index", [])):
        return pd.DataFrame(columns=["design", "kpi", "factor", "value", "conf"])
    return indices[indices["index"] == "mu_star"][["design", "kpi", "factor", "value", "conf"]]


def ranking(indices: pd.DataFrame | None) -> pd.Series:
    """Factors by their mean relative mu*, highest first (an empty series without Morris)."""
    rows = mu_star(indices)
    if rows.empty:
        return pd.Series(dtype=float)
    largest = rows.groupby(["design", "kpi"])["value"].transform("max")
    relative = rows["value"] / largest.where(largest > 0)
    return relative.groupby(rows["factor"]).mean().fillna(0.0).sort_values(ascending=False)


def top_factor(indices: pd.DataFrame | None) -> str | None:
    """The most influential factor, or None when no factor has any influence."""
    ranked = ranking(indices)
    return str(ranked.index[0]) if len(ranked) and ranked.iloc[0] > 0 else None
