"""Sub-commands of ``integraal``; each module has ``register(subparsers)``."""

from sim.commands import run, scenarios, validate

COMMANDS = [run, scenarios, validate]
