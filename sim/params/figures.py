"""A municipality's own figures: what an adviser has at hand, with unit, range and default.

Story: an adviser of Voorbeeldstad knows the number of inhabitants and households (CBS), the
households using the Wmo, the Jeugdwet and the Participatiewet and how many use two or three of
them (CBS 85637NED publishes these per municipality), the debt-help requests a year, the FTE of
each team and the waits the annual report gives. ``integraal gemeente init`` asks for exactly
these figures (:data:`FIGURES`, in the order asked), checks each one here and the ties between
them in :mod:`sim.params.figure_rules`. Some figures become parameters (inhabitants, household
shares, staff); the rest are kept in the scenario's ``[observed]`` table, which the model ignores
and a later ``integraal calibrate`` fits to.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sim.domains import DOMAINS, HOUSEHOLD_TYPES, PER_INHABITANTS
from sim.params.catalogue import DEFAULTS

TEAM_MODELS = {
    "sectoraal": "sectoral: a door and a team per law",
    "integrale-toegang": "a broad wijkteam for every request",
    "vinkje": "a wijkteam for complex (multi-problem) cases only",
}
"""The team model, named by the access design it stands for (docs/designs.md)."""
LAWS = {"wmo": "Wmo", "youth": "Jeugdwet", "work_income": "Participatiewet"}
"""The laws whose clients CBS counts per municipality, by the domain that serves them."""
PAIRS = {"wmo_youth": ("wmo", "youth"), "wmo_work_income": ("wmo", "work_income"),
         "youth_work_income": ("youth", "work_income")}
"""Households using at least these two laws (a household using all three counts in each pair)."""
WAITS = {"wmo_days": "wmo", "youth_days": "youth", "debt_days": "debt"}
"""Observed waits and the domain whose intake they measure."""
NORMS = {"wmo": "Wmo requests decided within the legal 8 weeks", "youth": "youth-care requests decided within 8 weeks",
         "debt": "debt-help requests with a first conversation within 4 weeks"}
"""What the share within the norm counts, per domain (the norms of docs/calibration.md)."""
FTE_HOURS = 36.0
"""Hours of one FTE as advisers count it (CAO Sociaal Werk: 36 hours a week)."""

Answers = Mapping[str, Any]


@dataclass(frozen=True)
class Figure:
    """One figure an adviser gives: its key in the input file, its unit and what it may be.

    ``default`` is Middelstad's value (a function of the answers so far, since the Middelstad
    households or staff scale with the inhabitants given), or None when the figure is optional and
    unknown until given. ``observed`` figures have no model parameter and go to ``[observed]``.
    """

    key: str
    kind: type
    unit: str
    question: str
    low: float | None = 0
    above_low: bool = False
    high: float | None = None
    choices: tuple[str, ...] = ()
    default: Callable[[Answers], Any] | None = None
    observed: bool = False

    def problem(self, value: Any) -> str | None:
        """What is wrong with ``value`` for this figure, or None when it is fine."""
        if self.kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if type(value) is not self.kind:
            return f"got {type(value).__name__} {value!r:.40}; {self.expected()}"
        if self.choices and value not in self.choices:
            return f"got {value!r}; {self.expected()}"
        if self.kind is str and not value.strip():
            return f"is empty; {self.expected()}"
        if self.kind in (int, float):
            return self._range_problem(value)
        return None

    def _range_problem(self, value: float) -> str | None:
        if not math.isfinite(value):
            return f"got {value}, which is not a finite number; {self.expected()}"
        too_low = self.low is not None and (value <= self.low if self.above_low else value < self.low)
        if too_low:
            return f"{value:g} is {'not above' if self.above_low else 'below'} {self.low:g}; {self.expected()}"
        if self.high is not None and value > self.high:
            hint = f" ({value:g}% is {value / 100:g})" if self.high == 1 and value <= 100 else ""
            return f"{value:g} is above {self.high:g}{hint}; {self.expected()}"
        return None

    def expected(self) -> str:
        """``expected a whole number of at least 0 (households)``, ``expected one of: a, b``, ..."""
        if self.choices:
            return "expected one of: " + ", ".join(self.choices)
        if self.kind is str:
            return "expected a text in quotes"
        what = "a whole number" if self.kind is int else "a number"
        span = "above" if self.above_low else "of at least"
        span = f"{span} {_num(self.low)}" + (f" and at most {_num(self.high)}" if self.high is not None else "")
        return f"expected {what} {span} ({self.unit})"


def _num(value: float) -> str:
    """``1000000.0`` as ``1,000,000``, ``0.5`` as ``0.5``."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:g}"


