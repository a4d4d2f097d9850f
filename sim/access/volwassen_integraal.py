"""Volwassen integraal: integral access for all after about ten years of practice (seed 002).

Story: the same broad intake and case meetings as integrale toegang, but the professionals have
worked together for a decade: they know each other, meetings are short and quickly planned
(``maturity.start_years`` = 10 in the scenario: sim/access/steps/case_meeting.py ``maturity_factor``). Under
time pressure, though, the meeting still happens without binding anybody: pseudo-cooperation
(``pseudo.*``), and then the helpers work as if there were no plan.
"""

from __future__ import annotations

from sim.access.integrale_toegang import IntegraleToegang


class VolwassenIntegraal(IntegraleToegang):
    """Integral access for all; maturity and pseudo-cooperation come from the scenario values."""

    name = "volwassen-integraal"
