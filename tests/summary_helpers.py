"""A small run table of two designs for the summary and design-table tests (no model runs)."""

from __future__ import annotations

import pandas as pd


def runs(growing: float, held: float) -> pd.DataFrame:
    """Four replications of two designs; only ``integraal``'s Wmo list grows or is held."""
    rows = []
    for design, g, h in (("sectoraal", 0.0, 0.0), ("integraal", growing, held)):
        for k in range(4):
            rows.append({"run_id": f"{design}-{k}", "design": design, "point": 0, "replication": k, "status": "ok",
                         "error": "", "wait_median_days_wmo": 30.0 + k + (250.0 if g else 0.0),
                         "waiting_list_growing_wmo": g, "waiting_list_held_wmo": h,
                         "waiting_list_growth_per_year_wmo": 381.0 if g else 0.0, "coordination_share": 0.1})
    return pd.DataFrame(rows)
