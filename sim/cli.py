"""The ``integraal`` command line: one sub-command per module in ``sim.commands``.

Bad input never shows a traceback: it prints one line ``FILE: KEY: what is wrong`` on stderr
and exits with code 2 before anything runs.
"""

from __future__ import annotations

import argparse
import sys

from sim.commands import COMMANDS
from sim.errors import InputError

EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors print one line and exit 2 (as bad input does)."""

    def error(self, message: str):
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="integraal", description="Simulate access designs in the Dutch sociaal domein.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
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


if __name__ == "__main__":
    sys.exit(main())
