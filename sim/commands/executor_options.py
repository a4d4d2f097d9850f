"""Command-line options shared by every command that runs many runs: where to run them."""

from __future__ import annotations

from sim.params.errors import InputError
from sim.study.executors import EXECUTORS


def add_executor_options(parser) -> None:
    """Add the options that choose where runs happen: ``--workers``, ``--executor``, ``--scheduler``."""
    parser.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--executor", choices=EXECUTORS,
                        help="serial (in this process), process (a local pool) or dask "
                             "(default: serial for 1 worker, process for more, dask with --scheduler)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="Dask scheduler address, e.g. tcp://host:8786 (implies --executor dask)")


def executor_choice(args) -> str:
    """The executor the options ask for, after checking they fit together."""
    if args.workers < 1:
        raise InputError("command line", "--workers", f"expected at least 1, got {args.workers}")
    if args.scheduler and args.executor not in (None, "dask"):
        raise InputError("command line", "--scheduler", "a scheduler address needs --executor dask")
    if args.scheduler or args.executor == "dask":
        return "dask"
    return args.executor or ("process" if args.workers > 1 else "serial")
