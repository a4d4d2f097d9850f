"""Page 1 for the bestuurder: key messages, the decision table, what each design means, how robust.

A story: a wethouder has five minutes before the council meeting. She reads four sentences
(the wheelchair waits about eight months longer under integral access for all; every Wmo list is
overloaded; multi-problem households gain more under the vinkje; the cheaper design is cheaper
because it helps less), looks at one table with a coloured word in every cell, and sees that the
first conclusion holds in nine out of ten plausible sets of assumptions.
"""

from __future__ import annotations

from sim.access.registry import designs as registered
from sim.report.context import Context
from sim.report.decision_table import decision_table
from sim.report.document import Bullets, Heading, PageBreak, Paragraph
from sim.report.key_messages import COST, MULTI, WHEELCHAIR, change
from sim.report.key_messages import key_messages as messages
from sim.report.numbers import judgement, paired
from sim.report.robustness_lines import CRITERIA, robustness_row


def summary_blocks(ctx: Context) -> list:
    """The first page."""
    t = ctx.text
    return [Heading(t("h_summary")), Paragraph(compared(ctx), "note"),
            Heading(t("h_messages"), 3), Bullets(tuple(messages(ctx))),
            Heading(t("h_decision"), 3), decision_table(ctx), Paragraph(t("decision_note"), "note"),
            Heading(t("h_meaning"), 3), Bullets(tuple(meaning(ctx, d) for d in ctx.designs)),
            *robust_blocks(ctx), PageBreak()]


def compared(ctx: Context) -> str:
    """One sentence naming the compared designs, the municipality and the runs."""
    t = ctx.text
    inhabitants = ctx.shared("population.inhabitants")
    return t("compared", n=len(ctx.designs), municipality=ctx.municipality(),
             inhabitants=t.number(inhabitants, 0) if inhabitants is not None else t("unknown"),
             replications=ctx.replications(), years=_years(ctx, "simulation.years"),
             reference=ctx.title(ctx.data.reference))


def _years(ctx: Context, key: str) -> str:
    value = ctx.shared(key)
    return ctx.text.number(value, 0 if float(value).is_integer() else 1) if value is not None else ctx.text("unknown")


def meaning(ctx: Context, design: str) -> str:
    """"Wat betekent dit" for one design, in one line: what it did here against the reference.

    The reference gets the first sentence of its description from the design registry instead.
    """
    t, ref = ctx.text, ctx.data.reference
    if design == ref:
        record = registered().get(ctx.infos[design].access) if design in ctx.infos else None
        what = record.description.split(". ")[0].split(":")[0].rstrip(".") + "." if record else ""
        return f"{ctx.title(design)} ({t('basis')}): {what}"
    parts = []
    if WHEELCHAIR in ctx.data.kpis:
        parts.append(t("meaning_wait", change=change(ctx, paired(ctx.runs, design, ref, WHEELCHAIR), WHEELCHAIR)))
    for kpi, key, words in ((MULTI, "meaning_multi", "word"), (COST, "meaning_cost", "cost")):
        if kpi in ctx.data.kpis:
            parts.append(t(key, word=t(f"{words}_{judgement(paired(ctx.runs, design, ref, kpi), kpi)}")))
    return f"{ctx.title(design)}: {'; '.join(parts)}." if parts else ctx.title(design)


def robust_blocks(ctx: Context) -> list:
    """How robust the comparison of the targeted route with integral access for all is (scenario discovery).

    The full table, with the other comparisons, is in the sensitivity section.
    """
    t = ctx.text
    a, b = ctx.roles.get("targeted"), ctx.roles.get("integral_all")
    lines = [robust_line(ctx, row) for c in CRITERIA for row in [robustness_row(ctx.robustness, a, b, c)] if row]
    if not lines:
        return [Heading(t("h_robust"), 3), Paragraph(t("no_robustness"), "note")]
    return [Heading(t("h_robust"), 3), Bullets(tuple(lines))]


def robust_line(ctx: Context, row: dict) -> str:
    """One comparison's robustness in words, with its interval."""
    t = ctx.text
    values = {"criterion": t(f"robust_criterion_{row['criterion'].replace(' ', '-')}"),
              "share": t.number(100 * row["holds_share"], 0), "low": t.number(100 * row["holds_low"], 0),
              "high": t.number(100 * row["holds_high"], 0)}
    if row["conclusion"] == "ties":
        return t("robust_tie", a=ctx.title(row["design"]), b=ctx.title(row["other"]), **values)
    return t("robust_line", winner=ctx.title(row["winner"]), loser=ctx.title(row["loser"]), **values)
