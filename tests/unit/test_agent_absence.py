"""Leave and sick leave: spells of one year, no new work while away, dispatch on return.

Story: a Wmo consultant takes most of her leave in July and August and is off sick now and then.
While she is away a request waits for her (she is the only one); the day she is back she takes it.
"""

from __future__ import annotations

import numpy as np
import pytest

from sim.agents.absence import SUMMER_DAYS, SUMMER_START_DAY, Absence
from sim.agents.task import Task
from sim.domains import DAYS_PER_WEEK, DAYS_PER_YEAR
from sim.model import MunicipalityModel
from sim.params.scenario import load_scenario
from stand_ins import EpisodeStandIn, one_desk


def absence_of(**settings) -> Absence:
    overrides = {"population.inhabitants": 300, **{f"staff.{k}": v for k, v in settings.items()}}
    return Absence(MunicipalityModel(load_scenario("sectoraal", overrides), 3))


def test_the_summer_block_lies_in_july_and_august_and_all_leave_is_taken():
    absence = absence_of(leave_weeks=5.0, summer_leave_share=0.6, sick_leave_share=0.0)
    for _ in range(50):
        spells = absence.spells()
        summer_begin, summer_days = spells[0]
        assert summer_days == pytest.approx(3 * DAYS_PER_WEEK)
        assert summer_begin >= SUMMER_START_DAY
        assert summer_begin + summer_days <= SUMMER_START_DAY + SUMMER_DAYS
        assert sum(days for _, days in spells) == pytest.approx(5 * DAYS_PER_WEEK)


def test_sick_spells_take_the_sick_leave_share_of_the_year_on_average():
    absence = absence_of(leave_weeks=0.0, sick_leave_share=0.07, sick_spell_days=10.0)
    sick_days = [sum(days for _, days in absence.spells()) for _ in range(4000)]
    assert np.mean(sick_days) / DAYS_PER_YEAR == pytest.approx(0.07, rel=0.05)


def test_no_leave_and_no_sickness_means_no_spells():
    assert absence_of(leave_weeks=0.0, sick_leave_share=0.0).spells() == []


def test_an_absent_professional_takes_no_new_work_and_takes_it_the_day_she_is_back():
    model, org = one_desk(10.0)
    consultant = org.professionals[0]
    started = []
    Absence._leave(consultant)
    org.submit(Task("intake", EpisodeStandIn(), 1.0, 5.0, lambda task: None,
                    on_start=lambda task: started.append(model.time)))
    assert started == [] and org.waiting == 1
    model.later(20.0, Absence._return, org, consultant)
    model.run_until(30.0)
    assert started == [20.0]


def test_overlapping_spells_keep_her_away_until_the_last_ends():
    _, org = one_desk(10.0)
    consultant = org.professionals[0]
    Absence._leave(consultant)
    Absence._leave(consultant)
    Absence._return(org, consultant)
    assert not consultant.has_room(1.0)
    Absence._return(org, consultant)
    assert consultant.has_room(1.0)


def test_the_textbook_queue_has_no_leave():
    model = MunicipalityModel(load_scenario("mmc"), 0)
    assert model.absence is None
