"""``integraal report``: the report of a small results folder, in Dutch and English, as HTML and PDF.

The HTML is rendered in headless Chromium and the PDF turned into page images with pdftoppm.
"""

from __future__ import annotations

import shutil
import subprocess
from html import escape

import numpy as np
import pandas as pd
import pytest

from report_helpers import EVIL, tool
from sim.cli import main
from sim.report.numbers import Estimate, design_estimate, direction
from sim.report.statements import Check, Outcome, verdict
from sim.report.text import Text


def test_report_in_both_languages_quotes_the_numbers_of_the_results_folder(results, reports):
    """Interface: the report shows the summary's numbers in each language's own format and headings.

    Interface: the reference's coordination share, whose mean is the one summary.csv of the sweep
    has, appears with its interval in the report's own number format in each language; each
    language uses its own headings.
    """
    summary = pd.read_csv(results / "summary.csv")
    row = summary[(summary["design"] == "sectoraal") & (summary["kpi"] == "coordination_share")].iloc[0]
    runs = pd.read_csv(results / "runs.csv")
    est = design_estimate(runs[runs["status"] == "ok"], "sectoraal", "coordination_share")
    assert est.mean == pytest.approx(row["mean"])
    for lang, heading in (("nl", "Samenvatting voor het bestuur"), ("en", "Summary for the board")):
        html = reports[(lang, "html")].read_text(encoding="utf-8")
        assert heading in html
        assert escape(Text(lang).estimate(est, "coordination_share")) in html
        assert reports[(lang, "pdf")].read_bytes().startswith(b"%PDF")
    assert "Vijftien stellingen getoetst" in reports[("nl", "html")].read_text(encoding="utf-8")


def test_script_in_a_scenario_name_or_description_is_escaped(reports):
    """Interface: user text is shown, never run: no <script> tag at all, the escaped text is there."""
    for lang in ("nl", "en"):
        html = reports[(lang, "html")].read_text(encoding="utf-8")
        assert "<script" not in html.lower()
        assert escape(EVIL) in html


def test_html_is_self_contained(reports):
    """Interface: nothing is fetched: no http(s) source, link or CSS url; figures are data URIs."""
    html = reports[("nl", "html")].read_text(encoding="utf-8")
    for fetch in ('src="http', "src='http", 'href="http', "url(http", "@import", "<link"):
        assert fetch not in html
    assert html.count('<img src="data:image/png;base64,') >= 5


PROBE = """<script>
window.__errors = [];
window.addEventListener('error', e => window.__errors.push(String(e.message || e.type)), true);
window.addEventListener('load', () => {
  const imgs = Array.from(document.images);
  const shown = imgs.map(i => (i.complete && i.naturalWidth > 0) ? 'ok' : 'broken');
  document.body.setAttribute('data-images', shown.join(','));
  document.body.setAttribute('data-errors', window.__errors.join('|'));
});
</script>"""


def test_chromium_renders_every_figure_without_console_errors(reports, tmp_path):
    """Interface: headless Chromium shows every figure of the HTML, without console errors.

    Interface: headless Chromium loads the HTML (plus a probe script added for the test only);
    every <img> decodes to a picture, and no error reaches the console.
    """
    chromium = tool("chromium")
    page = tmp_path / "page.html"
    page.write_text(reports[("nl", "html")].read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"))
    done = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                           "--disable-component-update", "--disable-sync", "--no-first-run",
                           f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0",
                           "--virtual-time-budget=5000", "--dump-dom", page.as_uri()],
                          check=False, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    images = done.stdout.split('data-images="', 1)[1].split('"', 1)[0].split(",")
    assert len(images) >= 5 and set(images) == {"ok"}, images
    assert 'data-errors=""' in done.stdout
    console = [line for line in done.stderr.splitlines() if "CONSOLE" in line and "error" in line.lower()]
    assert console == []


