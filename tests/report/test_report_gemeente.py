"""Report, end to end on one's own town: ``integraal sweep --gemeente`` then ``integraal report``.

Story: the adviser of Testdorp aan Zee wrote its scenario with its own figures (a mean Wmo wait
of 40 days, 30 debt-help requests a year), ran the headline's designs on it and made the report.
Its section "Wat betekent dit voor Testdorp aan Zee" must name the town and set those figures
beside what the simulated baseline shows; Middelstad's hint on how to run one's own town must
not be there.
"""

from __future__ import annotations

import html
import re

from sim.cli import main

TOWN = """\
extends = "sectoraal.toml"
name = "Testdorp aan Zee"
[population]
inhabitants = 3_000
[observed.waits]
measure = "mean"
wmo_days = 40
[observed.clients]
debt_requests = 30
"""
EXPERIMENT = """\
name = "klein"
designs = ["sectoraal", "vinkje"]
reference = "sectoraal"
replications = 2
seed = 3
[horizon]
years = 0.5
warmup_years = 0.2
"""


def visible(path) -> str:
    """The report's text without tags, entities read."""
    return html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))


def test_the_report_of_a_gemeente_sweep_names_the_town_and_shows_its_figures(tmp_path):
    (tmp_path / "dorp.toml").write_text(TOWN)
    (tmp_path / "klein.toml").write_text(EXPERIMENT)
    out = tmp_path / "sweep"
    assert main(["sweep", str(tmp_path / "klein.toml"), "--gemeente", str(tmp_path / "dorp.toml"),
                 "--out", str(out)]) == 0
    assert main(["report", str(out), "--lang", "nl", "--format", "html", "--out", str(tmp_path / "rapport")]) == 0
    text = " ".join(visible(tmp_path / "rapport.html").split())
    assert "Wat betekent dit voor Testdorp aan Zee" in text
    section = text.split("Wat betekent dit voor Testdorp aan Zee", 1)[1]
    assert re.search(r"wachttijd Wmo tot besluit 40 dagen", section), section[:600]
    assert re.search(r"aanvragen schuldhulp per jaar 30 ", section), section[:600]
    assert "voorbeeldgemeente" not in section
