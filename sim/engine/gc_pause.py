"""Python's cyclic garbage collector, paused for the event loop of a run.

A run allocates millions of short-lived objects (episodes, tasks, events) next to a large,
long-lived population (Middelstad: 46,000 households with their dicts and sets). The cyclic
collector walks the young objects every so many allocations and, now and then, the whole
population: a tenth to a fifth of Middelstad's run time and more in the city of 900,000
(benchmarks/README.md), to find nothing, because the model builds no reference cycles. A
finished task, its case and its episodes are freed by reference counting the moment the last
event that needs them has run (a queue entry, which points back to its task, is let go when the
task leaves the queue). ``tests/invariants/test_random_scenarios.py`` runs every design, the M/M/c mode and random
valid scenarios and checks that nothing is left for the collector; should a new mechanism build
a cycle, that test names the objects. The collector is paused only inside
``MunicipalityModel.run`` and restored (if it was on) afterwards, also when the run fails.

Before it pauses, the collector frees the garbage of earlier runs in the process: a finished
model is a cycle (agents refer to their model) whose households the collector has long moved to
its oldest generation, so only a full collection frees it, and whether one came before the next
run was a matter of timing: a process that runs model after model (a sweep's worker, a benchmark
of three runs) held two Middelstads at once now and then (peak 348 instead of 270 MB). One full
collection costs about 0.09 s in Middelstad.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def collector_paused():
    """Free earlier garbage, switch the cyclic collector off inside the block, back on after it if it was on."""
    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
