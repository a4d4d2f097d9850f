"""The vocabulary: life domains, household types, ZRM levels, time constants, hour categories.

Life domains are leefgebieden; hour categories are what a professional's time is spent on.

The zelfredzaamheidsmatrix (ZRM) scores each life domain from 1 (acute problems) to 5 (fully
self-reliant). In this model a household has a *need* in a domain while its score there is 3 or
lower; a score of 1 is a crisis (an eviction notice, an out-of-home placement). A domain without a
need scores 4 (sufficiently self-reliant) or, after help that resolved a need for good, 5.
"""

from enum import StrEnum

DOMAINS = ("wmo", "youth", "work_income", "debt", "social")
"""wmo: support at home (Wmo 2015); youth: youth care (Jeugdwet); work_income: work and income
(Participatiewet, bijstand); debt: debt help (schuldhulpverlening, Wgs); social: social network
and loneliness (welzijn)."""

HOUSEHOLD_TYPES = ("single", "couple", "couple_children", "single_parent", "elderly")
TYPES_WITH_CHILDREN = frozenset({"couple_children", "single_parent"})

ZRM_CRISIS = 1
ZRM_NEED = 3
"""Highest score that still counts as a need."""
ZRM_RESOLVED = 4
"""Score of a domain without a need (sufficiently self-reliant): where every domain starts, and
where a need that remits by itself, or that help resolves without lasting gain, returns."""
ZRM_THRIVING = 5
"""Fully self-reliant: where help that resolves a need brings the domain with the chance
``outcome.thriving_share`` (sim/agents/episode.py); never reached without help."""
MULTIPROBLEM_DOMAINS = 3
"""A household is multi-problem (multiprobleemhuishouden) while it has needs in this many life
domains or more at once, seen or not: the point-prevalence definition of the calibration pattern
(DOMAIN.md 3: 0.37-0.55% of households, NJi) and of the outcome groups (sim/output/outcomes.py)."""


def is_multiproblem(need_count: int) -> bool:
    """Whether a household with needs in ``need_count`` domains at once is multi-problem."""
    return need_count >= MULTIPROBLEM_DOMAINS


CRISIS_NAMES = {
    "debt": "debt_crisis",
    "youth": "out_of_home_placement",
    "wmo": "acute_care",
    "work_income": "income_loss",
    "social": "isolation_crisis",
}
"""What a crisis (ZRM 1) in each domain is called in the household table."""
CRISIS_COUNTS = (*CRISIS_NAMES.values(), "eviction")
"""The crises counted per household, in table order: one per domain, and evictions (a debt crisis
that ends in losing the home)."""

PER_INHABITANTS = 100_000
"""Staff numbers and budgets in the catalogue are per this many inhabitants, scaled to the town."""

DAYS_PER_YEAR = 365.0
"""Model time is in days; rates per year are divided by this, warm-up and run years multiplied."""
FOLLOW_UP_DAYS = DAYS_PER_YEAR
"""An episode's follow-up: the ZRM of its domain this many days after the request (12 months)."""
DAYS_PER_WEEK = 7.0
"""Capacity and help are booked in hours per week; the weekly log records every 7 days."""
FULL_TIME_WEEKLY_HOURS = 36.0
"""A full-time working week in the sociaal domein (CAO Sociaal Werk: 36 hours); FTE = weekly hours / this."""


class HourCategory(StrEnum):
    """What a professional's hour is spent on (the time-use and weekly tables have a column each)."""

    INTAKE = "intake"
    DIRECT_HELP = "direct_help"
    COORDINATION = "coordination"
    ADMINISTRATION = "administration"
    IDLE = "idle"


CATEGORIES = tuple(HourCategory)
"""Every hour category, in table order."""
WORK_CATEGORIES = CATEGORIES[:3]
"""Client work that tasks book: intake, direct help and coordination (administration follows from it)."""
