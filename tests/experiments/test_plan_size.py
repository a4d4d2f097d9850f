"""An absurd plan is refused at once: one line naming the file and the key, exit 2, nothing built.

Story: a researcher means ``replications = 100`` and types ``replications = 100000000000``. The
sweep used to build the whole plan in memory and grew past 4 GB in 20 s; now the experiment file
is refused when it is read, before any plan exists.
"""

from __future__ import annotations

import resource
import time
from pathlib import Path

import pytest

from experiment_helpers import write_experiment
from sim.cli import main
from sim.params.errors import InputError
from sim.study.experiment import load_experiment
from sim.study.plan_size import MAX_RUNS, plan_size
from sim.study.run_plan import build_plan
from sim.study.sampling import design_points

ABSURD = 100_000_000_000


def test_the_plan_size_counts_designs_points_and_replications(tmp_path):
    experiment = load_experiment(write_experiment(tmp_path, replications=3))
    designs, points, replications = plan_size(experiment)
    assert (designs, points, replications) == (2, 2, 3)
    assert len(build_plan(experiment, design_points(experiment))) == designs * points * replications


def test_an_absurd_replication_count_is_refused_in_under_a_second_without_memory(tmp_path):
    path = write_experiment(tmp_path, replications=ABSURD)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    with pytest.raises(InputError) as refused:
        load_experiment(path)
    assert time.perf_counter() - start < 1.0
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50_000  # kB: nothing was built
    assert refused.value.key == "replications" and f"{MAX_RUNS:,}" in refused.value.message


def test_a_factorial_plan_over_the_limit_names_its_factors(tmp_path):
    """2 designs x 1,001 levels x 500 replications = 1,001,000 runs: the levels are the largest number."""
    levels = ", ".join(str(i) for i in range(1001))
    path = tmp_path / "wide.toml"
    path.write_text(f'designs = ["sectoraal", "vinkje"]\nreplications = 500\n[factors]\n'
                    f'"organisations.debt.professionals" = [{levels}]\n')
    with pytest.raises(InputError) as refused:
        load_experiment(path)
    assert refused.value.key == "factors" and "1,001,000 runs" in refused.value.message
    path.write_text(path.read_text().replace("replications = 500", "replications = 499"))
    assert plan_size(load_experiment(path)) == (2, 1001, 499)


def test_sweep_refuses_it_with_one_line_and_exit_2(tmp_path, capsys):
    path = write_experiment(tmp_path, replications=ABSURD)
    assert main(["sweep", str(path), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and err.startswith(f"{path}") and "replications" in err
    assert not (tmp_path / "out").exists()


def test_compare_refuses_an_absurd_replication_count(capsys):
    assert main(["compare", "mmc", "sectoraal", "--replications", str(ABSURD)]) == 2
    assert "--replications" in capsys.readouterr().err


def test_compare_counts_scenarios_times_replications(capsys):
    """Three scenarios x 400,000 replications is 1,200,000 runs: refused, though each number is allowed."""
    assert main(["compare", "mmc", "sectoraal", "vinkje", "--replications", "400000"]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "--replications" in err and "1,200,000 runs" in err


def test_a_sensitivity_experiment_is_sized_by_its_design_and_sweep_refuses_its_factorial(tmp_path, capsys):
    """The bundled Morris screening loads (1,680 runs) though its 13 factors' factorial is 9.6 million runs.

    ``integraal sweep`` of it is refused in one line naming the factors; a Morris design of
    too many trajectories is refused on loading, naming ``sensitivity.trajectories``.
    """
    assert len(load_experiment("gevoeligheid").factors) == 13
    assert main(["sweep", "gevoeligheid", "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "factors" in err[0] and "9,565,938 runs" in err[0]
    assert not (tmp_path / "out").exists()
    text = Path(load_experiment("gevoeligheid").path).read_text()
    path = tmp_path / "huge.toml"
    path.write_text(text.replace("trajectories = 20", "trajectories = 100000"))
    with pytest.raises(InputError) as refused:
        load_experiment(path)
    assert refused.value.key == "sensitivity.trajectories" and f"{MAX_RUNS:,}" in refused.value.message
