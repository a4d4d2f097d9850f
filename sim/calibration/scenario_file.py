"""The calibrated scenario: the municipality's scenario with its fitted values, each saying how sure it is.

Story: ``integraal calibrate voorbeeldstad.toml --out cal/`` writes ``cal/calibrated.toml``. It
extends ``../voorbeeldstad.toml`` (so every figure of the adviser and every Middelstad default
stays as it was) and sets the five fitted values, each with its comment, for example::

    [needs.wmo]
    onset_per_year = 0.0312  # calibrated: 0.0312 [0.0281, 0.0349] (median, 90% interval; searched 0.017-0.051)

A poor fit says so at the top of the file, figure by figure, so that nobody runs it unaware.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from sim.params.gemeente import toml_line

HEADER = """\
# {name}: calibrated by `integraal calibrate` to the [observed] figures of {source}.
# It extends that scenario and sets the fitted values: "calibrated: median [5%, 95%]" of the posterior.
# Fitted on runs of {warmup:g} warm-up + {years:g} measured years; this scenario runs its own horizon.
# {verdict}
"""


def calibrated_text(scenario_path: Path, out: Path, name: str, fitted: pd.DataFrame, table: pd.DataFrame,
                    settings: Mapping[str, Any], horizon: tuple[float, float]) -> str:
    """The calibrated scenario's TOML, extending ``scenario_path`` from the folder ``out``.

    ``horizon`` is (warm-up years, measured years) of the calibration's runs.
    """
    missed = list(table.loc[~table["fit"], "figure"])
    verdict = (f"POOR FIT: {', '.join(missed)} not within tolerance (see fit.csv and the calibration's message)"
               if missed else f"All {len(table)} figures within tolerance (fit.csv).")
    relative = os.path.relpath(Path(scenario_path).resolve(), Path(out).resolve())
    lines = [HEADER.format(name=name, source=scenario_path, warmup=horizon[0], years=horizon[1], verdict=verdict),
             toml_line("extends", relative, "the scenario calibrated"), toml_line("name", name, "its name")]
    values = {r.parameter: (r.calibrated, _comment(r)) for r in fitted.itertuples()}
    values |= {k: (v, "set for the calibration (--set)") for k, v in settings.items() if k not in values}
    for table_name, keys in _tables(values).items():
        lines += ["", f"[{table_name}]"] + [toml_line(k.rsplit(".", 1)[1], *values[k]) for k in keys]
    return "\n".join(lines) + "\n"


def _comment(r) -> str:
    return (f"calibrated: {r.calibrated:.4g} [{r.interval_low:.4g}, {r.interval_high:.4g}] (median, 90% interval; "
            f"searched {r.searched_low:.4g}-{r.searched_high:.4g})")


def _tables(values: Mapping[str, Any]) -> dict[str, list[str]]:
    """The keys grouped by their TOML table (``needs.wmo.onset_per_year`` under ``[needs.wmo]``)."""
    tables: dict[str, list[str]] = {}
    for key in values:
        tables.setdefault(key.rsplit(".", 1)[0], []).append(key)
    return tables
