"""Interface: ``integraal gemeente init --from FILE``: a loadable scenario, or one line and nothing written.

Story: an adviser fills in the example figures file and gets a scenario whose every value says
where it came from; a figure that contradicts another gets one line naming the file, the line and
the figure, exit code 2, and no scenario file.
"""

import tomllib

import pytest

from sim import PROJECT_DIR
from sim.cli import main
from sim.params.scenario import load_scenario

EXAMPLES = PROJECT_DIR / "examples" / "gemeente"
GOOD_FIGURES = {
    "": {"name": '"Proefstad"', "team_model": '"integrale-toegang"', "inhabitants": "40_000"},
    "households": {"total": "18_000", "single": "5_000"},
    "clients": {"wmo": "2_000", "youth": "1_500", "wmo_youth": "200"},
    "staff": {"wmo": "9"},
    "waits": {"wmo_days": "60"},
}
"""Proefstad's figures as TOML text per table (the top level is table "")."""


def figures_text(figures: dict) -> str:
    """The TOML file of ``figures``: top-level keys first, then one [table] each."""
    lines = []
    for table, entries in figures.items():
        lines += [f"[{table}]"] if table else []
        lines += [f"{key} = {value}" for key, value in entries.items()]
    return "\n".join(lines) + "\n"


GOOD = figures_text(GOOD_FIGURES)


def init(tmp_path, text, *extra):
    """Run ``gemeente init --from`` on ``text`` in ``tmp_path``: (exit code, stdout, stderr lines)."""
    figures = tmp_path / "figures.toml"
    figures.write_text(text)
    out = tmp_path / "proefstad.toml"
    code = main(["gemeente", "init", "--from", str(figures), "--out", str(out), *extra])
    return code, out


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.toml")), ids=lambda p: p.stem)
def test_each_example_becomes_a_scenario_that_loads(example, tmp_path, capsys):
    out = tmp_path / "scenario.toml"
    assert main(["gemeente", "init", "--from", str(example), "--out", str(out)]) == 0
    scenario = load_scenario(out)
    assert scenario.name.startswith("Voorbeeldstad") and "written" in capsys.readouterr().out
    assert scenario.observed["households.total"] > 0


def test_every_value_says_where_it_came_from(tmp_path, capsys):
    code, out = init(tmp_path, GOOD)
    assert code == 0, capsys.readouterr().err
    values = [line for line in out.read_text().splitlines() if "=" in line and not line.startswith("#")]
    assert values and all("# your figure" in v or "# Middelstad default" in v or "# by integraal" in v
                          for v in values), values
    text = out.read_text()
    assert "inhabitants = 40_000  # your figure" in text and "professionals = 45.5  # Middelstad default" in text


def test_the_figures_land_on_parameters_and_in_observed(tmp_path):
    _, out = init(tmp_path, GOOD)
    scenario = load_scenario(out)
    assert scenario["population.inhabitants"] == 40_000 and scenario["design.access"] == "integrale-toegang"
    assert scenario["population.share_single"] == pytest.approx(5_000 / 18_000, abs=1e-8)
    assert scenario["organisations.wmo.professionals"] == pytest.approx(9 * 36 / 32 * 100_000 / 40_000, abs=1e-3)
    assert dict(scenario.observed) == {"households.total": 18_000, "clients.wmo": 2_000, "clients.youth": 1_500,
                                       "clients.wmo_youth": 200, "waits.wmo_days": 60.0}
    assert "observed" in tomllib.loads(out.read_text())


BAD = {
    "more clients than households": ("clients", "wmo", "20_000"),
    "combination larger than its parts": ("clients", "wmo_youth", "1_600"),
    "all three larger than a pair": ("clients", "all_three", "300"),
    "types above the total": ("households", "couple", "14_000"),
    "more households than inhabitants": ("", "inhabitants", "10_000"),
    "zero FTE": ("staff", "youth", "0"),
    "negative FTE": ("staff", "youth", "-2"),
    "wait below the intake lead time": ("waits", "debt_days", "1"),
    "unknown key": ("waits", "wmo_dagen", "50"),
    "unknown table": ("personeel", "wmo", "5"),
    "wrong type": ("staff", "debt", '"veel"'),
    "a share as a percentage": ("waits", "wmo_within_norm", "70"),
    "unknown team model": ("", "team_model", '"wijkteam"'),
}
"""One broken rule each: (table, key, TOML value) laid over Proefstad's figures."""
NAMED = {"more households than inhabitants": "households.total", "unknown table": "personeel.wmo"}
"""Cases where the figure named is another than the one changed."""


