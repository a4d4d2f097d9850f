"""The management summary: one page with what was compared, the key findings and the caveats."""

from __future__ import annotations

from sim.report.context import Context
from sim.report.document import Bullets, Heading, PageBreak, Paragraph
from sim.report.factor_ranking import top_factor
from sim.report.findings import Finding, caveats, key_findings


def summary_blocks(ctx: Context) -> list:
    """The first page: what was compared, the key findings and the caveats."""
    t = ctx.text
    findings = key_findings(ctx.runs, ctx.designs, ctx.data.reference, ctx.data.kpis)
    notes = caveats(ctx.data, top_factor(ctx.data.indices))
    return [Heading(t("h_summary")), Paragraph(compared(ctx), "lead"),
            Heading(t("h_findings"), 3), Bullets(tuple(finding_text(ctx, f) for f in findings)),
            Paragraph(t("rule_clear"), "note"),
            Heading(t("h_caveats"), 3), Bullets(tuple(t(c.key, **c.values) for c in notes)), PageBreak()]


def compared(ctx: Context) -> str:
    """One sentence naming the compared designs, the municipality and the runs."""
    t = ctx.text
    names = [f"{d} ({ctx.infos[d].name})" if ctx.infos[d].name != d else d for d in ctx.designs]
    municipality = ", ".join(sorted({i.municipality for i in ctx.infos.values() if i.municipality})) or t("unknown")
    inhabitants = ctx.shared("population.inhabitants")
    return t("compared", n=len(ctx.designs), designs="; ".join(names), municipality=municipality,
             inhabitants=t.number(inhabitants, 0) if inhabitants is not None else t("unknown"),
             replications=ctx.replications(), years=_years(ctx, "simulation.years"),
             warmup=_years(ctx, "simulation.warmup_years"), reference=ctx.data.reference)


def _years(ctx: Context, key: str) -> str:
    value = ctx.shared(key)
    return ctx.text.number(value, 1) if value is not None else ctx.text("unknown")


def finding_text(ctx: Context, finding: Finding) -> str:
    """A finding in words: the reference's estimate and each design's difference."""
    t = ctx.text
    parts = [f"{t.kpi(finding.kpi)}: {finding.reference} {t.estimate(finding.reference_estimate, finding.kpi)}"]
    for design, diff, said in finding.others:
        parts.append(t("finding_diff", design=design, diff=t.estimate(diff, finding.kpi, sign=True),
                       judgement=t(f"judge_{said}")))
    return "; ".join(parts) + "."
