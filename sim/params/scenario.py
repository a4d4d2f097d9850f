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

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from sim import PROJECT_DIR
from sim.params.catalogue import DEFAULTS
from sim.params.checks import check_cross_fields, validate_values
from sim.params.errors import InputError
from sim.params.observed import TABLE as OBSERVED
from sim.params.observed import check_observed, validate_observed
from sim.params.toml_lines import find_line, sets_key

META_KEYS = ("name", "description", "extends")
SCENARIO_DIR = PROJECT_DIR / "scenarios"


@dataclass(frozen=True)
class Scenario:
    """A validated set of parameter values, complete (every catalogue key has a value)."""

    name: str
    description: str
    path: str
    values: Mapping[str, Any] = field(repr=False)
    observed: Mapping[str, Any] = field(default=MappingProxyType({}), repr=False)
    """The municipality's own figures of the ``[observed]`` table (sim/params/observed.py); the model ignores them."""

    def __getitem__(self, key: str) -> Any:
        """The value of parameter ``key``."""
        return self.values[key]

    def with_overrides(self, overrides: Mapping[str, Any], source: str = "overrides") -> Scenario:
        """A copy with some values replaced; each is validated like a scenario file entry."""
        values = dict(self.values)
        values.update(self.checked_overrides(overrides, source))
        return Scenario(self.name, self.description, self.path, MappingProxyType(values), self.observed)

    def checked_overrides(self, overrides: Mapping[str, Any], source: str = "overrides") -> dict[str, Any]:
        """``overrides`` validated like scenario file entries and checked together with this scenario's values.

        What :meth:`with_overrides` puts in its copy, without the copy: a run plan checks a design
        point's factor values once and lays them over the design's values for each replication.
        """
        checked = validate_values(overrides, source)
        check_cross_fields({**self.values, **checked}, source)
        return checked


def resolve_path(name: str | Path) -> Path:
    """A scenario path as given, or a bundled scenario by its name (``vinkje`` or ``vinkje.toml``)."""
    path = Path(name)
    if _exists(path) or path.is_absolute() or path.parent != Path("."):
        return path
    stem = path.name if path.suffix == ".toml" else f"{path.name}.toml"
    return SCENARIO_DIR / stem


def load_scenario(name: str | Path, overrides: Mapping[str, Any] | None = None) -> Scenario:
    """Read, merge along the ``extends`` chain and validate a scenario file."""
    path = resolve_path(name)
    if not _exists(path) and path != Path(name):
        raise InputError(str(name), "-", "file not found, nor a bundled scenario of that name; expected a "
                         "TOML file or one of the names `integraal scenarios` lists")
    meta, values, chain = _load_chain(path, seen=())
    observed = meta.pop(OBSERVED, {})
    merged = dict(DEFAULTS)
    merged.update(values)
    scenario = Scenario(meta.get("name", path.stem), meta.get("description", ""), str(path),
                        MappingProxyType(merged), MappingProxyType(observed))
    try:
        check_cross_fields(merged, str(path))
        check_observed(observed, merged, str(path))
    except InputError as exc:
        raise _placed_in_chain(exc, chain) from None
    return scenario.with_overrides(overrides, "overrides") if overrides else scenario


def _load_chain(path: Path, seen: tuple[Path, ...]) -> tuple[dict, dict, list[Path]]:
    """Read ``path`` and the files it extends: their meta keys, flat values and the chain of files.

    Meta keys (with the figures of ``[observed]`` under ``observed``) and flat values of ``path``,
    with those of the files it extends underneath, and the chain of files, ``path`` first.
    """
    raw = read_toml(path)
    meta = {k: raw.pop(k) for k in META_KEYS if k in raw}
    try:
        _check_meta(path, meta)
        observed = _observed(raw.pop(OBSERVED, {}), path)
        values = validate_values(flatten(raw), str(path))
    except InputError as exc:
        raise _placed(exc, path) from None
    if "extends" not in meta:
        return {**meta, OBSERVED: observed}, values, [path]
    parent = _parent(path, meta["extends"], (*seen, path.resolve()))
    parent_meta, parent_values, chain = _load_chain(parent, (*seen, path.resolve()))
    observed = {**parent_meta.pop(OBSERVED), **observed}
    return {**parent_meta, **meta, OBSERVED: observed}, {**parent_values, **values}, [path, *chain]


