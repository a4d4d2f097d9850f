"""The same M/M/c queue in SimPy and in Ciw: the peers of bench_mmc.py.

Usage (a whole process, as bench_mmc.py starts it):
    python benchmarks/mmc_peers.py simpy|ciw CUSTOMERS LAM MEAN SERVERS

Imports only the peer and the standard library, so that its process's memory is the peer's.
Prints the mean wait in queue.
"""

from __future__ import annotations

import random
import sys


def run_simpy(customers: int, lam: float, mean: float, servers: int, seed: int) -> tuple[int, float]:
    """The textbook SimPy M/M/c: a source process and one process per customer."""
    import simpy

    rng = random.Random(seed)
    env = simpy.Environment()
    desk = simpy.Resource(env, capacity=servers)
    waits: list[float] = []

    def customer(service: float):
        arrived = env.now
        with desk.request() as request:
            yield request
            waits.append(env.now - arrived)
            yield env.timeout(service)

    def source():
        for _ in range(customers):
            env.process(customer(rng.expovariate(1.0 / mean)))
            yield env.timeout(rng.expovariate(lam))

    env.process(source())
    env.run()
    return len(waits), sum(waits) / len(waits)


def run_ciw(customers: int, lam: float, mean: float, servers: int, seed: int) -> tuple[int, float]:
    """Ciw's M/M/c network, until ``customers`` have arrived."""
    import ciw

    network = ciw.create_network(arrival_distributions=[ciw.dists.Exponential(rate=lam)],
                                 service_distributions=[ciw.dists.Exponential(rate=1.0 / mean)],
                                 number_of_servers=[servers])
    ciw.seed(seed)
    simulation = ciw.Simulation(network)
    simulation.simulate_until_max_customers(customers, method="Arrive")
    waits = [r.waiting_time for r in simulation.get_all_records()]
    return customers, sum(waits) / len(waits)


PEERS = {"simpy": run_simpy, "ciw": run_ciw}


if __name__ == "__main__":
    name, customers, lam, mean, servers = sys.argv[1:6]
    _, wait = PEERS[name](int(customers), float(lam), float(mean), int(servers), 0)
    print(f"mean wait {wait:.4f}")
