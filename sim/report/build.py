"""Assemble the report of a results folder and write it as HTML, PDF or both.

A story: after ``integraal sweep headline`` an adviser runs ``integraal report results/headline``
and hands ``headline-rapport.html`` and ``.pdf`` to the wethouder that afternoon: one summary
page, the trade-off, waits against the norms, the statements of seed 004, and an appendix that
lets anyone redo the runs.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sim.report.appendix import appendix_blocks
from sim.report.context import make_context
from sim.report.data import load_results
from sim.report.document import Document
from sim.report.sections import figure_sections
from sim.report.sensitivity_section import sensitivity_blocks
from sim.report.statements_section import statement_blocks
from sim.report.summary_page import summary_blocks

FORMATS = ("html", "pdf", "both")


def build_document(folder: Path, lang: str = "nl", sensitivity: Path | None = None) -> Document:
    """The report of the results folder ``folder`` in ``lang``, with the sensitivity section if given."""
    ctx = make_context(load_results(folder, sensitivity), lang)
    t = ctx.text
    name = ctx.data.manifest.get("experiment", {}).get("name", Path(folder).name)
    description = ctx.data.experiment.get("description", "")
    blocks = (*summary_blocks(ctx), *figure_sections(ctx), *statement_blocks(ctx), *sensitivity_blocks(ctx),
              *appendix_blocks(ctx))
    return Document(t("title", name=name), description, lang, blocks)


def write_report(folder: Path, lang: str = "nl", fmt: str = "html", out: Path | None = None,
                 sensitivity: Path | None = None) -> list[Path]:
    """Write the report; ``out`` is the file (its suffix is replaced per format). Returns the paths."""
    from sim.report.html import render_html
    from sim.report.pdf import render_pdf

    document = build_document(folder, lang, sensitivity)
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
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
