"""Executors behind one interface (``concurrent.futures``), so runs can go anywhere unchanged.

``serial`` runs each run in this process when it is submitted (easy to debug, no start-up
cost); ``process`` uses a local :class:`~concurrent.futures.ProcessPoolExecutor`; ``dask`` uses a
Dask distributed ``Client``: on a cluster when given a scheduler address (``tcp://host:8786``),
otherwise on a ``LocalCluster`` of worker processes on this machine.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass

EXECUTORS = ("serial", "process", "dask")


class SerialExecutor(Executor):
    """Runs each submitted call at once, in this process, and returns a finished future."""

    def submit(self, fn, /, *args, **kwargs) -> Future:
        """Run ``fn`` now and return a finished future holding its result or its error."""
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:  # noqa: BLE001 - handed to the caller through the future
            future.set_exception(exc)
        return future


@dataclass
class Pool:
    """An executor, how many runs it works on at once, and how many to keep queued for it.

    ``renew`` makes a fresh executor when a worker process died and broke the old one (a local
    process pool cannot recover by itself; a Dask scheduler gives a dead worker's runs to the
    other workers, and a nanny, where there is one, starts the worker again: it needs none).
    """

    executor: Executor
    slots: int
    renew: Callable[[], Executor] | None = None

    def replace_broken(self) -> None:
        """Shut the broken executor down and start a new one in its place."""
        if self.renew is None:
            raise RuntimeError("this executor broke and cannot be renewed")
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self.renew()

    @property
    def window(self) -> int:
        """Runs in flight: two per worker keep workers busy; serial runs one at a time."""
        return 1 if isinstance(self.executor, SerialExecutor) else 2 * self.slots


@contextmanager
def open_pool(kind: str, workers: int = 1, scheduler: str | None = None) -> Iterator[Pool]:
    """The executor ``kind`` with ``workers`` processes (a cluster decides its own size)."""
    if kind == "serial":
        yield Pool(SerialExecutor(), 1)
    elif kind == "process":
        pool = Pool(_process_pool(workers), workers, lambda: _process_pool(workers))
        try:
            yield pool
        finally:
            pool.executor.shutdown(cancel_futures=True)
    elif kind == "dask":
        with _dask(workers, scheduler) as pool:
            yield pool
    else:
        raise ValueError(f"unknown executor {kind!r}; choose from {', '.join(EXECUTORS)}")


def _process_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver"))


@contextmanager
def _dask(workers: int, scheduler: str | None) -> Iterator[Pool]:
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None, silence_logs=logging.ERROR)
    client = Client(scheduler or cluster)
    try:
        slots = max(sum(client.nthreads().values()), 1)
        yield Pool(client.get_executor(pure=False), slots)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
