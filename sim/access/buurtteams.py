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

from sim.access.integrale_toegang import start_plan
from sim.access.sectoral import Sectoral
from sim.access.steps.case_meeting import CaseMeeting
from sim.domains import DOMAINS
from sim.agents.organisation import Organisation
from sim.access.steps.screening import look_broadly


def visibility(model, team_size: int) -> float:
    """Share of the team whose work a member can see (1 in a small team, towards 0 in a big one)."""
    s = model.params
    return 1.0 / (1.0 + (team_size / s["buurtteams.overview_size"]) ** s["buurtteams.visibility_steepness"])


class Buurtteams(Sectoral):
    """The household's neighbourhood team is the door and helps; needs found by the team's short
    look are settled in a team consultation whose cost and delays depend on team size."""

    name = "buurtteams"
    route = "buurtteam"

    def build_organisations(self) -> dict:
        model, s = self.model, self.model.params
        staff = {d: model.staff(d) for d in DOMAINS}
        count = max(1, round(sum(staff.values()) / s["buurtteams.team_size"]))
        self.teams = [Organisation(model, f"Buurtteam {i + 1}", frozenset(DOMAINS)) for i in range(count)]
        offset = 0
        for d in DOMAINS:
            for i in range(count):
                members = staff[d] // count + ((i - offset) % count < staff[d] % count)
                self.teams[i].hire(members, s[f"organisations.{d}.weekly_hours"], d, frozenset({d}),
                                   s["work.admin_ratio"])
            offset += staff[d] % count
        return {team.name: team for team in self.teams}

    def help_org(self, household, domain: str):
        """The household's own team, or the next team that has this discipline."""
        count = len(self.teams)
        home = household.unique_id % count
        for step in range(count):
            team = self.teams[(home + step) % count]
            if any(domain in p.domains for p in team.professionals):
                return team
        return self.teams[home]

    def intake(self, case) -> tuple[float, float]:
        hours, days = self.sectoral_intake(case)
        return hours + self.model.params["look.hours"], days

    def after_intake(self, case) -> None:
        s, household = self.model.params, case.household
        found = look_broadly(case, s["look.detection_probability"])
        if not found:
            super().after_intake(case)
            return
        parts = [(case.presented, self.help_org(household, case.presented.domain))]
        for need in found:
            org = self.help_org(household, need.domain)
            parts.append((case.add_episode(need, org.name), org))
        unseen = 1.0 - visibility(self.model, len(parts[0][1].professionals))
        overhead = 1.0 + s["buurtteams.meeting_overhead"] * unseen
        CaseMeeting(case, parts, False, s["buurtteams.meeting_hours"] * overhead,
                    s["buurtteams.meeting_days"] * overhead, partial(start_plan, case, parts), unseen)
