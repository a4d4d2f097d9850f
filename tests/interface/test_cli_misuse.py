"""Interface: the command line as users break it; a clear one-line message, a non-zero exit, no traceback.

A missing file, a typo in an option, a negative seed, an output folder that exists or cannot be
written, a results folder that is not one, Ctrl-C in the middle of a run: each must end with
one line on stderr that says what is wrong, and nothing half-written left behind.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from sim import PROJECT_DIR
from sim.cli import main
from sim.output.tables import write_tables
from sim.params.scenario import load_scenario
from sim.study.simulate import simulate

TINY_MMC = ["mmc", "--years", "0.05"]


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """A folder with a plain file, an empty folder and a folder with a broken manifest."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "afile").write_text("x\n")
    (tmp_path / "emptydir").mkdir()
    (tmp_path / "notresults").mkdir()
    (tmp_path / "notresults" / "manifest.json").write_text("{bad json")
    (tmp_path / "listresults").mkdir()
    (tmp_path / "listresults" / "manifest.json").write_text("[1, 2]")
    return tmp_path


BAD_COMMANDS = [
    ["run", "no-such-scenario"], ["run", "emptydir"], ["run", "afile"], ["run", "mmc", "--bogus"],
    ["run", "mmc", "--years", "-1"], ["run", "mmc", "--years", "nan"], ["run", "mmc", "--years", "many"],
    ["run", "mmc", "--years", "0.001"], ["run", "mmc", "--seed", "-1"], ["run", "mmc", "--seed", "1.5"],
    ["run", "mmc", "--out", "afile"], ["run", "mmc", "--out", "afile/below"], ["run"], [], ["bogus"],
    ["validate", "no-such-scenario"], ["validate", "emptydir"], ["scenarios", "extra"],
    ["compare", "no-such-scenario"], ["compare", "mmc", "mmc"], ["compare", "mmc", "--replications", "0"],
    ["compare", "mmc", "--set", "foo"], ["compare", "mmc", "--set", "bogus.key=1"],
    ["compare", "mmc", "--set", "population.inhabitants=many"], ["compare", "mmc", "--seed", "-5"],
    ["compare", "mmc", "--years", "-1"], ["compare", "mmc", "--workers", "0"],
    ["sweep", "no-such-experiment"], ["sweep", "afile"], ["sweep", "headline", "--resume", "--force"],
    ["sweep", "headline", "--executor", "threads"],
    ["summarize", "no-such-folder"], ["summarize", "emptydir"], ["summarize", "notresults"],
    ["summarize", "listresults"], ["summarize", "afile"],
    ["reproduce", "no-such-experiment"], ["reproduce", "headline", "--results", "emptydir"],
    ["reproduce", "headline", "--results", "notresults"],
    ["report", "no-such-folder"], ["report", "emptydir"], ["report", "notresults"], ["report", "afile"],
    ["sensitivity", "no-such-experiment"], ["sensitivity", "headline"],
    ["gemeente"], ["gemeente", "init", "--from", "no-such-figures.toml"], ["gemeente", "init", "--from", "afile"],
    ["gemeente", "init", "--from", "emptydir"], ["gemeente", "init", "--out", "emptydir"],
    ["calibrate"], ["calibrate", "no-such-scenario.toml"], ["calibrate", "sectoraal"], ["calibrate", "emptydir"],
    ["calibrate", "afile"], ["calibrate", "sectoraal", "--points", "-3"], ["calibrate", "sectoraal", "--waves", "x"],
]


@pytest.mark.parametrize("argv", BAD_COMMANDS, ids=" ".join)
def test_every_subcommand_answers_bad_input_with_one_line_and_a_non_zero_exit(workdir, argv, capsys):
    """Bad input to any command: one line on stderr, a non-zero exit."""
    try:
        code = main(argv)
    except SystemExit as stop:  # argparse usage errors
        code = stop.code
    captured = capsys.readouterr()
    assert code not in (0, None)
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in captured.err, captured.err
    assert not (workdir / "out").exists() and not (workdir / "results").exists(), "nothing may run"


