"""The one registry of access designs: name, class, parameters, scenario file, Dutch label and text.

Every design module in ``sim/access/`` declares its own record at the top level::

    DESIGN = Design(name="vinkje", cls="Vinkje", label="Multiprobleemvinkje",
                    description="Alleen huishoudens met ... . Dat spaart overleg, maar ...",
                    params=("vinkje.", "broad_intake."))

The registry finds these records by reading the module files (``ast``), without importing them:
``integraal validate`` and ``integraal --help`` must stay instant and may not load Mesa, pandas
or the model, which a design module imports. The class is imported only when a model is built
(:meth:`Design.load`). So ``DESIGN = Design(...)`` must be written with literal values (strings
and tuples of strings), which a test checks against the record the imported module holds.

Adding a design is one module in ``sim/access/`` with a ``DESIGN`` record and its class, plus
its scenario file in ``scenarios/`` and a test. The catalogue (``design.access`` choices), the
CLI (``integraal scenarios``), the live page (``sim/app.py``) and ``docs/designs.md`` read this
registry. A design that lives elsewhere (a plug-in, a test's toy design) joins with
:func:`register`.
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import override

ACCESS_DIR = Path(__file__).resolve().parent
RECORD = "DESIGN"
"""The top-level name a design module binds its :class:`Design` record to."""


@dataclass(frozen=True)
class Design:
    """One access design.

    Args:
        name: the value of ``design.access`` in a scenario file (``vinkje``).
        cls: the name of the design's class in its module (``Vinkje``).
        label: a short Dutch label for the report and the live page (``Multiprobleemvinkje``).
        description: two plain Dutch sentences for a bestuurder: what happens, and what it costs
            or gains.
        params: the catalogue keys the design reads, or key prefixes ending in a dot
            (``"vinkje."`` stands for every ``vinkje.*`` key); world parameters every design
            reads (help, handover-free success, spillover) are not listed.
        scenario: the scenario file that shows the design: a bundled name (``vinkje`` is
            ``scenarios/vinkje.toml``) or a path; by default the design's name.
        module: the module that holds the class; filled in by the registry.
    """

    name: str
    cls: str
    label: str
    description: str
    params: tuple[str, ...] = ()
    scenario: str = ""
    module: str = ""

    def __post_init__(self) -> None:
        """A design without a ``scenario`` is shown by the scenario file of its own name."""
        if not self.scenario:
            object.__setattr__(self, "scenario", self.name)

    def load(self) -> type:
        """The design's class (imports its module)."""
        return getattr(importlib.import_module(self.module), self.cls)

    def reads(self, key: str) -> bool:
        """Whether catalogue ``key`` is one of the design's parameters."""
        return any(key == p or (p.endswith(".") and key.startswith(p)) for p in self.params)


def read_record(path: Path, module: str) -> Design | None:
    """The ``DESIGN`` record of the module file at ``path``, read without importing it.

    Args:
        path: the module file.
        module: the name the module is imported by when its class is needed.

    Returns:
        The record, or None when the file declares no design.
    """
    tree = ast.parse(Path(path).read_text(encoding="utf-8"), str(path))
    for node in tree.body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == [RECORD]:
            call = node.value
            if not (isinstance(call, ast.Call) and getattr(call.func, "id", None) == Design.__name__):
                raise ValueError(f"{path}: {RECORD} must be a call Design(...) with keyword arguments")
            fields = {kw.arg: ast.literal_eval(kw.value) for kw in call.keywords}
            return Design(**fields, module=module)
    return None


@cache
def _bundled() -> dict[str, Design]:
    """The designs of ``sim/access/``, read once."""
    found = {}
    for path in sorted(ACCESS_DIR.glob("*.py")):
        design = read_record(path, f"{__package__}.{path.stem}")
        if design is not None:
            found[design.name] = design
    return found


_registered: dict[str, Design] = {}


def register(path: str | Path) -> Design:
    """Add the design declared in the module file at ``path`` (outside ``sim/access/``).

    The module is imported by its file name, so its folder must be on ``sys.path`` when a model
    is built. A story: a test writes ``toy_door.py`` with a ``DESIGN`` record and a class to a
    temporary folder, registers it, and finds ``toy-door`` in ``integraal scenarios``.
    """
    path = Path(path)
    design = read_record(path, path.stem)
    if design is None:
        raise ValueError(f"{path}: no {RECORD} = Design(...) record")
    if design.name in designs():
        raise ValueError(f"{path}: design {design.name!r} already exists")
    _registered[design.name] = design
    return design


def unregister(name: str) -> None:
    """Remove a design added with :func:`register` (a test cleans up after itself)."""
    del _registered[name]


def designs() -> dict[str, Design]:
    """Every design by name: the bundled ones in alphabetical order, then the registered ones."""
    return {**dict(sorted(_bundled().items())), **_registered}


def design(name: str) -> Design:
    """The design called ``name``; a KeyError lists the known names."""
    try:
        return designs()[name]
    except KeyError:
        raise KeyError(f"no access design {name!r}; known: {', '.join(designs())}") from None


class DesignNames(Sequence):
    """The design names as a live, read-only sequence: a design registered later is in it too.

    The catalogue uses it as the choices of ``design.access``, so a scenario may name a
    registered design.
    """

    @override
    def __getitem__(self, index):
        return tuple(designs())[index]

    @override
    def __iter__(self):
        return iter(tuple(designs()))

    @override
    def __contains__(self, name) -> bool:
        return name in designs()

    @override
    def __len__(self) -> int:
        return len(designs())

    @override
    def __repr__(self) -> str:
        return f"DesignNames{tuple(designs())}"


DESIGN_NAMES = DesignNames()
"""The values ``design.access`` accepts."""


def markdown_table() -> str:
    """The table of designs in ``docs/designs.md`` (``integraal scenarios --markdown`` prints it)."""
    lines = ["| design.access | class | scenario | own parameters | label | beschrijving |",
             "|---|---|---|---|---|---|"]
    for d in designs().values():
        params = ", ".join(f"`{p}*`" if p.endswith(".") else f"`{p}`" for p in d.params) or "-"
        lines.append(f"| {d.name} | `{d.module}.{d.cls}` | {d.scenario} | {params} | {d.label} | {d.description} |")
    return "\n".join(lines)
