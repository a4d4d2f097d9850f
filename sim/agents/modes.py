"""The two simulation modes (``simulation.mode``): how the model is wired, chosen once at construction.

``municipality``: the full model. A synthetic population is drawn before the access design
builds its organisations (so household ids do not depend on staffing), one organisation per life
domain is the default, and needs arise in that population by onset.

``mmc``: the degenerate M/M/c mode, the model reduced to a textbook queue to check the engine
against queueing theory (Erlang C, ``tests/theory``). Story: one desk, the Loket, with c servers
who each hold one case at a time (help books 1 hour of a 1-hour week); each Poisson arrival is a
new household with one need that asks at once, never worsens, remits or recurs, and takes
exponential help of ``mmc.service_mean_days`` on average; there is no norm and no leave. The mode is wiring,
not branches: its own domain parameters (:func:`~sim.engine.domain_params.mmc_domain_params`),
its desk, no households at the start and Poisson arrivals. The need, the episode and the case
follow the same rules in both modes.
"""

from __future__ import annotations

from sim.agents.absence import Absence
from sim.agents.demand import Onset, PoissonArrivals
from sim.agents.organisation import Organisation, sectoral_organisations
from sim.domains import DOMAINS
from sim.engine.domain_params import domain_params, mmc_domain_params

DESK = "Loket"
"""The one organisation of the M/M/c mode."""


class Municipality:
    """Mode ``municipality``: a town of households, sectoral organisations, need onset."""

    domain_params = staticmethod(domain_params)

    @staticmethod
    def populate(model) -> None:
        """Draw the town's households."""
        population = model.population
        population.create(population.household_count(), model.streams.population)

    @staticmethod
    def organisations(model) -> dict[str, Organisation]:
        """One organisation per life domain."""
        return sectoral_organisations(model)

    @staticmethod
    def demand(model) -> Onset:
        """Needs arise in the population."""
        return Onset(model)

    @staticmethod
    def absence(model) -> Absence:
        """Professionals take leave and are off sick now and then."""
        return Absence(model)


class MmcQueue:
    """Mode ``mmc``: one desk of ``mmc.servers`` servers and Poisson arrivals of one-need households."""

    domain_params = staticmethod(mmc_domain_params)

    @staticmethod
    def populate(model) -> None:
        """No households at the start: each arrival brings its own."""
        return None

    @staticmethod
    def organisations(model) -> dict[str, Organisation]:
        """The desk, serving the first domain with servers of 1 hour a week and no administration."""
        desk = Organisation(model, DESK, frozenset({DOMAINS[0]}))
        desk.hire(model.params["mmc.servers"], 1.0, DOMAINS[0], desk.domains, 0.0)
        return {DOMAINS[0]: desk}

    @staticmethod
    def demand(model) -> PoissonArrivals:
        """Poisson arrivals, each a household that asks at once."""
        return PoissonArrivals(model)

    @staticmethod
    def absence(model) -> None:
        """Servers are always there: the textbook queue has a constant capacity."""
        return None


MODES = {"municipality": Municipality, "mmc": MmcQueue}
"""The wiring of each value of ``simulation.mode``."""
