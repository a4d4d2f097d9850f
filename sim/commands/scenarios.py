"""``integraal scenarios``: list the bundled scenario files and the access designs, one line each.

The designs come from the design registry (sim/access/registry.py): name, Dutch label and the
scenario file that shows the design. ``--markdown`` prints the registry as the table in
docs/designs.md instead.
"""

from __future__ import annotations

from sim.access.registry import designs, markdown_table
from sim.params.errors import InputError
from sim.params.scenario import SCENARIO_DIR, load_scenario


def register(parser) -> None:
    """Add the options of ``integraal scenarios``."""
    parser.add_argument("--markdown", action="store_true",
                        help="print the table of access designs for docs/designs.md and nothing else")
    parser.set_defaults(func=main)


def main(args) -> int:
    """List the bundled scenarios, or print the designs table for docs/designs.md."""
    if args.markdown:
        print(markdown_table())
        return 0
    for path in sorted(SCENARIO_DIR.glob("*.toml")):
        try:
            scenario = load_scenario(path)
            print(f"{path.stem:24s} {scenario.name}: {scenario.description}")
        except InputError as exc:
            print(f"{path.stem:24s} INVALID: {exc}")
    print("access designs (design.access = NAME; scenario file that shows it):")
    for design in designs().values():
        print(f"  {design.name:22s} {design.label} (scenario {design.scenario})")
    return 0
