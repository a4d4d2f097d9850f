"""The report's figures, as PNG bytes.

The report's figures, as PNG bytes: trade-off, waits against norms, coordination over time,
outcomes, one KPI per design (professionals, cost) and the sensitivity ranking.

Every point or bar is a mean over replications with its 95% interval (error bars or a band); each
design keeps its colour, marker and hatch (``sim.report.style``) in all figures.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from sim.domains import DOMAINS
from sim.report.coordination_series import coordination_series
from sim.report.numbers import design_estimate
from sim.report.style import look, png, pyplot
from sim.report.text import kind_of

OUTCOME_KPIS = ("resolved_share", "zrm_change_follow_up_mean", "crises_per_1000_households_per_year")


def _scale(kpi: str) -> float:
    return {"share": 100.0, "eur": 1e-6}.get(kind_of(kpi), 1.0)


def _axis_label(text, kpi: str) -> str:
    unit = {"share": "%", "days": text("unit_days"), "eur": f"\u20ac {text('unit_million')}"}.get(kind_of(kpi))
    return f"{text.kpi(kpi)} ({unit})" if unit else text.kpi(kpi)


def _point(runs, design: str, kpi: str) -> tuple[float, float, float]:
    """Mean and the two error-bar lengths, scaled for the axis."""
    est, s = design_estimate(runs, design, kpi), _scale(kpi)
    if not est.known:
        return math.nan, 0.0, 0.0
    low = 0.0 if math.isnan(est.low) else est.mean - est.low
    high = 0.0 if math.isnan(est.high) else est.high - est.mean
    return est.mean * s, low * s, high * s


def tradeoff(runs: pd.DataFrame, designs: list[str], text) -> bytes:
    """Left: Wmo wait against coordination share; right: self-reliance change against it."""
    plt = pyplot()
    fig, axes = plt.subplots(1, 2, figsize=(9.0, 3.8))
    x_kpi = "coordination_share"
    for ax, y_kpi in zip(axes, ("wait_median_days_wmo", "zrm_change_follow_up_mean")):
        for i, design in enumerate(designs):
            (x, xl, xh), (y, yl, yh) = _point(runs, design, x_kpi), _point(runs, design, y_kpi)
            st = look(i)
            ax.errorbar(x, y, xerr=[[xl], [xh]], yerr=[[yl], [yh]], fmt=st["marker"], color=st["color"],
                        markersize=8, capsize=4, label=design, markeredgecolor="black")
        ax.set_xlabel(_axis_label(text, x_kpi))
        ax.set_ylabel(_axis_label(text, y_kpi))
    axes[0].set_title(text("fig_tradeoff_left"))
    axes[1].set_title(text("fig_tradeoff_right"))
    axes[1].legend(loc="best", fontsize=8)
    fig.tight_layout()
    return png(fig)


def waits_against_norms(runs: pd.DataFrame, designs: list[str], norms: dict[str, float], text) -> bytes:
    """One panel per domain: days to the norm event per design, the legal norm as a dashed line."""
    plt = pyplot()
    fig, axes = plt.subplots(1, len(DOMAINS), figsize=(10.0, 3.4), sharey=False)
    for ax, domain in zip(axes, DOMAINS):
        _bars(ax, runs, designs, f"norm_event_median_days_{domain}")
        if norms.get(domain):
            ax.axhline(norms[domain], color="black", linestyle="--", linewidth=1.2, label=text("legend_norm"))
        ax.set_title(text.domains[domain], fontsize=8)
        ax.set_xticks([])
    axes[0].set_ylabel(text("unit_days"))
    handles, labels = _legend(designs, text("legend_norm"))
    fig.legend(handles, labels, loc="lower center", ncol=len(designs) + 1, fontsize=8, frameon=False)
    fig.tight_layout(rect=(0, 0.1, 1, 1))
    return png(fig)


def _bars(ax, runs: pd.DataFrame, designs: list[str], kpi: str) -> None:
    for i, design in enumerate(designs):
        y, low, high = _point(runs, design, kpi)
        st = look(i)
        ax.bar(i, 0 if math.isnan(y) else y, color=st["color"], hatch=st["hatch"], edgecolor="black",
               yerr=[[low], [high]], capsize=4, label=design)
        if math.isnan(y):
            ax.text(i, 0, "\u2013", ha="center", va="bottom")


def _legend(designs: list[str], norm_label: str) -> tuple[list, list[str]]:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [
        Patch(facecolor=look(i)["color"], hatch=look(i)["hatch"], edgecolor="black") for i in range(len(designs))
    ]
    return [*handles, Line2D([], [], color="black", linestyle="--")], [*designs, norm_label]


def bars(runs: pd.DataFrame, designs: list[str], kpis: tuple[str, ...], text) -> bytes:
    """One bar panel per KPI (professionals per household, cost, outcomes)."""
    plt = pyplot()
    fig, axes = plt.subplots(1, len(kpis), figsize=(3.0 * len(kpis) + 0.8, 3.2), squeeze=False)
    for ax, kpi in zip(axes[0], kpis):
        _bars(ax, runs, designs, kpi)
        ax.set_xticks(range(len(designs)), designs, rotation=20, ha="right", fontsize=8)
        ax.set_title(_axis_label(text, kpi), fontsize=8.5)
    fig.tight_layout()
    return png(fig)


def coordination_over_time(weekly: pd.DataFrame, designs: list[str], text) -> bytes:
    """Weekly coordination share per design: mean over replications and its 95% band."""
    plt = pyplot()
    fig, ax = plt.subplots(figsize=(9.0, 3.4))
    series = coordination_series(weekly)
    for i, design in enumerate(designs):
        part = series[series["design"] == design]
        if part.empty:
            continue
        st = look(i)
        ax.fill_between(part["week"], 100 * part["low"], 100 * part["high"], color=st["color"], alpha=0.18,
                        hatch=st["hatch"], edgecolor=st["color"], linewidth=0)
        ax.plot(part["week"], 100 * part["mean"], color=st["color"], linestyle=st["linestyle"], marker=st["marker"],
                markevery=max(len(part) // 8, 1), markeredgecolor="black", label=design)
    start = series.loc[series["measured"], "week"].min() if series["measured"].any() else None
    if start is not None and not np.isnan(start):
        ax.axvline(start, color="grey", linestyle=":", linewidth=1)
        ax.annotate(text("fig_warmup_end"), (start, ax.get_ylim()[1]), ha="left", va="top", fontsize=7.5)
    ax.set_xlabel(text("fig_week"))
    ax.set_ylabel(_axis_label(text, "coordination_share"))
    ax.legend(fontsize=8)
    fig.tight_layout()
    return png(fig)


def sensitivity(rows: pd.DataFrame, ranking: pd.Series, text, top: int = 8) -> bytes:
    """Mean relative mu* per factor (0-1), highest at the top."""
    plt = pyplot()
    shown = ranking.head(top)[::-1]
    fig, ax = plt.subplots(figsize=(8.0, 0.45 * len(shown) + 1.2))
    ax.barh(range(len(shown)), shown.to_numpy(), color=look(0)["color"], hatch="//", edgecolor="black")
    ax.set_yticks(range(len(shown)), shown.index, fontsize=8)
    ax.set_xlim(0, 1.05)
    ax.set_xlabel(text("fig_sensitivity_x"))
    fig.tight_layout()
    return png(fig)
