"""Experiment files: which designs to compare, which parameters to vary, how often, how long.

A story: ``experiments/vinkje-nauwkeurigheid.toml`` asks how much the multiprobleem vinkje loses
when the flag gets worse. It names the designs (``sectoraal`` as reference, ``vinkje``), one
factor per flag accuracy with its levels, a full-factorial sampling, 10 replications and a
root seed. :func:`load_experiment` reads and checks the whole file before anything runs, and
raises :class:`InputError` (one line, ``FILE: KEY: problem``) on the first thing wrong.

The file format is described in ``docs/experiments.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sim import PROJECT_DIR
from sim.params.errors import InputError
from sim.params.scenario import flatten, is_readable_file, read_toml, resolve_path, validate_values
from sim.params.toml_lines import find_line
from sim.study.factors import Factor, read_factors
from sim.study.plan_size import MAX_RUNS, check_sensitivity_size, check_size

EXPERIMENT_DIR = PROJECT_DIR / "experiments"
TOP_KEYS = {"name", "description", "designs", "reference", "replications", "seed", "base", "horizon",
            "factors", "sampling", "record", "reproduce", "sensitivity"}
SAMPLING_METHODS = ("factorial", "lhs", "sobol")
LABEL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


@dataclass(frozen=True)
class Design:
    """One compared design: a scenario file, a label, extra values and whether factors apply."""

    label: str
    scenario: str
    values: dict[str, Any] = field(default_factory=dict)
    vary: bool = True


@dataclass(frozen=True)
class Experiment:
    """A validated experiment file."""

    path: str
    name: str
    description: str
    designs: tuple[Design, ...]
    reference: str
    replications: int
    seed: int
    base: dict[str, Any]
    horizon: dict[str, float]
    factors: tuple[Factor, ...]
    sampling: dict[str, Any]
    record_weekly: bool
    reproduce: dict[str, Any]
    sensitivity: dict[str, Any]

    def error(self, key: str, message: str) -> InputError:
        """An input error at ``key`` of the experiment file, with its line."""
        return InputError(self.path, key, message, find_line(self.path, key))


def resolve_experiment(name: str | Path) -> Path:
    """An experiment path as given, or a bundled one by name (``headline``)."""
    path = Path(name)
    if is_readable_file(path) or path.parent != Path("."):
        return path
    return EXPERIMENT_DIR / (path.name if path.suffix == ".toml" else f"{path.name}.toml")


def load_experiment(name: str | Path) -> Experiment:
    """Read and check an experiment file; every problem is an InputError naming file, line and key."""
    path = resolve_experiment(name)
    if not is_readable_file(path) and path != Path(name):
        raise InputError(str(name), "-", "file not found, nor a bundled experiment of that name; expected a "
                         "TOML file or the name of a file in experiments/")
    raw = read_toml(path)
    try:
        experiment = _experiment(raw, path)
        if experiment.sensitivity:
            from sim.study.global_sensitivity import settings

            check_sensitivity_size(experiment, settings(experiment))
        return experiment
    except InputError as exc:
        if exc.line is None and exc.file == str(path):
            raise exc.at(exc.file, find_line(path, exc.key)) from None
        raise


def _experiment(raw: dict, path: Path) -> Experiment:
    src = str(path)
    unknown = sorted(set(raw) - TOP_KEYS)
    if unknown:
        raise InputError(src, unknown[0], f"unknown key (known: {', '.join(sorted(TOP_KEYS))})")
    designs = _designs(raw.get("designs"), path)
    reference = _string(raw.get("reference", designs[0].label), src, "reference")
    if reference not in {d.label for d in designs}:
        raise InputError(src, "reference", f"{reference!r} is not one of the designs; expected one of: "
                         + ", ".join(d.label for d in designs))
    experiment = Experiment(
        path=src, name=_string(raw.get("name", path.stem), src, "name"),
        description=_string(raw.get("description", ""), src, "description"),
        designs=designs, reference=reference,
        replications=_integer(raw.get("replications", 1), src, "replications", 1),
        seed=_integer(raw.get("seed", 0), src, "seed", 0),
        base=validate_values(flatten(_table(raw, "base", src)), src, "base."),
        horizon=_horizon(_table(raw, "horizon", src), src),
        factors=read_factors(_table(raw, "factors", src), src),
        sampling=_sampling(_table(raw, "sampling", src), src),
        record_weekly=_record(_table(raw, "record", src), src),
        reproduce=_reproduce(_table(raw, "reproduce", src), src, designs),
        sensitivity=_table(raw, "sensitivity", src),
    )
    return experiment if experiment.sensitivity else check_size(experiment)


def _designs(entries: Any, path: Path) -> tuple[Design, ...]:
    src = str(path)
    if not isinstance(entries, list) or not entries:
        raise InputError(src, "designs", "expected a non-empty list of scenario names or tables")
    designs = tuple(_design(entry, path, i) for i, entry in enumerate(entries))
    labels = [d.label for d in designs]
    dupes = sorted({label for label in labels if labels.count(label) > 1})
    if dupes:
        raise InputError(src, "designs", f"label {dupes[0]!r} used twice; give each a distinct label")
    return designs


def _design(entry: Any, path: Path, i: int) -> Design:
    src, key = str(path), f"designs[{i}]"
    if isinstance(entry, str):
        entry = {"scenario": entry}
    if not isinstance(entry, dict) or not isinstance(entry.get("scenario"), str):
        raise InputError(src, key, 'expected a scenario name or a table with scenario = "..."')
    extra = sorted(set(entry) - {"scenario", "label", "set", "vary"})
    if extra:
        raise InputError(src, f"{key}.{extra[0]}", "unknown key (known: scenario, label, set, vary)")
    scenario = _scenario_path(entry["scenario"], path, key)
    label = entry.get("label", Path(scenario).stem)
    if not isinstance(label, str) or not LABEL.match(label):
        raise InputError(src, f"{key}.label", f"{label!r} is not a usable label (letters, digits, - _ .)")
    vary = entry.get("vary", True)
    if not isinstance(vary, bool):
        raise InputError(src, f"{key}.vary", "expected true or false")
    values = validate_values(flatten(_table(entry, "set", src, key)), src, f"{key}.set.")
    return Design(label, scenario, values, vary)


def _scenario_path(name: str, path: Path, key: str) -> str:
    beside = path.parent / name
    found = beside if is_readable_file(beside) else resolve_path(name)
    if not is_readable_file(found):
        raise InputError(str(path), f"{key}.scenario", f"scenario {name!r} not found; expected a scenario file "
                         "next to this experiment or a bundled name (see `integraal scenarios`)")
    return str(found)


def _horizon(table: dict, src: str) -> dict[str, float]:
    checked = {}
    for key, value in table.items():
        if key not in ("years", "warmup_years"):
            raise InputError(src, f"horizon.{key}", "unknown key (known: years, warmup_years)")
        try:
            checked[key] = validate_values({f"simulation.{key}": value}, src)[f"simulation.{key}"]
        except InputError as exc:
            raise InputError(src, f"horizon.{key}", exc.message) from None
    return checked


def _sampling(table: dict, src: str) -> dict[str, Any]:
    sampling = {"method": "factorial", "points": None, "levels": None, **table}
    extra = sorted(set(sampling) - {"method", "points", "levels"})
    if extra:
        raise InputError(src, f"sampling.{extra[0]}", "unknown key (known: method, points, levels)")
    if sampling["method"] not in SAMPLING_METHODS:
        raise InputError(
            src, "sampling.method", f"got {sampling['method']!r}; expected one of: {', '.join(SAMPLING_METHODS)}"
        )
    for key in ("points", "levels"):
        if sampling[key] is not None:
            _integer(sampling[key], src, f"sampling.{key}", 1)
    if sampling["method"] != "factorial" and sampling["points"] is None:
        raise InputError(src, "sampling.points", f"{sampling['method']} sampling needs points = N")
    return sampling


def _record(table: dict, src: str) -> bool:
    extra = sorted(set(table) - {"weekly"})
    if extra:
        raise InputError(src, f"record.{extra[0]}", "unknown key (known: weekly; KPIs are always recorded)")
    weekly = table.get("weekly", False)
    if not isinstance(weekly, bool):
        raise InputError(src, "record.weekly", "expected true or false")
    return weekly


def _reproduce(table: dict, src: str, designs: tuple[Design, ...]) -> dict[str, Any]:
    out = {"replications": None, "designs": None, "points": None, "rtol": 1e-9, "atol": 1e-12, **table}
    extra = sorted(set(out) - {"replications", "designs", "points", "rtol", "atol"})
    if extra:
        raise InputError(src, f"reproduce.{extra[0]}", "unknown key (known: replications, designs, points, rtol, atol)")
    if out["replications"] is not None:
        _integer(out["replications"], src, "reproduce.replications", 1)
    labels = {d.label for d in designs}
    if out["designs"] is not None and (not isinstance(out["designs"], list) or set(out["designs"]) - labels):
        raise InputError(src, "reproduce.designs", f"expected a list of design labels from {sorted(labels)}")
    if out["points"] is not None and not all(isinstance(p, int) and p >= 0 for p in out["points"]):
        raise InputError(src, "reproduce.points", "expected a list of design point numbers (0, 1, ...)")
    for key in ("rtol", "atol"):
        if not isinstance(out[key], (int, float)) or isinstance(out[key], bool) or out[key] < 0:
            raise InputError(src, f"reproduce.{key}", "expected a number >= 0")
    return out


def _table(raw: dict, key: str, src: str, prefix: str = "") -> dict:
    value = raw.get(key, {})
    if not isinstance(value, dict):
        raise InputError(src, f"{prefix}.{key}" if prefix else key, "expected a table")
    return value


def _string(value: Any, src: str, key: str) -> str:
    if not isinstance(value, str):
        raise InputError(src, key, f"expected a string, got {type(value).__name__}")
    return value


def _integer(value: Any, src: str, key: str, low: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < low:
        raise InputError(src, key, f"expected a whole number >= {low}, got {value!r}")
    return value


def adhoc_experiment(scenarios: list[str], *, replications: int, seed: int, horizon: dict[str, float],
                     base: dict[str, Any], source: str = "command line") -> Experiment:
    """The experiment of ``integraal compare``, built from command-line arguments.

    An experiment built from command-line arguments (``integraal compare``): no factors,
    the first scenario is the reference.
    """
    if not 1 <= replications <= MAX_RUNS:
        raise InputError(source, "--replications",
                         f"expected a whole number from 1 to {MAX_RUNS:,}, got {replications:,}")
    if seed < 0:
        raise InputError(source, "--seed", f"expected a whole number >= 0, got {seed}")
    designs = []
    for name in scenarios:
        path = resolve_path(name)
        if not is_readable_file(path):
            raise InputError(str(name), "-", "file not found, nor a bundled scenario of that name; expected a "
                             "TOML file or one of the names `integraal scenarios` lists")
        designs.append(Design(path.stem, str(path)))
    if len({d.label for d in designs}) < len(designs):
        raise InputError(source, "SCENARIO", "a scenario is named twice")
    if len(designs) * replications > MAX_RUNS:
        raise InputError(source, "--replications", f"{len(designs)} scenarios x {replications:,} replications is "
                         f"{len(designs) * replications:,} runs; expected at most {MAX_RUNS:,} runs")
    checked = {k: validate_values({f"simulation.{k}": v}, source)[f"simulation.{k}"] for k, v in horizon.items()}
    return Experiment(path=source, name="compare", description="", designs=tuple(designs),
                      reference=designs[0].label, replications=replications, seed=seed,
                      base=validate_values(base, source), horizon=checked, factors=(),
                      sampling={"method": "factorial", "points": None, "levels": None}, record_weekly=False,
                      reproduce={}, sensitivity={})
