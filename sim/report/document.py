"""The report as a list of plain blocks, rendered the same way to HTML and to PDF.

Blocks hold plain text only (no markup): the HTML renderer escapes every string it writes, so a
scenario called ``<script>`` shows as text, and the PDF renderer draws the same strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = "body"
    """body, lead (larger), note (smaller, grey), quote (a statement), verdict (bold)"""


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Figure:
    png: bytes = field(repr=False)
    caption: str


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Document:
    title: str
    subtitle: str
    lang: str
    blocks: tuple = ()
