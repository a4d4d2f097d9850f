"""Sub-commands of ``integraal``: a name, its one-line help and the module that implements it.

Each module has ``register(parser)``, which adds the command's options, and a ``main(args)``.
Only the chosen command's module is imported: the model, pandas and scipy take 1.5 s to load,
and ``integraal --help``, ``integraal scenarios`` or ``integraal validate`` need none of them.
"""

COMMANDS = {
    "run": ("run", "run one scenario and write its tables"),
    "scenarios": ("scenarios", "list bundled scenarios"),
    "validate": ("validate", "check a scenario file and exit 0 when it is valid"),
    "compare": ("compare", "compare scenarios with common random numbers"),
    "sweep": ("sweep", "run an experiment file and write its results folder"),
    "summarize": ("summarize", "print and write summary tables of a results folder"),
    "sensitivity": ("sensitivity", "Morris screening or Sobol indices over an experiment's factors"),
    "reproduce": ("reproduce", "rerun an experiment and compare with its committed results"),
    "validate-patterns": ("validate_patterns", "simulate the baseline and check it against the observed "
                          "patterns (exit 1 when a pattern fails)"),
    "calibration-table": ("calibration_table", "regenerate docs/calibration.md (patterns and parameters)"),
    "report": ("report", "write a report (HTML and/or PDF) of a results folder"),
}
