"""Offered load against capacity, where it is known before a run: a warning, not an error.

Story: a researcher sets up the M/M/c check with 20 requests a day, one day of help each, and
four professionals. Every day brings 20 days of work for 4 people: the waiting list can only
grow, and whatever wait the run prints says how long the run lasted, not how long people wait.
``integraal validate`` and ``integraal run`` say so in one warning line and still exit 0 (an
overloaded queue may be what the researcher wants to watch).

In the municipality mode the offered load follows from needs that arise, worsen and remit in
the population, which only a run shows; no warning is given there before the run.
"""

from __future__ import annotations


def offered_load(scenario) -> float | None:
    """Work offered per professional, as a share of what one can do (rho), or None when unknown.

    M/M/c: rho = arrival rate x mean service time / servers (the loader asks for at least one).
    """
    if scenario["simulation.mode"] != "mmc":
        return None
    return scenario["mmc.arrival_rate_per_day"] * scenario["mmc.service_mean_days"] / scenario["mmc.servers"]


def load_warnings(scenario) -> list[str]:
    """One line per overload the scenario has before it runs (empty when there is none)."""
    rho = offered_load(scenario)
    if rho is None or rho < 1:
        return []
    formula = (f"{scenario['mmc.arrival_rate_per_day']:g} a day x {scenario['mmc.service_mean_days']:g} days "
               f"/ {scenario['mmc.servers']} servers")
    warning = (f"warning: {scenario.path}: mmc.servers: offered load {rho:.2f} ({formula}) is at or above "
               "capacity; the waiting list grows without bound, so the run's waits measure its length, not a "
               "steady state")
    return [warning]
