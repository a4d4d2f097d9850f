"""Scenario discovery: in what share of the plausible space a design wins, and where the conclusion flips.

A story: a Latin hypercube of 200 points spans the plausible ranges of the meeting hours, the
flag's accuracy, the benefit of integral help and a dozen other numbers nobody measured. At each
point ``vinkje`` and ``sectoraal`` ran with the same households (common random numbers). Per point
the vinkje's median Wmo wait minus the sectoral one, averaged over the replications, says who
wins there: the vinkje when its wait is more than a day shorter, sectoraal when it is more than a
day longer, a tie in between. If the vinkje wins at 156 of the 200 points, the conclusion "the
vinkje waits less" holds in 78% of the space; PRIM then finds the box where it flips, say
``meeting.hours > 4.1``: long meetings eat the time the flag saves.

:func:`discover` takes the run table of such a sweep and returns two tidy tables: one row per
contrast and criterion (the shares, with Wilson intervals), and one row per factor that the first
PRIM box restricts. The words are made in :mod:`sim.output.robustness`.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass
from itertools import combinations

import numpy as np
import pandas as pd
from scipy import stats

from sim.output.robustness import VERDICTS
from sim.output.summary import factor_columns

CONFIDENCE = 0.95
DENSITY_TARGET = 0.8
"""A PRIM box is taken as large as it can be while at least this share of its points flip."""
QP_MAX = 0.05
"""A box restriction whose quasi-p-values (both ends) exceed this is taken as chance and dropped."""
DENSITY_MIN = 0.5
"""Below this density no box is reported: the flips are scattered, not a region of the space."""
ROBUSTNESS_COLUMNS = ["contrast", "design", "other", "criterion", "kpi", "better", "tolerance", "points",
                      "wins_share", "wins_low", "wins_high", "loses_share", "ties_share", "conclusion",
                      "holds_share", "holds_low", "holds_high", "flip", "flip_points", "box_coverage",
                      "box_density", "box_note"]
NO_POINTS = "no design point where both designs have a value of this KPI (neither varied, or it is missing in the runs)"
BOX_COLUMNS = ["contrast", "criterion", "factor", "lower", "upper", "space_lower", "space_upper", "coverage",
               "density"]


@dataclass(frozen=True)
class Criterion:
    """One yardstick of a contrast: a KPI, which way is better, and the difference that counts as a tie.

    ``tolerance`` is in the KPI's own units, or a share of the other design's value when
    ``relative`` (a cost difference of 0.5% of a budget is noise, not a conclusion).
    """

    name: str
    kpi: str
    higher_is_better: bool
    tolerance: float
    relative: bool = False

    @property
    def better(self) -> str:
        """``higher`` or ``lower``: the direction in which the KPI is better."""
        return "higher" if self.higher_is_better else "lower"

    def margin(self, other_value: float) -> float:
        """The tie margin at a point where the other design scored ``other_value``."""
        return self.tolerance * abs(other_value) if self.relative else self.tolerance


CRITERIA = (
    Criterion("waits", "wait_median_days_wmo", higher_is_better=False, tolerance=1.0),
    Criterion("multi-problem outcomes", "zrm_change_follow_up_mean_multiproblem", higher_is_better=True,
              tolerance=0.02),
    Criterion("cost", "cost_eur_per_year", higher_is_better=False, tolerance=0.005, relative=True),
)
"""Waits: the median Wmo wait in days, a tie within a day. Outcomes of multi-problem households: the
mean ZRM change from the request to 12 months later (higher is better: it counts waiting and
worsening as well as help), a tie within 0.02 ZRM points. Cost: euros a year, a tie within 0.5%."""


def contrasts(designs: list[str], reference: str) -> list[tuple[str, str]]:
    """Pairs (design, other): each design against every design listed before it, the reference first.

    ``sectoraal`` (reference), ``integrale-toegang``, ``vinkje`` give integrale-toegang vs sectoraal,
    vinkje vs sectoraal and vinkje vs integrale-toegang.
    """
    ordered = [reference, *[d for d in designs if d != reference]]
    return [(later, earlier) for earlier, later in combinations(ordered, 2)]


def point_factors(table: pd.DataFrame) -> pd.DataFrame:
    """The factor values of each design point of a run table, indexed by point."""
    return table.dropna(subset=["point"]).drop_duplicates("point").set_index("point")[factor_columns(table)]


def numeric_columns(factors: pd.DataFrame) -> pd.DataFrame:
    """The factors that can be bounded (numbers; not yes/no switches or names)."""
    return factors.select_dtypes(include="number").select_dtypes(exclude="bool")


def point_differences(table: pd.DataFrame, design: str, other: str, kpi: str) -> pd.DataFrame:
    """Per design point: the design's KPI minus the other's, paired by replication and averaged; the other's mean.

    A design that is not varied (no point numbers) is paired with every point by replication; when
    neither is varied there are no points. Points where either value is missing are left out.
    """
    ok = table[table["status"] == "ok"]
    joined = _side(ok, design, kpi).merge(_side(ok, other, f"{kpi}@other"), on=None).dropna()
    if "point" not in joined:
        return pd.DataFrame(columns=["point", "difference", "other_value"])
    frame = pd.DataFrame({"point": joined["point"].astype(int), "difference": joined[kpi] - joined[f"{kpi}@other"],
                          "other_value": joined[f"{kpi}@other"].abs()})
    return frame.groupby("point", as_index=False).mean()


def _side(ok: pd.DataFrame, design: str, name: str) -> pd.DataFrame:
    """One design's runs: replication, point (when varied) and the KPI under ``name``."""
    runs = ok[ok["design"] == design]
    columns = ["replication", "point"] if runs["point"].notna().any() else ["replication"]
    return runs[columns].assign(**{name: runs[name.removesuffix("@other")]})


