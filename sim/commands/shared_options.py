"""Command-line options shared by the commands that run many runs.

How many runs, how long, with which settings, and where (``compare``, ``capacity``,
``validate-patterns``, ``sweep``, ...).
"""

from __future__ import annotations

import tomllib

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


def add_replication_options(parser, scenarios: str = "the scenarios'", default_replications: int = 5) -> None:
    """Add ``--replications``, ``--years``, ``--warmup-years``, ``--seed``, ``--set`` and the executor options."""
    parser.add_argument("--replications", type=int, default=default_replications,
                        help=f"replications (default {default_replications})")
    parser.add_argument("--years", type=float, help=f"measured years (default: {scenarios})")
    parser.add_argument("--warmup-years", type=float, help=f"warm-up years (default: {scenarios})")
    parser.add_argument("--seed", type=int, default=0, help="root seed (default 0)")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="override a catalogue value, e.g. population.inhabitants=5000 (repeatable)")
    add_executor_options(parser)


def horizon_of(args) -> dict[str, float]:
    """The ``--years`` and ``--warmup-years`` given, as an experiment's horizon table."""
    return {k: v for k, v in (("years", args.years), ("warmup_years", args.warmup_years)) if v is not None}


def parse_settings(items: list[str]) -> dict:
    """``["population.inhabitants=5000"]`` to ``{"population.inhabitants": 5000}`` (TOML values)."""
    settings = {}
    for item in items:
        key, sep, text = item.partition("=")
        if not sep or not key:
            raise InputError("command line", "--set", f"expected KEY=VALUE, got {item!r}")
        try:
            settings[key.strip()] = tomllib.loads(f"v = {text}")["v"]
        except tomllib.TOMLDecodeError:
            settings[key.strip()] = text
    return settings


def executor_choice(args) -> str:
    """The executor the options ask for, after checking they fit together."""
    if args.workers < 1:
        raise InputError("command line", "--workers", f"expected at least 1, got {args.workers}")
    if args.scheduler and args.executor not in (None, "dask"):
        raise InputError("command line", "--scheduler", "a scheduler address needs --executor dask")
    if args.scheduler or args.executor == "dask":
        return "dask"
    return args.executor or ("process" if args.workers > 1 else "serial")
