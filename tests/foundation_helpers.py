"""Small scenarios and runs shared by the foundation tests."""

from __future__ import annotations

import math

from sim.model import MunicipalityModel
from sim.params.scenario import load_scenario

SMALL_TOWN = {"population.inhabitants": 4000, "simulation.warmup_years": 0.5, "simulation.years": 1.0}


def small_town(**overrides):
    """The sectoral baseline on a town of 4,000 inhabitants, half a year of warm-up and one year."""
    return load_scenario("sectoraal", {**SMALL_TOWN, **overrides})


def mmc(lam: float, mean: float, servers: int, years: float, warmup: float = 0.2):
    """The M/M/c scenario: arrival rate ``lam`` per day, mean help ``mean`` days, ``servers`` professionals."""
    return load_scenario("mmc", {"mmc.arrival_rate_per_day": lam, "mmc.service_mean_days": mean,
                                 "mmc.servers": servers, "simulation.years": years,
                                 "simulation.warmup_years": warmup})


def mmc_waits(scenario, seed) -> tuple[list[float], MunicipalityModel]:
    """Waits of the customers who arrived after the warm-up and were served by the horizon."""
    model = MunicipalityModel(scenario, seed).run()
    rows = model.episodes.records.frame()
    served = rows[(rows["request_time"] >= model.measure_from) & rows["help_start"].notna()]
    return served["days_waited"].tolist(), model


def erlang_c_wait(lam: float, mean: float, servers: int) -> float:
    """Mean wait in queue of an M/M/c queue (Erlang C)."""
    mu, a = 1.0 / mean, lam * mean
    rho = a / servers
    below = sum(a ** k / math.factorial(k) for k in range(servers))
    top = a ** servers / math.factorial(servers) / (1 - rho)
    return top / (below + top) / (servers * mu - lam)
