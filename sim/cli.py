"""The ``integraal`` command line: one sub-command per module in ``sim.commands``.

Bad input never shows a traceback: it prints one line ``FILE: KEY: what is wrong`` on stderr
and exits with code 2 before anything runs.
"""

from __future__ import annotations

import argparse
import importlib
import signal
import sys
import threading

from sim.commands import COMMANDS, module_of
from sim.params.errors import InputError

EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors print one line and exit 2 (as bad input does)."""

    def error(self, message: str):
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser(chosen: str | None) -> argparse.ArgumentParser:
    """Every command with its help; only the ``chosen`` one imported, with its options."""
    parser = _Parser(prog="integraal", description="Simulate access designs in the Dutch sociaal domein.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name, help_text in COMMANDS.items():
        command = sub.add_parser(name, help=help_text)
        if name == chosen:
            importlib.import_module(module_of(name)).register(command)
    return parser


def chosen_command(argv: list[str]) -> str | None:
    """The command word: the first argument that is not an option (``integraal`` has none of its own)."""
    return next((a for a in argv if not a.startswith("-")), None)


def main(argv: list[str] | None = None) -> int:
    """Run the command in ``argv`` (default: the process's arguments) and return its exit code."""
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(chosen_command(argv)).parse_args(argv)
    on_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _stop_as_interrupted) if on_main_thread else None
    try:
        return args.func(args) or 0
    except InputError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:  # the disk filled up, a folder vanished: the environment, not the input
        print(f"integraal: {exc.strerror or exc}: {exc.filename or ''}; nothing half-written was left", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("integraal: interrupted; finished results were kept, nothing half-written", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        if on_main_thread:
            signal.signal(signal.SIGTERM, previous)


def _stop_as_interrupted(signum, frame) -> None:
    """SIGTERM (``kill``, a batch scheduler's time limit) stops a command as Ctrl-C does.

    Without this the process would end at once and leave its pool workers running; as an
    interrupt, the pool is shut down, every finished run is kept, and the exit code is 130.
    """
    raise KeyboardInterrupt


if __name__ == "__main__":
    sys.exit(main())
