"""What the loader says about a value: what is wrong with it, and what would be allowed.

Story: an analyst copies ``present_probability = 85`` (a percentage) into a scenario. The
catalogue declares the parameter a probability in [0, 1], so the message names both sides:
``85.0 is above the maximum 1; expected a number between 0 and 1 (probability)``. A typo in a
key gets the nearest known key and the keys of its table; rules that tie several keys
together (shares that must sum to 1, an intake that takes hours but no days) are checked by
:func:`check_cross_fields` once the whole ``extends`` chain is merged.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Mapping
from typing import Any

from sim.domains import DAYS_PER_WEEK, DAYS_PER_YEAR, DOMAINS, HOUSEHOLD_TYPES
from sim.params.catalogue import CATALOGUE
from sim.params.definitions import Param
from sim.params.errors import InputError

TABLES = sorted({key.split(".")[0] for key in CATALOGUE})


def validate_values(values: Mapping[str, Any], source: str, prefix: str = "") -> dict[str, Any]:
    """Check each dotted key against the catalogue; return the values in their declared types.

    ``prefix`` is how the file spells the keys' table (``base.`` in an experiment file).
    """
    checked = {}
    for key, value in values.items():
        param = CATALOGUE.get(key)
        if param is None:
            raise InputError(source, f"{prefix}{key}", unknown_key(key, value))
        wrong = problem(param, value)
        if wrong:
            raise InputError(source, f"{prefix}{key}", f"{wrong}; {allowed(param)}")
        checked[key] = float(value) if param.kind is float else value
    return checked


def problem(param: Param, value: Any) -> str | None:
    """What is wrong with ``value`` for ``param``, or None when it is fine."""
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if param.kind is float and number:
        value = float(value)
    if type(value) is not param.kind:
        return f"got {_kind_name(value)} {_short(value)}"
    if param.choices:
        return None if value in param.choices else f"got {_short(value)}"
    if number and not math.isfinite(value):
        return f"got {value}, which is not a finite number"
    low, high = param.bounds
    if number and low is not None and value < low:
        return f"{_num(value)} is below the minimum {_num(low)}"
    if number and high is not None and value > high:
        return f"{_num(value)} is above the maximum {_num(high)}"
    return None


def allowed(param: Param) -> str:
    """``expected a number between 0 and 1 (probability)``, ``expected one of: a, b``, ..."""
    if param.choices:
        return "expected one of: " + ", ".join(param.choices)
    if param.kind is bool:
        return "expected true or false"
    if param.kind is str:
        return "expected a text in quotes"
    what = "a whole number" if param.kind is int else "a number"
    low, high = param.bounds
    span = (f"between {_num(low)} and {_num(high)}" if low is not None and high is not None
            else f"of at least {_num(low)}" if low is not None else f"of at most {_num(high)}")
    unit = f" ({param.unit})" if param.unit not in ("-", "") else ""
    return f"expected {what} {span}{unit}"


def unknown_key(key: str, value: Any) -> str:
    """Why ``key`` is not allowed, with the keys that are."""
    if any(k.startswith(key + ".") for k in CATALOGUE):
        return f"expected a table [{key}] of keys, got {_kind_name(value)}; keys in it: {_siblings(key + '.x')}"
    close = difflib.get_close_matches(key, CATALOGUE.keys(), n=1)
    hint = f" (did you mean {close[0]}?)" if close else ""
    table = key.rpartition(".")[0]
    if table and any(k.startswith(table + ".") for k in CATALOGUE):
        return f"unknown key{hint}; keys in [{table}]: {_siblings(key)}"
    return f"unknown key{hint}; known tables: {', '.join(TABLES)}"


def check_cross_fields(values: Mapping[str, Any], source: str) -> None:
    """Rules that involve several keys at once; raise InputError on the first broken one."""
    total = sum(values[f"population.share_{t}"] for t in HOUSEHOLD_TYPES)
    if abs(total - 1.0) > 1e-6:
        raise InputError(source, "population.share_*", f"household type shares sum to {total:g}; expected the "
                         f"five shares ({', '.join(HOUSEHOLD_TYPES)}) to sum to 1")
    horizon_days = (values["simulation.warmup_years"] + values["simulation.years"]) * DAYS_PER_YEAR
    if horizon_days < DAYS_PER_WEEK:
        raise InputError(source, "simulation.years", f"warm-up plus measured years is {horizon_days:.3g} days; "
                         "expected at least one week (7 days, 0.0192 years), the step of the weekly tables")
    if values["simulation.mode"] == "mmc":
        if values["mmc.servers"] < 1:
            raise InputError(source, "mmc.servers", "mode mmc needs at least 1 server; expected a whole number >= 1")
        return
    for domain in DOMAINS:
        _check_domain(values, domain, source)


def _check_domain(values: Mapping[str, Any], d: str, source: str) -> None:
    hours, days = values[f"intake.{d}.hours"], values[f"intake.{d}.days"]
    if hours > 0 and days <= 0:
        raise InputError(source, f"intake.{d}.days", f"is {_num(days)} while intake.{d}.hours is {_num(hours)}; "
                         "expected days above 0 when an intake takes hours")
    measure = values[f"norms.{d}.measure"]
    if measure != "none" and values[f"norms.{d}.days"] <= 0:
        raise InputError(source, f"norms.{d}.days", f"is {_num(values[f'norms.{d}.days'])} while norms.{d}.measure "
                         f'is {measure!r}; expected a deadline above 0 days, or measure = "none"')
    week, admin = values[f"organisations.{d}.weekly_hours"], 1.0 + values["work.admin_ratio"]
    if week <= 0 or values[f"organisations.{d}.professionals"] <= 0:
        return
    loads = {f"help.{d}.hours_per_week": values[f"help.{d}.hours_per_week"]}
    if days > 0:
        loads[f"intake.{d}.hours"] = hours * DAYS_PER_WEEK / days
    for key, load in loads.items():
        if load * admin > week + 1e-9:
            raise InputError(source, key, f"one case would book {_num(load * admin)} hours a week (administration "
                             f"included), more than a professional's {_num(week)} (organisations.{d}.weekly_hours), "
                             "so it could never start; expected a weekly load that fits in one professional's week")


def _siblings(key: str, limit: int = 12) -> str:
    table = key.rpartition(".")[0] + "."
    names = [k[len(table):] for k in CATALOGUE if k.startswith(table)]
    names = sorted({n.split(".")[0] for n in names})
    return ", ".join(names[:limit]) + (", ..." if len(names) > limit else "")


def _kind_name(value: Any) -> str:
    return {bool: "true/false", int: "a whole number", float: "a number", str: "a text", list: "a list",
            dict: "a table"}.get(type(value), type(value).__name__)


def _short(value: Any, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "..."


def _num(value: float) -> str:
    """``1.0`` as ``1``, ``0.15`` as ``0.15``, ``5000000`` as ``5000000``."""
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e16 else f"{value:g}"
