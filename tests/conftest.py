"""The tests, grouped by what they show (each folder's files say it in their first line).

- ``unit/``: single mechanisms (an agent, a step, a design) driven directly, without a whole run;
- ``theory/``: results that theory fixes (Erlang C, Little's law, the statistics' formulas);
- ``behaviour/``: the designs' trade-offs, stylized facts, extreme values and validation patterns;
- ``invariants/``: what must hold on any valid scenario (hypothesis);
- ``repeatability/``: same seed, same tables; the fingerprint; the sweep runner's executors and restarts;
- ``interface/``: the command line, scenario files and their errors, result files, the live page;
- ``experiments/``: experiment files, design points and the sensitivity analysis;
- ``report/``: the report for bestuurders (HTML and PDF);
- ``docs/``: the documentation cannot drift from the code (the ODD's names, the calibration table).

The helper modules beside this file (``design_arms``, ``*_helpers``) are shared by several folders;
this file puts ``tests/`` on ``sys.path`` so that every test imports them by name (pytest runs with
``--import-mode=importlib``, which adds no test folder to the path itself).
"""

import sys
from pathlib import Path

TESTS_DIR = str(Path(__file__).resolve().parent)
if TESTS_DIR not in sys.path:
    sys.path.insert(0, TESTS_DIR)
