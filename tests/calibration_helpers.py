"""A tiny synthetic town to calibrate in tests of the commands (not of the method).

A town of 3,000 made at the known values of :mod:`sim.calibration.synthetic`, one measured year,
ten candidates in one wave, one replication: a calibration of it takes seconds.
"""

from __future__ import annotations

from pathlib import Path

from sim.calibration.synthetic import TRUTH, observed_figures, write_town

TOWN = {"population.inhabitants": 3_000}
TINY = ["--warmup-years", "0.5", "--years", "1", "--points", "10", "--waves", "1", "--replications", "1"]
"""Calibration options of a tiny calibration: ten candidates and one run at the calibrated values."""


def synthetic_town(folder: Path) -> Path:
    """The scenario file of the tiny synthetic town, with its [observed] figures, written in ``folder``."""
    figures = observed_figures("sectoraal", TRUTH, {**TOWN, "simulation.warmup_years": 0.5, "simulation.years": 1.0})
    return write_town(folder / "town.toml", "sectoraal.toml", TOWN, figures)
