"""Invariants (hypothesis): on random valid scenarios, the books always balance.

Each example draws a small town (500 to 3,000 inhabitants), a short horizon, random staffing,
need rates, administration ratio and one of the registered access designs (or, now and then,
the degenerate M/M/c mode), runs it once, and checks what must hold whatever the numbers:

- households are conserved: the households table holds exactly the model's households, each
  once (in mode mmc every arrival is one household with one episode);
- every hour of capacity is accounted once: intake + direct help + coordination +
  administration + idle = weekly hours x measured days / 7, with idle >= 0;
- waits are never negative and nothing happens before its request;
- every episode is closed (resolved, not resolved, withdrawn, with an end time) or still open
  at the horizon (outcome open, no end time), and the table has one row per episode id.

And a run builds no reference cycles, on every random scenario and on every design's defaults:
the cyclic garbage collector is paused during runs (sim/engine/gc_pause.py), so a cycle would be
memory that is not given back until the run ends.
"""

from __future__ import annotations

import collections
import gc
import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sim.domains import CATEGORIES, DOMAINS
from sim.model import MunicipalityModel
from sim.output.tables import episodes_table, households_table, time_use_table
from sim.params.design_catalogue import DESIGN_NAMES
from sim.params.scenario import load_scenario

TOLERANCE = 1e-6
CLOSED = {"resolved", "not_resolved", "withdrawn"}


@st.composite
def municipality(draw) -> dict:
    """Random valid values for a small municipality under one of the registered designs."""
    values = {
        "population.inhabitants": draw(st.integers(500, 3000)),
        "simulation.warmup_years": draw(st.sampled_from([0.0, 0.1, 0.25])),
        "simulation.years": draw(st.floats(0.05, 0.5)),
        "design.access": draw(st.sampled_from(DESIGN_NAMES)),
        "work.admin_ratio": draw(st.floats(0.0, 2.0)),
        "population.avoider_share": draw(st.floats(0.0, 1.0)),
    }
    for d in DOMAINS:
        values[f"organisations.{d}.professionals"] = draw(st.integers(0, 80))
        values[f"needs.{d}.onset_per_year"] = draw(st.floats(0.0, 0.3))
        values[f"needs.{d}.present_probability"] = draw(st.floats(0.0, 1.0))
    return values


@st.composite
def mmc(draw) -> dict:
    """Random valid values for the degenerate M/M/c mode."""
    return {"simulation.mode": "mmc", "simulation.warmup_years": draw(st.sampled_from([0.0, 0.05])),
            "simulation.years": draw(st.floats(0.05, 0.3)), "mmc.arrival_rate_per_day": draw(st.floats(0.0, 8.0)),
            "mmc.service_mean_days": draw(st.floats(0.1, 3.0)), "mmc.servers": draw(st.integers(1, 6))}


SCENARIOS = st.one_of(municipality(), municipality(), municipality(), mmc())
EXAMPLES = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def run(values: dict, seed: int):
    """Run the scenario of ``values`` with ``seed``, checking that it leaves no reference cycles."""
    model = MunicipalityModel(load_scenario("sectoraal", values), seed)
    no_cycles_left_by(model.run, f"{values.get('design.access', 'mmc')} with {values}")
    return model, episodes_table(model), households_table(model), time_use_table(model)


@pytest.mark.parametrize("design", [*DESIGN_NAMES, "mmc"])
def test_a_run_leaves_nothing_for_the_cyclic_collector(design):
    """A run of each design builds no reference cycles."""
    overrides = {"simulation.warmup_years": 0.5, "simulation.years": 1.0}
    if design != "mmc":
        overrides["population.inhabitants"] = 5000
    model = MunicipalityModel(load_scenario(design, overrides), 7)
    no_cycles_left_by(model.run, design)


def no_cycles_left_by(run_model, name: str) -> None:
    """Run the model with the collector saving what it finds: nothing may be in a cycle."""
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        run_model()
        gc.collect()
        cyclic = collections.Counter(type(o).__name__ for o in gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert not cyclic, f"{name}: objects in reference cycles after a run: {cyclic.most_common(5)}"


@EXAMPLES
@given(SCENARIOS, st.integers(0, 2**32 - 1))
def test_invariants_hold_on_random_valid_scenarios(values, seed):
    """Every invariant below holds on random valid scenarios."""
    model, episodes, households, time_use = run(values, seed)
    households_are_conserved(model, episodes, households)
    hours_sum_to_capacity(model, time_use)
    nothing_happens_before_its_request(episodes)
    every_episode_is_closed_or_open_at_the_horizon(model, episodes)


def households_are_conserved(model, episodes, households) -> None:
    """The households table holds each of the model's households exactly once."""
    ids = households["household"]
    assert ids.is_unique
    present = {h.unique_id for h in model.population.everyone()}
    departed = set(model.population.departed.frame()["household"])
    assert not present & departed and set(ids) == present | departed
    if model.params["simulation.mode"] == "mmc":
        assert len(households) == len(episodes) and episodes["household"].is_unique, \
            "in mode mmc every arrival is one household with one request"
    else:
        assert len(households) == model.population.household_count()
    assert set(episodes["household"]) <= set(ids), "every episode belongs to a known household"


def hours_sum_to_capacity(model, time_use) -> None:
    """Each professional's booked and idle hours add up to the capacity of the measured period."""
    measured_days = model.horizon - model.measure_from
    assert len(time_use) == len(model.professionals())
    time_use = time_use.drop(columns=["organisation", "discipline"]).astype(float)
    expected = time_use["weekly_hours"] * measured_days / 7.0
    total = sum(time_use[f"{c}_hours"] for c in CATEGORIES)
    assert np.allclose(time_use["capacity_hours"], expected, rtol=0, atol=TOLERANCE)
    assert np.allclose(total, expected, rtol=1e-9, atol=TOLERANCE), "every hour of capacity is accounted once"
    for category in CATEGORIES:
        assert (time_use[f"{category}_hours"] >= -TOLERANCE).all(), f"negative {category} hours"


def nothing_happens_before_its_request(episodes) -> None:
    """No episode waits a negative time or ends before it began."""
    waited = episodes["days_waited"].dropna()
    assert (waited >= -TOLERANCE).all(), "a negative wait"
    request = episodes["request_time"]
    for earlier, later in (("request_time", "intake_start"), ("request_time", "decision_time"),
                           ("intake_start", "decision_time"), ("decision_time", "help_start"),
                           ("request_time", "help_start"), ("request_time", "end_time")):
        both = episodes[[earlier, later]].dropna()
        bad = both[both[later] < both[earlier] - TOLERANCE]
        assert bad.empty, f"{later} before {earlier}:\n{episodes.loc[bad.index].T}"
    assert request.notna().all() and (request >= 0).all()


def every_episode_is_closed_or_open_at_the_horizon(model, episodes) -> None:
    """An episode is closed with an outcome, or still open at the horizon."""
    closed = episodes["outcome"].isin(CLOSED)
    still_open = episodes["outcome"] == "open"
    assert (closed | still_open).all(), set(episodes["outcome"])
    assert episodes.loc[closed, "end_time"].notna().all(), "a closed episode without an end time"
    assert (episodes.loc[closed, "end_time"] <= model.horizon + TOLERANCE).all()
    assert episodes.loc[still_open, "end_time"].isna().all(), "an open episode with an end time"
    assert episodes["episode"].is_unique
    assert len(episodes) == model.episodes.count, "one row per episode id the model handed out"
    assert not model.episodes.open or all(math.isnan(r) for r in episodes.loc[still_open, "end_time"])
