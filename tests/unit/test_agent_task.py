"""A task books a professional's hours while it runs and releases them when it ends.

Story: a keukentafelgesprek of 6 client hours spread over three weeks books 2 hours a week of
a consultant's week (plus administration); when it is done her week is free again and the
episode it worked for counts the 6 hours.
"""

from __future__ import annotations

import pytest

from sim.agents.task import Task, TaskState
from stand_ins import EpisodeStandIn, one_desk

ADMIN = 0.5


@pytest.fixture
def consultant():
    model, org = one_desk(32.0, ADMIN)
    return model, org, org.professionals[0]


def test_spread_turns_total_hours_into_hours_a_week():
    task = Task.spread("intake", EpisodeStandIn(), 6.0, 21.0, print)
    assert task.hours_per_week == pytest.approx(2.0)
    assert task.client_hours == pytest.approx(6.0)


def test_a_running_task_books_and_a_finished_one_releases(consultant):
    model, org, professional = consultant
    owner = EpisodeStandIn()
    task = Task.spread("intake", owner, 6.0, 21.0, owner.finished.append)
    org.submit(task)
    assert task.state is TaskState.RUNNING and task.professional is professional
    assert professional.booked == pytest.approx(2.0 * (1 + ADMIN))
    assert owner.met == [professional.unique_id]
    model.run_until(21.5)
    assert task.state is TaskState.DONE and owner.finished == [task]
    assert professional.booked == pytest.approx(0.0)
    hours = professional.hours_so_far()
    assert hours["intake"] == pytest.approx(6.0)
    assert hours["administration"] == pytest.approx(6.0 * ADMIN)


def test_help_counts_in_the_caseload_while_it_runs(consultant):
    model, org, professional = consultant
    owner = EpisodeStandIn()
    org.submit(Task("direct_help", owner, 1.0, 10.0, owner.finished.append))
    assert professional.caseload == 1
    model.run_until(11.0)
    assert professional.caseload == 0
