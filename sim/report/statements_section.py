"""Vijftien stellingen: every statement of Bijlage 1 of the Drechtsteden note, classified and tested where it can be.

First an overview of all fifteen (number, statement, kind, verdict), then each statement with
what the runs show, how sure that is and what the model cannot say; a normative statement gets
the reason it cannot be tested. The verdicts and comparisons come from ``sim.report.statements``.
"""

from __future__ import annotations

from sim.report.context import Context
from sim.report.document import Bullets, Heading, Paragraph, Table
from sim.report.factor_ranking import top_factor
from sim.report.statements import Tested, test_statements

STATEMENTS_EXPERIMENT = "experiments/stellingen.toml"
"""The experiment that runs every design a statement needs (een-loket, no-wrong-door, avg-strikt, ...)."""


def statement_blocks(ctx: Context, report: Context | None = None) -> list:
    """The section: the overview table of all fifteen, then each statement.

    ``ctx`` holds the runs the statements are tested on; ``report`` the report's own results, when
    the statements come from another folder (experiments/stellingen.toml), which the intro then names.
    """
    t = ctx.text
    tested = test_statements(ctx.runs, ctx.roles, ctx.data.kpis)
    rows = tuple((str(s.statement.number), t(f"statement_{s.statement.number}"), t(f"kind_{s.statement.kind}"),
                  _verdict_word(ctx, s)) for s in tested)
    source = t("statements_source", n=len(ctx.designs), replications=ctx.replications(),
               municipality=ctx.municipality(), designs=", ".join(ctx.title(d) for d in ctx.designs))
    intro = t("statements_intro") + (" " + source if report is not None and report is not ctx else "")
    blocks = [Heading(t("h_statements")), Paragraph(intro),
              Table((t("col_number"), t("col_statement"), t("col_kind"), t("col_verdict")), rows)]
    for one in tested:
        blocks += _one(ctx, one)
    return blocks


def _verdict_word(ctx: Context, tested: Tested) -> str:
    t = ctx.text
    if tested.verdict == "not_tested":
        return t("verdict_short_not_run")
    return t(f"verdict_{tested.verdict}")


def _one(ctx: Context, tested: Tested) -> list:
    t, n = ctx.text, tested.statement.number
    blocks = [Heading(t("statement_heading", n=n), 3), Paragraph(t(f"statement_{n}"), "quote"),
              Paragraph(f"{t('label_kind')}: {t(f'kind_{tested.statement.kind}')}", "verdict")]
    if tested.verdict == "normative":
        return [*blocks, Paragraph(f"{t('label_why')}: {t(f'reason_{n}')}")]
    if tested.verdict == "not_tested":
        roles = ", ".join(t(f"role_{r}") for r in tested.missing_roles)
        return [*blocks, Paragraph(t("verdict_not_tested", roles=roles, experiment=STATEMENTS_EXPERIMENT)),
                Paragraph(f"{t('label_cannot')}: {t(f'reason_{n}')}", "note")]
    return [*blocks, Paragraph(f"{t('label_verdict')}: {t(f'verdict_{tested.verdict}')}", "verdict"),
            Paragraph(f"{t('label_shows')}:"), Bullets(tuple(_comparison(ctx, o) for o in tested.outcomes)),
            Paragraph(f"{t('label_sure')}: {_certainty(ctx, tested)}"),
            Paragraph(f"{t('label_cannot')}: {_cannot(ctx, tested)}", "note")]


def _comparison(ctx: Context, outcome) -> str:
    t, kpi = ctx.text, outcome.check.kpi
    agreement = {True: "agrees", False: "disagrees", None: "silent"}[outcome.agrees]
    return t("comparison", kpi=t.kpi(kpi), a=ctx.title(outcome.a), b=ctx.title(outcome.b),
             diff=t.estimate(outcome.diff, kpi, sign=True), agreement=t(f"agreement_{agreement}"))


def _certainty(ctx: Context, tested: Tested) -> str:
    t = ctx.text
    agree = sum(o.agrees is True for o in tested.outcomes)
    disagree = sum(o.agrees is False for o in tested.outcomes)
    text = t("certainty", clear=agree + disagree, total=len(tested.outcomes), agree=agree, disagree=disagree,
             n=ctx.replications())
    factor = top_factor(ctx.data.indices)
    return text + " " + (t("certainty_sensitivity", factor=t.factor(factor)) if factor
                         else t("certainty_no_sensitivity"))


def _cannot(ctx: Context, tested: Tested) -> str:
    t = ctx.text
    text = t(f"reason_{tested.statement.number}")
    if tested.missing_kpis:
        text += " " + t("missing_kpis", kpis=", ".join(t.kpi(k) for k in tested.missing_kpis))
    return text
