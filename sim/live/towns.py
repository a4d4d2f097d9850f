"""Two towns with the same households: the chosen design and the sectoral baseline, warmed up.

Story: the adviser picks ``vinkje`` for a town of 10,000. Two models are built from the same seed;
the named random streams (sim/engine/streams.py) give both the same households with the same
needs at the same moments, so every difference on the page comes from the way of working (common
random numbers). Both run their warm-up years at once, before the page shows anything, and then
advance together one week per press. The staffing factor changes the chosen design only: the
baseline keeps today's (calibrated) staff, so the page shows what extra people buy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from sim.access.registry import design as design_record
from sim.domains import DAYS_PER_WEEK
from sim.engine.gc_pause import collector_paused
from sim.live.measures import Watch, WeekFigures
from sim.model import MunicipalityModel
from sim.params.catalogue import CATALOGUE
from sim.params.scenario import load_scenario

BASELINE = "sectoraal"
"""The design every other is shown beside: one door per law."""
SHOWN_YEARS = 10.0
"""Years the page can run after the warm-up (520 weeks)."""


@cache
def middelstad_inhabitants() -> int:
    """Inhabitants of Middelstad, the default municipality (scenarios/middelstad.toml; read once)."""
    return int(load_scenario("middelstad")["population.inhabitants"])


def default(key: str) -> float:
    """The catalogue default of ``key`` (the calibrated Middelstad value)."""
    return CATALOGUE[key].default


@dataclass(frozen=True)
class LiveSettings:
    """The page's controls: the town, the design and its main parameters, the warm-up and the seed."""

    design: str = "integrale-toegang"
    inhabitants: int = 10_000
    staffing: float = field(default_factory=lambda: default("work.staffing_scale"))
    meeting_hours: float = field(default_factory=lambda: default("meeting.hours"))
    diffusion: float = field(default_factory=lambda: default("diffusion.per_actor_probability"))
    vinkje_sensitivity: float = field(default_factory=lambda: default("vinkje.sensitivity"))
    warmup_years: float = 2.0
    seed: int = 0

    def model(self, design: str, staffing: float) -> MunicipalityModel:
        """A started model of ``design`` with ``staffing`` (its ``work.staffing_scale``), not yet run."""
        values = {"population.inhabitants": self.inhabitants, "work.staffing_scale": staffing,
                  "meeting.hours": self.meeting_hours, "diffusion.per_actor_probability": self.diffusion,
                  "vinkje.sensitivity": self.vinkje_sensitivity, "simulation.warmup_years": self.warmup_years,
                  "simulation.years": SHOWN_YEARS}
        model = MunicipalityModel(load_scenario(design_record(design).scenario, values), self.seed)
        model.start()
        return model


class TwinTowns:
    """The design's town and the baseline's town, run through the warm-up, then a week at a time.

    ``history["design"]`` and ``history["baseline"]`` hold one :class:`WeekFigures` per week shown,
    the first at the end of the warm-up.
    """

    def __init__(self, settings: LiveSettings):
        self.settings = settings
        self.towns = {"design": settings.model(settings.design, settings.staffing),
                      "baseline": settings.model(BASELINE, default("work.staffing_scale"))}
        with collector_paused():
            for model in self.towns.values():
                model.run_until(model.measure_from)
        self.watches = {side: Watch(model) for side, model in self.towns.items()}
        self.history: dict[str, list[WeekFigures]] = {side: [] for side in self.towns}
        self._record()

    @property
    def weeks(self) -> int:
        """Weeks shown since the warm-up ended."""
        return len(self.history["design"]) - 1

    @property
    def running(self) -> bool:
        """Whether another week fits before the horizon."""
        model = self.towns["design"]
        return model.time + DAYS_PER_WEEK <= model.horizon

    def advance(self, weeks: int = 1) -> None:
        """Run both towns ``weeks`` weeks (fewer at the horizon), recording each week."""
        for _ in range(weeks):
            if not self.running:
                return
            for model in self.towns.values():
                model.run_for(DAYS_PER_WEEK)
            self._record()

    def latest(self, side: str) -> WeekFigures:
        """The last week's figures of ``side`` (``design`` or ``baseline``)."""
        return self.history[side][-1]

    def _record(self) -> None:
        for side, watch in self.watches.items():
            self.history[side].append(watch.figures())
