"""The report's figures, as PNG bytes.

The trade-off, waits against the legal terms, coordination over time, outcomes, differences
against the reference (cost, professionals) and the sensitivity ranking. Every point or bar is a
mean over replications with its 95% interval; each design keeps its colour, marker and hatch
(``sim.report.style``, colour-blind safe) and its reader's name in every figure. Tick labels
follow the reader's language (``0,5`` in Dutch), and a unit is named once, in the axis label.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from sim.report.coordination_series import coordination_series
from sim.report.numbers import design_estimate, kind_of, paired
from sim.report.style import look, png, pyplot
from sim.report.text import SCALE

OUTCOME_KPIS = ("resolved_share", "zrm_change_follow_up_mean", "crises_per_1000_households_per_year")


def _localise(ax, text, axes: str = "xy") -> None:
    """Tick labels of the numeric ``axes`` in the reader's number format (decimal comma, minus sign in Dutch).

    An axis whose ticks are names (designs, assumptions) keeps its labels: leave it out of ``axes``.
    """
    from matplotlib.ticker import FuncFormatter

    def fmt(value, _):
        label = f"{value:,.10g}"
        if text.lang == "nl":
            label = label.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return label.replace("-", "\u2212")

    for name in axes:
        getattr(ax, f"{name}axis").set_major_formatter(FuncFormatter(fmt))


def _point(runs, design: str, kpi: str) -> tuple[float, float, float]:
    """Mean and the two error-bar lengths, scaled for the axis."""
    est, s = design_estimate(runs, design, kpi), SCALE.get(kind_of(kpi), 1.0)
    if not est.known:
        return math.nan, 0.0, 0.0
    low = 0.0 if math.isnan(est.low) else est.mean - est.low
    high = 0.0 if math.isnan(est.high) else est.high - est.mean
    return est.mean * s, low * s, high * s


def tradeoff(ctx) -> bytes:
    """Left: Wmo wait against coordination share; right: self-reliance change against it."""
    plt, t = pyplot(), ctx.text
    fig, axes = plt.subplots(1, 2, figsize=(9.0, 3.8))
    x_kpi = "coordination_share"
    for ax, y_kpi in zip(axes, ("wait_median_days_wmo", "zrm_change_follow_up_mean")):
        for i, design in enumerate(ctx.designs):
            (x, xl, xh), (y, yl, yh) = _point(ctx.runs, design, x_kpi), _point(ctx.runs, design, y_kpi)
            st = look(i)
            ax.errorbar(x, y, xerr=[[xl], [xh]], yerr=[[yl], [yh]], fmt=st["marker"], color=st["color"],
                        markersize=8, capsize=4, label=ctx.title(design), markeredgecolor="black")
        ax.set_xlabel(t(f"axis_{x_kpi}"))
        ax.set_ylabel(t(f"axis_{y_kpi}"))
        _localise(ax, t)
    axes[0].set_title(t("fig_tradeoff_left"))
    axes[1].set_title(t("fig_tradeoff_right"))
    axes[1].legend(loc="best", fontsize=8)
    fig.tight_layout()
    return png(fig)


def waits_against_norms(runs: pd.DataFrame, designs: list[str], domains: list[str], norms: dict[str, float],
                        ctx) -> bytes:
    """One panel per measured domain: days to the decision per design, the legal term as a dashed line."""
    plt, t = pyplot(), ctx.text
    fig, axes = plt.subplots(1, len(domains), figsize=(2.4 * len(domains) + 0.6, 3.4), squeeze=False)
    for ax, domain in zip(axes[0], domains):
        _bars(ax, runs, designs, f"norm_event_median_days_{domain}")
        if norms.get(domain):
            ax.axhline(norms[domain], color="black", linestyle="--", linewidth=1.2)
        ax.set_title(t.domains[domain], fontsize=8)
        ax.set_xticks([])
        _localise(ax, t, "y")
    axes[0][0].set_ylabel(t("axis_days_to_decision"))
    handles, labels = _legend([ctx.title(d) for d in designs], t("legend_norm"))
    fig.legend(handles, labels, loc="lower center", ncol=min(len(designs) + 1, 4), fontsize=8, frameon=False)
    fig.tight_layout(rect=(0, 0.12, 1, 1))
    return png(fig)


def _bars(ax, runs: pd.DataFrame, designs: list[str], kpi: str) -> None:
    for i, design in enumerate(designs):
        y, low, high = _point(runs, design, kpi)
        st = look(i)
        ax.bar(i, 0 if math.isnan(y) else y, color=st["color"], hatch=st["hatch"], edgecolor="black",
               yerr=[[low], [high]], capsize=4)
        if math.isnan(y):
            ax.text(i, 0, "\u2013", ha="center", va="bottom")


def _legend(names: list[str], norm_label: str) -> tuple[list, list[str]]:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [Patch(facecolor=look(i)["color"], hatch=look(i)["hatch"], edgecolor="black") for i in range(len(names))]
    return [*handles, Line2D([], [], color="black", linestyle="--")], [*names, norm_label]


def bars(ctx, kpis: tuple[str, ...]) -> bytes:
    """One bar panel per KPI (outcomes), each design named under its bar."""
    plt, t = pyplot(), ctx.text
    fig, axes = plt.subplots(1, len(kpis), figsize=(3.0 * len(kpis) + 0.8, 3.4), squeeze=False)
    for ax, kpi in zip(axes[0], kpis):
        _bars(ax, ctx.runs, ctx.designs, kpi)
        ax.set_xticks(range(len(ctx.designs)), [_short(ctx.title(d)) for d in ctx.designs], rotation=20, ha="right",
                      fontsize=7.5)
        ax.set_title(t(f"axis_{kpi}"), fontsize=8.5)
        _localise(ax, t, "y")
    fig.tight_layout()
    return png(fig)


def _short(name: str, width: int = 22) -> str:
    """A design's name broken over lines so it fits under its bar."""
    import textwrap

    return "\n".join(textwrap.wrap(name, width)) or name


