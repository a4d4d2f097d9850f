"""Unit: early help pays (issue 15): success and duration of help depend on the need when help starts.

Story: two households ask the Wmo-loket for support at home. The first is helped at ZRM 3, a month
after her need began; the second at ZRM 2, after her need went a year and a half without help.
Help succeeds more often for the first (``benefit.severity_success_gain``,
``benefit.wait_success_loss_per_year``), relative to the sectoral baseline's typical ZRM and days
at the start of help (``benefit.wmo.reference_zrm``, ``benefit.wmo.reference_wait_days``), and lasts shorter
for her (``SEVERITY_DURATION``). What counts is the need when help starts, not at the request.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from sim.agents.case import Case
from sim.agents.episode import SEVERITY_DURATION, Episode
from sim.domains import ZRM_CRISIS, ZRM_NEED
from stand_ins import household_with, small_model

GAIN, LOSS = 0.2, 0.4
EARLY = {"benefit.severity_success_gain": GAIN, "benefit.wait_success_loss_per_year": LOSS,
         "benefit.wmo.reference_zrm": 2.5, "benefit.wmo.reference_wait_days": 100.0}
OFF = {"benefit.severity_success_gain": 0.0, "benefit.wait_success_loss_per_year": 0.0}


def helped(model, level: int, days_without_help: float, domain: str = "wmo") -> Episode:
    """An episode whose help starts now at ``level``, ``days_without_help`` after the need went unmet."""
    need = household_with(model, domain, level=level).needs[domain]
    need.unmet_since = model.time - days_without_help
    episode = Episode(model, need, "Wmo-loket", "sectoral", model.time)
    episode.begin_help()
    return episode


def test_help_that_starts_at_a_less_severe_level_succeeds_more_often():
    """Per ZRM point above the reference the chance rises by the gain; below it, it falls."""
    model = small_model("sectoraal", {**EARLY, "benefit.wait_success_loss_per_year": 0.0})
    at_3, at_2 = helped(model, ZRM_NEED, 0.0), helped(model, ZRM_NEED - 1, 0.0)
    assert at_3.early_help_factor() == pytest.approx(1 + GAIN * 0.5)
    assert at_2.early_help_factor() == pytest.approx(1 - GAIN * 0.5)
    assert helped(model, ZRM_CRISIS, 0.0).early_help_factor() < at_2.early_help_factor()


def test_help_after_a_longer_time_without_help_succeeds_less_often():
    """The wait factor is exp(-loss x (days - reference) / 365): 1 at the reference, below it later."""
    model = small_model("sectoraal", {**EARLY, "benefit.severity_success_gain": 0.0})
    assert helped(model, ZRM_NEED, 100.0).early_help_factor() == pytest.approx(1.0)
    assert helped(model, ZRM_NEED, 465.0).early_help_factor() == pytest.approx(math.exp(-LOSS))
    assert helped(model, ZRM_NEED, 0.0).early_help_factor() == pytest.approx(math.exp(LOSS * 100 / 365))


def test_with_both_parameters_zero_help_succeeds_with_the_domains_chance():
    """Gain and loss 0: the factor is exactly 1 whatever the level, the wait or the reference points."""
    for references in ({}, {"benefit.wmo.reference_zrm": 1.0, "benefit.wmo.reference_wait_days": 0.0}):
        model = small_model("sectoraal", {**OFF, **references})
        for level, days in ((ZRM_NEED, 0.0), (ZRM_CRISIS, 3000.0)):
            assert helped(model, level, days).early_help_factor() == 1.0


def test_moving_the_reference_point_in_the_scenario_changes_the_chance():
    """The reference ZRM and days are read from the scenario (a test that fails if they were ignored)."""
    zrm, days = "benefit.wmo.reference_zrm", "benefit.wmo.reference_wait_days"
    low = small_model("sectoraal", {**EARLY, zrm: 2.0, days: 0.0})
    high = small_model("sectoraal", {**EARLY, zrm: 3.0, days: 365.0})
    at_low, at_high = helped(low, ZRM_NEED, 200.0), helped(high, ZRM_NEED, 200.0)
    assert at_low.early_help_factor() == pytest.approx((1 + GAIN) * math.exp(-LOSS * 200 / 365))
    assert at_high.early_help_factor() == pytest.approx(math.exp(LOSS * 165 / 365))
    assert at_low.early_help_factor() != at_high.early_help_factor()


def test_the_drawn_success_follows_the_domains_chance_times_the_factor():
    """Over many draws help at ZRM 3 after no wait succeeds with p x factor; at ZRM 1 after years, less."""
    model = small_model("sectoraal", {**EARLY, "help.wmo.success_probability": 0.5})
    early, late = helped(model, ZRM_NEED, 0.0), helped(model, ZRM_CRISIS, 1000.0)
    n = 4000
    share_early = np.mean([early.help_succeeds(1.0) for _ in range(n)])
    share_late = np.mean([late.help_succeeds(1.0) for _ in range(n)])
    assert share_early == pytest.approx(0.5 * early.early_help_factor(), abs=0.03)
    assert share_late == pytest.approx(0.5 * late.early_help_factor(), abs=0.03)
    assert share_early > share_late


def test_the_chance_is_clipped_to_certainty_and_to_zero():
    """A factor that lifts the chance above 1 makes help certain; a severity factor below 0 makes it hopeless."""
    model = small_model("sectoraal", {**EARLY, "help.wmo.success_probability": 1.0})
    assert helped(model, ZRM_NEED, 0.0).early_help_factor() > 1.0
    assert all(helped(model, ZRM_NEED, 0.0).help_succeeds(1.0) for _ in range(50))
    steep = small_model("sectoraal", {"benefit.severity_success_gain": 1.0, "benefit.wmo.reference_zrm": 3.0,
                                      "help.wmo.success_probability": 1.0})
    crisis = helped(steep, ZRM_CRISIS, 0.0)
    assert crisis.early_help_factor() == 0.0 and not any(crisis.help_succeeds(1.0) for _ in range(50))


def test_the_need_when_help_starts_counts_not_at_the_request():
    """A need that worsened on the waiting list is helped and timed at its level at the start of help."""
    model = small_model("sectoraal", EARLY)
    need = household_with(model, "wmo", level=ZRM_NEED).needs["wmo"]
    episode = Episode(model, need, "Wmo-loket", "sectoral", model.time)
    need.household.worsen(need)
    episode.begin_help()
    need.level = ZRM_NEED
    assert episode.zrm_at_request == ZRM_NEED and episode.zrm_at_help == ZRM_NEED - 1
    assert episode.early_help_factor() == pytest.approx((1 - GAIN * 0.5) * math.exp(LOSS * 100 / 365))
    assert episode.help_duration() == model.domain["wmo"].help_duration_days * SEVERITY_DURATION[ZRM_NEED - 1]


def test_days_without_help_count_from_onset_or_from_the_end_of_help_that_failed():
    """A need's days without help restart when help ends without resolving it."""
    model = small_model("sectoraal", EARLY)
    need = household_with(model, "wmo").needs["wmo"]
    assert need.unmet_since == need.onset == model.time
    model.run_until(30.0)
    need.pause()
    need.after_help(resolved=False)
    assert need.unmet_since == 30.0 and need.onset == 0.0


def test_help_queued_at_zrm_3_that_starts_at_zrm_2_lasts_as_long_as_zrm_2_asks():
    """The duration is set when help starts: help queued at ZRM 3, started after the need worsened, runs x1.5."""
    model = small_model("sectoraal", {"organisations.wmo.professionals": 0.0})
    household = household_with(model, "wmo")
    need = household.needs["wmo"]
    case = open_case_at(model, household, need)
    org = model.organisations["wmo"]
    case.start_help(case.presented, org)
    task = case.presented.task
    assert task.duration == model.domain["wmo"].help_duration_days * SEVERITY_DURATION[ZRM_NEED]
    household.worsen(need)
    org.hire(1, 36.0, "wmo", org.domains, 0.0)
    org.room_freed(org.professionals[0])
    assert case.presented.help_start == model.time and case.presented.zrm_at_help == ZRM_NEED - 1
    assert task.duration == model.domain["wmo"].help_duration_days * SEVERITY_DURATION[ZRM_NEED - 1]
    assert task._event.time == model.time + task.duration


def open_case_at(model, household, need):
    """A case for ``need`` at the Wmo-loket without an intake (help is queued by the test)."""
    return Case(model.access, household, need, model.organisations["wmo"], "sectoral")
