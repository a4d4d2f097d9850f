"""The report as one self-contained HTML file: inline CSS, figures as base64 PNG, no scripts, nothing fetched.

Every string is passed through ``html.escape`` here, at the one place text becomes markup, so a scenario description
holding ``<script>`` is shown, never run.
"""

from __future__ import annotations

import base64
from html import escape

from sim.report.document import TONES, Bullets, Contents, Document, Figure, Heading, PageBreak, Paragraph, Table

CSS = """
body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
color:#1a1a1a;line-height:1.45;font-size:15px}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{border-bottom:2px solid #0072B2;padding-bottom:.2rem;margin-top:2rem}
h3{margin-bottom:.3rem}.subtitle{color:#444;margin-top:0}.lead{font-size:1.05rem}
.note{color:#444;font-size:.9rem}.quote{font-style:italic;border-left:4px solid #E69F00;padding-left:.8rem}
.verdict{font-weight:bold}pre{white-space:pre-wrap;font-size:.75rem;background:#f4f4f4;padding:.6rem}
table{border-collapse:collapse;margin:.6rem 0;font-size:.85rem}th,td{border:1px solid #999;padding:.2rem .45rem;
text-align:left;vertical-align:top}th{background:#e8eef5}figure{margin:1rem 0}img{max-width:100%;height:auto}
figcaption{font-size:.85rem;color:#333}.pagebreak{break-after:page}.cover{color:#444;margin:0}
nav ol{padding-left:1.4rem}
@media print{body{max-width:none;margin:0;font-size:11pt}h2{break-after:avoid}figure,table{break-inside:avoid}}
"""


def render_html(document: Document) -> str:
    """The document as one self-contained HTML page."""
    sections = [b.text for b in document.blocks if isinstance(b, Heading) and b.level == 2]
    body = "\n".join(_block(b, sections) for b in document.blocks)
    cover = "".join(f'<p class="cover">{escape(line)}</p>' for line in document.cover)
    tones = "".join(f"td.{name}{{background:{colour}}}" for name, colour in TONES.items())
    return (f'<!DOCTYPE html>\n<html lang="{escape(document.lang)}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(document.title)}</title>\n<style>{CSS}{tones}</style>\n</head>\n<body>\n"
            f'<h1>{escape(document.title)}</h1>\n<p class="subtitle">{escape(document.subtitle)}</p>\n'
            f"{cover}\n{body}\n</body>\n</html>\n")


def _anchor(sections: list[str], text: str) -> str:
    return f"s{sections.index(text) + 1}"


def _block(block, sections: list[str]) -> str:
    if isinstance(block, Contents):
        items = "".join(f'<li><a href="#{_anchor(sections, s)}">{escape(s)}</a></li>' for s in sections)
        return f"<nav><h2>{escape(block.title)}</h2><ol>{items}</ol></nav>"
    if isinstance(block, Heading):
        anchor = f' id="{_anchor(sections, block.text)}"' if block.level == 2 and block.text in sections else ""
        return f"<h{block.level}{anchor}>{escape(block.text)}</h{block.level}>"
    if isinstance(block, Paragraph):
        if block.style == "code":
            return f"<pre>{escape(block.text)}</pre>"
        return f'<p class="{escape(block.style)}">{escape(block.text)}</p>'
    if isinstance(block, Bullets):
        return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in block.items) + "</ul>"
    if isinstance(block, Table):
        head = "".join(f"<th>{escape(h)}</th>" for h in block.header)
        tones = block.tones or ((),) * len(block.rows)
        rows = "".join("<tr>" + "".join(_cell(c, tone[i] if i < len(tone) else "") for i, c in enumerate(row))
                       + "</tr>" for row, tone in zip(block.rows, tones))
        return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    if isinstance(block, Figure):
        data = base64.b64encode(block.png).decode("ascii")
        return (f'<figure><img src="data:image/png;base64,{data}" alt="{escape(block.caption)}">'
                f"<figcaption>{escape(block.caption)}</figcaption></figure>")
    if isinstance(block, PageBreak):
        return '<div class="pagebreak"></div>'
    raise TypeError(f"unknown block {type(block).__name__}")


def _cell(text: str, tone: str) -> str:
    return f'<td class="{escape(tone)}">{escape(text)}</td>' if tone else f"<td>{escape(text)}</td>"
