"""Integrale toegang: every request gets a broad intake and a joint plan before help starts.

Story (seed 000): a municipality of over 100,000 inhabitants assessed, for every Wmo request,
youth care, special assistance, loneliness and debt help too. An elderly woman asks for a
wheelchair. The keukentafelgesprek now covers all life domains (longer, and it finds the debts
her son-in-law left her with); the wheelchair waits until Wmo-loket and Schuldhulpverlening have
met and agreed one plan; and with nobody named as lead, each waits for the other for a while.
"""

from __future__ import annotations

from functools import partial

from sim.access.base import AccessDesign
from sim.access.steps.case_meeting import CaseMeeting, maturity_factor, meeting_days
from sim.access.steps.screening import look_broadly
from sim.agents.task import CRISIS_PRIORITY


class IntegraleToegang(AccessDesign):
    """Broad intake at the door of the presented domain, a case meeting of all involved
    organisations, then help under the joint plan; no lead is named."""

    name = "integrale-toegang"
    route = "integral"
    lead = False

    def door(self, household, need):
        return self.help_org(household, need.domain)

    def intake(self, case) -> tuple[float, float]:
        return self.broad_intake(case)

    def after_intake(self, case) -> None:
        self.work_integrally(case, self.lead)

    def work_integrally(self, case, lead: bool, extra_seats=()) -> None:
        """Find the other needs, meet with every organisation involved, then help by the plan."""
        s, household = self.model.params, case.household
        found = look_broadly(case, s["broad_intake.detection_probability"])
        parts = [(case.presented, self.help_org(household, case.presented.domain))]
        for need in found:
            org = self.help_org(household, need.domain)
            parts.append((case.add_episode(need, org.name), org))
        mature = maturity_factor(self.model)
        actors = len({org.name for _, org in parts}) + len(extra_seats)
        CaseMeeting(case, parts + list(extra_seats), lead, s["meeting.hours"] * mature,
                    meeting_days(self.model, actors) * mature, partial(start_plan, case, parts))


def start_plan(case, parts, plan, participants) -> None:
    """Help starts for every episode of the plan; an effective plan treats debt first (seed 001)."""
    first = case.model.params["plan.root_cause_first"] and plan.effective
    for episode, org in parts:
        preferred = participants.get((org.name, episode.domain), case.intake_professional())
        priority = CRISIS_PRIORITY if first and episode.domain == "debt" else None
        case.start_help(episode, org, preferred, priority)
