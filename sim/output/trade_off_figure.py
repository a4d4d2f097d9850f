"""The trade-off figure of ``integraal compare``: waiting time against coordination share.

Each design is one point with its 95% intervals on both axes. A story: ``integrale-toegang``
sits up and to the right of ``sectoraal`` (more coordination, longer waits for the wheelchair),
``vinkje`` in between; a reader sees at a glance what the coordination buys.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

X_KPI = "coordination_share"
Y_KPI = "wait_median_days_wmo"


def plot_tradeoff(summary: pd.DataFrame, path: Path, x: str = X_KPI, y: str = Y_KPI) -> Path:
    """Write the figure to ``path`` (the format follows the suffix: .png, .pdf, .svg)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.5, 4.5))
    for design, rows in summary.groupby("design", sort=False):
        px, py = rows.set_index("kpi").loc[x], rows.set_index("kpi").loc[y]
        ax.errorbar(px["mean"], py["mean"], xerr=_half(px), yerr=_half(py), fmt="o", capsize=4, label=design)
        ax.annotate(design, (px["mean"], py["mean"]), textcoords="offset points", xytext=(6, 6))
    ax.set_xlabel(f"{x} (share of professional capacity)")
    ax.set_ylabel(f"{y}")
    ax.set_title("Waiting time against coordination, mean and 95% CI per design")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return Path(path)


def _half(row: pd.Series) -> float:
    half = (row["ci_high"] - row["ci_low"]) / 2
    return 0.0 if pd.isna(half) else float(half)
