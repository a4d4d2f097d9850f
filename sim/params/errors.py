"""The one error type for bad input: a file, a key, and what is wrong with it (and what is allowed)."""

from __future__ import annotations


class InputError(Exception):
    """Bad input in a scenario or experiment file, or on the command line.

    Printed as one line, ``FILE[:LINE]: KEY: what is wrong and what is allowed``, by the
    command-line interface, which then exits with code 2 before anything runs. Story: a
    policy advisor types ``avoider_share = 15`` (meaning 15%) on line 9 of ``wijk.toml`` and reads
    ``wijk.toml:9: population.avoider_share: 15.0 is above the maximum 1.0; expected a share
    between 0 and 1``.
    """

    def __init__(self, file: str, key: str, message: str, line: int | None = None):
        """An error in ``key`` of ``file`` (at ``line``, when known), told in one line."""
        self.file = str(file)
        self.key = key
        self.message = " ".join(str(message).split())  # one line, whatever the message held
        self.line = line
        super().__init__(self._text())

    def _text(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.key}: {self.message}"

    def __str__(self) -> str:
        """The one-line message: file, line, key and what is wrong."""
        return self._text()

    def at(self, file: str, line: int | None) -> InputError:
        """The same error, placed in ``file`` at ``line``."""
        return InputError(file, self.key, self.message, line)
