"""The wrong door: a household asks an organisation that does not help with its need.

Story (seed 004, "no wrong door"): a woman behind on her rent asks the Wmo-loket, because that
is the counter she knows. Where every domain has its own door, the Wmo consultant spends half an
hour to find out this is not hers (triage). In the sectoral baseline she says "not here, try
Schuldhulpverlening", and the woman asks again there a few weeks later, if she is not put off
("van het kastje naar de muur"). Under no wrong door the consultant hands her over herself (a
warm handover); a broad intake at any door takes the request in, since it covers every domain.
A design with one door (one desk, one team) has no wrong door.

Every request draws from the ``doors`` stream whether it goes to a wrong door, which, and how
long a household sent away takes to ask again, in every design, so that compared designs meet
the same wrong doors (common random numbers).
"""

from __future__ import annotations

from functools import partial
from typing import NamedTuple

from sim.agents.episode import Origin
from sim.agents.task import CRISIS_PRIORITY, Task
from sim.domains import DOMAINS, HourCategory


class WrongDoor(NamedTuple):
    """The organisation asked first by mistake (of ``domain``), and the days until a household sent away asks again."""

    organisation: object
    domain: str
    reask_days: float


def wrong_door(design, case) -> WrongDoor | None:
    """The wrong door the household asks first, or None (the right door, or only one door).

    Three draws for every request, used or not, so the stream stays aligned across designs.
    """
    model = design.model
    draws = model.draws.doors
    draw, pick, delay = draws.uniform(), draws.uniform(), draws.exponential()
    asked = case.presented.origin == Origin.ASKED and not design.one_door
    if not asked or draw >= model.params["wrong_door.probability"]:
        return None
    others = [d for d in DOMAINS if d != case.presented.domain]
    domain = others[int(pick * len(others))]
    organisation = design.help_org(case.household, domain)
    if not organisation.professionals:
        return None  # a door with nobody behind it is not a door anyone asks at
    return WrongDoor(organisation, domain, delay * model.params["wrong_door.reask_days"])


def _triage(case, wrong: WrongDoor, then) -> None:
    """The wrong door finds out the request is not its own (hours of its own staff), then ``then()``.

    A door answers "not here" before it takes up its own list (front-of-queue priority): the
    household does not wait behind the wrong door's waiting list.
    """
    s = case.model.params
    case.presented.wrong_door = True
    hours, days = s["wrong_door.hours"], s["wrong_door.days"]
    if hours <= 0 or days <= 0:
        then()
        return
    task = Task.spread(HourCategory.INTAKE, case.presented, hours, days, partial(_booked, case, then),
                       domain=wrong.domain, priority=CRISIS_PRIORITY)
    wrong.organisation.submit(task)


def _booked(case, then, task) -> None:
    case.presented.add_work(task)
    then()


def send_away(case, wrong: WrongDoor, then) -> None:
    """Sectoral: "not here"; the household asks again at the right door after some weeks."""
    _triage(case, wrong, partial(case.model.later, wrong.reask_days, then))


def refer_on(case, wrong: WrongDoor, then) -> None:
    """No wrong door: the wrong door hands the household over to the right one (a handover)."""
    s = case.model.params

    def hand_over() -> None:
        case.presented.handovers += 1
        hours, days = s["handover.hours"], s["handover.days"]
        if hours <= 0 or days <= 0:
            then()
            return
        case.door.submit(Task.spread(HourCategory.COORDINATION, case.presented, hours, days,
                                     partial(_booked, case, then)))

    _triage(case, wrong, hand_over)
