"""Buurtteams: professionals of all disciplines in small neighbourhood teams (seeds 000, 002).

Story: in a team of twelve everybody sees what everybody does. When the youth worker hears
about debts, a word at the coffee machine with the debt worker in the same team settles who
does what: an hour each, planned in days. In a team of a hundred and fifty nobody sees the
others' work any more: the same question needs a formal meeting (more hours, more days), and
afterwards each waits for the other (diffusion of responsibility). Team size acts through
visibility v = 1 / (1 + (n / overview_size) ** steepness).
"""

from __future__ import annotations

from functools import partial
from typing import override

from sim.access.base import AccessDesign
from sim.access.registry import Design
from sim.access.steps.case_meeting import CaseMeeting
from sim.access.steps.intake import intake_with_look
from sim.access.steps.integral_work import involve, start_plan
from sim.access.steps.screening import look_broadly
from sim.agents.organisation import Organisation, scaled_staff
from sim.domains import DOMAINS

DESIGN = Design(
    name="buurtteams", cls="Buurtteams", label="Buurtteams",
    description="Professionals van alle disciplines werken samen in buurtteams die zelf helpen; wat het team "
                "ziet, stemmen de collega's onderling af. In een klein team gaat dat snel en goedkoop, in een "
                "groot team wordt het een formeel overleg en wacht men op elkaar.",
    params=("buurtteams.", "look.", "meeting.with_household", "pseudo.", "diffusion.", "plan.root_cause_first"),
)


def visibility(model, team_size: int) -> float:
    """Share of the team whose work a member can see (1 in a small team, towards 0 in a big one)."""
    s = model.params
    return 1.0 / (1.0 + (team_size / s["buurtteams.overview_size"]) ** s["buurtteams.visibility_steepness"])


class Buurtteams(AccessDesign):
    """The household's neighbourhood team is the door and helps.

    Needs found by the team's short look are settled in a team consultation whose cost and
    delays depend on team size.
    """

    route = "buurtteam"
    one_door = True  # the neighbourhood team is the door for every domain: no wrong door

    @override
    def build_organisations(self) -> dict:
        model, s = self.model, self.model.params
        staff = {d: scaled_staff(s, d) for d in DOMAINS}
        count = max(1, round(sum(staff.values()) / s["buurtteams.team_size"]))
        self.teams = [Organisation(model, f"Buurtteam {i + 1}", frozenset(DOMAINS)) for i in range(count)]
        for d in DOMAINS:
            for team in self.teams:
                team.hire(staff[d] / count, s[f"organisations.{d}.weekly_hours"], d, frozenset({d}),
                          s["work.admin_ratio"])
        return {team.name: team for team in self.teams}

    @override
    def help_org(self, household, domain: str):
        """The household's own team, or the next team that has this discipline."""
        count = len(self.teams)
        home = household.unique_id % count
        for step in range(count):
            team = self.teams[(home + step) % count]
            if any(domain in p.domains for p in team.professionals):
                return team
        return self.teams[home]

    @override
    def intake(self, case) -> tuple[float, float]:
        return intake_with_look(self.model, case)

    @override
    def after_intake(self, case) -> None:
        s = self.model.params
        found = look_broadly(case, s["look.detection_probability"])
        if not found:
            self.help_presented(case)
            return
        parts = involve(case, found, self.help_org)
        unseen = 1.0 - visibility(self.model, len(parts[0][1].professionals))
        overhead = 1.0 + s["buurtteams.meeting_overhead"] * unseen
        CaseMeeting(case, parts, False, s["buurtteams.meeting_hours"] * overhead,
                    s["buurtteams.meeting_days"] * overhead, partial(start_plan, case, parts), unseen)
