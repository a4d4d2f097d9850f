"""The live page (sim/app.py, sim/live/): two towns with the same households, Dutch, offline settings.

The headless-Chromium test with every network blocked is tests/interface/test_live_page_offline.py.
"""

from __future__ import annotations

import math

import ipyvuetify as v
import pytest
import solara  # in the dev extra that `make test` installs: a missing one fails, never skips
from solara.widgets.widgets import HTML

from sim.access.registry import designs
from sim.domains import DAYS_PER_WEEK
from sim.live import assets
from sim.live.offline import CLOSED_CDN, offline_environment
from sim.live.page import Page
from sim.live.towns import LiveSettings, TwinTowns

SMALL = LiveSettings(inhabitants=2000, warmup_years=1.0, seed=3)


def fte(model) -> float:
    return sum(p.weekly_hours for p in model.professionals())


def test_both_towns_have_the_same_households_and_start_warmed_up():
    """Interface: the design's town and the baseline's share every household; both start after the warm-up."""
    towns = TwinTowns(SMALL)
    design, baseline = towns.towns["design"], towns.towns["baseline"]
    assert design.params["design.access"] == "integrale-toegang" and baseline.params["design.access"] == "sectoraal"
    people = [[(h.unique_id, h.kind, h.size, h.vulnerability) for h in m.population.households]
              for m in (design, baseline)]
    assert people[0] == people[1] and len(people[0]) > 500
    assert design.time == baseline.time == pytest.approx(design.measure_from) == pytest.approx(365.0)
    assert design.episodes.count > 0 and towns.weeks == 0


def test_each_advance_is_one_model_week_and_every_figure_is_recorded():
    """Interface: ten advances are seventy days; each week adds one row of figures per town, shares in 0-1."""
    towns = TwinTowns(SMALL)
    start = towns.towns["design"].time
    towns.advance(10)
    assert towns.towns["design"].time == towns.towns["baseline"].time == pytest.approx(start + 10 * DAYS_PER_WEEK)
    for side in ("design", "baseline"):
        rows = towns.history[side]
        assert [r.week for r in rows] == pytest.approx(list(range(11)))
        shares = [s for r in rows for s in (r.within_term, r.coordination) if not math.isnan(s)]
        assert shares and all(0 <= s <= 1 for s in shares)
        assert all(r.waiting >= 0 for r in rows)
    assert any(r.coordination > 0 for r in towns.history["design"])  # integral access holds case meetings
    assert all(r.coordination == 0 for r in towns.history["baseline"][1:])  # sectoral access holds none


def test_staffing_changes_the_design_only():
    """Interface: 150% staffing gives the design's town half as many hours again; the baseline keeps today's."""
    towns = TwinTowns(LiveSettings(design="sectoraal", staffing=1.5, inhabitants=20_000, warmup_years=1.0))
    assert fte(towns.towns["design"]) / fte(towns.towns["baseline"]) == pytest.approx(1.5, rel=0.05)


@pytest.mark.parametrize("design", sorted(designs()))
def test_every_design_in_the_list_builds_beside_the_baseline(design):
    """Interface: each design of the registry (the page's list) builds, warms up and advances."""
    towns = TwinTowns(LiveSettings(design=design, inhabitants=2000, warmup_years=0.25))
    towns.advance(1)
    assert towns.weeks == 1


@solara.component
def InLayout():  # noqa: N802 (a Solara component is named like a class)
    """The page as ``solara run`` shows it: inside Solara's app layout (which holds the sidebar)."""
    with solara.AppLayout():
        Page(initial=SMALL)


def test_the_page_is_dutch_and_a_press_advances_a_week():
    """Interface: the page shows Dutch controls with their values and the term; '1 week verder' adds a week."""
    _, rc = solara.render(InLayout(), handle_error=False)
    texts = " ".join(str(w.children) for w in rc.find(v.Html).widgets)
    assert "Inwoners: 2.000" in texts and "Personeel in het ontwerp: 100% van nu" in texts
    assert "Wachtlijst Wmo" in texts and "8 weken (56 dagen)" in texts
    rc.find(HTML, tag="h3", unsafe_innerHTML="Week 0 na het opwarmen").assert_single()
    rc.find(v.Btn, children=["1 week verder"]).widget.click()
    rc.find(HTML, tag="h3", unsafe_innerHTML="Week 1 na het opwarmen").assert_single()


def test_importing_the_page_switches_solara_offline_and_off_telemetry():
    """Interface: after ``import sim.app`` Solara proxies its front-end from this machine and sends no telemetry."""
    import solara.server.settings as server_settings

    import sim.app  # noqa: F401

    assert solara.settings.assets.proxy is True and solara.settings.assets.cdn == CLOSED_CDN
    assert server_settings.telemetry.mixpanel_enable is False
    assert server_settings.assets.proxy_cache_dir == assets.CACHE
    assert offline_environment({})["SOLARA_TELEMETRY_MIXPANEL_ENABLE"] == "False"


def test_the_front_end_folder_lists_what_the_template_loads(tmp_path):
    """Interface: the template's packages are found; an empty folder lacks them all, a filled one none."""
    wanted = assets.template_packages()
    assert any(p.startswith("@widgetti/solara-vuetify") for p in wanted) and "requirejs@2.3.6" in wanted
    assert assets.missing(tmp_path) == sorted(wanted)
    for package in wanted:
        (tmp_path / package).mkdir(parents=True)
    assert assets.missing(tmp_path) == []
    assert sorted(assets.packages_in(tmp_path)) == sorted(wanted)


def test_serving_without_the_front_end_files_stops_and_says_how_to_get_them(monkeypatch, capsys):
    """Interface: ``integraal live`` with a front-end file missing exits 1 (a blank page offline) and names the fix."""
    from sim.cli import main

    monkeypatch.setattr(assets, "missing", lambda: ["@widgetti/solara-vuetify3-app@5.2.0"])
    assert main(["live", "--port", "1"]) == 1
    assert "integraal live --prepare" in capsys.readouterr().err
