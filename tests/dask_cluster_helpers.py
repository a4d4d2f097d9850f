"""A real Dask cluster on 127.0.0.1, started as docs/experiments.md tells users to, for the cluster test.

One ``dask scheduler`` and two ``dask worker`` processes, each in its own process group so that
everything it started can be stopped. The worker named ``victim`` runs without a nanny: its
process is the worker itself, so a SIGKILL to it really kills the worker (with a nanny, the pid
of ``dask worker`` is the nanny's: killing it leaves the worker running in a child process, and
a worker killed under a nanny is started again by it).
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

DASK = Path(sys.executable).parent / "dask"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Cluster:
    """The scheduler's address and the processes of the cluster, by name."""

    address: str
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    def start(self, name: str, args: list[str], logs: Path) -> None:
        """Start ``dask ARGS`` as ``name`` in a new process group, its output in ``logs``/``name``.log."""
        with open(logs / f"{name}.log", "w") as log:
            self.processes[name] = subprocess.Popen([str(DASK), *args], cwd=logs, stdout=log,
                                                    stderr=subprocess.STDOUT, start_new_session=True)

    def stop(self) -> None:
        """Ask the workers, then the scheduler, to stop; then kill whatever is left of their process groups.

        (Workers stopped together with their scheduler can hang for seconds trying to say goodbye.)
        """
        workers = [p for name, p in self.processes.items() if name != "scheduler"]
        for group in (workers, [p for p in self.processes.values() if p not in workers]):
            for proc in group:
                if proc.poll() is None:
                    proc.terminate()
            for proc in group:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=10)
        for proc in self.processes.values():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def start_cluster(logs: Path, timeout: float = 60) -> Cluster:
    """A scheduler and two single-threaded workers (``steady`` with a nanny, ``victim`` without)."""
    from distributed import Client

    cluster = Cluster(f"tcp://127.0.0.1:{free_port()}")
    try:
        cluster.start("scheduler", ["scheduler", "--host", "127.0.0.1", "--port", cluster.address.rsplit(":", 1)[1],
                                    "--dashboard-address", "127.0.0.1:0", "--no-dashboard"], logs)
        worker = ["worker", cluster.address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
                  "--death-timeout", "60", "--local-directory", str(logs)]
        cluster.start("steady", [*worker, "--name", "steady"], logs)
        cluster.start("victim", [*worker, "--name", "victim", "--no-nanny"], logs)
        with Client(cluster.address, timeout=timeout, set_as_default=False) as client:
            client.wait_for_workers(2, timeout=timeout)
    except BaseException:
        cluster.stop()
        raise
    return cluster


@dataclass
class Killer:
    """A thread that SIGKILLs the victim worker once a run is stored and the victim holds another."""

    cluster: Cluster
    runs: Path
    stored_at_kill: int | None = None
    held_at_kill: list = field(default_factory=list)
    pid_seen: int | None = None
    killed_at: float | None = None
    error: BaseException | None = None
    stop: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self):
        """Start watching the results folder and the scheduler at once."""
        self.thread = threading.Thread(target=self._watch, daemon=True)
        self.thread.start()

    def _watch(self) -> None:
        try:
            self._kill_when_due()
        except BaseException as exc:  # noqa: BLE001 - a thread cannot fail the test: join() hands it over
            self.error = exc

    def _kill_when_due(self) -> None:
        from distributed import Client

        with Client(self.cluster.address, timeout=30, set_as_default=False) as client:
            workers = client.scheduler_info()["workers"]
            victim = next(address for address, w in workers.items() if w["name"] == "victim")
            self.pid_seen = client.run(os.getpid, workers=[victim])[victim]
            while not self.stop.is_set():
                stored = len(list(self.runs.glob("*.json"))) if self.runs.is_dir() else 0
                held = client.processing(workers=[victim]).get(victim, []) if stored else []
                if held:
                    os.kill(self.cluster.processes["victim"].pid, signal.SIGKILL)
                    self.killed_at = time.time()
                    self.stored_at_kill, self.held_at_kill = stored, list(held)
                    return
                time.sleep(0.01)

    def join(self) -> None:
        """Stop watching (if the kill has not happened yet) and wait for the thread."""
        self.stop.set()
        self.thread.join(timeout=30)
        if self.error is not None:
            raise self.error
