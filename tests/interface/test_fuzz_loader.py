"""Interface (fuzz): thousands of broken scenario and experiment files, never a traceback, never a run.

Each generated file breaks exactly one rule on purpose (an unknown key, a wrong type, a value out
of range, a wrong choice, broken TOML syntax, shares that do not sum to 1, a missing or circular
``extends``, ...). The loader must answer with an :class:`InputError` whose one-line text starts
with the file name, names the broken key and, when it gives a line, points at a line that holds
that key. A handful of the same files go through the real command line in a subprocess: exit 2,
one line on stderr naming the file, no output folder.
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sim import PROJECT_DIR
from sim.params.catalogue import CATALOGUE
from sim.params.errors import InputError
from sim.params.scenario import load_scenario
from sim.study.experiment import load_experiment

NUMERIC = sorted(k for k, p in CATALOGUE.items() if p.kind in (int, float))
BOUNDED = sorted(k for k in NUMERIC if CATALOGUE[k].bounds != (None, None))
CHOICES = sorted(k for k, p in CATALOGUE.items() if p.choices)
ALL_KEYS = sorted(CATALOGUE)
TABLES = sorted({k.split(".")[0] for k in CATALOGUE})
VALID = '# a scenario that breaks one rule\nextends = "middelstad.toml"\nname = "Fuzz"\n'
FAST = settings(max_examples=1000, deadline=None, suppress_health_check=list(HealthCheck))


def toml_value(value) -> str:
    """A Python value as a TOML literal (enough for the values generated here)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf") if math.isinf(value) else repr(value)
    if isinstance(value, (int, str)):
        return str(value) if isinstance(value, int) else '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "{ x = 1 }"


def setting(key: str, value, header: bool = False) -> str:
    """``key = value`` as a dotted key, or under its own ``[table]`` header."""
    table, _, name = key.rpartition(".")
    if header and table:
        return f"\n[{table}]\n{name} = {toml_value(value)}\n"
    return f"{key} = {toml_value(value)}\n"


# --- one broken rule per strategy: (file text, the key the message must name) ------------------
names = st.from_regex(r"[a-z][a-z_]{0,12}", fullmatch=True)


@st.composite
def unknown_key(draw):
    """A scenario with a key the catalogue does not know."""
    key = f"{draw(st.sampled_from(TABLES))}.{draw(names)}" if draw(st.booleans()) else draw(names)
    if key in CATALOGUE or key in ("name", "description", "extends") or key in TABLES:
        key += "_x"
    return VALID + setting(key, draw(st.integers(0, 9)), draw(st.booleans())), key


@st.composite
def wrong_type(draw):
    """A scenario with a value of the wrong type."""
    key = draw(st.sampled_from(ALL_KEYS))
    kind = CATALOGUE[key].kind
    wrong = {int: [1.5, "many", [1, 2], True], float: ["fast", [0.5], False], str: [3, 0.5, ["a"], True],
             bool: [1, "yes", 0.0]}[kind]
    return VALID + setting(key, draw(st.sampled_from(wrong)), draw(st.booleans())), key


@st.composite
def out_of_range(draw):
    """A scenario with a value outside its parameter's bounds."""
    key = draw(st.sampled_from(BOUNDED))
    param = CATALOGUE[key]
    low, high = param.bounds
    sides = [s for s, b in (("low", low), ("high", high)) if b is not None]
    side = draw(st.sampled_from(sides))
    step = draw(st.sampled_from([1, 7, 1000, 10 ** 9]))
    value = (low - step) if side == "low" else (high + step)
    value = int(value) if param.kind is int else float(value)
    if param.kind is float and draw(st.booleans()):
        value = draw(st.sampled_from([math.nan, math.inf, -math.inf]))
    return VALID + setting(key, value, draw(st.booleans())), key


@st.composite
def bad_choice(draw):
    """A scenario with a value that is not one of the parameter's choices."""
    key = draw(st.sampled_from(CHOICES))
    value = draw(st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=20))
    if value in CATALOGUE[key].choices:
        value += "?"
    return VALID + setting(key, value, draw(st.booleans())), key


@st.composite
def broken_syntax(draw):
    """A file that is not valid TOML."""
    breakage = draw(st.sampled_from([
        "[population\ninhabitants = 3\n", "inhabitants = \n", 'name = "unterminated\n', "[population]\n",
        "= 4\n", "[[population]]\nx = 1\n", "a = 1\na = 2\n", "x = [1, 2\n", "x = 1979-13-45\n",
        "x = { a = 1\n", "\x00\n", "x = 'it''s'\n", "[ ]\n", "x.y = 1\nx = 2\n"]))
    return VALID + "population.inhabitants = 4000\n" + breakage, "-"


@st.composite
def shares_off(draw):
    """A scenario whose household type shares do not sum to 1."""
    share = draw(st.floats(0, 1).filter(lambda s: abs(s - 0.25) > 1e-5))
    return VALID + f"population.share_single = {share!r}\n", "population.share_*"


