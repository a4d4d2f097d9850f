"""The report's sensitivity section: per comparison the assumptions that decide it, by their Dutch names.

Story: the screening ran on the difference vinkje minus integrale toegang. The section's table
row for that comparison names "uren per organisatie voor een casusoverleg" first (the largest
mu*), says the screening ran on a town of 50.000 for 3 years after 5 of warm-up, and shows no
file path and no parameter key.
"""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from sim.report.document import Paragraph, Table
from sim.report.sensitivity_section import sensitivity_blocks
from sim.report.text import Text

FACTORS = (("meeting.hours", 5.0), ("vinkje.sensitivity", 1.0), ("work.staffing_scale", 3.0),
           ("meeting.days", 0.5))
EXPERIMENT = """
replications = 2
[base]
population.inhabitants = 50000
[horizon]
years = 3.0
warmup_years = 5.0
[factors]
"meeting.hours" = "plausible"
[sensitivity]
trajectories = 20
"""


def section(tmp_path, labels: list[str], lang: str = "nl") -> tuple[str, Table]:
    """The paragraphs and the table of the section for a Morris table whose ``design`` column holds ``labels``."""
    indices = pd.DataFrame([{"design": label, "kpi": "wait_median_days_wmo", "factor": factor, "index": "mu_star",
                             "value": value, "conf": 1.0}
                            for label in labels for factor, value in FACTORS])
    (tmp_path / "experiment.toml").write_text(EXPERIMENT)
    ctx = SimpleNamespace(text=Text(lang), data=SimpleNamespace(indices=indices, indices_source=tmp_path),
                          title=lambda d: {"vinkje": "Multiprobleemvinkje"}.get(d, d), robustness=None, designs=[])
    blocks = sensitivity_blocks(ctx)
    return " ".join(b.text for b in blocks if isinstance(b, Paragraph)), next(b for b in blocks if isinstance(b, Table))


def test_each_comparison_names_its_top_three_assumptions_in_order(tmp_path):
    """Interface: a contrast "A - B" reads "A min B"; its three largest mu* in order, by their Dutch labels."""
    _, table = section(tmp_path, ["vinkje - integrale-toegang"])
    (comparison, _, factors), = table.rows
    assert comparison == "Multiprobleemvinkje min integrale-toegang"
    assert factors.index("casusoverleg") < factors.index("formatie") < factors.index("trefkans")
    assert "dagen tot het casusoverleg" not in factors  # the fourth is left out
    assert "_" not in factors and "." not in factors.split("(")[0]


def test_the_section_says_what_the_screening_ran_on_without_a_path(tmp_path):
    """Interface: town size, years and trajectories from the experiment file; no file path printed."""
    text, _ = section(tmp_path, ["vinkje - integrale-toegang"])
    assert "50.000 inwoners" in text and "3 jaar gemeten na 5 jaar inloop" in text and "20 startpunten" in text
    assert str(tmp_path) not in text
    english, _ = section(tmp_path, ["vinkje - sectoraal"], "en")
    assert "town of 50,000" in english
