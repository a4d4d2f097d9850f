"""The report's sections with figures: trade-off, outcomes, coordination over time, professionals, cost.

Numbers in the tables are means over replications with their 95% interval; differences are
paired with the reference on the same households. Cost and professionals are shown as
differences, because there the difference is what a bestuurder weighs: bars from zero would
hide a difference of 4% in a budget of 38 million.
"""

from __future__ import annotations

from sim.report import figures
from sim.report.context import Context
from sim.report.coordination_series import coordination_series
from sim.report.document import Figure, Heading, Paragraph, Table
from sim.report.findings import group_kpis
from sim.report.numbers import design_estimate, judgement, paired

TRADEOFF_KPIS = ("wait_median_days_wmo", "coordination_share", "zrm_change_follow_up_mean", "resolved_share",
                 "crises_per_1000_households_per_year")
SETTLED = 0.1
"""Relative change of the coordination share between the first and last measured year below which it is settled."""


def figure_sections(ctx: Context) -> list:
    """The sections with figures, in the report's order."""
    return [*tradeoff(ctx), *outcomes(ctx), *coordination(ctx), *professionals(ctx), *cost(ctx)]


def kpi_table(ctx: Context, kpis: list[str]) -> Table:
    """Rows: KPIs; columns: each design's mean [95% CI]."""
    t = ctx.text
    rows = tuple((t.kpi(k), *(t.estimate(design_estimate(ctx.runs, d, k), k) for d in ctx.designs)) for k in kpis)
    return Table((t("col_kpi"), *map(ctx.title, ctx.designs)), rows)


def tradeoff(ctx: Context) -> list:
    """The trade-off section: the trade-off figure and the headline KPIs per design."""
    t = ctx.text
    return [Heading(t("h_tradeoff")), Paragraph(t("tradeoff_intro")),
            Figure(figures.tradeoff(ctx), t("cap_tradeoff")),
            kpi_table(ctx, [k for k in TRADEOFF_KPIS if k in ctx.data.kpis])]


def coordination(ctx: Context) -> list:
    """The coordination section: coordination hours over time, and whether the share has settled."""
    t = ctx.text
    blocks = [Heading(t("h_coordination"))]
    if ctx.data.weekly is None:
        return [*blocks, Paragraph(t("no_weekly"), "note")]
    return [*blocks, Paragraph(t("coordination_intro")), Figure(figures.coordination_over_time(ctx),
                                                                  t("cap_coordination")),
            Paragraph(settled_words(ctx), "note")]


def settled_words(ctx: Context) -> str:
    """Whether the coordination share still moves in the measured years, per design, in words."""
    t = ctx.text
    series = coordination_series(ctx.data.weekly)
    measured = series[series["measured"]]
    moving = []
    for design in ctx.designs:
        part = measured[measured["design"] == design]["mean"].to_numpy()
        year = min(52, len(part) // 2)
        if year < 4:
            continue
        first, last = part[:year].mean(), part[-year:].mean()
        if first > 0 and abs(last - first) / first > SETTLED:
            moving.append(t("coordination_moving", design=ctx.title(design),
                            way=t("rises" if last > first else "falls")))
    return " ".join(moving) if moving else t("coordination_settled")


def outcomes(ctx: Context) -> list:
    """The outcomes section: KPIs by household group and the outcome figure."""
    t = ctx.text
    split = group_kpis(ctx.data.kpis)
    blocks = [Heading(t("h_outcomes"))]
    if split:
        blocks += [Paragraph(t("groups_intro")), kpi_table(ctx, split)]
    else:
        blocks.append(Paragraph(t("no_groups"), "note"))
    shown = tuple(k for k in figures.OUTCOME_KPIS if k in ctx.data.kpis)
    if shown:
        blocks += [Paragraph(t("outcomes_intro")), Figure(figures.bars(ctx, shown), t("cap_outcomes"))]
    return blocks


def professionals(ctx: Context) -> list:
    """The section on professionals per helped household."""
    return _difference_section(ctx, "professionals_per_helped_household", "h_professionals", "professionals_intro")


def cost(ctx: Context) -> list:
    """The section on cost per year, with the caveat that delayed help costs nothing."""
    blocks = _difference_section(ctx, "cost_eur_per_year", "h_cost", "cost_intro")
    return [*blocks, Paragraph(ctx.text("caveat_cost"), "note")]


def _difference_section(ctx: Context, kpi: str, heading: str, intro: str) -> list:
    t = ctx.text
    if kpi not in ctx.data.kpis:
        return [Heading(t(heading)), Paragraph(t("missing_kpi", kpi=t.kpi(kpi)), "note")]
    blocks = [Heading(t(heading)), Paragraph(t(intro)), _difference_table(ctx, kpi)]
    if len(ctx.designs) > 1:
        blocks.insert(2, Figure(figures.differences(ctx, kpi), t("cap_difference", kpi=t.kpi(kpi),
                                                                 reference=ctx.title(ctx.data.reference))))
    return blocks


def _difference_table(ctx: Context, kpi: str) -> Table:
    """Per design: mean [95% CI] and the paired difference against the reference."""
    t, ref = ctx.text, ctx.data.reference
    rows = []
    for d in ctx.designs:
        diff = paired(ctx.runs, d, ref, kpi)
        rows.append((ctx.title(d), t.estimate(design_estimate(ctx.runs, d, kpi), kpi),
                     "" if d == ref else f"{t.estimate(diff, kpi, sign=True)} ({t(f'judge_{judgement(diff, kpi)}')})"))
    return Table((t("col_design"), t("col_mean"), t("col_diff", reference=ctx.title(ref))), tuple(rows))
