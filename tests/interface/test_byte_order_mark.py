"""Scenario and experiment files that start with a UTF-8 byte-order mark (Notepad writes one) are read."""

from __future__ import annotations

import pytest

from experiment_helpers import write_experiment
from sim.params.errors import InputError
from sim.params.scenario import load_scenario
from sim.study.experiment import load_experiment

BOM = "\ufeff"


def test_a_scenario_with_a_byte_order_mark_loads_as_without(tmp_path):
    text = 'extends = "mmc"\n[mmc]\nservers = 7\n'
    plain, marked = tmp_path / "plain.toml", tmp_path / "marked.toml"
    plain.write_text(text, encoding="utf-8")
    marked.write_text(BOM + text, encoding="utf-8")
    assert marked.read_bytes().startswith(b"\xef\xbb\xbf")
    assert load_scenario(marked)["mmc.servers"] == load_scenario(plain)["mmc.servers"] == 7


def test_an_error_in_a_marked_file_names_the_right_line(tmp_path):
    marked = tmp_path / "marked.toml"
    marked.write_text(BOM + 'extends = "mmc"\n[mmc]\nservers = -3\n', encoding="utf-8")
    with pytest.raises(InputError) as bad:
        load_scenario(marked)
    assert bad.value.key == "mmc.servers" and bad.value.line == 3


def test_an_experiment_with_a_byte_order_mark_loads(tmp_path):
    path = write_experiment(tmp_path, replications=3)
    path.write_text(BOM + path.read_text(encoding="utf-8"), encoding="utf-8")
    assert load_experiment(path).replications == 3
