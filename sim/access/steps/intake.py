"""How long an intake takes: sectoral, sectoral plus a short broad look, or broad (integral).

Story (seed 004): the Wmo consultant's keukentafelgesprek about a wheelchair takes two hours.
With a short look (integraal kijken, no wrong door) she adds half an hour of questions about
money, children and loneliness; a broad intake (integrale intake, brede uitvraag) covers every
life domain properly and takes hours and days longer. Each function returns the professional
hours and the calendar days of the intake, which the case books as one task at the door.
"""

from __future__ import annotations


def sectoral_intake(model, case) -> tuple[float, float]:
    """Hours and days of the intake of the presented domain only."""
    p = model.domain[case.presented.domain]
    return p.intake_hours, p.intake_days


def intake_with_look(model, case) -> tuple[float, float]:
    """The sectoral intake plus ``look.hours`` for a short look at the other domains."""
    hours, days = sectoral_intake(model, case)
    return hours + model.params["look.hours"], days


def broad_intake(model, case) -> tuple[float, float]:
    """The sectoral intake plus questions about all other life domains (integral intake).

    The case is marked ``broad``: an intake that covers every domain can take the request in at
    any door (sim/access/steps/wrong_door.py).
    """
    case.broad = True
    hours, days = sectoral_intake(model, case)
    s = model.params
    return hours + s["broad_intake.extra_hours"], days + s["broad_intake.extra_days"]