def test_pdf_pages_are_not_blank_and_the_summary_has_its_own_page(reports, tmp_path):
    """Interface: every PDF page has content, and page 1 holds the page for the bestuurder.

    Interface: pdftoppm turns every page into an image with real content (pixel variance), and
    page 1 holds the key messages, the decision table and what each design means, but not yet
    the trade-off section.
    """
    pdftoppm = tool("pdftoppm")
    import matplotlib.image as mpimg

    for lang in ("nl", "en"):
        prefix = tmp_path / lang
        subprocess.run([pdftoppm, "-r", "30", "-png", str(reports[(lang, "pdf")]), str(prefix)], check=True, timeout=60)
        pages = sorted(tmp_path.glob(f"{lang}-*.png"))
        assert len(pages) >= 4
        for png in pages:
            assert float(np.asarray(mpimg.imread(png)).std()) > 0.02, png.name
    first = subprocess.run([shutil.which("pdftotext") or "pdftotext", "-f", "1", "-l", "1",
                            str(reports[("nl", "pdf")]), "-"], capture_output=True, text=True, check=True).stdout
    assert all(h in first for h in ("Samenvatting voor het bestuur", "Kernboodschappen", "Beslistabel",
                                     "Wat betekent dit")) and "De afweging" not in first


def test_without_weekly_series_the_report_says_so(results, tmp_path):
    """Interface: a results folder without weekly series gets a sentence, not a made-up figure."""
    copy = tmp_path / "zonder"
    shutil.copytree(results, copy, ignore=shutil.ignore_patterns("weekly"))
    assert main(["report", str(copy), "--out", str(tmp_path / "r")]) == 0
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "geen weekcijfers" in html


def test_a_folder_that_is_not_a_results_folder_is_one_line_and_exit_2(tmp_path, capsys):
    """Interface: bad input gives one line on stderr, exit 2, and no report file."""
    assert main(["report", str(tmp_path), "--out", str(tmp_path / "r")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "manifest.json" in err[0]
    assert not (tmp_path / "r.html").exists()


def _outcome(low: float, high: float, claim: str) -> Outcome:
    """A comparison whose difference of the Wmo wait has the interval [low, high]."""
    from sim.report.numbers import judgement
    from sim.report.statements import CLAIMS

    diff = Estimate((low + high) / 2, low, high, 5)
    said = judgement(diff, "wait_median_days_wmo")
    return Outcome(Check("a", "b", "wait_median_days_wmo", claim), "A", "B", diff, said, CLAIMS[claim].get(said))


@pytest.mark.parametrize("intervals, claim, every_client, expected", [
    ([(-5, -1)], "better", False, "supported"),          # shorter wait: clearly better, as claimed
    ([(1, 5)], "better", False, "contradicted"),
    ([(-1, 5)], "better", False, "undecided"),           # interval holds 0: says nothing
    ([(-5, -1), (1, 5)], "better", False, "mixed"),
    ([(-5, -1), (1, 5)], "better", True, "contradicted"),  # "every client": one counter-example suffices
    ([(1, 5)], "not_better", False, "supported"),
    ([(-5, -1)], "not_better", False, "contradicted"),
])
def test_statement_verdicts_follow_the_interval_rule(intervals, claim, every_client, expected):
    """Theory: the verdict follows the stated rule on which side of 0 each 95% interval lies."""
    outcomes = tuple(_outcome(low, high, claim) for low, high in intervals)
    assert verdict(outcomes, every_client) == expected


def test_a_difference_is_clear_only_when_its_interval_excludes_zero():
    """Theory: the rule for 'clearly higher/lower', including too few replications."""
    assert direction(Estimate(2.0, 0.5, 3.5, 5)) == "higher"
    assert direction(Estimate(-2.0, -3.5, -0.5, 5)) == "lower"
    assert direction(Estimate(2.0, -0.1, 4.1, 5)) == "unclear"
    assert direction(Estimate(2.0, float("nan"), float("nan"), 1)) == "unclear"
