"""Eén loket (one-stop-shop): one desk with a generalist intake for all domains, then referral.

Story (seed 004, statement 7): whatever the question, a resident goes to the Sociaal loket. A
generalist desk worker, seconded from one of the organisations, holds an intake across all life
domains and refers each need to the organisation that helps with it. Every referral is a
handover: days, and sometimes a repeated intake when the file says too little.
"""

from __future__ import annotations

from typing import override

from sim.access.base import AccessDesign
from sim.access.registry import Design
from sim.access.steps.referral import refer
from sim.access.steps.screening import look_broadly
from sim.access.steps.staffing import split_organisations

DESIGN = Design(
    name="een-loket", cls="EenLoket", label="Eén loket (sociaal loket)",
    description="Alle vragen komen binnen bij één centraal loket, bemand met consulenten uit de organisaties, "
                "dat naar alle leefgebieden vraagt. Daarna gaat elke vraag met een overdracht naar de "
                "organisatie die helpt, en elke overdracht kost dagen en soms informatie.",
    params=("een_loket.", "broad_intake.detection_probability", "handover."),
)
DESK = "Sociaal loket"


class EenLoket(AccessDesign):
    """The desk is the only door; it does the intake and hands every need over to its organisation."""

    route = "een-loket"
    one_door = True  # one desk for every request: no wrong door

    @override
    def build_organisations(self) -> dict:
        organisations = split_organisations(self.model, DESK, self.model.params["een_loket.desk_share"], "desk")
        self.desk = organisations[DESK]
        return organisations

    @override
    def door(self, household, need):
        return self.desk

    @override
    def intake(self, case) -> tuple[float, float]:
        s = self.model.params
        return s["een_loket.intake_hours"], s["een_loket.intake_days"]

    @override
    def after_intake(self, case) -> None:
        found = look_broadly(case, self.model.params["broad_intake.detection_probability"])
        presented = case.presented
        presented.organisation = self.help_org(case.household, presented.domain).name
        refer(case, found, self.help_org, with_presented=True)
