"""integraal: an agent-based simulator (Mesa 3.5) of access designs in the Dutch sociaal domein.

Municipalities organise access (toegang) to the Wmo, the Jeugdwet, the Participatiewet and debt
help either per domain or integrally. The model compares such designs on waiting time,
coordination load, outcomes for households and cost. Start with :func:`sim.run.simulate`.
"""

__version__ = "0.1.0"
