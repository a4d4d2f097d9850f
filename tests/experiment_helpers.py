"""Tiny experiments for the tests of the experiment machinery (a town of 4,000, half a year)."""

from __future__ import annotations

from pathlib import Path

from sim.study.simulate import simulate

TINY = """
name = "{name}"
designs = ["sectoraal", {{ scenario = "sectoraal", label = "minder-schuldhulp", set = {{ organisations.debt.professionals = 4 }} }}]
replications = {replications}
seed = 11

[base]
population.inhabitants = 4000

[horizon]
years = 0.5
warmup_years = 0.25

[factors]
"needs.debt.worsening_per_year" = [1.0, 2.5]

[reproduce]
replications = 1
points = [1]
"""  # noqa: E501 - a TOML inline table must stay on one line


def write_experiment(folder: Path, name: str = "tiny", replications: int = 2, extra: str = "") -> Path:
    """Write the tiny experiment as ``name``.toml in ``folder``, with ``extra`` appended, and return its path."""
    path = Path(folder) / f"{name}.toml"
    path.write_text(TINY.format(name=name, replications=replications) + extra)
    return path


def simulate_failing_at_fast_worsening(scenario, seed, **kwargs):
    """Like ``simulate``, but raises for the design point where debts worsen at 2.5 a year."""
    if scenario["needs.debt.worsening_per_year"] == 2.5 and scenario["organisations.debt.professionals"] == 4:
        raise RuntimeError("injected failure for the test")
    return simulate(scenario, seed, **kwargs)


def run_row(design: str, point: int, replication: int, factors: dict, **kpis) -> dict:
    """One finished run of a synthetic run table: the labels, the factor values, status ok, the KPIs."""
    return {"run_id": f"{design}-{point}-{replication}", "design": design, "point": point,
            "replication": replication, "seed_root": 0, "seed_spawn_key": replication, **factors,
            "status": "ok", "error": "", **kpis}
