"""The output tables of one run, as tidy pandas DataFrames, and writing them to a folder.

``episodes``: one row per help episode (see :class:`~sim.agents.episode.EpisodeRecord`).
``households``: one row per household: ZRM per domain at the start and end of measurement,
crises, need-days per domain, distinct professionals met, multi-problem at the start.
``time_use``: hours per professional by category.
``weekly``: per organisation and week, queue length, waits and hours by category.
``queues``: per organisation, the queue's time-average length, arrival rate and mean wait.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from sim.domains import CATEGORIES, DAYS_PER_WEEK


def episodes_table(model) -> pd.DataFrame:
    """One row per help episode: its record, whether it was measured, and its domain's ZRM at follow-up.

    ``zrm_at_follow_up`` is the ZRM of the episode's domain ``FOLLOW_UP_DAYS`` after the request,
    empty where that falls after the horizon.
    """
    frame = model.episodes.records.frame()
    frame["measured"] = frame["request_time"] >= model.measure_from
    frame["zrm_at_follow_up"] = model.episodes.zrm_at_follow_up(frame["episode"])
    return frame.sort_values("episode", kind="stable").reset_index(drop=True)


def households_table(model) -> pd.DataFrame:
    """One row per household (see :data:`~sim.agents.household_row.HouseholdRow`), in order of id."""
    return model.population.table()


def time_use_table(model) -> pd.DataFrame:
    """One row per professional: hours per category over the measured period."""
    rows = []
    for p in model.professionals():
        row = {"professional": p.unique_id, "organisation": p.organisation, "discipline": p.discipline,
               "weekly_hours": p.weekly_hours}
        row.update({f"{c}_hours": h for c, h in p.hours_so_far().items()})
        row["capacity_hours"] = p.weekly_hours * (model.time - model.measure_from) / DAYS_PER_WEEK
        rows.append(row)
    return pd.DataFrame(rows, columns=["professional", "organisation", "discipline", "weekly_hours",
                                       *[f"{c}_hours" for c in CATEGORIES], "capacity_hours"])


def queues_table(model) -> pd.DataFrame:
    """The queues table: one row per organisation over the measured period.

    Per organisation over the measured period: time-average queue length, arrivals to the
    queue per day, and the mean time in the queue of tasks that left it (Little's law: L = lambda W).
    """
    rows = []
    for org in model.organisations.values():
        meter = org.queue
        days = model.time - meter.since
        rows.append({"organisation": org.name, "mean_queue_length": meter.mean_length(org.waiting),
                     "arrivals_per_day": meter.entered / days if days > 0 else float("nan"),
                     "departures": meter.left,
                     "mean_days_in_queue": meter.waited / meter.left if meter.left else float("nan"),
                     "waiting_at_end": org.waiting, "queue_days": meter.area,
                     "queue_days_of_departed": meter.waited,
                     "queue_days_of_waiting": sum(model.time - max(t.queued_at, meter.since)
                                                  for t in org.queued_tasks())})
    return pd.DataFrame(rows)


def weekly_table(model) -> pd.DataFrame:
    """One row per week and organisation (the weekly log)."""
    return pd.DataFrame(model.weekly.rows)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_tables(tables: dict[str, pd.DataFrame], out_dir: Path, force: bool = False) -> Path:
    """Write each table as CSV into ``out_dir``, atomically: all files appear together or none.

    The tables go to a temporary folder next to ``out_dir`` that is renamed into place, so an
    interrupted run never leaves half-written files.
    """
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        staging.chmod(0o777 & ~_umask())  # mkdtemp makes it private; results are for sharing
        for name, frame in tables.items():
            frame.to_csv(staging / f"{name}.csv", index=False)
        _swap_in(staging, out_dir, force)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out_dir


def _swap_in(staging: Path, out_dir: Path, force: bool) -> None:
    """Move the finished ``staging`` folder to ``out_dir`` so that an interruption leaves the old or the new.

    Rename ``staging`` to ``out_dir``; an old folder (with ``force``) is moved aside first and
    deleted only once the new one is in place, so an interruption leaves the old or the new.
    """
    if not (out_dir.exists() and force):
        os.rename(staging, out_dir)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old.", dir=out_dir.parent))
    os.rename(out_dir, old / out_dir.name)
    os.rename(staging, out_dir)
    shutil.rmtree(old, ignore_errors=True)
