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


def wait_table(factors: dict, vinkje_wait, replications: int = 1, noise=lambda: 0.0):
    """A synthetic run table of sectoraal (a 30-day median Wmo wait) and the vinkje (``vinkje_wait`` per point).

    ``factors`` maps each factor to its value per point; ``noise()`` is added to every wait, drawn
    point by point, replication by replication, sectoraal first. Cost is the same everywhere; the
    12-month outcome is missing (runs too short for the follow-up).
    """
    import numpy as np
    import pandas as pd

    rows = [run_row(design, point, replication, {k: v[point] for k, v in factors.items()},
                    wait_median_days_wmo=wait + noise(), zrm_change_follow_up_mean_multiproblem=np.nan,
                    cost_eur_per_year=1e6)
            for point in range(len(vinkje_wait)) for replication in range(replications)
            for design, wait in (("sectoraal", 30.0), ("vinkje", vinkje_wait[point]))]
    table = pd.DataFrame(rows)
    table["point"] = table["point"].astype("Int64")
    return table
