"""The tiny sweep and the reports that the report tests read (tests/report/), built once per module.

Three designs on a town of 3,000 for half a year after a quarter of warm-up, two replications,
weekly series; one design is a scenario whose name and description hold a ``<script>`` tag.
Both languages in both formats.
"""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from sim.cli import main
from sim.params.scenario import SCENARIO_DIR

EVIL = "<script>alert('x')</script> vinkje"
EXPERIMENT = """
name = "klein"
description = "Klein: {evil}"
designs = ["sectoraal", "integrale-toegang", "{evil_path}"]
reference = "sectoraal"
replications = 2
seed = 7

[base]
population.inhabitants = 3000

[horizon]
years = 0.5
warmup_years = 0.25

[record]
weekly = true
"""


def tool(name: str) -> str:
    """The path of a system tool; a missing one fails the test (``make test`` installs them)."""
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed; `make tools` installs chromium and poppler-utils")
    return path


def make_results(tmp_path_factory):
    """A tiny sweep: three designs (one a scenario whose name and description hold <script>), weekly series."""
    folder = tmp_path_factory.mktemp("report")
    evil = folder / "evil.toml"
    evil.write_text(f'extends = "{SCENARIO_DIR / "vinkje.toml"}"\nname = "{EVIL}"\ndescription = "{EVIL}"\n')
    experiment = folder / "klein.toml"
    experiment.write_text(EXPERIMENT.format(evil=EVIL, evil_path=evil))
    assert main(["sweep", str(experiment), "--out", str(folder / "klein")]) == 0
    return folder / "klein"


CAPACITY = """design,baseline,organisation,now,needed,extra,fte,fte_low,fte_high,eur_per_year,note
integrale-toegang,sectoraal,Wmo-loket,23.5,26.5,3.0,2.7,1.8,3.6,380000.0,
integrale-toegang,sectoraal,Schuldhulpverlening,29.0,,,,,,,
"""
"""A capacity table as `integraal capacity --out` writes it: one organisation reached, one never."""
CRITERIA = ("waits", "multi-problem outcomes", "cost")


def studies(folder, targeted: str):
    """A capacity table and a robustness table (``targeted`` against integrale-toegang) in ``folder``."""
    (folder / "capacity.csv").write_text(CAPACITY)
    (folder / "robuustheid").mkdir()
    rows = ["design,other,criterion,conclusion,holds_share,holds_low,holds_high,points"]
    rows += [f'"{targeted}",integrale-toegang,{c},{v},0.9,0.85,0.93,200'
             for c, v in zip(CRITERIA, ("wins", "ties", "loses"), strict=True)]
    (folder / "robuustheid" / "robustness.csv").write_text("\n".join(rows) + "\n")
    return ["--capacity", str(folder / "capacity.csv"), "--robustness", str(folder / "robuustheid")]


def make_reports(results, tmp_path_factory):
    """Both languages in both formats, with a capacity and a robustness table: {(lang, fmt): path}."""
    out = tmp_path_factory.mktemp("out")
    labels = pd.read_csv(results / "runs.csv")["design"].unique()
    extra = studies(out, next(d for d in labels if d not in ("sectoraal", "integrale-toegang")))
    paths = {}
    for lang in ("nl", "en"):
        assert main(["report", str(results), "--lang", lang, "--format", "both", "--out", str(out / f"r-{lang}"),
                     *extra]) == 0
        paths |= {(lang, "html"): out / f"r-{lang}.html", (lang, "pdf"): out / f"r-{lang}.pdf"}
    return paths
