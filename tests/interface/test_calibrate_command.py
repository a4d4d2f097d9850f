"""Interface: ``integraal calibrate`` refuses bad input in one line, and an interrupted calibration resumes.

The calibrations here are tiny (a town of 3,000, one measured year, ten candidates in one wave,
one replication, in this process) so that they test the command, not the method (the method is
tests/theory/test_calibration_recovery.py).
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

import sim.calibration.runs as runs
from calibration_helpers import TINY, synthetic_town
from sim.cli import main
from sim.params.scenario import load_scenario

TINY_RUNS = 11
"""Ten candidates and one run at the calibrated values."""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    """A scenario of a small synthetic town with its [observed] figures."""
    return synthetic_town(tmp_path_factory.mktemp("town"))


class Counter:
    """The runs made in this process, by id; the run after ``stop_after`` runs is interrupted (Ctrl-C)."""

    def __init__(self, original):
        self.made: list[str] = []
        self.stop_after: int | None = None
        self.original = original

    def __call__(self, spec):
        """Run ``spec`` (as a worker would), or stop here as a Ctrl-C would."""
        if len(self.made) == self.stop_after:
            raise KeyboardInterrupt
        self.made.append(spec.run_id)
        return self.original(spec)


@pytest.fixture
def counted(monkeypatch):
    """Every calibration run of the test goes through a :class:`Counter`."""
    counter = Counter(runs.figure_run)
    monkeypatch.setattr(runs, "figure_run", counter)
    return counter


BAD = [
    (["no-such-town.toml"], "no-such-town.toml"),
    (["sectoraal"], "observed"),
    (["mmc"], "simulation.mode"),
    (["{town}", "--points", "0"], "--points"),
    (["{town}", "--waves", "0"], "--waves"),
    (["{town}", "--replications", "0"], "--replications"),
    (["{town}", "--points", "100000000"], "at most 1,000,000"),
    (["{town}", "--param", "needs.wmo.onset_per_yer"], "did you mean"),
    (["{town}", "--param", "needs.wmo.onset_per_year=0.1"], "KEY=LOW,HIGH"),
    (["{town}", "--param", "needs.wmo.onset_per_year=0.05,0.01", "--param", "work.admin_ratio"], "empty"),
    (["{town}", "--param", "population.inhabitants", "--param", "work.admin_ratio"], "no plausible range"),
    (["{town}", "--param", "work.admin_ratio"], "at least two"),
    (["{town}", "--tolerance", "clients.bogus=0.1"], "--tolerance"),
    (["{town}", "--tolerance", "clients.wmo=-1"], "above 0"),
    (["{town}", "--tolerance", "clients.wmo=many"], "FIGURE=VALUE"),
    (["{town}", "--resume", "--force"], "--resume"),
    (["{town}", "--seed", "-1"], "--seed"),
    (["{town}", "--executor", "threads"], "invalid choice"),
]


@pytest.mark.parametrize(("argv", "named"), BAD, ids=lambda v: " ".join(v) if isinstance(v, list) else v)
def test_bad_input_is_one_line_exit_2_and_nothing_written(town, tmp_path, monkeypatch, capsys, argv, named):
    """Each mistake: one line naming the file, option or key, exit 2, no folder made."""
    monkeypatch.chdir(tmp_path)
    try:
        code = main(["calibrate", *(a.format(town=town) for a in argv)])
    except SystemExit as stop:  # argparse usage errors
        code = stop.code
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and named in err[0], err
    assert not any(tmp_path.iterdir()), "nothing may be written"


def test_an_existing_folder_is_kept_unless_resumed_or_forced(town, tmp_path, capsys):
    """A folder with files in it is not used without --resume or --force, and not replaced unless a calibration's."""
    (tmp_path / "cal").mkdir()
    (tmp_path / "cal" / "mine.txt").write_text("keep\n")
    for force in ([], ["--force"]):
        assert main(["calibrate", str(town), *TINY, "--out", str(tmp_path / "cal"), *force]) == 2
        assert "holds no calibration" in capsys.readouterr().err
    assert [p.name for p in (tmp_path / "cal").iterdir()] == ["mine.txt"]


def test_resume_with_other_settings_is_refused(town, tmp_path, counted, capsys):
    """A folder of another calibration (here: another seed) is not continued."""
    counted.stop_after = 3
    main(["calibrate", str(town), *TINY, "--out", str(tmp_path / "cal")])
    capsys.readouterr()
    assert main(["calibrate", str(town), *TINY, "--seed", "7", "--out", str(tmp_path / "cal"), "--resume"]) == 2
    assert "other settings" in capsys.readouterr().err


def test_an_interrupted_calibration_resumes_without_repeating_runs(town, tmp_path, counted, capsys):
    """Interrupted after 4 runs, --resume makes only the other 7 and ends where an uninterrupted one does."""
    counted.stop_after = 4
    assert main(["calibrate", str(town), *TINY, "--out", str(tmp_path / "cut")]) == 130
    assert len(list((tmp_path / "cut" / "runs").glob("*.json"))) == 4
    first = list(counted.made)
    counted.stop_after = None
    assert main(["calibrate", str(town), *TINY, "--out", str(tmp_path / "cut"), "--resume"]) in (0, 1)
    resumed = counted.made[len(first):]
    assert len(resumed) == TINY_RUNS - 4 and not set(resumed) & set(first)
    assert main(["calibrate", str(town), *TINY, "--out", str(tmp_path / "whole")]) in (0, 1)
    for name in ("parameters.csv", "fit.csv"):
        pd.testing.assert_frame_equal(pd.read_csv(tmp_path / "cut" / name), pd.read_csv(tmp_path / "whole" / name))
    out = capsys.readouterr().out
    assert "90% interval" in out and "observed" in out and "calibrated.toml" in out


def test_counts_follow_the_town_when_its_size_is_overridden(town, tmp_path, capsys):
    """At half the inhabitants, half the observed households and requests are fitted; a wait stays itself."""
    observed = load_scenario(str(town)).observed
    assert main(["calibrate", str(town), *TINY, "--set", "population.inhabitants=1500",
                 "--out", str(tmp_path / "half")]) in (0, 1)
    figures = json.loads((tmp_path / "half" / "calibration.json").read_text())["figures"]
    assert figures["clients.wmo"][0] == observed["clients.wmo"] / 2
    wait = next(k for k in figures if k.startswith("waits.") and k.endswith("_days"))
    assert figures[wait][0] == observed[wait]
    assert "scaled by 0.5" in capsys.readouterr().err