def test_message_names_file_line_key_and_what_is_allowed(tmp_path, capsys):
    """The message names the file, the line, the key and the allowed values."""
    path = tmp_path / "wijk.toml"
    path.write_text('extends = "middelstad.toml"\nname = "Wijk"\n\n[population]\ninhabitants = 4000\n'
                    "avoider_share = 15\n")
    assert main(["validate", str(path)]) == 2
    assert capsys.readouterr().err == (f"{path}:6: population.avoider_share: 15 is above the maximum 1; "
                                       "expected a number between 0 and 1 (share)\n")


def test_existing_output_folder_is_kept_without_force_and_replaced_with_it(tmp_path, capsys):
    """An existing output folder stays without ``--force`` and is replaced, cleanly, with it."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "mine.txt").write_text("keep me")
    assert main(["run", *TINY_MMC, "--out", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert (out / "mine.txt").read_text() == "keep me"
    assert main(["run", *TINY_MMC, "--out", str(out), "--force"]) == 0
    assert not (out / "mine.txt").exists() and (out / "episodes.csv").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], "no staging folders left behind"


def test_unwritable_output_folder_is_refused_before_running(tmp_path, capsys):
    """An output folder that cannot be made is refused before any run."""
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    assert main(["run", *TINY_MMC, "--out", str(blocker / "out")]) == 2
    assert re.match(rf"^{re.escape(str(blocker / 'out'))}: --out: cannot write in ", capsys.readouterr().err)


def cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) that process ``pid`` has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads CPU time from /proc")
def test_ctrl_c_during_a_run_exits_non_zero_with_a_message_and_leaves_no_files(tmp_path):
    """SIGINT once the process is simulating (past its imports): exit 130, one line, no folder."""
    out = tmp_path / "out"
    # A shell that starts the test suite in the background ignores SIGINT, and a child inherits an
    # ignored signal (Python then installs no KeyboardInterrupt handler): start the run with a
    # handler in place here, which the child gets back as the default.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        proc = subprocess.Popen([sys.executable, "-m", "sim", "run", "middelstad", "--years", "50", "--out", str(out)],
                                cwd=PROJECT_DIR, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    finally:
        signal.signal(signal.SIGINT, previous)
    deadline = time.monotonic() + 90
    while cpu_seconds(proc.pid) < 6.0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "interrupted" in lines[0], stderr
    assert list(tmp_path.iterdir()) == [], "no output folder and no half-written staging folder"


def test_interrupted_writing_leaves_the_old_folder_or_nothing(tmp_path, monkeypatch):
    """A crash while writing tables leaves the old folder or nothing."""
    tables = {name: pd.DataFrame({"x": [1, 2]}) for name in ("a", "b", "c")}
    old = tmp_path / "old"
    write_tables(tables, old)
    calls = {"n": 0}
    original = pd.DataFrame.to_csv

    def interrupted(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return original(self, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "to_csv", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_tables(tables, tmp_path / "new")
    calls["n"] = 0
    with pytest.raises(KeyboardInterrupt):
        write_tables({"z": pd.DataFrame({"y": [0]}), **tables}, old, force=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old"]
    assert sorted(p.name for p in old.iterdir()) == ["a.csv", "b.csv", "c.csv"], "the old results are intact"


def test_a_town_without_inhabitants_runs_and_gives_empty_tables_with_their_columns(tmp_path, capsys):
    """Extreme value: no households, no demand: no episodes, empty tables, waiting KPIs undefined."""
    scenario = load_scenario("sectoraal", {"population.inhabitants": 0, "simulation.warmup_years": 0.0,
                                           "simulation.years": 0.2})
    result = simulate(scenario, 0)
    assert len(result.tables["episodes"]) == 0 and len(result.tables["households"]) == 0
    assert {"episode", "request_time", "outcome"} <= set(result.tables["episodes"].columns)
    assert {"household", "zrm_start_debt", "crises_eviction"} <= set(result.tables["households"].columns)
    assert np.isnan(result.kpis["wait_median_days_wmo"]) and np.isnan(result.kpis["resolved_share"])
    path = tmp_path / "leeg.toml"
    path.write_text('extends = "sectoraal.toml"\n[population]\ninhabitants = 0\n[simulation]\nwarmup_years = 0.0\n')
    assert main(["run", str(path), "--years", "0.1", "--out", str(tmp_path / "out"), "--json"]) == 0
    assert pd.read_csv(tmp_path / "out" / "households.csv").empty
