"""Parameters of each life domain, read from the scenario once per model for the event loop.

Story: every time a debt need worsens, a request is made or help ends, the model needs a rate or
a chance of that domain. Reading ``model.params[f"needs.{domain}.worsening_per_year"]`` formats
a key and looks it up each time, some 200,000 times in two Middelstad years; these records hold
the same values (the scenario is immutable), looked up once: ``model.domain["debt"].seek_days``.

The norm a help episode is measured against lives here too (:meth:`DomainParams.norm`): the
Wmo's eight weeks to a decision, debt help's first conversation within weeks (days when an
eviction threatens). The degenerate M/M/c mode has a parameter set of its own
(:func:`mmc_domain_params`) instead of branches in the rules that read these records.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from sim.domains import DOMAINS


@dataclass(frozen=True, slots=True)
class DomainParams:
    """The catalogue values of one domain that the event loop reads (names as in the catalogue).

    ``debt_worsening_multiplier`` and ``root_cause_success_multiplier`` (spillover.*) apply to a
    need in this domain while the household's debts are unresolved; ``crisis_norm_days`` is the
    norm in a crisis (debt help: ``norms.debt.crisis_days`` when that is shorter). The
    ``benefit.*`` values (sim/params/benefit_catalogue.py) are the early-help factor of help
    success (its reference points the domain's own) and the slower worsening while a regisseur
    follows the household.
    """

    worsening_per_year: float
    remission_per_year: float
    present_probability: float
    seek_days: float
    recurrence_probability: float
    recurrence_days: float
    help_hours_per_week: float
    help_duration_days: float
    help_success_probability: float
    intake_hours: float
    intake_days: float
    first_contact_days: float
    norm_measure: str
    norm_days: float
    crisis_norm_days: float
    debt_worsening_multiplier: float
    root_cause_success_multiplier: float
    severity_success_gain: float
    reference_zrm: float
    wait_success_loss_per_year: float
    reference_wait_days: float
    regie_worsening_reduction: float

    @classmethod
    def of(cls, scenario, domain: str) -> DomainParams:
        """The values of ``domain`` in ``scenario``."""
        needs, help_, intake = f"needs.{domain}.", f"help.{domain}.", f"intake.{domain}."
        norm_days = scenario[f"norms.{domain}.days"]
        crisis_norm_days = min(norm_days, scenario["norms.debt.crisis_days"]) if domain == "debt" else norm_days
        return cls(
            scenario[needs + "worsening_per_year"], scenario[needs + "remission_per_year"],
            scenario[needs + "present_probability"], scenario[needs + "seek_days"],
            scenario[needs + "recurrence_probability"], scenario[needs + "recurrence_days"],
            scenario[help_ + "hours_per_week"], scenario[help_ + "duration_days"],
            scenario[help_ + "success_probability"], scenario[intake + "hours"], scenario[intake + "days"],
            scenario[intake + "first_contact_days"], scenario[f"norms.{domain}.measure"], norm_days,
            crisis_norm_days, scenario["spillover.debt_worsening_multiplier"],
            scenario["spillover.root_cause_success_multiplier"], scenario["benefit.severity_success_gain"],
            scenario[f"benefit.{domain}.reference_zrm"], scenario["benefit.wait_success_loss_per_year"],
            scenario[f"benefit.{domain}.reference_wait_days"], scenario["benefit.regie_worsening_reduction"])

    def norm(self, crisis: bool, first_contact: float, decision_time: float) -> tuple[float, float]:
        """The norm in days and the time of the event it measures (NaN while it lies ahead).

        With measure ``none`` there is no norm: 0 days and no event.
        """
        if self.norm_measure == "none":
            return 0.0, math.nan
        days = self.crisis_norm_days if crisis else self.norm_days
        if self.norm_measure == "decision":
            return days, decision_time
        return days, first_contact


def domain_params(scenario) -> dict[str, DomainParams]:
    """The parameters of every life domain, by domain."""
    return {d: DomainParams.of(scenario, d) for d in DOMAINS}


def mmc_domain_params(scenario) -> dict[str, DomainParams]:
    """The domain parameters of the degenerate M/M/c mode.

    Needs never worsen, remit, recur or ask by themselves; help books 1 hour a week for
    ``mmc.service_mean_days`` times the need's effort; there is no norm; help success does not
    depend on severity or wait and nobody follows a household (no ``benefit.*`` effect).
    """
    return {d: replace(p, worsening_per_year=0.0, remission_per_year=0.0, present_probability=0.0,
                       recurrence_probability=0.0, help_hours_per_week=1.0,
                       help_duration_days=scenario["mmc.service_mean_days"], norm_measure="none", norm_days=0.0,
                       crisis_norm_days=0.0, severity_success_gain=0.0, wait_success_loss_per_year=0.0,
                       regie_worsening_reduction=0.0)
            for d, p in domain_params(scenario).items()}
