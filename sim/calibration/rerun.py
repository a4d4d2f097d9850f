"""Check a committed calibration: rerun some of its runs and compare them, figure by figure.

Story: ``results/voorbeeldstad-aan-zee/`` holds a calibration committed in December. In
February someone changes how Wmo help ends. ``integraal reproduce
results/voorbeeldstad-aan-zee`` reruns the fit table's runs (those at the calibrated values) and
the first candidate of wave 1, with their stored seeds and parameter values, and prints per run
and figure the committed number, the new one and the difference; it exits 1, so CI says that the
committed calibration no longer follows from the code. With the same Python and package versions
the numbers must be identical, otherwise equal within a relative 1e-9. The scenario must be the
file the calibration was made from (its sha256), and the result files must be those it wrote.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from sim.calibration.runs import CALIBRATED, figure_run, specs_at
from sim.calibration.study import SETTINGS_FILE
from sim.output.results_folder import EXACT_FLOATS, ResultsStore
from sim.params.errors import InputError
from sim.params.scenario import load_scenario
from sim.study import manifest as mf
from sim.study.rerun_check import compare_tables, comparison_mode, differs, fresh_table, shortened
from sim.study.runner import run_rows

RTOL, ATOL = 1e-9, 1e-12
"""How close a rerun must be when the Python or package versions differ (those of ``[reproduce]``)."""
CHECKED = ("wave1__p0000", f"{CALIBRATED}__p0000")
"""The points rerun: the first candidate of wave 1 and the calibrated values (the fit table's runs)."""
FILES = ("candidates.csv", "parameters.csv", "fit.csv", "calibrated.toml")
"""The result files every finished calibration folder holds."""


def is_calibration(folder: Path) -> bool:
    """A folder that ``integraal calibrate`` wrote (it holds ``calibration.json``)."""
    return (Path(folder) / SETTINGS_FILE).is_file()


def reproduce_calibration(folder: Path, executor: str, workers: int, scheduler) -> tuple[int, list[str], str]:
    """(runs compared, problems, how the numbers were compared) for a rerun of ``folder``'s checked runs.

    Raises:
        InputError: when the folder is no finished calibration or its scenario is missing.
    """
    folder = Path(folder)
    study = json.loads((folder / SETTINGS_FILE).read_text(encoding="utf-8"))
    missing = [name for name in FILES if not (folder / name).is_file()]
    if missing:
        raise InputError(str(folder), missing[0], "missing: this calibration did not finish "
                         "(`integraal calibrate ... --resume` finishes it)")
    scenario_path = Path(study["scenario"])
    if not scenario_path.is_file():
        raise InputError(str(folder / SETTINGS_FILE), "scenario", f"{scenario_path} is missing; expected the scenario "
                         "the calibration was made from (run from the folder it was made in)")
    problems = [] if mf.sha256(scenario_path) == study["sha256"] else [
        f"{scenario_path}: differs from the file this calibration was made from (sha256 {study['sha256'][:12]}...)"]
    committed = fresh_table(_stored_rows(folder))
    specs = _checked_specs(load_scenario(str(scenario_path), study["overrides"]), committed, study)
    rows = run_rows(specs, f"reproduce {folder}", executor, workers, scheduler, task=figure_run)
    exact = mf.environment() == study["environment"]
    diffs = shortened(compare_tables(committed, fresh_table(rows), exact, RTOL, ATOL))
    return len(specs), problems + _fit_table_problems(folder, rows, exact) + diffs, comparison_mode(exact, RTOL, ATOL)


def _checked_specs(base, committed: pd.DataFrame, study: dict) -> list:
    """The runs of the :data:`CHECKED` points again: their stored parameter values, every replication's seed."""
    size, keys = study["size"], list(study["parameters"])
    specs = []
    for point in CHECKED:
        row = committed[committed["run_id"] == f"{point}__r000"].iloc[0]
        specs += specs_at(base, [{k: float(row[k]) for k in keys}], point.split("__")[0], size["replications"],
                          size["seed"])
    return specs


def _fit_table_problems(folder: Path, rows: list[dict], exact: bool) -> list[str]:
    """``fit.csv``'s simulated figures must be the means of the rerun runs at the calibrated values."""
    table = pd.read_csv(folder / "fit.csv", **EXACT_FLOATS)
    calibrated = pd.DataFrame([r for r in rows if r["design"] == CALIBRATED])
    lines = []
    for r in table.itertuples():
        now = float(calibrated[r.figure].astype(float).mean())
        if differs(r.simulated, now, exact, RTOL, ATOL):
            lines.append(f"{folder / 'fit.csv'}: {r.figure} simulated {r.simulated!r}, the rerun gives {now!r}")
    return lines


def _stored_rows(folder: Path) -> list[dict]:
    """The stored rows of the checked runs (every replication of each checked point)."""
    store = ResultsStore(folder)
    wanted = sorted(r for r in store.done_ids() if r.rsplit("__", 1)[0] in CHECKED)
    if not any(r.startswith(CHECKED[1]) for r in wanted):
        raise InputError(str(folder / "runs"), CHECKED[1], "no runs at the calibrated values; expected a finished "
                         "calibration")
    return store.rows(wanted)
