"""The interactive model page: one access design running live on a small municipality (SolaraViz).

Start it with ``solara run sim/app.py`` (install the ``viz`` extra first; see docs/report.md). The
sidebar picks the design (sectoraal, integrale-toegang, vinkje, ...) and its main parameters
(inhabitants, case-meeting hours, diffusion of responsibility, the vinkje's sensitivity); each
step runs one week of model time. The charts show queue lengths per organisation, the mean wait of
tasks started that week, and the share of professional time that went to coordination.

A story: an adviser shows a wethouder ``integrale-toegang`` in a town of 5,000; after a few
months the Wmo queue grows while case meetings fill the agendas. Switching the design to
``vinkje`` and pressing Reset shows the same town with shorter queues.
"""

from __future__ import annotations

import math

from mesa import DataCollector
from mesa.visualization import SolaraViz, make_plot_component

from sim.access.registry import design as design_record
from sim.access.registry import designs
from sim.domains import CATEGORIES, DAYS_PER_WEEK
from sim.model import MunicipalityModel
from sim.params.catalogue import CATALOGUE
from sim.params.scenario import load_scenario


class LiveModel(MunicipalityModel):
    """A municipality whose ``step()`` runs one week; queue, wait and coordination are collected weekly."""

    def __init__(self, design: str = "integrale-toegang", inhabitants: int = 5000,
                 meeting_hours: float = CATALOGUE["meeting.hours"].default,
                 diffusion: float = CATALOGUE["diffusion.per_actor_probability"].default,
                 vinkje_sensitivity: float = CATALOGUE["vinkje.sensitivity"].default, years: float = 5.0,
                 seed: int | str = 0):
        """The town of ``inhabitants`` under ``design``'s scenario, started and measured from day 0.

        ``design`` is a name from the design registry; the other arguments are the page's controls.
        """
        values = {"population.inhabitants": inhabitants, "meeting.hours": meeting_hours,
                  "diffusion.per_actor_probability": diffusion, "vinkje.sensitivity": vinkje_sensitivity,
                  "simulation.warmup_years": 0.0, "simulation.years": years}
        scenario = load_scenario(design_record(design).scenario, values)
        super().__init__(scenario, int(seed))
        self.start()
        reporters = {f"queue: {o.name}": _queue(o) for o in self.organisations.values()}
        reporters |= {"mean wait (days)": _mean_wait, "coordination share (%)": _coordination_share}
        self.datacollector = DataCollector(model_reporters=reporters)
        self.datacollector.collect(self)
        self.step = self.advance_week

    def advance_week(self) -> None:
        """One week of model time.

        SolaraViz calls ``model.step()``; Mesa's own step would advance one day, so the
        instance's ``step`` is this method (the model's events do the work).
        """
        self.run_for(min(DAYS_PER_WEEK, self.horizon - self.time))
        self.datacollector.collect(self)
        self.running = self.time < self.horizon


def _queue(organisation):
    return lambda model: organisation.waiting


def _this_week(model) -> list[dict]:
    week = int(round(model.time / DAYS_PER_WEEK))
    return [r for r in model.weekly.rows if r["week"] == week]


def _mean_wait(model) -> float:
    rows = [r for r in _this_week(model) if r["tasks_started"]]
    started = sum(r["tasks_started"] for r in rows)
    return sum(r["mean_wait_days"] * r["tasks_started"] for r in rows) / started if started else math.nan


def _coordination_share(model) -> float:
    rows = _this_week(model)
    hours = sum(r[f"{c}_hours"] for r in rows for c in CATEGORIES)
    return 100 * sum(r["coordination_hours"] for r in rows) / hours if hours else math.nan


def _slider(key: str, label: str) -> dict:
    """A slider over the catalogue's plausible range, starting at the default."""
    param = CATALOGUE[key]
    low, high = param.plausible
    return {"type": "SliderFloat", "value": param.default, "min": low, "max": high, "step": (high - low) / 20,
            "label": label}


def model_params() -> dict:
    """The page's controls; the design choices are every design in the registry (sim/access/registry.py)."""
    return {
        "design": {"type": "Select", "value": "integrale-toegang", "values": list(designs()),
                   "label": "design (toegang)"},
        "inhabitants": {"type": "SliderInt", "value": 5000, "min": 2000, "max": 30000, "step": 1000,
                        "label": "inhabitants"},
        "meeting_hours": _slider("meeting.hours", "case meeting hours per organisation"),
        "diffusion": _slider("diffusion.per_actor_probability", "diffusion of responsibility per extra actor"),
        "vinkje_sensitivity": _slider("vinkje.sensitivity", "vinkje: share of multi-problem households flagged"),
        "seed": {"type": "InputText", "value": 0, "label": "seed"},
    }


MODEL_PARAMS = model_params()
"""The controls as they were when this module was imported (a design registered later is in
:func:`model_params`)."""


def components(model: LiveModel) -> list:
    """The charts: queue per organisation, mean wait, coordination share."""
    queues = [name for name in model.datacollector.model_reporters if name.startswith("queue: ")]
    return [make_plot_component(queues), make_plot_component("mean wait (days)"),
            make_plot_component("coordination share (%)")]


def make_page(model: LiveModel | None = None):
    """The SolaraViz page for ``model`` (a default town under integrale-toegang when None)."""
    model = model or LiveModel()
    return SolaraViz(model, components=components(model), model_params=model_params(),
                     name="integraal: toegang live")


page = make_page()
