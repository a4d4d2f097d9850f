"""Acceptance (issue 17): the Dutch report reads as Dutch, its pages are numbered, it renders offline.

It lists all fifteen statements, is readable by colleagues, and renders in headless Chromium with
every network outside 127.0.0.1 blocked.

Story: an adviser mails the report to the wethouder's office. Nobody there sees an identifier
like ``zrm_change_follow_up_mean`` or an English word; each of the fifteen statements of Bijlage 1
has a line; the PDF says "pagina 3 van 16" at the foot of page 3; a colleague on the shared drive
can open the files; and the HTML shows its page 1 on a laptop in the council chamber without
internet, asking for nothing outside the machine.
"""

from __future__ import annotations

import functools
import html
import io
import os
import re
import subprocess
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import matplotlib.image as mpimg
import numpy as np
import pytest

from browser_helpers import LOCAL, outside, visit
from report_helpers import tool
from sim.cli import main
from sim.report.statements import KINDS, STATEMENTS

ENGLISH = ("the", "and", "with", "design", "designs", "baseline", "wait", "waits", "runs", "run", "seed",
           "seeds", "replication", "replications", "staff", "headline", "households", "help", "integral", "access",
           "sectoral", "cost", "mean", "median", "difference", "unknown", "not", "measured", "contrast", "sensitivity")
"""English words that must not appear in the Dutch report's visible text."""
PAGE_ONE = ("Samenvatting voor het bestuur", "Kernboodschappen", "Beslistabel", "Wat betekent dit", "Hoe zeker")


def visible_text(page: str) -> str:
    """The text a reader sees: tags, the style sheet and the pictures' data removed, entities decoded."""
    page = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    page = re.sub(r"<[^>]+>", " ", page)
    return html.unescape(page)


def test_the_dutch_report_has_no_identifiers_and_no_english_words(reports, results):
    """Acceptance: no word with an underscore, none of the English words above (user text excepted)."""
    text = visible_text(reports[("nl", "html")].read_text(encoding="utf-8"))
    text = text.replace(str(results.parent), "")  # the evil scenario's path, a user's own text
    assert re.findall(r"\b\w+_\w+\b", text) == []
    words = set(re.findall(r"[a-zA-Z]+", text.replace("<script>alert('x')</script>", "")))
    assert sorted(words & set(ENGLISH)) == []


def test_the_english_words_check_can_fail():
    """The check above sees an identifier and an English word."""
    text = visible_text("<p>wachttijd zrm_change_follow_up_mean and the baseline</p>")
    assert re.findall(r"\b\w+_\w+\b", text) == ["zrm_change_follow_up_mean"]
    assert {"and", "the", "baseline"} <= set(re.findall(r"[a-zA-Z]+", text)) & set(ENGLISH)


def test_all_fifteen_statements_are_listed_each_with_its_kind(reports):
    """Acceptance: statements 1 to 15, each with a heading and a row in the overview; every kind is used."""
    text = visible_text(reports[("nl", "html")].read_text(encoding="utf-8"))
    assert [s.number for s in STATEMENTS] == list(range(1, 16))
    assert all(f"Stelling {n}" in text for n in range(1, 16))
    assert {s.kind for s in STATEMENTS} == set(KINDS)
    assert text.count("Soort:") == 15


def test_every_pdf_page_carries_its_number(reports):
    """Acceptance: page n of the PDF ends with "pagina n van N" (and "page n of N" in English)."""
    for lang, label in (("nl", "pagina {n} van {total}"), ("en", "page {n} of {total}")):
        pdf = str(reports[(lang, "pdf")])
        pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run([tool("pdfinfo"), pdf], capture_output=True,
                                                               text=True, check=True).stdout).group(1))
        for n in range(1, pages + 1):
            page = subprocess.run([tool("pdftotext"), "-f", str(n), "-l", str(n), pdf, "-"], capture_output=True,
                                  text=True, check=True).stdout
            assert label.format(n=n, total=pages) in page, (lang, n)


def test_the_contents_give_each_section_its_page(reports):
    """Interface: the contents page of the PDF names each section with the page it starts on."""
    pdf = str(reports[("nl", "pdf")])
    contents = subprocess.run([tool("pdftotext"), "-layout", "-f", "2", "-l", "2", pdf, "-"], capture_output=True,
                              text=True, check=True).stdout
    entry = re.search(r"Vijftien stellingen getoetst\s+(\d+)", contents)
    assert entry, contents[:600]
    page = int(entry.group(1))
    at = subprocess.run([tool("pdftotext"), "-f", str(page), "-l", str(page), pdf, "-"], capture_output=True,
                        text=True, check=True).stdout
    assert "Vijftien stellingen getoetst" in at


def test_report_files_are_readable_by_colleagues_whatever_the_umask(results, tmp_path):
    """Acceptance: HTML and PDF are written with mode 0644, also under a strict umask of 077."""
    old = os.umask(0o077)
    try:
        assert main(["report", str(results), "--format", "both", "--out", str(tmp_path / "r")]) == 0
    finally:
        os.umask(old)
    for suffix in (".html", ".pdf"):
        assert (tmp_path / f"r{suffix}").stat().st_mode & 0o777 == 0o644


@pytest.fixture
def served(reports):
    """The folder of the reports served on a free port of 127.0.0.1; yields the HTML's address."""
    folder = reports[("nl", "html")].parent
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(folder))
    server = ThreadingHTTPServer((LOCAL, 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{LOCAL}:{server.server_port}/{reports[('nl', 'html')].name}"
    finally:
        server.shutdown()
        server.server_close()


def test_the_html_report_renders_its_page_one_with_the_network_blocked(served, tmp_path):
    """Acceptance: blocked headless Chromium shows page 1's headings; a screenshot with content; nothing outside."""
    seen = visit(served, tmp_path / "profile", shows=PAGE_ONE, seconds=30)
    missing = [h for h in PAGE_ONE if h not in seen.text]
    assert missing == [], seen.text[:400]
    image = np.asarray(mpimg.imread(io.BytesIO(seen.screenshot)))
    assert image.shape[0] > 1000 and float(image.std()) > 0.05
    assert seen.urls and outside(seen.urls) == []


STATEMENT_DESIGNS = """
name = "stellingen-klein"
designs = ["sectoraal", "een-loket", "no-wrong-door"]
reference = "sectoraal"
replications = 2
seed = 7

[base]
population.inhabitants = 3000

[horizon]
years = 0.5
warmup_years = 0.25
"""


def test_statements_are_tested_on_the_folder_that_runs_their_designs(results, tmp_path):
    """Interface: with --statements, statement 7 (een-loket against no-wrong-door) is tested, and the intro says so.

    Without it, the headline designs hold no one-desk design and statement 7 is "niet in deze resultaten".
    """
    experiment = tmp_path / "stellingen.toml"
    experiment.write_text(STATEMENT_DESIGNS)
    assert main(["sweep", str(experiment), "--out", str(tmp_path / "stellingen")]) == 0
    for extra, tested in (([], False), (["--statements", str(tmp_path / "stellingen")], True)):
        assert main(["report", str(results), "--out", str(tmp_path / "r"), *extra]) == 0
        text = visible_text((tmp_path / "r.html").read_text(encoding="utf-8"))
        seven = text.split("Stelling 7", 1)[1].split("Stelling 8", 1)[0]
        assert ("Oordeel volgens de regels" in seven) is tested
        assert ("Eén loket (sociaal loket) tegenover No wrong door" in seven) is tested
        assert ("Getoetst op een eigen reeks berekeningen" in text) is tested