def verdicts(differences: pd.DataFrame, criterion: Criterion) -> pd.Series:
    """Per point: ``wins`` (the design better beyond the tie margin), ``loses`` or ``ties``."""
    gain = differences["difference"] if criterion.higher_is_better else -differences["difference"]
    margin = differences["other_value"].map(criterion.margin)
    return pd.Series(np.select([gain > margin, gain < -margin], ["wins", "loses"], "ties"),
                     index=differences.index)


def wilson(successes: int, n: int, confidence: float = CONFIDENCE) -> tuple[float, float]:
    """The Wilson score interval of a share ``successes`` / ``n`` (sound near 0% and 100%)."""
    if n == 0:
        return math.nan, math.nan
    z = stats.norm.ppf(0.5 + confidence / 2)
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    low = 0.0 if successes == 0 else max(0.0, centre - half)  # exactly 0 (and 1) where rounding would not give it
    return low, 1.0 if successes == n else min(1.0, centre + half)


def conclusion_and_flip(counts: dict[str, int]) -> tuple[str, str]:
    """The most common verdict (the conclusion) and the verdict that reverses it (the flip).

    Wins against loses: each flips the other. When ties are most common ("no clear difference"),
    the flip is the more common of wins and loses.
    """
    conclusion = max(VERDICTS, key=lambda o: counts[o])
    if conclusion == "ties":
        return conclusion, max(("wins", "loses"), key=lambda o: counts[o])
    return conclusion, "loses" if conclusion == "wins" else "wins"


def flip_box(factors: pd.DataFrame, flips: np.ndarray) -> tuple[pd.DataFrame, str]:
    """The first PRIM box of the points where the conclusion flips: its limits per restricted factor.

    Returns (rows of factor, lower, upper, space_lower, space_upper, coverage, density; a note). The
    box is the one on PRIM's peeling trajectory that holds most flips (then: the densest of those)
    while at least ``DENSITY_TARGET`` of its points flip, or else the densest, if at least
    ``DENSITY_MIN`` of its points flip. No box (and a note saying why) when nothing flips (the
    flips never outnumber the conclusion, so they are never everywhere), or when they are scattered.
    """
    numeric = numeric_columns(factors)
    if not flips.any():
        return _no_box(), "never flips"
    if numeric.empty:
        return _no_box(), "no numeric factor to bound"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ema_workbench warns about optional parallel back-ends it does not need
        from ema_workbench.analysis import prim

        algorithm = prim.Prim(numeric.reset_index(drop=True), flips.astype(int), threshold=DENSITY_MIN)
        box = algorithm.find_box()
    trajectory = box.peeling_trajectory.reset_index(drop=True)
    usable = trajectory[(trajectory["res_dim"] > 0) & (trajectory["density"] >= DENSITY_MIN)]
    if usable.empty:
        return _no_box(), "flips scattered: no box where most points flip"
    dense = usable[usable["density"] >= DENSITY_TARGET]
    chosen = dense.sort_values(["coverage", "density"]).index[-1] if len(dense) else usable["density"].idxmax()
    final = _significant(box, int(chosen))
    trajectory = box.peeling_trajectory.reset_index(drop=True)
    return _limits(box.box_lims[final], algorithm.box_init, trajectory.loc[final]), ""


