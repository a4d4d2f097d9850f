"""Interface: the ``integraal`` commands, and bad scenario files giving one clear line and exit 2."""

import json
import subprocess
import sys

import pytest

from sim import PROJECT_DIR
from sim.commands import COMMANDS

TINY = """extends = "{base}"
[population]
inhabitants = 2000
[simulation]
warmup_years = 0.2
years = 0.3
"""


def integraal(*args, cwd=None):
    """Run ``python -m sim`` with ``args`` in a subprocess and return the finished process."""
    return subprocess.run([sys.executable, "-m", "sim", *map(str, args)], check=False, capture_output=True, text=True,
                          cwd=cwd or PROJECT_DIR, timeout=300)


@pytest.fixture
def tiny(tmp_path):
    """A scenario file of a tiny town that extends the bundled sectoraal.toml."""
    path = tmp_path / "tiny.toml"
    path.write_text(TINY.format(base=PROJECT_DIR / "scenarios" / "sectoraal.toml"))
    return path


def test_run_prints_the_kpi_table_and_writes_the_tables(tiny, tmp_path):
    """``integraal run`` prints the KPIs and writes every table."""
    out = tmp_path / "out"
    done = integraal("run", tiny, "--seed", 3, "--out", out)
    assert done.returncode == 0, done.stderr
    assert "Waiting per domain" in done.stdout and "wmo" in done.stdout
    assert {p.name for p in out.iterdir()} >= {
        "episodes.csv",
        "households.csv",
        "time_use.csv",
        "weekly.csv",
        "kpis.csv",
    }


def test_run_json_gives_the_kpis(tiny, tmp_path):
    """``integraal run --json`` prints the KPIs as JSON."""
    done = integraal("run", tiny, "--json", "--out", tmp_path / "o")
    kpis = json.loads(done.stdout)
    assert 0 < kpis["admin_share_of_worked"] < 1 and "wait_median_days_wmo" in kpis


def test_run_prints_the_waiting_lists_after_the_kpis(tiny, tmp_path):
    """``integraal run`` prints, after the KPI table, each organisation's list and each domain's two medians."""
    done = integraal("run", tiny, "--seed", 3, "--out", tmp_path / "o")
    assert done.returncode == 0, done.stderr
    kpis, _, block = done.stdout.partition("Waiting lists")
    assert "Waiting per domain" in kpis and "censored p50" in block and "Caution" not in kpis
    for name in ("Wmo-loket", "Jeugdteam", "Werk en Inkomen", "Schuldhulpverlening", "Welzijn"):
        assert f"  {name}" in block
    assert sum(line.split()[0] in {"wmo", "youth", "work_income", "debt", "social"}
               for line in block.splitlines() if line.strip()) == 5


def test_run_says_in_words_that_an_over_capacity_list_grows(tmp_path):
    """An M/M/5 at 6 requests a day (rho 1.2): the list grows, and the wait's line says so."""
    path = tmp_path / "overloaded.toml"
    path.write_text(f'extends = "{PROJECT_DIR / "scenarios" / "mmc.toml"}"\n'
                    "[simulation]\nyears = 1.0\n[mmc]\narrival_rate_per_day = 6.0\n")
    done = integraal("run", path, "--out", tmp_path / "o")
    assert done.returncode == 0, done.stderr
    block = done.stdout.partition("Waiting lists")[2]
    wait_line = next(line for line in block.splitlines() if line.startswith("  wmo "))
    assert "grows by about" in block and "the wait depends on how long the run lasted" in wait_line
    kpis = done.stdout.partition("Waiting lists")[0]
    assert kpis.startswith("Caution: not every waiting list is stable: Loket (growing).")
    assert kpis.index("Caution") < kpis.index("Waiting per domain")


def test_scenarios_lists_the_bundled_files():
    """``integraal scenarios`` lists every bundled scenario file."""
    done = integraal("scenarios")
    names = [line.split()[0] for line in done.stdout.splitlines()]
    assert done.returncode == 0 and {"sectoraal", "middelstad", "mmc"} <= set(names)
    assert "INVALID" not in done.stdout


def test_validate_accepts_a_bundled_scenario():
    """``integraal validate`` says a bundled scenario is valid."""
    done = integraal("validate", "sectoraal")
    assert done.returncode == 0 and "valid" in done.stdout


BAD_FILES = {
    "unknown key": ("[needs.debt]\nonset_per_yaer = 0.1\n", "needs.debt.onset_per_yaer"),
    "wrong type": ('[needs.debt]\nonset_per_year = "high"\n', "needs.debt.onset_per_year"),
    "negative rate": ("[needs.debt]\nonset_per_year = -0.5\n", "needs.debt.onset_per_year"),
    "malformed TOML": ("[needs.debt\nonset_per_year = 0.1\n", "bad.toml"),
    "missing parent": ('extends = "nowhere.toml"\n', "nowhere.toml"),
}


@pytest.mark.parametrize("problem", BAD_FILES)
def test_bad_scenario_gives_one_line_and_exit_2_and_runs_nothing(problem, tmp_path):
    """A broken scenario file: one line naming it, exit 2, nothing run."""
    text, named = BAD_FILES[problem]
    bad = tmp_path / "bad.toml"
    bad.write_text(text)
    out = tmp_path / "never"
    done = integraal("run", bad, "--out", out)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and named in done.stderr
    assert "Traceback" not in done.stderr and not out.exists()


def test_missing_scenario_file_is_named(tmp_path):
    """A missing scenario file is named in the message."""
    done = integraal("validate", tmp_path / "absent.toml")
    assert done.returncode == 2 and "absent.toml" in done.stderr and "Traceback" not in done.stderr


def test_existing_output_folder_is_not_overwritten(tiny, tmp_path):
    """``integraal run`` keeps an existing output folder without ``--force``."""
    out = tmp_path / "kept"
    out.mkdir()
    (out / "mine.txt").write_text("keep me")
    done = integraal("run", tiny, "--out", out)
    assert done.returncode == 2 and "--force" in done.stderr
    assert (out / "mine.txt").read_text() == "keep me"


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_shows_its_own_options(command):
    """``integraal <command> --help`` shows that command's usage."""
    done = integraal(command, "--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"usage: integraal {command}") and "--help" in done.stdout


def test_checking_a_scenario_loads_neither_the_model_nor_pandas():
    """Only the chosen command's module is imported: validating a file is instant."""
    probe = ("import sys; from sim.cli import main; code = main(['validate', 'sectoraal']); "
             "print(code, sorted(m for m in ('mesa', 'pandas', 'scipy', 'sim.model') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], check=False, capture_output=True, text=True, cwd=PROJECT_DIR,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("0 []"), done.stdout
