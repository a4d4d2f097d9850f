"""Runs whose worker process dies, for the robustness tests of the sweep runner."""

from __future__ import annotations

import os
from pathlib import Path

from sim.study.simulate import simulate
from sim.study.worker import run_one

WORSENING = "needs.debt.worsening_per_year"


def kills_always(design: str, worsening: float) -> bool:
    """The design point whose runs kill their worker every time."""
    return design == "minder-schuldhulp" and worsening == 2.5


def kills_once(design: str, worsening: float) -> bool:
    """The design point whose runs kill their worker the first time only."""
    return design == "sectoraal" and worsening == 2.5


def run_killing_workers(spec, marks: str, kill_always: bool = True):
    """Like ``run_one``, but the worker process dies for the chosen runs: always, or once.

    Like ``run_one``, but the worker process exits hard (as after a SIGKILL) for the chosen
    runs: always, or once (a marker file per run remembers the first death).
    """
    point = (spec.design, spec.factors.get(WORSENING))
    mark = Path(marks) / spec.run_id
    if (kill_always and kills_always(*point)) or (kills_once(*point) and not mark.exists()):
        mark.write_text("died")
        os._exit(9)
    return run_one(spec, simulate)