def _middelstad_households(answers: Answers) -> int:
    mean_size = sum(DEFAULTS[f"population.share_{t}"] * DEFAULTS[f"population.size_{t}"] for t in HOUSEHOLD_TYPES)
    return round(answers.get("inhabitants", DEFAULTS["population.inhabitants"]) / mean_size)


def _type_default(kind: str) -> Callable[[Answers], int]:
    return lambda a: round(DEFAULTS[f"population.share_{kind}"] * a.get("households.total", _middelstad_households(a)))


def middelstad_fte(domain: str, answers: Answers) -> float:
    """Middelstad's staff of ``domain`` scaled to the inhabitants given, in the adviser's FTE."""
    per_100k = DEFAULTS[f"organisations.{domain}.professionals"] * DEFAULTS[f"organisations.{domain}.weekly_hours"]
    hours = per_100k * answers.get("inhabitants", DEFAULTS["population.inhabitants"]) / PER_INHABITANTS
    return round(hours / answers.get("staff.fte_hours", FTE_HOURS), 1)


def _staff(domain: str) -> Figure:
    organisation = DEFAULTS[f"organisations.{domain}.name"]
    return Figure(f"staff.{domain}", float, "FTE", f"FTE of {organisation} ({domain}; with its share of a wijkteam)",
                  above_low=True, high=1e6, default=lambda a: middelstad_fte(domain, a))


FIGURES: tuple[Figure, ...] = (
    Figure("name", str, "text", "Name of the municipality", default=lambda a: "Mijn gemeente"),
    Figure("team_model", str, "-", "Team model: " + "; ".join(f"{k} = {v}" for k, v in TEAM_MODELS.items()),
           choices=tuple(TEAM_MODELS), default=lambda a: "sectoraal"),
    Figure("inhabitants", int, "persons", "Inhabitants", above_low=True, high=5_000_000,
           default=lambda a: DEFAULTS["population.inhabitants"]),
    Figure("households.total", int, "households", "Households (CBS)", above_low=True, high=5_000_000,
           default=_middelstad_households, observed=True),
    *(Figure(f"households.{t}", int, "households", f"Households of type {t}", default=_type_default(t))
      for t in HOUSEHOLD_TYPES),
    Figure("clients.period", str, "text", "Period the client figures cover (e.g. 2023 or 2023H1)", observed=True),
    *(Figure(f"clients.{law}", int, "households", f"Households using the {name}", observed=True)
      for law, name in LAWS.items()),
    *(Figure(f"clients.{pair}", int, "households", f"Households using at least the {LAWS[a]} and the {LAWS[b]}",
             observed=True) for pair, (a, b) in PAIRS.items()),
    Figure("clients.all_three", int, "households", "Households using all three laws", observed=True),
    Figure("clients.debt_requests", int, "requests/year", "Debt-help requests a year", observed=True),
    Figure("staff.fte_hours", float, "hours/week", "Hours of one FTE", above_low=True, high=60,
           default=lambda a: FTE_HOURS),
    *(_staff(d) for d in DOMAINS),
    Figure("waits.measure", str, "-", "How your waits are summarised", choices=("mean", "median"),
           default=lambda a: "mean", observed=True),
    Figure("waits.wmo_days", float, "days", "Wmo wait from melding to beschikking", above_low=True, observed=True),
    Figure("waits.youth_days", float, "days", "Youth-care wait from request to decision", above_low=True,
           observed=True),
    Figure("waits.debt_days", float, "days", "Debt-help wait from request to first conversation", above_low=True,
           observed=True),
    *(Figure(f"waits.{d}_within_norm", float, "share", f"Share of {NORMS[d]}", high=1, observed=True)
      for d in WAITS.values()),
)
FIGURE_BY_KEY = {f.key: f for f in FIGURES}
OBSERVED_KEYS = tuple(f.key for f in FIGURES if f.observed)
