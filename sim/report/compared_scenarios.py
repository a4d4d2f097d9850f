"""Which scenario each compared design ran, rebuilt from the experiment file in the results folder.

The run table holds KPIs, not parameters. To say what was compared (scenario names and
descriptions, the municipality, the parameters that differ between designs, the legal norms) the
report loads the experiment file the way the sweep did: the copy in the results folder first,
then the original path in the manifest. A story: ``headline`` names ``sectoraal``,
``integrale-toegang`` and ``vinkje``; all three extend ``middelstad.toml``, so the municipality is
Middelstad with 100,000 inhabitants, and the differing parameters are ``design.access`` and the
vinkje's sensitivity and specificity.

The scenario files are read as they are now: the appendix says so, and names the commit that
produced the results.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sim.params.errors import InputError
from sim.params.scenario import load_scenario, read_toml
from sim.study.experiment import load_experiment


@dataclass(frozen=True)
class DesignInfo:
    """One design of the results: its label and, when the scenario could be loaded, its values."""

    label: str
    name: str
    description: str
    access: str
    values: dict[str, Any] = field(default_factory=dict)
    municipality: str = ""
    observed: dict[str, Any] = field(default_factory=dict)
    """The municipality's own figures (the scenario's ``[observed]`` table), when it has them."""


def design_infos(folder: Path, manifest: dict, labels: list[str]) -> tuple[dict[str, DesignInfo], str]:
    """``({label: DesignInfo}, note)``; the note says why scenario values are missing, if they are."""
    experiment, note = _experiment(folder, manifest)
    found = {d.label: d for d in experiment.designs} if experiment else {}
    infos = {}
    for label in labels:
        design = found.get(label)
        infos[label] = _info(experiment, design) if design else DesignInfo(label, label, "", label)
    return infos, note


def _experiment(folder: Path, manifest: dict):
    candidates = [Path(folder) / "experiment.toml", Path(manifest.get("experiment", {}).get("file", ""))]
    problems = []
    for path in candidates:
        if path.name and path.is_file():
            try:
                return load_experiment(path), ""
            except InputError as exc:
                problems.append(str(exc))
    return None, "; ".join(problems) or "no experiment file found"


def _info(experiment, design) -> DesignInfo:
    scenario = load_scenario(design.scenario)
    horizon = {f"simulation.{k}": v for k, v in experiment.horizon.items()}
    scenario = scenario.with_overrides({**experiment.base, **design.values, **horizon}, experiment.path)
    return DesignInfo(design.label, scenario.name, scenario.description, str(scenario["design.access"]),
                      dict(scenario.values), _municipality(Path(design.scenario)), dict(scenario.observed))


def _municipality(path: Path) -> str:
    """The name of the first file in the ``extends`` chain that sets the inhabitants (the municipality).

    Middelstad's ``vinkje.toml`` extends ``middelstad.toml``, which sets them: "Middelstad". A
    scenario written by ``integraal gemeente init`` sets them itself, so it is its own municipality.
    """
    seen = set()
    while path.is_file() and path.resolve() not in seen:
        seen.add(path.resolve())
        raw = read_toml(path)
        if "extends" not in raw or "inhabitants" in raw.get("population", {}) or "population.inhabitants" in raw:
            return str(raw.get("name", path.stem))
        path = path.parent / raw["extends"]
    return ""


def differing(infos: dict[str, DesignInfo]) -> dict[str, dict[str, Any]]:
    """Parameters whose value is not the same in every design: ``{key: {label: value}}``."""
    loaded = [i for i in infos.values() if i.values]
    keys = sorted({k for i in loaded for k in i.values})
    return {k: {i.label: i.values.get(k) for i in loaded} for k in keys
            if len({repr(i.values.get(k)) for i in loaded}) > 1}


def shared_value(infos: dict[str, DesignInfo], key: str) -> Any:
    """The value of ``key`` when all designs agree on it, else None."""
    values = {repr(i.values[key]): i.values[key] for i in infos.values() if key in i.values}
    return next(iter(values.values())) if len(values) == 1 else None
