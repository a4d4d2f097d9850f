"""The report's sections with figures.

The figure sections: trade-off, waits against the legal norms, coordination over time,
outcomes by household type, professionals per household, cost per design.
"""

from __future__ import annotations

from sim.domains import DOMAINS
from sim.report import figures
from sim.report.context import Context
from sim.report.document import Figure, Heading, Paragraph, Table
from sim.report.findings import group_kpis
from sim.report.numbers import design_estimate, judgement, paired


def figure_sections(ctx: Context) -> list:
    """The sections with figures, in the report's order."""
    return [*tradeoff(ctx), *waits(ctx), *coordination(ctx), *outcomes(ctx), *professionals(ctx), *cost(ctx)]


def _kpi_table(ctx: Context, kpis: list[str]) -> Table:
    """Rows: KPIs; columns: each design's mean [95% CI]."""
    t = ctx.text
    rows = tuple((t.kpi(k), *(t.estimate(design_estimate(ctx.runs, d, k), k) for d in ctx.designs)) for k in kpis)
    return Table((t("col_kpi"), *ctx.designs), rows)


def tradeoff(ctx: Context) -> list:
    """The trade-off section: the trade-off figure and the headline KPIs per design."""
    t = ctx.text
    return [Heading(t("h_tradeoff")), Paragraph(t("tradeoff_intro")),
            Figure(figures.tradeoff(ctx.runs, ctx.designs, t), t("cap_tradeoff")),
            _kpi_table(ctx, [k for k in ("wait_median_days_wmo", "coordination_share", "zrm_change_follow_up_mean",
                                         "resolved_share", "crises_per_1000_households_per_year")
                             if k in ctx.data.kpis])]


def norms(ctx: Context) -> dict[str, float]:
    """The legal norm in days per domain, where all compared designs share it."""
    out = {}
    for d in DOMAINS:
        days, measure = ctx.shared(f"norms.{d}.days"), ctx.shared(f"norms.{d}.measure")
        if days and measure not in (None, "none"):
            out[d] = float(days)
    return out


def waits(ctx: Context) -> list:
    """The waits section: the share of requests within the legal norm per domain."""
    t = ctx.text
    kpis = [f"within_norm_share_{d}" for d in DOMAINS if f"within_norm_share_{d}" in ctx.data.kpis]
    blocks = [Heading(t("h_waits")), Paragraph(t("waits_intro", norms=_norm_list(ctx))),
              Figure(figures.waits_against_norms(ctx.runs, ctx.designs, norms(ctx), t), t("cap_waits")),
              _kpi_table(ctx, kpis)]
    wheelchair = ctx.roles.get("integral_all")
    if wheelchair and wheelchair != ctx.data.reference and "within_norm_share_wmo" in ctx.data.kpis:
        diff = paired(ctx.runs, wheelchair, ctx.data.reference, "within_norm_share_wmo")
        blocks.append(Paragraph(t("wheelchair", design=wheelchair, reference=ctx.data.reference,
                                  diff=t.estimate(diff, "within_norm_share_wmo", sign=True),
                                  judgement=t(f"judge_{judgement(diff, 'within_norm_share_wmo')}"))))
    return blocks


def _norm_list(ctx: Context) -> str:
    found = norms(ctx)
    if not found:
        return ctx.text("unknown")
    return "; ".join(f"{ctx.text.domains[d]}: {ctx.text.number(days, 0)} {ctx.text('unit_days')}"
                     for d, days in found.items())


def coordination(ctx: Context) -> list:
    """The coordination section: coordination hours over time, when the weekly log is there."""
    t = ctx.text
    blocks = [Heading(t("h_coordination"))]
    if ctx.data.weekly is None:
        return [*blocks, Paragraph(t("no_weekly"), "note")]
    return [
        *blocks,
        Paragraph(t("coordination_intro")),
        Figure(figures.coordination_over_time(ctx.data.weekly, ctx.designs, t), t("cap_coordination")),
    ]


def outcomes(ctx: Context) -> list:
    """The outcomes section: KPIs by household group and the outcome figure."""
    t = ctx.text
    split = group_kpis(ctx.data.kpis)
    blocks = [Heading(t("h_outcomes"))]
    if split:
        blocks += [Paragraph(t("groups_intro")), _kpi_table(ctx, split)]
    else:
        blocks.append(Paragraph(t("no_groups"), "note"))
    shown = tuple(k for k in figures.OUTCOME_KPIS if k in ctx.data.kpis)
    if shown:
        blocks += [Paragraph(t("outcomes_intro")), Figure(figures.bars(ctx.runs, ctx.designs, shown, t),
                                                          t("cap_outcomes"))]
    return blocks


def professionals(ctx: Context) -> list:
    """The section on professionals per helped household."""
    return _single(ctx, "professionals_per_helped_household", "h_professionals", "professionals_intro")


def cost(ctx: Context) -> list:
    """The section on cost per year."""
    return _single(ctx, "cost_eur_per_year", "h_cost", "cost_intro")


def _single(ctx: Context, kpi: str, heading: str, intro: str) -> list:
    t = ctx.text
    if kpi not in ctx.data.kpis:
        return [Heading(t(heading)), Paragraph(t("missing_kpi", kpi=kpi), "note")]
    return [Heading(t(heading)), Paragraph(t(intro)),
            Figure(figures.bars(ctx.runs, ctx.designs, (kpi,), t), t.kpi(kpi)), _difference_table(ctx, kpi)]


def _difference_table(ctx: Context, kpi: str) -> Table:
    """Per design: mean [95% CI] and the paired difference against the reference."""
    t, ref = ctx.text, ctx.data.reference
    rows = []
    for d in ctx.designs:
        diff = paired(ctx.runs, d, ref, kpi)
        rows.append((d, t.estimate(design_estimate(ctx.runs, d, kpi), kpi),
                     "" if d == ref else f"{t.estimate(diff, kpi, sign=True)} ({t(f'judge_{judgement(diff, kpi)}')})"))
    return Table((t("col_design"), t("col_mean"), t("col_diff", reference=ref)), tuple(rows))
