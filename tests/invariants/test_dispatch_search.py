"""Invariant: searching only the professionals freed since the head was blocked chooses whom a full search would.

Story: the Wmo-loket's queue head (a keukentafelgesprek) fits nobody. A consultant closes a case;
the organisation asks only her whether she can take the head. That shortcut is exact only if
nobody else gained room meanwhile: this test runs whole designs and, at every shortcut, also
searches everybody and compares the two choices, and after every dispatch checks that the head
left waiting fits nobody.
"""

from __future__ import annotations

import pytest

from sim.agents.organisation import Organisation
from sim.agents.task import TaskState
from sim.model import MunicipalityModel
from sim.params.scenario import load_scenario

RUNS = {"sectoraal": {}, "integrale-toegang": {}, "generalisten": {}, "mmc": {"mmc.arrival_rate_per_day": 4.8}}


@pytest.mark.parametrize("name", sorted(RUNS))
def test_the_freed_professionals_are_whom_a_full_search_finds(name, monkeypatch):
    restricted_search = Organisation._find_room
    shortcuts = []

    def checked(org, task, candidates):
        if candidates is None:
            return restricted_search(org, task, None)
        start = org._next
        everybody = restricted_search(org, task, None)
        org._next = start
        chosen = restricted_search(org, task, candidates)
        shortcuts.append(chosen)
        assert chosen is everybody, f"{org.name}: the freed {chosen} but a full search {everybody}"
        return chosen

    dispatch = Organisation.dispatch

    def head_fits_nobody(org):
        dispatch(org)
        head = next((task for _, _, task in sorted(org._queue)
                     if task.state is TaskState.QUEUED and task.entry is not None), None)
        if head is not None:
            start = org._next
            assert restricted_search(org, head, None) is None, f"{org.name}: a head that fits somebody waits"
            org._next = start

    monkeypatch.setattr(Organisation, "_find_room", checked)
    monkeypatch.setattr(Organisation, "dispatch", head_fits_nobody)
    overrides = {"population.inhabitants": 15_000, "simulation.warmup_years": 0.2, "simulation.years": 0.5}
    scenario = load_scenario(name, RUNS[name] or overrides)
    MunicipalityModel(scenario, 3).run()
    assert len(shortcuts) > 20, "the shortcut was hardly taken"