def _with(table: str, key: str, value: str) -> str:
    figures = {t: dict(entries) for t, entries in GOOD_FIGURES.items()}
    figures.setdefault(table, {})[key] = value
    return figures_text(figures)


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_figures_give_one_line_exit_two_and_nothing_written(case, tmp_path, capsys):
    table, key, value = BAD[case]
    code, out = init(tmp_path, _with(table, key, value))
    key = NAMED.get(case, f"{table}.{key}".strip("."))
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1, err
    assert err[0].startswith(f"{tmp_path / 'figures.toml'}:") and f": {key}: " in err[0], err[0]
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == ["figures.toml"]


@pytest.mark.parametrize(("text", "what"), [("inhabitants = = 3\n", "malformed TOML"), (None, "file not found")])
def test_a_broken_or_missing_file_gives_one_line(text, what, tmp_path, capsys):
    figures = tmp_path / "figures.toml"
    if text is not None:
        figures.write_text(text)
    code = main(["gemeente", "init", "--from", str(figures), "--out", str(tmp_path / "x.toml")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and what in err[0] and str(figures) in err[0]
    assert not (tmp_path / "x.toml").exists()


def test_an_existing_scenario_is_kept_without_force(tmp_path, capsys):
    out = tmp_path / "proefstad.toml"
    out.write_text("keep me\n")
    code, _ = init(tmp_path, GOOD)
    assert code == 2 and "--force" in capsys.readouterr().err and out.read_text() == "keep me\n"
    code, _ = init(tmp_path, GOOD, "--force")
    assert code == 0 and load_scenario(out).name == "Proefstad"


def test_the_figures_file_is_never_overwritten(tmp_path, capsys):
    figures = tmp_path / "figures.toml"
    figures.write_text(GOOD)
    assert main(["gemeente", "init", "--from", str(figures), "--out", str(figures), "--force"]) == 2
    assert "figures file itself" in capsys.readouterr().err and figures.read_text() == GOOD


def test_an_unknown_observed_figure_in_a_scenario_is_refused(tmp_path, capsys):
    scenario = tmp_path / "s.toml"
    scenario.write_text('extends = "sectoraal.toml"\n[observed.clients]\nwmoo = 3\n')
    assert main(["validate", str(scenario)]) == 2
    assert f"{scenario}:3: observed.clients.wmoo: unknown figure" in capsys.readouterr().err


def test_the_scenario_runs(tmp_path, capsys):
    """``integraal run`` takes the scenario (here extended to a short run; the town keeps its 18,000 households)."""
    init(tmp_path, GOOD)
    tiny = tmp_path / "tiny.toml"
    tiny.write_text('extends = "proefstad.toml"\n[simulation]\nwarmup_years = 0.1\nyears = 0.1\n')
    assert main(["run", str(tiny), "--out", str(tmp_path / "out")]) == 0, capsys.readouterr().err
    assert (tmp_path / "out" / "kpis.csv").is_file()


def test_an_observed_wait_is_checked_against_the_scenarios_own_intake(tmp_path, capsys):
    """A hand-edited wait below Middelstad's lead time is refused, unless the scenario shortens the intake."""
    scenario = tmp_path / "s.toml"
    scenario.write_text('extends = "sectoraal.toml"\n[observed.waits]\nwmo_days = 10\n')
    assert main(["validate", str(scenario)]) == 2
    assert "observed.waits.wmo_days: 10 days is below the intake lead time of 15 days" in capsys.readouterr().err
    scenario.write_text('extends = "sectoraal.toml"\n[intake.wmo]\ndays = 4\n[observed.waits]\nwmo_days = 10\n')
    assert main(["validate", str(scenario)]) == 0
