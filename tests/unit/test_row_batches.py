"""Trace tests of the column batches that hold a run's rows (sim/engine/row_batches.py).

Story: episodes close one by one; every few rows the batch becomes numpy columns. The table at
the end must be the table of all rows built at once: same values, same order, same column types.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import pandas as pd
import pytest

from sim.engine.row_batches import RowBatches


class Row(NamedTuple):
    """A row with each kind of column a run's tables hold."""

    number: int
    name: str
    days: float
    crisis: bool


ROWS = [Row(n, ("wmo", "debt")[n % 2], n / 3 if n % 4 else math.nan, n % 3 == 0) for n in range(11)]


@pytest.mark.parametrize("batch_rows", [1, 4, 11, 100])
def test_the_table_is_the_table_of_all_rows_at_once(batch_rows):
    batches = RowBatches(Row, batch_rows=batch_rows)
    for row in ROWS:
        batches.append(row)
    pd.testing.assert_frame_equal(batches.frame(), pd.DataFrame(ROWS, columns=list(Row._fields)))
    assert len(batches) == len(ROWS)


@pytest.mark.parametrize("batch_rows", [1, 4, 100])
def test_rows_come_back_in_order_with_their_values(batch_rows):
    batches = RowBatches(Row, batch_rows=batch_rows)
    for row in ROWS:
        batches.append(row)
    back = list(batches)
    assert [r.number for r in back] == [r.number for r in ROWS]
    assert all(type(r) is Row for r in back)
    assert [r.name for r in back] == [r.name for r in ROWS]


def test_no_rows_give_the_columns_and_no_rows():
    frame = RowBatches(Row).frame()
    assert list(frame.columns) == list(Row._fields) and frame.empty
