"""Life domains (leefgebieden), household types and the ZRM self-reliance scale.

The zelfredzaamheidsmatrix (ZRM) scores each life domain from 1 (acute problems) to 5 (fully
self-reliant). In this model a household has a *need* in a domain while its score there is 3 or
lower; a score of 1 is a crisis (an eviction notice, an out-of-home placement).
"""

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
ZRM_MAX = 5

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
