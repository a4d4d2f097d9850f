"""What a worker does with one :class:`~sim.access.steps.joint_plan.RunSpec`: simulate it and return its result row.

This function runs in whatever process the executor chose (the sweep's own process, a local
process pool, or a Dask worker on another machine). A run that raises is not lost: its row says
``status = "failed"`` with the error text, and the sweep goes on with the others.
"""

from __future__ import annotations

import math
import time
import traceback
from collections.abc import Callable
from typing import Any

from sim.study.run_plan import RunSpec
from sim.study.simulate import simulate


def run_one(spec: RunSpec, simulate_fn: Callable = simulate) -> dict[str, Any]:
    """``{"row": ..., "weekly": [...] or None, "seconds": ...}`` for one run.

    ``simulate_fn`` has the signature of :func:`sim.study.simulate.simulate`; tests pass one that fails.
    """
    started = time.perf_counter()
    row = spec.labels()
    weekly = None
    try:
        result = simulate_fn(spec.build_scenario(), spec.seed_sequence())
        row.update(status="ok", error="", **{k: _plain(v) for k, v in result.kpis.items()})
        if spec.record_weekly:
            weekly = result.tables["weekly"].to_dict(orient="records")
    except Exception as exc:  # noqa: BLE001 - a failed run is a result, recorded with its error
        row.update(status="failed", error=_error_text(exc))
    return {"row": row, "weekly": weekly, "seconds": time.perf_counter() - started}


def _plain(value: Any) -> float | None:
    """A KPI as a plain float, with None for NaN (JSON has no NaN)."""
    number = float(value)
    return None if math.isnan(number) else number


def _error_text(exc: Exception) -> str:
    """The exception and the line of code that raised it, on one line."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" (at {frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno})" if frames else ""
    return f"{type(exc).__name__}: {exc}{where}".replace("\n", " ")
