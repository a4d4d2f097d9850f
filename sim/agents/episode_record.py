"""One row of the episodes table: the flat, immutable record a help episode becomes when it ends.

Story: when the wheelchair has been delivered, the episode of that request is written down as
one line: who asked, when, at which door, how long the waits and how many hours, and how it
ended. The rows drop into pandas as they are.
"""

from __future__ import annotations

from typing import NamedTuple


class EpisodeRecord(NamedTuple):
    """One row of the episodes table; times are in days since the start of the run.

    A named tuple: immutable, a row for pandas as it is, and built in a microsecond (a frozen
    dataclass sets its 35 fields one by one: five times as long, 6,500 episodes a year).
    """

    episode: int
    household: int
    household_type: str
    domain: str
    organisation: str
    route: str
    professionals: str
    n_professionals: int
    crisis: bool
    zrm_at_request: int
    request_time: float
    intake_start: float
    first_contact: float
    decision_time: float
    help_start: float
    end_time: float
    days_waited: float
    days_to_norm_event: float
    norm_days: float
    within_norm: float
    outcome: str
    intake_hours: float
    help_hours: float
    coordination_hours: float
    origin: str
    need_onset: float
    household_needs: int
    coordinated: bool
    plan_effective: bool
    idle_days: float
    handovers: int
    handover_days: float
    repeated_intakes: int
    intrusion: bool
    wrong_door: bool
    budget_eur: float
    effort: float
    zrm_at_end: int

    @classmethod
    def columns(cls) -> list[str]:
        """The column names of the episodes table."""
        return list(cls._fields)
