"""Scenario files: TOML that overrides catalogue values, with ``extends`` to build on another file.

A scenario file for a municipality sets who lives there and who works there; a design file
extends it and switches on one access design::

    # scenarios/vinkje.toml
    extends = "middelstad.toml"
    name = "Multiprobleem vinkje"
    [design]
    access = "vinkje"

Loading checks every key, type and range before anything runs and raises :class:`InputError`
naming the file and the key.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from sim.catalogue import CATALOGUE, DEFAULTS
from sim.domains import DOMAINS, HOUSEHOLD_TYPES
from sim.errors import InputError

META_KEYS = ("name", "description", "extends")
SCENARIO_DIR = Path(__file__).resolve().parent.parent / "scenarios"


@dataclass(frozen=True)
class Scenario:
    """A validated set of parameter values, complete (every catalogue key has a value)."""

    name: str
    description: str
    path: str
    values: Mapping[str, Any] = field(repr=False)

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def with_overrides(self, overrides: Mapping[str, Any], source: str = "overrides") -> Scenario:
        """A copy with some values replaced; each is validated like a scenario file entry."""
        values = dict(self.values)
        values.update(validate_values(overrides, source))
        check_cross_fields(values, source)
        return Scenario(self.name, self.description, self.path, MappingProxyType(values))


def resolve_path(name: str | Path) -> Path:
    """A scenario path as given, or a bundled scenario by its name (``vinkje`` or ``vinkje.toml``)."""
    path = Path(name)
    if path.exists() or path.is_absolute() or path.parent != Path("."):
        return path
    stem = path.name if path.suffix == ".toml" else f"{path.name}.toml"
    return SCENARIO_DIR / stem


def load_scenario(name: str | Path, overrides: Mapping[str, Any] | None = None) -> Scenario:
    """Read, merge along the ``extends`` chain and validate a scenario file."""
    path = resolve_path(name)
    meta, values = _load_chain(path, seen=())
    merged = dict(DEFAULTS)
    merged.update(values)
    scenario = Scenario(meta.get("name", path.stem), meta.get("description", ""), str(path),
                        MappingProxyType(merged))
    check_cross_fields(merged, str(path))
    return scenario.with_overrides(overrides, "overrides") if overrides else scenario


def _load_chain(path: Path, seen: tuple[Path, ...]) -> tuple[dict, dict]:
    """Meta keys and flat values of ``path``, with those of the files it extends underneath."""
    raw = read_toml(path)
    if path.resolve() in seen:
        raise InputError(str(path), "extends", "the extends chain has a cycle")
    meta = {k: raw.pop(k) for k in META_KEYS if k in raw}
    _check_meta(path, meta)
    values = validate_values(flatten(raw), str(path))
    if "extends" not in meta:
        return meta, values
    parent_meta, parent_values = _load_chain(path.parent / meta["extends"], seen + (path.resolve(),))
    return {**parent_meta, **meta}, {**parent_values, **values}


def read_toml(path: Path) -> dict:
    """Parse a TOML file, turning every failure into an InputError."""
    if not path.is_file():
        raise InputError(str(path), "-", "file not found")
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(str(path), "-", f"malformed TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), "-", f"cannot read: {exc}") from None


def _check_meta(path: Path, meta: dict) -> None:
    for key, value in meta.items():
        if not isinstance(value, str):
            raise InputError(str(path), key, f"expected a string, got {type(value).__name__}")


def flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"needs": {"debt": {"onset_per_year": 1}}}`` becomes ``{"needs.debt.onset_per_year": 1}``."""
    flat: dict[str, Any] = {}
    for key, value in table.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, dotted + "."))
        else:
            flat[dotted] = value
    return flat


def validate_values(values: Mapping[str, Any], source: str) -> dict[str, Any]:
    """Check each dotted key against the catalogue; return the values in their declared types."""
    checked = {}
    for key, value in values.items():
        param = CATALOGUE.get(key)
        if param is None:
            raise InputError(source, key, "unknown key" + _did_you_mean(key))
        problem = param.check(value)
        if problem:
            raise InputError(source, key, problem)
        checked[key] = param.coerce(value)
    return checked


def _did_you_mean(key: str) -> str:
    import difflib

    close = difflib.get_close_matches(key, CATALOGUE.keys(), n=1)
    return f" (did you mean {close[0]}?)" if close else ""


def check_cross_fields(values: Mapping[str, Any], source: str) -> None:
    """Rules that involve several keys at once."""
    total = sum(values[f"population.share_{t}"] for t in HOUSEHOLD_TYPES)
    if abs(total - 1.0) > 1e-6:
        raise InputError(source, "population.share_*", f"household type shares sum to {total:g}, not 1")
    for domain in DOMAINS:
        if values[f"intake.{domain}.hours"] > 0 and values[f"intake.{domain}.days"] <= 0:
            raise InputError(source, f"intake.{domain}.days", "must be above 0 when intake hours are above 0")
    if values["simulation.mode"] == "mmc" and values["mmc.servers"] < 1:
        raise InputError(source, "mmc.servers", "mode mmc needs at least 1 server")
