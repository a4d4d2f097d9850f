"""A handover between organisations: it takes time, and information can get lost on the way.

Story (seeds 002, 004): the Wmo consultant found debts and hands the household over to
Schuldhulpverlening. The receiving consultant reads the file (coordination hours, queued like
other work). Sometimes the file says too little, or, under strict AVG rules, the household did
not consent to sharing it: then the debt consultant asks everything again (a repeated intake)
and, without consent, a new appointment adds days.
"""

from __future__ import annotations

from sim.agents.task import Task
from sim.domains import HourCategory


class Handover:
    """Hands ``episode`` to ``organisation``; calls ``then(episode)`` when it may start help.

    ``consent`` is False when sharing is not allowed (design avg-strikt without consent).
    """

    def __init__(self, case, episode, organisation, then, consent: bool = True):
        self.case, self.model, self.episode = case, case.model, episode
        self.organisation, self.then, self.consent = organisation, then, consent
        self.started = self.model.time
        episode.handovers += 1
        s = self.model.params
        days, hours = s["handover.days"], s["handover.hours"]
        if days <= 0 or hours <= 0:
            self._read(None)
            return
        task = Task.spread(HourCategory.COORDINATION, episode, hours, days, self._read)
        organisation.submit(task)

    def _read(self, task) -> None:
        if task is not None:
            self.episode.add_work(task)
        s = self.model.params
        lost = self.model.draws.sharing.uniform() < s["handover.info_loss_probability"]
        if not self.consent:
            self.model.later(s["avg.no_consent_delay_days"], self._repeat_intake)
        elif lost:
            self._repeat_intake()
        else:
            self._done()

    def _repeat_intake(self) -> None:
        """The receiving organisation asks again what the sender already knew."""
        s, domain = self.model.params, self.episode.domain
        share = s["handover.repeat_intake_share"]
        hours, days = s[f"intake.{domain}.hours"] * share, s[f"intake.{domain}.days"] * share
        self.episode.repeated_intakes += 1
        if days <= 0 or hours <= 0:
            self._done()
            return
        task = Task.spread(HourCategory.INTAKE, self.episode, hours, days, self._repeated)
        self.organisation.submit(task)

    def _repeated(self, task) -> None:
        self.episode.add_work(task)
        self._done()

    def _done(self) -> None:
        self.episode.handover_days += self.model.time - self.started
        self.then(self.episode)

