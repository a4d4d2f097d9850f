"""One chart of the live page: a weekly series of the design beside the baseline, in Dutch.

The design is the solid Okabe-Ito blue line, the sectoral baseline the dashed orange one (the
report's looks, sim/report/style.py, so a grey print still tells them apart); a legal term, when
the chart has one, is a dotted black line. The x-axis counts weeks after the warm-up. Figures are
built without pyplot, so two visitors' threads never share matplotlib's global state.
"""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from sim.live.labels import BASELINE_SERIES, DESIGN_SERIES, WEEKS_AXIS, norm_line, number
from sim.report.style import look

SIZE_INCHES = (7.0, 3.2)
MIN_WEEKS = 13
"""The x-axis spans at least a quarter, so the first weeks do not fill the whole width."""
HEADROOM = 1.2
"""The y-axis reaches a fifth above the legal term, so its line never lies on the frame."""


def series_chart(series: str, title: str, unit: str, weeks: list[float], design: list[float],
                 baseline: list[float], norm_days: float | None = None) -> Figure:
    """``title`` over ``weeks``: '``series`` — ontwerp' and '— sectoraal', and the norm line if given.

    The latest week of each series carries its marker, so week 0 (one point) shows too.
    """
    fig = Figure(figsize=SIZE_INCHES, layout="constrained")
    ax = fig.add_subplot()
    for values, name, index in ((design, DESIGN_SERIES, 0), (baseline, BASELINE_SERIES, 1)):
        style = look(index)
        ax.plot(weeks, values, color=style["color"], linestyle=style["linestyle"], linewidth=2,
                marker=style["marker"], markevery=[len(weeks) - 1], label=f"{series} \u2014 {name}")
    if norm_days is not None:
        ax.axhline(norm_days, color="black", linestyle=":", linewidth=1.5, label=norm_line(norm_days))
    ax.set_title(title)
    ax.set_xlabel(WEEKS_AXIS)
    ax.set_ylabel(unit)
    ax.set_xlim(-0.5, max(MIN_WEEKS, weeks[-1]))
    ax.set_ylim(0, max(1.0, ax.get_ylim()[1], HEADROOM * (norm_days or 0.0)))
    ax.grid(alpha=0.3)
    digits = 0 if ax.get_ylim()[1] >= 10 else 1
    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _: number(value)))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: number(value, digits)))
    ax.legend(loc="upper left", fontsize=8)
    return fig
