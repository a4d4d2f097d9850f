"""``integraal gemeente init``: a scenario of your own municipality, from the figures you have at hand.

Story: an adviser asks "what does this mean for *our* gemeente?". ``integraal gemeente init``
asks for inhabitants, households, clients per law, staff, team model and observed waits (or reads
them from ``--from FILE.toml``), checks them, and writes a scenario that ``integraal run`` takes,
each value commented with where it came from. The file is written to a temporary name, loaded
as a scenario, and only then renamed into place: a mistake leaves nothing behind.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from sim.commands.gemeente_terminal import WHERE, ask_figures
from sim.params.errors import InputError
from sim.params.figure_input import figures_from_file
from sim.params.gemeente import scenario_text
from sim.params.scenario import load_scenario


def register(parser) -> None:
    """Add ``integraal gemeente init`` and its options."""
    actions = parser.add_subparsers(dest="action", required=True)
    init = actions.add_parser("init", help="build a scenario from your municipality's figures (asked, or --from)")
    init.add_argument("--from", dest="source", type=Path, metavar="FILE", help="a TOML file of figures (see "
                      "examples/gemeente/); without it every figure is asked in the terminal")
    init.add_argument("--out", type=Path, help="the scenario file to write (default: <name>.toml in this folder)")
    init.add_argument("--force", action="store_true", help="replace an existing scenario file")
    init.set_defaults(func=main)


def main(args) -> int:
    """Read or ask the figures, write the scenario, and say how to run it."""
    if args.out is not None:
        check_output_file(args.out, args.force, args.source)
    if args.source is not None:
        answers, given = figures_from_file(args.source)
        origin = str(args.source)
    else:
        answers, given = ask_figures(on_answer=lambda key, value: _check_default_out(args, key, value))
        origin = "answers typed in the terminal"
    out = args.out or default_output(answers["name"])
    check_output_file(out, args.force, args.source)
    write_scenario(out, scenario_text(answers, given, origin))
    print(f"{out}: written ({len(given)} of your figures); run it with `integraal run {out}`")
    return 0


def _check_default_out(args, key: str, value) -> None:
    """Right after the name is typed, refuse an existing ``<name>.toml`` before more is asked."""
    if key == "name" and args.out is None:
        check_output_file(default_output(value), args.force, None, WHERE)


def default_output(name: str) -> Path:
    """``Voorbeeldstad`` is written to ``voorbeeldstad.toml``, ``Bergen (NH)`` to ``bergen-nh.toml``."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "gemeente"
    return Path(f"{slug}.toml")


def check_output_file(out: Path, force: bool, source: Path | None, where: str | None = None) -> None:
    """Refuse to replace a file without ``--force``, a folder, or the figures file itself."""
    where = where or str(out)
    if source is not None and out.absolute() == source.absolute():
        raise InputError(where, "--out", f"{out} is the figures file itself; expected another file name")
    if out.is_dir():
        raise InputError(where, "--out", f"{out} is a folder; expected a file name ending in .toml")
    if out.exists() and not force:
        raise InputError(where, "--out", f"{out} exists; pass --force to replace it, or --out another file")
    if not out.absolute().parent.is_dir():
        raise InputError(where, "--out", f"the folder {out.absolute().parent} does not exist; expected a file "
                         "in an existing folder")


def write_scenario(out: Path, text: str) -> None:
    """Write ``text`` beside ``out``, load it as a scenario, then rename it into place."""
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".toml", dir=out.absolute().parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        load_scenario(temporary)
        os.replace(temporary, out)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
