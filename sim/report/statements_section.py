"""Stellingen getoetst: each statement of seed 004 with what the runs show, how sure, and what the model cannot say.

The verdict and the comparisons come from ``sim.report.statements``.
"""

from __future__ import annotations

from sim.report.context import Context
from sim.report.document import Bullets, Heading, Paragraph
from sim.report.factor_ranking import top_factor
from sim.report.statements import Tested, test_statements


def statement_blocks(ctx: Context) -> list:
    """The section that tests each statement of seed 004 against the runs."""
    t = ctx.text
    blocks = [Heading(t("h_statements")), Paragraph(t("statements_intro"))]
    for tested in test_statements(ctx.runs, ctx.roles, ctx.data.kpis):
        blocks += _one(ctx, tested)
    return blocks


def _one(ctx: Context, tested: Tested) -> list:
    t, n = ctx.text, tested.statement.number
    blocks = [Heading(t("statement_heading", n=n), 3), Paragraph(t(f"statement_{n}"), "quote")]
    if tested.verdict == "not_tested":
        roles = ", ".join(t(f"role_{r}") for r in tested.missing_roles)
        return [
            *blocks,
            Paragraph(t("verdict_not_tested", roles=roles), "verdict"),
            Paragraph(f"{t('label_cannot')}: {t(f'cannot_{n}')}", "note"),
        ]
    blocks += [Paragraph(f"{t('label_verdict')}: {t(f'verdict_{tested.verdict}')}", "verdict"),
               Paragraph(f"{t('label_shows')}:"), Bullets(tuple(_comparison(ctx, o) for o in tested.outcomes)),
               Paragraph(f"{t('label_sure')}: {_certainty(ctx, tested)}"),
               Paragraph(f"{t('label_cannot')}: {_cannot(ctx, tested)}", "note")]
    return blocks


def _comparison(ctx: Context, outcome) -> str:
    t, kpi = ctx.text, outcome.check.kpi
    agreement = {True: "agrees", False: "disagrees", None: "silent"}[outcome.agrees]
    return t("comparison", kpi=t.kpi(kpi), a=outcome.a, b=outcome.b, diff=t.estimate(outcome.diff, kpi, sign=True),
             judgement=t(f"judge_{outcome.judgement}"), agreement=t(f"agreement_{agreement}"))


def _certainty(ctx: Context, tested: Tested) -> str:
    t = ctx.text
    clear = sum(o.agrees is not None for o in tested.outcomes)
    text = t("certainty", clear=clear, total=len(tested.outcomes), n=ctx.replications())
    factor = top_factor(ctx.data.indices)
    return text + " " + (t("certainty_sensitivity", factor=factor) if factor else t("certainty_no_sensitivity"))


def _cannot(ctx: Context, tested: Tested) -> str:
    t = ctx.text
    text = t(f"cannot_{tested.statement.number}")
    if tested.missing_kpis:
        text += " " + t("missing_kpis", kpis=", ".join(tested.missing_kpis))
    return text
