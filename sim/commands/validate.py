"""``integraal validate SCENARIO``: check a scenario file without running it."""

from __future__ import annotations

import sys

from sim.params.load import load_warnings
from sim.params.scenario import load_scenario


def register(parser) -> None:
    """Add the options of ``integraal validate``."""
    parser.add_argument("scenario", help="a scenario file, or the name of a bundled one")
    parser.set_defaults(func=main)


def main(args) -> int:
    """Load the scenario (every check runs on loading), warn of overload, and say it is valid."""
    scenario = load_scenario(args.scenario)
    for warning in load_warnings(scenario):
        print(warning, file=sys.stderr)
    print(f"{scenario.path}: valid ({scenario.name}, design {scenario['design.access']})")
    return 0
