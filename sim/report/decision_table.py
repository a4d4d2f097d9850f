"""The decision table of page 1: criteria against designs, each cell a tone, a word and a number.

Rows are the criteria a bestuurder weighs (the wait of a single Wmo request, the share decided
within the legal term, coordination load, the outcomes of multi-problem and of single-need
households, cost, and the extra staff needed to hold today's waits); columns are the designs,
the reference first. The reference's cell holds its level; every other cell holds the word
(better, worse, no demonstrable difference), the paired difference and its interval, and a tone
that colours the cell. Colour is never the only signal: the word is always there.

A story: under integrale toegang the Wmo cell says "slechter: ongeveer 8 maanden langer
(overbelast ...)" on an orange ground; the vinkje's cost cell says "geen aantoonbaar verschil"
on grey.
"""

from __future__ import annotations

from sim.report.capacity_needed import extra_fte
from sim.report.context import Context
from sim.report.document import Table
from sim.report.key_messages import COST, UNMET
from sim.report.numbers import design_estimate, judgement, paired

CRITERIA = ("wait_median_days_wmo_single_need", "within_norm_share_wmo", "coordination_share",
            "zrm_change_follow_up_mean_multiproblem", "zrm_change_follow_up_mean_single_problem",
            "cost_eur_per_year")
"""The KPIs of the decision table, in its order; the extra-staff row comes last."""
TONES = {"better": "good", "worse": "bad", "unclear": "neutral", "higher": "neutral", "lower": "neutral"}


def criteria(ctx: Context) -> list[str]:
    """The criteria these results hold."""
    return [k for k in CRITERIA if k in ctx.data.kpis]


def decision_table(ctx: Context) -> Table:
    """The table: one row per criterion, one column per design (the reference first)."""
    t, ref = ctx.text, ctx.data.reference
    designs = [ref, *(d for d in ctx.designs if d != ref)]
    rows, tones = [], []
    for kpi in criteria(ctx):
        cells = [_cell(ctx, d, kpi) for d in designs]
        rows.append((t(f"criterion_{kpi}"), *(c for c, _ in cells)))
        tones.append(("", *(tone for _, tone in cells)))
    if ctx.capacity is not None:
        cells = [_capacity_cell(ctx, d) for d in designs]
        rows.append((t("criterion_extra_fte"), *(c for c, _ in cells)))
        tones.append(("", *(tone for _, tone in cells)))
    header = (t("col_criterion"), *(ctx.title(d) for d in designs))
    return Table(header, tuple(rows), tuple(tones))


def _cell(ctx: Context, design: str, kpi: str) -> tuple[str, str]:
    t = ctx.text
    if design == ctx.data.reference:
        return f"{t('basis')}: {t.estimate(design_estimate(ctx.runs, design, kpi), kpi, short=True)}", "base"
    diff = paired(ctx.runs, design, ctx.data.reference, kpi)
    said = judgement(diff, kpi)
    text = t.estimate(diff, kpi, sign=True, short=True)
    if kpi == COST and said == "better" and _less_help(ctx, design):
        return f"{t('word_lower_less_help')}: {text}", "neutral"
    return f"{t(f'word_{said}')}: {text}", TONES[said]


def _less_help(ctx: Context, design: str) -> bool:
    """Whether more need went without help under ``design`` than under the reference (so it spent less)."""
    if UNMET not in ctx.data.kpis:
        return False
    return judgement(paired(ctx.runs, design, ctx.data.reference, UNMET), UNMET) == "worse"


def _capacity_cell(ctx: Context, design: str) -> tuple[str, str]:
    t = ctx.text
    if design == ctx.data.reference:
        return t("capacity_reference"), "base"
    need = extra_fte(ctx.capacity, design)
    if need is None:
        return t("capacity_not_searched"), "neutral"
    text = t("capacity_fte", fte=t.number(need.fte, 0))
    if need.low == need.low:
        text += f" [{t.number(need.low, 0)} \u2013 {t.number(need.high, 0)}]"
    if need.unreached:
        text += " " + t("capacity_unreached", organisations=", ".join(need.unreached))
    return text, "bad" if need.fte > 0.5 or need.unreached else "neutral"