@st.composite
def bad_meta_or_chain(draw):
    """A scenario with a broken ``extends`` chain, a bad name or description, or values that contradict."""
    return draw(st.sampled_from([
        ('extends = "no-such-scenario.toml"\n', "extends"),
        ("extends = 5\n", "extends"),
        ('extends = "fuzz.toml"\n', "extends"),  # extends itself: a cycle
        ('extends = "middelstad.toml"\nname = 3\n', "name"),
        ('extends = "middelstad.toml"\ndescription = ["a"]\n', "description"),
        ('extends = "middelstad.toml"\n[intake.debt]\nhours = 2.0\ndays = 0.0\n', "intake.debt.days"),
        ('extends = "middelstad.toml"\n[norms.wmo]\ndays = 0.0\n', "norms.wmo.days"),
        ('extends = "middelstad.toml"\n[simulation]\nwarmup_years = 0.0\nyears = 0.01\n', "simulation.years"),
        ('extends = "mmc.toml"\n[mmc]\nservers = 0\n', "mmc.servers"),
    ]))


BAD_FILES = st.one_of(unknown_key(), wrong_type(), out_of_range(), bad_choice(), broken_syntax(), shares_off(),
                      bad_meta_or_chain())


def check_message(error: InputError, path: Path, key: str | None) -> None:
    """One line, starting with the file; the key when known; the line number points at the key."""
    text = str(error)
    assert "\n" not in text and len(text.splitlines()) == 1
    found = re.match(rf"^{re.escape(str(path))}(?::(\d+))?: (.+?): (.+)$", text)
    assert found, text
    if key is not None:
        assert found.group(2) == key, text
    line = found.group(1)
    if line and key not in (None, "-"):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert key.rstrip("*").split(".")[-1].rstrip("_") in lines[int(line) - 1] or "[" in lines[int(line) - 1], text


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """A folder for the module's generated files."""
    return tmp_path_factory.mktemp("fuzz")


@FAST
@given(BAD_FILES)
def test_a_thousand_broken_scenario_files_each_give_one_line_naming_file_and_key(folder, case):
    """Each broken file gives one line naming file and key."""
    text, key = case
    path = folder / "fuzz.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_scenario(path)
    check_message(caught.value, path, key)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.one_of(st.binary(max_size=200), st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_arbitrary_bytes_are_a_valid_scenario_or_an_input_error_never_a_crash(folder, data):
    """Random bytes load or give an InputError."""
    path = folder / "noise.toml"
    path.write_bytes(data)
    try:
        load_scenario(path)
    except InputError as error:
        assert len(str(error).splitlines()) == 1 and str(error).startswith(str(path))


EXPERIMENT = """name = "fuzz"
designs = ["sectoraal", "vinkje"]
replications = 2
seed = 3

[base]
population.inhabitants = 4000

[horizon]
years = 0.5

[factors]
"vinkje.sensitivity" = [0.5, 0.9]
"""

EXPERIMENT_BREAKS = st.sampled_from([
    ("replications = 2", "replications = -1", "replications"),
    ("replications = 2", 'replications = "two"', "replications"),
    ("seed = 3", "seed = 3.5", "seed"),
    ('designs = ["sectoraal", "vinkje"]', "designs = []", "designs"),
    ('designs = ["sectoraal", "vinkje"]', 'designs = ["sectoraal", "sectoraal"]', "designs"),
    ('designs = ["sectoraal", "vinkje"]', 'designs = ["sectoraal", "geen-ontwerp"]', "designs[1].scenario"),
    ('designs = ["sectoraal", "vinkje"]', 'designs = ["sectoraal", { scenario = "vinkje", label = "a b" }]',
     "designs[1].label"),
    ("population.inhabitants = 4000", "population.inhabitants = -4", "base.population.inhabitants"),
    ("population.inhabitants = 4000", "population.inhabitans = 4", "base.population.inhabitans"),
    ("years = 0.5", "years = 0", "horizon.years"),
    ("years = 0.5", "months = 6", "horizon.months"),
    ("[0.5, 0.9]", "[0.5, 1.9]", "factors.vinkje.sensitivity"),
    ("[0.5, 0.9]", "{ range = [0.9, 0.5] }", "factors.vinkje.sensitivity"),
    ("[0.5, 0.9]", "[]", "factors.vinkje.sensitivity"),
    ("[0.5, 0.9]", '"plausible"\n"vinkje.bogus" = [1]', "factors.vinkje.bogus"),
    ("seed = 3", 'seed = 3\nreference = "netwerk"', "reference"),
    ("seed = 3", 'seed = 3\n[sampling]\nmethod = "lhs"', "sampling.points"),
    ("seed = 3", "seed = 3\n[sensitivity]\nsamples = 6", "sensitivity.samples"),
    ("seed = 3", "seed = 3\n[record]\nweekly = 1", "record.weekly"),
    ("[base]", "[base\n", "-"),
])


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(EXPERIMENT_BREAKS, st.integers(0, 3))
def test_broken_experiment_files_give_one_line_naming_file_key_and_line(folder, case, blank_lines):
    """A broken experiment file's message names its line."""
    old, new, key = case
    path = folder / "experiment.toml"
    path.write_text("\n" * blank_lines + EXPERIMENT.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_experiment(path)
    check_message(caught.value, path, key)
    assert re.match(rf"^{re.escape(str(path))}:\d+: ", str(caught.value)), "experiment errors carry a line"


@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(BAD_FILES)
def test_broken_files_through_the_real_command_line_exit_2_with_one_line_and_no_output(folder, case):
    """The CLI exits 2 with one line."""
    text, _ = case
    path = folder / "fuzz.toml"
    path.write_text(text, encoding="utf-8")
    out = folder / "must-not-exist"
    done = subprocess.run([sys.executable, "-m", "sim", "run", str(path), "--out", str(out)],
                          check=False, capture_output=True, text=True, cwd=PROJECT_DIR, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(str(path)), done.stderr
    assert not out.exists() and done.stdout == ""
