"""Trace tests of the episode log (sim/agents/episode_log.py): numbers, open episodes, rows.

Story: two requests open episodes 1 and 2; the second closes first, so its row comes first; the
first is still open at the horizon and its row joins the log then.
"""

from __future__ import annotations

from types import SimpleNamespace

from sim.agents.episode_log import EpisodeLog


class Open(SimpleNamespace):
    """An open episode as the log sees it: an id, and the row it gives at the horizon."""

    def close_at_horizon(self, now: float) -> tuple:
        """The row of an episode the horizon cut off."""
        return ("open at horizon", self.id, now)

    __hash__ = object.__hash__


def test_episodes_are_numbered_in_order_of_opening_and_kept_open_until_closed():
    log = EpisodeLog()
    first, second = Open(), Open()
    first.id, second.id = log.opened(first), log.opened(second)
    assert (first.id, second.id) == (1, 2) and log.open == {first, second} and log.count == 2
    log.closed(second, ("closed", 2))
    assert log.open == {first} and list(log.records) == [("closed", 2)]


def test_the_horizon_closes_what_is_open_in_order_of_opening():
    log = EpisodeLog()
    episodes = [Open() for _ in range(3)]
    for episode in reversed(episodes):
        episode.id = log.opened(episode)
    log.close_at_horizon(365.0)
    assert list(log.records) == [("open at horizon", n, 365.0) for n in (1, 2, 3)]
