"""A calibration from start to end: its folder, the waves, the fitted values, the fit and the scenario.

Story: ``integraal calibrate voorbeeldstad.toml --out cal/`` writes ``cal/calibration.json``
(what is calibrated, to which figures, how large) before the first run; each run lands in
``cal/runs/`` as it finishes. Killed after 70 runs, ``--resume`` checks that the settings are
the same, finds the 70, runs the rest and the same waves (their candidates follow from the seed
and the stored runs), then writes ``candidates.csv``, ``parameters.csv``, ``fit.csv`` and
``calibrated.toml``. The fit table comes from real runs at the calibrated values, with the seeds
of every candidate, not from the emulator.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from sim.calibration import posterior
from sim.calibration.fit import fit_table, reasons
from sim.calibration.runs import CALIBRATED, run_stored, specs_at
from sim.calibration.scenario_file import calibrated_text
from sim.calibration.targets import Target
from sim.calibration.waves import Matching, Settings, history_match
from sim.output.results_folder import ResultsStore, write_atomic, write_json
from sim.params.errors import InputError
from sim.params.scenario import Scenario
from sim.study import manifest as mf
from sim.study.factors import Factor

SETTINGS_FILE = "calibration.json"


@dataclass(frozen=True)
class Outcome:
    """What a calibration found: the fitted values, the fit table and why figures were missed."""

    fitted: pd.DataFrame
    table: pd.DataFrame
    reasons: list[str]
    ruled_out_everything: bool


def describe(scenario: Scenario, factors, targets, settings: Settings, overrides: dict) -> dict:
    """What a calibration is: the scenario (and its sha256), parameters, figures, size and overrides."""
    return {"scenario": scenario.path, "sha256": mf.sha256(Path(scenario.path)),
            "parameters": {f.key: [f.low, f.high] for f in factors},
            "figures": {t.key: [t.observed, t.tolerance] for t in targets}, "size": asdict(settings),
            "overrides": overrides}


def open_folder(out: Path, study: dict, resume: bool, force: bool) -> None:
    """Check the output folder before anything runs; write the calibration's settings into it.

    ``--force`` replaces a folder only when it holds a calibration (its ``calibration.json``):
    ``--out . --force`` in a project folder must not delete the project.
    """
    old = out / SETTINGS_FILE
    if resume and old.is_file():
        stored = json.loads(old.read_text(encoding="utf-8"))
        if {k: stored.get(k) for k in study} != json.loads(json.dumps(study)):
            raise InputError(str(out), "--resume", "this folder holds a calibration with other settings (scenario, "
                             "parameters, figures or size); use --force to start over or another --out")
        return
    if out.exists() and (not out.is_dir() or any(out.iterdir())) and not (force and old.is_file()):
        hint = "--force replaces only a calibration's folder" if force else "pass --resume or --force"
        raise InputError(str(out), "--out", f"exists and holds no calibration of these settings; {hint}")
    if out.exists() and force:
        shutil.rmtree(out) if out.is_dir() else out.unlink()
    out.mkdir(parents=True, exist_ok=True)
    write_json(old, {**study, "started": mf.now(), "git": mf.git_commit(), "environment": mf.environment()})


def calibrate(base: Scenario, factors: tuple[Factor, ...], targets: list[Target], settings: Settings, out: Path,
              pool, show: bool | None) -> Outcome:
    """Run the waves and the runs at the calibrated values; write every result file into ``out``."""
    store = ResultsStore(out)
    matching = history_match(base, factors, targets, settings, store, pool, show)
    fitted, point = _fitted(factors, targets, matching)
    specs = specs_at(base, [point], CALIBRATED, settings.replications, settings.seed)
    rows = pd.DataFrame(run_stored(specs, store, pool, "calibrate: runs at the calibrated values", show))
    table = fit_table(targets, rows, matching.means)
    matching.means.to_csv(out / "candidates.csv", index=False)
    fitted.to_csv(out / "parameters.csv", index=False)
    table.to_csv(out / "fit.csv", index=False)
    return Outcome(fitted, table, reasons(targets, table, matching.means), not len(matching.kept))


def _fitted(factors, targets, matching: Matching) -> tuple[pd.DataFrame, dict]:
    """The posterior summary and the calibrated values; the closest candidate when everything was ruled out."""
    if len(matching.kept):
        fitted = posterior.summary(factors, matching.kept, matching.emulators[-1].log_likelihood(matching.kept))
        return fitted, dict(zip(fitted["parameter"], fitted["calibrated"]))
    distance = np.max([np.abs(t.distance(matching.means[t.key].astype(float))) for t in targets], axis=0)
    best = matching.means.iloc[int(np.nanargmin(distance))]
    fitted = pd.DataFrame([{"parameter": f.key, "searched_low": f.low, "searched_high": f.high,
                            "calibrated": best[f.key], "interval_low": np.nan, "interval_high": np.nan,
                            "range_low": np.nan, "range_high": np.nan} for f in factors])
    return fitted, {f.key: best[f.key] for f in factors}


def write_scenario(out: Path, scenario: Scenario, outcome: Outcome, overrides: dict) -> Path:
    """Write ``calibrated.toml`` into ``out`` and return its path."""
    path = out / "calibrated.toml"
    horizon = (scenario["simulation.warmup_years"], scenario["simulation.years"])
    write_atomic(path, calibrated_text(Path(scenario.path), out, scenario.name, outcome.fitted, outcome.table,
                                       overrides, horizon))
    return path
