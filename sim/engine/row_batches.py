"""Rows of a table collected during a run, held in compact column batches.

Story: a 100-year M/M/c run closes 300,000 help episodes. Held as 300,000 named tuples of 37
Python objects each, their rows took 700 bytes apiece; every 8,192 rows become one small
DataFrame of numpy columns instead (about 300 bytes a row), and the table at the end is the
batches joined. The rows read back are the rows put in: same values, same column types as a
DataFrame built from all the rows at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import pandas as pd

BATCH_ROWS = 8192
"""Rows held as Python objects before they become one column batch."""


class RowBatches:
    """An append-only table of ``row_type`` rows (a ``NamedTuple`` class), kept in column batches."""

    __slots__ = ("_batches", "_rows", "batch_rows", "row_type")

    def __init__(self, row_type: type[NamedTuple], batch_rows: int = BATCH_ROWS):
        self.row_type = row_type
        self.batch_rows = batch_rows
        self._rows: list = []
        self._batches: list[pd.DataFrame] = []

    def append(self, row) -> None:
        """Add one row; a full batch becomes columns."""
        self._rows.append(row)
        if len(self._rows) >= self.batch_rows:
            self._batches.append(self._frame_of(self._rows))
            self._rows = []

    def __len__(self) -> int:
        """Rows appended so far (every batch holds ``batch_rows``)."""
        return len(self._batches) * self.batch_rows + len(self._rows)

    def __iter__(self) -> Iterator:
        """The rows in order of appending, as ``row_type`` tuples (for tests and small runs)."""
        for batch in self._batches:
            yield from map(self.row_type._make, batch.itertuples(index=False, name=None))
        yield from self._rows

    def frame(self) -> pd.DataFrame:
        """All rows as one DataFrame, columns named by ``row_type``'s fields."""
        parts = list(self._batches)
        if self._rows or not parts:
            parts.append(self._frame_of(self._rows))
        return parts[0] if len(parts) == 1 else pd.concat(parts, ignore_index=True)

    def _frame_of(self, rows: list) -> pd.DataFrame:
        return rows_frame(rows, self.row_type._fields)


def rows_frame(rows: list, columns) -> pd.DataFrame:
    """``rows`` (tuples) as a DataFrame with ``columns``, built column by column.

    Turning the rows into columns first is a third faster than ``DataFrame.from_records`` and
    infers the same types (410,000 households of Grote stad: 1.3 s against 1.7 s).
    """
    columns = list(columns)
    if not rows:
        return pd.DataFrame([], columns=columns)
    return pd.DataFrame(dict(zip(columns, map(list, zip(*rows)), strict=True)), columns=columns)
