"""A results folder read as plain data (CSV, JSON and TOML only, never pickle).

A results folder read as plain data: the manifest, the experiment file, the run table, the
weekly series and, when present, a Morris indices table. CSV, JSON and TOML only, never pickle.

A story: an adviser gets ``results/headline/`` from a colleague by e-mail. ``load_results`` reads
what is there and notes what is not (no weekly series, no sensitivity table), so the report can
say "not measured in these results" instead of failing or inventing a number.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from sim.output.results_folder import read_run_table
from sim.output.summary import kpi_columns
from sim.params.errors import InputError

WEEK_COLUMNS = ("intake_hours", "direct_help_hours", "coordination_hours", "administration_hours", "idle_hours")


@dataclass(frozen=True)
class ResultsData:
    """Everything the report reads from one results folder."""

    folder: Path
    manifest: dict
    experiment: dict
    runs: pd.DataFrame
    kpis: tuple[str, ...]
    weekly: pd.DataFrame | None
    indices: pd.DataFrame | None
    indices_source: Path | None

    @property
    def ok_runs(self) -> pd.DataFrame:
        """The runs that ended well."""
        return self.runs[self.runs["status"] == "ok"]

    @property
    def reference(self) -> str:
        """The reference design: the manifest's, or the first in the run table."""
        return self.manifest.get("reference") or str(self.runs["design"].iloc[0])


def load_results(folder: Path, sensitivity: Path | None = None) -> ResultsData:
    """Read ``folder``; ``sensitivity`` is a folder with ``indices.csv`` (default: ``folder/morris``)."""
    folder = Path(folder)
    manifest = _json(folder / "manifest.json")
    runs = read_run_table(folder / "runs.csv")
    if runs.empty:
        raise InputError(str(folder / "runs.csv"), "-", "the run table has no runs")
    source = _indices_folder(folder, sensitivity)
    return ResultsData(folder, manifest, _toml(folder / "experiment.toml"), runs, tuple(kpi_columns(runs)),
                       _weekly(folder / "weekly", runs), _indices(source), source)


def _json(path: Path) -> dict:
    if not path.is_file():
        raise InputError(str(path), "-", "not found; is this a results folder written by integraal sweep?")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(str(path), "-", f"malformed JSON: {exc}") from None


def _toml(path: Path) -> dict:
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(str(path), "-", f"malformed TOML: {exc}") from None


def _weekly(folder: Path, runs: pd.DataFrame) -> pd.DataFrame | None:
    """All weekly series, with the design, point and replication of their run; None if absent."""
    files = sorted(folder.glob("*.csv")) if folder.is_dir() else []
    labels = runs.set_index("run_id")[["design", "point", "replication"]]
    frames = []
    for path in files:
        if path.stem in labels.index:
            frame = pd.read_csv(path)
            frames.append(frame.assign(run_id=path.stem, **labels.loc[path.stem].to_dict()))
    return pd.concat(frames, ignore_index=True) if frames else None


def _indices_folder(folder: Path, sensitivity: Path | None) -> Path | None:
    if sensitivity is not None:
        if not (Path(sensitivity) / "indices.csv").is_file():
            raise InputError(str(sensitivity), "--sensitivity", "no indices.csv in this folder")
        return Path(sensitivity)
    default = folder / "morris"
    return default if (default / "indices.csv").is_file() else None


def _indices(source: Path | None) -> pd.DataFrame | None:
    return pd.read_csv(source / "indices.csv") if source is not None else None
