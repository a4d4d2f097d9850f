"""``integraal scenarios``: list the bundled scenario files, one line each."""

from __future__ import annotations

from sim.params.errors import InputError
from sim.params.scenario import SCENARIO_DIR, load_scenario


def register(parser) -> None:
    parser.set_defaults(func=main)


def main(args) -> int:
    for path in sorted(SCENARIO_DIR.glob("*.toml")):
        try:
            scenario = load_scenario(path)
            print(f"{path.stem:24s} {scenario.name}: {scenario.description}")
        except InputError as exc:
            print(f"{path.stem:24s} INVALID: {exc}")
    return 0
