"""Run one scenario once: ``simulate(scenario, seed)`` gives the tables and the KPI summary.

This is the function the CLI, the comparison and the experiment runner all call.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from sim.model import MunicipalityModel
from sim.output.kpi import compute_kpis
from sim.output.outcomes import unmet_need_days
from sim.output.tables import episodes_table, households_table, queues_table, time_use_table, weekly_table
from sim.params.scenario import Scenario


@dataclass(frozen=True)
class RunResult:
    """The four tables of a run and its KPI summary."""

    tables: dict[str, pd.DataFrame]
    kpis: dict[str, float]

    def all_tables(self) -> dict[str, pd.DataFrame]:
        """The tables plus the KPI summary as a one-row table."""
        return {**self.tables, "kpis": pd.DataFrame([self.kpis])}


def simulate(scenario: Scenario, seed: int | np.random.SeedSequence = 0, *, years: float | None = None,
             warmup_years: float | None = None, progress=None) -> RunResult:
    """Run ``scenario`` with ``seed``; ``years``/``warmup_years`` override the scenario's horizon."""
    overrides = {}
    if years is not None:
        overrides["simulation.years"] = years
    if warmup_years is not None:
        overrides["simulation.warmup_years"] = warmup_years
    if overrides:
        scenario = scenario.with_overrides(overrides, "command line")
    model = MunicipalityModel(scenario, seed).run(progress)
    tables = {"episodes": episodes_table(model), "households": households_table(model),
              "time_use": time_use_table(model), "weekly": weekly_table(model), "queues": queues_table(model)}
    unmet = unmet_need_days(tables["households"], tables["episodes"], model.measure_from, model.horizon)
    tables["households"]["unmet_need_days"] = unmet.sum(axis=1).to_numpy()
    kpis = compute_kpis(tables, scenario, model.measure_from, model.horizon, unmet)
    measured_days = model.horizon - model.measure_from
    kpis["multiproblem_prevalence"] = model.population.mean_multiproblem(measured_days) / max(
        len(tables["households"]), 1
    )
    return RunResult(tables, kpis)
