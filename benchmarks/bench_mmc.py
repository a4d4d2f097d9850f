"""Customers per second: integraal's degenerate M/M/c mode against SimPy and Ciw, in one process.

Usage: python benchmarks/bench_mmc.py [--customers 50000] [--lam 4] [--mean 1] [--servers 5]
       [--repeat 3]

The same queue three times: Poisson arrivals at rate ``lam`` per day, exponential service with
mean ``mean`` days, ``servers`` servers, first come first served, about ``customers`` customers.
integraal runs scenarios/mmc.toml (``MunicipalityModel(scenario, seed).run()``, model build
included) for the horizon in which ``customers`` arrive on average and counts the customers it
recorded; SimPy and Ciw then simulate exactly that many customers. Each is timed by CPU time
(``time.process_time``, the figure that a busy machine disturbs least) and by wall-clock time;
the best of ``--repeat`` is reported. The mean wait of each is printed next to Erlang C as a
check that the three simulate the same queue. Needs the ``bench`` extra (simpy, ciw).

Last, the floor that Mesa's event list sets: the CPU time of one event (scheduled with
``model.schedule_event`` and run by ``run_until``) with no model behind it, in chains of events
like the queue's (a few pending at a time), times the events integraal schedules per customer.
That is the most customers per second any model on Mesa's event list could reach.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

import ciw
import mesa
import numpy as np
import simpy
from mesa.time import Event

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_common import command_line, machine

from sim.model import MunicipalityModel
from sim.params.scenario import load_scenario


def erlang_c_wait(lam: float, mean: float, servers: int) -> float:
    """Mean wait in queue of an M/M/c queue (Erlang C)."""
    a = lam * mean
    below = sum(a ** k / math.factorial(k) for k in range(servers))
    top = a ** servers / math.factorial(servers) / (1 - a / servers)
    return top / (below + top) / (servers / mean - lam)


def run_integraal(args, seed: int) -> tuple[int, float]:
    """Customers recorded and their mean wait, in the model's M/M/c mode.

    ``EVENTS`` counts the Mesa events the run created (read from Mesa's event id counter).
    """
    first = next(Event._ids)
    years = args.customers / args.lam / 365.0
    scenario = load_scenario("mmc", {"mmc.arrival_rate_per_day": args.lam, "mmc.service_mean_days": args.mean,
                                     "mmc.servers": args.servers, "simulation.years": years,
                                     "simulation.warmup_years": 0.0})
    model = MunicipalityModel(scenario, seed).run()
    EVENTS[seed] = next(Event._ids) - first - 1
    waits = [r.days_waited for r in model.episodes.records if not math.isnan(r.days_waited)]
    return len(model.episodes.records), sum(waits) / len(waits)


EVENTS: dict[int, int] = {}


class Chain:
    """A no-op event that schedules itself again after each of its ``gaps`` in turn."""

    def __init__(self, model: mesa.Model, gaps: list[float]):
        """Schedule one arrival per gap in ``gaps`` on ``model``'s event list."""
        self.model, self.gaps = model, gaps

    def __call__(self) -> None:
        """Schedule the next arrival, as long as gaps are left."""
        if self.gaps:
            self.model.schedule_event(self, after=self.gaps.pop())


def mesa_event_seconds(events: int, pending: int, seed: int) -> float:
    """CPU seconds per event of Mesa's event list alone, ``pending`` chains of no-op events."""
    model = mesa.Model(rng=seed)
    per_chain = events // pending  # gaps scaled so that all chains end before Mesa's first step at 1.0
    gaps = np.random.default_rng(seed).standard_exponential((pending, per_chain)) / (2.0 * per_chain)
    chains = [Chain(model, g) for g in gaps.tolist()]
    cpu = time.process_time()
    for chain in chains:
        chain()
    model.run_until(float(gaps.sum(axis=1).max()))
    return (time.process_time() - cpu) / (pending * (events // pending))


def run_simpy(args, customers: int, seed: int) -> tuple[int, float]:
    """The textbook SimPy M/M/c: a source process and one process per customer."""
    rng = np.random.default_rng(seed)
    gaps = (rng.standard_exponential(customers) / args.lam).tolist()
    services = (rng.standard_exponential(customers) * args.mean).tolist()
    env = simpy.Environment()
    servers = simpy.Resource(env, capacity=args.servers)
    waits: list[float] = []

    def customer(service: float):
        arrived = env.now
        with servers.request() as request:
            yield request
            waits.append(env.now - arrived)
            yield env.timeout(service)

    def source():
        for gap, service in zip(gaps, services):
            env.process(customer(service))
            yield env.timeout(gap)

    env.process(source())
    env.run()
    return len(waits), sum(waits) / len(waits)


def run_ciw(args, customers: int, seed: int) -> tuple[int, float]:
    """Ciw's M/M/c network, until ``customers`` have arrived."""
    network = ciw.create_network(arrival_distributions=[ciw.dists.Exponential(rate=args.lam)],
                                 service_distributions=[ciw.dists.Exponential(rate=1.0 / args.mean)],
                                 number_of_servers=[args.servers])
    ciw.seed(seed)
    simulation = ciw.Simulation(network)
    simulation.simulate_until_max_customers(customers, method="Arrive")
    waits = [r.waiting_time for r in simulation.get_all_records()]
    return customers, sum(waits) / len(waits)


def timed(function, *args) -> tuple[float, float, tuple]:
    """(CPU seconds, wall seconds, result) of one call."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = function(*args)
    return time.process_time() - cpu, time.perf_counter() - wall, result


def best_of(repeat: int, function, *args) -> tuple[float, float, tuple]:
    """The fastest wall and CPU seconds of ``repeat`` timed runs (seeds 0, 1, ...) and the first run's result."""
    runs = [timed(function, *args, seed) for seed in range(repeat)]
    return min(r[0] for r in runs), min(r[1] for r in runs), runs[0][2]


def main() -> None:
    """Time the same M/M/c queue in the model, SimPy, Ciw and bare Mesa, and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=50_000)
    parser.add_argument("--lam", type=float, default=4.0)
    parser.add_argument("--mean", type=float, default=1.0)
    parser.add_argument("--servers", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    results = {"integraal": best_of(args.repeat, run_integraal, args)}
    customers = results["integraal"][2][0]
    results["simpy"] = best_of(args.repeat, run_simpy, args, customers)
    results["ciw"] = best_of(args.repeat, run_ciw, args, customers)
    print(f"command: {command_line()}")
    print(f"machine: {machine()}")
    print(f"M/M/c: lambda {args.lam}/day, mean service {args.mean} day, c {args.servers}, {customers:,} customers; "
          f"Erlang C mean wait {erlang_c_wait(args.lam, args.mean, args.servers):.4f} days; best of {args.repeat}")
    rate = {name: customers / cpu for name, (cpu, _, _) in results.items()}
    for name, (cpu, wall, (_, wait)) in results.items():
        print(f"  {name:9s} {rate[name]:9,.0f} customers/s CPU ({cpu:.2f} s), {customers / wall:9,.0f} wall "
              f"({wall:.2f} s); mean wait {wait:.4f}")
    print(f"integraal / SimPy: {rate['integraal'] / rate['simpy']:.2f}x (target >= 1.5x); "
          f"integraal / Ciw: {rate['integraal'] / rate['ciw']:.2f}x (CPU customers/s)")
    per_customer = EVENTS[0] / customers
    per_event = min(mesa_event_seconds(EVENTS[0], args.servers + 1, seed) for seed in range(args.repeat))
    floor = 1.0 / (per_event * per_customer)
    print(f"Mesa's event list alone: {per_event * 1e6:.1f} us CPU per event; integraal schedules {per_customer:.2f} "
          f"events per customer, so no model on Mesa events exceeds {floor:,.0f} customers/s "
          f"({floor / rate['simpy']:.2f}x SimPy) here")


if __name__ == "__main__":
    main()
