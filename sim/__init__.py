"""integraal: an agent-based simulator (Mesa 3.5) of access designs in the Dutch sociaal domein.

Municipalities organise access (toegang) to the Wmo, the Jeugdwet, the Participatiewet and debt
help either per domain or integrally. The model compares such designs on waiting time,
coordination load, outcomes for households and cost. Start with :func:`sim.study.simulate.simulate`.
"""

__version__ = "0.1.0"

from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
"""The project folder: bundled scenarios, experiments and docs live beside the ``sim`` package."""
