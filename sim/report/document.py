"""The report as a list of plain blocks, rendered the same way to HTML and to PDF.

Blocks hold plain text only (no markup): the HTML renderer escapes every string it writes, so a
scenario called ``<script>`` shows as text, and the PDF renderer draws the same strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    """A heading; level 2 for sections, 3 below."""
    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of text in one of the styles."""
    text: str
    style: str = "body"
    """body, lead (larger), note (smaller, grey), quote (a statement), verdict (bold)"""


@dataclass(frozen=True)
class Bullets:
    """A bulleted list."""
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A table of text cells with a header row; ``tones`` colour cells (good, bad, neutral, base or "")."""
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    tones: tuple[tuple[str, ...], ...] = ()


TONES = {"good": "#cde3f3", "bad": "#fbd8b0", "neutral": "#e8e8e8", "base": "#f6f6f6"}
"""Cell colours: light Okabe-Ito blue for better, light orange for worse (told apart by every common
form of colour blindness), grey for no demonstrable difference, near-white for the reference."""


@dataclass(frozen=True)
class Figure:
    """A figure (PNG bytes) with its caption."""
    png: bytes = field(repr=False)
    caption: str


@dataclass(frozen=True)
class PageBreak:
    """A new page: in the PDF, and when the HTML is printed."""


@dataclass(frozen=True)
class Contents:
    """The table of contents: every level-2 heading after it (with its page number in the PDF)."""
    title: str


@dataclass(frozen=True)
class Document:
    """The whole report: title, subtitle, language and its blocks, for HTML and PDF alike.

    ``cover`` holds the lines under the title (municipality, date, version); ``page_label`` the
    footer of a PDF page, with ``{n}`` and ``{total}``.
    """
    title: str
    subtitle: str
    lang: str
    blocks: tuple = ()
    cover: tuple[str, ...] = ()
    page_label: str = "{n} / {total}"
