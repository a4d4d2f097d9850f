"""Rules that tie a municipality's figures together: what cannot all be true at once.

Story: an adviser copies 31,000 Wmo households from a table of persons, not households, while the
town has 26,500 households; or types 5,200 households using both Wmo and Jeugdwet when only 4,100
use the Jeugdwet. Each rule below finds one such contradiction among the figures given so far
(a rule whose figures are not all known yet says nothing) and names the figure to correct, so the
terminal can ask that one again and a file gets one line naming it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from sim.domains import HOUSEHOLD_TYPES
from sim.params.figures import LAWS, PAIRS, WAITS

Problem = tuple[str, str]
"""The key of the figure to correct, and what is wrong with it."""
ROUNDING_SHARE = 0.01
"""Household types given in full may miss the total by this share (published figures are rounded)."""


def _n(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}"


def households_within_inhabitants(a: Mapping[str, Any]) -> Iterator[Problem]:
    """Every household has at least one inhabitant."""
    if "households.total" in a and "inhabitants" in a and a["households.total"] > a["inhabitants"]:
        yield "households.total", (f"{_n(a['households.total'])} households is more than the "
                                   f"{_n(a['inhabitants'])} inhabitants; expected at most one household per inhabitant")


def types_add_up(a: Mapping[str, Any]) -> Iterator[Problem]:
    """The household types given add up to at most the total, and to the total when all are given."""
    given = [t for t in HOUSEHOLD_TYPES if f"households.{t}" in a]
    if not given or "households.total" not in a:
        return
    total, parts = a["households.total"], sum(a[f"households.{t}"] for t in given)
    last = f"households.{given[-1]}"
    if parts > total * (1 + ROUNDING_SHARE):
        yield last, (f"the household types given add up to {_n(parts)}, more than the {_n(total)} households; "
                     f"expected at most {_n(max(0, total - parts + a[last]))} for {given[-1]}")
    elif len(given) == len(HOUSEHOLD_TYPES) and parts < total * (1 - ROUNDING_SHARE):
        yield last, (f"the five household types add up to {_n(parts)}, not the {_n(total)} households; "
                     f"expected about {_n(total - parts + a[last])} for {given[-1]} (within 1% of the total)")


def clients_within_households(a: Mapping[str, Any]) -> Iterator[Problem]:
    """No law has more client households than the town has households."""
    if "households.total" not in a:
        return
    for key in (*(f"clients.{law}" for law in LAWS), *(f"clients.{p}" for p in PAIRS), "clients.all_three"):
        if key in a and a[key] > a["households.total"]:
            yield key, (f"{_n(a[key])} client households is more than the {_n(a['households.total'])} households "
                        "in the town; expected at most that many (count households, not persons)")


def combinations_within_parts(a: Mapping[str, Any]) -> Iterator[Problem]:
    """A combination of laws is no larger than each law in it, and all three no larger than each pair."""
    for pair, laws in PAIRS.items():
        key = f"clients.{pair}"
        for law in (law for law in laws if key in a and f"clients.{law}" in a):
            if a[key] > a[f"clients.{law}"]:
                yield key, (f"{_n(a[key])} households use at least {' and '.join(laws)}, more than the "
                            f"{_n(a[f'clients.{law}'])} that use {law}; expected at most that many (a combination "
                            "cannot be larger than its parts)")
    if "clients.all_three" in a:
        parts = [f"clients.{p}" for p in PAIRS] + [f"clients.{law}" for law in LAWS]
        for part in (p for p in parts if p in a and a["clients.all_three"] > a[p]):
            yield "clients.all_three", (f"{_n(a['clients.all_three'])} households use all three laws, more than the "
                                        f"{_n(a[part])} of {part}; expected at most that many")
    yield from _only_one_law(a)


def _only_one_law(a: Mapping[str, Any]) -> Iterator[Problem]:
    """With every combination given, the households using a law and no other are not negative."""
    combos = [f"clients.{p}" for p in PAIRS] + ["clients.all_three"]
    if not all(k in a for k in combos):
        return
    for law in (law for law in LAWS if f"clients.{law}" in a):
        shared = sum(a[f"clients.{p}"] for p, laws in PAIRS.items() if law in laws) - a["clients.all_three"]
        if shared > a[f"clients.{law}"]:
            yield f"clients.{law}", (f"{_n(a[f'clients.{law}'])} households use {law}, fewer than the {_n(shared)} "
                                     "its combinations with the other laws count; expected at least that many")


def waits_above_lead_time(a: Mapping[str, Any], params: Mapping[str, Any]) -> Iterator[Problem]:
    """An observed wait is no shorter than the intake's own lead time in the model, which it cannot beat."""
    for name, domain in WAITS.items():
        key = f"waits.{name}"
        if key not in a:
            continue
        lead, parts = lead_time(domain, params)
        if a[key] < lead:
            yield key, (f"{_n(a[key])} days is below the intake lead time of {_n(lead)} days ({parts}); expected "
                        "at least that many days, or a scenario with a shorter intake")


def lead_time(domain: str, params: Mapping[str, Any]) -> tuple[float, str]:
    """Mean days from take-up to what the wait measures (first conversation, or the decision too)."""
    first = f"intake.{domain}.first_contact_days"
    if domain == "debt":
        return params[first], f"{first} {_n(params[first])}"
    days = f"intake.{domain}.days"
    return params[first] + params[days], f"{first} {_n(params[first])} + {days} {_n(params[days])}"


RULES = (households_within_inhabitants, types_add_up, clients_within_households, combinations_within_parts)


def problems(answers: Mapping[str, Any], params: Mapping[str, Any]) -> list[Problem]:
    """Every broken rule among the figures given, in the order of :data:`RULES`, the waits last."""
    found = [p for rule in RULES for p in rule(answers)]
    return found + list(waits_above_lead_time(answers, params))
