"""Interface: ``integraal sweep EXPERIMENT --gemeente SCENARIO`` runs every design on your own town.

A small town (3,000 inhabitants, a higher Wmo onset rate, the vinkje's flag made perfect in its
own file) under an experiment of the sectoral baseline and the vinkje: each design must keep its
own switches and take the town's other values, and the manifest must name the town.
"""

from __future__ import annotations

import json

from sim.cli import main
from sim.study.experiment import load_experiment
from sim.study.run_plan import build_plan
from sim.study.town import on_town

TOWN = """\
extends = "vinkje.toml"
name = "Testdorp aan Zee"
[population]
inhabitants = 3_000
[needs.wmo]
onset_per_year = 0.05
[vinkje]
sensitivity = 1.0
"""
EXPERIMENT = """\
name = "klein"
designs = ["sectoraal", "vinkje"]
reference = "sectoraal"
replications = 1
seed = 3
[base]
population.inhabitants = 50_000
[horizon]
years = 0.2
warmup_years = 0.1
"""


def write(tmp_path):
    """The town's scenario and the experiment, in ``tmp_path``."""
    (tmp_path / "dorp.toml").write_text(TOWN)
    (tmp_path / "klein.toml").write_text(EXPERIMENT)
    return tmp_path / "dorp.toml", tmp_path / "klein.toml"


def test_every_design_keeps_its_switches_and_takes_the_town(tmp_path):
    """Sectoraal stays sectoral, the vinkje keeps its own flag; both have the town's people and needs."""
    town, experiment = write(tmp_path)
    specs = {s.design: s.build_scenario() for s in build_plan(on_town(load_experiment(experiment), town)[0], [{}])}
    assert specs["sectoraal"]["design.access"] == "sectoraal" and specs["vinkje"]["design.access"] == "vinkje"
    assert specs["vinkje"]["vinkje.sensitivity"] == 0.7, "a design's own values are not the town's"
    for scenario in specs.values():
        assert scenario["population.inhabitants"] == 3_000  # the town's, over the experiment's [base]
        assert scenario["needs.wmo.onset_per_year"] == 0.05


def test_the_manifest_names_the_town_and_the_default_folder_is_its_own(tmp_path, monkeypatch, capsys):
    """``results/klein-testdorp-aan-zee/manifest.json`` records the town's name and scenario."""
    town, experiment = write(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["sweep", str(experiment), "--gemeente", str(town)]) == 0
    manifest = json.loads((tmp_path / "results" / "klein-testdorp-aan-zee" / "manifest.json").read_text())
    assert manifest["plan"]["gemeente"]["name"] == "Testdorp aan Zee"
    assert manifest["plan"]["gemeente"]["inhabitants"] == 3_000
    assert manifest["runs_done"] == 2
    capsys.readouterr()
    assert main(["sweep", str(experiment), "--gemeente", "no-such-town.toml"]) == 2
    assert "no-such-town.toml" in capsys.readouterr().err


def test_reproduce_reruns_a_town_s_sweep_on_that_town(tmp_path, monkeypatch, capsys):
    """``integraal reproduce`` rebuilds the runs on the town (not Middelstad), and refuses a changed town."""
    town, experiment = write(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["sweep", str(experiment), "--gemeente", str(town), "--out", "made"]) == 0
    capsys.readouterr()
    assert main(["reproduce", str(experiment), "--results", "made"]) == 0
    assert "OK" in capsys.readouterr().out
    town.write_text(TOWN.replace("0.05", "0.06"))
    assert main(["reproduce", str(experiment), "--results", "made"]) == 2
    err = capsys.readouterr().err
    assert "plan.gemeente.scenario" in err and "differs" in err
