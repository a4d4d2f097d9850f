"""The live page (Solara): the explanation, the live numbers and three charts, the controls beside.

Story: the page opens on the default town, already warmed up. '1 week verder' and '1 jaar verder'
advance both towns; 'Afspelen' advances a week every ``PLAY_SECONDS`` until 'Pauze'. 'Nieuwe stad'
builds the towns again with the settings in the sidebar, in the background, while the page says
it is busy. Each visitor has towns of their own (Solara state per browser tab).
"""

from __future__ import annotations

import time
from html import escape

import solara

from sim.live.chart import series_chart
from sim.live.controls import SettingsForm
from sim.live.labels import (
    BASELINE_SERIES,
    CHARTS,
    DESIGN_SERIES,
    TITLE,
    explanation,
    number,
    percent,
    term,
)
from sim.live.measures import DOMAIN
from sim.live.towns import LiveSettings, TwinTowns, middelstad_inhabitants

PLAY_SECONDS = 0.3
"""Pause between two weeks while playing: a year of weeks in about twenty seconds on a small town."""
WEEKS_PER_YEAR = 52
"""What '1 jaar verder' advances: whole weeks, as every press does."""
SCALE = {"coordination": 100.0}
"""Fields drawn as percentages (the others as they are)."""


def norm_days(towns: TwinTowns) -> float:
    """The legal term of the Wmo in the design's town (``norms.wmo.days``)."""
    return towns.towns["design"].domain[DOMAIN].norm_days


def charts(towns: TwinTowns) -> list:
    """One figure per entry of ``CHARTS``: both towns' weekly series; the decision chart with the term."""
    figures = []
    for field, (series, title, unit) in CHARTS.items():
        scale = SCALE.get(field, 1.0)
        weeks = [f.week for f in towns.history["design"]]
        design, baseline = ([scale * getattr(f, field) for f in towns.history[side]] for side in ("design", "baseline"))
        figures.append(series_chart(series, title, unit, weeks, design, baseline,
                                    norm_days(towns) if field == "decision_days" else None))
    return figures


@solara.component
def Explanation(towns: TwinTowns):
    """The Dutch explanation: what is shown, that the town is synthetic, how long a big town takes."""
    with solara.Card("Wat ziet u?"):
        for paragraph in explanation(norm_days(towns), towns.settings.warmup_years, middelstad_inhabitants()):
            solara.HTML(tag="p", unsafe_innerHTML=escape(paragraph), style="margin-bottom: 0.6em")


@solara.component
def LiveNumbers(towns: TwinTowns, weeks: int):
    """This week's Wmo waiting list, share within the term and days to a decision, for both towns.

    ``weeks`` (the weeks shown) is passed only so that a new week renders anew: ``towns`` changes in place.
    """
    solara.HTML(tag="h3", unsafe_innerHTML=escape(f"Week {number(towns.weeks)} na het opwarmen"))
    with solara.Row():
        for side, name in (("design", DESIGN_SERIES), ("baseline", BASELINE_SERIES)):
            now = towns.latest(side)
            with solara.Card(f"Nu \u2014 {name}"):
                solara.Text(f"Wachtlijst Wmo: {number(now.waiting)} huishoudens")
                solara.HTML(tag="br")
                solara.Text(f"Besluit binnen de termijn van {term(norm_days(towns))}: {percent(now.within_term)} "
                            "(laatste 13 weken)")
                solara.HTML(tag="br")
                solara.Text(f"Tijd tot een Wmo-besluit: {number(now.decision_days)} dagen gemiddeld")


@solara.component
def Page(initial: LiveSettings | None = None):
    """The whole page; ``initial`` are the first towns' settings (default :class:`LiveSettings`)."""
    first = solara.use_memo(lambda: TwinTowns(initial or LiveSettings()), dependencies=[])
    towns = solara.use_reactive(first)
    settings = solara.use_reactive(first.settings)
    shown = solara.use_reactive(0)
    playing = solara.use_reactive(False)
    rebuilds = solara.use_reactive(0)

    def advance(weeks: int) -> None:
        towns.value.advance(weeks)
        shown.set(towns.value.weeks)

    def play() -> None:
        while playing.value and towns.value.running:
            advance(1)
            time.sleep(PLAY_SECONDS)
        playing.set(False)

    def rebuild() -> None:
        if rebuilds.value:
            towns.set(TwinTowns(settings.value))
            shown.set(0)

    solara.lab.use_task(play, dependencies=[playing.value])
    building = solara.lab.use_task(rebuild, dependencies=[rebuilds.value])
    figures = solara.use_memo(lambda: charts(towns.value), dependencies=[towns.value, shown.value])

    solara.Title(TITLE)
    with solara.AppBar():
        solara.AppBarTitle(TITLE)
    with solara.Sidebar():
        with solara.Card("Bediening"):
            busy = playing.value or building.pending
            with solara.Row(style={"flex-wrap": "wrap"}):
                solara.Button("Pauze" if playing.value else "Afspelen", color="primary",
                              on_click=lambda: playing.set(not playing.value), disabled=building.pending)
                solara.Button("1 week verder", on_click=lambda: advance(1), disabled=busy)
                solara.Button("1 jaar verder", on_click=lambda: advance(WEEKS_PER_YEAR), disabled=busy)
        with solara.Card("Instellingen"):
            SettingsForm(settings)
            solara.Button("Nieuwe stad met deze instellingen", color="primary", disabled=busy,
                          on_click=lambda: (playing.set(False), rebuilds.set(rebuilds.value + 1)))
            if building.pending:
                solara.Info("De stad wordt opgebouwd en opgewarmd; een grote stad duurt langer.")
    Explanation(towns.value)
    LiveNumbers(towns.value, shown.value)
    for figure in figures:
        solara.FigureMatplotlib(figure, dependencies=[towns.value, shown.value], format="png")
