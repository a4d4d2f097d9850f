"""The robustness of each conclusion in words, in a table and in a figure (``integraal discover``).

A story: the robustness table says the vinkje wins on waits at 78% of 200 design points, with a
Wilson interval of 72% to 83%, and that PRIM's box of flips restricts the meeting hours to above
4.1. A reader of the report gets one sentence: "vinkje better than sectoraal on waits: holds in
78% [72, 83] of the plausible space (200 points); sectoraal better in 15%, no clear difference in
7%; sectoraal better most of all when meeting.hours > 4.1 (coverage 70%, density 85%)".
``integraal summarize`` prints these sentences when the results folder has a ``robustness.csv``;
the figure shows every contrast's shares side by side.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from sim.output.results_folder import write_atomic

ROBUSTNESS_FILE = "robustness.csv"
BOXES_FILE = "boxes.csv"
FIGURE_FILE = "discovery.png"
VERDICTS = ("wins", "loses", "ties")
"""What a design does against another at one design point: better, worse, or within the tie margin."""
COLOURS = {"wins": "#0072B2", "ties": "#BBBBBB", "loses": "#E69F00"}
"""Okabe-Ito blue and orange with a neutral grey: distinct for every common colour-vision deficiency."""


def percent(share: float) -> str:
    """A share as a whole percentage without the sign: 0.783 -> ``78``."""
    return f"{100 * share:.0f}"


def verdict_words(verdict: str, design: str, other: str) -> str:
    """``wins``/``loses``/``ties`` of ``design`` against ``other`` as a short phrase."""
    return {"wins": f"{design} better", "loses": f"{other} better", "ties": "no clear difference"}[verdict]


def box_words(box: pd.DataFrame) -> str:
    """The restricted factors of a PRIM box: ``meeting.hours > 4.1 and 0.4 < vinkje.sensitivity < 0.55``."""
    parts = []
    for r in box.itertuples():
        low, high = r.lower > r.space_lower, r.upper < r.space_upper
        if low and high:
            parts.append(f"{r.lower:.3g} < {r.factor} < {r.upper:.3g}")
        else:
            parts.append(f"{r.factor} > {r.lower:.3g}" if low else f"{r.factor} < {r.upper:.3g}")
    return " and ".join(parts)


def statement(row: pd.Series, box: pd.DataFrame, space: str) -> str:
    """One contrast on one criterion in a sentence: what holds, where, and when it flips."""
    if row["points"] == 0:
        return f"{row['contrast']} on {row['criterion']}: {row['box_note']}"
    head = {"wins": f"{row['design']} better than {row['other']}", "loses": f"{row['other']} better than "
            f"{row['design']}", "ties": f"no clear difference between {row['design']} and {row['other']}"}
    text = (f"{head[row['conclusion']]} on {row['criterion']}: holds in {percent(row['holds_share'])}% "
            f"[{percent(row['holds_low'])}, {percent(row['holds_high'])}] of the {space} space "
            f"({row['points']} points)")
    elsewhere = [f"{verdict_words(o, row['design'], row['other'])} in {percent(row[f'{o}_share'])}%"
                 for o in VERDICTS if o != row["conclusion"] and row[f"{o}_share"] > 0]
    if not elsewhere:
        return f"{text}; holds everywhere"
    text = f"{text}; {', '.join(elsewhere)}"
    flip = verdict_words(row["flip"], row["design"], row["other"])
    if row["flip_points"] == 0:
        return f"{text}; {flip} nowhere"
    if box.empty:
        return f"{text}; {flip}: {row['box_note']}"
    return (f"{text}; {flip} most of all when {box_words(box)} (coverage {percent(row['box_coverage'])}%, "
            f"density {percent(row['box_density'])}%)")


def with_statements(robustness: pd.DataFrame, boxes: pd.DataFrame, space: str) -> pd.DataFrame:
    """The robustness table with a ``statement`` column (the sentence of each row)."""
    def box_of(row):
        return boxes[(boxes["contrast"] == row["contrast"]) & (boxes["criterion"] == row["criterion"])]
    return robustness.assign(statement=[statement(r, box_of(r), space) for _, r in robustness.iterrows()])


def write_robustness(folder: Path, robustness: pd.DataFrame, boxes: pd.DataFrame) -> list[Path]:
    """Write robustness.csv, boxes.csv and discovery.png into ``folder``; return their paths."""
    folder = Path(folder)
    write_atomic(folder / ROBUSTNESS_FILE, robustness.to_csv(index=False))
    write_atomic(folder / BOXES_FILE, boxes.to_csv(index=False))
    return [folder / ROBUSTNESS_FILE, folder / BOXES_FILE, plot_discovery(robustness, folder / FIGURE_FILE)]


def format_robustness(robustness: pd.DataFrame) -> str:
    """The statements, one per line, under a heading per contrast."""
    lines = ["Robustness per contrast (share of design points, 95% Wilson interval; PRIM box of the flips)"]
    for contrast, rows in robustness.groupby("contrast", sort=False):
        lines += ["", contrast] + [f"  {s}" for s in rows["statement"]]
    return "\n".join(lines)


def robustness_text(folder: Path) -> str:
    """The statements of ``folder``'s robustness.csv, or an empty string when it has none."""
    path = Path(folder) / ROBUSTNESS_FILE
    return format_robustness(pd.read_csv(path)) if path.is_file() else ""


def plot_discovery(robustness: pd.DataFrame, path: Path) -> Path:
    """Stacked bars per contrast and criterion: the shares of points where the design wins, ties, loses."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    shown = robustness[robustness["points"] > 0].iloc[::-1]
    labels = [f"{r.contrast}\n{r.criterion} ({r.better} is better)" for r in shown.itertuples()]
    fig, ax = plt.subplots(figsize=(8, 1.2 + 0.55 * max(len(shown), 1)))
    left = pd.Series(0.0, index=shown.index)
    for outcome, name in (("wins", "first design better"), ("ties", "no clear difference"),
                          ("loses", "second design better")):
        ax.barh(labels, 100 * shown[f"{outcome}_share"], left=100 * left, color=COLOURS[outcome], label=name)
        left = left + shown[f"{outcome}_share"]
    ax.errorbar(100 * shown["wins_share"], labels, xerr=[100 * (shown["wins_share"] - shown["wins_low"]),
                100 * (shown["wins_high"] - shown["wins_share"])], fmt="none", ecolor="black", capsize=3)
    ax.set_xlim(0, 100)
    ax.set_xlabel("share of design points (%); whisker: 95% interval of the first design's share")
    ax.tick_params(axis="y", labelsize=7)
    ax.legend(fontsize=7, ncol=3, loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False)
    fig.tight_layout()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return Path(path)
