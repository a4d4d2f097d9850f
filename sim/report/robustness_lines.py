"""How robust each conclusion is: the shares of the plausible space from ``integraal discover``.

``robustness.csv`` (results/robuustheid) holds, per contrast and criterion, the share of the
200 points of the plausible space of assumptions in which the conclusion holds, with a Wilson
interval. A story: "Multiprobleemvinkje beter dan Integrale toegang voor iedereen op
wachttijden: zo in 90% [84 - 93] van de plausibele aannames".
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from sim.output.robustness import ROBUSTNESS_FILE
from sim.params.errors import InputError

CRITERIA = ("waits", "multi-problem outcomes", "cost")
COLUMNS = ("design", "other", "criterion", "conclusion", "holds_share", "holds_low", "holds_high", "points")


def read_robustness(folder: Path) -> pd.DataFrame:
    """The robustness table of a folder written by ``integraal discover``; one clear line if it is not one."""
    path = Path(folder) / ROBUSTNESS_FILE
    if not path.is_file():
        raise InputError(str(path), "--robustness", "not found; write it with `integraal discover FOLDER`")
    table = pd.read_csv(path)
    missing = [c for c in COLUMNS if c not in table.columns]
    if missing:
        raise InputError(str(path), "--robustness", f"not a robustness table: no column {missing[0]!r}")
    return table


def robustness_row(table: pd.DataFrame | None, a: str | None, b: str | None, criterion: str) -> dict | None:
    """The row of ``a`` against ``b`` (in either order) on ``criterion``, with its winner and loser."""
    if table is None or not a or not b:
        return None
    pair = table[(table["criterion"] == criterion) & (((table["design"] == a) & (table["other"] == b))
                                                     | ((table["design"] == b) & (table["other"] == a)))]
    if pair.empty:
        return None
    row = pair.iloc[0].to_dict()
    design, other = row["design"], row["other"]
    winner, loser = {"wins": (design, other), "loses": (other, design)}.get(row["conclusion"], (design, other))
    return {**row, "winner": winner, "loser": loser}


def robustness_rows(table: pd.DataFrame | None, designs: list[str]) -> list[dict]:
    """Every row whose two designs were both compared, in the table's order."""
    if table is None:
        return []
    chosen = table[table["design"].isin(designs) & table["other"].isin(designs)]
    return [r for _, row in chosen.iterrows()
            for r in [robustness_row(table, row["design"], row["other"], row["criterion"])] if r]
