"""Unit: moving staff to a desk or team (sim/access/steps/staffing.py) keeps someone behind.

Story: for een loket the municipality seconds a share of every organisation's professionals to
the Sociaal loket; however large the share, each organisation keeps at least one FTE. Staff are
counted in full-time equivalents (a part-timer is a fraction).
"""

from __future__ import annotations

import pytest

from sim.access.steps.staffing import moved, split_organisations
from sim.domains import DOMAINS
from stand_ins import small_model

TOWN = {"population.inhabitants": 20_000}


def staff_of(organisation) -> float:
    """Full-time equivalents of an organisation (every organisation here has 32-hour contracts)."""
    return sum(p.weekly_hours for p in organisation.professionals) / 32.0


def test_moving_everybody_still_leaves_one_professional_per_organisation():
    """A share of 1 moves all but one professional of each organisation."""
    model = small_model("sectoraal", TOWN)
    organisations = split_organisations(model, "Desk", 1.0, "desk")
    assert all(staff_of(organisations[d]) == pytest.approx(1) for d in DOMAINS)
    assert staff_of(organisations["Desk"]) == pytest.approx(sum(staff_of(model.organisations[d]) - 1 for d in DOMAINS))


def test_a_share_moves_that_share_and_the_total_staff_stays_the_same():
    """Half the staff moves (at least one stays); no professional is lost or added."""
    model = small_model("sectoraal", TOWN)
    organisations = split_organisations(model, "Desk", 0.5, "desk")
    for d in DOMAINS:
        before = staff_of(model.organisations[d])
        assert staff_of(organisations[d]) + moved(model, d, 0.5) == pytest.approx(before)
        assert moved(model, d, 0.5) == pytest.approx(min(round(before * 0.5), before - 1))
    assert sum(staff_of(o) for o in organisations.values()) == pytest.approx(
        sum(staff_of(model.organisations[d]) for d in DOMAINS))


def test_the_new_organisation_serves_every_domain_and_moving_nobody_moves_nobody():
    """The desk serves every domain; a share of 0 leaves it empty."""
    model = small_model("sectoraal", TOWN)
    organisations = split_organisations(model, "Desk", 0.0, "desk")
    assert organisations["Desk"].domains == frozenset(DOMAINS)
    assert staff_of(organisations["Desk"]) == 0
