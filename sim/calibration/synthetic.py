"""A synthetic municipality for parameter recovery: its observed figures made by the model itself.

Story: to check that ``integraal calibrate`` finds what is there, a town of 12,000 inhabitants is
run at known values (a Wmo onset rate of 0.04 a household-year, an administration ratio of 0.5,
...) with a seed the calibration never uses, and its figures are written into the ``[observed]``
table of a scenario that keeps Middelstad's values. Calibrated from those figures alone, the
known values should lie within the intervals it reports (the standard check of a calibration
method; tests/theory/test_calibration_recovery.py, benchmarks/bench_calibration.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from sim.calibration.simulated import simulated_figures
from sim.calibration.targets import TOLERANCES
from sim.params.figure_rules import problems
from sim.params.gemeente import OBSERVED_HEADER, toml_line
from sim.params.scenario import load_scenario

PERIOD = "synthetic"
TRUTH = {"needs.wmo.onset_per_year": 0.040, "needs.youth.onset_per_year": 0.060,
         "needs.work_income.onset_per_year": 0.025, "needs.debt.onset_per_year": 0.030, "work.admin_ratio": 0.50}
"""The known values of the recovery check: off Middelstad's defaults, inside the plausible ranges."""
TRUTH_SEED = 12345
"""The synthetic town's seed, one no calibration candidate uses (theirs are spawned from the root seed)."""


def observed_figures(scenario: str, truth: Mapping[str, float], settings: Mapping[str, object],
                     seed: int = TRUTH_SEED) -> dict[str, float]:
    """The figures ``scenario`` with ``settings`` shows at the ``truth`` values, one run with ``seed``."""
    town = load_scenario(scenario, {**settings, **truth})
    figures = simulated_figures(town, np.random.SeedSequence(seed)).kpis
    kept = {k: round(v) if k.startswith("clients.") else round(v, 4) for k, v in figures.items()
            if k in TOLERANCES and np.isfinite(v)}
    return _admissible(kept, town.values)


def _admissible(figures: dict[str, float], values: Mapping[str, object]) -> dict[str, float]:
    """The figures without those an adviser could not enter (:mod:`sim.params.figure_rules`).

    A quiet debt team's crises get their first conversation the same day, so one run's mean debt
    wait can fall below the intake lead time that ``integraal gemeente init`` requires; such a
    figure is left out, as an adviser would have to leave it out.
    """
    while found := problems({**figures, "inhabitants": values["population.inhabitants"]}, values):
        figures.pop(found[0][0])
    return figures


def write_town(path: Path, scenario: str, settings: Mapping[str, object], figures: Mapping[str, float]) -> Path:
    """A scenario file extending ``scenario`` with ``settings`` and the observed ``figures``."""
    lines = [toml_line("extends", scenario, "the design the synthetic town has"),
             toml_line("name", "Synthetic town", "made by sim.calibration.synthetic")]
    for key, value in settings.items():
        table, name = key.rsplit(".", 1)
        lines += [f"[{table}]", toml_line(name, value, "synthetic town")]
    lines += ["", OBSERVED_HEADER, "[observed.clients]", toml_line("period", PERIOD, "one run")]
    lines += [toml_line(k.split(".", 1)[1], v, "simulated") for k, v in figures.items() if k.startswith("clients.")]
    lines += ["[observed.waits]", toml_line("measure", "mean", "one run")]
    lines += [toml_line(k.split(".", 1)[1], v, "simulated") for k, v in figures.items() if k.startswith("waits.")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def recovery(fitted: pd.DataFrame, truth: Mapping[str, float]) -> pd.DataFrame:
    """Per fitted parameter: the true value, the calibrated one, the 90% interval and whether it holds the truth."""
    table = fitted[["parameter", "calibrated", "interval_low", "interval_high"]].copy()
    table.insert(1, "true", table["parameter"].map(truth))
    table["inside"] = (table["interval_low"] <= table["true"]) & (table["true"] <= table["interval_high"])
    table["width_share"] = (table["interval_high"] - table["interval_low"]) / (fitted["searched_high"]
                                                                               - fitted["searched_low"])
    return table
