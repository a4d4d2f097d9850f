"""Runs for tests/behaviour/test_waits_emerge.py, in a module worker processes can import."""

from __future__ import annotations

from sim.domains import DOMAINS
from sim.params.scenario import load_scenario
from sim.study.simulate import simulate

FACTORS = {"baseline": 1.0, "unlimited": 10.0, "fewer": 0.9}
"""Staff of every organisation times this: as calibrated, practically unlimited, 10% fewer."""


def kpis_with_staff(factor: float) -> dict[str, float]:
    """The KPIs of sectoral Middelstad (seed 11, its own horizon) with every organisation's staff times ``factor``."""
    base = load_scenario("sectoraal")
    staff = {f"organisations.{d}.professionals": base[f"organisations.{d}.professionals"] * factor for d in DOMAINS}
    return simulate(load_scenario("sectoraal", staff), 11).kpis
