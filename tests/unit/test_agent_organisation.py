"""An organisation's queue: first come first served, crisis first, escalation and withdrawal.

Story: the Wmo-loket has one consultant with a 10-hour week and every request needs her whole
week. While she is busy the others wait; when she is free the right one starts next.
"""

from __future__ import annotations

import pytest

from sim.agents.organisation import Organisation, scaled_staff
from sim.agents.task import CRISIS_PRIORITY, Task, TaskState
from sim.model import MunicipalityModel
from sim.params.scenario import load_scenario
from stand_ins import EpisodeStandIn, one_desk

WEEK_OF_WORK = 10.0
"""Client hours a week of each task here: exactly the consultant's week."""


@pytest.fixture
def desk():
    return one_desk(WEEK_OF_WORK, name="Test desk")


def submit(org, name: str, started: list, days: float = 10.0, **options) -> Task:
    task = Task("direct_help", EpisodeStandIn(), WEEK_OF_WORK, days, lambda task: None,
                on_start=lambda task: started.append(name), **options)
    org.submit(task)
    return task


def test_requests_start_first_come_first_served(desk):
    model, org = desk
    started = []
    for name in ("first", "second", "third"):
        submit(org, name, started)
    assert started == ["first"] and org.waiting == 2
    model.run_until(10.5)
    assert started == ["first", "second"]
    model.run_until(20.5)
    assert started == ["first", "second", "third"]


def test_a_crisis_jumps_the_queue(desk):
    model, org = desk
    started = []
    submit(org, "running", started)
    submit(org, "normal", started)
    submit(org, "crisis", started, priority=CRISIS_PRIORITY)
    model.run_until(10.5)
    assert started == ["running", "crisis"]


def test_an_escalated_request_moves_to_the_front_once(desk):
    model, org = desk
    started = []
    submit(org, "running", started)
    submit(org, "early", started)
    late = submit(org, "late", started)
    org.escalate(late)
    assert late.priority == CRISIS_PRIORITY
    model.run_until(25.0)
    assert started == ["running", "late", "early"]
    assert org.queued_tasks() == []


def test_a_withdrawn_request_never_starts_but_a_running_one_cannot_be_withdrawn(desk):
    model, org = desk
    started = []
    running = submit(org, "running", started)
    waiting = submit(org, "waiting", started)
    assert org.withdraw(waiting) and waiting.state is TaskState.WITHDRAWN and org.waiting == 0
    assert not org.withdraw(running)
    model.run_until(30.0)
    assert started == ["running"]
    assert org.queue.left == 2, "the started and the withdrawn task both left the queue"


def test_a_task_too_big_for_anybody_waits():
    model = MunicipalityModel(load_scenario("sectoraal", {"population.inhabitants": 300}), 1)
    org = Organisation(model, "Small desk", frozenset({"wmo"}))
    org.hire(1, WEEK_OF_WORK / 2, "wmo", org.domains, 0.0)
    started = []
    submit(org, "too big", started)
    assert started == [] and org.waiting == 1


def test_staff_scales_with_inhabitants_and_keeps_at_least_one():
    small = load_scenario("sectoraal", {"population.inhabitants": 300})
    large = load_scenario("sectoraal", {"population.inhabitants": 200_000})
    per_100k = large["organisations.debt.professionals"]
    assert scaled_staff(large, "debt") == pytest.approx(2 * per_100k)
    assert scaled_staff(small, "debt") == 1


def test_a_fraction_of_an_fte_is_one_part_timer():
    _, org = one_desk(10.0)
    org.hire(2.4, 32.0, "wmo", org.domains, 0.0)
    assert [p.weekly_hours for p in org.professionals[1:]] == pytest.approx([32.0, 32.0, 12.8])


def test_the_staffing_scale_multiplies_every_organisations_professionals():
    """``work.staffing_scale`` 1.5: half again as many FTE in every domain; 1 leaves the calibrated staff."""
    base = load_scenario("sectoraal", {}).values
    more = load_scenario("sectoraal", {"work.staffing_scale": 1.5}).values
    for domain in ("wmo", "youth", "work_income", "debt", "social"):
        assert scaled_staff(more, domain) == pytest.approx(1.5 * scaled_staff(base, domain))
