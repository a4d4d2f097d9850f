"""Sub-commands of ``integraal``; each module has ``register(subparsers)``."""

from sim.commands import run, scenarios, summarize, sweep, validate

COMMANDS = [run, scenarios, validate, sweep, summarize]
