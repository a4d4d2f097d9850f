"""Documentation: docs/calibration.md lists every parameter and cannot drift from the catalogue."""

from __future__ import annotations

from sim import PROJECT_DIR
from sim.cli import main
from sim.commands.calibration_table import check
from sim.output import calibration_doc as doc
from sim.output.patterns import PATTERNS
from sim.params.catalogue import CATALOGUE

CALIBRATION = PROJECT_DIR / "docs" / "calibration.md"


def committed() -> str:
    """The committed docs/calibration.md."""
    return CALIBRATION.read_text(encoding="utf-8")


def test_every_catalogue_parameter_is_in_the_calibration_table():
    """Every parameter of the catalogue has a row."""
    text = committed()
    assert [key for key in CATALOGUE if f"| `{key}` |" not in text] == []


def test_committed_parameter_table_equals_the_generated_one():
    """The committed table is what the catalogue generates now."""
    assert doc.extract(committed(), doc.PARAMS_BEGIN, doc.PARAMS_END) == doc.parameter_section()


def test_check_command_passes_on_the_committed_file(capsys):
    """``integraal calibration-table --check`` passes on the committed file."""
    assert main(["calibration-table", "--check"]) == 0


def test_check_fails_when_a_value_drifted(tmp_path, capsys):
    """The check fails, naming the key, when a value in the file drifted."""
    key = "work.admin_ratio"
    drifted = committed().replace(f"| `{key}` | 0.43 |", f"| `{key}` | 0.5 |")
    assert drifted != committed()
    assert check(drifted, tmp_path / "calibration.md") == 1
    assert key in capsys.readouterr().err


def test_params_only_rewrites_the_block_and_keeps_the_hand_written_text(tmp_path, capsys):
    """Rewriting changes the generated block only."""
    path = tmp_path / "calibration.md"
    path.write_text("# Title\n\nhand-written\n\n" + doc.PARAMS_BEGIN + "\nstale\n" + doc.PARAMS_END + "\n")
    assert main(["calibration-table", "--params-only", "--file", str(path)]) == 0
    text = path.read_text()
    assert "hand-written" in text and "stale" not in text
    assert check(text, path) == 0


def test_pattern_table_shows_every_pattern_with_a_verdict():
    """The pattern table has a row with a verdict for every pattern."""
    block = doc.extract(committed(), doc.PATTERNS_BEGIN, doc.PATTERNS_END)
    rows = {line.split(" | ")[0].lstrip("| "): line for line in block.splitlines() if line.startswith("| ")}
    for pattern in PATTERNS:
        assert pattern.name in rows
        assert "| pass |" in rows[pattern.name] or "| **FAIL** |" in rows[pattern.name]
    assert "integraal validate-patterns --replications" in block


def test_constraining_pattern_is_resolved_from_the_catalogue_kpi():
    """A parameter's constraining pattern is found from its KPI."""
    assert doc.constrained_by(CATALOGUE["work.admin_ratio"]).endswith("administration share of worked time")
    assert doc.constrained_by(CATALOGUE["population.avoider_share"]) == "-"
