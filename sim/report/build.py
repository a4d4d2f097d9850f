"""Assemble the report of a results folder and write it as HTML, PDF or both.

A story: after ``integraal sweep headline`` an adviser runs ``integraal report results/headline
--capacity results/capacity/headline.csv --robustness results/robuustheid`` and hands the HTML
and PDF to the wethouder that afternoon: one page for the bestuurder, the contents, the waits
against the legal terms, the staff needed, the trade-off, outcomes and cost, all fifteen
statements of the Drechtsteden note, how much the assumptions matter, the designs in Dutch, a
glossary, the sources, and an appendix that lets anyone redo the runs. Both files are readable
by colleagues (mode 0644).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sim.output.design_table import read_capacity
from sim.report.appendix import appendix_blocks
from sim.report.context import Context, make_context
from sim.report.data import load_results
from sim.report.document import Contents, Document, PageBreak
from sim.report.municipality_section import municipality_blocks
from sim.report.reference_sections import reading_blocks, reference_blocks
from sim.report.robustness_lines import read_robustness
from sim.report.sections import figure_sections
from sim.report.sensitivity_section import sensitivity_blocks
from sim.report.statements_section import statement_blocks
from sim.report.summary_page import summary_blocks
from sim.report.waits_section import capacity_blocks, wait_blocks

FORMATS = ("html", "pdf", "both")
MODE = 0o644
"""Report files are readable by colleagues on a shared drive, like any document."""


def build_document(folder: Path, lang: str = "nl", sensitivity: Path | None = None, capacity: Path | None = None,
                   robustness: Path | None = None, statements: Path | None = None) -> Document:
    """The report of the results folder ``folder`` in ``lang``, with the studies it was given.

    ``statements`` is a results folder with the designs the statements need (experiments/stellingen.toml);
    without it the statements are tested on ``folder``'s own designs.
    """
    ctx = make_context(load_results(folder, sensitivity), lang, read_capacity(capacity) if capacity else None,
                       read_robustness(robustness) if robustness else None)
    tested = make_context(load_results(statements), lang) if statements else ctx
    t = ctx.text
    blocks = (*summary_blocks(ctx), Contents(t("h_contents")), *reading_blocks(ctx), PageBreak(),
              *municipality_blocks(ctx),
              *wait_blocks(ctx), *capacity_blocks(ctx), *figure_sections(ctx), *statement_blocks(tested, ctx),
              *sensitivity_blocks(ctx), *reference_blocks(ctx), *appendix_blocks(ctx))
    return Document(t("title"), t("subtitle", municipality=ctx.municipality()), lang, blocks, cover(ctx),
                    t.words["page_label"])


def cover(ctx: Context) -> tuple[str, ...]:
    """The lines under the title: municipality, date of the runs, version of integraal."""
    t, m = ctx.text, ctx.data.manifest
    version = m.get("packages", {}).get("integraal", "?")
    commit = str(m.get("git", {}).get("commit", ""))[:7]
    finished = str(m.get("finished") or m.get("started") or "")[:10]
    return (t("cover", municipality=ctx.municipality(), date=t.date(finished), version=version, commit=commit or "?"),)


def write_report(folder: Path, lang: str = "nl", fmt: str = "html", out: Path | None = None,
                 sensitivity: Path | None = None, capacity: Path | None = None,
                 robustness: Path | None = None, statements: Path | None = None) -> list[Path]:
    """Write the report; ``out`` is the file (its suffix is replaced per format). Returns the paths."""
    from sim.report.html import render_html
    from sim.report.pdf import render_pdf

    document = build_document(folder, lang, sensitivity, capacity, robustness, statements)
    base = Path(out) if out else Path("out") / f"{Path(folder).name}-{document.lang}"
    written = []
    if fmt in ("html", "both"):
        written.append(_write(base.with_suffix(".html"), render_html(document).encode("utf-8")))
    if fmt in ("pdf", "both"):
        written.append(_write(base.with_suffix(".pdf"), render_pdf(document)))
    return written


def _write(path: Path, content: bytes) -> Path:
    """Write to a temporary name beside ``path``, then rename: a reader never sees half a report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as target:
            target.write(content)
        os.chmod(tmp, MODE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
