"""A separate integral team with referral criteria (the Gouda pilot, seed 004).

Story: everybody takes the ordinary sectoral route. The debt consultant notices that the
client's benefit stopped and the rent is unpaid; income and debt laws pull in different
directions (Participatiewet against Wgs). That meets a referral criterion, so she refers the case
to the small integral team, which takes regie: a broad assessment, one meeting with the
organisations involved and a named lead. A case that is stuck (no help months after the
decision) is referred too: the team takes it up and pushes it to the front of the queue.
"""

from __future__ import annotations

from typing import override

from sim.access.base import AccessDesign
from sim.access.registry import Design
from sim.access.steps.integral_work import work_integrally
from sim.access.steps.screening import look_broadly
from sim.agents.organisation import Organisation
from sim.agents.task import Task, TaskState
from sim.domains import DAYS_PER_WEEK, DOMAINS, PER_INHABITANTS, ZRM_CRISIS, HourCategory

DESIGN = Design(
    name="integraal-team", cls="IntegraalTeam", label="Integraal team met verwijscriteria",
    description="Iedereen begint op de gewone sectorale route; een klein integraal team neemt de regie over "
                "als er meerdere leefgebieden spelen, er een crisis is, wetten botsen of de hulp lang na het "
                "besluit nog niet is begonnen. Zo wordt integraal werken alleen ingezet waar de criteria (zoals "
                "in Gouda) daarom vragen.",
    params=("integraal_team.", "broad_intake.detection_probability", "meeting.", "maturity.", "pseudo.",
            "plan.root_cause_first"),
)
TEAM = "Integraal team"


class IntegraalTeam(AccessDesign):
    """Sectoral routes for all; referral to the integral team when the Gouda criteria hold."""

    route = "sectoral"

    @override
    def build_organisations(self) -> dict:
        model, s = self.model, self.model.params
        organisations = model.build_organisations()
        team = Organisation(model, TEAM, frozenset(DOMAINS))
        per_100k = s["integraal_team.professionals"] * s["work.staffing_scale"]
        staff = per_100k * s["population.inhabitants"] / PER_INHABITANTS
        team.hire(max(staff, 1.0), s["organisations.social.weekly_hours"], "integral", team.domains,
                  s["work.admin_ratio"])
        organisations[TEAM] = team
        self.team = team
        return organisations

    @override
    def after_intake(self, case) -> None:
        noticed = look_broadly(case, self.model.params["integraal_team.notice_probability"], asks=False)
        if self.meets_criteria(case, noticed):
            case.set_route("integraal-team")
            work_integrally(case, self.help_org, lead=True, extra_seats=[(case.presented, self.team)])
            return
        self.help_presented(case)
        self.model.later(self.model.params["integraal_team.stuck_days"], self.check_stuck, case)

    def meets_criteria(self, case, noticed) -> bool:
        """Several domains, a crisis that needs regie, or laws in conflict (income and debt)."""
        s = self.model.params
        domains = {case.presented.domain} | {n.domain for n in noticed}
        conflict = {"work_income", "debt"} <= domains
        conflict = self.model.draws.routing.uniform() < s["integraal_team.conflict_probability"] and conflict
        crisis = case.presented.need.level == ZRM_CRISIS
        return len(domains) >= s["integraal_team.min_domains"] or crisis or conflict

    def check_stuck(self, case) -> None:
        """Still no help long after the decision: the team takes regie and escalates."""
        episode = case.presented
        task = episode.task
        if task is None or task.state is not TaskState.QUEUED:
            return
        case.set_route("integraal-team")
        hours = self.model.params["meeting.hours"]  # one meeting's hours, booked within a week
        self.team.submit(Task(HourCategory.COORDINATION, episode, hours, DAYS_PER_WEEK, episode.add_work))
        task.organisation.escalate(task)

