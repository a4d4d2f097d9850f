"""``integraal compare``: common random numbers, the table, JSON and the figure."""

from __future__ import annotations

import json

from sim.cli import main
from sim.params.scenario import SCENARIO_DIR

TINY = ["--set", "population.inhabitants=4000", "--years", "0.5", "--warmup-years", "0.25"]


def variant(tmp_path, name: str, line: str):
    """A scenario file extending the bundled sectoral baseline, with one changed value."""
    path = tmp_path / f"{name}.toml"
    path.write_text(f'extends = "{SCENARIO_DIR / "sectoraal.toml"}"\nname = "{name}"\n{line}\n')
    return path


def compare_json(capsys, *args) -> dict:
    """The JSON that ``integraal compare`` prints for ``args`` on the tiny town."""
    capsys.readouterr()
    assert main(["compare", *args, "--json", *TINY]) == 0
    return json.loads(capsys.readouterr().out)


def test_identical_designs_differ_by_exactly_zero_in_every_replication(tmp_path, capsys):
    """Common random numbers: a copy of the baseline differs from it by exactly 0.

    Behaviour (common random numbers): a copy of the baseline sees the same households and
    arrivals, so every paired difference is exactly 0 while the KPIs vary between replications.
    """
    same = variant(tmp_path, "kopie", "")
    out = compare_json(capsys, "sectoraal", str(same), "--replications", "3", "--seed", "5")
    diffs = [d for d in out["differences"] if d["mean"] is not None]
    # a KPI defined in one replication only (few multi-problem households) has no sd
    assert diffs and all(d["mean"] == 0 and d["sd"] in (0, None) for d in diffs)
    crises = next(s for s in out["summary"] if s["kpi"] == "crises_per_1000_households_per_year")
    assert crises["sd"] > 0  # replications really differ


def test_a_changed_design_shows_its_paired_difference(tmp_path, capsys):
    """Behaviour: a higher hourly tariff raises cost, and nothing else moves (same arrivals)."""
    dearer = variant(tmp_path, "duurder", "[work]\nhourly_cost_eur = 150.0")
    out = compare_json(capsys, "sectoraal", str(dearer), "--replications", "4")
    diff = {d["kpi"]: d for d in out["differences"]}
    assert diff["cost_eur_per_year"]["ci_low"] > 0
    assert diff["crises_per_1000_households_per_year"]["mean"] == 0
    assert out["reference"] == "sectoraal"


def test_compare_prints_intervals_and_writes_the_figure(tmp_path, capsys):
    """``integraal compare`` prints intervals and writes the trade-off figure."""
    figure = tmp_path / "fig" / "tradeoff.png"
    assert main(["compare", "sectoraal", str(variant(tmp_path, "b", "")), "--replications", "2",
                 "--figure", str(figure), "--workers", "2", *TINY]) == 0
    out = capsys.readouterr().out
    assert "coordination_share" in out and "(reference)" in out and "[" in out
    assert figure.read_bytes()[:4] == b"\x89PNG"


def test_compare_bad_input_is_one_line_and_exit_2(tmp_path, capsys):
    """Interface: unknown scenario, bad --set key or value, too few replications."""
    for args in (["no-such-design"], ["sectoraal", "--set", "population.inhabitans=10"],
                 ["sectoraal", "--set", "population.inhabitants=-5"], ["sectoraal", "--replications", "0"]):
        capsys.readouterr()
        assert main(["compare", *args]) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