def differences(ctx, kpi: str) -> bytes:
    """Each design's paired difference against the reference, with its 95% interval, and the zero line."""
    plt, t = pyplot(), ctx.text
    others = [d for d in ctx.designs if d != ctx.data.reference]
    s = SCALE.get(kind_of(kpi), 1.0)
    fig, ax = plt.subplots(figsize=(8.0, 0.7 * len(others) + 1.4))
    for row, design in enumerate(others):
        diff = paired(ctx.runs, design, ctx.data.reference, kpi)
        st = look(ctx.designs.index(design))
        err = [[(diff.mean - diff.low) * s], [(diff.high - diff.mean) * s]] if diff.n > 1 else None
        ax.barh(row, diff.mean * s, xerr=err, color=st["color"], hatch=st["hatch"], edgecolor="black", capsize=4)
    ax.axvline(0, color="black", linewidth=1)
    ax.set_yticks(range(len(others)), [_short(ctx.title(d), 30) for d in others], fontsize=8)
    ax.set_xlabel(t("axis_difference", kpi=t(f"axis_{kpi}"), reference=ctx.title(ctx.data.reference)))
    _localise(ax, t, "x")
    fig.tight_layout()
    return png(fig)


def coordination_over_time(ctx) -> bytes:
    """Weekly coordination share per design: mean over replications and its 95% band."""
    plt, t = pyplot(), ctx.text
    fig, ax = plt.subplots(figsize=(9.0, 3.4))
    series = coordination_series(ctx.data.weekly)
    for i, design in enumerate(ctx.designs):
        part = series[series["design"] == design]
        if part.empty:
            continue
        st = look(i)
        ax.fill_between(part["week"], 100 * part["low"], 100 * part["high"], color=st["color"], alpha=0.18,
                        hatch=st["hatch"], edgecolor=st["color"], linewidth=0)
        ax.plot(part["week"], 100 * part["mean"], color=st["color"], linestyle=st["linestyle"], marker=st["marker"],
                markevery=max(len(part) // 8, 1), markeredgecolor="black", label=ctx.title(design))
    start = series.loc[series["measured"], "week"].min() if series["measured"].any() else None
    if start is not None and not np.isnan(start):
        ax.axvline(start, color="grey", linestyle=":", linewidth=1)
        ax.annotate(t("fig_warmup_end"), (start, ax.get_ylim()[1]), ha="left", va="top", fontsize=7.5)
    ax.set_xlabel(t("fig_week"))
    ax.set_ylabel(t("axis_coordination_share"))
    _localise(ax, t)
    ax.legend(fontsize=8)
    fig.tight_layout()
    return png(fig)


def sensitivity(ctx, ranking: pd.Series, top: int = 8) -> bytes:
    """Mean relative influence per assumption (0-1), highest at the top, by its reader's name."""
    plt, t = pyplot(), ctx.text
    shown = ranking.head(top)[::-1]
    fig, ax = plt.subplots(figsize=(8.0, 0.45 * len(shown) + 1.2))
    ax.barh(range(len(shown)), shown.to_numpy(), color=look(0)["color"], hatch="//", edgecolor="black")
    ax.set_yticks(range(len(shown)), [_short(t.factor(f), 45) for f in shown.index], fontsize=7.5)
    ax.set_xlim(0, 1.05)
    ax.set_xlabel(t("fig_sensitivity_x"))
    _localise(ax, t, "x")
    fig.tight_layout()
    return png(fig)
