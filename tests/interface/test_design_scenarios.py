"""Interface: every bundled design scenario validates and runs through the command line.

Interface: every bundled design scenario validates and runs through the CLI (``integraal run``,
``integraal compare``), on a tiny town so the whole module takes well under a minute.

``integraal run`` has no ``--set``, so each run uses a temporary scenario that ``extends`` the
bundled file and makes the town tiny (2,000 inhabitants, 0.1 warm-up years, ``--years 0.1``).
The runs are separate processes (``python -m sim``), two at a time.
"""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from sim import PROJECT_DIR
from sim.cli import main
from sim.params.design_catalogue import DESIGN_NAMES
from sim.params.scenario import load_scenario

SCENARIOS = PROJECT_DIR / "scenarios"
TINY = "\n[population]\ninhabitants = 2000\n\n[simulation]\nwarmup_years = 0.1\n"


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run ``python -m sim`` with ``args`` in ``cwd`` and return the finished process."""
    return subprocess.run([sys.executable, "-m", "sim", *args], cwd=cwd, capture_output=True, text=True,
                          check=False, timeout=120)


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, subprocess.CompletedProcess]:
    """``integraal run`` of every design on a tiny town that extends the bundled file."""
    folder = tmp_path_factory.mktemp("designs")

    def run(name: str) -> subprocess.CompletedProcess:
        tiny = folder / f"{name}-tiny.toml"
        tiny.write_text(f'extends = "{SCENARIOS / (name + ".toml")}"\n{TINY}')
        return cli("run", str(tiny), "--years", "0.1", "--out", str(folder / f"out-{name}"), cwd=folder)

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(DESIGN_NAMES, pool.map(run, DESIGN_NAMES)))


def test_there_are_twelve_designs_each_with_its_scenario_file():
    """There are twelve designs, each with its scenario file."""
    assert len(DESIGN_NAMES) == 12
    assert all((SCENARIOS / f"{name}.toml").is_file() for name in DESIGN_NAMES)


@pytest.mark.parametrize("name", DESIGN_NAMES)
def test_design_file_validates_and_names_its_design(name, capsys):
    """Each design's scenario file validates and names its design."""
    assert main(["validate", str(SCENARIOS / f"{name}.toml")]) == 0
    assert f"design {name}" in capsys.readouterr().out
    assert load_scenario(str(SCENARIOS / f"{name}.toml"))["design.access"] == name


@pytest.mark.parametrize("name", DESIGN_NAMES)
def test_design_runs_through_the_cli_and_prints_kpis(name, runs):
    """Each design runs through ``integraal run`` and prints its KPIs."""
    done = runs[name]
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "Waiting per domain" in done.stdout and "Access design mechanisms" in done.stdout
    assert "coordination hours per request" in done.stdout


def test_designs_compare_through_the_cli(tmp_path):
    """All designs side by side, two tiny replications: exit 0 and one KPI line per design."""
    done = cli("compare", *DESIGN_NAMES, "--replications", "2", "--years", "0.1", "--warmup-years", "0.1",
               "--set", "population.inhabitants=2000", "--kpi", "coordination_share", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "coordination_share" in done.stdout
    lines = [line.split()[0] for line in done.stdout.splitlines() if line.startswith("  ")]
    assert set(DESIGN_NAMES) <= set(lines)
    assert "FAILED" not in done.stdout
