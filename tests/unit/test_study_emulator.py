"""Sobol indices from an emulator, on a synthetic run table whose variance split is known (sim/study/emulator.py)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from experiment_helpers import wait_table
from sim.study.emulator import R2_TRUSTED, emulated_sobol, format_emulated


def linear_runs(points: int = 80, noise: float = 0.5, seed: int = 2) -> pd.DataFrame:
    """The vinkje's wait minus the sectoral one is 20 x a + 10 x b (a, b uniform); c does nothing.

    Theory: for y = 20a + 10b with independent uniforms, Var = (400 + 100) / 12, so
    S1(a) = ST(a) = 0.8, S1(b) = ST(b) = 0.2 and c has none.
    """
    rng = np.random.default_rng(seed)
    a, b, c = rng.random(points), rng.random(points), rng.random(points)
    return wait_table({"a": a, "b": b, "c": c}, 30.0 + 20 * a + 10 * b, 2, lambda: rng.normal(0, noise))


@pytest.fixture(scope="module")
def emulated():
    return emulated_sobol(linear_runs(), "sectoraal")


def test_emulator_recovers_the_known_variance_split(emulated):
    """Theory: ST(a) ~ 0.8, ST(b) ~ 0.2, ST(c) ~ 0 within 0.1; intervals narrower than 0.1."""
    waits = emulated[emulated["kpi"] == "wait_median_days_wmo"].set_index(["factor", "index"])
    assert waits.loc[("a", "ST"), "value"] == pytest.approx(0.8, abs=0.1)
    assert waits.loc[("b", "ST"), "value"] == pytest.approx(0.2, abs=0.1)
    assert waits.loc[("c", "ST"), "value"] < 0.05
    assert (waits["conf"] < 0.1).all()
    assert waits["emulator_r2"].iloc[0] > 0.95 and waits["trusted"].all()


def test_a_kpi_that_never_differs_or_is_missing_gets_no_indices(emulated):
    """Extreme values: a missing KPI has no points; a constant cost difference carries no variance to split."""
    assert set(emulated["kpi"]) == {"wait_median_days_wmo"}


def test_pure_noise_is_not_trusted():
    """Behaviour: when the difference is noise alone, the emulator predicts nothing and says so."""
    table = linear_runs(noise=0.5)
    vinkje = table["design"] == "vinkje"
    table.loc[vinkje, "wait_median_days_wmo"] = 30.0 + np.random.default_rng(3).normal(0, 5, vinkje.sum())
    waits = emulated_sobol(table, "sectoraal").query("kpi == 'wait_median_days_wmo'")
    assert waits["emulator_r2"].iloc[0] < R2_TRUSTED and not waits["trusted"].any()
    assert "too low to rely on" in format_emulated(waits)
