"""Validation: ``integraal validate-patterns`` on a small town, and the pattern judgement itself.

The small town is not calibrated (staff numbers round to few professionals), so these tests
check the table's structure and that the check can fail, not that every pattern passes: the
full check is ``integraal validate-patterns --replications 5`` (docs/calibration.md).
"""

from __future__ import annotations

import contextlib
import io
import math

import pandas as pd
import pytest

from sim.cli import main
from sim.output.patterns import PATTERNS, Pattern, judge

SMALL = ["--replications", "2", "--years", "1", "--warmup-years", "0.5", "--inhabitants", "5000"]
ADMIN = next(p for p in PATTERNS if p.kpi == "admin_share_of_worked")


def pattern_lines(output: str) -> dict[str, str]:
    """The table line of each pattern, by pattern name."""
    return {p.name: line for p in PATTERNS for line in output.splitlines() if line.startswith(p.name + " ")}


@pytest.fixture(scope="module")
def default_run():
    """One ``validate-patterns`` run of the small town, shared by the module's tests."""
    return _validate([])


def _validate(extra: list[str]) -> tuple[int, str]:
    """Exit code and printed output of a small validate-patterns run."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["validate-patterns", *SMALL, *extra])
    return code, out.getvalue()


def test_table_has_every_pattern_with_a_verdict_and_exit_code_matches(default_run):
    """Every pattern has a row with PASS or FAIL; the exit code says whether all passed."""
    code, output = default_run
    lines = pattern_lines(output)
    assert set(lines) == {p.name for p in PATTERNS}
    failed = ["FAIL" in line.split() for line in lines.values()]
    assert all(("PASS" in line.split()) != f for line, f in zip(lines.values(), failed))
    assert code == (1 if any(failed) else 0)
    assert "2 replications" in output


def test_broken_admin_ratio_makes_the_admin_pattern_fail(default_run):
    """The check can fail: an absurd administration ratio fails the administration pattern."""
    _, output = default_run
    assert "PASS" in pattern_lines(output)[ADMIN.name].split()
    code, broken = _validate(["--set", "work.admin_ratio=0"])
    assert "FAIL" in pattern_lines(broken)[ADMIN.name].split()
    assert code == 1
    assert ADMIN.name in broken.splitlines()[-1]


def test_bad_options_give_one_line_and_exit_2(capsys):
    """Zero replications or a bad option give one line on stderr and exit 2."""
    assert main(["validate-patterns", "--replications", "0"]) == 2
    assert main(["validate-patterns", "--set", "work.no_such_key=1"]) == 2
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 2 and "no_such_key" in errors[1]


def test_judge_uses_the_mean_over_replications():
    """A pattern passes when the mean is inside its range, even if single runs are not."""
    pattern = Pattern("share", "k", "30%", 0.25, 0.35, "test")
    inside = judge(pd.DataFrame({"k": [0.2, 0.4, 0.3]}), (pattern,))[0]
    assert inside.passed and inside.n == 3 and inside.ci_low < 0.3 < inside.ci_high
    outside = judge(pd.DataFrame({"k": [0.36, 0.37]}), (pattern,))[0]
    assert not outside.passed


def test_judge_fails_a_pattern_whose_kpi_is_missing():
    """A KPI missing from the runs fails its pattern instead of passing it."""
    pattern = Pattern("share", "absent", "30%", 0.0, 1.0, "test")
    result = judge(pd.DataFrame({"k": [0.3]}), (pattern,))[0]
    assert not result.passed and math.isnan(result.mean)
