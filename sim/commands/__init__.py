"""Sub-commands of ``integraal``; each module has ``register(subparsers)``."""

from sim.commands import (calibration_table, compare, report, reproduce, run, scenarios, sensitivity, summarize, sweep,
                          validate, validate_patterns)

COMMANDS = [run, scenarios, validate, compare, sweep, summarize, sensitivity, reproduce, validate_patterns,
            calibration_table, report]
