"""Experiment files, design points and reproduce: interface and repeatability."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from experiment_helpers import TINY, write_experiment
from sim import PROJECT_DIR
from sim.cli import main
from sim.study.experiment import load_experiment
from sim.study.sampling import design_points

GOOD = TINY.format(name="bad", replications=1)
BAD_FILES = {
    "unknown top-level key": (GOOD.replace("seed = 11", "seed = 11\nrepetitions = 3"), "repetitions"),
    "unknown factor key": (GOOD.replace('"needs.debt.worsening_per_year"', '"needs.debt.worsen_per_year"'),
                           "factors.needs.debt.worsen_per_year"),
    "factor level out of bounds": (GOOD.replace("[1.0, 2.5]", "[1.0, -2.0]"), "factors.needs.debt.worsening_per_year"),
    "probability above 1": (GOOD.replace('"needs.debt.worsening_per_year" = [1.0, 2.5]',
                                         '"help.debt.success_probability" = { range = [0.5, 1.5] }'),
                            "factors.help.debt.success_probability"),
    "empty range": (GOOD.replace("[1.0, 2.5]", "{ range = [2.0, 1.0] }"), "factors.needs.debt.worsening_per_year"),
    "reference not a design": (GOOD.replace("seed = 11", 'seed = 11\nreference = "vinkje-x"'), "reference"),
    "missing scenario": (GOOD.replace('scenario = "sectoraal"', 'scenario = "no-such-design"'), "designs[1].scenario"),
    "zero replications": (GOOD.replace("replications = 1", "replications = 0"), "replications"),
    "Sobol points not a power of two": (GOOD + '\n[sampling]\nmethod = "sobol"\npoints = 6\n', "sampling.points"),
    "unknown sampling": (GOOD + '\n[sampling]\nmethod = "random"\n', "sampling.method"),
    "malformed TOML": (GOOD + "\n[factors\n", "-"),
    "bad base value": (GOOD.replace("population.inhabitants = 4000", 'population.inhabitants = "many"'),
                       "base.population.inhabitants"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_experiment_file_gives_one_line_and_exit_2_before_anything_runs(case, tmp_path, capsys):
    """Interface: FILE: KEY: problem on one line, exit 2, no results folder created."""
    text, key = BAD_FILES[case]
    path = tmp_path / "bad.toml"
    path.write_text(text)
    assert main(["sweep", str(path), "--out", str(tmp_path / "out")]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in captured.err
    assert re.match(rf"{re.escape(str(path))}(:\d+)?: {re.escape(key)}: ", lines[0]), lines[0]
    assert not (tmp_path / "out").exists()


def test_sweep_cli_rejects_contradictory_options(tmp_path, capsys):
    """``--resume`` with ``--force``, zero workers, a scheduler without Dask: exit 2, nothing written."""
    path = write_experiment(tmp_path)
    assert main(["sweep", str(path), "--resume", "--force", "--out", str(tmp_path / "o")]) == 2
    assert main(["sweep", str(path), "--workers", "0", "--out", str(tmp_path / "o")]) == 2
    assert (
        main(["sweep", str(path), "--executor", "process", "--scheduler", "tcp://x:1", "--out", str(tmp_path / "o")])
        == 2
    )
    assert len(capsys.readouterr().err.strip().splitlines()) == 3
    assert not (tmp_path / "o").exists()


FACTORS = """
[factors]
"needs.debt.worsening_per_year" = {{ range = [0.5, 3.0] }}
"buurtteams.team_size" = {{ range = [8, 20] }}
"spillover.debt_onset_multiplier" = "plausible"
[sampling]
method = "{method}"
points = {points}
"""


@pytest.mark.parametrize("method,points", [("lhs", 10), ("sobol", 8)])
def test_space_filling_points_cover_each_range_and_repeat_with_the_seed(tmp_path, method, points):
    """Theory: Latin hypercube and Sobol points cover the ranges as they should, reproducibly.

    Latin hypercube puts exactly one point in each of n strata per factor; Sobol points spread too; whole-number
    parameters get whole numbers; the same seed gives the same points.
    """
    text = TINY.format(name="s", replications=1).split("[factors]")[0] + FACTORS.format(method=method, points=points)
    path = tmp_path / "s.toml"
    path.write_text(text)
    experiment = load_experiment(path)
    first, again = design_points(experiment), design_points(load_experiment(path))
    assert first == again and len(first) == points
    worsening = np.array([p["needs.debt.worsening_per_year"] for p in first])
    assert worsening.min() >= 0.5 and worsening.max() <= 3.0
    strata = np.floor((worsening - 0.5) / 2.5 * points).astype(int)
    assert sorted(strata) == list(range(points))  # one per stratum (Sobol base-2 nets too, for n=2^m)
    assert all(isinstance(p["buurtteams.team_size"], int) for p in first)
    low, high = 1.2, 3.0  # catalogue plausible range of spillover.debt_onset_multiplier
    assert all(low <= p["spillover.debt_onset_multiplier"] <= high for p in first)


def test_full_factorial_crosses_levels_and_grids(tmp_path):
    """Theory: levels x an evenly spaced grid over a range; a non-varied design runs once per replication."""
    text = TINY.format(name="f", replications=2).replace(
        '"needs.debt.worsening_per_year" = [1.0, 2.5]',
        '"needs.debt.worsening_per_year" = [1.0, 2.5]\n"help.debt.success_probability" = { range = [0.4, 0.8] }')
    text = text.replace('designs = ["sectoraal",', 'designs = [{ scenario = "sectoraal", vary = false },')
    path = tmp_path / "f.toml"
    path.write_text(text + "\n[sampling]\nlevels = 3\n")
    experiment = load_experiment(path)
    points = design_points(experiment)
    assert len(points) == 6
    assert sorted({p["help.debt.success_probability"] for p in points}) == pytest.approx([0.4, 0.6, 0.8])
    from sim.study.run_plan import build_plan

    specs = build_plan(experiment, points)
    assert sum(s.design == "sectoraal" for s in specs) == 2 and sum(s.design != "sectoraal" for s in specs) == 12
    # common random numbers: replication k has the same seed child for every design and point
    assert {(s.replication, s.seed_sequence().spawn_key) for s in specs} == {(0, (0,)), (1, (1,))}


def test_reproduce_passes_on_fresh_results_and_fails_with_a_diff_on_an_altered_number(tmp_path, capsys):
    """Repeatability: rerunning the reproduction subset matches; an edited number is caught and shown."""
    path = write_experiment(tmp_path, replications=2)
    results = tmp_path / "results"
    assert main(["sweep", str(path), "--out", str(results)]) == 0
    assert main(["reproduce", str(path), "--results", str(results)]) == 0
    assert "OK" in capsys.readouterr().out

    runs = pd.read_csv(results / "runs.csv")
    row = runs.index[runs["run_id"] == "minder-schuldhulp__p0001__r000"][0]
    original = runs.loc[row, "crises_per_1000_households_per_year"]
    lines = (results / "runs.csv").read_text().splitlines()
    cells = lines[row + 1].split(",")
    column = runs.columns.get_loc("crises_per_1000_households_per_year")
    cells[column] = repr(float(original) + 1.0)
    lines[row + 1] = ",".join(cells)
    (results / "runs.csv").write_text("\n".join(lines) + "\n")

    assert main(["reproduce", str(path), "--results", str(results)]) == 1
    out = capsys.readouterr().out
    assert "DIFFERENT" in out and "sha256 does not match" in out
    assert "minder-schuldhulp__p0001__r000  crises_per_1000_households_per_year: committed" in out
    assert "(difference -1)" in out


def test_reproduce_without_results_is_bad_input(tmp_path, capsys):
    """``reproduce`` with a results folder that does not exist is bad input (exit 2)."""
    path = write_experiment(tmp_path)
    assert main(["reproduce", str(path), "--results", str(tmp_path / "none")]) == 2
    assert "no results here" in capsys.readouterr().err


def test_summarize_prints_and_writes_tidy_tables(tmp_path, capsys):
    """Interface: summarize recomputes summary.csv and differences.csv from the run table."""
    path = write_experiment(tmp_path, replications=3)
    assert main(["sweep", str(path), "--out", str(tmp_path / "r")]) == 0
    (tmp_path / "r" / "summary.csv").unlink()
    capsys.readouterr()
    assert main(["summarize", str(tmp_path / "r"), "--kpi", "resolved_share"]) == 0
    out = capsys.readouterr().out
    assert "resolved_share" in out and "against sectoraal" in out
    summary = pd.read_csv(tmp_path / "r" / "summary.csv")
    assert set(summary["design"]) == {"sectoraal", "minder-schuldhulp"} and (summary["n"] <= 3).all()
    diffs = pd.read_csv(tmp_path / "r" / "differences.csv")
    assert set(diffs["design"]) == {"minder-schuldhulp"} and set(diffs["point"]) == {0, 1}
    assert main(["summarize", str(tmp_path / "r"), "--kpi", "no_such_kpi"]) == 2


@pytest.mark.skipif(not (PROJECT_DIR / "results" / "teamgrootte" / "manifest.json").is_file(),
                    reason="results/teamgrootte not committed yet (make results)")
def test_committed_teamgrootte_results_reproduce(capsys):
    """Repeatability: the committed results of a bundled experiment follow from the current code."""
    assert main(["reproduce", "teamgrootte", "--results", str(PROJECT_DIR / "results" / "teamgrootte"),
                 "--workers", "2"]) == 0, capsys.readouterr().out


@pytest.mark.parametrize("name", ["headline", "vinkje-nauwkeurigheid", "teamgrootte", "gevoeligheid", "robuustheid"])
def test_bundled_experiment_files_are_valid(name):
    """Interface: every bundled experiment loads and plans without running (designs exist, values valid)."""
    from sim.study.global_sensitivity import sensitivity_points
    from sim.study.run_plan import build_plan

    experiment = load_experiment(name)
    points = sensitivity_points(experiment, "morris") if experiment.sensitivity else design_points(experiment)
    assert len(build_plan(experiment, points)) > len(build_plan(experiment, points, experiment.reproduce)) > 0
