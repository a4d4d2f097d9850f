"""The calendar: calls with arguments under Mesa's clock, in time order, and cancellable.

Story: a resolved debt need may come back in a year and a half: ``household.need_returns("debt")``
is a call with an argument on a given day; if something cancels it first, it never happens.
"""

from __future__ import annotations

import pytest

from sim.model import MunicipalityModel
from sim.params.scenario import load_scenario


def model():
    return MunicipalityModel(load_scenario("sectoraal", {"population.inhabitants": 300}), 1)


def test_calls_run_in_time_order_then_in_order_of_scheduling():
    m, log = model(), []
    m.later(5.0, log.append, "late")
    m.later(1.0, log.append, "early")
    m.later(1.0, log.append, "early, scheduled second")
    m.run_until(10.0)
    assert log == ["early", "early, scheduled second", "late"]
    assert not m.calendar.pending()


def test_a_cancelled_call_never_runs():
    m, log = model(), []
    call = m.later(2.0, log.append, "cancelled")
    m.later(3.0, log.append, "kept")
    call.cancel()
    assert call not in m.calendar.pending()
    m.run_until(10.0)
    assert log == ["kept"]


def test_a_call_runs_at_its_time_not_before():
    m, log = model(), []
    m.later(4.0, lambda: log.append(m.time))
    m.run_until(3.9)
    assert log == []
    m.run_until(4.0)
    assert log == [4.0]


def test_a_run_stops_at_its_end_even_inside_a_day():
    m, log = model(), []
    m.later(2.2, lambda: log.append(m.time))
    m.later(2.7, lambda: log.append(m.time))
    m.run_until(2.5)
    assert log == [2.2] and m.time == 2.5
    m.run_for(0.5)
    assert log == [2.2, 2.7] and m.time == 3.0


def test_calls_see_their_own_time_and_time_never_goes_back():
    m, seen = model(), []
    for days in (0.25, 0.5, 1.0, 1.75, 3.0):
        m.later(days, lambda: seen.append(m.time))
    m.step()
    assert seen == [0.25, 0.5, 1.0] and m.time == 1.0
    m.run_until(10.0)
    assert seen == [0.25, 0.5, 1.0, 1.75, 3.0]


def test_no_call_in_the_past():
    m = model()
    m.run_until(2.0)
    with pytest.raises(ValueError, match="past"):
        m.later(-1.0, print)
    with pytest.raises(ValueError, match="before now"):
        m.calendar.at(1.0, print)
