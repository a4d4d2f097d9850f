"""Named random streams, all spawned from one ``numpy.random.SeedSequence``.

Compared designs must see the same households and the same arrivals in replication k (common
random numbers). Each purpose therefore draws from its own stream: changing how requests are
routed never shifts the numbers that decide when a debt need arises. Streams are keyed by name
(each child seed is derived from the stream's name, not from its place in the list), so adding or
removing a stream does not change the others.
"""

from __future__ import annotations

import zlib

import numpy as np

STREAM_NAMES = ("population", "demand", "seeking", "escalation", "routing", "outcome", "mesa",
                "screening", "coordination", "sharing", "flags", "signals", "consent", "budget", "process",
                "absence", "thriving", "doors", "leads")


class Streams:
    """One ``numpy.random.Generator`` per purpose, e.g. ``streams.demand``."""

    def __init__(self, seed: int | np.random.SeedSequence):
        root = seed if isinstance(seed, np.random.SeedSequence) else np.random.SeedSequence(seed)
        self.root = root
        for name in STREAM_NAMES:
            self.__dict__[name] = np.random.default_rng(self.child(root, name))

    @staticmethod
    def child(root: np.random.SeedSequence, name: str) -> np.random.SeedSequence:
        """The child sequence for ``name``: stable whatever other names exist."""
        key = (*root.spawn_key, zlib.crc32(name.encode()))
        return np.random.SeedSequence(root.entropy, spawn_key=key)

    def __getattr__(self, name: str) -> np.random.Generator:
        """Only for a name that is not a stream: say which streams there are."""
        raise AttributeError(f"no random stream named {name!r}; streams: {', '.join(STREAM_NAMES)}")


class BatchedDraws:
    """Draws from one generator in blocks, so that a hot event handler takes one number cheaply.

    ``uniform()`` returns the next standard uniform; ``exponential()`` the next standard exponential.
    """

    def __init__(self, rng: np.random.Generator, size: int = 4096):
        self._rng = rng
        self._size = size
        self._uniform: list[float] = []
        self._exponential: list[float] = []

    def uniform(self) -> float:
        """The next standard uniform number of this stream."""
        if not self._uniform:
            self._uniform = self._rng.random(self._size).tolist()[::-1]
        return self._uniform.pop()

    def exponential(self) -> float:
        """The next standard exponential number of this stream."""
        if not self._exponential:
            self._exponential = self._rng.standard_exponential(self._size).tolist()[::-1]
        return self._exponential.pop()


class Draws:
    """Batched uniform and exponential draws per named stream, e.g. ``draws.seeking.uniform()``."""

    def __init__(self, streams: Streams):
        for name in STREAM_NAMES:
            setattr(self, name, BatchedDraws(getattr(streams, name)))
