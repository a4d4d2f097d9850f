"""``integraal discover``: a tiny Latin-hypercube sweep, its robustness files, summarize, bad input."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from sim.cli import main
from sim.params.catalogue import CATALOGUE
from sim.study.experiment import load_experiment

TINY_LHS = """
name = "robuust-klein"
designs = ["sectoraal", "integrale-toegang", "vinkje"]
reference = "sectoraal"
replications = {replications}
seed = 5

[base]
population.inhabitants = 3000

[horizon]
years = 0.5
warmup_years = 0.25

[factors]
"meeting.hours" = "plausible"
"vinkje.sensitivity" = "plausible"

[sampling]
method = "{method}"
points = {points}
"""


def write_lhs(folder, method: str = "lhs", points: int = 8, replications: int = 1):
    """The tiny space-filling experiment (24 runs of a few thousand inhabitants) in ``folder``."""
    path = folder / f"{method}.toml"
    path.write_text(TINY_LHS.format(method=method, points=points, replications=replications))
    return path


@pytest.fixture(scope="module")
def swept(tmp_path_factory):
    """The results folder of the tiny LHS sweep, and the folder discover wrote into."""
    folder = tmp_path_factory.mktemp("discover")
    assert main(["sweep", str(write_lhs(folder, points=12)), "--out", str(folder / "r")]) == 0
    assert main(["discover", str(folder / "r"), "--out", str(folder / "d")]) == 0
    return folder / "r", folder / "d"


def test_discover_writes_shares_boxes_and_a_figure(swept):
    """Interface: three contrasts x three criteria; shares in [0, 1] that sum to 1; a PNG."""
    _, out = swept
    robustness = pd.read_csv(out / "robustness.csv")
    assert set(robustness["contrast"]) == {"integrale-toegang vs sectoraal", "vinkje vs sectoraal",
                                           "vinkje vs integrale-toegang"}
    assert len(robustness) == 9 and robustness["statement"].str.len().gt(0).all()
    measured = robustness[robustness["points"] > 0]
    assert len(measured) >= 6  # waits and cost; the 12-month follow-up needs runs over a year
    shares = measured[["wins_share", "loses_share", "ties_share"]]
    assert shares.ge(0).all().all() and shares.le(1).all().all()
    assert shares.sum(axis=1).round(9).eq(1).all()
    assert measured["statement"].str.contains("of the plausible space").all()
    boxes = pd.read_csv(out / "boxes.csv")
    assert list(boxes.columns) == ["contrast", "criterion", "factor", "lower", "upper", "space_lower",
                                   "space_upper", "coverage", "density"]
    assert set(boxes["factor"]) <= {"meeting.hours", "vinkje.sensitivity"}
    assert (out / "discovery.png").read_bytes()[:4] == b"\x89PNG"
    sobol = pd.read_csv(out / "sobol.csv")
    assert set(sobol["factor"]) == {"meeting.hours", "vinkje.sensitivity"} and set(sobol["index"]) == {"S1", "ST"}
    assert set(sobol["contrast"]) <= set(robustness["contrast"]) and sobol["emulator_r2"].le(1).all()


def test_summarize_prints_the_robustness_statements(swept, capsys):
    """Interface: summarize of a folder with robustness.csv prints its statements (issue 15 item 6)."""
    results, out = swept
    (results / "robustness.csv").write_bytes((out / "robustness.csv").read_bytes())
    capsys.readouterr()
    assert main(["summarize", str(results), "--kpi", "wait_median_days_wmo"]) == 0
    printed = capsys.readouterr().out
    assert "Robustness per contrast" in printed and "holds in" in printed


def test_discover_refuses_a_factorial_sweep(swept, tmp_path, capsys):
    """Bad input: a results folder whose sweep was not space-filling: one line, exit 2."""
    results, _ = swept
    manifest = json.loads((results / "manifest.json").read_text())
    manifest["plan"]["sampling"] = "factorial"
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    (tmp_path / "runs.csv").write_bytes((results / "runs.csv").read_bytes())
    assert main(["discover", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "manifest.json: plan:" in err and "lhs" in err


def test_discover_refuses_a_folder_with_one_design(swept, tmp_path, capsys):
    """Bad input: a run table with a single design has nothing to contrast: one line, exit 2."""
    results, _ = swept
    (tmp_path / "manifest.json").write_bytes((results / "manifest.json").read_bytes())
    runs = pd.read_csv(results / "runs.csv")
    runs[runs["design"] == "vinkje"].to_csv(tmp_path / "runs.csv", index=False)
    assert main(["discover", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "runs.csv: design:" in err and "at least two designs" in err


def test_discover_refuses_a_folder_without_manifest(tmp_path, capsys):
    """Bad input: not a results folder: one line, exit 2."""
    assert main(["discover", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "manifest.json: not found" in err


@pytest.mark.skipif("work.staffing_scale" not in CATALOGUE, reason="work.staffing_scale is added on main")
def test_robuustheid_experiment_is_a_200_point_lhs_of_plausible_ranges():
    """Interface: the bundled discovery experiment loads: three designs, 200 LHS points, 2 replications."""
    experiment = load_experiment("robuustheid")
    assert experiment.sampling == {"method": "lhs", "points": 200, "levels": None}
    assert experiment.replications == 2 and len(experiment.designs) == 3 and len(experiment.factors) == 16


def test_discover_into_the_results_folder_records_its_files_in_the_manifest(swept, tmp_path):
    """Repeatability: the robustness files written into the sweep's folder get hashes in its manifest.

    `integraal reproduce` then notices when one of them is edited by hand.
    """
    import shutil

    from sim.study.manifest import read_manifest, sha256

    folder = tmp_path / "r"
    shutil.copytree(swept[0], folder)
    assert main(["discover", str(folder)]) == 0
    files = read_manifest(folder)["files"]
    assert {"robustness.csv", "boxes.csv", "sobol.csv", "runs.csv"} <= set(files)
    assert files["robustness.csv"] == sha256(folder / "robustness.csv")
