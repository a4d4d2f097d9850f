"""Named random streams: each purpose its own, keyed by name, drawn in batches.

Story: a design that routes requests differently must not shift the numbers that decide when a
debt need arises (common random numbers). So every stream's seed is derived from its name, not
from its place in the list: adding or removing a stream leaves the others as they were.
"""

from __future__ import annotations

import numpy as np
import pytest

from sim.engine.streams import STREAM_NAMES, BatchedDraws, Draws, Streams


def test_a_streams_numbers_depend_on_its_name_not_on_the_other_streams():
    root = np.random.SeedSequence(42)
    alone = np.random.default_rng(Streams.child(root, "demand")).random(5)
    assert np.array_equal(Streams(42).demand.random(5), alone)
    assert not np.array_equal(Streams(42).seeking.random(5), alone)
    assert not np.array_equal(Streams(43).demand.random(5), alone)


def test_an_unknown_stream_is_an_error_that_lists_the_streams():
    with pytest.raises(AttributeError, match="demand"):
        Streams(1).service  # noqa: B018 (the removed stream)
    assert "service" not in STREAM_NAMES


def test_batched_draws_give_the_generators_numbers_in_order():
    uniform = BatchedDraws(np.random.default_rng(7), size=4)
    expected = np.random.default_rng(7).random(8)
    assert [uniform.uniform() for _ in range(8)] == expected.tolist()
    exponential = BatchedDraws(np.random.default_rng(7), size=3)
    expected = np.random.default_rng(7).standard_exponential(3)
    assert [exponential.exponential() for _ in range(3)] == expected.tolist()


def test_draws_has_one_batched_stream_per_name():
    draws = Draws(Streams(3))
    assert all(isinstance(getattr(draws, name), BatchedDraws) for name in STREAM_NAMES)
    again = Draws(Streams(3))
    assert draws.outcome.uniform() == again.outcome.uniform()
