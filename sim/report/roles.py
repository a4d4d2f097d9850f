"""Which compared design plays which part in a statement of seed 004.

Which compared design plays which part in a statement: the sectoral baseline, integral access
for all, a targeted integral route, one desk, no wrong door, strict AVG.

Roles come from each design's ``design.access`` (or its label when the scenario could not be
loaded). A story: in ``headline`` the role *targeted* is ``vinkje``; in a sweep that compares
``integraal-team`` instead, that design takes the role, and statement 1 is tested against it.
"""

from __future__ import annotations

ROLES = {
    "sectoral": ("sectoraal",),
    "integral_all": ("integrale-toegang",),
    "targeted": ("vinkje", "integraal-team"),
    "one_desk": ("een-loket",),
    "no_wrong_door": ("no-wrong-door",),
    "strict_avg": ("avg-strikt",),
    "free_budget": ("regelvrij-budget",),
    "one_owner": ("opdrachtgeverschap",),
}
"""Role: the access designs that can play it, in order of preference."""


def assign_roles(infos: dict) -> dict[str, str]:
    """``{role: design label}`` for the roles some design can play (the first that fits)."""
    found = {}
    for role, accesses in ROLES.items():
        for access in accesses:
            match = next((label for label, info in infos.items() if info.access == access), None)
            if match is not None:
                found[role] = match
                break
    return found
