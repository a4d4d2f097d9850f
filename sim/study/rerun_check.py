"""Check committed results: rerun (a subset of) an experiment and compare, number by number.

A story: ``results/headline/`` was committed in March. In June someone changes how intake
hours are drawn. ``integraal reproduce headline`` reruns the file's reproduction subset and
prints, per run and KPI, the committed number, the new one and the difference, and exits 1, so
CI says that the committed results no longer follow from the code. With the same Python and
package versions the numbers must be identical; otherwise they must agree within the tolerance
the experiment file states (``[reproduce] rtol, atol``). The manifest's hashes also catch a
result file that was edited by hand.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pandas as pd

from sim.output.results_folder import read_run_table, run_table
from sim.study import manifest as mf

MAX_DIFF_LINES = 25


def integrity_problems(experiment, folder: Path, manifest: dict) -> list[str]:
    """The experiment file and result files must be the ones the manifest names."""
    problems = []
    if manifest["experiment"]["sha256"] != mf.sha256(Path(experiment.path)):
        problems.append(f"{experiment.path}: differs from the file these results were made from "
                        f"(sha256 {manifest['experiment']['sha256'][:12]}...)")
    for name, digest in manifest.get("files", {}).items():
        path = Path(folder) / name
        if not path.is_file():
            problems.append(f"{path}: missing (listed in manifest.json)")
        elif mf.sha256(path) != digest:
            problems.append(f"{path}: changed after the sweep wrote it (sha256 does not match manifest.json)")
    return problems


def fresh_table(rows: list[dict]) -> pd.DataFrame:
    """Rows of a rerun, parsed exactly as a committed run table is."""
    return read_run_table(io.StringIO(run_table(rows).to_csv(index=False)))


def compare_tables(committed: pd.DataFrame, fresh: pd.DataFrame, exact: bool, rtol: float, atol: float) -> list[str]:
    """One readable line per value that differs; empty when the rerun matches."""
    old = committed.set_index("run_id")
    lines = [f"{r}: not in the committed run table" for r in fresh["run_id"] if r not in old.index]
    for row in fresh.to_dict("records"):
        if row["run_id"] not in old.index:
            continue
        before = old.loc[row["run_id"]]
        for column, now in row.items():
            if column != "run_id" and differs(before.get(column, np.nan), now, exact, rtol, atol):
                lines.append(_diff_line(row["run_id"], column, before.get(column, np.nan), now))
    return lines


def differs(before, now, exact: bool, rtol: float, atol: float) -> bool:
    """Whether a rerun's value ``now`` differs from the committed ``before`` (two missing values agree)."""
    if pd.isna(before) and pd.isna(now):
        return False
    if pd.isna(before) or pd.isna(now):
        return True
    if isinstance(now, (int, float, np.number)) and isinstance(before, (int, float, np.number)):
        return before != now if exact else not np.isclose(now, before, rtol=rtol, atol=atol)
    return str(before) != str(now)


def _diff_line(run_id: str, column: str, before, now) -> str:
    try:
        delta = f" (difference {float(now) - float(before):+.6g})"
    except (TypeError, ValueError):
        delta = ""
    return f"{run_id}  {column}: committed {_show(before)}, now {_show(now)}{delta}"


def _show(value) -> str:
    return repr(value.item() if hasattr(value, "item") else value)


def check(experiment, folder: Path, manifest: dict, rows: list[dict]) -> tuple[list[str], str]:
    """(problems, how the numbers were compared) for a rerun's ``rows`` against ``folder``."""
    exact = mf.environment() == {"python": manifest.get("python"), "packages": manifest.get("packages")}
    rtol, atol = experiment.reproduce["rtol"], experiment.reproduce["atol"]
    problems = integrity_problems(experiment, folder, manifest)
    committed = read_run_table(Path(folder) / "runs.csv")
    diffs = compare_tables(committed, fresh_table(rows), exact, rtol, atol)
    return problems + shortened(diffs), comparison_mode(exact, rtol, atol)


def comparison_mode(exact: bool, rtol: float, atol: float) -> str:
    """How a rerun's numbers were compared with the committed ones, in words."""
    if exact:
        return "exact (same Python and package versions)"
    return f"within rtol={rtol:g}, atol={atol:g} (versions differ)"


def shortened(lines: list[str]) -> list[str]:
    """At most :data:`MAX_DIFF_LINES` difference lines, and how many more there were."""
    if len(lines) <= MAX_DIFF_LINES:
        return lines
    return [*lines[:MAX_DIFF_LINES], f"... and {len(lines) - MAX_DIFF_LINES} more differences"]
