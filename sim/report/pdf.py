"""The report as a PDF: the same blocks laid out on A4 pages with matplotlib's PdfPages.

No system libraries and no browser: text is drawn with matplotlib's own fonts and wrapped by
character count, tables are drawn row by row, figures are placed as images. A block that does
not fit on the page starts a new one; a :class:`PageBreak` always does (the summary gets its own
page).
"""

from __future__ import annotations

import io
import textwrap

from sim.report.document import Bullets, Document, Figure, Heading, PageBreak, Paragraph, Table
from sim.report.style import DPI, pyplot

PAGE = (8.27, 11.69)
MARGIN = 0.7
WIDTH = PAGE[0] - 2 * MARGIN
STYLES = {  # size in points, characters per line, weight, colour, style
    "h1": (17, 46, "bold", "black", "normal"), "h2": (13.5, 75, "bold", "#0b4f80", "normal"),
    "h3": (11, 90, "bold", "black", "normal"), "lead": (10, 98, "normal", "black", "normal"),
    "body": (9.3, 108, "normal", "black", "normal"), "note": (8.3, 122, "normal", "#404040", "normal"),
    "quote": (9.8, 100, "normal", "black", "italic"), "verdict": (9.3, 104, "bold", "black", "normal"),
    "code": (6.3, 150, "normal", "black", "normal"), "cell": (7.4, 0, "normal", "black", "normal"),
}


class _Pages:
    """A cursor over A4 pages: ``space(h)`` makes room for ``h`` inches, starting a page if needed."""

    def __init__(self, pdf):
        self.pdf, self.fig, self.y = pdf, None, 0.0
        self.plt = pyplot()

    def new_page(self) -> None:
        self.finish()
        self.fig = self.plt.figure(figsize=PAGE)
        self.y = PAGE[1] - MARGIN

    def finish(self) -> None:
        if self.fig is not None:
            self.pdf.savefig(self.fig)
            self.plt.close(self.fig)
            self.fig = None

    def space(self, height: float) -> float:
        """Top y (inches) of a block of ``height``; moves the cursor below it."""
        if self.fig is None or (self.y - height < MARGIN and self.y < PAGE[1] - MARGIN - 1e-6):
            self.new_page()
        top, self.y = self.y, self.y - height
        return top

    def text(self, x: float, y: float, line: str, style: str, family: str = "DejaVu Sans") -> None:
        size, _, weight, colour, font_style = STYLES[style]
        self.fig.text(x / PAGE[0], y / PAGE[1], line, fontsize=size, fontweight=weight, color=colour,
                      fontstyle=font_style, va="top", ha="left", family=family)


def _line_height(style: str) -> float:
    return STYLES[style][0] * 1.38 / 72


def _lines(text: str, style: str, indent: int = 0) -> list[str]:
    width = STYLES[style][1] - indent
    return [w for part in text.split("\n") for w in (textwrap.wrap(part, width) or [""])]


def _paragraph(pages: _Pages, text: str, style: str, x: float = MARGIN, indent: int = 0, after: float = 0.08):
    family = "DejaVu Sans Mono" if style == "code" else "DejaVu Sans"
    for line in _lines(text, style, indent):
        top = pages.space(_line_height(style))
        pages.text(x, top, line, style, family)
    pages.y -= after


def _bullets(pages: _Pages, block: Bullets) -> None:
    for item in block.items:
        lines = _lines(item, "body", 4)
        for i, line in enumerate(lines):
            top = pages.space(_line_height("body"))
            if i == 0:
                pages.text(MARGIN + 0.05, top, "\u2022", "body")
            pages.text(MARGIN + 0.25, top, line, "body")
        pages.y -= 0.05


def _table(pages: _Pages, block: Table) -> None:
    ncol = len(block.header)
    lengths = [max([len(block.header[c])] + [len(r[c]) for r in block.rows]) for c in range(ncol)]
    shares = [min(max(n, 6), 60) for n in lengths]
    widths = [WIDTH * s / sum(shares) for s in shares]
    chars = [max(int(w * 72 / (STYLES["cell"][0] * 0.56)), 4) for w in widths]
    for i, row in enumerate((block.header, *block.rows)):
        cells = [textwrap.wrap(str(v), chars[c]) or [""] for c, v in enumerate(row)]
        height = max(len(c) for c in cells) * _line_height("cell") + 0.05
        top = pages.space(height)
        x = MARGIN
        for c, lines in enumerate(cells):
            for k, line in enumerate(lines):
                pages.text(x + 0.03, top - 0.02 - k * _line_height("cell"), line, "cell")
            x += widths[c]
        pages.fig.add_artist(_rule(pages, top - height, bold=i == 0))
    pages.y -= 0.12


def _rule(pages: _Pages, y: float, bold: bool):
    from matplotlib.lines import Line2D

    return Line2D([MARGIN / PAGE[0], (PAGE[0] - MARGIN) / PAGE[0]], [y / PAGE[1]] * 2,
                  transform=pages.fig.transFigure, color="#555555", linewidth=0.9 if bold else 0.3)


def _figure(pages: _Pages, block: Figure) -> None:
    import matplotlib.image as mpimg

    image = mpimg.imread(io.BytesIO(block.png), format="png")
    h, w = image.shape[:2]
    width = min(WIDTH, w / DPI)
    height = width * h / w
    if height > PAGE[1] / 2.2:
        height = PAGE[1] / 2.2
        width = height * w / h
    top = pages.space(height + 0.05)
    ax = pages.fig.add_axes([MARGIN / PAGE[0], (top - height) / PAGE[1], width / PAGE[0], height / PAGE[1]])
    ax.imshow(image, interpolation="antialiased")
    ax.set_axis_off()
    _paragraph(pages, block.caption, "note", after=0.15)


def render_pdf(document: Document) -> bytes:
    """The document as PDF bytes (A4 pages drawn with matplotlib)."""
    from matplotlib.backends.backend_pdf import PdfPages

    buffer = io.BytesIO()
    with PdfPages(buffer, metadata={"Title": document.title, "Creator": "integraal report"}) as pdf:
        pages = _Pages(pdf)
        _paragraph(pages, document.title, "h1", after=0.05)
        _paragraph(pages, document.subtitle, "note", after=0.15)
        for block in document.blocks:
            _draw(pages, block)
        pages.finish()
    return buffer.getvalue()


def _draw(pages: _Pages, block) -> None:
    if isinstance(block, Heading):
        pages.space(0.55 if block.level == 2 else 0.4)  # keep a heading with what follows
        pages.y += 0.55 if block.level == 2 else 0.4
        _paragraph(pages, block.text, f"h{block.level}", after=0.06)
    elif isinstance(block, Paragraph):
        _paragraph(pages, block.text, block.style)
    elif isinstance(block, Bullets):
        _bullets(pages, block)
    elif isinstance(block, Table):
        _table(pages, block)
    elif isinstance(block, Figure):
        _figure(pages, block)
    elif isinstance(block, PageBreak) and pages.fig is not None:
        pages.new_page()
