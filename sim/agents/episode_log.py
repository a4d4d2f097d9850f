"""The episode log: numbers help episodes, keeps the open ones and collects the closed ones' rows.

Story: a Wmo request opens episode 1 on the first day of the run; a debt request found at the
same kitchen table opens episode 2. When the wheelchair is delivered, episode 1 closes and its
row (an :class:`~sim.agents.episode.EpisodeRecord`) joins the log; episode 2 is still open when
the run ends, so the log closes it at the horizon with the hours done so far. A year after each
request the log notes the ZRM of the episode's domain, whatever happened meanwhile (the
follow-up). The episodes table (sim/output/tables.py) is the log's rows with their follow-ups;
the rows are held in compact column batches while the run goes on
(:class:`~sim.engine.row_batches.RowBatches`).
"""

from __future__ import annotations

import numpy as np

from sim.agents.episode_record import EpisodeRecord
from sim.domains import FOLLOW_UP_DAYS
from sim.engine.row_batches import RowBatches


class EpisodeLog:
    """The episodes of one run: ``records`` (closed rows, in order of closing) and ``open`` ones."""

    __slots__ = ("_opened", "follow_ups", "open", "records")

    def __init__(self):
        self.records = RowBatches(EpisodeRecord)
        self.open: set = set()
        self.follow_ups = bytearray()  # ZRM at follow-up by episode number - 1; 0 until noted
        self._opened = 0

    @property
    def count(self) -> int:
        """Episodes opened so far (the last number handed out)."""
        return self._opened

    def opened(self, episode) -> int:
        """A new episode: it is open, and gets the next number (1, 2, ... in order of opening)."""
        self._opened += 1
        self.open.add(episode)
        self.follow_ups.append(0)
        return self._opened

    def follow_up(self, episode) -> None:
        """Note the ZRM of ``episode``'s domain ``FOLLOW_UP_DAYS`` after its request (if the run lasts)."""
        model = episode.model
        delay = max(episode.request_time + FOLLOW_UP_DAYS - model.time, 0.0)
        model.later(delay, self._note_follow_up, episode.id, episode.household, episode.domain)

    def _note_follow_up(self, episode_id: int, household, domain: str) -> None:
        self.follow_ups[episode_id - 1] = household.zrm[domain]

    def zrm_at_follow_up(self, episode_ids) -> np.ndarray:
        """The ZRM at follow-up of each of ``episode_ids`` (numbers from 1), NaN where not yet noted.

        One byte an episode (Grote stad's 540,000 episodes held 50 MB as a dict).
        """
        noted = np.frombuffer(self.follow_ups, dtype=np.uint8).astype(float)
        noted[noted == 0] = np.nan
        return noted[np.asarray(episode_ids, dtype=np.int64) - 1]

    def closed(self, episode, record) -> None:
        """``episode`` ended: it is no longer open and ``record`` is its row."""
        self.open.discard(episode)
        self.records.append(record)

    def close_at_horizon(self, now: float) -> None:
        """The run ends at ``now``: every open episode's row, in order of opening, joins the rows."""
        for episode in sorted(self.open, key=lambda e: e.id):
            self.records.append(episode.close_at_horizon(now))
