"""Python's cyclic garbage collector, tuned for the long event loop of a run.

A run allocates millions of short-lived objects (episodes, tasks, events) next to a large,
long-lived population (Middelstad: 46,000 households with their dicts and sets). With Python's
default thresholds a young-generation collection runs every 700 allocations and the older
generations, which walk the whole population, run often enough to take a third of the run
time. Collecting less often changes no result (the model's callbacks are held strongly by its
calendar, so nothing depends on when garbage goes) and costs a little memory.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager

YOUNG_THRESHOLD = 50_000
"""Allocations between young-generation collections (Python's default: 700)."""


@contextmanager
def fewer_collections():
    """Raise the young-generation threshold inside the block; restore the old thresholds after."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], YOUNG_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