def _observed(table: Any, path: Path) -> dict[str, Any]:
    """The ``[observed]`` table of one file, checked figure by figure (see sim/params/observed.py)."""
    if not isinstance(table, dict):
        raise InputError(str(path), OBSERVED, f"got {type(table).__name__} {table!r:.40}; expected a table "
                         "[observed] of your municipality's figures")
    return validate_observed(flatten(table), str(path))


def _parent(path: Path, name: str, seen: tuple[Path, ...]) -> Path:
    """The file ``extends`` names: next to ``path``, else a bundled scenario; never a cycle."""
    line = find_line(path, "extends")
    try:
        beside = path.parent / name
        parent = beside if beside.is_file() else resolve_path(name)
        found = parent.is_file()
    except (OSError, ValueError):
        found = False
    if not found:
        raise InputError(str(path), "extends", f"{name!r} not found next to this file nor among the bundled "
                         "scenarios; expected the file name of a scenario (see `integraal scenarios`)", line)
    if parent.resolve() in seen:
        names = " -> ".join(p.name for p in (*seen, parent.resolve()))
        raise InputError(str(path), "extends", f"the extends chain has a cycle ({names}); expected a chain that "
                         "ends in a file without extends", line)
    return parent


def _placed(exc: InputError, path: Path) -> InputError:
    """``exc`` with the line of its key in ``path`` (when it is about ``path`` and has none)."""
    if exc.line is not None or exc.file != str(path):
        return exc
    return exc.at(str(path), find_line(path, exc.key))


def _placed_in_chain(exc: InputError, chain: list[Path]) -> InputError:
    """A rule about merged values, placed in the nearest file of the chain that sets its key."""
    for path in chain:
        line = sets_key(path, exc.key)
        if line is not None:
            return exc.at(str(path), line)
    return _placed(exc, chain[0])


def read_toml(path: Path) -> dict:
    """Parse a TOML file, turning every failure into an InputError.

    A byte-order mark at the start (Notepad on Windows writes one) is read past, as ``utf-8-sig`` does.
    """
    if not is_readable_file(path):
        what = "is a folder, not a file" if _exists(path) else "file not found"
        raise InputError(str(path), "-", f"{what}; expected a TOML file, or the name of a bundled one")
    try:
        return tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    except tomllib.TOMLDecodeError as exc:
        text, line = _decode_position(str(exc))
        raise InputError(str(path), "-", f"malformed TOML: {text}; expected TOML "
                         "(key = value lines under [table] headers)", line) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), "-", f"cannot read: {exc}; expected a UTF-8 text file") from None


def is_readable_file(path: Path) -> bool:
    """``path.is_file()``, but False (not an error) for a name the file system cannot hold."""
    try:
        return path.is_file()
    except (OSError, ValueError):  # a name too long for the file system
        return False


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


def _decode_position(message: str) -> tuple[str, int | None]:
    """``Invalid value (at line 3, column 9)`` becomes (``Invalid value (column 9)``, 3)."""
    found = re.search(r"\(at line (\d+), column (\d+)\)", message)
    if not found:
        return message, None
    return message[:found.start()] + f"(column {found.group(2)})" + message[found.end():], int(found.group(1))


def _check_meta(path: Path, meta: dict) -> None:
    for key, value in meta.items():
        if not isinstance(value, str):
            raise InputError(str(path), key, f"got {type(value).__name__} {value!r:.40}; expected a text in quotes")


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
