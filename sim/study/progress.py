"""A plain progress bar on stderr, shown only when stderr is a terminal or when forced."""

from __future__ import annotations

import sys
import time


class ProgressBar:
    """``bar(fraction)`` redraws; ``bar.close()`` ends the line. Silent when not on a terminal."""

    def __init__(self, label: str, stream=None, enabled: bool | None = None, width: int = 30):
        """A progress bar labelled ``label``, drawn on a terminal only (unless ``enabled`` says otherwise)."""
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.label = label
        self.width = width
        self.started = time.monotonic()
        self._last = -1

    def __call__(self, fraction: float, note: str = "") -> None:
        """Show ``fraction`` done, with ``note``; redraws only when the percentage changes."""
        percent = int(fraction * 100)
        if not self.enabled or percent == self._last:
            return
        self._last = percent
        filled = int(self.width * fraction)
        elapsed = time.monotonic() - self.started
        left = elapsed / fraction - elapsed if fraction > 0 else float("nan")
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (self.width - filled)}] "
                          f"{percent:3d}% {note} {elapsed:.0f}s, ~{left:.0f}s left ")
        self.stream.flush()

    def close(self) -> None:
        """End the bar's line."""
        if self.enabled and self._last >= 0:
            self.stream.write("\n")
            self.stream.flush()
