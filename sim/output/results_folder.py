"""A results folder: one small file per finished run, written atomically, and the run table.

Layout of ``results/<experiment>/``::

    manifest.json          what produced these results (see sim.study.manifest)
    experiment.toml        a copy of the experiment file
    runs/<run_id>.json     one per finished run, ok or failed, appearing whole or not at all
    weekly/<run_id>.csv    weekly series, when the experiment records them
    runs.csv               the run table: one row per run, in plan order (written at the end)

A story: a sweep of 300 runs is killed after 120. Those 120 files are complete (each was
written to a hidden temporary name and renamed), so ``--resume`` skips them and runs the other
180; the run table then has each of the 300 runs exactly once.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from sim.params.errors import InputError

RUN_TABLE = "runs.csv"
EXACT_FLOATS = {"float_precision": "round_trip"} if int(pd.__version__.split(".")[0]) < 3 else {}
"""pandas 3 reads floats back exactly by default; older versions need to be asked."""
LABEL_COLUMNS = ["run_id", "design", "point", "replication", "seed_root", "seed_spawn_key"]


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(path: Path, data: Any) -> None:
    """Write ``data`` as JSON to ``path`` atomically (no NaN: it is not JSON)."""
    write_atomic(path, json.dumps(data, indent=1, sort_keys=False, allow_nan=False) + "\n")


class ResultsStore:
    """The files of one results folder."""

    def __init__(self, folder: Path):
        """A store of per-run results in ``folder``/runs."""
        self.folder = Path(folder)
        self.runs_dir = self.folder / "runs"

    def done_ids(self) -> set[str]:
        """Runs already finished (ok or failed); half-written temporary files do not count."""
        return {p.stem for p in self.runs_dir.glob("*.json")} if self.runs_dir.is_dir() else set()

    def save(self, result: dict) -> None:
        """Store one run: its weekly series first, then its row, which marks it finished."""
        run_id = result["row"]["run_id"]
        if result.get("weekly") is not None:
            write_atomic(self.folder / "weekly" / f"{run_id}.csv", pd.DataFrame(result["weekly"]).to_csv(index=False))
        write_json(self.runs_dir / f"{run_id}.json", {"row": result["row"], "seconds": result.get("seconds")})

    def rows(self, order: Iterable[str]) -> list[dict]:
        """The stored rows, in the order of ``order`` (the plan's run ids), then any others by name.

        ``order`` is read once, as it comes: a plan of a million ids is never held, only the
        ids of the runs stored.
        """
        done = self.done_ids()
        planned = list(dict.fromkeys(r for r in order if r in done))
        found = planned + sorted(done.difference(planned))
        return [json.loads((self.runs_dir / f"{r}.json").read_text())["row"] for r in found]

    def consolidate(self, order: Iterable[str]) -> pd.DataFrame:
        """Write and return the run table, one row per stored run in plan order."""
        table = run_table(self.rows(order))
        write_atomic(self.folder / RUN_TABLE, table.to_csv(index=False))
        return table

    def load(self) -> pd.DataFrame:
        """The run table of the folder."""
        return read_run_table(self.folder / RUN_TABLE)


def run_table(rows: list[dict]) -> pd.DataFrame:
    """Rows as a table with labels first, then factors, status and error, then the KPIs."""
    table = pd.DataFrame(rows)
    if table.empty:
        return pd.DataFrame(columns=[*LABEL_COLUMNS, "status", "error"])
    table["point"] = table["point"].astype("Int64")
    return table


def read_run_table(source: Path | io.StringIO) -> pd.DataFrame:
    """A run table as written (a file, or text in a buffer), floats read back exactly."""
    if isinstance(source, Path) and not source.is_file():
        raise InputError(str(source), "-", "no run table here; is this a results folder of a finished sweep?")
    table = pd.read_csv(source, dtype={"error": str}, **EXACT_FLOATS)
    table["error"] = table["error"].fillna("")
    table["point"] = table["point"].astype("Int64")
    return table