def _significant(box, chosen: int) -> int:
    """The chosen box, simplified: restrictions that PRIM's quasi-p-values call chance are dropped.

    With 200 points PRIM peels slivers off factors that do not matter. Each restriction whose
    quasi-p-value exceeds ``QP_MAX`` is dropped in turn (most doubtful first, EMA Workbench's
    ``drop_restriction``) as long as the box keeps its density (at least the chosen box's, up to
    ``DENSITY_TARGET``); the index of the final box on the trajectory is returned.
    """
    box.select(chosen)
    floor = min(float(box.peeling_trajectory["density"].iloc[chosen]), DENSITY_TARGET)
    qp = {dim: min(v for v in ends if v >= 0) for dim, ends in box.qp[chosen].items() if max(ends) >= 0}
    current = chosen
    for dim in sorted((d for d in qp if qp[d] > QP_MAX), key=qp.get, reverse=True):
        box.drop_restriction(dim)
        latest = box.peeling_trajectory.iloc[-1]
        if latest["density"] >= floor and latest["res_dim"] > 0:
            current = len(box.box_lims) - 1
        box.select(current)
    return current


def _limits(limits: pd.DataFrame, space: pd.DataFrame, stats_row: pd.Series) -> pd.DataFrame:
    """The restricted factors of a box: its bounds beside the bounds of the whole sampled space."""
    rows = [{"factor": f, "lower": float(limits[f].iloc[0]), "upper": float(limits[f].iloc[1]),
             "space_lower": float(space[f].iloc[0]), "space_upper": float(space[f].iloc[1]),
             "coverage": float(stats_row["coverage"]), "density": float(stats_row["density"])}
            for f in limits.columns if (limits[f].iloc[0], limits[f].iloc[1]) != (space[f].iloc[0], space[f].iloc[1])]
    return pd.DataFrame(rows, columns=BOX_COLUMNS[2:])


def _no_box() -> pd.DataFrame:
    return pd.DataFrame(columns=BOX_COLUMNS[2:])


def assess(table: pd.DataFrame, design: str, other: str, criterion: Criterion) -> tuple[dict, pd.DataFrame]:
    """One contrast on one criterion: the robustness row and the rows of its flip box."""
    differences = point_differences(table, design, other, criterion.kpi)
    verdict = verdicts(differences, criterion)
    label = f"{design} vs {other}"
    row = {"contrast": label, "design": design, "other": other, "criterion": criterion.name, "kpi": criterion.kpi,
           "better": criterion.better, "tolerance": criterion.tolerance, "points": len(verdict)}
    if verdict.empty:
        return {**row, "flip_points": 0, "box_note": NO_POINTS}, pd.DataFrame(columns=BOX_COLUMNS)
    points = point_factors(table)
    counts = {v: int((verdict == v).sum()) for v in VERDICTS}
    conclusion, flip = conclusion_and_flip(counts)
    box, note = flip_box(points.loc[differences["point"]], (verdict == flip).to_numpy())
    row |= {**_shares(counts, conclusion), "flip": flip, "flip_points": counts[flip], "box_note": note,
            "box_coverage": box["coverage"].iloc[0] if len(box) else math.nan,
            "box_density": box["density"].iloc[0] if len(box) else math.nan}
    return row, box.assign(contrast=label, criterion=criterion.name)[BOX_COLUMNS]


def _shares(counts: dict[str, int], conclusion: str) -> dict:
    """The share of each verdict, the Wilson interval of the design's wins and of the conclusion."""
    n = sum(counts.values())
    wins_low, wins_high = wilson(counts["wins"], n)
    holds_low, holds_high = wilson(counts[conclusion], n)
    return {**{f"{v}_share": counts[v] / n for v in VERDICTS}, "wins_low": wins_low, "wins_high": wins_high,
            "conclusion": conclusion, "holds_share": counts[conclusion] / n, "holds_low": holds_low,
            "holds_high": holds_high}


def discover(table: pd.DataFrame, reference: str,
             criteria: tuple[Criterion, ...] = CRITERIA) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(robustness, boxes) of a space-filling sweep: every contrast of its designs on every criterion."""
    designs = list(dict.fromkeys(table.loc[table["status"] == "ok", "design"]))
    rows, boxes = [], []
    for design, other in contrasts(designs, reference):
        for criterion in criteria:
            row, box = assess(table, design, other, criterion)
            rows.append(row)
            boxes.append(box)
    robustness = pd.DataFrame(rows, columns=ROBUSTNESS_COLUMNS)
    return robustness, pd.concat([b for b in boxes if len(b)] or [pd.DataFrame(columns=BOX_COLUMNS)],
                                 ignore_index=True)
