"""The uncertain parameters a calibration fits, and the ranges it searches them in.

Story: Voorbeeldstad's figures give its Wmo, Jeugdwet and Participatiewet households, its
debt-help requests and its waits. The onset rate of each of those needs moves its own client
count (and its wait, where the team is busy), and the administration hours per hour of client
work (``work.admin_ratio``: what is left of an FTE for clients) move every wait at once. So
those five are fitted by default, each over the catalogue's plausible range; ``--param KEY``
fits another one over its plausible range, ``--param KEY=LOW,HIGH`` over a range of your own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sim.params.errors import InputError
from sim.study.factors import Factor, read_factors

INFORMED_BY = {
    "needs.wmo.onset_per_year": ("clients.wmo",),
    "needs.youth.onset_per_year": ("clients.youth",),
    "needs.work_income.onset_per_year": ("clients.work_income",),
    "needs.debt.onset_per_year": ("clients.debt_requests", "waits.debt_days"),
    "work.admin_ratio": ("waits.wmo_days", "waits.youth_days", "waits.debt_days", "waits.wmo_within_norm",
                         "waits.youth_within_norm", "waits.debt_within_norm"),
}
"""The parameters fitted by default, each when one of the figures that informs it is observed."""


def default_keys(observed: Iterable[str]) -> list[str]:
    """The parameters of :data:`INFORMED_BY` that the observed figures inform."""
    given = set(observed)
    return [key for key, figures in INFORMED_BY.items() if given.intersection(figures)]


def chosen_factors(items: list[str], observed: Mapping[str, object]) -> tuple[Factor, ...]:
    """The parameters to fit: ``items`` (``KEY`` or ``KEY=LOW,HIGH``), or the defaults the figures inform.

    Raises:
        InputError: on an unknown key, a parameter without a plausible range, or a bad range.
    """
    table = dict(_spec(item) for item in items) if items else dict.fromkeys(default_keys(observed), "plausible")
    if not table:
        raise InputError("command line", "--param", "none of the observed figures informs a default parameter; "
                         "name the parameters to fit with --param KEY")
    factors = read_factors(table, "command line")
    if len(factors) < 2:
        raise InputError("command line", "--param", "expected at least two parameters to fit (an emulator of "
                         "one is a curve: use `integraal capacity` or a sweep)")
    return factors


def _spec(item: str) -> tuple[str, object]:
    """``KEY`` to (KEY, "plausible"); ``KEY=LOW,HIGH`` to (KEY, {"range": [LOW, HIGH]})."""
    key, sep, text = item.partition("=")
    if not sep:
        return key.strip(), "plausible"
    try:
        low, high = (float(part) for part in text.split(","))
    except ValueError:
        raise InputError("command line", "--param", f"{item!r}: expected KEY or KEY=LOW,HIGH") from None
    return key.strip(), {"range": [low, high]}
