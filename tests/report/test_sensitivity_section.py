"""The report's sensitivity section names what was screened: designs, or contrasts between designs."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from sim.report.document import Paragraph
from sim.report.sensitivity_section import sensitivity_blocks
from sim.report.text import Text

FACTORS = (("meeting.hours", 5.0), ("vinkje.sensitivity", 1.0))


def section_text(labels: list[str], lang: str = "nl") -> str:
    """The intro paragraph of the section for a Morris table whose ``design`` column holds ``labels``."""
    indices = pd.DataFrame([{"design": label, "kpi": "wait_median_days_wmo", "factor": factor, "index": "mu_star",
                             "value": value, "conf": 1.0}
                            for label in labels for factor, value in FACTORS])
    ctx = SimpleNamespace(text=Text(lang), data=SimpleNamespace(indices=indices, indices_source="gevoeligheid/morris"))
    return " ".join(b.text for b in sensitivity_blocks(ctx) if isinstance(b, Paragraph))


def test_a_screening_of_contrasts_says_it_ranks_differences():
    """Interface: labels "A - B" are called contrasts (vergelijkingen), plain labels designs."""
    contrasts = section_text(["vinkje - integrale-toegang"])
    assert "Vergelijkingen (verschil tussen twee inrichtingen" in contrasts
    assert "vinkje - integrale-toegang" in contrasts
    designs = section_text(["sectoraal", "vinkje"])
    assert "Inrichtingen: sectoraal, vinkje" in designs and "Vergelijkingen" not in designs
    assert "Contrasts (difference" in section_text(["vinkje - sectoraal"], "en")
