"""Parameters of each life domain, read from the scenario once per model for the event loop.

Story: every time a debt need worsens, a request is made or help ends, the model needs a rate or
a chance of that domain. Reading ``model.params[f"needs.{domain}.worsening_per_year"]`` formats
a key and looks it up each time, some 200,000 times in two Middelstad years; these records hold
the same values (the scenario is immutable), looked up once: ``model.domain["debt"].seek_days``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sim.domains import DOMAINS


@dataclass(frozen=True, slots=True)
class DomainParams:
    """The catalogue values of one domain that the event loop reads (names as in the catalogue)."""

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

    @classmethod
    def of(cls, scenario, domain: str) -> DomainParams:
        needs, help_, intake = f"needs.{domain}.", f"help.{domain}.", f"intake.{domain}."
        return cls(
            scenario[needs + "worsening_per_year"], scenario[needs + "remission_per_year"],
            scenario[needs + "present_probability"], scenario[needs + "seek_days"],
            scenario[needs + "recurrence_probability"], scenario[needs + "recurrence_days"],
            scenario[help_ + "hours_per_week"], scenario[help_ + "duration_days"],
            scenario[help_ + "success_probability"], scenario[intake + "hours"], scenario[intake + "days"],
            scenario[intake + "first_contact_days"], scenario[f"norms.{domain}.measure"],
            scenario[f"norms.{domain}.days"])


def domain_params(scenario) -> dict[str, DomainParams]:
    """The parameters of every life domain, by domain."""
    return {d: DomainParams.of(scenario, d) for d in DOMAINS}
