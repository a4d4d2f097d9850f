"""The run fingerprint: sha256 of every run table's CSV for a few fixed small runs.

Story: an optimisation of the event loop must not move a single household's crisis by a day.
Hashing the CSV text of each table (the same bytes ``integraal run`` writes) of a fixed town and
seed catches any change, down to the last digit of a float.

Regenerate after an INTENTIONAL model change with ``make fingerprint`` (this module run as a
script); never after an optimisation, which must leave the fingerprint as it is.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

import pandas as pd

from sim.params.scenario import load_scenario
from sim.study.simulate import simulate

FINGERPRINT_FILE = Path(__file__).with_name("fingerprint.json")
TOWN = {"population.inhabitants": 5000, "simulation.warmup_years": 0.5, "simulation.years": 1.0}
"""A small town: half a year of warm-up and one measured year."""
RUNS = {"sectoraal": TOWN, "integrale-toegang": TOWN, "vinkje": TOWN, "integraal-team": TOWN,
        "mmc": {"simulation.warmup_years": 0.1, "simulation.years": 1.0}}
"""Scenarios in the fingerprint: the baseline, three designs with coordination, the M/M/c mode."""
SEED = 20261122


def table_digest(frame: pd.DataFrame) -> str:
    """sha256 of the table as CSV without index, exactly as a results folder stores it."""
    return hashlib.sha256(frame.to_csv(index=False).encode()).hexdigest()


def run_fingerprint(name: str) -> dict[str, str]:
    """Digest of each table (and the KPI row) of scenario ``name`` with the fixed seed."""
    result = simulate(load_scenario(name, RUNS[name]), SEED)
    return {table: table_digest(frame) for table, frame in result.all_tables().items()}


def fingerprint() -> dict[str, dict[str, str]]:
    """The digests of every fingerprint run, by run name and table."""
    return {name: run_fingerprint(name) for name in RUNS}


def write(path: Path = FINGERPRINT_FILE) -> None:
    """Write the fingerprint to a temporary name, then rename it into place."""
    staging = path.with_suffix(".tmp")
    staging.write_text(json.dumps(fingerprint(), indent=2, sort_keys=True) + "\n")
    os.replace(staging, path)


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else FINGERPRINT_FILE)
    print(f"wrote {sys.argv[1] if len(sys.argv) > 1 else FINGERPRINT_FILE}")
