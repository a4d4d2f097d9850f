"""Offered load before a run (sim/params/load.py): rho of an M/M/c scenario, nothing for a town."""

import pytest

from sim.params.load import load_warnings, offered_load
from sim.params.scenario import load_scenario


def mmc(rate: float, mean: float, servers: int):
    return load_scenario("mmc", {"mmc.arrival_rate_per_day": rate, "mmc.service_mean_days": mean,
                                 "mmc.servers": servers})


@pytest.mark.parametrize(("rate", "mean", "servers", "rho"),
                         [(4.0, 1.0, 5, 0.8), (6.0, 1.0, 5, 1.2), (2.0, 0.5, 1, 1.0), (0.0, 1.0, 3, 0.0)])
def test_offered_load_is_work_per_server(rate, mean, servers, rho):
    assert offered_load(mmc(rate, mean, servers)) == pytest.approx(rho)


def test_an_overloaded_queue_gets_one_warning_naming_file_key_and_load():
    (warning,) = load_warnings(mmc(6.0, 1.0, 5))
    assert warning.startswith("warning: ") and "mmc.toml" in warning and "mmc.servers" in warning
    assert "1.20" in warning and "\n" not in warning


def test_a_queue_below_capacity_and_a_municipality_get_no_warning():
    assert load_warnings(mmc(4.0, 1.0, 5)) == []
    town = load_scenario("sectoraal")
    assert offered_load(town) is None and load_warnings(town) == []
