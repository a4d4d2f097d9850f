"""Sub-commands of ``integraal``: each name with its one-line help.

The command ``validate-patterns`` lives in the module ``sim.commands.validate_patterns``, which has ``register(parser)``
(adds the command's options) and ``main(args)``.

Only the chosen command's module is imported: the model, pandas and scipy take 1.5 s to load,
and ``integraal --help``, ``integraal scenarios`` or ``integraal validate`` need none of them.
"""

COMMANDS = {
    "run": "run one scenario and write its tables",
    "scenarios": "list bundled scenarios and access designs",
    "validate": "check a scenario file and exit 0 when it is valid",
    "compare": "compare scenarios with common random numbers",
    "sweep": "run an experiment file and write its results folder",
    "summarize": "print and write summary tables of a results folder",
    "sensitivity": "Morris screening or Sobol indices over an experiment's factors",
    "reproduce": "rerun an experiment and compare with its committed results",
    "validate-patterns": "simulate the baseline and check it against the observed patterns (exit 1 when a "
                         "pattern fails)",
    "calibration-table": "regenerate docs/calibration.md (patterns and parameters)",
    "report": "write a report (HTML and/or PDF) of a results folder",
    "capacity": "find the extra professionals each design needs to hold a target wait",
    "discover": "where in the plausible space each design wins, and where the conclusion flips (PRIM)",
    "gemeente": "your own municipality: `gemeente init` builds a scenario from its figures",
    "live": "serve the live page (design beside sectoral access) on this machine, offline",
    "calibrate": "fit uncertain parameters to a scenario's [observed] figures (history matching)",
}


def module_of(command: str) -> str:
    """The module that implements ``command``."""
    return "sim.commands." + command.replace("-", "_")
