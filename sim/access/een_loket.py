"""Eén loket (one-stop-shop): one desk with a generalist intake for all domains, then referral.

Story (seed 004, statement 7): whatever the question, a resident goes to the Sociaal loket. A
generalist desk worker, seconded from one of the organisations, holds an intake across all life
domains and refers each need to the organisation that helps with it. Every referral is a
handover: days, and sometimes a repeated intake when the file says too little.
"""

from __future__ import annotations

from sim.access.no_wrong_door import NoWrongDoor
from sim.access.steps.staffing import split_organisations
from sim.access.steps.screening import look_broadly

DESK = "Sociaal loket"


class EenLoket(NoWrongDoor):
    """The desk is the only door; it does the intake and hands every need over to its organisation."""

    name = "een-loket"
    route = "een-loket"

    def build_organisations(self) -> dict:
        organisations = split_organisations(self.model, DESK, self.model.params["een_loket.desk_share"], "desk")
        self.desk = organisations[DESK]
        return organisations

    def door(self, household, need):
        return self.desk

    def intake(self, case) -> tuple[float, float]:
        s = self.model.params
        return s["een_loket.intake_hours"], s["een_loket.intake_days"]

    def after_intake(self, case) -> None:
        found = look_broadly(case, self.model.params["broad_intake.detection_probability"])
        presented = case.presented
        presented.organisation = self.help_org(case.household, presented.domain).name
        self.hand_over(case, found, presented=True)
