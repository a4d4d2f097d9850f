"""The layout shows the architecture, and the imports keep to it.

Story: a new maintainer opens ``sim/`` and sees the layers as folders: the vocabulary
(``domains``), the engine, the agents, the access designs and their steps, the parameters, the
output, the study layer, the report and the commands. These tests read every module's imports
(without importing anything) and fail when a module lands at the root, when a lower layer starts
to import a higher one, or when two modules import each other outside ``agents/`` (a household
and its needs know each other; nothing else should).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SIM = Path(__file__).resolve().parents[2] / "sim"
ROOT_MODULES = {"__init__", "__main__", "cli", "app", "model", "domains"}
"""The only modules at ``sim/``'s root: the command line, the live page, the wiring, the vocabulary."""
ALLOWED = {
    "sim": set(),
    "domains": set(),
    "engine": {"domains"},
    "agents": {"domains", "engine"},
    "access": {"domains", "engine", "agents"},
    "params": {"domains", "sim", "access"},  # access: only sim.access.registry, for design.access's choices
    "model": {"domains", "engine", "agents", "access", "params"},
    "output": {"domains", "agents", "params", "sim"},
    "study": {"domains", "model", "output", "params", "sim"},
    "report": {"domains", "output", "params", "study", "sim", "access"},  # access: only the registry (Dutch labels)
    "calibration": {"domains", "model", "output", "params", "study", "sim"},
    "live": {"domains", "engine", "agents", "access", "params", "model", "report", "sim"},
    "commands": {"domains", "output", "params", "report", "study", "calibration", "sim", "access", "live"},
    "cli": {"commands", "params"},
    "app": {"live"},
    "__main__": {"cli"},
}
"""Which layers each layer may import (``sim`` is the package itself: ``PROJECT_DIR``)."""


def module_name(path: Path, root: Path = SIM) -> str:
    """``sim/agents/need.py`` is ``sim.agents.need``; a package's ``__init__`` is the package."""
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path = SIM) -> dict[str, set[str]]:
    """Every module of the package and the package modules it imports anywhere in its text."""
    modules = {module_name(p, root): p for p in root.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        imported = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "sim":
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    imported.add(full if full in modules else node.module)
            elif isinstance(node, ast.Import):
                imported |= {a.name for a in node.names if a.name.split(".")[0] == "sim"}
        graph[name] = {m for m in imported if m in modules and m != name}
    return graph


def layer(module: str) -> str:
    """``sim.agents.need`` is in layer ``agents``; ``sim.model`` is its own layer; ``sim`` is ``sim``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Groups of modules that import each other, directly or round about (Tarjan's algorithm)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while not group or group[-1] != v:
                group.append(stack.pop())
                on_stack.discard(group[-1])
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


GRAPH = import_graph()


def test_only_the_wiring_and_the_vocabulary_stay_at_the_root():
    at_root = {p.stem for p in SIM.glob("*.py")}
    assert at_root == ROOT_MODULES


def test_no_import_cycle_outside_agents():
    outside = [group for group in cycles(GRAPH) if any(layer(m) != "agents" for m in group)]
    assert outside == []


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_a_layer_imports_only_the_layers_below_it(module):
    own = layer(module)
    allowed = ALLOWED[own] | {own}
    wrong = sorted(m for m in GRAPH[module] if layer(m) not in allowed)
    assert wrong == [], f"{module} ({own}) imports {wrong}"


def test_no_module_is_longer_than_three_hundred_lines():
    long = {module_name(p): n for p in SIM.rglob("*.py") if (n := len(p.read_text().splitlines())) > 300}
    assert long == {}


def test_the_checks_can_fail(tmp_path):
    """In a made-up package a cycle is found and a forbidden import is seen (the tests above can fail)."""
    package = tmp_path / "sim"
    (package / "output").mkdir(parents=True)
    (package / "output" / "a.py").write_text("from sim.output import b\n")
    (package / "output" / "b.py").write_text("import sim.output.a\n")
    (package / "model.py").write_text("from sim.output.a import x\n")
    graph = import_graph(package)
    assert cycles(graph) == [["sim.output.a", "sim.output.b"]]
    assert graph["sim.model"] == {"sim.output.a"}
    assert "output" not in ALLOWED[layer("sim.model")]


@pytest.mark.parametrize(("folder", "prefix"), [("agents", "test_agent_"), ("access/steps", "test_step_")])
def test_every_agent_and_step_module_has_a_unit_test_of_its_own(folder, prefix):
    """``sim/agents/need.py`` has ``tests/unit/test_agent_need.py``; a step has ``test_step_<name>.py``."""
    unit = Path(__file__).parent
    modules = sorted(p.stem for p in (SIM / folder).glob("*.py") if p.stem != "__init__")
    assert [m for m in modules if not (unit / f"{prefix}{m}.py").is_file()] == []
