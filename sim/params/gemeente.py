"""A municipality's figures written as a scenario file, every value with where it came from.

Story: Voorbeeldstad's adviser gives 58,000 inhabitants, 26,500 households of which 8,400 are
singles, 12 FTE at the Wmo-loket and a wijkteam for complex cases only. The scenario extends the
bundled ``vinkje.toml`` and says, value by value, ``# your figure`` or ``# Middelstad default``
(later ``# calibrated``, when ``integraal calibrate`` has fitted it). Figures the model has no
parameter for go to ``[observed]``. Staff becomes ``organisations.<domain>.professionals``, which
counts professionals of ``weekly_hours`` per 100,000 inhabitants: 12 FTE of 36 hours in a town of
58,000 is 12 x 36 / 32 x 100,000 / 58,000 = 23.3.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Set
from typing import Any

from sim.domains import DOMAINS, HOUSEHOLD_TYPES, PER_INHABITANTS
from sim.params.catalogue import DEFAULTS
from sim.params.figures import FIGURES, FTE_HOURS, TEAM_MODELS

OBSERVED_HEADER = ("[observed]  # your figures that no parameter holds: the model ignores them; "
                   "`integraal calibrate` fits to them")
YOURS = "your figure"
MIDDELSTAD = "Middelstad default"
HEADER = """\
# {name}: scenario written by `integraal gemeente init` from {origin}.
# Every value says where it came from: "your figure" (given by you), "Middelstad default" (the
# calibrated default municipality, docs/calibration.md) or, after `integraal calibrate`, "calibrated".
# Values not written here are Middelstad defaults, from the bundled scenario of the team model.
"""


def scenario_text(answers: Mapping[str, Any], given: Set[str], origin: str) -> str:
    """The scenario TOML of ``answers``; ``given`` are the figures the adviser gave (the rest are defaults)."""
    def source(key: str) -> str:
        return YOURS if key in given else MIDDELSTAD

    model = answers["team_model"]
    lines = [HEADER.format(name=answers["name"], origin=origin),
             toml_line("extends", f"{model}.toml", f"{MIDDELSTAD}s of the bundled scenario of the team model"),
             toml_line("name", answers["name"], source("name")),
             toml_line("description", f"{answers['name']}, built from its own figures", "by integraal gemeente init"),
             "", "[design]", toml_line("access", model, f"{source('team_model')}: team model ({TEAM_MODELS[model]})"),
             "", "[population]", toml_line("inhabitants", answers["inhabitants"], source("inhabitants")),
             *_share_lines(answers, given)]
    for domain in DOMAINS:
        lines += ["", f"[organisations.{domain}]", _staff_line(domain, answers, given)]
    return "\n".join(lines + _observed_lines(answers, given)) + "\n"


def _share_lines(answers: Mapping[str, Any], given: Set[str]) -> list[str]:
    """``share_<type>``: the types given as counts of the total; the rest shares Middelstad's proportions."""
    mine = [t for t in HOUSEHOLD_TYPES if f"households.{t}" in given]
    if not mine:
        return [toml_line(f"share_{t}", DEFAULTS[f"population.share_{t}"], MIDDELSTAD) for t in HOUSEHOLD_TYPES]
    total, parts = answers["households.total"], sum(answers[f"households.{t}"] for t in mine)
    denominator = parts if len(mine) == len(HOUSEHOLD_TYPES) or parts >= total else total
    rest = [t for t in HOUSEHOLD_TYPES if t not in mine]
    rest_weight = sum(DEFAULTS[f"population.share_{t}"] for t in rest)
    lines = []
    for t in HOUSEHOLD_TYPES:
        if t in mine:
            count = answers[f"households.{t}"]
            lines.append(toml_line(f"share_{t}", count / denominator,
                                   f"{YOURS}: {count:,} of {denominator:,} households"))
        else:
            share = (1 - parts / denominator) * DEFAULTS[f"population.share_{t}"] / rest_weight
            lines.append(toml_line(f"share_{t}", share, f"{MIDDELSTAD} proportion of the households you did not break "
                               "down by type"))
    return lines


def _staff_line(domain: str, answers: Mapping[str, Any], given: Set[str]) -> str:
    """``professionals``, per 100,000 inhabitants in professionals of ``weekly_hours``, from the FTE given."""
    key = f"staff.{domain}"
    if key not in given:
        return toml_line("professionals", DEFAULTS[f"organisations.{domain}.professionals"],
                     f"{MIDDELSTAD} (per 100,000 inhabitants)")
    fte, hours = answers[key], answers.get("staff.fte_hours", FTE_HOURS)
    week, inhabitants = DEFAULTS[f"organisations.{domain}.weekly_hours"], answers["inhabitants"]
    per_100k = fte * hours / week * PER_INHABITANTS / inhabitants
    return toml_line("professionals", round(per_100k, 4),
                     f"{YOURS}: {fte:g} FTE of {hours:g} h = {fte * hours / week:.4g} professionals of {week:g} h, "
                     f"x 100,000 / {inhabitants:,} inhabitants")


def _observed_lines(answers: Mapping[str, Any], given: Set[str]) -> list[str]:
    """``[observed.*]`` tables with the figures given that no parameter holds (the model ignores them)."""
    lines, table = ["", OBSERVED_HEADER], ""
    for figure in (f for f in FIGURES if f.observed and f.key in given):
        head, _, key = figure.key.rpartition(".")
        if head != table:
            lines += ["", f"[observed.{head}]"]
            table = head
        lines.append(toml_line(key, answers[figure.key], f"{YOURS} ({figure.unit})"))
    return lines


def toml_line(key: str, value: Any, comment: str) -> str:
    """``key = value  # comment``, the value as TOML (also the calibrated values of ``integraal calibrate``)."""
    return f"{key} = {_toml(value)}  # {comment}"


def _toml(value: Any) -> str:
    """A TOML value: a text in quotes, a whole number, or a number rounded to nine decimals."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, int):
        return f"{value:_}"
    return repr(round(float(value), 9))
