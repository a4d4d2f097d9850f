"""Unit: the design registry (sim/access/registry.py) reads each design's record without importing it.

Story: ``integraal validate`` must answer at once, so the registry reads ``DESIGN = Design(...)``
from the module files instead of importing them (which would load Mesa); these tests check that
the record read from the file is the one the module holds, and that it is complete and true.
"""

from __future__ import annotations

import ast
import dataclasses
import subprocess
import sys

import pytest

from sim import PROJECT_DIR
from sim.access.base import AccessDesign
from sim.access.registry import Design, design, designs, read_record
from sim.params.catalogue import CATALOGUE
from sim.params.scenario import load_scenario

DESIGNS = list(designs().values())


@pytest.mark.parametrize("record", DESIGNS, ids=lambda d: d.name)
def test_the_record_read_from_the_file_is_the_one_the_module_holds(record):
    """Reading ``DESIGN`` from the file gives what importing the module gives, and its class is a design."""
    module = sys.modules.get(record.module) or __import__(record.module, fromlist=["DESIGN"])
    assert dataclasses.replace(module.DESIGN, module=record.module) == record
    assert issubclass(record.load(), AccessDesign)


@pytest.mark.parametrize("record", DESIGNS, ids=lambda d: d.name)
def test_every_parameter_the_record_names_is_in_the_catalogue(record):
    """Each key or prefix a record names matches catalogue keys, and ``reads`` agrees."""
    for param in record.params:
        assert any(key == param or (param.endswith(".") and key.startswith(param)) for key in CATALOGUE), param
    assert all(record.reads(key) for key in CATALOGUE if key.startswith(tuple(record.params)))


@pytest.mark.parametrize("record", DESIGNS, ids=lambda d: d.name)
def test_the_scenario_file_switches_on_the_design_and_the_text_is_two_dutch_sentences(record):
    """The record's scenario file names the design; the description has two sentences and a label."""
    assert load_scenario(record.scenario)["design.access"] == record.name
    sentences = [s for s in record.description.split(". ") if s]
    assert len(sentences) == 2 and record.description.endswith(".") and record.label


def test_reading_the_registry_imports_no_design_mesa_or_pandas():
    """Listing the designs in a fresh interpreter imports the registry only."""
    probe = ("import sys; from sim.access.registry import designs; names = list(designs()); "
             "print(len(names), sorted(m for m in sys.modules if m.startswith(('sim.access.', 'mesa', 'pandas'))))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=PROJECT_DIR, timeout=60,
                          check=False)
    assert done.stdout.split(" ", 1) == [str(len(DESIGNS)), "['sim.access.registry']\n"], done.stderr


def test_params_and_commands_take_only_the_registry_from_the_access_layer():
    """The catalogue and the commands may read the registry (cheap) but no design (heavy)."""
    wrong = []
    for folder in ("params", "commands"):
        for path in (PROJECT_DIR / "sim" / folder).glob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                module = node.module if isinstance(node, ast.ImportFrom) else None
                if (module or "").startswith("sim.access") and module != "sim.access.registry":
                    wrong.append(f"{path.name}: {module}")
    assert wrong == []


def test_a_module_without_a_record_is_no_design_and_a_computed_record_is_refused(tmp_path):
    """A helper module is no design; a record that is not a literal ``Design(...)`` is an error."""
    plain, computed = tmp_path / "helper.py", tmp_path / "computed.py"
    plain.write_text("X = 1\n")
    computed.write_text("DESIGN = make_design()\n")
    assert read_record(plain, "helper") is None
    with pytest.raises(ValueError, match="Design"):
        read_record(computed, "computed")


def test_an_unknown_name_lists_the_known_ones_and_the_scenario_defaults_to_the_name():
    """An unknown design's error names the known ones; a record's scenario defaults to its name."""
    with pytest.raises(KeyError, match="sectoraal"):
        design("no-such-design")
    assert Design(name="x", cls="X", label="x", description="x").scenario == "x"
