"""Documentation: every ``sim.…`` name and code path in the docs exists, and every ODD section is there.

A renamed function or a moved module would otherwise leave the model description, the README or a
doc pointing at nothing; these tests name the missing one. The Layout tree (README and ODD) must
list every subpackage of ``sim/`` and every module at its root, and nothing that is not there.
"""

from __future__ import annotations

import importlib
import re

import pytest

from sim import PROJECT_DIR

ODD = PROJECT_DIR / "docs" / "ODD.md"
README = PROJECT_DIR / "README.md"
DOCS = [README, *sorted((PROJECT_DIR / "docs").glob("*.md")), PROJECT_DIR / "benchmarks" / "README.md"]
CODE_PATH = re.compile(r"(?<![\w/.-])((?:sim|tests)/[\w./-]*\w)")
"""A path into the code or the tests (``sim/access/steps/handover.py``, ``tests/unit/``); paths into
``scenarios/`` or ``results/`` in the docs are often examples of a user's own files."""
SECTIONS = ("Purpose and patterns", "Entities, state variables and scales", "Process overview and scheduling",
            "Design concepts", "Initialisation", "Input data", "Submodels")


def named_objects(text: str) -> list[str]:
    """Dotted names in backticks that start with ``sim.``, e.g. `sim.agents.need.Need.schedule_transition`."""
    return sorted(set(re.findall(r"`(sim(?:\.\w+)+)`", text)))


def resolve(dotted: str):
    """Import the longest module prefix of ``dotted`` and get the rest as attributes."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for attr in parts[cut:]:
            obj = getattr(obj, attr)
        return obj
    raise ModuleNotFoundError(dotted)


def layout_paths(text: str) -> list[str]:
    """The paths in the code block under a ``## Layout`` heading: two spaces of indent per folder level."""
    block = re.search(r"^## Layout.*?\n```\n(.*?)```", text, flags=re.M | re.S).group(1)
    paths, parents = [], []
    for line in block.splitlines():
        depth = (len(line) - len(line.lstrip())) // 2
        names = []
        for part in re.split(r"\s{2,}", line.strip()):
            if not re.fullmatch(r"[\w.]+/|[\w]+\.py", part):
                break
            names.append(part)
        if not names:
            continue  # a description's second line
        del parents[depth:]
        paths += ["".join(parents) + name for name in names]
        if names[-1].endswith("/"):
            parents.append(names[-1])
    return paths


def test_odd_has_every_section():
    """The ODD has the seven numbered sections of the protocol."""
    headings = re.findall(r"^## \d+\. (.+)$", ODD.read_text(encoding="utf-8"), flags=re.M)
    assert [s for s in SECTIONS if s not in headings] == []


def test_odd_names_the_implementing_function_of_many_submodels():
    """The ODD names at least 40 functions or classes."""
    assert len(named_objects(ODD.read_text(encoding="utf-8"))) >= 40


@pytest.mark.parametrize("dotted", named_objects(ODD.read_text(encoding="utf-8")))
def test_every_name_in_odd_exists(dotted):
    """Each ``sim.…`` name in the ODD imports."""
    assert resolve(dotted) is not None


def test_resolve_rejects_a_name_that_does_not_exist():
    """The check can fail: a missing method is not resolved."""
    with pytest.raises(AttributeError):
        resolve("sim.agents.need.Need.no_such_method")


@pytest.mark.parametrize("doc", [README, ODD], ids=lambda p: p.name)
def test_layout_tree_lists_what_exists(doc):
    """The Layout tree names only existing paths, and every subpackage and root module of sim/."""
    listed = layout_paths(doc.read_text(encoding="utf-8"))
    assert [p for p in listed if not (PROJECT_DIR / p).exists()] == []
    sim = PROJECT_DIR / "sim"
    actual = [f"{d.relative_to(PROJECT_DIR)}/" for d in sim.rglob("*") if (d / "__init__.py").is_file()]
    actual += [f"sim/{f.name}" for f in sim.glob("*.py")]
    assert sorted(set(actual) - set(listed)) == []


def test_layout_trees_of_readme_and_odd_agree():
    """README and ODD show the same Layout tree."""
    assert layout_paths(README.read_text(encoding="utf-8")) == layout_paths(ODD.read_text(encoding="utf-8"))


def test_layout_paths_reads_nested_folders():
    """The tree reader builds paths from indentation and reads several names on a line."""
    text = "## Layout\n\n```\nsim/\n  a.py    text\n  b/      text\n    c/    more\n  d/\nx/  y/\n```\n"
    assert layout_paths(text) == ["sim/", "sim/a.py", "sim/b/", "sim/b/c/", "sim/d/", "x/", "y/"]


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(PROJECT_DIR)))
def test_every_code_path_in_the_docs_exists(doc):
    """Paths such as ``sim/params/catalogue.py`` or ``tests/docs/test_odd.py`` in the docs exist."""
    named = set(CODE_PATH.findall(doc.read_text(encoding="utf-8")))
    assert sorted(p for p in named if not (PROJECT_DIR / p).exists()) == []


@pytest.mark.parametrize("doc", [d for d in DOCS if d != ODD], ids=lambda p: str(p.relative_to(PROJECT_DIR)))
def test_every_name_in_the_docs_exists(doc):
    """The ``sim.…`` names of README and docs/*.md (the ODD's are checked one by one above)."""
    missing = []
    for dotted in named_objects(doc.read_text(encoding="utf-8")):
        try:
            resolve(dotted)
        except (ModuleNotFoundError, AttributeError):
            missing.append(dotted)
    assert missing == []
