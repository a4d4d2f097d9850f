"""Sub-commands of ``integraal``; each module has ``register(subparsers)``."""

from sim.commands import compare, report, reproduce, run, scenarios, sensitivity, summarize, sweep, validate

COMMANDS = [run, scenarios, validate, compare, sweep, summarize, sensitivity, reproduce, report]
