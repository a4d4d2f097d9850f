"""The vocabulary: life domains, household types, ZRM levels, time constants, hour categories.

Life domains are leefgebieden; hour categories are what a professional's time is spent on.

The zelfredzaamheidsmatrix (ZRM) scores each life domain from 1 (acute problems) to 5 (fully
self-reliant). In this model a household has a *need* in a domain while its score there is 3 or
lower; a score of 1 is a crisis (an eviction notice, an out-of-home placement).
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
"""Score a need returns to when it is resolved."""

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
