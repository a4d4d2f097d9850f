"""Interface: ``integraal capacity``: bad input gives one line and exit 2; a small run prints a row per organisation.

The command runs in this process (:func:`sim.cli.main`), its output caught by pytest's ``capsys``.
"""

from types import SimpleNamespace

import pandas as pd
import pytest

from sim.cli import main
from sim.domains import DOMAINS
from sim.params.catalogue import CATALOGUE


@pytest.fixture
def integraal(capsys):
    """``integraal(*args)``: run the command line and return its exit code, stdout and stderr."""

    def run(*args):
        code = main(list(args))
        out = capsys.readouterr()
        return SimpleNamespace(returncode=code, stdout=out.out, stderr=out.err)

    return run

SMALL = ("--set", "population.inhabitants=2000", "--years", "0.5", "--warmup-years", "0.5", "--replications", "2")

BAD = {
    "unknown scenario": (("nowhere",), "nowhere"),
    "negative max wait": (("mmc", "--max-wait", "-1"), "--max-wait"),
    "max wait and a target at once": (("mmc", "--max-wait", "1", "--target", "norm"), "--max-wait"),
    "max wait for a town": (("sectoraal", "--max-wait", "30"), "--max-wait"),
    "M/M/c without max wait": (("mmc",), "--max-wait"),
    "norm share above one": (("sectoraal", "--target", "norm", "--norm-share", "1.5"), "--norm-share"),
    "no replications": (("sectoraal", "--replications", "0"), "--replications"),
    "unknown baseline": (("vinkje", "--baseline", "nowhere"), "nowhere"),
    "unknown --set key": (("sectoraal", "--set", "organisations.wmo.staff=30"), "organisations.wmo.staff"),
}


@pytest.mark.parametrize("problem", BAD)
def test_bad_input_gives_one_line_and_exit_2(integraal, problem):
    args, named = BAD[problem]
    done = integraal("capacity", *args)
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and named in done.stderr


def test_a_small_town_prints_one_row_per_organisation(integraal):
    """The baseline against itself (common random numbers) needs no extra staff in any organisation."""
    done = integraal("capacity", "sectoraal", *SMALL)
    assert done.returncode == 0, done.stderr
    rows = [line for line in done.stdout.splitlines() if line.startswith("sectoraal ")]
    names = [CATALOGUE[f"organisations.{d}.name"].default for d in DOMAINS]
    assert [next(n for n in names if n in row) for row in rows] == names
    assert all(" 0 [0, 0] " in row for row in rows)


def test_the_norm_target_skips_a_domain_without_a_norm(integraal):
    done = integraal("capacity", "vinkje", "--target", "norm", *SMALL)
    assert done.returncode == 0, done.stderr
    assert "Welzijn              no legal norm" in done.stdout
    assert "at least 95% of requests within the legal norm" in done.stdout


def test_out_writes_the_table_that_summarize_reads(integraal, tmp_path):
    """``--out`` writes a CSV row per organisation, and ``summarize --capacity`` shows it.

    The baseline against itself needs 0 extra FTE; a file that is not a capacity table, or is
    missing, gets one line and exit 2.
    """
    table = tmp_path / "capacity.csv"
    done = integraal("capacity", "sectoraal", *SMALL, "--out", str(table))
    assert done.returncode == 0, done.stderr
    written = pd.read_csv(table)
    assert len(written) == len(DOMAINS) and (written["fte"] == 0).all() and (written["baseline"] == "sectoraal").all()
    results, experiment = tmp_path / "results", tmp_path / "tiny.toml"
    experiment.write_text('name = "tiny"\ndesigns = ["sectoraal"]\nreference = "sectoraal"\nreplications = 2\n'
                          '[base]\npopulation.inhabitants = 2000\n[horizon]\nyears = 0.5\nwarmup_years = 0.5\n')
    assert integraal("sweep", str(experiment), "--out", str(results)).returncode == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n")
    for path in (bad, tmp_path / "missing.csv"):
        failed = integraal("summarize", str(results), "--capacity", str(path))
        assert failed.returncode == 2 and len(failed.stderr.strip().splitlines()) == 1 and "--capacity" in failed.stderr
    shown = integraal("summarize", str(results), "--capacity", str(table))
    assert shown.returncode == 0 and "extra FTE to hold the baseline's waits" in shown.stdout
