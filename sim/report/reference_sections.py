"""The reader's reference: caveats, every design in Dutch, the glossary, the sources and the colophon.

The designs come from the design registry (its Dutch label and two-sentence description), so the
report, the live page and ``integraal scenarios`` describe a design in the same words. The
glossary and the sources are lists in the language modules; a source is named by its title and
publisher, never by a file name.
"""

from __future__ import annotations

from sim.access.registry import designs as registered
from sim.report.context import Context
from sim.report.document import Bullets, Heading, Paragraph, Table
from sim.report.factor_ranking import top_factor
from sim.report.findings import caveats
from sim.report.text import LANGUAGES


def reading_blocks(ctx: Context) -> list:
    """What to keep in mind when reading these results (under the contents)."""
    t = ctx.text
    factor = top_factor(ctx.data.indices)
    notes = caveats(ctx.data, t.factor(factor) if factor else None)
    return [Heading(t("h_caveats"), 3), Bullets(tuple(t(c.key, **c.values) for c in notes)),
            Paragraph(t("rule_clear"), "note")]


def reference_blocks(ctx: Context) -> list:
    """The designs, the glossary, the sources and the colophon."""
    return [*designs_blocks(ctx), *glossary_blocks(ctx), *sources_blocks(ctx), *colophon_blocks(ctx)]


def designs_blocks(ctx: Context) -> list:
    """Every design of the registry in Dutch; the compared ones first and marked."""
    t = ctx.text
    compared = {ctx.infos[d].access for d in ctx.designs if d in ctx.infos}
    records = sorted(registered().values(), key=lambda r: (r.name not in compared, r.label))
    rows = tuple((r.label, t("compared_yes") if r.name in compared else "", r.description) for r in records)
    return [Heading(t("h_designs_all")), Paragraph(t("designs_intro")),
            Table((t("col_design"), t("col_compared"), t("col_description")), rows)]


def glossary_blocks(ctx: Context) -> list:
    """The words a bestuurder may not know, explained."""
    t = ctx.text
    glossary = LANGUAGES[t.lang].GLOSSARY
    return [Heading(t("h_glossary")), Table((t("col_term"), t("col_meaning")), tuple(sorted(glossary.items())))]


def sources_blocks(ctx: Context) -> list:
    """The sources the model and the statements rest on, by title."""
    t = ctx.text
    return [Heading(t("h_sources")), Bullets(tuple(LANGUAGES[t.lang].SOURCES))]


def colophon_blocks(ctx: Context) -> list:
    """Who made this, with what, and how to make it again."""
    t, m = ctx.text, ctx.data.manifest
    git = m.get("git", {})
    return [Heading(t("h_colophon")),
            Paragraph(t("colophon", version=m.get("packages", {}).get("integraal", "?"),
                        commit=str(git.get("commit", "?"))[:10], date=t.date(str(m.get("finished", ""))[:10])))]
