"""Interface: the design registry feeds the CLI, the live page, the catalogue and docs/designs.md.

Story: a developer adds a design as one module with a ``DESIGN`` record and a class, plus its
scenario file. Without touching any list, ``integraal scenarios`` shows it, ``integraal validate``
accepts a scenario that names it, and the live page offers it and runs it. Here the module is a
toy written to a temporary folder and added with :func:`sim.access.registry.register`.
"""

from __future__ import annotations

import re

import pytest

from sim import PROJECT_DIR
from sim.access.registry import designs, markdown_table, register, unregister
from sim.cli import main

TOY_MODULE = '''"""A toy design: the door of the asked domain, and help without an intake."""

from sim.access.base import AccessDesign
from sim.access.registry import Design

DESIGN = Design(name="toy-door", cls="ToyDoor", label="Speelgoedloket",
                description="Een loket om het register te testen. Het helpt zonder intake.",
                scenario={scenario!r})


class ToyDoor(AccessDesign):
    """Help starts at once, without an intake."""

    route = "toy"

    def intake(self, case):
        return 0.0, 0.0
'''
TOY_SCENARIO = 'extends = "{base}"\nname = "Toy door"\n\n[design]\naccess = "toy-door"\n'


def write_toy(folder):
    """The toy design's module and scenario file in ``folder``; returns the module's path."""
    scenario = folder / "toy-door.toml"
    scenario.write_text(TOY_SCENARIO.format(base=PROJECT_DIR / "scenarios" / "sectoraal.toml"))
    module = folder / "toy_door.py"
    module.write_text(TOY_MODULE.format(scenario=str(scenario)))
    return module


@pytest.fixture
def toy_design(tmp_path, monkeypatch):
    """The toy design, registered for one test, its module on ``sys.path``."""
    monkeypatch.syspath_prepend(str(tmp_path))
    record = register(write_toy(tmp_path))
    yield record
    unregister(record.name)


def test_a_toy_design_shows_in_the_scenarios_list_and_validates(toy_design, capsys):
    """``integraal scenarios`` lists the toy with every bundled design; a scenario naming it is valid."""
    assert main(["scenarios"]) == 0
    listed = [line.split()[0] for line in capsys.readouterr().out.splitlines() if line.startswith("  ")]
    assert "toy-door" in listed and set(designs()) <= set(listed)
    assert main(["validate", toy_design.scenario]) == 0
    assert "design toy-door" in capsys.readouterr().out


def test_a_toy_design_is_a_choice_of_the_live_page_and_runs_there(toy_design):
    """The live page's design list offers the toy design (by its Dutch label), and a week of it runs."""
    import ipyvuetify as v
    import solara

    from sim.live.controls import SettingsForm
    from sim.live.towns import LiveSettings, TwinTowns

    settings = solara.reactive(LiveSettings(design="toy-door", inhabitants=2000, warmup_years=0.25))
    _, rc = solara.render(SettingsForm(settings), handle_error=False)
    assert toy_design.label in rc.find(v.Select).widget.items
    towns = TwinTowns(settings.value)
    towns.advance(1)
    assert type(towns.towns["design"].access).__name__ == "ToyDoor" and towns.weeks == 1


def test_a_design_is_registered_once_and_can_be_removed(tmp_path):
    """A second registration of the same name is refused; unregistering removes the design."""
    module = write_toy(tmp_path)
    register(module)
    try:
        assert "toy-door" in designs()
        with pytest.raises(ValueError, match="already exists"):
            register(module)
    finally:
        unregister("toy-door")
    assert "toy-door" not in designs()


def test_volwassen_integraal_is_a_scenario_of_integrale_toegang(capsys):
    """Volwassen integraal is no design of its own: its scenario switches on integrale-toegang."""
    assert main(["validate", "volwassen-integraal"]) == 0
    assert "design integrale-toegang" in capsys.readouterr().out
    assert "volwassen-integraal" not in designs()


def test_docs_designs_holds_the_registry_table_as_the_cli_prints_it(capsys):
    """docs/designs.md carries the registry's table, as ``integraal scenarios --markdown`` prints it."""
    text = (PROJECT_DIR / "docs" / "designs.md").read_text()
    table = re.search(r"<!-- registry table: start -->\n(.*?)\n<!-- registry table: end -->", text, re.S)
    assert table is not None and table.group(1) == markdown_table()
    assert main(["scenarios", "--markdown"]) == 0
    assert capsys.readouterr().out.strip() == markdown_table()


def test_the_english_table_in_docs_describes_exactly_the_registered_designs():
    """The English table of docs/designs.md has one row per registered design, no more."""
    text = (PROJECT_DIR / "docs" / "designs.md").read_text()
    rows = re.findall(r"^\| ([a-z-]+) \| [^|]+ \| [0-9, ]+ \|", text, re.M)
    assert sorted(rows) == sorted(designs())
