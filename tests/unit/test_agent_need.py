"""A need worsens or remits at its domain's rates, and its status changes only through its methods.

Story: a household's Wmo need (ZRM 3) worsens at 0.5 a year and remits at 0.5 a year; unpaid
debts in the same household make it worsen 1.5 times as fast. Nobody is told; the need is
latent until the household asks, help pauses it, and after help that did not work it is latent
again. A resolved need may come back.
"""

from __future__ import annotations

import pytest

from sim.agents.need import NeedStatus
from sim.domains import ZRM_CRISIS, ZRM_NEED, ZRM_RESOLVED
from sim.model import MunicipalityModel
from sim.params.scenario import load_scenario

TOWN = {"population.inhabitants": 300, "needs.wmo.present_probability": 0.0}
"""A small town whose Wmo needs are never asked about below a crisis (nothing else happens)."""


def household(**overrides):
    """The first household of a fresh town (nothing scheduled yet) and its model."""
    model = MunicipalityModel(load_scenario("sectoraal", TOWN | overrides), 3)
    return model, model.population.households[0]


def run_to(model, call) -> None:
    """Run the model until a scheduled call has fired."""
    model.run_until(call.time)


def test_rates_are_the_domains_and_debt_speeds_up_worsening():
    model, home = household()
    need = home.add_need("wmo", ZRM_NEED, 1.0, ask=False)
    worsening, remission = model.params["needs.wmo.worsening_per_year"], model.params["needs.wmo.remission_per_year"]
    assert need.rates() == (worsening, remission)
    home.add_need("debt", ZRM_NEED, 1.0, ask=False)
    multiplier = model.params["spillover.debt_worsening_multiplier"]
    assert need.rates() == pytest.approx((worsening * multiplier, remission))
    need.level = ZRM_CRISIS
    assert need.rates()[0] == 0.0, "a crisis cannot worsen"


def test_a_need_that_only_worsens_drops_one_zrm_point():
    model, home = household(**{"needs.wmo.remission_per_year": 0.0})
    need = home.add_need("wmo", ZRM_NEED, 1.0, ask=False)
    run_to(model, need._transition)
    assert need.level == ZRM_NEED - 1 and home.zrm["wmo"] == ZRM_NEED - 1
    assert need.status is NeedStatus.LATENT


def test_a_need_that_only_remits_resolves_by_itself():
    model, home = household(**{"needs.wmo.worsening_per_year": 0.0})
    need = home.add_need("wmo", ZRM_NEED, 1.0, ask=False)
    run_to(model, need._transition)
    assert "wmo" not in home.needs and home.zrm["wmo"] == ZRM_RESOLVED


def test_status_changes_through_the_needs_own_methods():
    _, home = household()
    need = home.add_need("wmo", ZRM_NEED, 1.0, ask=False)
    assert need.status is NeedStatus.LATENT and need._transition is not None
    need.make_known()
    assert need.status is NeedStatus.KNOWN
    need.pause()
    assert need.status is NeedStatus.HELPED and need._transition is None, "help stops worsening and remission"
    need.after_help(resolved=False)
    assert need.status is NeedStatus.LATENT and need._transition is not None


def test_a_resolved_need_comes_back_when_recurrence_is_certain():
    model, home = household(**{"needs.wmo.recurrence_probability": 1.0})
    need = home.add_need("wmo", ZRM_NEED, 1.0, ask=False)
    need.pause()
    need.after_help(resolved=True)
    assert "wmo" not in home.needs
    (comeback,) = [c for c in model.calendar.pending() if c.function == home.need_returns]
    run_to(model, comeback)
    assert home.needs["wmo"] is not need and home.needs["wmo"].level == ZRM_NEED


def test_a_crisis_asks_at_once_but_an_avoider_does_not_ask_below_it():
    model, home = household(**{"needs.wmo.present_probability": 1.0})
    home.avoider = True
    need = home.add_need("wmo", ZRM_NEED, 1.0)
    assert need._seek is None
    crisis = home.add_need("youth", ZRM_CRISIS, 1.0)
    assert crisis._seek is not None and crisis._seek.time == model.time
