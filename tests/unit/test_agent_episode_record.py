"""Unit tests of the episode record (sim/agents/episode_record.py): one flat, immutable row.

Story: the finished wheelchair request becomes one line of the episodes table; it cannot be
changed afterwards, and it drops into pandas with the record's own column names.
"""

from __future__ import annotations

import pandas as pd
import pytest

from sim.agents.episode_record import EpisodeRecord
from stand_ins import open_case, small_model


def test_a_closed_episode_is_one_immutable_row_that_drops_into_pandas():
    """The record of an episode has every column, refuses changes and makes a one-row frame."""
    model = small_model()
    case = open_case(model, "wmo")
    row = case.presented.record()
    assert isinstance(row, EpisodeRecord) and len(row) == len(EpisodeRecord.columns())
    assert row.domain == "wmo" and row.wrong_door is False
    with pytest.raises(AttributeError):
        row.domain = "debt"
    frame = pd.DataFrame([row], columns=EpisodeRecord.columns())
    assert list(frame.columns) == EpisodeRecord.columns() and frame.loc[0, "episode"] == case.presented.id
