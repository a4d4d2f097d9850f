"""Interface: ``integraal reproduce CALIBRATION-FOLDER`` reruns a committed calibration's checked runs.

A tiny calibration (the one of test_calibrate_command) is made once; each test copies it, spoils
one thing (a stored run, the fit table, the scenario, a file) and checks that the rerun says so.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from calibration_helpers import TINY, synthetic_town
from sim.cli import main

PROJECT_DIR = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A finished tiny calibration: (its scenario, its folder)."""
    folder = tmp_path_factory.mktemp("calibration")
    town = synthetic_town(folder)
    assert main(["calibrate", str(town), *TINY, "--out", str(folder / "cal")]) in (0, 1)
    return town, folder / "cal"


@pytest.fixture
def copy(made, tmp_path):
    """A copy of the calibration folder to spoil."""
    return shutil.copytree(made[1], tmp_path / "cal")


def test_an_unchanged_calibration_reproduces(copy, capsys):
    assert main(["reproduce", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "2 runs compared" in out and "OK" in out


def test_a_changed_stored_run_is_named_with_its_figure(copy, capsys):
    path = copy / "runs" / "calibrated__p0000__r000.json"
    stored = json.loads(path.read_text())
    stored["row"]["clients.wmo"] += 1
    path.write_text(json.dumps(stored))
    assert main(["reproduce", str(copy)]) == 1
    out = capsys.readouterr().out
    assert "DIFFERENT" in out and "calibrated__p0000__r000  clients.wmo" in out


def test_an_edited_fit_table_is_caught(copy, capsys):
    fit = (copy / "fit.csv").read_text().splitlines()
    figure, observed, simulated, *rest = fit[1].split(",")
    fit[1] = ",".join([figure, observed, str(float(simulated) + 5), *rest])
    (copy / "fit.csv").write_text("\n".join(fit) + "\n")
    assert main(["reproduce", str(copy)]) == 1
    assert f"fit.csv: {figure} simulated" in capsys.readouterr().out


def test_a_changed_scenario_is_named(made, copy, capsys):
    town = made[0]
    original = town.read_text()
    try:
        town.write_text(original + "\n# edited\n")
        assert main(["reproduce", str(copy)]) == 1
        assert "differs from the file this calibration was made from" in capsys.readouterr().out
    finally:
        town.write_text(original)


def test_an_unfinished_calibration_is_one_line_exit_2(copy, capsys):
    (copy / "fit.csv").unlink()
    assert main(["reproduce", str(copy)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "fit.csv" in err[0] and "Traceback" not in err[0]


EXAMPLE = PROJECT_DIR / "results" / "voorbeeldstad-aan-zee"


@pytest.mark.skipif(not (EXAMPLE / "calibratie" / "calibration.json").is_file(), reason="no committed example")
def test_the_committed_example_calibration_follows_from_the_code_and_the_figures(tmp_path, monkeypatch, capsys):
    """Repeatability: `gemeente init` still writes its scenario byte for byte, the checked runs the same."""
    monkeypatch.chdir(PROJECT_DIR)
    written = tmp_path / "zee.toml"
    assert main(["gemeente", "init", "--from", "examples/gemeente/voorbeeldstad-aan-zee.toml", "--out",
                 str(written)]) == 0
    assert written.read_bytes() == (EXAMPLE / "voorbeeldstad-aan-zee.toml").read_bytes()
    assert main(["reproduce", str(EXAMPLE.relative_to(PROJECT_DIR) / "calibratie")]) == 0
    assert "OK" in capsys.readouterr().out
    assert "All 4 figures within tolerance" in (EXAMPLE / "calibratie" / "calibrated.toml").read_text()
