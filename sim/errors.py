"""The one error type for bad input: a file, a key, and what is wrong with it."""


class InputError(Exception):
    """Bad input in a scenario or experiment file.

    Printed as one line, ``FILE: KEY: what is wrong``, by the command-line interface, which then
    exits with code 2 before anything runs.
    """

    def __init__(self, file: str, key: str, message: str):
        super().__init__(f"{file}: {key}: {message}")
        self.file = file
        self.key = key
        self.message = message
