"""How designs look in every figure: an Okabe-Ito colour, a marker, a hatch and a line style.

Okabe and Ito's palette stays distinguishable for the common forms of colour blindness; the
marker, hatch and line style make each design recognisable in a black-and-white print too.
A story: a wethouder photocopies the trade-off figure in grey; ``vinkje`` is still the
triangle with the dotted line and the cross-hatched bar.
"""

from __future__ import annotations

import io

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#F0E442")
"""Blue, orange, bluish green, vermillion, reddish purple, sky blue, black, yellow (last: faint in print)."""
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")
HATCHES = ("", "//", "xx", "..", "\\\\", "++", "oo", "--")
LINES = ("-", "--", ":", "-.", (0, (5, 1)), (0, (1, 1)), (0, (3, 1, 1, 1)), (0, (5, 5)))
DPI = 150


def look(index: int) -> dict:
    """Colour, marker, hatch and line style of the ``index``-th design."""
    i = index % len(OKABE_ITO)
    return {"color": OKABE_ITO[i], "marker": MARKERS[i], "hatch": HATCHES[i], "linestyle": LINES[i]}


def pyplot():
    """Matplotlib's pyplot on the file-only Agg backend, with print-friendly defaults."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update({"font.size": 9, "axes.titlesize": 10, "axes.grid": True, "grid.alpha": 0.3,
                         "hatch.linewidth": 0.8, "savefig.facecolor": "white", "figure.facecolor": "white"})
    return plt


def png(fig) -> bytes:
    """The figure as PNG bytes; the figure is closed."""
    plt = pyplot()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, bbox_inches="tight")
    plt.close(fig)
    return buffer.getvalue()
