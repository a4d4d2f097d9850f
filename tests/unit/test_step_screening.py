"""Unit: integraal kijken (sim/access/steps/screening.py) finds latent needs and counts intrusions."""

from __future__ import annotations

from sim.access.steps.screening import look_broadly
from stand_ins import open_case, small_model


def test_a_look_that_always_finds_returns_every_latent_need_in_domain_order():
    """A look that finds everything returns youth, debt and social needs, in domain order."""
    case = open_case(small_model(), "wmo", "social", "debt", "youth")
    found = look_broadly(case, 1.0)
    assert [n.domain for n in found] == ["youth", "debt", "social"]


def test_a_look_that_never_finds_returns_nothing():
    """A look with chance 0 finds nothing."""
    case = open_case(small_model(), "wmo", "debt")
    assert look_broadly(case, 0.0) == []


def test_the_asked_need_and_needs_already_known_are_not_found_again():
    """Known debts are not found again; the youth need is."""
    case = open_case(small_model(), "wmo", "debt", "youth")
    case.household.needs["debt"].make_known()
    assert [n.domain for n in look_broadly(case, 1.0)] == ["youth"]


def test_asking_a_single_need_household_about_everything_is_an_intrusion():
    """A man with only a Wmo need asked about every domain: an intrusion (seed 004)."""
    single = open_case(small_model(), "wmo")
    look_broadly(single, 1.0)
    assert single.presented.intrusion is True


def test_noticing_without_asking_or_asking_a_household_with_more_needs_is_no_intrusion():
    """Noticing on a home visit, or asking a household with two needs, is no intrusion."""
    model = small_model()
    noticed, several = open_case(model, "wmo"), open_case(model, "debt", "social")
    look_broadly(noticed, 1.0, asks=False)
    look_broadly(several, 1.0)
    assert noticed.presented.intrusion is False and several.presented.intrusion is False
