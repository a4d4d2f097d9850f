"""Where help leaves a need on the ZRM, the follow-up a year after the request, and need-days.

Story: an elderly man asks for Wmo support at ZRM 2. Help resolves his need: his Wmo domain is at
4 (sufficiently self-reliant) or, with the chance ``outcome.thriving_share``, at 5, and stays there.
A year after his request the episode log notes where his Wmo domain is. His debt need, never
asked about, counts need-days from the start of measurement until it resolves.
"""

from __future__ import annotations

import math
from types import SimpleNamespace

import pytest

from sim.agents.episode import Episode, Outcome
from sim.domains import FOLLOW_UP_DAYS, ZRM_NEED, ZRM_RESOLVED, ZRM_THRIVING
from sim.model import MunicipalityModel
from sim.params.scenario import load_scenario

TASK = SimpleNamespace(category="direct_help", client_hours=0.0, professional=SimpleNamespace(unique_id=1))
"""A finished help task, as :meth:`Episode.end_help` books it."""


def town(thriving: float) -> MunicipalityModel:
    scenario = load_scenario("sectoraal", {"population.inhabitants": 300, "outcome.thriving_share": thriving})
    return MunicipalityModel(scenario, 5)


def helped_episode(model, level: int = 2) -> Episode:
    need = model.population.households[0].add_need("wmo", level, 1.0, ask=False)
    return Episode(model, need, "Test", "sectoral", model.time)


@pytest.mark.parametrize(("thriving", "level"), [(0.0, ZRM_RESOLVED), (1.0, ZRM_THRIVING)])
def test_resolved_help_ends_at_4_or_5_and_the_household_keeps_it(thriving, level):
    model = town(thriving)
    episode = helped_episode(model)
    episode.end_help(TASK, True)
    record = list(model.episodes.records)[-1]
    assert record.outcome == Outcome.RESOLVED and record.zrm_at_end == level
    assert record.zrm_at_end - record.zrm_at_request > 0
    home = model.population.households[0]
    assert home.zrm["wmo"] == level and "wmo" not in home.needs


def test_unresolved_help_leaves_the_level_and_a_withdrawal_is_a_remission():
    model = town(1.0)
    episode = helped_episode(model)
    episode.end_help(TASK, False)
    assert list(model.episodes.records)[-1].zrm_at_end == 2
    withdrawn = helped_episode(model, ZRM_NEED)
    withdrawn.close(Outcome.WITHDRAWN)
    assert list(model.episodes.records)[-1].zrm_at_end == ZRM_RESOLVED


def test_the_follow_up_notes_the_domain_a_year_after_the_request():
    model = town(1.0)
    episode = helped_episode(model)
    model.run_until(FOLLOW_UP_DAYS - 1.0)
    assert math.isnan(model.episodes.zrm_at_follow_up([episode.id])[0]), "not before the year is over"
    model.run_until(FOLLOW_UP_DAYS + 1.0)
    assert model.episodes.zrm_at_follow_up([episode.id])[0] == model.population.households[0].zrm["wmo"]


def test_need_days_count_from_the_start_of_measuring_to_resolution_and_open_needs_to_now():
    model = town(0.0)
    home = model.population.households[0]
    resolved = home.add_need("debt", ZRM_NEED, 1.0, ask=False)
    resolved.pause()
    home.add_need("social", ZRM_NEED, 1.0, ask=False).pause()  # in help: neither worsens nor remits
    model.run_until(10.0)
    model.measure_from = 10.0
    home.start_measuring(False)
    model.run_until(25.0)
    home.resolve(resolved)
    days = home.need_days_until(40.0)
    assert days["debt"] == pytest.approx(15.0) and days["social"] == pytest.approx(30.0)
    assert days["wmo"] == 0.0 and not math.isnan(days["youth"])
