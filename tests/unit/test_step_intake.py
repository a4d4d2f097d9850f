"""Unit: intake sizes (sim/access/steps/intake.py): sectoral, with a short look, broad.

Story: the Wmo keukentafelgesprek takes ``intake.wmo.hours`` over ``intake.wmo.days``; a short look
at the other domains adds ``look.hours``; a broad intake adds ``broad_intake.extra_hours`` and
``broad_intake.extra_days``.
"""

from __future__ import annotations

from sim.access.steps.intake import broad_intake, intake_with_look, sectoral_intake
from stand_ins import open_case, small_model

VALUES = {"intake.wmo.hours": 5.0, "intake.wmo.days": 20.0, "look.hours": 0.5,
          "broad_intake.extra_hours": 3.0, "broad_intake.extra_days": 7.0}


def test_the_sectoral_intake_is_the_asked_domains_own():
    """The Wmo intake: five hours over twenty days."""
    model = small_model("sectoraal", VALUES)
    assert sectoral_intake(model, open_case(model, "wmo", "debt")) == (5.0, 20.0)


def test_a_short_look_adds_hours_but_no_days():
    """Half an hour of questions about the other domains, in the same appointment."""
    model = small_model("sectoraal", VALUES)
    assert intake_with_look(model, open_case(model, "wmo")) == (5.5, 20.0)


def test_a_broad_intake_adds_hours_and_days():
    """Three more hours and a week more for the broad intake."""
    model = small_model("sectoraal", VALUES)
    assert broad_intake(model, open_case(model, "wmo")) == (8.0, 27.0)
