"""Parameters: the catalogue of every model parameter, the design catalogue, scenario files and their checks.

Bad input becomes one :class:`~sim.params.errors.InputError` naming file and key.
"""
