"""Interface: result files are data, and `reproduce` trusts them only when the manifest's hashes agree."""

from __future__ import annotations

import re

from experiment_helpers import write_experiment
from sim import PROJECT_DIR
from sim.cli import main

SIM = PROJECT_DIR / "sim"
UNSAFE = re.compile(r"\bpickle\b|read_pickle|allow_pickle\s*=\s*True|\beval\(|yaml\.load\(|marshal\.loads")


def test_no_module_unpickles_or_evaluates_result_files():
    """Results are read as CSV, JSON or TOML only; nothing in sim/ can unpickle or eval a file."""
    offenders = [f"{path.relative_to(SIM.parent)}:{n}" for path in SIM.rglob("*.py")
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if UNSAFE.search(line.split("#")[0]) and "never pickle" not in line]
    assert offenders == []


def test_reproduce_refuses_results_of_an_edited_experiment_file(tmp_path, capsys):
    """Same numbers, but the experiment file changed after the sweep: the hash check says so."""
    path = write_experiment(tmp_path, replications=1)
    results = tmp_path / "results"
    assert main(["sweep", str(path), "--out", str(results)]) == 0
    path.write_text(path.read_text() + "\n# edited after the sweep\n")
    assert main(["reproduce", str(path), "--results", str(results)]) == 1
    out = capsys.readouterr().out
    assert "DIFFERENT" in out and "differs from the file these results were made from" in out
