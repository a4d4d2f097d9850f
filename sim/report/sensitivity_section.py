"""Which assumptions matter most: the Morris ranking when the results come with one."""

from __future__ import annotations

from sim.report import figures
from sim.report.context import Context
from sim.report.document import Figure, Heading, Paragraph, Table
from sim.report.factor_ranking import mu_star, ranking
from sim.study.global_sensitivity import CONTRAST_SIGN


def sensitivity_blocks(ctx: Context) -> list:
    """The sensitivity section: the factors ranked by influence, or a note when there are none."""
    t = ctx.text
    blocks = [Heading(t("h_sensitivity"))]
    ranked = ranking(ctx.data.indices)
    if ranked.empty:
        return [*blocks, Paragraph(t("no_sensitivity"), "note")]
    rows = mu_star(ctx.data.indices)
    outputs = ", ".join(t.kpi(k) for k in dict.fromkeys(rows["kpi"]))
    labels = list(dict.fromkeys(rows["design"]))
    kind = "sensitivity_contrasts" if any(CONTRAST_SIGN in label for label in labels) else "sensitivity_designs"
    designs = t(kind, labels=", ".join(labels))
    top = tuple((str(i + 1), factor, t.number(score, 2)) for i, (factor, score) in enumerate(ranked.head(5).items()))
    return [
        *blocks,
        Paragraph(t("sensitivity_intro", source=str(ctx.data.indices_source), outputs=outputs, designs=designs)),
        Figure(figures.sensitivity(rows, ranked, t), t("cap_sensitivity")),
        Table((t("col_rank"), t("col_factor"), t("col_score")), top),
    ]
