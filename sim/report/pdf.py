"""The report as a PDF: the same blocks laid out on A4 pages with matplotlib's PdfPages.

No system libraries and no browser: text is drawn with matplotlib's own fonts and wrapped by
character count, tables are drawn row by row, figures are placed as images. A block that does
not fit on the page starts a new one; a :class:`PageBreak` always does (the summary gets its own
page). A table that fits on one page is never split; a longer one repeats its header row.

The layout runs twice: the first pass finds the page of every section, the second writes them in
the contents; every page gets its number in the footer ("pagina 3 van 14").
"""

from __future__ import annotations

import io
import textwrap

from sim.report.document import TONES, Bullets, Contents, Document, Figure, Heading, PageBreak, Paragraph, Table
from sim.report.style import DPI, pyplot

PAGE = (8.27, 11.69)
MARGIN = 0.6
WIDTH = PAGE[0] - 2 * MARGIN
STYLES = {  # size in points, characters per line, weight, colour, style
    "h1": (14.5, 62, "bold", "black", "normal"), "h2": (13.5, 75, "bold", "#0b4f80", "normal"),
    "h3": (11, 90, "bold", "black", "normal"), "lead": (10, 98, "normal", "black", "normal"),
    "body": (9.3, 108, "normal", "black", "normal"), "note": (8.3, 122, "normal", "#404040", "normal"),
    "quote": (9.8, 100, "normal", "black", "italic"), "verdict": (9.3, 104, "bold", "black", "normal"),
    "code": (6.3, 150, "normal", "black", "normal"), "cell": (7.4, 0, "normal", "black", "normal"),
}


class _Pages:
    """A cursor over A4 pages: ``space(h)`` makes room for ``h`` inches, starting a page if needed."""

    def __init__(self, contents: dict[str, int] | None = None):
        self.figures, self.fig, self.y = [], None, 0.0
        self.plt = pyplot()
        self.sections: dict[str, int] = {}
        self.contents = contents or {}
        """Section heading -> page, from the first pass (empty in it)."""

    def new_page(self) -> None:
        self.fig = self.plt.figure(figsize=PAGE)
        self.figures.append(self.fig)
        self.y = PAGE[1] - MARGIN

    @property
    def page(self) -> int:
        return len(self.figures)

    def room(self) -> float:
        """Inches left on the current page (0 before the first)."""
        return self.y - MARGIN if self.fig is not None else 0.0

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
        pages.y -= 0.035


def _table(pages: _Pages, block: Table) -> None:
    ncol = len(block.header)
    lengths = [max([len(block.header[c])] + [len(r[c]) for r in block.rows]) for c in range(ncol)]
    words = [max(len(w) for row in (block.header, *block.rows) for w in (str(row[c]).split() or [""]))
             for c in range(ncol)]
    shares = [min(max(n, words[c] + 2, 6), 60) for c, n in enumerate(lengths)]
    widths = [WIDTH * s / sum(shares) for s in shares]
    chars = [max(int(w * 72 / (STYLES["cell"][0] * 0.56)), 4) for w in widths]
    rows = [[textwrap.wrap(str(v), chars[c]) or [""] for c, v in enumerate(row)] for row in (block.header, *block.rows)]
    heights = [max(len(c) for c in cells) * _line_height("cell") + 0.045 for cells in rows]
    if pages.room() < sum(heights) <= PAGE[1] - 2 * MARGIN:
        pages.new_page()
    tones = ((), *block.tones)
    for i, (cells, height) in enumerate(zip(rows, heights)):
        if i and pages.room() < height:
            pages.new_page()
            _row(pages, rows[0], heights[0], widths, (), header=True)
        _row(pages, cells, height, widths, tones[i] if i < len(tones) else (), header=i == 0)
    pages.y -= 0.12


def _row(pages: _Pages, cells: list[list[str]], height: float, widths: list[float], tones, header: bool) -> None:
    from matplotlib.patches import Rectangle

    top = pages.space(height)
    x = MARGIN
    for c, lines in enumerate(cells):
        colour = "#e8eef5" if header else TONES.get(tones[c] if c < len(tones) else "", None)
        if colour:
            pages.fig.add_artist(Rectangle((x / PAGE[0], (top - height) / PAGE[1]), widths[c] / PAGE[0],
                                           height / PAGE[1], transform=pages.fig.transFigure, color=colour,
                                           zorder=0))
        for k, line in enumerate(lines):
            pages.text(x + 0.03, top - 0.02 - k * _line_height("cell"), line, "cell")
        x += widths[c]
    pages.fig.add_artist(_rule(pages, top - height, bold=header))


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
    caption = len(_lines(block.caption, "note")) * _line_height("note") + 0.15
    top = pages.space(height + 0.05 + caption)  # the caption stays on the figure's page
    pages.y += caption
    ax = pages.fig.add_axes([MARGIN / PAGE[0], (top - height) / PAGE[1], width / PAGE[0], height / PAGE[1]])
    ax.imshow(image, interpolation="antialiased")
    ax.set_axis_off()
    _paragraph(pages, block.caption, "note", after=0.15)


def render_pdf(document: Document) -> bytes:
    """The document as PDF bytes (A4 pages drawn with matplotlib), numbered, with a contents page."""
    from matplotlib.backends.backend_pdf import PdfPages

    first = _layout(document, {})
    pages = _layout(document, first.sections)
    buffer = io.BytesIO()
    with PdfPages(buffer, metadata={"Title": document.title, "Creator": "integraal report"}) as pdf:
        for fig in pages.figures:
            pdf.savefig(fig)
            pages.plt.close(fig)
    return buffer.getvalue()


def _layout(document: Document, contents: dict[str, int]) -> _Pages:
    """All pages of the document, each with its footer; ``contents`` gives the sections' pages."""
    pages = _Pages(contents)
    _paragraph(pages, document.title, "h1", after=0.05)
    _paragraph(pages, document.subtitle, "lead", after=0.02)
    for line in document.cover:
        _paragraph(pages, line, "note", after=0.0)
    pages.y -= 0.05
    for block in document.blocks:
        _draw(pages, block)
    for n, fig in enumerate(pages.figures, start=1):
        fig.text(0.5, MARGIN / 2 / PAGE[1], document.page_label.format(n=n, total=pages.page), ha="center",
                 fontsize=7.5, color="#404040")
    if not contents:
        for fig in pages.figures:
            pages.plt.close(fig)
    return pages


def _contents(pages: _Pages, block: Contents) -> None:
    _paragraph(pages, block.title, "h2", after=0.08)
    for title, page in pages.contents.items():
        top = pages.space(_line_height("body"))
        pages.text(MARGIN + 0.1, top, title, "body")
        pages.fig.text((PAGE[0] - MARGIN) / PAGE[0], top / PAGE[1], str(page), fontsize=STYLES["body"][0],
                       va="top", ha="right")
    if not pages.contents:
        pages.y -= _line_height("body") * 20  # the first pass leaves room for the entries
    pages.y -= 0.1


def _draw(pages: _Pages, block) -> None:
    if isinstance(block, Contents):
        _contents(pages, block)
    elif isinstance(block, Heading):
        pages.space(0.55 if block.level == 2 else 0.4)  # keep a heading with what follows
        pages.y += 0.55 if block.level == 2 else 0.4
        _paragraph(pages, block.text, f"h{block.level}", after=0.06)
        if block.level == 2:
            pages.sections.setdefault(block.text, pages.page)
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
