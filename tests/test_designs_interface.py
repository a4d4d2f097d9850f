"""Interface: every bundled design scenario validates and runs through the CLI (``integraal run``,
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

from sim.params.design_catalogue import DESIGN_NAMES
from sim.cli import main
from sim.params.scenario import load_scenario

SCENARIOS = Path(__file__).resolve().parent.parent / "scenarios"
TINY = "\n[population]\ninhabitants = 2000\n\n[simulation]\nwarmup_years = 0.1\n"


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sim", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)


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


def test_there_are_thirteen_design_files():
    assert len(DESIGN_NAMES) == 13
    assert all((SCENARIOS / f"{name}.toml").is_file() for name in DESIGN_NAMES)


@pytest.mark.parametrize("name", DESIGN_NAMES)
def test_design_file_validates_and_names_its_design(name, capsys):
    assert main(["validate", str(SCENARIOS / f"{name}.toml")]) == 0
    assert f"design {name}" in capsys.readouterr().out
    assert load_scenario(str(SCENARIOS / f"{name}.toml"))["design.access"] == name


@pytest.mark.parametrize("name", DESIGN_NAMES)
def test_design_runs_through_the_cli_and_prints_kpis(name, runs):
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
