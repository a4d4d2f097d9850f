"""Docs: docs/gemeente.md names every figure `integraal gemeente init` asks for, and its examples exist."""

from sim import PROJECT_DIR
from sim.params.figures import FIGURES

DOC = (PROJECT_DIR / "docs" / "gemeente.md").read_text()


def test_every_figure_is_in_the_table():
    def named(key):
        return f"`{key}`" in DOC or f"`.{key.rpartition('.')[2]}`" in DOC
    assert [f.key for f in FIGURES if not named(f.key)] == []


def test_the_examples_it_names_exist_and_say_they_are_invented():
    for name in ("voorbeeldstad.toml", "voorbeeldstad-aan-zee.toml"):
        assert f"examples/gemeente/{name}" in DOC
        assert "INVENTED" in (PROJECT_DIR / "examples" / "gemeente" / name).read_text()
