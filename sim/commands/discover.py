"""``integraal discover RESULTS``: where in the plausible space each conclusion holds, and where it flips.

Reads the run table of a space-filling sweep (``sampling.method = "lhs"`` or ``"sobol"``, such
as ``experiments/robuustheid.toml``) and writes ``robustness.csv``, ``boxes.csv`` and
``discovery.png`` (see :mod:`sim.study.discovery` and :mod:`sim.output.robustness`), and
``sobol.csv``: Sobol indices of each contrast from an emulator of the sweep (:mod:`sim.study.emulator`).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from sim.output.results_folder import ResultsStore, write_atomic
from sim.output.robustness import format_robustness, with_statements, write_robustness
from sim.output.summary import factor_columns
from sim.params.errors import InputError
from sim.study.discovery import CRITERIA, discover
from sim.study.emulator import emulated_sobol, format_emulated
from sim.study.manifest import read_manifest, refresh_file_hashes

SPACE_FILLING = ("lhs", "sobol")
SOBOL_FILE = "sobol.csv"


def register(parser) -> None:
    """Add the options of ``integraal discover``."""
    parser.add_argument("results", type=Path, help="a results folder of a sweep with lhs (or sobol) sampling")
    parser.add_argument("--out", type=Path, help="folder for robustness.csv, boxes.csv, discovery.png "
                                                 "(default: the results folder)")
    parser.set_defaults(func=main)


def main(args) -> int:
    """Write and print the robustness of every contrast of the sweep's designs on every criterion."""
    folder = args.results
    manifest = _sweep_manifest(folder)
    table = ResultsStore(folder).load()
    _check_table(folder, table)
    robustness, boxes = discover(table, manifest["reference"])
    robustness = with_statements(robustness, boxes, space_name(folder))
    out = args.out or folder
    written = write_robustness(out, robustness, boxes)
    sobol = emulated_sobol(table, manifest["reference"], seed=int(manifest.get("root_seed") or 0))
    write_atomic(out / SOBOL_FILE, sobol.to_csv(index=False))
    written.append(out / SOBOL_FILE)
    if Path(out).resolve() == Path(folder).resolve():
        refresh_file_hashes(folder)  # `integraal reproduce` then checks the robustness files too
    print(format_robustness(robustness))
    print("\n" + format_emulated(sobol))
    print("\nwritten: " + ", ".join(map(str, written)))
    return 0


def _sweep_manifest(folder: Path) -> dict:
    """The manifest of a space-filling sweep; one line naming the problem otherwise."""
    manifest = read_manifest(folder)
    if manifest is None:
        raise InputError(str(folder), "manifest.json", "not found; is this a results folder of `integraal sweep`?")
    plan = manifest.get("plan") or {}
    if plan.get("kind") != "sweep" or plan.get("sampling") not in SPACE_FILLING:
        raise InputError(str(folder / "manifest.json"), "plan", f"got {plan}; expected a sweep with sampling "
                         f"{' or '.join(SPACE_FILLING)} (set [sampling] method = 'lhs' and points = N)")
    if not isinstance(manifest.get("reference"), str):
        raise InputError(str(folder / "manifest.json"), "reference", "missing; expected the reference design")
    return manifest


def _check_table(folder: Path, table) -> None:
    """Refuse a run table without factors, with fewer than two designs, or without a criterion's KPI."""
    source = str(folder / "runs.csv")
    if "status" not in table.columns or "error" not in table.columns:
        raise InputError(source, "-", "not a run table of `integraal sweep` (no status and error columns)")
    if not factor_columns(table):
        raise InputError(source, "factors", "no factor columns; expected a sweep that varies parameters")
    designs = sorted(set(table.loc[table["status"] == "ok", "design"]))
    if len(designs) < 2:
        raise InputError(source, "design", f"finished runs of {designs or 'no design'}; expected at least two "
                         "designs to contrast")
    missing = [c.kpi for c in CRITERIA if c.kpi not in table.columns]
    if missing:
        raise InputError(source, missing[0], "no such KPI column; expected the KPIs `integraal sweep` writes")


def space_name(folder: Path) -> str:
    """``plausible`` when every factor of the folder's experiment.toml spans its plausible range, else ``sampled``."""
    path = folder / "experiment.toml"
    try:
        factors = tomllib.loads(path.read_text(encoding="utf-8")).get("factors", {})
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return "sampled"
    return "plausible" if factors and all(v == "plausible" for v in _leaves(factors)) else "sampled"


def _leaves(table: dict):
    """The factor specs of a ``[factors]`` table, whether keys are quoted or written as nested tables."""
    for value in table.values():
        if isinstance(value, dict) and not {"levels", "range"} & set(value):
            yield from _leaves(value)
        else:
            yield value
